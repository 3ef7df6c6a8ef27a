/**
 * Inbox families: application confirmations from every kind of sender, job-board alerts,
 * and everyday non-job mail (some of it dressed in job words) that must stay `other`.
 */
import {
  ascii,
  type Company,
  type Field,
  type Expected,
  type ExpectedPerson,
  type Family,
  type Kit,
  type Moment,
  type Person,
} from '../kit';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

/** The candidate as the To header shows them: bare address or "Name <address>". */
function to(k: Kit): string {
  return k.chance(0.55) ? k.addr(k.candidate) : k.candidate.email;
}

function exp(
  company: string | null,
  role: string | null,
  people: ExpectedPerson[] = [],
  decisionBy: string | null = null,
): Expected {
  return { company, role, interviewAt: null, decisionBy, people };
}

/** Nothing to extract: non-job mail. */
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

/** A company that could plausibly be a startup or small business (no hospitals, cities, universities). */
function smallCo(k: Kit): Company {
  for (;;) {
    const c = k.company();
    if (!/Hospital|University|City of|Group|Bank|Insurance|Holdings/.test(c.name)) return c;
  }
}

/** A small local business and a job it would advertise. */
function smallBiz(k: Kit): { company: Company; role: string } {
  const a = k.pick([
    'Harbor',
    'Sunny Side',
    'Maple',
    'Corner',
    'Riverside',
    'Golden',
    'Old Mill',
    'Hometown',
    'Bluebell',
    'Northgate',
  ]);
  const [kind, roles] = k.pick([
    ['Café', ['Barista', 'Kitchen Assistant', 'Shift Supervisor']],
    ['Bakery', ['Baker', 'Counter Assistant']],
    ['Dental Practice', ['Dental Nurse', 'Dental Hygienist', 'Receptionist']],
    ['Veterinary Clinic', ['Veterinary Nurse', 'Receptionist']],
    ['Hardware', ['Retail Sales Associate', 'Store Manager']],
    ['Accounting', ['Bookkeeper', 'Office Manager', 'Junior Accountant']],
    ['Landscaping', ['Landscape Gardener', 'Crew Lead']],
    ['Bistro', ['Line Cook', 'Server', 'Sous Chef']],
    ['Print Studio', ['Graphic Designer', 'Print Technician']],
    ['Physio Clinic', ['Physical Therapist', 'Clinic Coordinator']],
  ] as const);
  return { company: named(`${a} ${kind}`), role: k.pick(roles) };
}

function agencyCo(k: Kit): Company {
  return named(
    `${k.pick(['Harbour', 'Summit', 'Keystone', 'Bridgewater', 'Talentbridge', 'Northstar', 'Clearpath', 'Redwood'])} ${k.pick(['Recruitment', 'Talent', 'Search', 'Staffing', 'People', 'Resourcing'])}`,
  );
}

function publicCo(k: Kit): Company {
  const a = k.pick([
    'Riverbend',
    'Kingsbridge',
    'Moorland',
    'Fairview',
    'Ashford',
    'Westgate',
    'Pinecrest',
    'Stonebridge',
  ]);
  return named(
    k.pick([
      `City of ${a}`,
      `${a} County`,
      `${a} Community Hospital`,
      `${a} University`,
      `${a} Health NHS Trust`,
      `${a} School District`,
      `${a} Borough Council`,
    ]),
  );
}

function retailCo(k: Kit): Company {
  return named(
    `${k.pick(['Harbor', 'Sunny Side', 'Maple', 'Corner', 'Urban', 'Golden', 'Fresh Fields', 'Hometown'])} ${k.pick(['Market', 'Coffee', 'Grocers', 'Outfitters', 'Hardware', 'Pizza Co', 'Pharmacy', 'Fitness'])}`,
  );
}

/** A date the way the kit's current locale writes it. */
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

/** A clock time the way the kit's current locale writes it. */
function clock(k: Kit, m: Moment): string {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return m.time(k.pick(['us', 'us-lower', 'us-compact'] as const));
    case 'de':
      return k.chance(0.5) ? m.time('de') : m.time('24h');
    case 'fr':
      return m.time('fr');
    case 'es':
      return m.time('24h');
    default:
      return m.time(k.pick(['24h', 'us-lower', 'us-compact'] as const));
  }
}

/** The zone's short name as calendar mail prints it. */
function zoneName(m: Moment): string {
  const names: Record<number, string> = {
    [-480]: 'PST',
    [-420]: 'PDT',
    [-360]: 'CST',
    [-240]: 'EDT',
    0: 'GMT',
    330: 'IST',
    600: 'AEST',
    660: 'AEDT',
  };
  if (m.offset === -300) return m.month >= 4 && m.month <= 10 ? 'CDT' : 'EST';
  if (m.offset === 60) return m.month >= 4 && m.month <= 10 ? 'BST' : 'CET';
  if (m.offset === 120) return 'CEST';
  return names[m.offset] ?? 'GMT';
}

function ref(k: Kit): string {
  return k.pick([
    `R${k.digits(5)}`,
    `REQ-${k.digits(4)}`,
    `${k.sent.year}-${k.digits(4)}`,
    `JR${k.digits(6)}`,
    `#${k.digits(5)}`,
  ]);
}

function city(k: Kit): string {
  switch (k.locale) {
    case 'en-GB':
      return k.pick(['London', 'Manchester', 'Leeds', 'Bristol', 'Edinburgh', 'Birmingham', 'Glasgow']);
    case 'en-IN':
      return k.pick(['Bengaluru', 'Pune', 'Hyderabad', 'Gurugram', 'Chennai', 'Mumbai']);
    case 'en-AU':
      return k.pick(['Sydney NSW', 'Melbourne VIC', 'Brisbane QLD', 'Perth WA']);
    case 'en-CA':
      return k.pick(['Toronto, ON', 'Vancouver, BC', 'Ottawa, ON', 'Calgary, AB']);
    case 'de':
      return k.pick(['Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt am Main', 'Leipzig']);
    case 'fr':
      return k.pick(['Paris', 'Lyon', 'Nantes', 'Bordeaux', 'Lille', 'Toulouse']);
    case 'es':
      return k.pick(['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Málaga']);
    default:
      return k.pick([
        'Austin, TX',
        'Chicago, IL',
        'Denver, CO',
        'Seattle, WA',
        'Boston, MA',
        'Atlanta, GA',
        'New York, NY',
        'Columbus, OH',
        'Raleigh, NC',
      ]);
  }
}

const DE_ROLES = [
  'Softwareentwickler',
  'Projektmanager',
  'Werkstudent Marketing',
  'Sachbearbeiter Buchhaltung',
  'Vertriebsmitarbeiter Innendienst',
  'Personalreferent',
  'Data Analyst',
  'Product Owner',
  'Kaufmännischer Assistent',
];
const FR_ROLES = [
  'Chef de projet digital',
  'Développeur Full Stack',
  'Chargé de recrutement',
  'Comptable',
  'Assistant commercial',
  'Data Analyst',
  'Responsable marketing',
];
const ES_ROLES = [
  'Desarrollador Backend',
  'Técnico de Marketing',
  'Administrativo contable',
  'Dependiente',
  'Analista de Datos',
  'Jefe de Proyecto',
  'Atención al Cliente',
];

/** A line or two of job-board listing for one job. */
interface Job {
  company: string;
  role: string;
  where: string;
}

function jobs(k: Kit, n: number, field?: Field): Job[] {
  const out: Job[] = [];
  for (let i = 0; i < n; i++) {
    const mode = k.pick(['Remote', 'Hybrid', 'On-site', '', '']);
    out.push({
      company: (k.chance(0.6) ? smallCo(k) : k.company()).name,
      role: k.role(
        field && k.chance(0.85)
          ? field
          : k.pick(['engineering', 'business', 'design', 'data', 'product'] as const),
      ),
      where: mode ? `${city(k)} (${mode})` : city(k),
    });
  }
  return out;
}

