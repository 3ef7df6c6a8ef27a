/**
 * Inbox families, second round: application confirmations from ATS/HR systems and portals
 * the first round did not use (UKG, ADP, Paycom, Paylocity, Rippling, Dover, Pinpoint,
 * Comeet, Manatal, Zoho Recruit, Breezy, JazzHR, Homerun, Join.com, Oracle Recruiting),
 * table layouts, legalese around one sentence, mobile one-liners, Portuguese/Italian/Dutch;
 * job alerts in new shapes; and everyday mail that uses hiring words in another sense.
 */
import {
  ascii,
  type Company,
  type Expected,
  type ExpectedPerson,
  type Family,
  type Kit,
  type Moment,
  type Person,
} from '../kit';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

/** The candidate as the To header shows them. */
function to(k: Kit): string {
  return k.chance(0.5) ? k.addr(k.candidate) : k.candidate.email;
}

function exp(
  company: string | null,
  role: string | null,
  people: ExpectedPerson[] = [],
  decisionBy: string | null = null,
): Expected {
  return { company, role, interviewAt: null, decisionBy, people };
}

function nothing(): Expected {
  return { company: null, role: null, interviewAt: null, decisionBy: null, people: [] };
}

function who(p: Person, role: ExpectedPerson['role'], withEmail = true, phone?: string): ExpectedPerson {
  return { name: p.name, email: withEmail ? p.email : null, phone: phone ?? null, role };
}

function named(name: string): Company {
  const slug = ascii(name)
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}

/** A company that reads as a business (no hospitals, cities, universities). */
function bizCo(k: Kit): Company {
  for (;;) {
    const c = k.company();
    if (!/Hospital|University|City of/.test(c.name)) return c;
  }
}

function day(k: Kit, m: Moment): string {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return m.date(k.pick(['us-long', 'us-short', 'us-numeric', 'us-long'] as const));
    case 'de':
      return m.date(k.pick(['de', 'de-numeric'] as const));
    case 'fr':
      return m.date('fr');
    case 'es':
      return m.date('es');
    default:
      return m.date(k.pick(['uk-long', 'uk-short', 'uk-numeric'] as const));
  }
}

function clock(k: Kit, m: Moment): string {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return m.time(k.pick(['us', 'us-lower', 'us-compact'] as const));
    case 'de':
    case 'fr':
    case 'es':
      return m.time('24h');
    default:
      return m.time(k.pick(['24h', 'us-lower', 'us-compact'] as const));
  }
}

function city(k: Kit): string {
  switch (k.locale) {
    case 'en-GB':
      return k.pick(['London', 'Manchester', 'Leeds', 'Bristol', 'Cardiff', 'Nottingham', 'Glasgow']);
    case 'en-IN':
      return k.pick(['Bengaluru', 'Pune', 'Hyderabad', 'Noida', 'Chennai', 'Mumbai']);
    case 'en-AU':
      return k.pick(['Sydney NSW', 'Melbourne VIC', 'Adelaide SA', 'Perth WA']);
    case 'en-CA':
      return k.pick(['Toronto, ON', 'Mississauga, ON', 'Ottawa, ON', 'Calgary, AB', 'Halifax, NS']);
    case 'de':
      return k.pick(['Berlin', 'München', 'Hamburg', 'Köln', 'Stuttgart', 'Leipzig']);
    case 'fr':
      return k.pick(['Paris', 'Lyon', 'Lille', 'Nantes', 'Toulouse']);
    case 'es':
      return k.pick(['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Zaragoza']);
    default:
      return k.pick([
        'Austin, TX',
        'Tampa, FL',
        'Denver, CO',
        'Portland, OR',
        'Charlotte, NC',
        'Phoenix, AZ',
        'Columbus, OH',
        'Minneapolis, MN',
        'Nashville, TN',
      ]);
  }
}

function reqId(k: Kit): string {
  return k.pick([
    `${k.sent.year}-${k.digits(5)}`,
    `REQ${k.digits(6)}`,
    `R-${k.digits(5)}`,
    `${k.digits(7)}`,
    `JR-${k.digits(4)}`,
  ]);
}

function money(k: Kit): string {
  switch (k.locale) {
    case 'en-GB':
      return `£${k.int(11, 16)}.${k.pick(['00', '25', '50', '75'])} per hour`;
    case 'en-AU':
      return `$${k.int(28, 38)}.${k.pick(['00', '50'])} per hour`;
    case 'en-IN':
      return `₹${k.int(18, 40)},000 per month`;
    default:
      return `$${k.int(16, 26)}.${k.pick(['00', '25', '50', '75'])}/hr`;
  }
}

function sentFromPhone(k: Kit): string {
  return k.pick([
    'Sent from my iPhone',
    'Sent from my iPhone',
    'Sent from Outlook for Android',
    'Get Outlook for iOS',
    'Sent from my Galaxy',
    'Sent from Gmail Mobile',
    '',
  ]);
}

// ---------------------------------------------------------------------------------------
// application_received