function an(word: string): string {
  return /^[AEIOU]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function salary(k: Kit): string {
  switch (k.locale) {
    case 'en-GB':
      return `£${k.int(28, 85)},000 - £${k.int(86, 110)},000 a year`;
    case 'en-IN':
      return `₹${k.int(6, 30)},00,000 a year`;
    case 'en-AU':
      return `$${k.int(80, 140)},000 - $${k.int(141, 190)},000 a year`;
    case 'de':
    case 'fr':
    case 'es':
      return `${k.int(38, 70)}.000 € - ${k.int(71, 95)}.000 € pro Jahr`;
    default:
      return k.pick([
        `$${k.int(18, 32)} an hour`,
        `$${k.int(60, 120)},000 - $${k.int(121, 190)},000 a year`,
        `From $${k.int(45, 90)},000 a year`,
      ]);
  }
}

function portalHello(k: Kit): string {
  return k.pick([
    `Hi ${k.candidate.first},`,
    `Dear ${k.candidate.first},`,
    `Hello ${k.candidate.name},`,
    `Dear ${k.candidate.name},`,
    `${k.candidate.first},`,
  ]);
}

// ---------------------------------------------------------------------------------------
// application_received

const received: Family[] = [
  {
    id: 'workday-application-received-req-id',
    label: 'application_received',
    note: 'Workday confirmation: job title with requisition id, candidate home link, unmonitored mailbox',
    make(k) {
      const company = k.company();
      const system = k.system('workday');
      const role = k.role();
      const req = ref(k);
      const titled = k.pick([`${role} (${req})`, `${req} ${role}`, `${role} - ${req}`, role]);
      return {
        from: k.pick([system.from(company), `${company.name} Careers <${company.slug}@myworkday.com>`]),
        to: to(k),
        subject: k.pick([
          `Thank you for applying to ${company.name}`,
          `${company.name}: Application Received - ${titled}`,
          `Your application for ${titled}`,
          `Application Confirmation`,
          `We have received your application!`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          portalHello(k),
          k.pick([
            `Thank you for applying for the ${titled} position at ${company.name}. We have received your application and our recruiting team will review your qualifications.`,
            `Thank you for your interest in ${company.name}! This email confirms that your application for ${titled} was successfully submitted.`,
            `We're excited that you have applied to the ${titled} role. Your submission has been received.`,
          ]),
          k.pick([
            'If your skills and experience match the requirements of the role, a member of our Talent Acquisition team will contact you to discuss next steps.',
            'Due to the high volume of applications, we are only able to contact candidates whose background best fits the position.',
            'Should your profile be selected for further consideration, you will hear from us directly.',
            'Our team reviews every application carefully. You can expect to hear from us in the coming weeks.',
          ]),
          k.pick([
            `You can check the status of your application at any time by signing in to your Candidate Home account:\n${system.link(company, k.token(10))}`,
            `To review your application status, log in to your candidate account: ${system.link(company, k.token(10))}`,
            `Candidate Home: ${system.link(company, k.token(10))}`,
          ]),
          k.chance(0.4)
            ? `We also invite you to explore other opportunities at ${company.name} and join our Talent Community.`
            : '',
          k.pick([
            `Best regards,\n${company.name} Talent Acquisition`,
            `Sincerely,\nThe ${company.name} Recruiting Team`,
            `Thank you,\n${company.name} Careers`,
          ]),
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'greenhouse-thanks-for-applying-short',
    label: 'application_received',
    note: 'Greenhouse startup confirmation: short and warm, sometimes an emoji, reviewed-by-a-human line',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse');
      const role = k.role(k.pick(['engineering', 'design', 'product', 'data', undefined]));
      return {
        from: k.pick([
          system.from(company),
          `${company.name} Recruiting <no-reply@us.greenhouse-mail.io>`,
          `${company.name} via Greenhouse <no-reply@us.greenhouse-mail.io>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Thank you for applying to ${company.name}`,
          `Thanks for applying to ${company.name}!`,
          `Thanks for your application - ${role}`,
          `${company.name} | ${role} application`,
          `Application received: ${role} at ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for applying to ${company.name}! Your application for the ${role} role has been received${k.chance(0.3) ? ' 🎉' : '.'}`,
            `Thank you for your interest in ${company.name}. We've received your application for ${role} and wanted to let you know it landed safely.`,
            `We just wanted to say thanks for applying for our ${role} opening.`,
          ]),
          k.pick([
            `Our hiring team is reviewing applications and will reach out if your experience is a match. Every application is read by a real person${k.chance(0.5) ? ' (promise!)' : '.'}`,
            `We'll review your background and get back to you if there's a fit. If you don't hear from us, know that we appreciate the time you took to apply.`,
            `A member of our team will review your application. If we'd like to move forward, we'll be in touch about next steps.`,
            `Please note that because of the number of applications we receive, only shortlisted candidates will be contacted.`,
          ]),
          k.chance(0.4)
            ? k.pick([
                `In the meantime, feel free to check out our blog or follow us on LinkedIn to learn more about life at ${company.name}.`,
                `While you wait, here's a little more about how we work: ${k.trackingLink(company)}`,
              ])
            : '',
          k.pick([
            `Best,\nThe ${company.name} Team`,
            `Cheers,\n${company.name} Recruiting`,
            `Thanks again,\n${company.name} Talent`,
          ]),
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'lever-application-submitted-note',
    label: 'application_received',
    note: 'Lever confirmation, often signed by a named recruiter but sent from the system',
    make(k) {
      const company = k.company();
      const system = k.system('lever');
      const role = k.role();
      const recruiter = k.person(company);
      const signed = k.chance(0.5);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Thank you for your application to ${company.name}`,
          `${company.name} - ${role}`,
          `Your application to ${company.name}`,
          `We received your application for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for your interest in ${company.name}! We wanted to let you know we received your application for ${role}, and we are delighted that you would consider joining our team.`,
            `Thanks for applying to the ${role} position. This note confirms we have your application.`,
            `We've received your application for ${role} at ${company.name} — thanks for thinking of us.`,
          ]),
          k.pick([
            'Our team will review your application and will be in touch if your qualifications match our needs for the role.',
            `We're reviewing applications on a rolling basis, and someone from our team will follow up within ${k.pick(['one to two weeks', 'the next few weeks', '10 business days'])} either way.`,
            'If you are selected to move forward, a recruiter will reach out to schedule an initial conversation.',
          ]),
          k.chance(0.3) ? 'If you have questions in the meantime, simply reply to this email.' : '',
          signed
            ? k.signature(
                recruiter,
                k.pick(['Recruiter', 'Talent Partner', 'Technical Recruiter', 'People Operations']),
                company,
                false,
              )
            : `Regards,\n${company.name}`,
          k.footer(company, system),
        ),
        expected: exp(company.name, role, signed ? [who(recruiter, 'recruiter', false)] : []),
      };
    },
  },
  {
    id: 'icims-received-formal-job-id',
    label: 'application_received',
    note: 'iCIMS corporate confirmation: formal, job id line, EEO blurb, portal login',
    make(k) {
      const company = k.company();
      const system = k.system('icims');
      const role = k.role(k.pick(['business', 'care', 'service', 'engineering', undefined]));
      const id = `${k.sent.year}-${k.digits(5)}`;
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Your application has been received - ${role} (${id})`,
          `${company.name} Application Confirmation`,
          `Thank you for applying: ${role}`,
          `Job ID ${id} - Application Received`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          k.pick([
            `Thank you for applying for the ${role} position (Job ID: ${id}) with ${company.name}.`,
            `This message confirms that we have received your application for ${role}, requisition ${id}.`,
            `Thank you for your interest in employment with ${company.name}. Your application for the position below has been successfully submitted.\n\nPosition: ${role}\nJob ID: ${id}\nLocation: ${city(k)}`,
          ]),
          k.pick([
            'We will carefully review your qualifications. If your background is a fit for the position, a recruiter will contact you regarding the next steps in the selection process.',
            'Your application will be reviewed by the recruiting team. Please be aware that only candidates selected for interview will be contacted.',
            'Our recruitment team is reviewing all applications. Should you be selected for further consideration, we will contact you by phone or email.',
          ]),
          k.chance(0.5)
            ? `You may log in to the career portal at any time to view or update your profile: ${system.link(company, k.digits(5))}`
            : '',
          k.chance(0.4)
            ? `${company.name} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, national origin, disability or veteran status.`
            : '',
          `Sincerely,\n${company.name} ${k.pick(['Talent Acquisition', 'Human Resources', 'Recruitment Team'])}`,
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'smartrecruiters-successfully-submitted',
    label: 'application_received',
    note: 'SmartRecruiters: "successfully submitted" with a status-tracking button, bullet of what happens next',
    make(k) {
      const company = k.company();
      const system = k.system('smartrecruiters');
      const role = k.role();
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Thank you for applying to ${role} at ${company.name}`,
          `Your application to ${company.name} was submitted`,
          `${company.name} - Application confirmation for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `Your application for ${role} has been successfully submitted to ${company.name}.`,
            `We have successfully received your application for the ${role} position.`,
            `Great news - your application for ${role} is in!`,
          ]),
          k.pick([
            `What happens next?\n• Our team will review your profile\n• If there's a match, we'll contact you to arrange the next steps\n• You can follow the status of your application online`,
            `What's next: the hiring team at ${company.name} will review your application. We'll notify you of any updates.`,
            `Next steps: A recruiter will review your application shortly. If your experience matches what we are looking for, we will reach out.`,
          ]),
          `[Track your application] ${system.link(company, k.token(12))}`,
          k.pick([
            `Good luck!\n${company.name} Recruiting Team`,
            `Kind regards,\nThe ${company.name} hiring team`,
          ]),
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'ashby-startup-casual-confirmation',
    label: 'application_received',
    note: 'Ashby startup confirmation signed by a founder or head of talent, casual tone',
    make(k) {
      const company = smallCo(k);
      const system = k.system('ashby');
      const role = k.role(k.pick(['engineering', 'design', 'product', 'data']));
      const person = k.person(company, 'first');
      const title = k.pick(['Co-founder & CEO', 'Head of Talent', 'Founding Recruiter', 'CTO']);
      const fromPerson = k.chance(0.5);
      const isHm = title === 'CTO' || title.startsWith('Co-founder');
      return {
        from: fromPerson ? `${person.name} at ${company.name} <no-reply@ashbyhq.com>` : system.from(company),
        to: to(k),
        subject: k.pick([
          `Thanks for applying to ${company.name}`,
          `${company.name} x ${k.candidate.first}`,
          `Re: ${role} application`,
          `Got it! ${role} @ ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hey ${k.candidate.first}!`, `Hi ${k.candidate.first},`, `${k.candidate.first} 👋`]),
          k.pick([
            `Thanks for applying for the ${role} role at ${company.name}. We're a small team, so every application gets read by ${k.pick(['me', 'one of the founders', 'someone on the team'])} personally.`,
            `Just confirming we got your application for ${role}. Genuinely appreciate you taking the time.`,
            `Your application for ${role} came through — thank you! We're building something we're really excited about and love meeting people who are too.`,
          ]),
          k.pick([
            `We aim to get back to everyone within ${k.pick(['a week', 'two weeks', '5 business days'])}, whatever the outcome.`,
            "If it looks like a fit, we'll send over a link to grab time for an intro chat.",
            "I'll be going through applications this week and will be in touch either way.",
          ]),
          `${k.pick(['Talk soon,', 'Cheers,', 'Best,'])}\n${person.first}\n${title}, ${company.name}`,
          system.footer(company),
        ),
        expected: exp(company.name, role, [
          {
            name: fromPerson ? person.name : person.first,
            email: null,
            phone: null,
            role: isHm ? 'hiring_manager' : 'recruiter',
          },
        ]),
      };
    },
  },
  {
    id: 'taleo-confirmation-of-submission-legacy',
    label: 'application_received',
    note: 'Taleo legacy confirmation: caps-heavy subject, job number, long legal text',
    make(k) {
      const company = k.company();
      const system = k.system('taleo');
      const role = k.role();
      const num = k.digits(6);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Confirmation of Your Application Submission`,
          `${company.name} - Job Submission Confirmation - ${role}`,
          `CONFIRMATION: ${role.toUpperCase()} (${num})`,
          `Job Submission - ${role} - ${num}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          system.footer(company),
          k.hello(true),
          k.pick([
            `Thank you for submitting your application for the position of ${role} (Job Number: ${num}). Your application has been received and will be reviewed for consideration.`,
            `Thank you for applying to the job: ${role}, Job Number ${num}.`,
            `We have received your job submission for ${role} (${num}). We thank you for your interest in ${company.name}.`,
          ]),
          k.pick([
            'A recruiter will review your qualifications against the requirements of the position. If there is a match, you will be contacted to discuss the next steps of the hiring process.',
            'Please note that due to the high volume of applications, we regret that we can only respond to those candidates selected for further consideration.',
            'We will be in contact with you if your qualifications meet the needs of the position.',
          ]),
          k.chance(0.5) ? `To access your candidate profile, log in at: ${system.link(company, num)}` : '',
          `Sincerely,\n${k.pick(['Human Resources', 'Talent Acquisition Team', 'Staffing Department'])}\n${company.name}`,
          k.chance(0.5)
            ? `This email and any attachments are confidential. If you are not the intended recipient, please notify the sender and delete this email.`
            : '',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'successfactors-application-received-european',
    label: 'application_received',
    note: 'SuccessFactors confirmation from a European company, English, req id in brackets',
    make(k) {
      k.as(k.pick(['en-GB', 'de', 'fr'] as const));
      const english = k.locale === 'en-GB' || k.chance(0.6);
      const company = k.company();
      const system = k.system('successfactors');
      const role = k.role();
      const req = k.digits(5);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Application Received: ${role} (${req})`,
          `Your application at ${company.name}`,
          `Thank you for your application - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          english ? k.hello(true) : `Dear ${k.candidate.name},`,
          k.pick([
            `Thank you for applying for the position of ${role} (Job Req ID ${req}) at ${company.name}. We confirm receipt of your application.`,
            `We are pleased to confirm that your application for the position ${role} (${req}) has been received.`,
            `Many thanks for your application for ${role}. We have received your documents and will review them carefully.`,
          ]),
          k.pick([
            'We will review your application and contact you as soon as possible regarding the next steps.',
            `We will come back to you ${k.pick(['within the next three weeks', 'after the closing date of the advertisement', 'as soon as we have reviewed all applications'])}.`,
            'Please do not hesitate to contact us if you have any questions.',
          ]),
          k.chance(0.5)
            ? `Your personal data will be processed in accordance with our data privacy statement. You can withdraw your application at any time via the career portal.`
            : '',
          `Kind regards\nYour ${company.name} Recruiting Team`,
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'jobvite-thank-you-for-interest',
    label: 'application_received',
    note: 'Jobvite: "Thank you for your interest" subject, receipt in the body; trap: reads like a rejection opener',
    make(k) {
      const company = k.company();
      const system = k.system('jobvite');
      const role = k.role();
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Thank you for your interest in ${company.name}`,
          `Thank you for your interest - ${role}`,
          `${company.name} Careers - Thanks for applying`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for your interest in the ${role} position at ${company.name}. We have received your application and look forward to reviewing it.`,
            `Thank you for your interest in ${company.name}. This is to confirm we received your resume for ${role}.`,
          ]),
          k.pick([
            'Our recruiting team will review your qualifications, and if they align with the role we will be in touch to schedule a conversation.',
            'We review every application we receive. If your skills match our needs, a member of our team will contact you.',
            `While we can't respond to every applicant individually, please know that your application will be considered.`,
          ]),
          k.pick([
            'We appreciate your interest and wish you luck!',
            'Thanks again for considering a career with us.',
            '',
          ]),
          `${k.pick(['Regards,', 'Sincerely,', 'Best regards,'])}\n${company.name} ${k.pick(['Recruiting', 'Talent Acquisition', 'People Team'])}`,
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'bamboohr-small-company-thanks',
    label: 'application_received',
    note: 'BambooHR small-company confirmation signed by the owner or office manager',
    make(k) {
      const { company, role } = k.chance(0.5)
        ? smallBiz(k)
        : { company: smallCo(k), role: k.role(k.pick(['business', 'data', 'design'] as const)) };
      const system = k.system('bamboohr');
      const p = k.person(company);
      const title = k.pick(['Office Manager', 'Owner', 'HR Manager', 'Operations Director']);
      const signed = k.chance(0.6);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Thanks for applying!`,
          `Thank you for applying to ${company.name}`,
          `${role} application received`,
          `Your application for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for your interest in the ${role} position at ${company.name}. We've received your application and will be reviewing it shortly.`,
            `Thank you for applying for our ${role} opening! We got your application and we appreciate your interest in joining our team.`,
            `We have received your application for ${role}. Thank you for taking the time to apply.`,
          ]),
          k.pick([
            "If your qualifications fit what we're looking for, we'll give you a call or send an email to set up a time to talk.",
            'We will contact you if we would like to learn more.',
            `We're hoping to fill this position ${k.pick(['quickly', 'by the end of the month', 'soon'])}, so expect to hear from us if you're selected for an interview.`,
          ]),
          signed ? `Thanks again,\n${p.name}\n${title}\n${company.name}` : `Thanks again,\n${company.name}`,
          system.footer(company),
        ),
        expected: exp(
          company.name,
          role,
          signed ? [who(p, title === 'Owner' ? 'hiring_manager' : 'recruiter', false)] : [],
        ),
      };
    },
  },
  {
    id: 'teamtailor-we-got-it-friendly',
    label: 'application_received',
    note: 'Teamtailor: playful "we got it" confirmation with employer-branding links and a connect section',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-US', 'de'] as const));
      const company = smallCo(k);
      const system = k.system('teamtailor');
      const role = k.role();
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `We've received your application 🙌`,
          `Thanks for your application, ${k.candidate.first}!`,
          `${role} at ${company.name}: application received`,
          `Your application to ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick([`Hi ${k.candidate.first}!`, `Hey ${k.candidate.first},`, `Hello ${k.candidate.first},`]),
          k.pick([
            `Thank you so much for applying for the position as ${role} here at ${company.name}! We have received your application and we'll get back to you as soon as we can.`,
            `Woohoo - your application for ${role} has landed in our inbox. Thank you for wanting to join ${company.name}!`,
            `We just wanted to let you know that we have received your application for ${role}.`,
          ]),
          k.pick([
            `Our recruitment process usually takes ${k.int(2, 5)} weeks. We review applications continuously, so don't wait too long if you have more to add.`,
            "We'll review your application and let you know about next steps, regardless of the outcome.",
            'Sit tight! A member of the team will go through your application soon.',
          ]),
          k.chance(0.5)
            ? `Meanwhile, get to know us better on our career site: ${system.link(company, k.token(6))}`
            : '',
          `${k.pick(['All the best,', 'Warm regards,', 'Best wishes,'])}\n${company.name}`,
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'personio-eingangsbestaetigung-de',
    label: 'application_received',
    note: 'German Personio confirmation (Eingangsbestätigung), role with (m/w/d), Sie form',
    make(k) {
      k.as('de');
      const company = k.company();
      const system = k.system('personio', 'successfactors', 'own');
      const role = k.pick(DE_ROLES);
      const titled = k.chance(0.6) ? `${role} (m/w/d)` : role;
      const p = k.person(company);
      const signed = k.chance(0.5);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Ihre Bewerbung als ${titled}`,
          `Eingangsbestätigung Ihrer Bewerbung`,
          `Vielen Dank für Ihre Bewerbung bei ${company.name}`,
          `Bewerbung ${titled} - Eingangsbestätigung`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Sehr geehrte/r ${k.candidate.name},`,
            `Hallo ${k.candidate.first},`,
            `Guten Tag ${k.candidate.name},`,
            `Liebe/r ${k.candidate.first},`,
          ]),
          k.pick([
            `vielen Dank für Ihre Bewerbung als ${titled} und Ihr Interesse an ${company.name}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.`,
            `herzlichen Dank für Ihre Bewerbung! Ihre Unterlagen für die Position ${titled} sind bei uns eingegangen.`,
            `wir haben Ihre Bewerbung für die Stelle ${titled} erhalten und freuen uns über Ihr Interesse.`,
          ]),
          k.pick([
            'Wir werden Ihre Unterlagen sorgfältig prüfen und melden uns schnellstmöglich bei Ihnen.',
            `Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann. Sie hören spätestens in ${k.int(2, 4)} Wochen von uns.`,
            'Sobald wir alle Bewerbungen gesichtet haben, kommen wir auf Sie zu.',
          ]),
          k.chance(0.4) ? 'Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung.' : '',
          signed
            ? `Mit freundlichen Grüßen\n${p.name}\n${k.pick(['HR Business Partner', 'Recruiting', 'Personalabteilung'])}\n${company.name}`
            : `Mit freundlichen Grüßen\nIhr ${company.name} Recruiting-Team`,
          system.footer(company),
        ),
        expected: exp(company.name, role, signed ? [who(p, 'recruiter', false)] : []),
      };
    },
  },
  {
    id: 'workable-application-sent-account',
    label: 'application_received',
    note: 'Workable: "your application was sent", candidate account pitch, short',
    make(k) {
      const company = k.company();
      const system = k.system('workable');
      const role = k.role();
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Thanks for applying to ${company.name}`,
          `Your application for ${role} was submitted`,
          `${company.name}: we received your application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick([`Hi ${k.candidate.first},`, `Hello ${k.candidate.first},`]),
          k.pick([
            `Your application for the ${role} job was submitted successfully. Here's a copy of your application data for safekeeping:`,
            `We've received your application for ${role} at ${company.name}.`,
          ]) +
            (k.chance(0.5)
              ? `\n\nName: ${k.candidate.name}\nEmail: ${k.candidate.email}\nPhone: ${k.candidate.phone}\nResume: ${k.candidate.last}_CV.pdf`
              : ''),
          k.pick([
            'The hiring team will review your application and get in touch if you are selected to move forward.',
            `${company.name} will be in touch soon. Good luck!`,
            '',
          ]),
          k.chance(0.4)
            ? `Create a Workable account to track all your job applications in one place: https://jobs.workable.com/signup?ref=${k.token(8)}`
            : '',
          `${company.name} hiring team`,
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'recruitee-application-received-nl-style',
    label: 'application_received',
    note: 'Recruitee confirmation from a European scale-up, plain English by non-native writer',
    make(k) {
      k.as(k.pick(['en-GB', 'de', 'fr', 'es'] as const));
      const company = smallCo(k);
      const system = k.system('recruitee');
      const role = k.role();
      const p = k.person(company, 'first');
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Application received: ${role}`,
          `${company.name} - thank you for applying`,
          `We got your application for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${k.candidate.first},`,
          k.pick([
            `Thank you for your application for the position of ${role}. We have well received your CV and motivation.`,
            `Many thanks for applying to ${company.name} for the function of ${role}. Hereby we confirm we received your application.`,
            `Thank you for your interest in working at ${company.name} as ${role}!`,
          ]),
          k.pick([
            `We will look at it carefully and come back to you within ${k.int(5, 10)} working days.`,
            'In case your profile fits, we will invite you for a first meeting. Otherwise you will also hear from us.',
            'We strive to reply to every candidate, so you will hear from us in any case.',
          ]),
          `Kind regards,\n${p.first}\n${company.name}`,
          system.footer(company),
        ),
        expected: exp(company.name, role, [{ name: p.first, email: null, phone: null, role: 'recruiter' }]),
      };
    },
  },
  {
    id: 'own-careers-site-reference-number',
    label: 'application_received',
    note: "Company's own careers site: application reference number, summary table, profile link",
    make(k) {
      const company = k.company();
      const system = k.system('own');
      const role = k.role();
      const refNo = `${k.pick(['APP', 'CAND', 'A'])}-${k.digits(7)}`;
      return {
        from: k.pick([
          system.from(company),
          `${company.name} Recruitment <recruitment@${company.domain}>`,
          `noreply@jobs.${company.domain}`,
        ]),
        to: to(k),
        subject: k.pick([
          `Application ${refNo} received`,
          `Your ${company.name} application (Ref: ${refNo})`,
          `Confirmation: ${role}`,
          `${company.name} Careers: we've got your application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          portalHello(k),
          k.pick([
            `Thank you for applying to ${company.name}. Here is a summary of your application:`,
            'Your application has been submitted. Please keep this email for your records.',
            `We confirm receipt of your application. Details below.`,
          ]),
          `Reference: ${refNo}\nPosition: ${role}\nLocation: ${city(k)}\nSubmitted: ${k.sent.date(k.locale === 'en-US' ? 'us-numeric' : 'uk-numeric')} ${k.sent.time('24h')}`,
          k.pick([
            `Applications are reviewed after the closing date. If you are shortlisted we will contact you to arrange an interview.`,
            `We aim to respond to all applications within ${k.int(2, 4)} weeks.`,
            `If you do not hear from us within 30 days, please assume that your application has not been successful on this occasion.`,
          ]),
          `View your application: ${system.link(company, refNo.toLowerCase())}`,
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'indeed-apply-application-submitted',
    label: 'application_received',
    note: 'Indeed Apply: "Application submitted" to an employer, with the items sent and similar jobs below',
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['service', 'business', 'care', undefined]));
      const where = city(k);
      const similar = jobs(k, k.int(0, 3));
      return {
        from: k.pick(['Indeed Apply <indeedapply@indeed.com>', 'Indeed <no-reply@indeed.com>']),
        to: k.candidate.email,
        subject: k.pick([
          `Indeed Application: ${role}`,
          `Application submitted: ${role} at ${company.name}`,
          `Your application has been submitted`,
          `${role} - ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick(['Application submitted', `Your application has been submitted`, `✔ Application submitted`]),
          `${role}\n${company.name} - ${where}`,
          k.pick([
            `The following items were sent to ${company.name}. Good luck!\n• Application\n• Resume${k.chance(0.5) ? '\n• Cover letter' : ''}`,
            `${company.name} has received your application. You can track it in My jobs.`,
            `Your application was sent to ${company.name}. If the employer is interested, they may contact you through Indeed or by email.`,
          ]),
          k.chance(0.5)
            ? `Next steps\n• The employer or job advertiser may reach out to you about your application.\n• Keep your phone nearby and check your messages.`
            : '',
          similar.length
            ? `Jobs you may also like\n${similar.map((j) => `${j.role}\n${j.company} - ${j.where}`).join('\n\n')}`
            : '',
          `My jobs: https://www.indeed.com/myjobs?from=${k.token(8)}`,
          `© ${k.sent.year} Indeed - Do not share this email. Privacy | Unsubscribe`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'linkedin-easy-apply-sent-to',
    label: 'application_received',
    note: 'LinkedIn Easy Apply: "your application was sent to X", job card, applied-on date',
    make(k) {
      const company = k.company();
      const role = k.role();
      const mode = k.pick(['(Hybrid)', '(Remote)', '(On-site)', '']);
      return {
        from: 'LinkedIn <jobs-noreply@linkedin.com>',
        to: to(k),
        subject: k.pick([
          `${k.candidate.first}, your application was sent to ${company.name}`,
          `Your application was sent to ${company.name}`,
          `You applied for ${role} at ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Your application was sent to ${company.name}`,
          `[image: ${company.name}]\n${role}\n${company.name} · ${city(k)} ${mode}`.trim(),
          `Applied on ${k.sent.date('us-long')}`,
          k.pick([
            'View similar jobs to stay ahead in your search.',
            `Now, take these steps to stand out to ${company.name}`,
            'Your profile, resume and contact info were shared with the job poster.',
          ]),
          k.chance(0.5) ? `See more jobs: https://www.linkedin.com/comm/jobs/search?trk=${k.token(12)}` : '',
          `This email was intended for ${k.candidate.name}. Learn why we included this.\n© ${k.sent.year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\nUnsubscribe · Help`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'job-board-you-applied-with-next-steps',
    label: 'application_received',
    note: 'Other job boards (Glassdoor, ZipRecruiter, Reed, Seek style): you applied, with a list of similar jobs (trap: looks like an alert)',
    make(k) {
      const board = k.pick([
        ['Glassdoor', 'noreply@glassdoor.com'],
        ['ZipRecruiter', 'alerts@ziprecruiter.com'],
        ['Reed.co.uk', 'jobs@reed.co.uk'],
        ['SEEK', 'noreply@s.seek.com.au'],
        ['Welcome to the Jungle', 'hello@welcometothejungle.com'],
        ['Otta', 'team@otta.com'],
      ] as const);
      if (board[0] === 'Reed.co.uk') k.as('en-GB');
      if (board[0] === 'SEEK') k.as('en-AU');
      const company = k.company();
      const role = k.role();
      const more = jobs(k, k.int(2, 4));
      return {
        from: `${board[0]} <${board[1]}>`,
        to: to(k),
        subject: k.pick([
          `You applied to ${company.name}`,
          `Application sent: ${role}`,
          `Your application for ${role} has been sent to ${company.name}`,
          `Thanks for applying to ${role} with ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Your application for ${role} at ${company.name} has been sent. The employer will be in touch if they'd like to progress your application.`,
            `Great job! You applied to ${role} at ${company.name}. We've passed your CV on to the employer.`,
            `We've sent your application to ${company.name} for the role of ${role} (${city(k)}).`,
          ]),
          k.pick([
            'Tip: employers often respond within 1-2 weeks.',
            'What happens now? The recruiter will review your application and contact you directly.',
            '',
          ]),
          `${k.pick(['Similar jobs you might like', 'People who applied to this job also applied to', 'Keep the momentum going'])}:\n${more.map((j) => `- ${j.role}, ${j.company} (${j.where})`).join('\n')}`,
          `You're receiving this because you applied through ${board[0]}. Manage notifications: https://${board[0].toLowerCase().replace(/[^a-z]/g, '')}.example/settings`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'small-business-owner-got-your-cv',
    label: 'application_received',
    note: 'Owner of a small business replying by hand: got your CV, will look, no decision; sometimes quoting the application',
    make(k) {
      const { company, role } = smallBiz(k);
      const owner = k.person(company, k.pick(['first', 'first.last'] as const));
      const personal = k.chance(0.4);
      const from = personal
        ? {
            ...owner,
            email: `${owner.first.toLowerCase()}${k.digits(2)}@${k.pick(['fastmail', 'webmail', 'postbox'])}.example`,
          }
        : owner;
      const withPhone = k.chance(0.4);
      const body = k.paragraphs(
        k.pick([
          `Hi ${k.candidate.first}`,
          `Hello ${k.candidate.first},`,
          `${k.candidate.first} -`,
          'Hi there,',
        ]),
        k.pick([
          `Got your CV, thanks! I'll have a proper look over the weekend and get back to you.`,
          `thanks for your interest in the ${role.toLowerCase()} job. I have your resume and will go through everything this week.`,
          `Thank you for applying for the ${role} position at ${company.name}, received your application ok.`,
          `Thanks for sending this over. We've had quite a few replies to the ad so bear with me, but I will be in touch either way.`,
        ]),
        k.pick([
          `I'm looking to have someone start ${k.pick(['in the next few weeks', 'before the summer', 'asap'])} so won't keep you waiting long.`,
          'If it looks like a good fit I will call you to arrange a chat.',
          '',
        ]),
        withPhone ? `If you need me in the meantime my number is ${owner.phone}.` : '',
        `${k.pick(['Thanks', 'Cheers', 'Best', 'Regards'])}\n${owner.first}${k.chance(0.5) ? `\n${company.name}` : ''}`,
        k.chance(0.4)
          ? k.quote(
              `Hello,\n\nI saw your advert for a ${role} and would like to apply. Please find my CV attached.\n\nKind regards,\n${k.candidate.name}`,
              k.candidate,
              k.sent.plusDays(-1),
            )
          : '',
      );
      const named = body.includes(company.name);
      return {
        from: k.addr(from),
        to: k.candidate.email,
        subject: k.pick([
          `Re: ${role} position`,
          `Re: Application for ${role}`,
          `Re: ${role} - ${k.candidate.name}`,
          `Re: job ad`,
          `Your application`,
        ]),
        date: k.date,
        body,
        expected: exp(named ? company.name : null, role, [
          {
            name: owner.name,
            email: from.email,
            phone: withPhone ? owner.phone : null,
            role: 'hiring_manager',
          },
        ]),
      };
    },
  },
  {
    id: 'recruiter-hand-reply-received-resume',
    label: 'application_received',
    note: 'In-house recruiter writes personally: thanks for the resume, will review with the team, nothing decided',
    make(k) {
      const company = k.company();
      const role = k.role();
      const r = k.person(company);
      const withPhone = k.chance(0.4);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Re: ${role} application`,
          `${role} - thanks for applying`,
          `Your application - ${company.name}`,
          `RE: ${role} opening`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for sending your resume for our ${role} opening. I've received it and will be reviewing it with the team over the next few days.`,
            `Just a quick note to confirm I have your application for the ${role} role. Thanks for reaching out directly!`,
            `Thanks for applying to ${company.name}. I'm the recruiter working on the ${role} search and wanted to let you know your application is with me.`,
          ]),
          k.pick([
            `We're still collecting applications until ${day(k, k.later(3, 8))}, and I'll be in touch after that.`,
            "I'll reach out if we'd like to set up a first conversation.",
            "I'll be in touch soon with an update either way.",
          ]),
          k.signature(
            r,
            k.pick(['Talent Acquisition Partner', 'Recruiter', 'Senior Recruiter', 'HR Coordinator']),
            company,
            withPhone,
          ),
        ),
        expected: exp(company.name, role, [who(r, 'recruiter', true, withPhone ? r.phone : undefined)]),
      };
    },
  },
  {
    id: 'accuse-de-reception-candidature-fr',
    label: 'application_received',
    note: 'French acknowledgement of receipt ("accusé de réception"), vous form, H/F in title',
    make(k) {
      k.as('fr');
      const company = k.company();
      const system = k.system('smartrecruiters', 'own', 'teamtailor', 'workday');
      const role = k.pick(FR_ROLES);
      const titled = k.chance(0.6) ? `${role} (H/F)` : role;
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Accusé de réception de votre candidature`,
          `Votre candidature au poste de ${titled}`,
          `${company.name} - Confirmation de candidature`,
          `Merci pour votre candidature !`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Bonjour ${k.candidate.first},`, `Madame, Monsieur,`, `Bonjour ${k.candidate.name},`]),
          k.pick([
            `Nous avons bien reçu votre candidature pour le poste de ${titled} et nous vous remercions de l'intérêt que vous portez à ${company.name}.`,
            `Merci d'avoir postulé chez ${company.name} ! Votre candidature au poste de ${titled} a bien été enregistrée.`,
            `Nous accusons réception de votre candidature au poste de ${titled}.`,
          ]),
          k.pick([
            'Notre équipe recrutement va étudier votre profil avec attention et reviendra vers vous dans les meilleurs délais.',
            `Nous reviendrons vers vous sous ${k.int(2, 4)} semaines, quelle que soit l'issue.`,
            'Si votre profil correspond à nos attentes, nous vous contacterons pour un premier échange.',
          ]),
          k.pick([
            `Bien cordialement,\nL'équipe Recrutement ${company.name}`,
            `Cordialement,\nLe service des Ressources Humaines`,
            `À très bientôt,\nLa team ${company.name}`,
          ]),
          k.chance(0.5)
            ? 'Ceci est un message automatique, merci de ne pas y répondre.'
            : system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'hemos-recibido-tu-candidatura-es',
    label: 'application_received',
    note: 'Spanish confirmation ("hemos recibido tu candidatura"), tú or usted form',
    make(k) {
      k.as('es');
      const company = k.company();
      const system = k.system('smartrecruiters', 'own', 'personio', 'workable');
      const role = k.pick(ES_ROLES);
      const subject = k.pick([
        `Hemos recibido tu candidatura`,
        `Confirmación de tu candidatura - ${role}`,
        `Gracias por tu interés en ${company.name}`,
        `Candidatura recibida: ${role}`,
      ]);
      return {
        from: system.from(company).replace('Recruiting', 'Selección'),
        to: to(k),
        subject,
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hola ${k.candidate.first}:`,
            `Estimado/a ${k.candidate.name}:`,
            `Hola ${k.candidate.first},`,
          ]),
          k.pick([
            `¡Gracias por inscribirte en la oferta de ${role} en ${company.name}! Hemos recibido tu candidatura correctamente.`,
            `Le confirmamos que hemos recibido su candidatura para el puesto de ${role}.`,
            `Te escribimos para confirmarte que tu CV para la posición de ${role} ya está en nuestras manos.`,
          ]),
          k.pick([
            'Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.',
            'Revisaremos su candidatura con atención y le informaremos de los próximos pasos.',
            'Debido al gran número de candidaturas, solo contactaremos con las personas preseleccionadas.',
          ]),
          `${k.pick(['Un saludo,', 'Saludos cordiales,', 'Atentamente,'])}\nEquipo de ${k.pick(['Talento', 'Selección', 'Personas'])} de ${company.name}`,
          k.chance(0.5) ? 'Este es un correo automático, por favor no respondas a este mensaje.' : '',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'subject-only-application-received',
    label: 'application_received',
    note: 'Notification whose subject carries everything: empty or one-line body',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'workday', 'icims', 'lever', 'own', 'jobvite');
      const role = k.role();
      const shape = k.int(0, 3);
      const subject = [
        `Application received - ${role} - ${company.name}`,
        `${company.name}: We received your application for ${role}`,
        `Thanks for applying for ${role}!`,
        `[${company.name}] Application submitted: ${role}`,
      ][shape]!;
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject,
        date: k.date,
        body: k.pick([
          '',
          '',
          'This is an automated confirmation. Please do not reply.',
          `View your application: ${system.link(company, k.token(8))}`,
          `${system.footer(company)}`,
        ]),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'public-sector-application-received-closing-date',
    label: 'application_received',
    note: 'Government, hospital or university job portal: receipt with closing date and process timeline',
    make(k) {
      const company = publicCo(k);
      const role = k.role(k.pick(['care', 'education', 'business']));
      const closing = k.later(3, 12);
      const hear = closing.plusWorkdays(k.int(5, 12));
      const promise = k.chance(0.5);
      const num = `${k.pick(['VAC', 'Posting', 'Exam', 'Job Ref'])} ${k.digits(5)}`;
      return {
        from: k.pick([
          `${company.name} Human Resources <hr-jobs@${company.domain}>`,
          `${company.name} <jobs-noreply@${company.domain}>`,
          `Recruitment Services <recruitment@${company.domain}>`,
        ]),
        to: to(k),
        subject: k.pick([
          `Application Received: ${role} (${num})`,
          `Your application for ${role} - ${num}`,
          `Acknowledgement of application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for your application for the post of ${role} (${num}) with ${company.name}. This email acknowledges receipt of your application.`,
            `Your application for ${role}, ${num}, has been received by ${company.name} Human Resources.`,
          ]),
          `This vacancy closes on ${day(k, closing)}. ${k.pick([
            'Applications will be assessed against the minimum qualifications after the closing date.',
            'Shortlisting will take place after the closing date.',
            'All applications will be screened once the posting closes.',
          ])}`,
          promise
            ? k.pick([
                `We expect to notify all applicants of the outcome of shortlisting by ${day(k, hear)}.`,
                `You will be informed of the outcome of your application by ${day(k, hear)}.`,
              ])
            : 'If you have not heard from us within four weeks of the closing date, please assume you have not been shortlisted on this occasion.',
          k.chance(0.4)
            ? 'If you require a reasonable adjustment at any stage of the process, please reply to this email.'
            : '',
          `${company.name} Human Resources`,
          k.footer(company),
        ),
        expected: exp(company.name, role, [], promise ? hear.ymd : null),
      };
    },
  },
  {
    id: 'agency-job-ad-application-received',
    label: 'application_received',
    note: 'Recruitment agency confirms an application to its advert; the client is unnamed so company is null',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-US'] as const));
      const agency = agencyCo(k);
      const role = k.role();
      const c = k.person(agency);
      const named = k.chance(0.6);
      const withPhone = named && k.chance(0.5);
      return {
        from: named ? k.addr(c) : `${agency.name} Recruitment <applications@${agency.domain}>`,
        to: to(k),
        subject: k.pick([
          `Your application: ${role}`,
          `Thanks for applying - ${role} (${city(k)})`,
          `Application received - ${role} - Ref ${k.digits(6)}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for applying for the ${role} role advertised on our website. I'm handling this vacancy on behalf of our client, ${k.pick(['a well-established business in the area', 'a fast-growing organisation', 'a leading employer in the sector'])}.`,
            `Thanks for your application for the ${role} position. We have received your CV and it is now with the consultant managing the role.`,
          ]),
          k.pick([
            'I am currently reviewing all applications and will call you if your experience matches the brief.',
            'Due to the volume of responses, we can only contact candidates who are shortlisted for this role. We may also keep your details on file for similar roles.',
            'If you are successful in being shortlisted, we will be in touch within 5 working days.',
          ]),
          named
            ? k.signature(
                c,
                k.pick(['Recruitment Consultant', 'Senior Consultant', 'Principal Consultant']),
                agency,
                false,
              ) + (withPhone ? `\nT: ${c.phone}` : '')
            : `Kind regards,\nThe ${agency.name} team`,
        ),
        expected: exp(
          null,
          role,
          named ? [who(c, 'agency_consultant', true, withPhone ? c.phone : undefined)] : [],
        ),
      };
    },
  },
  {
    id: 'hourly-retail-text-style-confirmation',
    label: 'application_received',
    note: 'High-volume hourly hiring (store number, chat assistant, text updates): application complete',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA'] as const));
      const company = k.chance(0.7) ? retailCo(k) : smallCo(k);
      const role = k.role('service');
      const store = `${k.pick(['Store', 'Location', 'Restaurant'])} #${k.digits(4)}`;
      const bot = k.pick(['Olivia', 'Max', 'Sunny', 'Jo']);
      return {
        from: k.pick([
          `${company.name} Hiring <hiring@${company.domain}>`,
          `${bot} from ${company.name} <jobs@${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Your application is complete!`,
          `Thanks for applying at ${company.name} ${store}`,
          `You applied: ${role} - ${store}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first}! ${k.pick(['🎉', '👋', ''])}`.trim(),
          k.pick([
            `Thanks for applying for ${role} at ${company.name} ${store} in ${city(k)}. Your application is complete!`,
            `This is ${bot}, ${company.name}'s virtual hiring assistant. I've sent your application for ${role} to the hiring team at ${store}.`,
          ]),
          k.pick([
            "The store's hiring manager will review it, and if it's a match, I'll text you to set up an interview. Keep an eye on your phone!",
            'Managers review applications every week. If you are selected you will get a text message with next steps.',
            'Reply STOP to opt out of text updates about your application.',
          ]),
          `${company.name} is an equal opportunity employer.`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'graduate-programme-application-submitted',
    label: 'application_received',
    note: 'Graduate/intern programme: application submitted, stages outlined ahead (tests, assessment centre) but nothing sent yet',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-US', 'en-IN', 'en-AU'] as const));
      const company = k.company();
      const system = k.system('successfactors', 'workday', 'own', 'taleo');
      const prog = k.pick([
        'Graduate Programme',
        'Summer Internship',
        'Graduate Scheme',
        'Early Careers Programme',
        'Industrial Placement',
      ]);
      const year = k.sent.year + (k.sent.month >= 6 ? 1 : 0);
      const stream = k.pick(['Technology', 'Finance', 'Engineering', 'Marketing', 'Operations']);
      const role = `${year} ${stream} ${prog}`;
      const by = k.later(15, 30);
      const promise = k.chance(0.4);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Application submitted - ${role}`,
          `Thank you for applying to the ${company.name} ${role}`,
          `Your ${company.name} ${prog} application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          `Thank you for applying to our ${role}. We're delighted you'd like to start your career with ${company.name}.`,
          `Here's what to expect from our process:\n1. Online application (done!)\n2. ${k.pick(['Online tests', 'Situational judgement test', 'Video interview'])}\n3. ${k.pick(['Assessment centre', 'Virtual assessment day', 'Final interview'])}\n4. Offer`,
          k.pick([
            "We'll be in touch with details of the next stage if your application is successful at this stage. There's nothing you need to do right now.",
            'We review applications on a rolling basis, so you may hear from us soon.',
          ]),
          promise ? `We aim to let every applicant know the outcome of this stage by ${day(k, by)}.` : '',
          `Good luck!\n${company.name} ${k.pick(['Early Careers Team', 'Graduate Recruitment', 'Campus Recruiting'])}`,
          k.footer(company, system),
        ),
        expected: exp(company.name, role, [], promise ? by.ymd : null),
      };
    },
  },
  {
    id: 'ats-candidate-account-created-and-applied',
    label: 'application_received',
    note: 'Candidate account created plus "thanks for applying" in one mail; sometimes only the account part',
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'icims', 'taleo', 'successfactors', 'own');
      const role = k.role();
      const withRole = k.chance(0.6);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Welcome to ${company.name} Careers`,
          `Your candidate account has been created`,
          `${company.name}: Account created and application received`,
          `Verify your email - ${company.name} Careers`,
        ]),
        date: k.date,
        body: k.paragraphs(
          portalHello(k),
          k.pick([
            `Your candidate account at ${company.name} Careers has been created successfully. Your username is ${k.candidate.email}.`,
            `Welcome! You've created a candidate profile with ${company.name}.`,
          ]),
          withRole
            ? k.pick([
                `We have also received your application for ${role}. Our recruiting team will review it and contact you if your profile matches the requirements.`,
                `Your application for the position of ${role} is complete. You can track its status from your dashboard.`,
              ])
            : 'Your application has been submitted. You can return at any time to view its status or to apply for other positions.',
          `Sign in: ${system.link(company, k.token(10))}`,
          k.pick([
            'If you did not create this account, please contact us.',
            'For security, never share your password.',
            '',
          ]),
          k.footer(company, system),
        ),
        expected: exp(company.name, withRole ? role : null),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// job_alert