const received: Family[] = [
  {
    id: 'ukg-pro-recruiting-candidate-home',
    label: 'application_received',
    note: 'UKG Pro (UltiPro) Recruiting confirmation: opportunity line with job id, Candidate Home link, "sent on behalf of" footer',
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const id = `${k.digits(4)}`;
      const loc = city(k);
      return {
        from: k.pick([
          `${company.name} <noreply@recruiting.ultipro.com>`,
          `${company.name} Careers <donotreply@ukg.com>`,
          `UKG Pro Recruiting <noreply@recruiting.ultipro.com>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Thank you for applying to ${company.name}`,
          `${company.name}: Application Received - ${role}`,
          `Your application for ${role} (${id})`,
          `We received your application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          k.pick([
            `Thank you for applying for the ${role} opportunity at ${company.name}. We have received your application and it is being reviewed by our recruiting team.`,
            `Your application for the following opportunity has been received:\n\nOpportunity: ${role}\nJob ID: ${id}\nLocation: ${loc}`,
            `We're writing to confirm that ${company.name} has received your application for ${role} (Job ID ${id}) in ${loc}.`,
          ]),
          k.pick([
            `You can view the status of your application at any time by signing in to Candidate Home: https://recruiting.ultipro.com/${company.slug.toUpperCase().slice(0, 6)}${k.digits(4)}/JobBoard/${k.token(8)}/Candidate/Home`,
            'To view your applications, update your profile or withdraw, sign in to Candidate Home using the email address you applied with.',
          ]),
          k.pick([
            'If your qualifications match the requirements of the position, a member of our team will contact you to discuss next steps.',
            'Due to the high volume of applications, we are unable to respond to each applicant individually. Only candidates selected for further consideration will be contacted.',
            'We appreciate your interest and will be in touch if there is a match.',
          ]),
          `${k.pick(['Sincerely,', 'Regards,', 'Thank you,'])}\n${company.name} ${k.pick(['Talent Acquisition', 'Human Resources', 'Recruiting Team'])}`,
          `This message was sent by UKG Pro Recruiting on behalf of ${company.name}. Please do not reply to this email.`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'adp-recruiting-submitted-fraud-warning',
    label: 'application_received',
    note: 'ADP Workforce Now recruiting confirmation: requisition number, plus a recruitment-fraud warning paragraph (bank details, fake offers)',
    make(k) {
      const company = bizCo(k);
      const role = k.role(k.pick(['business', 'care', 'service', 'engineering'] as const));
      const req = reqId(k);
      const fraud = k.pick([
        `Please be aware of recruitment fraud. ${company.name} will never ask you to pay a fee, purchase equipment, or provide bank account details as part of the application process. Any offer of employment will only come after an interview with our team.`,
        `SECURITY NOTICE: Scammers sometimes pose as employers and send fake job offers by text or chat. We will only contact you from an @${company.domain} address.`,
        `Note: We never request sensitive information such as your Social Security number or banking information by email during the application stage.`,
      ]);
      return {
        from: k.pick([
          `${company.name} <SeeYourTalent@adp.com>`,
          `ADP Recruitment on behalf of ${company.name} <donotreply@workforcenow.adp.com>`,
          `${company.name} Recruiting <recruiting-noreply@adp.com>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Application Confirmation - ${role}`,
          `Thank you for your application - ${company.name}`,
          `${role} - Requisition ${req}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for submitting your application for the position of ${role}, Requisition # ${req}. We have successfully received your information.`,
            `This email confirms that your application for ${role} (Req. ${req}) at ${company.name} was submitted successfully on ${k.sent.date('us-numeric')}.`,
          ]),
          k.pick([
            'Our hiring team will review your qualifications. If your background is a match, we will contact you to discuss next steps.',
            'Your application will be reviewed against the requirements of the position. Thank you for your patience during this process.',
          ]),
          k.chance(0.7) ? fraud : '',
          k.pick([
            `Best regards,\n${company.name} Human Resources`,
            `Thank you,\nThe ${company.name} Recruiting Team`,
          ]),
          k.pick([
            'ADP and the ADP logo are registered trademarks of ADP, Inc. This is an automated email, please do not reply.',
            'Powered by ADP Workforce Now®. Do not reply to this message.',
          ]),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'paycom-paylocity-hourly-applicant-portal',
    label: 'application_received',
    note: 'Paycom / Paylocity confirmation for hourly or clinic jobs: location, pay, shift, Applicant Portal sign-in',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA'] as const));
      const [kind, roles] = k.pick([
        ['Senior Living', ['Caregiver', 'Certified Nursing Assistant (CNA)', 'Dietary Aide']],
        ['Family Dental', ['Dental Assistant', 'Front Desk Coordinator']],
        ['Auto Group', ['Service Advisor', 'Lube Technician', 'Porter']],
        ['Home Health', ['Home Health Aide', 'Scheduling Coordinator']],
        ['Supply Co', ['Warehouse Associate', 'Delivery Driver (CDL-B)']],
        ['Veterinary Hospital', ['Kennel Technician', 'Veterinary Assistant']],
        ['Fitness', ['Front Desk Associate', 'Personal Trainer']],
      ] as const);
      const company = named(
        `${k.pick(['Sunridge', 'Hillcrest', 'Bayview', 'Crossroads', 'Meadowbrook', 'Lakeshore'])} ${kind}`,
      );
      const role: string = k.pick(roles);
      const paycom = k.chance(0.5);
      const shift = k.pick([
        'Day shift',
        'Evening shift (3p-11p)',
        'Weekends',
        'Full-time',
        'Part-time',
        'PRN',
      ]);
      return {
        from: paycom
          ? `${company.name} <no-reply@paycomonline.net>`
          : `${company.name} <noreply@paylocity.com>`,
        to: k.candidate.email,
        subject: k.pick([
          `Application Received`,
          `Thank you for applying - ${role}`,
          `${company.name} - Application Confirmation`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hello ${k.candidate.first},`,
          k.pick([
            `Thank you for your interest in ${company.name}! We have received your application for ${role}.`,
            `Thanks for applying to be a ${role} with ${company.name}. Your application is complete and has been sent to the hiring manager at our ${city(k)} location.`,
          ]),
          k.chance(0.6)
            ? `Position: ${role}\nLocation: ${city(k)}\nSchedule: ${shift}\nPay: ${money(k)}`
            : '',
          k.pick([
            'If your experience is a good fit, someone from our team will reach out by phone or email.',
            'A member of our team will review your application and contact you if selected for an interview.',
            'We review applications daily. Please make sure your phone number is correct so we can reach you.',
          ]),
          paycom
            ? `You can check your application status by logging in to the Applicant Portal: https://www.paycomonline.net/v4/ats/web.php/jobs?clientkey=${k.token(20).toUpperCase()}`
            : `To view the status of your application, sign in to your candidate profile: https://recruiting.paylocity.com/Recruiting/Jobs/All/${k.token(8)}`,
          `${company.name}${k.chance(0.5) ? ' - Human Resources' : ''}`,
          paycom ? '' : 'Powered by Paylocity',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rippling-dover-startup-what-happens-next',
    label: 'application_received',
    note: 'Rippling / Dover startup confirmation with a numbered "what happens next" timeline; sometimes a promise to reply by a date (decisionBy)',
    make(k) {
      const company = bizCo(k);
      const role = k.role(k.pick(['engineering', 'product', 'design', 'data', 'business'] as const));
      const dover = k.chance(0.5);
      const founder = k.person(company, 'first');
      const by = k.later(5, 10);
      const promise = k.chance(0.5);
      const steps = k.pick([
        [
          `Our team reads every application (yes, a human) within ${k.int(3, 7)} business days.`,
          `If there's a fit, you'll get an email to book a ${k.pick(['20', '30'])}-minute intro call.`,
          'After that: a practical exercise, then meeting the team.',
        ],
        [
          'Application review',
          'Intro call with the hiring manager',
          'Skills interview',
          'Final conversations + references',
        ],
      ]);
      return {
        from: dover
          ? `${founder.name} (${company.name}) <${founder.first.toLowerCase()}@${company.slug}.dover.example>`
          : `${company.name} Recruiting <no-reply@ats.rippling.com>`,
        to: to(k),
        subject: k.pick([
          `Thanks for applying to ${company.name}!`,
          `We got your application for ${role}`,
          `${company.name} x ${k.candidate.first}: application received`,
          `Application received: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for applying for the ${role} role at ${company.name} — we're excited you're interested in what we're building.`,
            `Just confirming we received your application for ${role}. Appreciate you taking the time.`,
          ]),
          `${k.pick(['Here is what happens next:', 'What to expect from here:', 'Our process, so you know what to expect:'])}\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`,
          promise
            ? k.pick([
                `Either way, you'll hear back from us by ${day(k, by)}.`,
                `We aim to get back to every applicant by ${day(k, by)}, whatever the outcome.`,
              ])
            : "If it's not a match we'll still let you know — no ghosting.",
          dover
            ? `${k.pick(['Cheers,', 'Thanks,', 'Best,'])}\n${founder.first}\n${k.pick(['Co-founder & CEO', 'Co-founder, CTO', 'Founder'])}, ${company.name}`
            : `— The ${company.name} team`,
          dover ? 'Sent via Dover' : 'Powered by Rippling Recruiting',
        ),
        expected: exp(
          company.name,
          role,
          dover
            ? [
                {
                  name: founder.name,
                  email: `${founder.first.toLowerCase()}@${company.slug}.dover.example`,
                  phone: null,
                  role: 'hiring_manager',
                },
              ]
            : [],
          promise ? by.ymd : null,
        ),
      };
    },
  },
  {
    id: 'pinpoint-comeet-gdpr-retention-notice',
    label: 'application_received',
    note: 'Pinpoint / Comeet confirmation from a UK/EU employer where a long data-protection and retention notice follows a one-line receipt',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'de', 'fr'] as const));
      const company = bizCo(k);
      const role = k.role();
      const months = k.pick([6, 12, 24]);
      const pinpoint = k.chance(0.5);
      return {
        from: pinpoint
          ? `${company.name} <notifications@pinpointhq.com>`
          : `${company.name} Careers <noreply@comeet-notifications.com>`,
        to: to(k),
        subject: k.pick([
          `Your application to ${company.name}`,
          `${role} — application received`,
          `Thanks for applying, ${k.candidate.first}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for applying for ${role}. We've received your application and the hiring team will review it shortly.`,
            `This is a quick note to confirm we have your application for the ${role} position.`,
          ]),
          'How we use your data',
          k.pick([
            `${company.name} is the data controller for the personal information you provided. We process it for the purpose of assessing your suitability for this and similar roles, on the basis of our legitimate interests and, where applicable, your consent.`,
            `Your personal data is processed in accordance with the UK GDPR and the Data Protection Act 2018 (or the EU GDPR where applicable). We only share it with people involved in hiring for this position and with our recruitment software provider.`,
          ]),
          `We will keep your application for ${months} months after the recruitment process ends, after which it will be deleted${k.chance(0.5) ? ' unless you ask us to keep you on file for future roles' : ''}. You can request access, correction or deletion at any time by emailing privacy@${company.domain}.`,
          k.chance(0.5)
            ? `You also have the right to lodge a complaint with a supervisory authority. For more information, see our Candidate Privacy Notice: https://${company.domain}/candidate-privacy`
            : '',
          `Kind regards,\n${company.name} Talent Team`,
          pinpoint ? 'Powered by Pinpoint' : 'Sent with Comeet',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'zoho-breezy-jazzhr-autoresponder',
    label: 'application_received',
    note: 'Small-business ATS autoresponders (Zoho Recruit, Breezy HR, JazzHR): plain, short, sometimes signed by an owner, vendor footer',
    make(k) {
      const company = bizCo(k);
      const role = k.role(k.pick(['business', 'service', 'engineering', 'design', 'care'] as const));
      const sys = k.pick(['zoho', 'breezy', 'jazz'] as const);
      const owner = k.person(company);
      const signed = k.chance(0.4);
      const from = {
        zoho: `${company.name} <notification@zohorecruitmail.com>`,
        breezy: `${company.name} <notifications@breezy-mail.com>`,
        jazz: `${company.name} <no-reply@applytojob.com>`,
      }[sys];
      const footer = {
        zoho: 'Powered by Zoho Recruit',
        breezy: 'Sent via Breezy HR',
        jazz: 'Applicant Tracking by JazzHR',
      }[sys];
      return {
        from,
        to: k.candidate.email,
        subject: k.pick([
          `Re: ${role}`,
          `Thank you for applying to ${company.name}`,
          `${role} Application`,
          `Application received`,
          `Thanks for your application!`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `Dear ${k.candidate.name},`, `Hello,`]),
          k.pick([
            `Thank you for applying to the ${role} position at ${company.name}. This is an automated message to let you know we received your application.`,
            `Thanks for your interest in ${company.name}! We've got your application for ${role} and will take a look soon.`,
            `We have received your resume for ${role}. Someone will be in touch if we'd like to move forward.`,
          ]),
          k.pick([
            'Please do not reply to this message.',
            "We're a small team, so please bear with us — we review every application personally.",
            'No need to send your resume again.',
            '',
          ]),
          signed
            ? `${k.pick(['Thanks,', 'Best,', 'Regards,'])}\n${owner.name}\n${k.pick(['Owner', 'Operations Manager', 'Office Manager', 'Founder'])}, ${company.name}`
            : `${company.name}`,
          footer,
        ),
        expected: exp(company.name, role, signed ? [who(owner, 'hiring_manager', false)] : []),
      };
    },
  },
  {
    id: 'oracle-recruiting-cloud-job-number',
    label: 'application_received',
    note: 'Oracle Recruiting Cloud confirmation: "Job Number", candidate self-service link with email verification code, terse corporate template',
    make(k) {
      const company = k.company();
      const role = k.role();
      const num = `${k.pick(['', '', 'REQ'])}${k.sent.year % 100}0${k.digits(4)}`;
      return {
        from: k.pick([
          `${company.name} <no-reply@fa.${company.slug}.oraclecloud.example>`,
          `${company.name} Careers <careers-no-reply@${company.domain}>`,
          `Oracle Recruiting on behalf of ${company.name} <noreply@oraclecloud.com>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Thank you for applying to ${role}`,
          `Application Submitted: ${role} (${num})`,
          `${company.name} Job Application Confirmation`,
          `Confirmation: Job Application ${num}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick([`Dear ${k.candidate.first},`, `Hi ${k.candidate.name},`, `Dear Candidate,`]),
          k.pick([
            `Thank you for applying to the job: ${role}\nJob Number: ${num}`,
            `We received your application for the job ${role} (Job Number ${num}).`,
          ]),
          k.pick([
            'We will review your qualifications against the job requirements. If your profile matches, a member of the recruiting team will contact you.',
            'Your application is now under consideration. Thank you for your interest in joining us.',
          ]),
          `To check your application status, go to ${k.pick(['My Profile', 'Candidate Self-Service', 'your candidate profile'])}: https://${company.slug}.fa.ocs.oraclecloud.example/hcmUI/CandidateExperience/en/sites/CX_1/my-profile\nYou'll be asked to verify your email address with a one-time code.`,
          k.chance(0.6)
            ? `${company.name} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.`
            : '',
          `Regards,\n${company.name} Talent Acquisition`,
          'This is an automatically generated email. Please do not reply.',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'government-application-receipt-fields',
    label: 'application_received',
    note: 'Government job portal receipt in field layout: announcement number, series/grade, tracking number, documents received, "not a notice of eligibility"',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA', 'en-AU'] as const));
      const place = k.pick(['Riverbend', 'Ashford', 'Kingsbridge', 'Pinecrest', 'Moorland', 'Westgate']);
      const company = named(
        k.pick([
          `${place} County Department of Public Works`,
          `State of ${place} Department of Revenue`,
          `${place} Water Authority`,
          `${place} Transit District`,
          `Department of Parks and Recreation, City of ${place}`,
          `${place} Regional Council`,
        ]),
      );
      const role = k.pick([
        'Administrative Assistant II',
        'Civil Engineer',
        'Accountant I',
        'Park Ranger',
        'IT Specialist (Network)',
        'Policy Analyst',
        'Maintenance Worker',
        'Program Coordinator',
      ]);
      const ann = `${k.pick(['HR', 'DPW', 'ANN', 'VAC'])}-${k.sent.year % 100}-${k.digits(5)}`;
      const track = `${k.digits(9)}`;
      const docs = k.some(
        ['Resume', 'Transcript', 'Cover Letter', 'DD-214', 'Certification', 'References list'],
        1,
        3,
      );
      return {
        from: k.pick([
          `${company.name} <jobs-noreply@${company.domain}>`,
          `Online Employment Center <noreply@governmentjobs.example>`,
          `Recruitment & Selection <apply@${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Application Received - ${ann}`,
          `Confirmation of your application: ${role}`,
          `Receipt: ${role} (${ann})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick(['APPLICATION RECEIPT', 'Your application has been received.', '']),
          k.pick([`Dear ${k.candidate.name}:`, `${k.candidate.name},`]),
          `We have received your application for the following announcement:`,
          [
            `Announcement Number: ${ann}`,
            `Position Title: ${role}`,
            k.chance(0.5)
              ? `Series/Grade: ${k.pick(['GS', 'Grade', 'Class'])}-${k.digits(2)}`
              : `Salary Range: $${k.int(42, 60)},${k.digits(3)} - $${k.int(61, 95)},${k.digits(3)}`,
            `Agency: ${company.name}`,
            `Date Received: ${k.sent.date('us-numeric')} ${k.sent.time('us')}`,
            `Tracking Number: ${track}`,
            `Documents Received: ${docs.join(', ')}`,
          ].join('\n'),
          k.pick([
            'This notice is not a notification of eligibility or qualification. Your application will be reviewed after the announcement closes to determine whether you meet the minimum qualifications.',
            'Receipt of this email does not guarantee that you meet the requirements for this position. You will be notified by email when your application status changes.',
          ]),
          k.chance(0.5)
            ? 'Veterans preference: if you are claiming preference, make sure supporting documentation was uploaded before the closing date.'
            : 'Please retain this email for your records.',
          'Do not reply to this message. This mailbox is not monitored.',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'university-faculty-search-submitted',
    label: 'application_received',
    note: 'University academic search: posting number, search committee, review-begins date (not a decision date), letters of recommendation note',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-GB', 'en-CA', 'en-AU'] as const));
      const uni = named(
        k.pick([
          `${k.pick(['Harlow', 'Eastbrook', 'Wrenfield', 'Marlow', 'Fairhaven'])} University`,
          `University of ${k.pick(['Kingsbridge', 'Northmoor', 'Ashby', 'Lakeview'])}`,
          `${k.pick(['Ridgeway', 'Saint Aldric', 'Copperfield'])} College`,
        ]),
      );
      const role = k.pick([
        'Assistant Professor of Chemistry',
        'Lecturer in Economics',
        'Postdoctoral Research Associate',
        'Assistant Professor, Computer Science',
        'Research Fellow in Public Health',
        'Laboratory Manager',
        'Instructional Designer',
      ]);
      const post = `${k.pick(['F', 'P', 'JR', 'AC'])}${k.digits(5)}`;
      const begins = k.later(5, 15);
      const chair = k.person(uni);
      const hasChair = k.chance(0.4);
      return {
        from: k.pick([
          `${uni.name} Faculty Recruitment <facultyjobs@${uni.domain}>`,
          `Academic Jobs - ${uni.name} <no-reply@academicjobs.${uni.domain}>`,
          `${uni.name} via Interfolio <no-reply@interfolio.com>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Application submitted: ${role} (${post})`,
          `${uni.name} - Posting ${post}`,
          `Thank you for your application to ${uni.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for applying to posting ${post}, ${role}, at ${uni.name}. Your application materials have been submitted to the search committee.`,
            `This confirms that your application for ${role} (${post}) was received on ${day(k, k.sent)}.`,
          ]),
          k.pick([
            `Review of applications will begin on ${day(k, begins)} and will continue until the position is filled.`,
            'The search committee will begin reviewing applications after the posting closes.',
          ]),
          k.pick([
            'If letters of recommendation were requested, your referees will receive an email with instructions to upload their letters. You will be able to see when each letter has been received.',
            'You may update your CV or add documents from your dashboard until the posting closes.',
          ]),
          hasChair
            ? `Questions about the position may be directed to the search committee chair, ${k.pick(['Dr.', 'Professor'])} ${chair.name} (${chair.email}).`
            : '',
          `${uni.name} ${k.pick(['Office of Faculty Affairs', 'Human Resources', 'Office of the Provost'])}`,
          k.pick([
            `${uni.name} is an equal opportunity/affirmative action employer.`,
            `${uni.name} is committed to equality, diversity and inclusion and welcomes applications from all sections of the community.`,
          ]),
        ),
        expected: exp(uni.name, role, hasChair ? [who(chair, 'hiring_manager')] : []),
      };
    },
  },
  {
    id: 'staffing-branch-applied-shift-job',
    label: 'application_received',
    note: 'Light-industrial/clerical staffing firm: application for a specific temp or temp-to-hire job received at a branch; client unnamed so company null',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA', 'en-GB', 'en-AU'] as const));
      const agency = named(
        `${k.pick(['Express', 'Reliable', 'ProForce', 'Peak', 'TrueNorth', 'Keystone', 'Allied'])} ${k.pick(['Staffing', 'Workforce Solutions', 'Employment Services', 'Personnel'])}`,
      );
      const role = k.pick([
        'Warehouse Associate - 2nd Shift',
        'Forklift Operator',
        'Production Worker',
        'Administrative Assistant',
        'Data Entry Clerk',
        'Picker Packer',
        'Customer Service Representative',
        'Machine Operator',
      ]);
      const baseRole = role.replace(/ - .*$/, '');
      const branch = city(k);
      const rep = k.person(agency);
      const namedRep = k.chance(0.5);
      const jobNo = `${k.pick(['Job #', 'Job Order ', 'Ref '])}${k.digits(6)}`;
      return {
        from: namedRep ? k.addr(rep) : `${agency.name} <jobs@${agency.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `We received your application: ${role}`,
          `${agency.name} - ${baseRole} (${jobNo})`,
          `Thanks for applying with ${agency.name}!`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for applying for the ${role} position (${jobNo}) through ${agency.name}. Your application has been sent to our ${branch} branch.`,
            `We got your application for ${baseRole} with one of our clients in the ${branch} area.`,
          ]),
          k.chance(0.6)
            ? `Pay: ${money(k)}\nShift: ${k.pick(['Mon-Fri 6:00am-2:30pm', 'Mon-Fri 2:00pm-10:30pm', '4x10s, Sun-Wed', 'Mon-Fri 8-5'])}\nType: ${k.pick(['Temp-to-hire', 'Temporary', 'Direct hire', 'Seasonal'])}`
            : '',
          k.pick([
            'A recruiter will review your application and call you if your experience matches. Keep an eye on your phone — we often call from a blocked number.',
            "If you're a match, we'll reach out to set up a quick phone screen. Not a match for this one? We'll keep you in mind for other openings nearby.",
            'Our team reviews applications Monday through Friday. You may receive a text from us with next steps.',
          ]),
          namedRep
            ? k.signature(
                rep,
                k.pick(['Staffing Specialist', 'Branch Recruiter', 'Recruiter']),
                agency,
                false,
              ) + `\nBranch: ${branch}`
            : `${agency.name} | ${branch} Branch`,
          k.pick([`${agency.name} is an equal opportunity employer.`, '']),
        ),
        expected: exp(null, baseRole, namedRep ? [who(rep, 'agency_consultant')] : []),
      };
    },
  },
  {
    id: 'table-job-req-status-submitted',
    label: 'application_received',
    note: 'HTML table flattened to text: "Job: … | Req ID: … | Status: Submitted" rows with almost no prose',
    make(k) {
      const company = k.company();
      const role = k.role();
      const req = reqId(k);
      const loc = city(k);
      const when = k.sent.date(k.locale === 'en-US' ? 'us-numeric' : 'uk-numeric');
      const table = k.pick([
        `Job: ${role} | Req ID: ${req} | Location: ${loc} | Status: Submitted`,
        `Job Title\tRequisition\tLocation\tStatus\tDate\n${role}\t${req}\t${loc}\tSubmitted\t${when}`,
        `| Position | ${role} |\n| Req # | ${req} |\n| Location | ${loc} |\n| Application status | Application Submitted |\n| Submitted on | ${when} |`,
        `Position: ${role}\nRequisition ID: ${req}\nWork location: ${loc}\nStatus: Received\nSubmitted: ${when}`,
      ]);
      return {
        from: k.pick([
          `${company.name} Careers <careers-noreply@${company.domain}>`,
          k.system('workday', 'successfactors', 'taleo', 'icims').from(company),
          `${company.name} Recruiting <recruiting@${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Application Summary - ${req}`,
          `Application status: Submitted`,
          `${company.name} | ${role} | Submitted`,
          `Your submission`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick(['Application Summary', 'Your application details', `${k.candidate.name}`, '']),
          table,
          k.pick([
            'Thank you for applying.',
            'No further action is required at this time.',
            `View application: https://careers.${company.domain}/my-applications/${k.token(10)}`,
            '',
          ]),
          k.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'big-corp-legalese-around-one-sentence',
    label: 'application_received',
    note: 'Large-employer template: paragraphs of EEO, pay transparency, E-Verify, accommodation and privacy text around one receipt sentence; subject often vague',
    count: 12,
    make(k) {
      const company = named(
        `${k.pick(['Global', 'United', 'American', 'National', 'Consolidated', 'Continental'])} ${k.pick(['Freight', 'Insurance Group', 'Financial', 'Health Systems', 'Industries', 'Energy Corp'])}`,
      );
      const role = k.role();
      const req = reqId(k);
      const blocks = k.some(
        [
          `${company.name} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, pregnancy, sexual orientation, gender identity or expression, national origin, age, genetic information, disability, veteran status, or any other status protected by applicable federal, state or local law.`,
          'Pay Transparency Nondiscrimination Provision: The contractor will not discharge or in any other manner discriminate against employees or applicants because they have inquired about, discussed, or disclosed their own pay or the pay of another employee or applicant.',
          `${company.name} participates in E-Verify and will provide the federal government with your Form I-9 information to confirm that you are authorized to work in the U.S.`,
          `Reasonable accommodation: if you need assistance or an accommodation due to a disability during the application process, contact accommodations@${company.domain}.`,
          `California residents: for information about the categories of personal information we collect and how we use them, please see our Applicant Privacy Notice at https://${company.domain}/privacy/applicants.`,
          'This communication, including any attachments, may contain confidential information and is intended only for the individual to whom it is addressed. If you received this in error, please notify the sender and delete it.',
          `${company.name} will never ask for payment, banking details or gift cards during the hiring process.`,
        ],
        3,
        6,
      );
      const receipt = k.pick([
        `We have received your application for ${role} (${req}).`,
        `Your application for the ${role} position, requisition ${req}, has been successfully received and will be reviewed by our recruiting team.`,
        `This confirms receipt of your application for ${role}.`,
      ]);
      const last = k.chance(0.4);
      const body = last
        ? [k.hello(true), ...blocks, receipt, `${company.name} Talent Acquisition`]
        : [k.hello(true), blocks[0]!, receipt, ...blocks.slice(1), `${company.name} Talent Acquisition`];
      return {
        from: k.pick([
          `${company.name} <talent-noreply@${company.domain}>`,
          k.system('workday', 'icims', 'taleo').from(company),
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Important information regarding your candidacy`,
          `Next steps`,
          `${company.name} - Candidate Notification`,
          `Re: ${req}`,
          `Your ${company.name} application`,
        ]),
        date: k.date,
        body: k.paragraphs(...body, 'Please do not reply to this automated message.'),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'mobile-one-liner-got-it-pass-to-team',
    label: 'application_received',
    note: "A busy manager/recruiter's one-line mobile reply above the candidate's quoted application ('got it thanks, will pass to the team'); no decision",
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const sender = k.person(company, k.pick(['first.last', 'first'] as const));
      const colleague = k.person(company);
      const mention = k.chance(0.4);
      const line = mention
        ? k.pick([
            `got it thanks - forwarding to ${colleague.first} ${colleague.last} who's hiring for this one`,
            `Thanks! Received. Passing to ${colleague.name} on our side, they'll be in touch if it's a fit`,
            `cheers, cv received. ${colleague.first} ${colleague.last} is running this search, will share w/ them today`,
          ])
        : k.pick([
            'got it thanks, will pass to the team',
            'Thanks - received. Will share with the hiring team and come back to you.',
            'Received, thank you. Will have a look this week',
            'thx, got your CV. will review + circle back',
            'Got it! Will pass along 👍',
            'Received with thanks. The team will review.',
          ]);
      const sent = k.sent.plusDays(-k.int(0, 2), k.int(7, 11), k.pick([5, 12, 40]));
      const candidateNote = k.paragraphs(
        `Hi ${sender.first},`,
        `${k.pick(['Please find attached my CV', 'Attached is my resume', "I'm applying"])} for the ${role} role${k.chance(0.5) ? ` at ${company.name}` : ''}. ${k.pick(['I think my background is a good fit.', 'Happy to share more detail.', 'Would love to be considered.'])}`,
        `Best,\n${k.candidate.name}`,
      );
      const subject = `Re: ${k.pick([`${role} application`, `Application - ${role}`, `${role} role at ${company.name}`, `CV for ${role}`])}`;
      const body = k.paragraphs(
        line,
        k.chance(0.5) ? sender.first : '',
        sentFromPhone(k),
        k.quote(candidateNote, k.candidate, sent),
      );
      // The employer is named only when the subject or the quoted application names it.
      const named = `${subject}\n${body}`.includes(company.name) ? company.name : null;
      return {
        from: k.addr(sender),
        to: k.candidate.email,
        subject,
        date: k.date,
        body,
        expected: exp(named, role, [
          who(sender, k.pick(['recruiter', 'hiring_manager'] as const)),
          ...(mention ? [who(colleague, 'hiring_manager', false)] : []),
        ]),
      };
    },
  },
  {
    id: 'pt-candidatura-recebida',
    label: 'application_received',
    note: 'Portuguese (Portugal) confirmation: "recebemos a sua candidatura", RGPD line, a equipa de recrutamento',
    count: 8,
    make(k) {
      k.as('en-GB');
      const company = bizCo(k);
      const role = k.pick([
        'Engenheiro de Software',
        'Analista de Dados',
        'Assistente Administrativo(a)',
        'Técnico(a) de Manutenção',
        'Gestor(a) de Projeto',
        'Operador(a) de Apoio ao Cliente',
        'Contabilista',
      ]);
      const ref = `${k.pick(['REF', 'Ref.ª', 'Vaga'])} ${k.digits(4)}`;
      return {
        from: k.pick([
          `${company.name} Recrutamento <recrutamento@${company.domain}>`,
          `${company.name} <noreply@candidates.workablemail.com>`,
          `${company.name} Carreiras <no-reply@${company.domain}>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Candidatura recebida - ${role}`,
          `Obrigado pela sua candidatura | ${company.name}`,
          `${role} (${ref}): confirmação de candidatura`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Olá ${k.candidate.first},`,
            `Caro(a) ${k.candidate.name},`,
            `Exmo(a). Sr(a). ${k.candidate.last},`,
          ]),
          k.pick([
            `Obrigado pelo seu interesse na ${company.name}. Recebemos a sua candidatura para a função de ${role} (${ref}).`,
            `Confirmamos a receção da sua candidatura à vaga de ${role}.`,
          ]),
          k.pick([
            'A nossa equipa de recrutamento irá analisar o seu perfil e, caso corresponda aos requisitos, entraremos em contacto consigo para os próximos passos.',
            'Iremos analisar todas as candidaturas com atenção. Devido ao elevado número de candidaturas, apenas os candidatos selecionados serão contactados.',
          ]),
          k.chance(0.6)
            ? `Os seus dados pessoais serão tratados de acordo com o Regulamento Geral sobre a Proteção de Dados (RGPD) e conservados durante ${k.pick(['12', '24'])} meses.`
            : '',
          `${k.pick(['Com os melhores cumprimentos,', 'Cumprimentos,', 'Obrigado,'])}\nEquipa de Recrutamento ${company.name}`,
          k.chance(0.4) ? 'Por favor, não responda a este e-mail.' : '',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'it-candidatura-ricevuta',
    label: 'application_received',
    note: 'Italian confirmation: "abbiamo ricevuto la tua candidatura", informativa privacy GDPR, Ufficio Risorse Umane',
    count: 8,
    make(k) {
      k.as('fr');
      const company = bizCo(k);
      const role = k.pick([
        'Sviluppatore Software',
        'Addetto/a Vendite',
        'Impiegato/a Amministrativo/a',
        'Data Analyst',
        'Responsabile Marketing',
        'Tecnico Manutentore',
        'Customer Care Specialist',
      ]);
      const tu = k.chance(0.5);
      return {
        from: k.pick([
          `${company.name} Risorse Umane <hr@${company.domain}>`,
          `${company.name} <noreply@inrecruiting.example>`,
          `Lavora con noi - ${company.name} <lavoraconnoi@${company.domain}>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Conferma ricezione candidatura - ${role}`,
          `La tua candidatura per ${role}`,
          `Grazie per la candidatura | ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          tu ? `Ciao ${k.candidate.first},` : `Gentile ${k.candidate.name},`,
          tu
            ? `grazie per il tuo interesse verso ${company.name}! Abbiamo ricevuto la tua candidatura per la posizione di ${role}.`
            : `La ringraziamo per l'interesse dimostrato verso ${company.name}. Con la presente confermiamo la ricezione della Sua candidatura per la posizione di ${role}.`,
          tu
            ? 'Il nostro team la valuterà con attenzione e, se il tuo profilo sarà in linea con quanto cerchiamo, ti contatteremo per i prossimi passi.'
            : 'Il Suo profilo sarà valutato dal nostro Ufficio Risorse Umane. Qualora fosse in linea con i requisiti richiesti, sarà nostra cura contattarLa.',
          k.chance(0.6)
            ? 'Informativa privacy: i dati personali forniti saranno trattati ai sensi del Regolamento UE 2016/679 (GDPR) esclusivamente per finalità di selezione del personale.'
            : '',
          `${k.pick(['Cordiali saluti,', 'A presto,', 'Un saluto,'])}\nUfficio Risorse Umane\n${company.name}`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'nl-sollicitatie-ontvangen-homerun-join',
    label: 'application_received',
    note: 'Dutch confirmation via Homerun / Join.com: "we hebben je sollicitatie goed ontvangen", je-form, reply within two weeks',
    count: 8,
    make(k) {
      k.as('de');
      const company = bizCo(k);
      const role = k.pick([
        'Medewerker Klantenservice',
        'Software Developer',
        'Financieel Administrateur',
        'Online Marketeer',
        'Magazijnmedewerker',
        'Office Manager',
        'Accountmanager Binnendienst',
      ]);
      const homerun = k.chance(0.5);
      const weeks = k.pick(['twee weken', 'vijf werkdagen', '10 werkdagen']);
      return {
        from: homerun
          ? `${company.name} <no-reply@homerun.co>`
          : `${company.name} via JOIN <noreply@join.com>`,
        to: to(k),
        subject: k.pick([
          `Bedankt voor je sollicitatie!`,
          `We hebben je sollicitatie ontvangen - ${role}`,
          `Je sollicitatie bij ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hoi ${k.candidate.first},`, `Hi ${k.candidate.first},`, `Beste ${k.candidate.name},`]),
          k.pick([
            `Bedankt voor je sollicitatie op de functie ${role} bij ${company.name}! We hebben je gegevens goed ontvangen.`,
            `Leuk dat je wilt solliciteren als ${role}. Je sollicitatie is bij ons binnen.`,
          ]),
          k.pick([
            `We bekijken alle sollicitaties zorgvuldig en laten binnen ${weeks} van ons horen.`,
            'Ons team neemt je sollicitatie door. Als je profiel aansluit, nemen we contact met je op voor een kennismaking.',
          ]),
          k.chance(0.4) ? `Vragen? Mail gerust naar jobs@${company.domain}.` : '',
          `${k.pick(['Groetjes,', 'Met vriendelijke groet,', 'Tot snel,'])}\nTeam ${company.name}`,
          homerun ? 'Verzonden met Homerun' : 'Powered by JOIN',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'manatal-joincom-copy-of-your-answers',
    label: 'application_received',
    note: 'Confirmation that echoes the submitted form (screening questions and answers, attached files); Manatal, Join.com or own site',
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const qa = k.some(
        [
          `Are you legally authorized to work in ${k.pick(['the United States', 'the UK', 'Canada', 'this country'])}?\n${k.pick(['Yes', 'Yes'])}`,
          `Will you now or in the future require visa sponsorship?\n${k.pick(['No', 'No', 'Yes'])}`,
          `Desired salary\n${k.pick(['$85,000', '£42,000', 'Negotiable', '70k'])}`,
          `How did you hear about us?\n${k.pick(['LinkedIn', 'Indeed', 'Company website', 'A friend'])}`,
          `Earliest start date\n${k.pick(['2 weeks notice', 'Immediately', '1 month'])}`,
          `LinkedIn profile\nhttps://www.linkedin.com/in/${ascii(k.candidate.first).toLowerCase()}-${ascii(k.candidate.last).toLowerCase()}`,
          `Years of relevant experience\n${k.int(1, 12)}`,
        ],
        3,
        6,
      );
      const file = `${ascii(k.candidate.first)}_${ascii(k.candidate.last)}_${k.pick(['CV', 'Resume', 'resume_2025'])}.pdf`;
      return {
        from: k.pick([
          `${company.name} <no-reply@manatal.com>`,
          `${company.name} via JOIN <noreply@join.com>`,
          `${company.name} Careers <jobs@${company.domain}>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Copy of your application: ${role}`,
          `Your application to ${company.name} (copy)`,
          `Application for ${role} - your answers`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for applying for ${role} at ${company.name}. For your records, here is a copy of what you submitted.`,
            `Your application for ${role} has been received. Below is a summary of your answers.`,
          ]),
          `Name\n${k.candidate.name}\n\nEmail\n${k.candidate.email}\n\nPhone\n${k.candidate.phone}`,
          qa.join('\n\n'),
          `Attachments\n${file}${k.chance(0.4) ? '\nCover_letter.pdf' : ''}`,
          k.pick([
            'We will review your application and get back to you if your profile matches our requirements.',
            "If anything above is incorrect, you don't need to reapply — just reply to this email.",
          ]),
          `${company.name} Hiring Team`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'employee-referral-application-submitted',
    label: 'application_received',
    note: 'Referral flow: "X referred you for Role and your application is submitted"; the referring employee is named (noted, role null)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const ref = k.person(company);
      const system = k.system('greenhouse', 'lever', 'ashby', 'workday', 'smartrecruiters');
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `${ref.first} referred you to ${company.name}`,
          `Your referral application for ${role}`,
          `You've been referred: ${role} at ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `Good news — ${ref.name} referred you for the ${role} position at ${company.name}, and your application has been submitted.`,
            `${ref.name} from our team submitted a referral for you for ${role}. We've received your details and your application is now in our system.`,
            `Thanks for completing your application for ${role}. It's been linked to the referral from ${ref.name}.`,
          ]),
          k.pick([
            'Referred candidates are reviewed by our recruiting team like all applicants. If your experience fits the role, a recruiter will reach out.',
            'A referral does not guarantee an interview, but we make sure every referred application gets a careful look.',
          ]),
          k.chance(0.4)
            ? `Please note your referrer won't be able to see the details of your application.`
            : '',
          `${k.pick(['Best,', 'Thanks,'])}\n${company.name} Recruiting`,
          system.footer(company),
        ),
        expected: exp(company.name, role, [{ name: ref.name, email: null, phone: null, role: null }]),
      };
    },
  },

  {
    id: 'awkward-translation-confirmation',
    label: 'application_received',
    note: 'Confirmation in stiff, literally translated English from a French/Spanish/Italian/German employer ("we have well received your candidature")',
    make(k) {
      k.as(k.pick(['fr', 'es', 'de'] as const));
      const company = bizCo(k);
      const role = k.pick([
        k.role('engineering'),
        k.role('business'),
        'Commercial Assistant',
        'Responsible of Marketing',
        'Junior Controller',
      ]);
      return {
        from: k.pick([
          `${company.name} - Human Resources <rh@${company.domain}>`,
          `Recruitment ${company.name} <recrutement@${company.domain}>`,
          `${company.name} <candidatures@${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Your candidature to the post of ${role}`,
          `Acknowledgment of receipt of your candidature`,
          `Candidature ${role} - ${company.name}`,
          `RE: Spontaneous application / ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Dear Mister/Madam ${k.candidate.last},`,
            `Dear ${k.candidate.name},`,
            `Good morning ${k.candidate.first},`,
            'Madam, Sir,',
          ]),
          k.pick([
            `We have well received your candidature for the post of ${role} and we thank you for the interest you carry to our society.`,
            `We thank you for your application to the position ${role}. We confirm you the good reception of your CV and your motivation letter.`,
            `Your candidature for ${role} has been well registered in our database.`,
          ]),
          k.pick([
            'It will be studied with the biggest attention by our team and we will not fail to return to you in the shortest delays if your profile corresponds to our research.',
            'Our recruitment team will examine your file with attention. In case your profile retains our attention, we will contact you to convene you.',
            'Without return from us in the month, please consider that we could not give a favourable follow-up.',
          ]),
          k.pick([
            'We pray you to accept, Madam, Sir, the expression of our distinguished salutations.',
            'Please receive our best regards.',
            'Cordially,',
          ]),
          `The Human Resources Direction\n${company.name}`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'bilingual-de-en-confirmation',
    label: 'application_received',
    note: 'Bilingual German/English template ("English version below"): the same receipt twice, Sie form then English',
    count: 8,
    make(k) {
      k.as('de');
      const company = bizCo(k);
      const role = k.pick([
        'Software Engineer (m/w/d)',
        'Data Analyst (m/w/d)',
        'Projektmanager (m/w/d)',
        'Werkstudent Marketing (m/w/d)',
        'Product Owner (m/w/d)',
      ]);
      const clean = role.replace(/ \(m\/w\/d\)$/, '');
      const rec = k.person(company);
      const signed = k.chance(0.5);
      const ger = k.paragraphs(
        `Sehr geehrte/r ${k.candidate.name},`,
        `vielen Dank für Ihre Bewerbung als ${role} bei der ${company.name}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.`,
        'Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.',
        signed
          ? `Mit freundlichen Grüßen\n${rec.name}\nTalent Acquisition`
          : `Mit freundlichen Grüßen\nIhr Recruiting-Team der ${company.name}`,
      );
      const eng = k.paragraphs(
        `Dear ${k.candidate.name},`,
        `Thank you for your application as ${role} at ${company.name}. We hereby confirm receipt of your documents.`,
        'We will review your application carefully and get back to you as soon as possible.',
        signed
          ? `Kind regards\n${rec.name}\nTalent Acquisition`
          : `Kind regards\nThe ${company.name} recruiting team`,
      );
      return {
        from: signed ? `${rec.name} <${rec.email}>` : `${company.name} Recruiting <jobs@${company.domain}>`,
        to: to(k),
        subject: k.pick([
          `Eingangsbestätigung / Confirmation of receipt - ${clean}`,
          `Ihre Bewerbung / Your application: ${role}`,
          `Bewerbung ${clean} | ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick(['(English version below)', '*** English version below ***', '']),
          ger,
          '---',
          eng,
          k.chance(0.5)
            ? `Datenschutzhinweise / Privacy notice: https://${company.domain}/datenschutz-bewerber`
            : '',
        ),
        expected: exp(company.name, clean, signed ? [who(rec, 'recruiter')] : []),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// job_alert

interface Listing {
  company: string;
  role: string;
  where: string;
}

function listings(k: Kit, n: number): Listing[] {
  const field = k.pick(['engineering', 'business', 'design', 'data', 'product', 'care', 'service'] as const);
  return Array.from({ length: n }, () => ({
    company: bizCo(k).name,
    role: k.role(k.chance(0.8) ? field : undefined),
    where: `${city(k)}${k.chance(0.3) ? ` (${k.pick(['Remote', 'Hybrid', 'On-site'])})` : ''}`,
  }));
}

function annualPay(k: Kit): string {
  switch (k.locale) {
    case 'en-GB':
      return `£${k.int(26, 60)}K–£${k.int(61, 95)}K`;
    case 'en-IN':
      return `₹${k.int(5, 15)}L–₹${k.int(16, 40)}L`;
    case 'en-AU':
      return `$${k.int(75, 110)}K–$${k.int(111, 170)}K`;
    default:
      return `$${k.int(55, 110)}K–$${k.int(111, 190)}K`;
  }
}

const alerts: Family[] = [
  {
    id: 'alert-flattened-table-rows',
    label: 'job_alert',
    note: 'Job-board alert whose HTML table is flattened to text: header row then "Title | Company | Location | Salary | Posted" rows',
    make(k) {
      const list = listings(k, k.int(4, 8));
      const board = k.pick([
        ['Dice', 'alerts@connect.dice.com'],
        ['Monster', 'jobalerts@monster.com'],
        ['SimplyHired', 'alerts@simplyhired.com'],
        ['CareerBuilder', 'jobalerts@careerbuilder.com'],
        ['Jobserve', 'alerts@jobserve.com'],
      ] as const);
      const q = list[0]!.role;
      const rows = list.map(
        (j) =>
          `${j.role} | ${j.company} | ${j.where} | ${k.chance(0.6) ? annualPay(k) : '—'} | ${k.pick(['Today', '1d ago', '2d ago', 'New', '3 days ago'])}`,
      );
      return {
        from: `${board[0]} <${board[1]}>`,
        to: k.candidate.email,
        subject: k.pick([
          `${list.length} new matches: ${q}`,
          `Job Alert: ${q}`,
          `Your daily job alert`,
          `New jobs for "${q}"`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `[image: ${board[0]}]`,
          `Alert: ${q}${k.chance(0.5) ? ` near ${city(k)}` : ''} | Frequency: ${k.pick(['Daily', 'Weekly', 'Instant'])}`,
          `Job Title | Company | Location | Salary | Posted\n${rows.join('\n')}`,
          `View all results: https://www.${board[0].toLowerCase()}.example/jobs?q=${encodeURIComponent(q)}&src=alert_${k.token(6)}`,
          `Edit alert | Pause alert | Unsubscribe\nYou are receiving this because you created a job alert on ${board[0]}.`,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'salary-insights-newsletter',
    label: 'job_alert',
    note: 'Salary/compensation newsletter from a salary-data site: pay ranges for the reader\'s title and city, negotiation tip, "compare your pay"',
    make(k) {
      const role = k.role();
      const where = city(k);
      const site = k.pick(['PayScope', 'SalaryScout', 'Levelset', 'PayCheckr', 'WageWise']);
      const slug = site.toLowerCase().replace(/[^a-z]/g, '');
      return {
        from: `${site} <insights@${slug}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `What does a ${role} earn in ${where}?`,
          `Are you being paid fairly? ${role} salaries, ${k.sent.year}`,
          `Your monthly salary report is ready`,
          `${role}: pay is up ${k.int(2, 9)}% this year`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${site} | Salary Insights`,
          `Hi ${k.candidate.first}, here's how pay for ${role} looks in ${where} this month.`,
          `Median base: ${annualPay(k).split('–')[0]}\nTypical range: ${annualPay(k)}\nTop 10%: ${annualPay(k).split('–')[1]}\nBased on ${k.int(120, 4000).toLocaleString('en-US')} salaries reported in the last 12 months.`,
          k.pick([
            'Negotiation tip of the month: when a recruiter asks for your expectations, give a researched range and anchor at the top of it.',
            'Did you know? Candidates who negotiate their offer get on average 7% more. Read our guide: "How to counter an offer without losing it".',
            'Thinking about switching jobs? Companies hiring this month are paying a premium for experience in data and automation.',
          ]),
          `Compare your pay → https://${slug}.example/compare?ref=nl_${k.token(6)}`,
          `You're receiving this because you signed up for salary updates. Unsubscribe | Preferences`,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'jobs-at-companies-like-x',
    label: 'job_alert',
    note: '"Jobs at companies like X" / "because you viewed X": recommendations keyed to one employer the reader looked at (trap: an employer named in the subject)',
    make(k) {
      const seed = bizCo(k);
      const list = listings(k, k.int(3, 6));
      const board = k.pick(['Glassdoor', 'LinkedIn', 'Wellfound', 'Otta', 'Built In']);
      return {
        from: `${board} <${k.pick(['noreply', 'jobs', 'recommendations'])}@${board.toLowerCase().replace(/ /g, '')}.com>`,
        to: to(k),
        subject: k.pick([
          `Jobs at companies like ${seed.name}`,
          `Because you viewed ${seed.name}`,
          `Like ${seed.name}? These companies are hiring`,
          `Similar to ${seed.name}: ${list.length} open roles`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `You recently looked at ${seed.name}. Here are companies with a similar ${k.pick(['size', 'mission', 'culture rating', 'tech stack'])} that are hiring now.`,
            `Based on your interest in ${seed.name}, we think you'll like these openings.`,
          ]),
          list
            .map(
              (j) =>
                `${j.company}${k.chance(0.5) ? ` ★ ${k.int(35, 48) / 10}` : ''}\n${j.role} · ${j.where}${k.chance(0.3) ? `\n${annualPay(k)} (employer est.)` : ''}`,
            )
            .join('\n\n'),
          `See more companies like ${seed.name}: https://${board.toLowerCase().replace(/ /g, '')}.com/similar/${k.token(8)}`,
          'Manage email settings · Unsubscribe',
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'employer-open-hiring-day-walk-in',
    label: 'job_alert',
    note: 'One employer invites the public to an open hiring day / walk-in interviews on a fixed date (trap: "interviews on the spot", a time, no application)',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-GB', 'en-CA', 'en-AU'] as const));
      const company = named(
        `${k.pick(['Harbor', 'Greenfield', 'Summit', 'Pioneer', 'Beacon'])} ${k.pick(['Distribution', 'Foods', 'Hotels & Resorts', 'Logistics', 'Home Stores', 'Medical Center'])}`,
      );
      const single = k.chance(0.5);
      const role = k.pick([
        'Warehouse Associate',
        'Housekeeper',
        'Package Handler',
        'Cashier',
        'Patient Care Technician',
        'Line Cook',
      ]);
      const when = k.later(4, 12);
      const end = when.plusDays(0, when.hour + k.int(3, 6));
      const here = city(k);
      return {
        from: k.pick([
          `${company.name} Careers <careers@${company.domain}>`,
          `${company.name} Talent Community <talent@${company.domain}>`,
          `${company.name} Hiring Events <events@${company.domain}>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Hiring event: ${single ? `${role}s` : "we're hiring"} — ${day(k, when)}`,
          `Join us for Open Hiring Day at ${company.name}`,
          `Walk-in interviews this ${when.weekdayName}!`,
          `You're invited: ${company.name} hiring event`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `[image: ${company.name} Hiring Event]`,
          k.pick([
            `We're hiring ${single ? `${role}s` : 'for dozens of roles'} at our ${here} location, and you're invited to our Open Hiring Day.`,
            `Looking for your next job? Come meet our team — we'll be interviewing on the spot${single ? ` for ${role} positions` : ''}.`,
          ]),
          `When: ${day(k, when)}, ${clock(k, when)}–${clock(k, end)}\nWhere: ${k.int(100, 9000)} ${k.pick(['Commerce Pkwy', 'Industrial Dr', 'Harbour Rd', 'Lakeview Blvd'])}, ${here}`,
          k.pick([
            'No appointment needed. Bring a photo ID and, if you have one, a copy of your resume.',
            "Skip the line: pre-register online and we'll have your paperwork ready.",
            'Same-day offers for qualified candidates. Sign-on bonus available for select shifts.',
          ]),
          `${k.pick(["Can't make it? Browse open jobs", 'Pre-register here'])}: https://careers.${company.domain}/events/${k.token(8)}`,
          `You're receiving this because you joined the ${company.name} Talent Community. Unsubscribe`,
        ),
        expected: exp(company.name, single ? role : null),
      };
    },
  },
  {
    id: 'university-career-service-digest-de-fr-es',
    label: 'job_alert',
    note: 'University career-service weekly digest in German, French or Spanish: internships, working-student jobs, employer events',
    make(k) {
      const lang = k.pick(['de', 'fr', 'es'] as const);
      k.as(lang);
      const list = listings(k, k.int(3, 6));
      const t = {
        de: {
          from: `Career Service der ${k.pick(['Hochschule Lindenau', 'Universität Auenfeld', 'TH Mühlbach'])} <career@hs-lindenau.example>`,
          subject: k.pick([
            'Stellenticker KW ' + k.int(2, 50),
            'Neue Praktika und Werkstudentenjobs',
            'Career Newsletter: Jobs & Events',
          ]),
          hello: `Liebe Studierende, liebe Alumni,`,
          intro: 'hier sind die neuesten Stellenangebote aus unserem Jobportal:',
          event: `Firmenkontaktmesse am ${k.later(5, 15).date('de')} im Audimax — jetzt anmelden!`,
          bye: 'Viele Grüße\nIhr Career Service Team',
          unsub: 'Newsletter abbestellen',
        },
        fr: {
          from: `Service Carrières ${k.pick(["Université d'Orval", 'École Supérieure de Montclar', 'IAE Valrose'])} <carrieres@univ-orval.example>`,
          subject: k.pick([
            'Offres de stage et d’emploi de la semaine',
            'La lettre du Service Carrières',
            'Nouvelles offres sur JobTeaser',
          ]),
          hello: 'Bonjour à toutes et à tous,',
          intro: 'voici les dernières offres publiées sur notre plateforme :',
          event: `Forum entreprises le ${k.later(5, 15).date('fr')} — inscription obligatoire.`,
          bye: "L'équipe du Service Carrières",
          unsub: 'Se désabonner',
        },
        es: {
          from: `Bolsa de Empleo ${k.pick(['Universidad de Valdeoro', 'Universidad Politécnica de Lomas'])} <empleo@uvaldeoro.example>`,
          subject: k.pick([
            'Nuevas ofertas de prácticas y empleo',
            'Boletín semanal de empleo',
            'Ofertas destacadas de la semana',
          ]),
          hello: 'Hola,',
          intro: 'estas son las nuevas ofertas publicadas en nuestra bolsa de empleo:',
          event: `Feria de Empleo el ${k.later(5, 15).date('es')} en el Aula Magna.`,
          bye: 'Un saludo,\nServicio de Orientación y Empleo',
          unsub: 'Darse de baja',
        },
      }[lang];
      return {
        from: t.from,
        to: k.candidate.email,
        subject: t.subject,
        date: k.date,
        body: k.paragraphs(
          t.hello,
          t.intro,
          list.map((j) => `• ${j.role} — ${j.company} (${j.where.replace(/\(.*\)/, '').trim()})`).join('\n'),
          t.event,
          t.bye,
          t.unsub,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'employer-talent-community-editorial-newsletter',
    label: 'job_alert',
    note: "One employer's talent-community newsletter: employee stories, office news, then a few featured roles (several roles: company and role null)",
    make(k) {
      const company = k.company();
      const roles = Array.from({ length: k.int(2, 4) }, () => k.role());
      const emp = k.person(company);
      return {
        from: k.pick([
          `Life at ${company.name} <talent@${company.domain}>`,
          `${company.name} Talent Community <careers@${company.domain}>`,
          `${company.name} Careers Newsletter <news@${company.domain}>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Inside ${company.name}: ${k.pick(['spring', 'summer', 'autumn', 'winter'])} edition`,
          `Meet the team behind ${k.pick(['our new app', 'the Lakeside opening', 'our climate pledge'])}`,
          `${company.name} news + roles we're hiring for`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `[image: Life at ${company.name}]`,
          `Hi ${k.candidate.first}, thanks for being part of our talent community.`,
          `EMPLOYEE SPOTLIGHT\n${k.pick([`"I joined as an intern six years ago"`, '"Why I moved from agency life to in-house"', '"A day in the life of our night-shift team"'])} — ${emp.first}, ${k.role()}, shares ${k.pick(['her', 'his', 'their'])} story.`,
          `NEWS\n${k.pick([`We're opening a new office in ${city(k)}.`, `${company.name} was named a Top Workplace for the ${k.pick(['second', 'third'])} year.`, 'Our parental leave policy just got better.'])}`,
          `FEATURED ROLES\n${roles.map((r) => `→ ${r}`).join('\n')}\nSee all openings: https://careers.${company.domain}/jobs?utm_source=talent_nl`,
          'You are receiving this email because you joined our talent community. Update preferences | Unsubscribe',
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'saved-job-closing-soon-reminder',
    label: 'job_alert',
    note: 'Board reminder about a job the reader SAVED but has not applied to: "closes in 3 days", "still accepting applications" (company and role set)',
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const board = k.pick(['Indeed', 'LinkedIn', 'Seek', 'Reed', 'ZipRecruiter', 'Glassdoor']);
      const n = k.int(1, 5);
      return {
        from: `${board} <${k.pick(['reminders', 'noreply', 'alert'])}@${board.toLowerCase()}.com>`,
        to: k.candidate.email,
        subject: k.pick([
          `Don't miss out: ${role} at ${company.name} closes in ${n} day${n > 1 ? 's' : ''}`,
          `You saved this job ${k.int(3, 14)} days ago`,
          `Still interested in ${role}?`,
          `Reminder: finish applying to ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `The job you saved is closing soon. Apply before it's gone.`,
            `${company.name} is still accepting applications for a job you saved.`,
            `You started looking at this job but haven't applied yet.`,
          ]),
          `${role}\n${company.name} — ${city(k)}\n${k.pick([`${k.int(20, 300)} applicants`, 'Be an early applicant', 'Responds within 3 days', annualPay(k)])}`,
          `Apply now: https://www.${board.toLowerCase()}.com/viewjob?jk=${k.token(12)}&from=saved_reminder`,
          'Saved jobs · Notification settings · Unsubscribe',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'shift-app-gigs-near-you',
    label: 'job_alert',
    note: 'Gig/shift marketplace app: "shifts near you this week" with pay per hour and dates (trap: fixed times, "confirmed" wording in the upsell)',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-GB', 'en-AU'] as const));
      const app = k.pick(['ShiftPal', 'Gigly', 'Crewline', 'Tempo Shifts', 'PopShift']);
      const slug = app.toLowerCase().replace(/[^a-z]/g, '');
      const shifts = Array.from({ length: k.int(3, 5) }, () => {
        const m = k.later(1, 7);
        return `${k.pick(['Event Server', 'Warehouse Loader', 'Dishwasher', 'Retail Stocker', 'Banquet Porter', 'Barback'])} · ${bizCo(k).name}\n${m.date(k.locale === 'en-US' ? 'us-short' : 'uk-short')}, ${clock(k, m)} · ${money(k)}`;
      });
      return {
        from: `${app} <hello@${slug}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `${shifts.length + k.int(5, 30)} shifts near you this week 💸`,
          `New shifts just dropped in ${city(k)}`,
          `Pick up a shift this weekend?`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hey ${k.candidate.first}! New shifts match your skills:`,
          shifts.join('\n\n'),
          k.pick([
            'Claim a shift in one tap — once the business confirms you, it shows up in My Shifts.',
            'Pros who work 3+ shifts this month get priority access to higher-paying gigs.',
          ]),
          `Open the app: https://${slug}.example/app/shifts?r=${k.token(6)}`,
          `Turn off shift emails | ${app}, Inc.`,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'public-sector-saved-search-vacancies',
    label: 'job_alert',
    note: 'Government/civil-service jobs site saved-search alert: reference, grade, department, closing date per vacancy',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-US', 'en-CA'] as const));
      const n = k.int(3, 6);
      const depts = [
        'Department for Transport Services',
        'Regional Health Authority',
        'Office for Statistics',
        'Environment Agency North',
        'Ministry of Housing Services',
        'Revenue and Customs Service',
      ];
      const items = Array.from({ length: n }, () => {
        const close = k.later(5, 20);
        return [
          k.pick([
            'Policy Adviser',
            'Data Analyst',
            'Executive Officer',
            'Case Worker',
            'Digital Delivery Manager',
            'Finance Business Partner',
            'Administrative Officer',
          ]),
          `${k.pick(depts)}`,
          `Reference: ${k.digits(6)}`,
          `${k.pick(['Grade', 'Band', 'Level'])}: ${k.pick(['EO', 'HEO', 'SEO', 'AO', 'G7', 'APS 5', 'EL1'])}`,
          `Location: ${city(k)}`,
          `Closing date: ${day(k, close)}`,
        ].join('\n');
      });
      return {
        from: k.pick([
          'Civil Service Jobs <noreply@civilservicejobs.example>',
          'Public Sector Careers <alerts@publicjobs.example>',
          'GovJobs Alerts <no-reply@govjobs.example>',
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Job alert: ${n} new vacancies match your saved search`,
          `Your saved search "${k.pick(['analyst', 'policy', 'digital', 'admin'])}" has new results`,
          'New vacancies you may be interested in',
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${k.candidate.first},`,
          'The following vacancies matching your saved search have been published since your last alert:',
          items.join('\n\n'),
          'To view the full advert and apply, sign in to your account. You can change how often you receive alerts in My Saved Searches.',
          'Please do not reply to this email.',
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'agency-consultant-weekly-vacancy-bulletin',
    label: 'job_alert',
    note: 'Recruitment consultant mails their weekly list of live vacancies (clients unnamed, refs and rates) to everyone registered; no personal approach',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-US'] as const));
      const agency = named(
        `${k.pick(['Brightwater', 'Castlegate', 'Fenwick', 'Orchard', 'Lighthouse'])} ${k.pick(['Recruitment', 'Talent Partners', 'Search', 'Associates'])}`,
      );
      const c = k.person(agency);
      const n = k.int(4, 7);
      const items = Array.from({ length: n }, () => {
        const r = k.role();
        return `${r} — ${city(k)} — ${k.pick([annualPay(k), annualPay(k), 'DOE', 'Competitive', 'Contract, day rate DOE'])} — Ref ${k.pick(['BW', 'CG', 'FN', 'OR'])}${k.digits(4)}`;
      });
      return {
        from: k.addr(c),
        to: k.pick([k.candidate.email, `undisclosed-recipients:;`]),
        subject: k.pick([
          `Latest vacancies - week ${k.int(2, 50)}`,
          `Hot jobs this week from ${agency.name}`,
          `${n} new roles I'm working on`,
          `Jobs bulletin | ${agency.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick(['Hi all,', 'Hello,', `Hi there,`]),
          k.pick([
            "Here's this week's round-up of the roles I'm currently recruiting for. If any catch your eye, or you know someone who'd be a fit, drop me a line.",
            'Please see below a selection of our latest live vacancies.',
          ]),
          items.join('\n'),
          k.chance(0.6)
            ? `Referral scheme: recommend a friend and receive £${k.pick([100, 250, 500])} in vouchers if we place them.`
            : '',
          k.signature(
            c,
            k.pick(['Senior Consultant', 'Recruitment Consultant', 'Associate Director']),
            agency,
            true,
          ),
          `You are receiving this because you registered with ${agency.name}. To stop receiving job bulletins, reply "unsubscribe".`,
        ),
        expected: exp(null, null, [who(c, 'agency_consultant', true, c.phone)]),
      };
    },
  },

  {
    id: 'freelance-projects-matching-skills',
    label: 'job_alert',
    note: "Freelance marketplace digest: new projects/contracts matching the reader's skills, budgets and proposal counts (clients unnamed)",
    make(k) {
      const site = k.pick(['Upwork', 'Freelancer', 'Malt', 'Contra', 'Talentry']);
      const slug = site.toLowerCase().replace(/[^a-z]/g, '');
      const skill = k.pick([
        'React',
        'Figma',
        'Python',
        'copywriting',
        'bookkeeping',
        'SEO',
        'data visualisation',
      ]);
      const n = k.int(3, 5);
      const items = Array.from({ length: n }, () => {
        const kind = k.chance(0.5);
        return `${k.pick([`${skill} expert needed for`, `Looking for a ${skill} specialist to help with`, `Need help with`])} ${k.pick(['a dashboard redesign', 'our landing page', 'a data migration', 'monthly reports', 'an MVP', 'a product launch'])}\n${kind ? `Fixed price: $${k.int(2, 40)}00` : `Hourly: $${k.int(25, 60)}-$${k.int(61, 120)}`} · ${k.pick(['Entry', 'Intermediate', 'Expert'])} · Proposals: ${k.pick(['Less than 5', '5 to 10', '10 to 15', '20 to 50'])}\nClient: ${k.pick(['Payment verified', 'Payment unverified'])} · ${k.pick(['United States', 'United Kingdom', 'Germany', 'Australia', 'Canada'])}`;
      });
      return {
        from: `${site} <${k.pick(['donotreply', 'notifications', 'jobs'])}@${slug}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `New ${skill} jobs for you`,
          `${n} new projects match your profile`,
          `Jobs you might like: ${skill}`,
          `Fresh ${skill} opportunities this week`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          k.pick([
            `Here are new jobs matching your skills in ${skill}.`,
            'Clients just posted these projects. Submit a proposal early to stand out.',
          ]),
          items.join('\n\n'),
          k.pick([
            `You have ${k.int(10, 80)} Connects available.`,
            'Boost your profile to appear higher in client searches.',
            '',
          ]),
          `Find more work: https://www.${slug}.example/nx/find-work/?ref=${k.token(8)}`,
          'Email settings · Unsubscribe',
        ),
        expected: exp(null, null),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// other: everyday mail that uses hiring words in another sense

function town(k: Kit): string {
  return k.pick(['Riverton', 'Lakeside', 'Fairhaven', 'Millbrook', 'Ashby', 'Northmoor', 'Kingsbridge']);
}

function brand(name: string): string {
  return `${ascii(name)
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '')}.example`;
}

/** The candidate's address at their CURRENT employer. */
function workAddr(k: Kit, cur: Company): string {
  return `${ascii(k.candidate.first).toLowerCase()}.${ascii(k.candidate.last).toLowerCase()}@${cur.domain}`;
}

const everyday: Family[] = [
  {
    id: 'other-club-volunteer-application-accepted',
    label: 'other',
    note: 'A club, society or volunteer programme ACCEPTS an application ("welcome aboard", "you have been selected as a volunteer"), induction date (trap for offer/application_received)',
    make(k) {
      const kind = k.pick(['rowing', 'choir', 'volunteer', 'allotment', 'makerspace', 'mentor'] as const);
      const org = {
        rowing: `${town(k)} Rowing Club`,
        choir: `${town(k)} Community Choir`,
        volunteer: `${town(k)} Marathon Volunteers`,
        allotment: `${town(k)} Allotment Society`,
        makerspace: `${town(k)} Makerspace`,
        mentor: `Bright Futures Mentoring ${town(k)}`,
      }[kind];
      const what = {
        rowing: 'membership application',
        choir: 'application to join the choir',
        volunteer: 'volunteer application',
        allotment: 'application for a plot',
        makerspace: 'membership application',
        mentor: 'application to become a volunteer mentor',
      }[kind];
      const start = k.later(3, 15);
      const sec = k.person();
      return {
        from: k.pick([`${org} <hello@${brand(org)}>`, `${sec.name} <${sec.email}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Welcome to ${org}!`,
          `Your ${what} has been accepted`,
          `Good news about your application`,
          `You're in! 🎉`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `We're delighted to let you know that your ${what} has been approved by the committee.`,
            `Great news — you've been selected! Thank you for your ${what}; we'd love to have you with us.`,
            `Following our review of all applications, we are pleased to offer you a place with ${org}.`,
          ]),
          {
            rowing: `Your first learn-to-row session is on ${day(k, start)} at ${clock(k, start)}. Please bring trainers and a water bottle. Annual fees are due within 30 days.`,
            choir: `Rehearsals are every Tuesday at 7:30pm in the church hall; your first one will be ${day(k, start)}. Sheet music will be handed out on the night.`,
            volunteer: `Your role on race day is Water Station Marshal. Please attend the volunteer briefing on ${day(k, start)} at ${clock(k, start)}.`,
            allotment: `Plot ${k.int(1, 80)}${k.pick(['A', 'B'])} is yours from ${day(k, start)}. The rent is £${k.int(30, 90)} a year.`,
            makerspace: `Your induction (required before using the laser cutter) is booked for ${day(k, start)} at ${clock(k, start)}.`,
            mentor: `Next step: a DBS/background check and a two-hour training session on ${day(k, start)}.`,
          }[kind],
          k.pick(['See you soon!', 'Welcome aboard!', 'Any questions, just reply to this email.']),
          `${k.pick(['Best wishes,', 'Cheers,', 'Thanks,'])}\n${sec.first}\n${k.pick(['Membership Secretary', 'Volunteer Coordinator', 'Club Secretary'])}, ${org}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-visa-permit-application-processing',
    label: 'other',
    note: 'Visa / residence-permit / work-permit application under review, biometrics appointment at a fixed time, decision timeline; sometimes German (trap: application, review, appointment, decision)',
    make(k) {
      const german = k.chance(0.25);
      if (german) k.as('de');
      const refNo = `${k.pick(['GWF', 'IRCC-', 'VFS', 'AT-'])}${k.digits(9)}`;
      const appt = k.later(3, 15);
      if (german) {
        return {
          from: `Ausländerbehörde ${k.pick(['Lindenau', 'Auenfeld', 'Mühlbach'])} <termine@auslaenderbehoerde-lindenau.example>`,
          to: k.candidate.email,
          subject: k.pick([
            `Ihr Antrag auf Erteilung eines Aufenthaltstitels – Az. ${refNo}`,
            'Terminbestätigung',
            `Eingangsbestätigung Ihres Antrags`,
          ]),
          date: k.date,
          body: k.paragraphs(
            `Sehr geehrte/r ${k.candidate.name},`,
            `Ihr Antrag auf Erteilung einer Blauen Karte EU ist bei uns eingegangen und wird derzeit bearbeitet (Aktenzeichen ${refNo}).`,
            `Für die Abgabe Ihrer biometrischen Daten haben wir folgenden Termin für Sie reserviert: ${appt.date('de')} um ${appt.time('de')}, Raum ${k.int(100, 420)}.`,
            'Bitte bringen Sie Ihren Reisepass, ein biometrisches Passfoto und den Arbeitsvertrag mit.',
            'Mit freundlichen Grüßen\nIhre Ausländerbehörde',
            'Diese E-Mail wurde automatisch erstellt.',
          ),
          expected: nothing(),
        };
      }
      const kind = k.pick([
        'work visa',
        'Skilled Worker visa',
        'study permit',
        'visitor visa',
        'permanent residence application',
        'Global Talent visa',
      ]);
      return {
        from: k.pick([
          'UK Visas and Immigration <no-reply@visas.gov.example>',
          'Immigration Services <donotreply@immigration.gov.example>',
          'VFS Appointments <info@vfs-appointments.example>',
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Your ${kind} application ${refNo}`,
          'Biometrics appointment confirmation',
          'Your application is being processed',
          `Application status update – ${refNo}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${k.candidate.name},`,
          k.pick([
            `Thank you for your ${kind} application (reference ${refNo}). Your application is now under review by a caseworker.`,
            `We have received your ${kind} application. The current processing time is ${k.int(3, 12)} weeks from the date of your biometrics appointment.`,
          ]),
          `Your biometrics appointment: ${day(k, appt)} at ${clock(k, appt)}, ${k.pick(['Visa Application Centre', 'Service and Support Centre', 'Application Support Centre'])}, ${city(k)}.`,
          k.pick([
            'Please bring your passport and appointment letter. Late arrivals may need to rebook.',
            'We may contact you if we need more information. Do not make travel plans until you receive a decision.',
            'You will receive a decision by email. Do not contact us unless your application is outside the standard processing time.',
          ]),
          'This is an automated message; replies are not monitored.',
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-mortgage-loan-offer-decision',
    label: 'other',
    note: 'Mortgage / personal loan / student finance decisions: "your mortgage offer is ready", "loan approved", "we are unable to offer you credit" (traps for offer and rejection)',
    make(k) {
      const lender = k.pick([
        'Harbourside Building Society',
        'Keystone Home Loans',
        'Meadow Credit Union',
        'Crestline Bank',
        'Student Finance Service',
        'Northgate Lending',
      ]);
      const outcome = k.pick(['offer', 'approved', 'declined', 'conditional'] as const);
      const amount = `${k.locale === 'en-GB' ? '£' : '$'}${k.int(8, 450)},${k.pick(['000', '500'])}`;
      const refNo = `${k.pick(['MTG', 'LN', 'SF'])}${k.digits(8)}`;
      const text = {
        offer: [
          `Your mortgage offer is ready`,
          `Good news — we're pleased to confirm your mortgage offer for ${amount} has been issued. A copy has been sent to your solicitor/conveyancer. The offer is valid for 6 months.`,
        ],
        approved: [
          'Your loan application has been approved',
          `Congratulations! Your application for a personal loan of ${amount} has been approved. Review and e-sign your loan agreement to receive the funds.`,
        ],
        declined: [
          'An update on your application',
          `Thank you for applying. After careful consideration, we are unable to offer you credit at this time. This decision was based on information from a credit reference agency. You have the right to request details of the agency we used.`,
        ],
        conditional: [
          'Your application: decision in principle',
          `We have made an Agreement in Principle for up to ${amount}. This is not a formal offer: a full application, valuation and affordability check are still required.`,
        ],
      }[outcome];
      return {
        from: `${lender} <${k.pick(['noreply', 'applications', 'lending'])}@${brand(lender)}>`,
        to: k.candidate.email,
        subject: k.pick([text[0]!, `${text[0]} (ref ${refNo})`, `${lender}: ${text[0]}`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          text[1],
          `Application reference: ${refNo}`,
          k.pick([
            `Sign in to your account to view the documents: https://secure.${brand(lender)}/applications/${k.token(8)}`,
            'If you have any questions, call us on the number on our website, Monday to Friday 8am–8pm.',
          ]),
          `${lender}\n${k.pick(['Authorised and regulated by the Financial Conduct Authority.', 'Member FDIC. Equal Housing Lender.', 'Registered office: 1 Market Square.'])}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-admissions-regret-no-place',
    label: 'other',
    note: 'University / school admissions decline: "we regret we cannot offer you a place", waitlist, appeal (trap: reads exactly like a rejection)',
    make(k) {
      const school = k.pick([
        `${k.pick(['Harlow', 'Eastbrook', 'Wrenfield'])} University`,
        `${k.pick(['Ridgeway', 'Saint Aldric'])} College`,
        `${k.pick(['Kingsbridge', 'Northmoor'])} School of Business`,
        `${town(k)} Grammar School`,
      ]);
      const prog = school.endsWith('Grammar School')
        ? k.pick(['Year 7 entry', 'Sixth Form entry', 'Year 9 entry'])
        : k.pick([
            'MSc Data Science',
            'MBA (Full-time)',
            'BA (Hons) Architecture',
            'PhD in Molecular Biology',
            'Master of Public Health',
            'LLM International Law',
          ]);
      return {
        from: k.pick([
          `${school} Admissions <admissions@${brand(school)}>`,
          `Graduate Admissions <gradadmissions@${brand(school)}>`,
          `${school} <noreply@applicant.${brand(school)}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Your application to ${school}`,
          `Admission decision: ${prog}`,
          'An update on your application',
          `Decision on your ${k.sent.year + 1} entry application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Thank you for your application to the ${prog} programme at ${school}.`,
          k.pick([
            'We received a record number of applications this year and competition for places was exceptionally strong.',
            'The admissions committee has now carefully considered your application.',
          ]),
          k.pick([
            'I regret to inform you that we are unable to offer you a place on the programme.',
            'Unfortunately, we cannot offer you a place for the coming academic year.',
            'We regret that your application has been unsuccessful on this occasion. You have been placed on our waiting list and we will contact you if a place becomes available.',
          ]),
          k.pick([
            'This decision is final and we are unable to provide individual feedback.',
            'If you wish to appeal, details of the appeals procedure are available on our website.',
            'We wish you every success with your studies and future plans.',
          ]),
          `${k.pick(['Yours sincerely,', 'Kind regards,'])}\n${k.pick(['Director of Admissions', 'Admissions Office', 'Graduate Admissions Team'])}\n${school}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-admissions-offer-of-place',
    label: 'other',
    note: 'University / course "offer of a place" (conditional or unconditional), accept-by deadline, deposit (trap for offer)',
    make(k) {
      const school = k.pick([
        `${k.pick(['Marlow', 'Fairhaven', 'Copperfield'])} University`,
        `University of ${k.pick(['Ashby', 'Lakeview', 'Northmoor'])}`,
        `${k.pick(['Westgate', 'Pinecrest'])} Institute of Technology`,
      ]);
      const prog = k.pick([
        'MSc Computer Science',
        'MA Graphic Design',
        'BSc Nursing',
        'MBA',
        'PGCE Secondary Mathematics',
        'MSc Finance',
      ]);
      const by = k.later(10, 20);
      const cond = k.chance(0.5);
      return {
        from: `${school} Admissions <admissions@${brand(school)}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Congratulations! Your offer from ${school}`,
          `Offer of a place: ${prog}`,
          `${school} - ${cond ? 'Conditional' : 'Unconditional'} Offer`,
          'Your application decision is available',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `We are delighted to offer you a place on the ${prog} programme at ${school}, starting in ${k.pick(['September', 'January', 'October'])} ${k.sent.year + (k.sent.month > 8 ? 1 : 0)}.`,
            `Congratulations! Following review of your application, the admissions committee is pleased to make you an offer of admission to ${prog}.`,
          ]),
          cond
            ? `This offer is conditional on: ${k.pick(['achieving a 2:1 in your current degree', 'IELTS 6.5 overall', 'satisfactory references and a DBS check'])}.`
            : 'This is an unconditional offer.',
          `To secure your place, please accept your offer and pay the ${k.locale === 'en-GB' ? '£' : '$'}${k.int(3, 20)}00 tuition deposit by ${day(k, by)} via the applicant portal.`,
          k.pick([
            'We look forward to welcoming you to campus.',
            'Join our offer-holder webinar to meet current students.',
          ]),
          `${k.pick(['Warm regards,', 'With best wishes,'])}\n${k.pick(['Admissions Office', 'Head of Admissions'])}, ${school}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-landlord-tenancy-offer',
    label: 'other',
    note: 'Landlord or letting agent offers the flat/house: "we would like to offer you the tenancy", holding deposit, move-in date (trap for offer)',
    make(k) {
      const agent = k.person();
      const agency = k.pick(['Parkhouse Lettings', 'Brick & Key Property', 'Oakwell Residential', '']);
      const addr = `${k.int(2, 140)} ${k.pick(['Elm Road', 'Canal Walk', 'Victoria Terrace', 'Maple Ave', 'Orchard Close'])}${k.chance(0.5) ? `, Flat ${k.int(1, 12)}` : ''}`;
      const movein = k.later(8, 20);
      const rent = k.locale === 'en-GB' ? `£${k.int(9, 24)}50 pcm` : `$${k.int(12, 38)}00/month`;
      return {
        from: agency
          ? `${agent.name} | ${agency} <${agent.first.toLowerCase()}@${brand(agency)}>`
          : k.addr(agent),
        to: k.candidate.email,
        subject: k.pick([
          `${addr} - offer`,
          `Re: viewing at ${addr}`,
          `Good news re ${addr}`,
          `Tenancy offer`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for coming to see ${addr}. I'm happy to say the landlord would like to offer you the tenancy at ${rent}.`,
            `Good news — your offer on ${addr} has been accepted by the landlord!`,
            `Following the viewings we'd like to offer you the property. We were impressed with your application and references.`,
          ]),
          `Proposed move-in date: ${day(k, movein)}\nHolding deposit: one week's rent, payable within 48 hours to take the property off the market.`,
          k.pick([
            'Once the holding deposit is paid we will start referencing and send the tenancy agreement for e-signature.',
            "Let me know if you'd like to go ahead and I'll send the paperwork.",
          ]),
          agency
            ? k.signature(agent, 'Lettings Negotiator', null) + `\n${agency}`
            : `Thanks,\n${agent.first}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-car-dealer-offer',
    label: 'other',
    note: 'Car dealer / online car buyer: trade-in "instant offer", "your offer on the vehicle was accepted", final offer expiring (trap for offer)',
    make(k) {
      const dealer = k.pick([
        `${town(k)} Motors`,
        'DriveWay Auto',
        'WheelSwap',
        `${k.pick(['Summit', 'Crossroads'])} Auto Sales`,
        'Motorway Express',
      ]);
      const car = `${k.int(2014, 2023)} ${k.pick(['Corvan Hatchback SE', 'Altira Sedan LX', 'Kestra SUV AWD', 'Novix Compact', 'Tovana Estate Wagon'])}`;
      const amount = `${k.locale === 'en-GB' ? '£' : '$'}${k.int(4, 28)},${k.digits(3)}`;
      const expires = k.later(2, 6);
      const rep = k.person();
      return {
        from: k.pick([
          `${dealer} <offers@${brand(dealer)}>`,
          `${rep.name} at ${dealer} <${rep.first.toLowerCase()}@${brand(dealer)}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Your instant offer for your ${car}: ${amount}`,
          `Offer accepted - ${car}`,
          `Final offer expires ${expires.date(k.locale === 'en-US' ? 'us-short' : 'uk-short')}`,
          `We'd like to make you an offer`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Great news! Based on the details you entered, we can offer you ${amount} for your ${car}.`,
            `Your offer of ${amount} on the ${car} (stock #${k.digits(5)}) has been accepted by our sales manager.`,
            `We've reviewed the photos of your ${car} and our final offer is ${amount}.`,
          ]),
          `This offer is valid until ${day(k, expires)}${k.chance(0.5) ? ' and subject to inspection' : ''}.`,
          k.pick([
            `Book a drop-off time: https://${brand(dealer)}/appointments/${k.token(8)}`,
            'Reply to this email or call the showroom to finalise the paperwork.',
          ]),
          `${rep.first}\n${k.pick(['Sales Consultant', 'Vehicle Acquisition Specialist', 'Internet Sales Manager'])}, ${dealer}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-rental-went-with-another-applicant',
    label: 'other',
    note: 'Landlord/letting agent: "we\'ve decided to go with another applicant" for a flat, holding list (trap: rejection wording, applicant)',
    make(k) {
      const agent = k.person();
      const addr = `${k.int(2, 140)} ${k.pick(['Elm Road', 'Canal Walk', 'Station Street', 'Cedar Lane', 'Harbour View'])}`;
      return {
        from: k.chance(0.5)
          ? k.addr(agent)
          : `${k.pick(['Keystone Lettings', 'Urban Nest Rentals', 'Greenway Property Management'])} <rentals@${brand('Urban Nest Rentals')}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Re: ${addr}`,
          `Your application for ${addr}`,
          `Update on the apartment`,
          `${addr} - update`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for applying for ${addr} and for coming to the viewing.`,
            `Thanks for your interest in the ${k.int(1, 3)}-bedroom at ${addr}.`,
          ]),
          k.pick([
            'Unfortunately the landlord has decided to go with another applicant whose move-in date suited better.',
            "I'm sorry to say we've decided to move forward with another applicant for this unit.",
            'We received a lot of interest and the property has now been let to another applicant.',
          ]),
          k.pick([
            "We'll keep your details on file and let you know about similar properties in the area.",
            'Your application fee will be refunded within 5 business days.',
            'Good luck with your search!',
          ]),
          `${k.pick(['Best,', 'Kind regards,', 'Thanks,'])}\n${agent.first}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-marketplace-your-offer-declined',
    label: 'other',
    note: 'Marketplace/auction: the seller declined or countered YOUR offer, you were outbid (trap for rejection with "offer declined")',
    make(k) {
      const site = k.pick(['eBay', 'Vinted', 'Poshmark', 'Depop', 'Facebook Marketplace', 'Mercari']);
      const item = k.pick([
        'Vintage desk lamp',
        'Road bike 54cm',
        'Mid-century armchair',
        'Nintendo Switch bundle',
        'Leather boots size 9',
        'Standing desk frame',
      ]);
      const price = `${k.locale === 'en-GB' ? '£' : '$'}${k.int(15, 400)}`;
      const kind = k.pick(['declined', 'countered', 'outbid', 'expired'] as const);
      const seller = `${k.pick(['vintage', 'thrift', 'bike', 'home'])}_${k.pick(['finds', 'corner', 'shed', 'deals'])}${k.int(10, 99)}`;
      const line = {
        declined: `${seller} declined your offer of ${price} for "${item}".`,
        countered: `${seller} has countered your offer with ${k.locale === 'en-GB' ? '£' : '$'}${k.int(20, 450)}. You have 48 hours to accept or decline.`,
        outbid: `You've been outbid on "${item}". The current bid is higher than your maximum of ${price}.`,
        expired: `Your offer of ${price} on "${item}" expired because the seller didn't respond.`,
      }[kind];
      return {
        from: `${site} <${k.pick(['noreply', 'notifications', 'offers'])}@${site.toLowerCase().replace(/ /g, '')}.com>`,
        to: k.candidate.email,
        subject: k.pick([
          {
            declined: 'Your offer was declined',
            countered: 'You received a counteroffer',
            outbid: "You've been outbid",
            expired: 'Your offer has expired',
          }[kind],
          `Update on your offer: ${item}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          line,
          k.pick([
            'Make another offer or check out similar items below.',
            'Don’t give up — there are 24 similar items near you.',
            '',
          ]),
          `[image: ${item}]\n${item} · ${price}`,
          `View item: https://www.${site.toLowerCase().replace(/ /g, '')}.com/itm/${k.digits(10)}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-work-meeting-reminder-outlook-teams',
    label: 'other',
    note: "Reminders at the candidate's CURRENT job: Outlook reminder, Teams/Zoom meeting starting soon, 1:1 with manager, sprint review (trap: fixed time, 'manager')",
    make(k) {
      const cur = k.company();
      const mgr = k.person(cur);
      const m = k.later(0, 2);
      const title = k.pick([
        `1:1 ${k.candidate.first} / ${mgr.first}`,
        'Sprint Review',
        'Q3 Planning',
        'Weekly Team Sync',
        'Budget review',
        'Quarterly Business Review',
        'Design crit',
      ]);
      const shape = k.pick(['outlook', 'teams', 'zoom'] as const);
      const bodies = {
        outlook: [
          `Reminder: ${title}`,
          `${title}\n${day(k, m)} ${clock(k, m)}–${clock(k, m.minute >= 30 ? m.plusDays(0, m.hour + 1, m.minute - 30) : m.plusDays(0, m.hour, m.minute + 30))}\nLocation: ${k.pick(['Microsoft Teams Meeting', `Room ${k.int(2, 9)}.${k.int(10, 40)}`, 'Conf Rm "Everest"'])}\nOrganizer: ${mgr.name}\n\nDismiss | Snooze`,
        ],
        teams: [
          `Your meeting "${title}" starts in 15 minutes`,
          `Microsoft Teams\n${title}\nStarts ${clock(k, m)}\nOrganizer: ${mgr.name}\n\nJoin now: https://teams.microsoft.com/l/meetup-join/${k.token(24)}`,
        ],
        zoom: [
          `Reminder: ${title} (${clock(k, m)})`,
          `Hi ${k.candidate.first},\n\nThis is a reminder that "${title}" will begin soon.\n\nDate: ${day(k, m)}\nTime: ${clock(k, m)}\nHost: ${mgr.name}\n\nJoin: https://${cur.slug}.zoom.us/j/${k.digits(10)}`,
        ],
      }[shape];
      return {
        from:
          shape === 'outlook'
            ? `Microsoft Outlook <no-reply@${cur.domain}>`
            : shape === 'teams'
              ? 'Microsoft Teams <noreply@email.teams.microsoft.com>'
              : `Zoom <no-reply@zoom.us>`,
        to: workAddr(k, cur),
        subject: bodies[0]!,
        date: k.date,
        body: k.paragraphs(bodies[1]),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-colleague-farewell-last-day',
    label: 'other',
    note: 'A colleague\'s goodbye at the candidate\'s current job ("today is my last day", "I\'ve accepted a role at X", farewell drinks) — trap: new role, company, start date',
    make(k) {
      const cur = k.company();
      const col = k.person(cur);
      const next = bizCo(k);
      const drinks = k.later(0, 3);
      const mentionNext = k.chance(0.6);
      return {
        from: k.addr(col),
        to: k.pick([
          `all-staff@${cur.domain}`,
          `team-${k.pick(['product', 'eng', 'ops', 'finance'])}@${cur.domain}`,
          workAddr(k, cur),
        ]),
        subject: k.pick([
          'Farewell and thank you!',
          'Last day 👋',
          `So long, and thanks for all the ${k.pick(['coffee', 'cake', 'memes'])}`,
          'Moving on',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick(['Hi all,', 'Hi everyone,', 'Dear colleagues,', 'Team,']),
          k.pick([
            `As some of you know, today is my last day at ${cur.name} after ${k.int(2, 9)} wonderful years.`,
            `I wanted to let you know that I'll be leaving ${cur.name} at the end of the week.`,
          ]),
          mentionNext
            ? k.pick([
                `I've accepted a new role as ${k.role()} at ${next.name}, and I start there next month.`,
                `I'm off to join ${next.name} — an opportunity I couldn't turn down.`,
              ])
            : "I'm taking some time off before my next adventure.",
          k.pick([
            "Thank you for all the support, the late-night launches and the terrible puns. I've learned so much from every one of you.",
            "It's been a privilege to work with such a kind and talented group.",
          ]),
          k.chance(0.6)
            ? `Farewell drinks at ${k.pick(['The Crown', 'Taproom 9', 'the usual place'])} on ${drinks.weekdayName} from ${clock(k, drinks.plusDays(0, 17, 30))} — all welcome!`
            : '',
          `Let's stay in touch: ${col.first.toLowerCase()}.${ascii(col.last).toLowerCase()}@${ascii(col.last).toLowerCase()}mail.example${k.chance(0.5) ? ' or on LinkedIn' : ''}.`,
          col.first,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-performance-review-cycle',
    label: 'other',
    note: 'Performance-review cycle at the CURRENT employer (Lattice/Culture Amp/Workday style): self-review due, review meeting scheduled, calibration (trap: review, assessment, meeting time)',
    make(k) {
      const cur = k.company();
      const mgr = k.person(cur);
      const due = k.later(3, 10);
      const meet = k.later(8, 15);
      const tool = k.pick(['Lattice', 'Culture Amp', 'Workday', '15Five', 'Leapsome']);
      const kind = k.pick(['self', 'meeting', 'peer'] as const);
      const text = {
        self: [
          `Action required: complete your self-review by ${due.date(k.locale === 'en-US' ? 'us-short' : 'uk-short')}`,
          `The ${k.pick(['H1', 'H2', 'mid-year', 'annual'])} review cycle has started. Please complete your self-assessment in ${tool} by ${day(k, due)}. Your manager, ${mgr.name}, will then write their review.`,
        ],
        meeting: [
          `Your performance review conversation with ${mgr.first}`,
          `${mgr.name} has scheduled your review conversation for ${day(k, meet)} at ${clock(k, meet)}. Please read your manager's feedback in ${tool} beforehand and come with your goals for next quarter.`,
        ],
        peer: [
          `${k.int(2, 4)} colleagues have asked you for peer feedback`,
          `You've been selected as a peer reviewer for ${k.person(cur).name} and ${k.person(cur).name}. Feedback is due ${day(k, due)}. Answers are shared with their manager.`,
        ],
      }[kind];
      return {
        from: `${tool} <notifications@${tool.toLowerCase().replace(/ /g, '')}.example>`,
        to: workAddr(k, cur),
        subject: text[0]!,
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          text[1],
          `Open ${tool}: https://${cur.slug}.${tool.toLowerCase().replace(/ /g, '')}.example/reviews/${k.token(8)}`,
          `— ${cur.name} People Team`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-payroll-hr-current-employer',
    label: 'other',
    note: 'Payroll/HR at the CURRENT employer via ADP, Paylocity, Workday or Rippling: payslip ready, tax form, direct deposit change, open enrolment (trap: HR systems also used for hiring)',
    make(k) {
      const cur = k.company();
      const sys = k.pick(['ADP', 'Paylocity', 'Workday', 'Rippling', 'Gusto', 'Paycom']);
      const kind = k.pick(['payslip', 'tax', 'deposit', 'enrol', 'expense'] as const);
      const period = day(k, k.sent.plusDays(-k.int(1, 5)));
      const text = {
        payslip: [
          'Your pay statement is ready',
          `Your pay statement for the period ending ${period} is now available. Net pay will be deposited on the scheduled pay date.`,
        ],
        tax: [
          `Your ${k.locale === 'en-GB' ? 'P60' : 'W-2'} is available`,
          `Your ${k.sent.year - 1} ${k.locale === 'en-GB' ? 'P60' : 'Form W-2'} from ${cur.name} is now available to view and download.`,
        ],
        deposit: [
          'Direct deposit change confirmation',
          `A change was made to your direct deposit account (ending ${k.digits(4)}). If you did not make this change, contact ${cur.name} HR immediately.`,
        ],
        enrol: [
          'Open enrollment starts now',
          `Benefits open enrollment for ${k.sent.year + 1} is open until ${day(k, k.later(8, 15))}. Review your medical, dental and vision elections — if you do nothing, your current elections roll over.`,
        ],
        expense: [
          'Expense report approved',
          `Your expense report "${k.pick(['Client dinner', 'Conference travel', 'Home office'])}" was approved by your manager and will be reimbursed in the next payroll.`,
        ],
      }[kind];
      return {
        from: `${cur.name} via ${sys} <${k.pick(['noreply', 'notifications', 'payroll'])}@${sys.toLowerCase()}.example>`,
        to: k.pick([k.candidate.email, workAddr(k, cur)]),
        subject: text[0]!,
        date: k.date,
        body: k.paragraphs(
          `Hello ${k.candidate.first},`,
          text[1],
          `Log in to ${sys} to view: https://${cur.slug}.${sys.toLowerCase()}.example/${k.token(8)}`,
          `${cur.name} Payroll & HR`,
          'This is an automated message. Please do not reply.',
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-linkedin-network-started-new-position',
    label: 'other',
    note: 'LinkedIn-style network update: "X started a new position as Role at Company", congratulate, several contacts (trap: role + company + "hired")',
    make(k) {
      const people = Array.from({ length: k.int(1, 4) }, () => ({
        p: k.person(),
        role: k.role(),
        co: bizCo(k).name,
      }));
      const first = people[0]!;
      return {
        from: k.pick([
          'LinkedIn <notifications-noreply@linkedin.com>',
          'LinkedIn <updates-noreply@linkedin.com>',
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `${first.p.name} started a new position as ${first.role} at ${first.co}`,
          `Congratulate ${first.p.first} on the new role`,
          `${people.length > 1 ? `${first.p.first} and ${people.length - 1} others` : first.p.first} in your network have career news`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${k.candidate.first}, see what's new with your network`,
          people
            .map(
              (x) =>
                `${x.p.name}\n${k.pick(['Started a new position', 'Was promoted to', 'Joined'])} ${x.role} at ${x.co}\n[Congratulate]`,
            )
            .join('\n\n'),
          k.chance(0.5)
            ? `${k.person().name} is celebrating ${k.int(2, 10)} years at ${bizCo(k).name}. Say congrats`
            : '',
          `You are receiving notifications about your network. Unsubscribe\n© ${k.sent.year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-internal-announcement-promotions-new-joiners',
    label: 'other',
    note: "Internal org announcement at the CURRENT employer: promotions, new joiners, reorg ('please welcome X who joins as Role', 'offer accepted' for a backfill) — trap: hiring words",
    make(k) {
      const cur = k.company();
      const exec = k.person(cur);
      const newbie = k.person(cur);
      const promo = k.person(cur);
      const nr = k.role();
      const pr = k.role();
      return {
        from: k.addr(exec),
        to: k.pick([
          `all@${cur.domain}`,
          `${k.pick(['engineering', 'commercial', 'operations', 'people'])}-all@${cur.domain}`,
        ]),
        subject: k.pick([
          'People announcements',
          'Welcome + congratulations',
          `Team update: ${k.pick(['new faces', 'org changes', 'promotions'])}`,
          'Please join me in welcoming…',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick(['Hi team,', 'All,', 'Hi everyone,']),
          k.pick([
            `Please join me in welcoming ${newbie.name}, who joins us ${k.pick(['today', 'on Monday'])} as ${nr}. ${newbie.first} comes to us from ${bizCo(k).name}, where ${k.pick(['she', 'he', 'they'])} led ${k.pick(['the platform team', 'regional sales', 'customer onboarding'])}.`,
            `I'm happy to share that our search for a ${nr} is complete — ${newbie.name} has accepted our offer and starts ${k.pick(['next week', 'on the 1st'])}. Thanks to everyone who interviewed!`,
          ]),
          k.pick([
            `I'm also delighted to announce that ${promo.name} has been promoted to ${pr}. Well deserved!`,
            `Congratulations to ${promo.name} on ${k.pick(['her', 'his', 'their'])} promotion to ${pr}.`,
          ]),
          k.chance(0.5)
            ? `Finally, a reminder that we're still hiring for several roles — referrals are always welcome via the internal jobs page.`
            : '',
          `${k.pick(['Thanks,', 'Cheers,', 'Best,'])}\n${exec.first}\n${k.pick(['VP Engineering', 'COO', 'Head of Operations', 'Chief People Officer'])}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-audition-casting-results',
    label: 'other',
    note: "Community theatre / orchestra / choir audition results: 'we are pleased to offer you the role of …', callbacks, not cast (traps for offer, interview, rejection)",
    make(k) {
      const troupe = k.pick([
        `${town(k)} Players`,
        `${town(k)} Amateur Dramatic Society`,
        `${town(k)} Light Opera Company`,
        'Riverside Community Theatre',
      ]);
      const show = k.pick([
        'Twelfth Night',
        'Guys and Dolls',
        'The Importance of Being Earnest',
        'Little Shop of Horrors',
        'the spring concert',
        'Our Town',
      ]);
      const part = k.pick([
        'Viola',
        'Nathan Detroit',
        'Lady Bracknell',
        'Audrey',
        'second violin (desk 3)',
        'the Stage Manager',
        'ensemble',
      ]);
      const outcome = k.pick(['cast', 'callback', 'not'] as const);
      const when = k.later(1, 6);
      const dir = k.person();
      const main = {
        cast: `Thank you for auditioning for ${show}. We are thrilled to offer you the role of ${part}! Please confirm whether you accept by replying to this email within 48 hours. The first read-through is on ${day(k, when)} at ${clock(k, when)}.`,
        callback: `Thanks for a great audition for ${show}. We'd like to invite you to callbacks for the role of ${part} on ${day(k, when)} at ${clock(k, when)}. Please prepare the sides attached.`,
        not: `Thank you so much for auditioning for ${show}. We had a huge turnout and unfortunately we are unable to offer you a part in this production. We hope you'll audition again for our next show!`,
      }[outcome];
      return {
        from: k.pick([`${dir.name} <${dir.email}>`, `${troupe} <casting@${brand(troupe)}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `${show} - casting`,
          `Audition results: ${show}`,
          `${troupe}: ${outcome === 'callback' ? 'callbacks' : 'cast list'}`,
          'Re: audition',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          main,
          `${k.pick(['Break a leg,', 'Warmly,', 'Best,'])}\n${dir.first}\n${k.pick(['Director', 'Musical Director', 'Casting'])}, ${troupe}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-conference-talk-proposal-decision',
    label: 'other',
    note: 'Conference call-for-papers decision: talk accepted / not selected / waitlisted, programme committee (trap: selection, rejection, "we received N submissions")',
    make(k) {
      const conf = `${k.pick(['DevHarbor', 'DataCamp North', 'PyLakes', 'UXFest', 'CloudSummit', 'FinOps Days'])} ${k.sent.year + (k.sent.month > 9 ? 1 : 0)}`;
      const title = k.pick([
        'Migrating a Monolith Without Downtime',
        'What We Learned From 1,000 User Interviews',
        'Accessible Charts for Everyone',
        'Feature Flags at Scale',
        'Cost-aware Data Pipelines',
      ]);
      const outcome = k.pick(['accepted', 'rejected', 'waitlist'] as const);
      const line = {
        accepted: `Congratulations! We're delighted to let you know that your proposal "${title}" has been accepted for ${conf}. Please confirm your participation in Sessionize by the end of next week.`,
        rejected: `Thank you for submitting "${title}" to ${conf}. We received over ${k.int(3, 12)}00 proposals this year, and unfortunately we were not able to include yours in the programme.`,
        waitlist: `Your proposal "${title}" has been placed on our waitlist for ${conf}. We'll let you know if a slot opens up.`,
      }[outcome];
      return {
        from: k.pick([
          `${conf} Program Committee <cfp@${brand(conf)}>`,
          `Sessionize <noreply@sessionize.com>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `${conf}: your session "${title}"`,
          `CFP decision - ${conf}`,
          `Your proposal to ${conf}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          line,
          outcome === 'rejected'
            ? 'This was a tough decision and does not reflect on the quality of your work. We hope you will submit again next year, and we would love to see you in the audience — use code SPEAKER20 for 20% off.'
            : 'Speakers receive a free conference pass and travel support on request.',
          `Thanks,\nThe ${conf} Program Committee`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-jury-service-summons',
    label: 'other',
    note: 'Jury service / civic duty: "you have been selected for jury service", questionnaire, report date and time (trap: selected, report at a fixed time, deferral "application")',
    make(k) {
      const court = `${k.pick(['Riverbend', 'Ashford', 'Kingsbridge', 'Moorland'])} ${k.pick(['County Superior Court', 'Crown Court', 'District Court'])}`;
      const when = k.later(15, 30);
      const juror = k.digits(9);
      return {
        from: `${court} Jury Services <jury@${brand(court)}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Jury Summons - Juror #${juror}`,
          'You have been selected for jury service',
          'Reminder: jury service reporting instructions',
          'Your deferral request',
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${k.candidate.name},`,
          k.pick([
            `You have been selected for jury service. Please report to ${court} on ${day(k, when)} at ${clock(k, when)}.`,
            `This is a reminder that your jury service begins on ${day(k, when)}. Check in at the Jury Assembly Room by ${clock(k, when)}.`,
            `Your application to defer jury service has been reviewed and approved. Your new service date is ${day(k, when)}.`,
          ]),
          k.pick([
            'Please complete the online juror questionnaire within 10 days. If you need to request an excusal, you must do so in writing.',
            'Your employer is required by law to allow you time off for jury service. A certificate of attendance can be provided for your employer.',
          ]),
          `Juror number: ${juror}`,
          'Failure to respond to a jury summons may result in a fine.',
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-exit-interview-leaving-current-job',
    label: 'other',
    note: 'HR at the employer the candidate is LEAVING: resignation acknowledged, exit interview booked at a fixed time, laptop return, final pay (trap: interview + time + HR)',
    make(k) {
      const cur = k.company();
      const hr = k.person(cur);
      const exitAt = k.later(2, 8);
      const lastDay = k.later(9, 15);
      return {
        from: k.addr(hr),
        to: workAddr(k, cur),
        subject: k.pick([
          'Your exit interview',
          'Leaver checklist + exit interview',
          'Re: Resignation',
          `Offboarding - ${k.candidate.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for letting us know about your decision to leave ${cur.name}. I can confirm your resignation has been accepted and your last working day will be ${day(k, lastDay)}.`,
            `Sorry to see you go! I've processed your resignation; your final day is ${day(k, lastDay)}.`,
          ]),
          k.pick([
            `I've booked a 30-minute exit interview for ${day(k, exitAt)} at ${clock(k, exitAt)}. It's a chance to share honest feedback about your time here — it's confidential and voluntary.`,
            `Would you be up for an exit interview? I've put one in for ${day(k, exitAt)}, ${clock(k, exitAt)} — feel free to move it.`,
          ]),
          `Before you go:\n- Return your laptop and badge to IT\n- Submit any outstanding expenses\n- Your final pay, including ${k.int(2, 12)} days of unused holiday, will be paid in the next payroll run`,
          k.signature(hr, k.pick(['HR Business Partner', 'People Operations Manager', 'HR Advisor']), cur),
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-pet-adoption-application-approved',
    label: 'other',
    note: "Animal shelter adoption application: approved, meet-and-greet at a fixed time, home check, or 'another family was chosen' (traps for application_received, offer, rejection)",
    make(k) {
      const shelter = `${town(k)} ${k.pick(['Animal Rescue', 'Humane Society', 'Rehoming Centre', 'Cat Sanctuary'])}`;
      const pet = k.pick(['Biscuit', 'Luna', 'Pepper', 'Milo', 'Olive', 'Rocket', 'Mabel']);
      const outcome = k.pick(['approved', 'received', 'other'] as const);
      const when = k.later(1, 5);
      const vol = k.person();
      const line = {
        approved: `Great news — your application to adopt ${pet} has been approved! We'd love for you to come in for a meet-and-greet on ${day(k, when)} at ${clock(k, when)}.`,
        received: `Thank you for your adoption application for ${pet}. Our team will review it within 3-5 days and may contact your landlord and vet as references.`,
        other: `Thank you so much for applying to adopt ${pet}. We had many wonderful applications and ${pet} has gone to another family whose home was a better match for ${k.pick(['her', 'his'])} needs. Your approved application stays on file for other animals.`,
      }[outcome];
      return {
        from: k.pick([`${shelter} <adopt@${brand(shelter)}>`, `${vol.name} <${vol.email}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Your application for ${pet}`,
          `Adoption update: ${pet} 🐾`,
          'Adoption application',
          `Re: ${pet}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          line,
          `${k.pick(['Paws crossed,', 'Thanks,', 'Warmly,'])}\n${vol.first}\n${k.pick(['Adoption Coordinator', 'Volunteer'])}, ${shelter}`,
        ),
        expected: nothing(),
      };
    },
  },
];

export const families: Family[] = [...received, ...alerts, ...everyday];