/** A saved search: the words typed and the field its results come from. */
function query(k: Kit): { q: string; field: Field } {
  const field = k.pick([
    'engineering',
    'engineering',
    'business',
    'design',
    'data',
    'product',
    'care',
    'service',
  ] as const);
  const role = k.role(field);
  const broad: Record<Field, string[]> = {
    engineering: ['software engineer', 'react developer', 'remote python', 'devops'],
    design: ['product designer', 'ux', 'ui designer'],
    product: ['product manager', 'product owner'],
    data: ['data analyst', 'data scientist', 'sql'],
    business: ['marketing', 'project manager', 'finance', 'operations'],
    care: ['nurse', 'healthcare', 'pharmacy'],
    service: ['warehouse', 'retail', 'barista', 'driver'],
    education: ['teacher', 'teaching assistant'],
  };
  return { q: k.pick([role.toLowerCase(), role, k.pick(broad[field])]), field };
}

const alerts: Family[] = [
  {
    id: 'linkedin-job-alert-saved-search',
    label: 'job_alert',
    note: 'LinkedIn saved-search alert: N new jobs for a query, job cards with badges',
    make(k) {
      const { q, field } = query(k);
      const list = jobs(k, k.int(3, 7), field);
      const n = list.length + k.int(0, 20);
      return {
        from: k.pick([
          'LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>',
          'LinkedIn <jobs-listings@linkedin.com>',
        ]),
        to: to(k),
        subject: k.pick([
          `${n} new jobs for '${q}'`,
          `"${q}": ${list[0]!.company} - ${list[0]!.role} and more`,
          `New jobs similar to ${q}`,
          `${q} in ${city(k)}: ${n} new jobs`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Your job alert for ${q}${k.chance(0.6) ? ` in ${city(k)}` : ''}`,
          `${n} new jobs match your preferences.`,
          list
            .map(
              (j) =>
                `${j.role}\n${j.company} · ${j.where}${k.chance(0.4) ? `\n${k.pick(['Actively recruiting', 'Be an early applicant', `${k.int(2, 9)} connections work here`, 'Easy Apply', 'Promoted'])}` : ''}`,
            )
            .join('\n\n'),
          `See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=${encodeURIComponent(q)}&trk=${k.token(8)}`,
          `Manage job alerts · Unsubscribe\nThis email was intended for ${k.candidate.name}\n© ${k.sent.year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'indeed-new-jobs-in-city-salary',
    label: 'job_alert',
    note: 'Indeed alert: jobs with salary, "Easily apply", "Just posted", responsive-employer badges',
    make(k) {
      const { q, field } = query(k);
      const where = city(k);
      const list = jobs(k, k.int(4, 8), field);
      return {
        from: k.pick(['Indeed <alert@indeed.com>', 'Indeed Job Alerts <donotreply@jobalert.indeed.com>']),
        to: k.candidate.email,
        subject: k.pick([
          `${q} jobs in ${where}`,
          `${list.length}+ new ${q} jobs`,
          `${list[0]!.role} at ${list[0]!.company} and ${list.length - 1} more ${q} jobs in ${where}`,
          `New ${q} jobs near you`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${list.length} new jobs for ${q} in ${where}`,
          list
            .map((j) =>
              [
                j.role,
                j.company,
                j.where,
                k.chance(0.6) ? salary(k) : '',
                k.pick(['Easily apply', 'Just posted', 'Responsive employer', 'Urgently hiring', '', '']),
                `${k.int(1, 30)} days ago`,
              ]
                .filter(Boolean)
                .join('\n'),
            )
            .join('\n\n'),
          `View all jobs: https://www.indeed.com/jobs?q=${encodeURIComponent(q)}&from=ja_${k.token(6)}`,
          `You received this email because you subscribed to job alerts for ${q}. Unsubscribe | Edit this alert\n© ${k.sent.year} Indeed`,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'company-is-hiring-single-job',
    label: 'job_alert',
    note: '"X is hiring a Role" board notification about one job: company and role set',
    make(k) {
      const company = k.company();
      const role = k.role();
      const board = k.pick([
        'LinkedIn <jobs-noreply@linkedin.com>',
        'Glassdoor Jobs <noreply@glassdoor.com>',
        'Wellfound <team@wellfound.com>',
        'Handshake <notifications@joinhandshake.com>',
      ]);
      return {
        from: board,
        to: to(k),
        subject: k.pick([
          `${company.name} is hiring ${an(role)}`,
          `${company.name} is hiring: ${role}`,
          `New opening at ${company.name}: ${role}`,
          `${k.candidate.first}, ${company.name} is hiring!`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `${company.name} is hiring`,
            `A company you follow is hiring`,
            `New job at ${company.name}`,
          ]),
          `${role}\n${company.name} · ${city(k)}${k.chance(0.5) ? `\n${salary(k)}` : ''}`,
          k.pick([
            `Based on your profile, you could be a great fit for this role.`,
            `You're one of the first to see this job. Apply early to increase your chances.`,
            `${company.name} posted this job ${k.int(1, 23)} hours ago.`,
          ]),
          `View job: https://jobs.example/view/${k.token(10)}`,
          k.pick([
            'Unsubscribe from company updates',
            'You are receiving job notifications. Unsubscribe',
            'Manage your notification settings',
          ]),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'recommended-jobs-for-you-profile',
    label: 'job_alert',
    note: '"Recommended jobs"/"jobs you may be interested in" based on profile, several employers',
    make(k) {
      const board = k.pick([
        ['ZipRecruiter', 'ZipRecruiter <alerts@ziprecruiter.com>'],
        ['Glassdoor', 'Glassdoor <noreply@glassdoor.com>'],
        ['Monster', 'Monster <jobs@monster.com>'],
        ['CareerBuilder', 'CareerBuilder <jobs@careerbuilder.com>'],
        ['Dice', 'Dice <jobs@dice.com>'],
      ] as const);
      const list = jobs(k, k.int(3, 6));
      return {
        from: board[1],
        to: to(k),
        subject: k.pick([
          `Jobs you may be interested in`,
          `${k.candidate.first}, we found ${list.length} new jobs for you`,
          `Recommended for you: ${list[0]!.role} at ${list[0]!.company}`,
          `Your daily job recommendations`,
          `Top picks for you this week`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, '', `Good morning, ${k.candidate.first}!`]),
          k.pick([
            `Based on your profile and recent searches, we think you'll like these jobs:`,
            'Here are some new jobs we picked for you.',
            `Employers are looking for people like you. Check out these roles:`,
          ]),
          list
            .map((j, i) =>
              `${i + 1}. ${j.role} — ${j.company}\n   ${j.where}${k.chance(0.4) ? ` · ${salary(k)}` : ''}\n   ${k.pick(['Great match', 'Good match', 'New', '1-click apply', ''])}`.trimEnd(),
            )
            .join('\n'),
          `See more recommended jobs: https://www.${board[0].toLowerCase()}.com/jobs/recommended?utm=${k.token(6)}`,
          `You are receiving this email because you signed up for ${board[0]}. Unsubscribe or change email frequency.`,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'careers-site-talent-community-alert',
    label: 'job_alert',
    note: "An employer's own careers site / talent community alert listing several openings there (several jobs: company and role null)",
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'own', 'successfactors', 'icims', 'taleo');
      const roles = k.some(
        [
          k.role('engineering'),
          k.role('business'),
          k.role('data'),
          k.role('design'),
          k.role('product'),
          k.role('care'),
        ],
        2,
        5,
      );
      const uniq = [...new Set(roles)];
      return {
        from: system
          .from(company)
          .replace(
            /^([^<]*?)(\s*Careers|\s*Talent Acquisition|\s*Recruiting)?\s*</,
            `${company.name} Job Alerts <`,
          ),
        to: k.candidate.email,
        subject: k.pick([
          `New jobs at ${company.name} matching your interests`,
          `${company.name} Job Alert: ${uniq.length} new opportunities`,
          `Your ${company.name} job alert`,
          `Jobs you might like at ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          portalHello(k),
          k.pick([
            `The following jobs matching your job alert "${k.pick(['All jobs', 'Technology', city(k), 'Corporate roles'])}" were posted recently:`,
            `Thank you for joining the ${company.name} Talent Community. Here are new openings that match your preferences:`,
            `We have new opportunities that may interest you:`,
          ]),
          uniq
            .map(
              (r) =>
                `${r}\n${city(k)} | Posted ${k.pick(['today', 'yesterday', `${k.int(2, 6)} days ago`])}\n${system.link(company, k.digits(6))}`,
            )
            .join('\n\n'),
          'To change how often you receive job alerts, or to unsubscribe, sign in to your candidate profile.',
          k.footer(company, system),
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'companies-you-follow-new-jobs',
    label: 'job_alert',
    note: 'Startup board weekly: new jobs at companies you follow/saved, grouped by company',
    make(k) {
      const cos = [smallCo(k), smallCo(k), smallCo(k)].slice(0, k.int(2, 3));
      return {
        from: k.pick([
          'Wellfound <digest@wellfound.com>',
          'Otta <hello@otta.com>',
          'Built In <alerts@builtin.com>',
          'Welcome to the Jungle <alerts@welcometothejungle.com>',
        ]),
        to: to(k),
        subject: k.pick([
          `New jobs at companies you follow`,
          `${cos[0]!.name}, ${cos[1]!.name} and others are hiring`,
          `This week at your saved companies`,
          `🔥 ${cos.length} companies you saved posted new roles`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hey ${k.candidate.first},`, '', 'Your weekly company digest']),
          'Companies you follow posted new roles this week:',
          cos
            .map(
              (c) =>
                `${c.name.toUpperCase()}\n${k
                  .some([k.role(), k.role(), k.role()], 1, 3)
                  .map((r) => `• ${r} (${k.pick(['Remote', city(k)])})`)
                  .join('\n')}`,
            )
            .join('\n\n'),
          k.chance(0.5)
            ? `Also trending: ${smallCo(k).name} just raised a Series ${k.pick(['A', 'B', 'C'])} and is hiring across teams.`
            : '',
          `Browse all: https://jobs.example/following?ref=${k.token(8)}\nUpdate preferences · Unsubscribe`,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'stepstone-neue-jobs-de',
    label: 'job_alert',
    note: 'German job-board alert (StepStone/XING style): neue Jobs für Ihren Suchauftrag',
    make(k) {
      k.as('de');
      const q = k.pick(DE_ROLES);
      const where = city(k);
      const list = Array.from({ length: k.int(3, 6) }, () => ({
        role: `${k.pick(DE_ROLES)} (m/w/d)`,
        company: k.company().name,
        where: city(k),
      }));
      return {
        from: k.pick([
          'StepStone Job-Agent <jobagent@stepstone.de>',
          'XING Jobs <jobs@mail.xing.com>',
          'Indeed <alert@indeed.de>',
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `${list.length} neue Jobs für "${q}" in ${where}`,
          `Neue Stellenangebote für Sie: ${q}`,
          `Ihr Job-Agent: ${list.length} neue Treffer`,
          `Jobs, die zu Ihnen passen könnten`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hallo ${k.candidate.first},`, `Guten Tag ${k.candidate.name},`]),
          k.pick([
            `Ihr Job-Agent hat neue Stellenangebote für Sie gefunden:`,
            `wir haben ${list.length} neue Jobs gefunden, die zu Ihrer Suche "${q}" passen.`,
            'diese Jobs könnten Sie interessieren:',
          ]),
          list
            .map((j) =>
              `${j.role}\n${j.company} – ${j.where}\n${k.pick(['Schnellbewerbung', 'Neu', 'Homeoffice möglich', 'Teilzeit', ''])}`.trimEnd(),
            )
            .join('\n\n'),
          `Alle Treffer ansehen: https://www.jobs.example/jobagent/${k.token(8)}`,
          'Sie erhalten diese E-Mail, weil Sie einen Job-Agenten angelegt haben. Job-Agent bearbeiten oder abbestellen.',
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'alerte-emploi-fr',
    label: 'job_alert',
    note: 'French job alert (Indeed/APEC/WTTJ style): nouvelles offres correspondant à votre alerte',
    make(k) {
      k.as('fr');
      const q = k.pick(FR_ROLES);
      const list = Array.from({ length: k.int(3, 6) }, () => ({
        role: `${k.pick(FR_ROLES)} ${k.pick(['H/F', 'F/H', ''])}`.trim(),
        company: k.company().name,
        where: city(k),
      }));
      return {
        from: k.pick([
          'Indeed <alert@indeed.fr>',
          'Apec <alertes@apec.fr>',
          'HelloWork <alertes@hellowork.com>',
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `${list.length} nouvelles offres : ${q}`,
          `Nouvelles offres d'emploi correspondant à votre alerte`,
          `Votre alerte emploi "${q}"`,
          `${list[0]!.role} chez ${list[0]!.company} et autres offres`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Bonjour ${k.candidate.first},`,
          k.pick([
            `Voici les dernières offres correspondant à votre alerte « ${q} » :`,
            'De nouvelles offres pourraient vous intéresser :',
          ]),
          list
            .map(
              (j) =>
                `${j.role}\n${j.company} - ${j.where}\n${k.pick(['CDI', 'CDD', 'Stage', 'Alternance', 'Télétravail partiel'])}`,
            )
            .join('\n\n'),
          `Voir toutes les offres : https://emploi.example/alerte/${k.token(8)}`,
          'Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner',
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'alerta-empleo-es',
    label: 'job_alert',
    note: 'Spanish job alert (InfoJobs style): nuevas ofertas para tu búsqueda',
    make(k) {
      k.as('es');
      const q = k.pick(ES_ROLES);
      const list = Array.from({ length: k.int(3, 6) }, () => ({
        role: k.pick(ES_ROLES),
        company: k.company().name,
        where: city(k),
      }));
      return {
        from: k.pick([
          'InfoJobs <alertas@infojobs.net>',
          'Indeed <alert@indeed.es>',
          'Tecnoempleo <alertas@tecnoempleo.com>',
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Nuevas ofertas de ${q}`,
          `${list.length} ofertas nuevas para tu alerta`,
          `Tu alerta de empleo: ${q} en ${list[0]!.where}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hola ${k.candidate.first},`,
          k.pick([
            'Estas son las nuevas ofertas que coinciden con tu alerta:',
            `Hemos encontrado ${list.length} ofertas que pueden interesarte:`,
          ]),
          list
            .map((j) =>
              `${j.role}\n${j.company} · ${j.where}\n${k.pick(['Contrato indefinido', 'Jornada completa', 'Teletrabajo', 'Publicada hace 2 días', ''])}`.trimEnd(),
            )
            .join('\n\n'),
          `Ver todas las ofertas: https://empleo.example/alertas/${k.token(8)}`,
          'Recibes este email porque tienes una alerta activa. Darse de baja',
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'single-job-you-might-like',
    label: 'job_alert',
    note: 'Board highlights one job ("a job you might like", "top applicant"): company and role set',
    make(k) {
      const company = k.company();
      const role = k.role();
      return {
        from: k.pick([
          'LinkedIn <jobs-noreply@linkedin.com>',
          'Indeed <alert@indeed.com>',
          'Glassdoor <noreply@glassdoor.com>',
          'Jobright <hello@jobright.example>',
        ]),
        to: to(k),
        subject: k.pick([
          `${role} at ${company.name}: you may be a fit`,
          `A job you might like: ${role}`,
          `You'd be a top applicant for ${role} at ${company.name}`,
          `Still interested? ${role} at ${company.name} is accepting applications`,
          `${k.candidate.first}, this ${role} role looks like a match`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, '']),
          k.pick([
            `We found a job that matches your skills and experience:`,
            `You viewed this job recently. It's still open!`,
            `Your profile matches ${k.int(6, 9)} of ${k.int(9, 11)} skills the employer is looking for.`,
          ]),
          `${role}\n${company.name}\n${city(k)}${k.chance(0.5) ? `\n${salary(k)}` : ''}`,
          k.pick(['Apply now', 'View job', 'See why you match', 'Easy Apply']) +
            `: https://jobs.example/j/${k.token(10)}`,
          k.pick([
            'Not interested? Tell us and we will improve your recommendations.',
            'Unsubscribe from job recommendations',
            '',
          ]),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'remote-jobs-newsletter-digest',
    label: 'job_alert',
    note: 'Curated weekly jobs newsletter (plain text, many links, sponsor block): many employers',
    make(k) {
      const title = k.pick([
        'Remote Weekly',
        'The Design Jobs Digest',
        'Data Jobs Friday',
        'Climate Jobs Roundup',
        'Frontend Jobs Letter',
        'NonProfit Careers Weekly',
      ]);
      const list = jobs(k, k.int(6, 12));
      return {
        from: `${title} <hello@${title.toLowerCase().replace(/[^a-z]/g, '')}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `${title} #${k.int(40, 310)}: ${list.length} new roles`,
          `This week's jobs: ${list[0]!.company}, ${list[1]!.company} & more`,
          `${title} — fresh jobs for ${k.sent.date('us-short')}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            "Happy Friday! Here are this week's picks.",
            `Hi friends, ${list.length} new jobs this week.`,
            'New roles, hand-picked:',
          ]),
          list
            .map(
              (j) =>
                `→ ${j.company} is hiring ${an(j.role)} (${j.where}) ${`https://r.example/${k.token(6)}`}`,
            )
            .join('\n'),
          k.chance(0.5)
            ? `SPONSORED\n${k.company().name} is hiring across engineering and ops. See open roles →`
            : '',
          `Know someone looking? Forward this email.\nUnsubscribe · Post a job ($${k.int(99, 399)})`,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'university-career-center-job-postings',
    label: 'job_alert',
    note: 'University career centre / Handshake: new postings for students, internships and graduate jobs',
    make(k) {
      const uni = `${k.pick(['Riverbend', 'Kingsbridge', 'Fairview', 'Moorland', 'Upland'])} University`;
      const list = jobs(k, k.int(3, 6));
      return {
        from: k.pick([
          `Handshake <notifications@mail.joinhandshake.com>`,
          `${uni} Career Center <careers@${uni.toLowerCase().replace(/\s/g, '')}.example>`,
        ]),
        to: to(k),
        subject: k.pick([
          `New jobs for you on Handshake`,
          `${list.length} new internships posted`,
          `Career Center: jobs posted this week`,
          `Employers want to hire ${uni} students`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          k.pick([
            `New jobs and internships were posted that match your interests:`,
            `Employers recruiting at ${uni} posted these opportunities:`,
          ]),
          list
            .map(
              (j) =>
                `${k.pick(['', 'Intern - ', 'Graduate '])}${j.role}\n${j.company} · ${k.pick(['Internship', 'Full-Time', 'Part-Time', 'On-Campus'])} · ${j.where}`,
            )
            .join('\n\n'),
          k.chance(0.5) ? `Apply by ${k.later(5, 15).date('us-short')} for priority consideration.` : '',
          'Update your job interests in your profile settings.',
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'app-push-you-have-new-matches',
    label: 'job_alert',
    note: 'Short notification: "you have N new job matches", barely any body',
    make(k) {
      const n = k.int(2, 48);
      const { q } = query(k);
      return {
        from: k.pick([
          'Indeed <no-reply@indeed.com>',
          'LinkedIn <jobs-noreply@linkedin.com>',
          'Totaljobs <alerts@totaljobs.com>',
          'SEEK <noreply@s.seek.com.au>',
          'Naukri <alerts@naukri.com>',
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `You have ${n} new job matches`,
          `${n} new jobs match your search`,
          `New ${q} jobs are waiting`,
          `${n} jobs posted today for "${q}"`,
        ]),
        date: k.date,
        body: k.pick([
          '',
          `See your ${n} new matches: https://jobs.example/matches/${k.token(8)}`,
          `New jobs for "${q}". Open the app to view them.`,
          `${n} new jobs. View jobs | Unsubscribe`,
        ]),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'premium-top-applicant-jobs',
    label: 'job_alert',
    note: 'Premium board "jobs where you would be a top applicant" and salary insights, with a trial upsell',
    make(k) {
      const list = jobs(k, k.int(3, 5));
      return {
        from: k.pick([
          'LinkedIn <jobs-noreply@linkedin.com>',
          'Glassdoor <noreply@glassdoor.com>',
          'Indeed Premium <premium@indeed.com>',
        ]),
        to: to(k),
        subject: k.pick([
          `You're a top applicant for these jobs`,
          `${k.candidate.first}, stand out for ${list.length} jobs`,
          `Jobs where you'd be a top applicant`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Jobs where you'd be a top applicant`,
          list
            .map(
              (j) =>
                `${j.role}\n${j.company} · ${j.where}\n${k.pick(['You would be a top 10% applicant', 'Few applicants so far', `${k.int(10, 200)} applicants`])}`,
            )
            .join('\n\n'),
          k.pick([
            `Try Premium free for 1 month to see how you compare to other applicants.`,
            'See salary insights for these roles with Premium.',
          ]),
          `Unsubscribe · Help\n© ${k.sent.year}`,
        ),
        expected: exp(null, null),
      };
    },
  },
  {
    id: 'internal-mobility-open-roles-digest',
    label: 'job_alert',
    note: "The candidate's current employer's internal job board: new internal openings this week",
    make(k) {
      const company = k.company();
      const roles = [
        ...new Set([k.role('engineering'), k.role('business'), k.role('data'), k.role('product')]),
      ].slice(0, k.int(2, 4));
      return {
        from: k.pick([
          `${company.name} Internal Careers <internal-jobs@${company.domain}>`,
          `Talent Marketplace <noreply@${company.domain}>`,
        ]),
        to: `${ascii(k.candidate.first).toLowerCase()}.${ascii(k.candidate.last).toLowerCase()}@${company.domain}`,
        subject: k.pick([
          `Internal opportunities this week`,
          `New internal jobs that match your skills`,
          `Grow your career at ${company.name}: ${roles.length} new openings`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          k.pick([
            'Here are new internal openings based on your skills profile. Remember to let your manager know before applying.',
            'Looking for your next move? These roles were posted internally this week:',
          ]),
          roles
            .map(
              (r) =>
                `• ${r} — ${k.pick(['Finance', 'Technology', 'Operations', 'Sales', 'People'])} · ${city(k)}`,
            )
            .join('\n'),
          `Browse all internal jobs on the Talent Marketplace.`,
        ),
        expected: exp(null, null),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// other: everyday mail that is not about the candidate's job search

const SHOPS = [
  'Hollis & Pine',
  'Marigold Home',
  'Outfitters Nine',
  'Brambleworks',
  'Lantern Lane',
  'Copper Kettle Co',
  'Nordby Outdoor',
  'Petalpost',
  'Gadgetry',
  'Fernwood Books',
  'Sunday Linen',
  'Tinker & Tide',
];
const CARRIERS = ['ParcelWing', 'Northway Express', 'Swiftcrate', 'BlueRoute Couriers', 'Postlane'];
const BANKS = [
  'Ferncliff Bank',
  'Harbourline Credit Union',
  'Crestmoor Bank',
  'Union Oak Savings',
  'Bluewater Bank',
  'Tilbury Building Society',
];

function brandDomain(name: string): string {
  return `${ascii(name)
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '')}.example`;
}

function fmtMoney(k: Kit, n: number): string {
  const v = n.toFixed(2);
  switch (k.locale) {
    case 'en-GB':
      return `£${v}`;
    case 'de':
    case 'fr':
    case 'es':
      return `${v.replace('.', ',')} €`;
    case 'en-IN':
      return `₹${v}`;
    default:
      return `$${v}`;
  }
}

function money(k: Kit, min: number, max: number): string {
  return fmtMoney(k, k.int(min * 100, max * 100) / 100);
}

function greeting(k: Kit): string {
  return k.pick([
    `Hi ${k.candidate.first},`,
    `Hello ${k.candidate.first},`,
    `Dear ${k.candidate.name},`,
    `Hi ${k.candidate.first}!`,
    '',
  ]);
}

const everyday: Family[] = [
  {
    id: 'other-order-shipped-tracking',
    label: 'other',
    note: 'Shop or carrier shipping notice with tracking number and delivery window',
    make(k) {
      if (k.chance(0.15)) k.as('de');
      const de = k.locale === 'de';
      const shop = k.pick(SHOPS);
      const carrier = k.pick(CARRIERS);
      const eta = k.later(1, 4);
      const track = `${k.pick(['1Z', 'PW', 'NX', ''])}${k.digits(12)}`;
      const order = `#${k.digits(6)}`;
      return {
        from: k.pick([
          `${shop} <orders@${brandDomain(shop)}>`,
          `${carrier} <tracking@${brandDomain(carrier)}>`,
        ]),
        to: k.candidate.email,
        subject: de
          ? k.pick([`Ihre Bestellung ${order} ist unterwegs`, `Ihr Paket kommt am ${eta.date('de-numeric')}`])
          : k.pick([
              `Your order ${order} has shipped!`,
              `Your package is on its way`,
              `Out for delivery: order ${order}`,
              `${shop}: your parcel will arrive ${eta.date('us-short')}`,
              `Delivery update for ${track}`,
            ]),
        date: k.date,
        body: de
          ? k.paragraphs(
              `Hallo ${k.candidate.first},`,
              `gute Nachrichten: Ihre Bestellung ${order} wurde an ${carrier} übergeben.`,
              `Voraussichtliche Zustellung: ${day(k, eta)}\nSendungsnummer: ${track}`,
              `Sendung verfolgen: https://track.${brandDomain(carrier)}/${track}`,
              `Ihr ${shop} Team`,
            )
          : k.paragraphs(
              k.header({ name: shop, domain: brandDomain(shop), slug: '' }),
              greeting(k),
              k.pick([
                `Good news! Your order ${order} is on its way.`,
                `Your package from ${shop} has shipped.`,
                'Your parcel is out for delivery today.',
                `We've received your parcel from ${shop} and it's in transit.`,
              ]),
              `${k.pick(['Estimated delivery', 'Arriving', 'Expected'])}: ${day(k, eta)}${k.chance(0.5) ? `, between ${k.pick(['8am and 12pm', '10:00 and 14:00', '1pm and 5pm'])}` : ''}\nCarrier: ${carrier}\nTracking number: ${track}`,
              k.chance(0.6)
                ? `Items in this shipment:\n${k.some(['1 x Linen throw, sage', '1 x Ceramic mug set (4)', '2 x Running socks', '1 x Paperback: The Long Field', '1 x USB-C cable 2m', '1 x Desk lamp, brass'], 1, 3).join('\n')}`
                : '',
              `Track your package: https://track.${brandDomain(carrier)}/${track}`,
              k.pick([
                'Questions about your order? Visit our Help Centre.',
                'Please do not reply to this email.',
                `Thanks for shopping with ${shop}!`,
              ]),
            ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-bank-alerts-and-statements',
    label: 'other',
    note: 'Bank alerts: statement ready, card transaction, payroll deposit received (trap: "received"), low balance',
    make(k) {
      if (k.chance(0.15)) k.as(k.pick(['fr', 'es'] as const));
      const bank = k.pick(BANKS);
      const last4 = k.digits(4);
      const kind = k.int(0, 3);
      const employer = k.company().name;
      const fr = k.locale === 'fr';
      const es = k.locale === 'es';
      const subject = fr
        ? k.pick([
            'Votre relevé de compte est disponible',
            `Alerte : paiement de ${money(k, 10, 300)} sur votre carte`,
          ])
        : es
          ? k.pick(['Tu extracto ya está disponible', 'Aviso de movimiento en tu cuenta'])
          : [
              k.pick([
                'Your statement is ready',
                `Your ${k.sent.date('us-short').split(', ')[1]!.split(' ')[0]} statement is available`,
                'eStatement available',
              ]),
              k.pick([
                `Transaction alert: card ending ${last4}`,
                `You made a purchase of ${money(k, 5, 400)}`,
                'Was this you?',
              ]),
              k.pick([
                'Direct deposit received',
                'A deposit has been made to your account',
                'Payment received',
              ]),
              k.pick(['Low balance alert', `Your available balance is below ${money(k, 50, 100)}`]),
            ][kind]!;
      const body = fr
        ? k.paragraphs(
            `Bonjour ${k.candidate.first},`,
            `Votre relevé de compte est disponible dans votre espace client. Pour le consulter, connectez-vous à votre banque en ligne.`,
            `${bank}\nNe répondez pas à ce message.`,
          )
        : es
          ? k.paragraphs(
              `Hola ${k.candidate.first},`,
              `Se ha registrado un movimiento de ${money(k, 10, 300)} en tu cuenta terminada en ${last4}.`,
              `Si no reconoces esta operación, llámanos. ${bank}`,
            )
          : k.paragraphs(
              greeting(k),
              [
                `Your statement for the account ending in ${last4} is now available to view in online banking.`,
                `A purchase of ${money(k, 5, 400)} was made at ${k.pick(['FRESHMART', 'CITY PARKING', 'CORNER CAFE', 'ONLINE PURCHASE', 'FUEL STOP 24'])} on your card ending in ${last4}. If this was you, no action is needed.`,
                `A deposit of ${money(k, 900, 4800)} from ${k.chance(0.5) ? `${employer.toUpperCase()} PAYROLL` : 'ACH TRANSFER'} was received in your account ending in ${last4}.`,
                `Your available balance in account ending in ${last4} is ${money(k, 10, 99)}, which is below the alert threshold you set.`,
              ][kind]!,
              kind === 1 ? `Not you? Call us at ${k.phoneNumber()} or reply NO to the text we sent.` : '',
              `Sign in: https://secure.${brandDomain(bank)}/login`,
              `${bank} will never ask for your password or PIN by email. This is an automated message; please do not reply. Member FDIC.`,
            );
      return {
        from: `${bank} <alerts@${brandDomain(bank)}>`,
        to: k.candidate.email,
        subject,
        date: k.date,
        body,
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-receipts-rides-apps-food',
    label: 'other',
    note: 'Receipts: ride, food delivery, app store, coffee subscription; itemised totals',
    make(k) {
      const kind = k.pick(['ride', 'food', 'app', 'store'] as const);
      const brand = {
        ride: k.pick(['Zipride', 'CityCab']),
        food: k.pick(['Forkful', 'DashBite']),
        app: k.pick(['AppMarket', 'Playdeck']),
        store: k.pick(SHOPS),
      }[kind];
      const cur = (n: number) => fmtMoney(k, n);
      const fare = k.int(600, 3000) / 100;
      const fee = k.int(100, 300) / 100;
      const tip = k.int(0, 600) / 100;
      const food = k.int(1200, 6000) / 100;
      const total = cur(kind === 'ride' ? fare + fee + tip : kind === 'food' ? food + fee : food);
      const lines = {
        ride: `Trip fare ${cur(fare)}\nBooking fee ${cur(fee)}\nTip ${cur(tip)}\nTotal ${total}\n\nPickup: ${k.int(1, 400)} ${k.pick(['Main St', 'Harbour Rd', 'Station Approach'])} ${k.sent.time('us')}\nDrop-off: ${k.pick(['Airport Terminal 2', 'Central Station', 'Home'])}`,
        food: `${k.some(['1x Pad thai', '2x Spring rolls', '1x Margherita pizza', '1x Caesar salad', '1x Burrito bowl', '2x Iced tea'], 2, 4).join('\n')}\nSubtotal ${cur(food)}\nDelivery fee ${cur(fee)}\nTotal ${total}`,
        app: `${k.pick(['Cloud Storage 200 GB (Monthly)', 'Puzzle Quest Gems', 'Meditation Plus (Annual)', 'Photo Editor Pro'])}\nTotal ${total}\nBilled to card ending ${k.digits(4)}`,
        store: `Order #${k.digits(7)}\n${k.some(['Scented candle', 'Notebook A5', 'Wool scarf', 'Plant pot', 'Tea towel set'], 1, 3).join('\n')}\nTotal ${total}`,
      }[kind];
      return {
        from: `${brand} <receipts@${brandDomain(brand)}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Your receipt from ${brand}`,
          `Your ${k.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} ${kind === 'ride' ? 'trip' : 'order'} with ${brand}`,
          `Receipt for your purchase`,
          `Thanks for your order, ${k.candidate.first}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Thanks for ${kind === 'ride' ? 'riding' : 'ordering'}, ${k.candidate.first}`,
            'Here is your receipt.',
            greeting(k),
          ]),
          lines,
          k.pick(['Rate your experience', 'Get help with this order', 'Download PDF receipt']),
          `${brand} · Privacy · Terms`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-retail-special-offer-marketing',
    label: 'other',
    note: 'Retail marketing using "offer" words: exclusive offer, special offer just for you, your offer expires (trap for offer)',
    make(k) {
      const shop = k.pick(SHOPS);
      const pct = k.pick([15, 20, 25, 30, 40, 50]);
      const code = `${k.pick(['WELCOME', 'SAVE', 'VIP', 'HELLO', 'THANKS'])}${pct}`;
      const ends = k.later(1, 5);
      return {
        from: k.pick([`${shop} <news@${brandDomain(shop)}>`, `${shop} <hello@mail.${brandDomain(shop)}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `An exclusive offer just for you, ${k.candidate.first}`,
          `Your special offer is waiting 🎁`,
          `${pct}% off ends tonight`,
          `We've extended your offer!`,
          `Congratulations! You've been selected for a VIP offer`,
          `Last chance: your offer expires ${ends.date('us-short')}`,
          `We'd love to have you back — ${pct}% off`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `[image: ${shop}]`,
          k.pick(['View in browser', '']),
          k.pick([
            `As one of our favourite customers, we're pleased to offer you ${pct}% off your next order.`,
            `Your exclusive offer: ${pct}% off everything, just for you.`,
            `We've missed you! Here's a special offer to welcome you back.`,
            `Good news — you've been selected for early access to our ${k.pick(['Spring', 'Summer', 'Winter', 'Black Friday'])} Sale.`,
          ]),
          `Use code ${code} at checkout. Offer valid until ${day(k, ends)}.`,
          `SHOP NOW ${k.trackingLink({ name: shop, domain: brandDomain(shop), slug: '' })}`,
          k.chance(0.5)
            ? `New in: ${k.some(['linen shirts', 'hiking boots', 'ceramics', 'gift sets', 'candles', 'rain jackets'], 2, 3).join(', ')}`
            : '',
          `*Exclusions apply. One use per customer. Cannot be combined with any other offer.\nYou're receiving this because you signed up at ${brandDomain(shop)}. Unsubscribe | Preferences`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-general-newsletter',
    label: 'other',
    note: 'Newsletters and digests (local news, tech, personal finance, hobby), sometimes with a career-tips item',
    make(k) {
      const name = k.pick([
        'The Morning Brief',
        'Byte Sized',
        'Money Matters Weekly',
        'The Garden Post',
        'Field Notes',
        'Sunday Reads',
        'The Commute',
      ]);
      const items = k.some(
        [
          'City council approves new cycle lanes on the riverside',
          'Why interest rates might fall this spring',
          '5 questions to ask at the end of a job interview',
          'A beginner guide to sourdough',
          'Review: the best budget headphones of the year',
          'How to negotiate your salary (without the awkwardness)',
          'The quiet comeback of the paper notebook',
          'Five weekend hikes within an hour of the city',
          'What the new tax rules mean for freelancers',
          'Opinion: meetings are still too long',
        ],
        3,
        5,
      );
      return {
        from: `${name} <newsletter@${brandDomain(name)}>`,
        to: k.candidate.email,
        subject: k.pick([
          `${name}: ${items[0]}`,
          `${items[0]} | ${name}`,
          `${name} #${k.int(12, 420)}`,
          `This week: ${items[0]!.toLowerCase()} and more`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick(['View online', '']),
          k.pick([
            `Good morning! Here's what you need to know today.`,
            `Hi ${k.candidate.first}, thanks for reading.`,
            `In this issue:`,
          ]),
          items
            .map(
              (t) =>
                `${t.toUpperCase()}\n${k.pick(['A short read on why this matters now.', 'We asked three experts; here is what they said.', 'Plus: what to watch next week.', 'Read more →'])}`,
            )
            .join('\n\n'),
          k.chance(0.4)
            ? `SPONSORED: Try ${k.pick(['Budgetly', 'Notewise', 'Sleepwell'])} free for 30 days.`
            : '',
          `Forwarded this email? Subscribe here. | Unsubscribe | ${name}, ${k.int(10, 999)} Print Works Lane`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-social-network-notifications',
    label: 'other',
    note: 'Social notifications: profile views, search appearances, congratulate a contact on a new job, comments (job words, no application)',
    make(k) {
      const friend = k.person();
      const co = k.company();
      const kind = k.int(0, 4);
      const subject = [
        `${k.candidate.first}, you appeared in ${k.int(3, 60)} searches this week`,
        `${friend.name} and ${k.int(2, 9)} others viewed your profile`,
        `Congratulate ${friend.first} on starting a new position at ${co.name}`,
        `${friend.name} commented on your post`,
        `You have ${k.int(2, 12)} new invitations`,
      ][kind]!;
      const body = [
        `You appeared in ${k.int(3, 60)} searches this week.\nSearchers worked at: ${co.name}, ${k.company().name}\nSearchers found you through: ${k.pick(['Skills', 'Job title', 'Location'])}\nSee all searches`,
        `Your profile was viewed by ${friend.name}, ${k.pick(['Director', 'Designer', 'Engineer', 'Founder'])} at ${co.name} and others.\nSee who viewed your profile`,
        `${friend.name} started a new position as ${k.role()} at ${co.name}.\nSay congrats`,
        `${friend.name} commented: "${k.pick(['Great write-up, thanks for sharing!', 'Totally agree with this.', 'Congrats!! well deserved 🎉', 'Interesting — we saw the same thing at our place.'])}"\nReply`,
        `${friend.name} wants to connect\n${k.pick(['Recruiter', 'Student', 'Software Engineer', 'Marketing Lead'])} at ${co.name}\nAccept · Ignore`,
      ][kind]!;
      return {
        from: k.pick([
          'LinkedIn <notifications-noreply@linkedin.com>',
          'LinkedIn <messages-noreply@linkedin.com>',
          'Mastodon Social <notifications@social.example>',
        ]),
        to: to(k),
        subject,
        date: k.date,
        body: k.paragraphs(body, `Unsubscribe · Help\nThis email was intended for ${k.candidate.name}.`),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-school-parent-mail',
    label: 'other',
    note: 'School mail to a parent: conference slot at a fixed time, trips, newsletters (trap: scheduled meeting with a teacher)',
    make(k) {
      const school = `${k.pick(['Riverbend', 'Oakridge', 'St. Columba', 'Larkspur', 'Westgate'])} ${k.pick(['Elementary School', 'Primary School', 'Middle School', 'Academy'])}`;
      const child = k.pick(['Maya', 'Leo', 'Isla', 'Noah', 'Ava', 'Sam', 'Ruby']);
      const teacher = k.person();
      const slot = k.later(2, 8);
      const kind = k.int(0, 2);
      const trip = k.pick(['science museum', 'city farm', 'aquarium']);
      const subject = [
        k.pick([
          `Parent-teacher conference confirmed: ${child}`,
          `Your parents' evening appointment`,
          `Conference scheduled for ${slot.date('us-short')}`,
        ]),
        k.pick([
          `Field trip permission slip - due Friday`,
          `Year 4 trip to the ${trip}`,
          'Trip letter - please return by Friday',
        ]),
        k.pick([`${school} Weekly Update`, `News from ${school}`, `Important dates for next term`]),
      ][kind]!;
      const body = [
        k.paragraphs(
          'Dear Parent/Guardian,',
          `Your conference with ${k.pick(['Mrs.', 'Mr.', 'Ms.'])} ${teacher.last} for ${child} is scheduled for ${day(k, slot)} at ${clock(k, slot)}. Conferences are ${k.pick([10, 15])} minutes long${k.chance(0.5) ? ' and take place in the classroom' : ' and will be held by video call'}.`,
          'If you need to change your appointment please use the booking system or contact the school office.',
          `${school} Office`,
        ),
        k.paragraphs(
          'Dear Families,',
          `Our class will be visiting the ${trip} on ${day(k, slot)}. Please return the signed permission slip and ${fmtMoney(k, k.int(3, 15))} by Friday.`,
          `Packed lunch required.\n\nThank you,\n${teacher.name}\nClass teacher`,
        ),
        k.paragraphs(
          `Dear ${school} community,`,
          `• Book fair in the library all week\n• PTA meeting ${day(k, slot)}\n• Reminder: school closes early on Friday`,
          `Have a lovely weekend,\nThe Head Teacher`,
        ),
      ][kind]!;
      return {
        from: k.pick([
          `${school} <office@${brandDomain(school)}>`,
          `${teacher.name} <${teacher.email.split('@')[0]}@${brandDomain(school)}>`,
          `ParentMail <noreply@parentmail.example>`,
        ]),
        to: k.candidate.email,
        subject,
        date: k.date,
        body,
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-doctor-dentist-appointment',
    label: 'other',
    note: 'Healthcare appointment confirmations and reminders with a fixed time (trap for interview_scheduled)',
    make(k) {
      if (k.chance(0.15)) k.as(k.pick(['es', 'de'] as const));
      const clinic = `${k.pick(['Maple', 'Harbourside', 'Greenway', 'Parkside', 'Lakeview'])} ${k.pick(['Family Medicine', 'Dental Care', 'Physiotherapy', 'Medical Centre', 'Eye Clinic'])}`;
      const doc = k.person();
      const at = k.later(1, 10);
      const es = k.locale === 'es';
      const de = k.locale === 'de';
      return {
        from: k.pick([
          `${clinic} <appointments@${brandDomain(clinic)}>`,
          `${clinic} via PatientPortal <no-reply@patientportal.example>`,
        ]),
        to: k.candidate.email,
        subject: es
          ? `Confirmación de su cita - ${at.date('es')}`
          : de
            ? `Terminbestätigung: ${at.date('de-numeric')} um ${at.time('24h')}`
            : k.pick([
                `Appointment confirmation`,
                `Reminder: your appointment ${at.date('us-short')}`,
                `Your appointment is scheduled for ${at.date('us-numeric-short')} at ${at.time('us-compact')}`,
                `Appointment reminder from ${clinic}`,
              ]),
        date: k.date,
        body: es
          ? k.paragraphs(
              `Estimado/a ${k.candidate.name}:`,
              `Le recordamos su cita con el Dr. ${doc.last} el ${day(k, at)} a las ${at.time('24h')}.`,
              'Si no puede asistir, por favor avísenos con 24 horas de antelación.',
              clinic,
            )
          : de
            ? k.paragraphs(
                `Guten Tag ${k.candidate.name},`,
                `hiermit bestätigen wir Ihren Termin bei Dr. ${doc.last} am ${day(k, at)} um ${at.time('de')}.`,
                'Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte bis 24 Stunden vorher.',
                `Ihre Praxis\n${clinic}`,
              )
            : k.paragraphs(
                greeting(k),
                k.pick([
                  `Your appointment is scheduled for ${day(k, at)} at ${clock(k, at)} with Dr. ${doc.last}.`,
                  `This is a reminder of your upcoming appointment:\n\nDate: ${day(k, at)}\nTime: ${clock(k, at)}\nProvider: Dr. ${doc.name}\nLocation: ${clinic}`,
                  `You're booked in with ${doc.first} (${k.pick(['hygienist', 'physiotherapist', 'optometrist', 'GP'])}) on ${day(k, at)} at ${clock(k, at)}.`,
                ]),
                k.pick([
                  'Please arrive 15 minutes early to complete paperwork.',
                  'Reply C to confirm or R to reschedule.',
                  'Please bring your insurance card and a list of current medications.',
                  'If you need to cancel, please give us at least 24 hours notice to avoid a fee.',
                ]),
                k.chance(0.5)
                  ? `Complete your check-in online: https://patientportal.example/checkin/${k.token(10)}`
                  : '',
                `${clinic}\n${k.phoneNumber()}`,
              ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-calendar-invitation-non-job',
    label: 'other',
    note: 'Google/Outlook calendar invitation for a non-job event (team sync, book club, dentist, birthday) in the exact calendar format',
    make(k) {
      const work = k.company();
      const [title, where, hour, minute, isWork] = k.pick([
        ['Sprint planning', 'online', 10, 0, true],
        ['Weekly 1:1', 'online', 14, 30, true],
        ['Q3 roadmap sync', 'online', 11, 0, true],
        ['Design critique', 'Conference room B', 15, 0, true],
        ['Quarterly business review', 'Boardroom, 5th floor', 9, 30, true],
        ['Team lunch 🍕', 'Luigi’s, Market Street', 12, 30, true],
        ['Book club: chapters 5-9', 'Café Lumen', 19, 0, false],
        ["Mum's birthday dinner", 'The Olive Tree', 19, 30, false],
        ['Dentist', 'Maple Dental Care', 8, 30, false],
        ['Five-a-side football', 'Riverside Sports Centre', 18, 0, false],
        ['Running club', 'Park gates', 7, 0, false],
        ['Parents evening', 'School hall', 17, 45, false],
      ] as const);
      const organizer = isWork ? k.person(work) : k.person();
      const at = k.later(1, 10).plusDays(0, hour, minute);
      const end = at.plusDays(0, hour + 1, minute);
      const tz = zoneName(at);
      const outlook = k.chance(0.3);
      const online = where === 'online';
      const me = isWork
        ? `${ascii(k.candidate.first).toLowerCase()}.${ascii(k.candidate.last).toLowerCase()}@${work.domain}`
        : k.candidate.email;
      const short = `${at.date('us-short')}, ${at.year} ${at.time('us-compact')} – ${end.time('us-compact')} (${tz})`;
      const guests = [
        organizer.email,
        me,
        ...(k.chance(0.6) ? [k.person(isWork ? work : undefined).email] : []),
      ];
      return {
        from: outlook ? k.addr(organizer) : `${organizer.name} <calendar-notification@google.com>`,
        to: me,
        subject: outlook
          ? k.pick([title, `${title} - ${at.date('us-short')}`])
          : k.pick([
              `Invitation: ${title} @ ${short} (${me})`,
              `Updated invitation: ${title} @ ${short} (${me})`,
            ]),
        date: k.date,
        body: outlook
          ? k.paragraphs(
              k.pick(['Agenda to follow.', "Let's catch up on the week.", 'See you there!', '']),
              `When: ${at.date('us-long')} ${at.time('us')}-${end.time('us')}\nWhere: ${online ? 'Microsoft Teams Meeting' : where}`,
              online
                ? `________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: ${k.digits(3)} ${k.digits(3)} ${k.digits(3)}\nPasscode: ${k.token(6)}`
                : '',
            )
          : k.paragraphs(
              'You have been invited to the following event.',
              title,
              `When\n${at.weekdayName} ${at.date('us-short').split(', ')[1]}, ${at.year} ${at.time('us-compact')} – ${end.time('us-compact')} (${tz})`,
              online
                ? `Joining info\nJoin with Google Meet\nmeet.google.com/${k.token(3)}-${k.token(4)}-${k.token(3)}`
                : `Where\n${where}`,
              `Calendar\n${me}`,
              `Who\n${guests.map((g, i) => `• ${g}${i === 0 ? ' - organizer' : ''}`).join('\n')}`,
              `Reply for ${me}\nYes  No  Maybe  More options`,
              'Invitation from Google Calendar\nYou are receiving this email because you are an attendee of the event. To stop receiving future updates for this event, decline this event.',
            ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-internal-intern-interview-panel',
    label: 'other',
    note: "Internal mail at the candidate's current job: the candidate is asked to INTERVIEW others (intern/grad candidates); full of interview words",
    make(k) {
      const co = k.company();
      const me = `${ascii(k.candidate.first).toLowerCase()}.${ascii(k.candidate.last).toLowerCase()}@${co.domain}`;
      const lead = k.person(co);
      const at = k.later(2, 8);
      const cands = [k.person(), k.person(), k.person()].slice(0, k.int(2, 3));
      const kind = k.pick(['intern', 'graduate', 'backend', 'support'] as const);
      return {
        from: k.addr(lead),
        to: me,
        cc: k.chance(0.4) ? k.addr(k.person(co)) : undefined,
        subject: k.pick([
          `Interview panel for our ${kind} candidates`,
          `Can you help interview ${kind} candidates on ${at.date('us-short')}?`,
          `Interviewers needed - ${kind} hiring`,
          `Re: ${kind} interview schedule`,
          `Your interview slots (as interviewer) - ${at.date('us-short')}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hi ${k.candidate.first},`,
            `Hey ${k.candidate.first}`,
            `${k.candidate.first} -`,
            'Hi all,',
          ]),
          k.pick([
            `Thanks for volunteering to sit on the interview panel for our ${kind} candidates! Here's the schedule for ${day(k, at)}:`,
            `Would you be able to join the panel for the ${kind} interviews? I've pencilled you in for these slots on ${day(k, at)}:`,
            `We're short one interviewer for ${kind} hiring. Could you take the technical section for these candidates?`,
          ]),
          cands
            .map(
              (c, i) =>
                `${at.plusDays(0, at.hour + i, at.minute).time('us-compact')} - ${c.name}${k.chance(0.3) ? ' (remote)' : ''}`,
            )
            .join('\n'),
          k.pick([
            'Scorecards are in the hiring tool; please submit yours within 24 hours of each interview.',
            "I'll share CVs and the question bank tomorrow. Please don't forward them outside the team.",
            'Shout if any of these clash and I will swap you with someone.',
          ]),
          `${k.pick(['Thanks!', 'Cheers,', 'Thank you,'])}\n${lead.first}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-internal-work-mail',
    label: 'other',
    note: 'Everyday internal mail at the current job: reviews, benefits "offer", offsite agenda, PR review, all-hands',
    make(k) {
      const co = k.company();
      const me = `${ascii(k.candidate.first).toLowerCase()}.${ascii(k.candidate.last).toLowerCase()}@${co.domain}`;
      const p = k.person(co);
      const when = k.later(2, 12);
      const kind = k.int(0, 4);
      const v = k.int(0, 2);
      const subject = [
        k.pick([
          'Performance review cycle kicks off soon',
          'Reminder: self-reviews due Friday',
          'Mid-year check-ins',
        ]),
        k.pick([
          'Open enrollment: your benefits offer for next year',
          'Open enrollment closes soon',
          'Action required: confirm your benefits elections',
        ]),
        k.pick(['Offsite agenda', 'Team offsite - logistics', 'Agenda for the offsite']),
        [
          `Re: PR #${k.digits(4)} review`,
          'Can you review the Q3 deck?',
          'Quick question about the client report',
        ][v]!,
        ['Welcome our new starters!', 'Office closed on Monday', 'Office closed on Monday'][v]!,
      ][kind]!;
      const body = [
        k.paragraphs(
          'Hi everyone,',
          `Our ${k.pick(['annual', 'mid-year'])} performance review cycle opens on ${day(k, when)}. Please complete your self-review and nominate two peers for feedback.`,
          'Managers will hold review conversations in the following two weeks.',
          `Thanks,\n${p.name}\nPeople Team`,
        ),
        k.paragraphs(
          `Hi ${k.candidate.first},`,
          `Open enrollment is here. Review your benefits offer for next year, including medical, dental and the new wellness allowance, by ${day(k, when)}.`,
          'If you make no changes, your current elections will roll over.',
          `${co.name} Benefits`,
        ),
        k.paragraphs(
          'Hi team,',
          `Agenda for ${day(k, when)}:\n09:30 Coffee\n10:00 Strategy update\n12:00 Lunch\n13:30 Workshops\n16:00 Drinks`,
          `See you there!\n${p.first}`,
        ),
        k.paragraphs(
          `${k.candidate.first},`,
          [
            'Left a few comments - mostly nits. Approve once the tests pass.',
            'Could you take a look before the client call tomorrow? Mainly slides 4-9.',
            'Do you have the latest numbers for the report? Need them by EOD.',
          ][v],
          p.first,
        ),
        k.paragraphs(
          'Hi all,',
          v === 0
            ? `Please join me in welcoming ${k.person().name} and ${k.person().name}, who join the ${k.pick(['Finance', 'Engineering', 'Sales'])} team this week!`
            : 'The office will be closed on Monday for maintenance. Please work from home.',
          `${p.name}`,
        ),
      ][kind]!;
      return {
        from: k.addr(p),
        to: kind === 0 || kind === 2 || kind === 4 ? `all-staff@${co.domain}` : me,
        subject,
        date: k.date,
        body,
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-friends-and-family',
    label: 'other',
    note: 'Personal mail from friends and family, sometimes about the job search ("good luck at the interview!") but not from an employer',
    make(k) {
      const f = k.person();
      const at = k.later(1, 5);
      const co = k.company();
      const mum = k.chance(0.3);
      const name = mum ? k.pick(['Mum', 'Mom', 'Dad']) : f.first;
      const options: Array<[string, string]> = [
        [
          k.pick(['Good luck tomorrow!!', 'good luck!!', '']),
          `Just wanted to say good luck for your interview with ${co.name} tomorrow! You'll be great. Call me after x`,
        ],
        [
          k.pick(['dinner?', `dinner ${at.weekdayName.toLowerCase()}?`]),
          `Are you free for dinner on ${at.weekdayName}? Thinking ${at.plusDays(0, k.pick([18, 19, 19, 20]), k.pick([0, 30])).time('us-compact')}, the usual place.`,
        ],
        [
          k.pick(['Fwd: article you might like', 'saw this', '']),
          `Saw this and thought of you - they mention ${co.name} hiring loads of people. No pressure!! https://news.example/${k.token(6)}`,
        ],
        [
          k.pick(['Re: photos from the weekend', 'photos!']),
          'Here are the photos from Saturday. The one of the dog is my favourite',
        ],
        [
          k.pick(['How did the interview go??', 'so??', 'Re: tomorrow']),
          `how did it go?? did they say when you'd hear back?`,
        ],
        [
          k.pick(['Re: Re: weekend', 'this weekend', 'Birthday plans']),
          `Are you coming for the weekend? Let me know so I can get food in.`,
        ],
        [
          k.pick(['Re: Re: holiday', 'cottage']),
          `I've booked the cottage for the ${at.plusDays(20).day}th - can you send me your half when you get a chance? ${money(k, 150, 400)}`,
        ],
      ];
      const [subject, text] = k.pick(options);
      return {
        from: mum
          ? `${f.first} ${k.candidate.last} <${ascii(f.first).toLowerCase()}.${ascii(k.candidate.last).toLowerCase()}@${k.pick(['homemail', 'postbox', 'fastmail'])}.example>`
          : k.addr(f),
        to: k.candidate.email,
        subject,
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi love,`, `hey ${k.candidate.first}!`, `${k.candidate.first}`, 'Hiya', '']),
          text,
          k.chance(0.4)
            ? k.pick([
                'Also did you ever get that parcel I sent?',
                'PS the car is fixed finally',
                'Love you xx',
              ])
            : '',
          k.pick([name, `${name} x`, `- ${name}`, `Sent from my phone`]),
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-travel-booking-confirmation',
    label: 'other',
    note: 'Flight, train and hotel booking confirmations with references, departure times and check-in dates',
    make(k) {
      const kind = k.pick(['flight', 'train', 'hotel'] as const);
      const dep = k.later(5, 20);
      const refNo = k.token(6).toUpperCase();
      const brand = {
        flight: k.pick(['SkyHarbor Airlines', 'Aerolume', 'Bluecrest Air']),
        train: k.pick(['RailLink', 'Northern Lines Rail']),
        hotel: k.pick(['The Granary Hotel', 'Harbour View Inn', 'Stayful']),
      }[kind];
      const body = {
        flight: `Booking reference: ${refNo}\n\n${k.pick(['BOS', 'LHR', 'ORD', 'SEA', 'DUB'])} → ${k.pick(['LIS', 'BCN', 'DEN', 'YYZ', 'AMS'])}\n${day(k, dep)}\nDeparts ${dep.time('24h')} · Flight ${k.pick(['SH', 'AL', 'BC'])}${k.digits(3)}\nPassenger: ${k.candidate.name.toUpperCase()}\nSeat: ${k.int(3, 38)}${k.pick(['A', 'C', 'F'])}\n\nOnline check-in opens 24 hours before departure.`,
        train: `Your e-ticket\nReference: ${refNo}\nOutward: ${day(k, dep)}, ${dep.time('24h')} ${k.pick(['Central', 'Parkway', 'Victoria'])} → ${k.pick(['Riverside', 'Harbour', 'Airport'])}\nCoach ${k.pick(['B', 'C', 'E'])}, Seat ${k.int(10, 80)}`,
        hotel: `Reservation confirmed\nConfirmation number: ${refNo}\nCheck-in: ${day(k, dep)} from 15:00\nCheck-out: ${day(k, dep.plusDays(k.int(1, 4)))} by 11:00\nRoom: ${k.pick(['Double', 'King Deluxe', 'Twin'])}\nTotal: ${money(k, 120, 900)}`,
      }[kind];
      return {
        from: `${brand} <bookings@${brandDomain(brand)}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Your booking is confirmed - ${refNo}`,
          `Booking confirmation: ${refNo}`,
          kind === 'hotel' ? `Your stay at ${brand}` : `Your trip on ${dep.date('us-short')}`,
          `e-ticket receipt ${refNo}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          greeting(k),
          k.pick(['Thanks for booking with us!', 'Your booking is confirmed.', "You're all set."]),
          body,
          'Manage your booking online. Changes may incur a fee.',
          `${brand} · Customer service ${k.phoneNumber()}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-subscription-renewal',
    label: 'other',
    note: 'Subscription renewals, free trials ending, payment failed, price change notices',
    make(k) {
      const svc = k.pick([
        'StreamBox',
        'Notewise',
        'FitTrack Premium',
        'The Daily Ledger',
        'CloudVault',
        'Melodia Music',
        'Quizzle Pro',
      ]);
      const when = k.later(2, 14);
      const kind = k.int(0, 3);
      return {
        from: `${svc} <billing@${brandDomain(svc)}>`,
        to: k.candidate.email,
        subject: [
          `Your subscription will renew on ${when.date('us-short')}`,
          `Your free trial ends in ${k.int(1, 3)} days`,
          'Action required: payment failed',
          `Changes to your ${svc} plan`,
        ][kind]!,
        date: k.date,
        body: k.paragraphs(
          greeting(k),
          [
            `This is a reminder that your ${k.pick(['annual', 'monthly'])} ${svc} subscription will automatically renew on ${day(k, when)} for ${money(k, 5, 120)}.`,
            `Your ${svc} free trial is ending soon. After ${day(k, when)}, you'll be charged ${money(k, 5, 20)} per month unless you cancel.`,
            `We weren't able to process your payment for ${svc}. Please update your payment details to keep your account active.`,
            `From ${day(k, when)}, the price of your plan will change to ${money(k, 6, 25)}/month. No action is needed to keep your subscription.`,
          ][kind]!,
          `Manage subscription: https://account.${brandDomain(svc)}/billing`,
          `${svc} Inc. · Cancel anytime in your account settings.`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-rental-viewing-confirmation',
    label: 'other',
    note: 'Letting agent or landlord confirms a flat/house viewing at a fixed time (trap for interview_scheduled)',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-US', 'en-AU', 'de'] as const));
      const de = k.locale === 'de';
      const agent = k.person();
      const agency = `${k.pick(['Parkhouse', 'Keystone', 'Ashdown', 'Brickfield'])} ${k.pick(['Lettings', 'Property', 'Realty', 'Estates'])}`;
      const at = k.later(1, 6);
      const address = `${k.int(2, 140)} ${k.pick(['Elm Road', 'Albion Street', 'Canal Walk', 'Orchard Close', 'Beech Avenue'])}${k.chance(0.5) ? `, Flat ${k.int(1, 12)}` : ''}`;
      return {
        from: k.chance(0.5)
          ? `${agent.name} <${agent.email.split('@')[0]}@${brandDomain(agency)}>`
          : `${agency} <viewings@${brandDomain(agency)}>`,
        to: k.candidate.email,
        subject: de
          ? `Besichtigungstermin ${address} am ${at.date('de-numeric')}`
          : k.pick([
              `Viewing confirmed: ${address}`,
              `Your viewing on ${at.date('uk-short')}`,
              `Re: enquiry about ${address}`,
              `Showing scheduled - ${address}`,
            ]),
        date: k.date,
        body: de
          ? k.paragraphs(
              `Hallo ${k.candidate.name},`,
              `gerne bestätige ich Ihnen den Besichtigungstermin für die Wohnung in der ${address} am ${day(k, at)} um ${at.time('de')}.`,
              'Bitte bringen Sie eine Mieterselbstauskunft und die letzten drei Gehaltsnachweise mit.',
              `Viele Grüße\n${agent.name}\n${agency}`,
            )
          : k.paragraphs(
              greeting(k),
              k.pick([
                `Thanks for your enquiry. I'm pleased to confirm your viewing of ${address} on ${day(k, at)} at ${clock(k, at)}.`,
                `Your showing for ${address} is scheduled for ${day(k, at)} at ${clock(k, at)}. I'll meet you outside.`,
                `Just confirming we're on for ${at.weekdayName} at ${clock(k, at)} to see the ${k.pick(['two-bed', 'studio', 'one-bed flat', 'house'])} at ${address}.`,
              ]),
              k.pick([
                'There are other viewings that day, so if you like it please let me know quickly.',
                'Please bring photo ID. Holding deposit is one week of rent.',
                'If you are running late, text me on the number below.',
              ]),
              `${k.pick(['Kind regards,', 'Thanks,', 'Best,'])}\n${agent.name}\n${agency}\n${agent.phone}`,
            ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-non-job-application-received',
    label: 'other',
    note: 'Non-job applications acknowledged (rental, mortgage, credit card, passport, school place, volunteering): trap for application_received',
    make(k) {
      const kind = k.pick([
        'rental',
        'mortgage',
        'card',
        'passport',
        'school',
        'volunteer',
        'permit',
      ] as const);
      const refNo = `${k.pick(['APP', 'REF', ''])}${k.digits(8)}`;
      const org = {
        rental: `${k.pick(['Parkhouse', 'Keystone'])} Lettings`,
        mortgage: k.pick(BANKS),
        card: k.pick(BANKS),
        passport: 'Passport Office',
        school: `${k.pick(['Riverbend', 'Moorland'])} County Council Admissions`,
        volunteer: `${k.pick(['Greenway', 'Harbour'])} Food Bank`,
        permit: 'City Parking Services',
      }[kind];
      const what = {
        rental: `your application for ${k.int(2, 90)} ${k.pick(['Elm Road', 'Canal Walk'])}`,
        mortgage: 'your mortgage application',
        card: `your application for the ${k.pick(['Rewards', 'Cashback', 'Platinum'])} credit card`,
        passport: 'your passport application',
        school: `your application for a ${k.pick(['Reception', 'Year 7', 'kindergarten'])} school place`,
        volunteer: 'your volunteer application',
        permit: 'your residential parking permit application',
      }[kind];
      return {
        from: `${org} <${kind === 'passport' ? 'no-reply@passports.gov.example' : `applications@${brandDomain(org)}`}>`,
        to: k.candidate.email,
        subject: k.pick([
          `We've received your application`,
          `Application received (ref ${refNo})`,
          `Thank you for your application`,
          `Your application ${refNo} is being reviewed`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Thank you — we have received ${what}. Your reference number is ${refNo}.`,
          k.pick([
            `We will review your application and let you know the outcome within ${k.int(3, 15)} working days.`,
            'Our team is reviewing your details. We may contact you if we need further documents.',
            "You don't need to do anything at the moment. We'll be in touch with next steps.",
          ]),
          {
            rental: 'We will carry out referencing and a credit check as part of the process.',
            mortgage: 'A mortgage adviser may call you to confirm your income and outgoings.',
            card: 'Applying will not affect your credit score until you accept an offer.',
            passport: 'Track your application online using your reference number.',
            school: 'Offers of school places will be sent on national offer day.',
            volunteer: 'Our volunteer coordinator will be in touch about induction sessions.',
            permit: 'Your permit will be posted to the address on your application.',
          }[kind],
          org,
        ),
        expected: nothing(),
      };
    },
  },
];

const everydayMore: Family[] = [
  {
    id: 'other-restaurant-and-service-bookings',
    label: 'other',
    note: 'Table reservations, haircut, car service, vet and gym-class bookings: confirmations and "tomorrow at 10:00" reminders',
    make(k) {
      const kind = k.pick(['table', 'hair', 'car', 'vet', 'gym'] as const);
      const at = k.later(1, 7);
      const biz = {
        table: k.pick(['Osteria Lumen', 'The Copper Pot', 'Saffron House', 'Little Harbour Kitchen']),
        hair: k.pick(['Studio Shears', 'Fringe Benefits Salon', 'The Barber Room']),
        car: k.pick(['Ridgeway Motors', 'QuickFit Garage', 'Autocare Centre']),
        vet: k.pick(['Pawsome Vets', 'Greenfield Animal Clinic']),
        gym: k.pick(['Forge Fitness', 'Pulse Studio', 'Lido Leisure Centre']),
      }[kind];
      const what = {
        table: `a table for ${k.int(2, 6)}`,
        hair: k.pick(['Cut & blow dry', 'Beard trim', 'Colour consultation']),
        car: k.pick(['MOT and service', 'Tyre change', 'Annual service']),
        vet: k.pick(['Annual vaccination for Biscuit', 'Check-up for Luna', 'Nail clip for Max']),
        gym: k.pick(['Spin 45', 'Yoga Flow', 'HIIT Express', 'Reformer Pilates']),
      }[kind];
      const reminder = k.chance(0.4);
      return {
        from: `${biz} <${k.pick(['bookings', 'noreply', 'hello'])}@${brandDomain(biz)}>`,
        to: k.candidate.email,
        subject: reminder
          ? k.pick([
              `Reminder: your booking tomorrow at ${clock(k, at)}`,
              `See you tomorrow, ${k.candidate.first}!`,
              `Your appointment at ${biz} is coming up`,
            ])
          : k.pick([
              `Booking confirmed - ${biz}`,
              `Your reservation at ${biz}`,
              `Confirmed: ${what} on ${at.date('us-short')}`,
              `Booking confirmation #${k.digits(6)}`,
            ]),
        date: k.date,
        body: k.paragraphs(
          greeting(k),
          reminder
            ? `Just a reminder that you're booked in for ${what} tomorrow at ${clock(k, at)}.`
            : k.pick([
                `Your booking is confirmed!\n\n${what}\n${day(k, at)} at ${clock(k, at)}\n${biz}`,
                `Thanks for booking ${what} with us on ${day(k, at)}, ${clock(k, at)}.`,
              ]),
          k.pick([
            'Need to cancel or change? Please let us know at least 24 hours in advance.',
            kind === 'table'
              ? 'We hold tables for 15 minutes. Please let us know of any allergies.'
              : 'Late arrivals may have a shortened session.',
            'Add to calendar · Manage booking',
          ]),
          `${biz}\n${k.phoneNumber()}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-account-security-alerts',
    label: 'other',
    note: 'Security mail: new sign-in, password changed, verification codes, two-factor settings',
    make(k) {
      const svc = k.pick([
        'Mailbox',
        'Photobank',
        'Shopwise',
        'CloudVault',
        'Streamly',
        'Ferncliff Bank',
        'LinkedIn',
        'Indeed',
      ]);
      const kind = k.int(0, 3);
      const code = k.digits(6);
      return {
        from:
          svc === 'LinkedIn'
            ? 'LinkedIn <security-noreply@linkedin.com>'
            : svc === 'Indeed'
              ? 'Indeed <no-reply@indeed.com>'
              : `${svc} <security@${brandDomain(svc)}>`,
        to: k.candidate.email,
        subject: [
          k.pick([
            `New sign-in to your ${svc} account`,
            'Security alert',
            `Did you just sign in from a new device?`,
          ]),
          k.pick(['Your password was changed', `Your ${svc} password has been reset`]),
          k.pick([
            `Your verification code is ${code}`,
            `${code} is your ${svc} code`,
            'Confirm your email address',
          ]),
          k.pick(['Two-step verification turned on', 'A new recovery phone was added']),
        ][kind]!,
        date: k.date,
        body: k.paragraphs(
          greeting(k),
          [
            `We noticed a new sign-in to your account.\n\nDevice: ${k.pick(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux', 'Android app'])}\nLocation: ${city(k)}\nTime: ${k.sent.date('us-long')} ${k.sent.time('us')}`,
            'The password for your account was recently changed.',
            `Use this code to verify your email address: ${code}\nThis code expires in 10 minutes.`,
            'Two-step verification is now on for your account. You will need a code each time you sign in on a new device.',
          ][kind]!,
          k.pick([
            "If this was you, you don't need to do anything.",
            "If you didn't do this, secure your account now.",
            "Didn't request this? You can ignore this email.",
          ]),
          `${svc} will never ask you for your password by email.`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-utility-and-phone-bills',
    label: 'other',
    note: 'Energy, water, broadband and mobile bills: amount due, due date, meter reading requests',
    make(k) {
      if (k.chance(0.15)) k.as('fr');
      const fr = k.locale === 'fr';
      const svc = k.pick([
        'Brightwave Energy',
        'Clearstream Water',
        'FibreLine Broadband',
        'Nova Mobile',
        'Sunhill Power',
      ]);
      const due = k.later(5, 15);
      const amount = money(k, 20, 240);
      const kind = k.int(0, 2);
      return {
        from: `${svc} <${fr ? 'facturation' : 'billing'}@${brandDomain(svc)}>`,
        to: k.candidate.email,
        subject: fr
          ? k.pick(['Votre facture est disponible', `Votre facture de ${amount}`])
          : [
              k.pick(['Your bill is ready', `Your ${svc} bill: ${amount}`, 'Your latest statement']),
              k.pick(['Time to submit a meter reading', 'Meter reading reminder']),
              k.pick(['Payment received - thank you', 'Thanks for your payment']),
            ][kind]!,
        date: k.date,
        body: fr
          ? k.paragraphs(
              `Bonjour ${k.candidate.first},`,
              `Votre facture d'un montant de ${amount} est disponible dans votre espace client. Elle sera prélevée le ${day(k, due)}.`,
              svc,
            )
          : k.paragraphs(
              greeting(k),
              [
                `Your latest bill is ${amount}. It will be collected by direct debit on or after ${day(k, due)}.`,
                `Please submit a meter reading by ${day(k, due)} so your next bill is accurate.`,
                `We've received your payment of ${amount}. Thank you.`,
              ][kind]!,
              `Account number: ${k.digits(10)}`,
              `Log in to your account to view the full statement.\n${svc}`,
            ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-event-tickets-and-meetups',
    label: 'other',
    note: 'Concert/theatre tickets and meetup RSVPs with a fixed start time; some tech meetups mention hiring sponsors',
    make(k) {
      const at = k.later(3, 20);
      const meetup = k.chance(0.5);
      const name = meetup
        ? k.pick([
            'JS Night',
            'Data Drinks',
            'Product People Meetup',
            'Women in Tech Breakfast',
            'Python User Group',
          ])
        : k.pick([
            'The Velvet Foxes - Live',
            'Hamlet (matinee)',
            'Comedy Cellar Saturday',
            'Symphony in the Park',
          ]);
      const sponsor = k.company().name;
      return {
        from: meetup
          ? `${name} <info@meetups.example>`
          : k.pick([`Ticketline <tickets@ticketline.example>`, `Stagedoor <orders@stagedoor.example>`]),
        to: k.candidate.email,
        subject: meetup
          ? k.pick([
              `You're going to ${name}`,
              `Reminder: ${name} is ${at.weekdayName}`,
              `RSVP confirmed: ${name}`,
            ])
          : k.pick([`Your tickets for ${name}`, `Order confirmation - ${name}`, `It's almost showtime!`]),
        date: k.date,
        body: meetup
          ? k.paragraphs(
              greeting(k),
              `You're on the list for ${name}.\n${day(k, at)}, doors ${clock(k, at.plusDays(0, 18, 0))}\n${k.pick(['Lumen Hall', 'The Workshop, 3rd floor', 'Online'])}`,
              `Talks:\n• ${k.pick(['Scaling a monolith', 'What I learned shipping a design system', 'Data contracts in practice'])}\n• Lightning talks`,
              k.chance(0.6)
                ? `Thanks to our sponsor ${sponsor} for the pizza - and yes, they're hiring!`
                : '',
              "Can't make it? Please update your RSVP so someone on the waitlist can come.",
            )
          : k.paragraphs(
              greeting(k),
              `${name}\n${day(k, at)} · ${clock(k, at.plusDays(0, k.pick([14, 19, 20]), k.pick([0, 30])))}\n${k.pick(['Row F, Seats 12-13', 'General admission x2', 'Circle, Seat C4'])}`,
              `Order number: ${k.digits(9)}\nTotal: ${money(k, 20, 180)}`,
              'Your mobile tickets will be available in the app 48 hours before the event.',
            ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-online-course-certificate',
    label: 'other',
    note: 'Online learning: course progress, "Congratulations, you earned a certificate" (trap for offer), new course recommendations',
    make(k) {
      const platform = k.pick(['Learnly', 'SkillForge', 'CourseHub', 'OpenClassroom Online']);
      const course = k.pick([
        'Intro to SQL',
        'Google Sheets for Analysts',
        'UX Research Fundamentals',
        'Project Management Essentials',
        'Machine Learning Basics',
        'Business Spanish A2',
      ]);
      const kind = k.int(0, 2);
      return {
        from: `${platform} <no-reply@${brandDomain(platform)}>`,
        to: k.candidate.email,
        subject: [
          k.pick([
            `Congratulations! You've earned your certificate`,
            `🎓 You completed ${course}!`,
            `Congratulations on completing ${course}`,
          ]),
          k.pick([
            `You're ${k.int(40, 90)}% through ${course}`,
            `Keep going, ${k.candidate.first}!`,
            'Pick up where you left off',
          ]),
          k.pick(['Courses picked for you', `New: ${course} (updated edition)`]),
        ][kind]!,
        date: k.date,
        body: k.paragraphs(
          greeting(k),
          [
            `Congratulations! You've successfully completed ${course}. Your certificate is ready to download and share on your profile.`,
            `You're making great progress in ${course}. Complete the next module to keep your ${k.int(3, 30)}-day streak.`,
            `Based on your interests, we think you'll enjoy ${course} and ${k.int(3, 8)} other new courses.`,
          ][kind]!,
          kind === 0 ? `Add to LinkedIn profile · Download PDF` : 'Continue learning',
          `${platform} · Unsubscribe`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-charity-and-volunteer-shift',
    label: 'other',
    note: 'Donation receipts and volunteer shift confirmations (fixed time, "thank you for your application to volunteer" style words)',
    make(k) {
      const org = k.pick([
        'Greenway Food Bank',
        'Harbour Animal Rescue',
        'Parkside Library Friends',
        'Riverbend Community Garden',
        'Hope Street Shelter',
      ]);
      const at = k.later(2, 10);
      const donation = k.chance(0.5);
      return {
        from: `${org} <${donation ? 'donations' : 'volunteers'}@${brandDomain(org)}>`,
        to: k.candidate.email,
        subject: donation
          ? k.pick([
              'Thank you for your donation',
              `Your receipt from ${org}`,
              'Your gift makes a difference',
            ])
          : k.pick(['Your volunteer shift is confirmed', `See you on ${at.weekdayName}!`, 'Shift reminder']),
        date: k.date,
        body: donation
          ? k.paragraphs(
              greeting(k),
              `Thank you for your generous gift of ${money(k, 10, 150)} to ${org}. This email is your receipt for tax purposes.`,
              `Receipt number: ${k.digits(7)}\nDate: ${k.sent.date('us-long')}`,
              `With gratitude,\nThe ${org} team`,
            )
          : k.paragraphs(
              greeting(k),
              `Thanks for signing up! Your shift is confirmed for ${day(k, at)} from ${clock(k, at)} to ${clock(k, at.plusDays(0, at.hour + 3, at.minute))}.`,
              k.pick([
                'Please wear closed-toe shoes.',
                'Check in at the front desk when you arrive.',
                'Parking is available behind the building.',
              ]),
              `${org} Volunteer Team`,
            ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-claims-and-returns-under-review',
    label: 'other',
    note: 'Insurance claims, tax returns, refund and warranty requests "under review" with status updates (trap for status_update)',
    make(k) {
      const kind = k.pick(['insurance', 'tax', 'refund', 'warranty'] as const);
      const org = {
        insurance: k.pick(['Shieldwell Insurance', 'Harbor Mutual']),
        tax: 'Revenue Service',
        refund: k.pick(SHOPS),
        warranty: k.pick(['Gadgetry', 'Homebright Appliances']),
      }[kind];
      const caseNo = `${k.pick(['CLM', 'CASE', 'RMA', ''])}${k.digits(8)}`;
      const by = k.later(5, 20);
      const stage = k.pick(['received', 'review', 'update'] as const);
      return {
        from: `${org} <${kind === 'tax' ? 'no-reply@tax.gov.example' : `claims@${brandDomain(org)}`}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Your ${kind === 'tax' ? 'tax return' : kind === 'refund' ? 'return request' : 'claim'} ${caseNo}`,
          'Update on your case',
          `Status update: ${caseNo}`,
          `We've received your ${kind === 'tax' ? 'return' : 'claim'}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          {
            received: `We have received your ${kind === 'tax' ? 'tax return' : kind === 'refund' ? 'return' : 'claim'} (reference ${caseNo}).`,
            review: `Your ${kind === 'tax' ? 'return' : 'claim'} ${caseNo} is now under review. ${k.pick(['An assessor has been assigned.', 'No action is needed from you at this time.'])}`,
            update: `There's an update on case ${caseNo}: ${k.pick(['we need one more document from you', 'your refund has been approved', 'an engineer visit is being arranged', 'it has moved to the next stage'])}.`,
          }[stage],
          k.chance(0.6)
            ? `We expect to complete our review by ${day(k, by)}.`
            : 'Processing usually takes 5-10 working days.',
          `Track your case online with your reference number.\n${org}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-marketplace-offer-on-listing',
    label: 'other',
    note: 'Second-hand marketplace: "you received an offer on your item", buyer messages (trap for offer)',
    make(k) {
      const mk = k.pick(['Swapsy', 'Resellr', 'Neighbourly Market', 'Kerbside']);
      const item = k.pick([
        'Oak dining table',
        'Kids bike (20")',
        'Road bike, size M',
        'Sofa, grey 3-seater',
        'Camera lens 50mm',
        'Vintage record player',
      ]);
      const buyer = k.person();
      const price = fmtMoney(k, k.int(3, 60) * 5);
      return {
        from: `${mk} <notifications@${brandDomain(mk)}>`,
        to: k.candidate.email,
        subject: k.pick([
          `You received an offer on "${item}"`,
          `${buyer.first} made an offer: ${price}`,
          `New message about your listing`,
          `Offer accepted! Arrange collection`,
        ]),
        date: k.date,
        body: k.paragraphs(
          greeting(k),
          k.pick([
            `${buyer.first} offered ${price} for your ${item}. You have 48 hours to accept, decline or counter the offer.`,
            `${buyer.first} sent you a message: "Hi, is the ${item.toLowerCase()} still available? Could collect ${k.pick(['tomorrow', 'this weekend', 'tonight'])}."`,
            `Great news - you accepted ${buyer.first}'s offer of ${price}. Message them to arrange collection.`,
          ]),
          'Reply in the app · Never share payment details outside the platform.',
          `${mk} · Unsubscribe from listing notifications`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-library-council-community',
    label: 'other',
    note: 'Library holds and overdue notices, council bin collection changes, neighbourhood association and HOA notices',
    make(k) {
      const kind = k.int(0, 2);
      const at = k.later(2, 10);
      const book = k.pick([
        'The Long Field',
        'A Short History of Rivers',
        'Cooking for One',
        'The Glass Orchard',
        'Learning Portuguese',
      ]);
      return {
        from: [
          `${k.pick(['Riverbend', 'Moorland'])} Public Library <notices@library.example>`,
          `${k.pick(['Riverbend', 'Fairhaven'])} Council <noreply@council.example>`,
          `${k.pick(['Elm Park', 'Canal Quarter'])} Residents' Association <committee@residents.example>`,
        ][kind]!,
        to: k.candidate.email,
        subject: [
          k.pick(['Your hold is ready for pickup', 'Items due soon', 'Overdue notice']),
          k.pick(['Changes to your bin collection day', 'Road closure notice', 'Council tax reminder']),
          k.pick(['AGM next week', 'Street party planning', 'Minutes from the last meeting']),
        ][kind]!,
        date: k.date,
        body: [
          k.paragraphs(
            `Dear ${k.candidate.name},`,
            `The following item is ${k.pick(['ready for pickup', 'due back'])} by ${day(k, at)}:\n${book}`,
            'Renew online or at any branch.',
          ),
          k.paragraphs(
            'Dear resident,',
            `From ${day(k, at)}, your ${k.pick(['recycling', 'general waste', 'garden waste'])} collection will move to ${at.weekdayName}s.`,
            'Please have your bins out by 7am.',
          ),
          k.paragraphs(
            'Hi neighbours,',
            `Our annual meeting will be held on ${day(k, at)} at ${clock(k, at.plusDays(0, 19, 0))} in the community hall. Agenda: budget, parking, the summer street party.`,
            'All residents welcome!\nThe committee',
          ),
        ][kind]!,
        expected: nothing(),
      };
    },
  },
  {
    id: 'other-cloud-storage-and-app-updates',
    label: 'other',
    note: 'Product notices: storage almost full, terms of service update, new feature announcement, app release notes',
    make(k) {
      const svc = k.pick(['CloudVault', 'Photobank', 'Notewise', 'Taskly', 'Mailbox']);
      const kind = k.int(0, 3);
      const when = k.later(10, 25);
      return {
        from: `${svc} <${k.pick(['team', 'no-reply', 'updates'])}@${brandDomain(svc)}>`,
        to: k.candidate.email,
        subject: [
          k.pick(['Your storage is almost full', `You've used ${k.int(85, 99)}% of your storage`]),
          k.pick(["We're updating our Terms of Service", 'Important changes to our privacy policy']),
          k.pick([
            `New in ${svc}: ${k.pick(['dark mode', 'shared folders', 'offline mode', 'smart search'])}`,
            `What's new this month`,
          ]),
          k.pick([`Your ${k.sent.year} year in review`, 'Your weekly summary']),
        ][kind]!,
        date: k.date,
        body: k.paragraphs(
          greeting(k),
          [
            `You're running out of space. When your storage is full, new files won't sync. Upgrade to get ${k.pick(['100 GB', '2 TB'])} for ${money(k, 2, 10)}/month.`,
            `We're making changes to our Terms of Service, effective ${day(k, when)}. By continuing to use ${svc} after that date, you agree to the updated terms.`,
            `We've been busy! Here's what shipped this month:\n• ${k.pick(['Faster search', 'New widgets', 'Calendar sync'])}\n• ${k.pick(['Bug fixes', 'Shared templates', 'Keyboard shortcuts'])}`,
            `This week you completed ${k.int(3, 40)} tasks and created ${k.int(1, 12)} notes. Nice work!`,
          ][kind]!,
          `${svc} · Manage email preferences`,
        ),
        expected: nothing(),
      };
    },
  },
];

export const families: Family[] = [...received, ...alerts, ...everyday, ...everydayMore];
