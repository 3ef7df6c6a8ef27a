/**
 * Outcome families: rejections (after applying and after interviews, from systems and from
 * people, in several languages), offers (verbal, letter, e-signature, contingent, via an
 * agency) and status updates without a decision (viewed, under review, delays, timelines,
 * missing documents, background checks, holds, re-opened roles).
 */
import type { Company, ExpectedPerson, Family, Kit, Moment } from '../kit';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

/** The candidate as the To header shows them. */
import { day, exp, sign, to, who } from './outcome-helpers';

/** "Friday, March 13" / "Friday 13 March" without the year, as people write a near date. */
function nearDay(k: Kit, m: Moment): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const mon = months[m.month - 1]!;
  if (k.locale === 'en-US' || k.locale === 'en-CA')
    return k.pick([
      `${m.weekdayName}, ${mon} ${m.day}`,
      `${mon} ${m.day}`,
      `${m.weekdayName} ${m.month}/${m.day}`,
    ]);
  return k.pick([`${m.weekdayName} ${m.day} ${mon}`, `${m.day} ${mon}`, `${m.weekdayName}, ${m.day} ${mon}`]);
}

/** An earlier moment, for quoted messages. */
function earlier(k: Kit, minDays: number, maxDays: number): Moment {
  return k.sent.plusDays(-k.int(minDays, maxDays), k.int(8, 19), k.int(0, 59));
}

function reqId(k: Kit): string {
  return k.pick([
    `R${k.digits(5)}`,
    `REQ-${k.digits(4)}`,
    `${k.sent.year}-${k.digits(4)}`,
    `JR${k.digits(6)}`,
    `${k.digits(6)}`,
  ]);
}

/** A recruitment agency (the agency is never the employer). */
function agency(k: Kit): Company {
  const base = k.pick([
    'Hirewell',
    'Talentbridge',
    'Northstar',
    'Cobalt',
    'Peregrine',
    'Lodestar',
    'Brookfield',
    'Keystone',
    'Blue Arch',
    'Anchorpoint',
  ]);
  const name = `${base} ${k.pick(['Recruitment', 'Search', 'Talent', 'Staffing', 'Associates', 'Search Partners'])}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}

/** A team sign-off that names no person. */
function teamSign(k: Kit, company: Company): string {
  return k.pick([
    `Best regards,\n${company.name} Talent Acquisition`,
    `Sincerely,\nThe ${company.name} Recruiting Team`,
    `Kind regards,\nTalent Acquisition Team\n${company.name}`,
    `Thank you,\n${company.name} Careers`,
    `Regards,\nPeople Team | ${company.name}`,
    `Warm regards,\nThe Talent Team at ${company.name}`,
    `Best,\n${company.name} Hiring Team`,
  ]);
}

function titleRecruiter(k: Kit): string {
  return k.pick([
    'Recruiter',
    'Senior Recruiter',
    'Talent Acquisition Partner',
    'Technical Recruiter',
    'Talent Acquisition Specialist',
    'People Partner',
    'Recruitment Coordinator',
    'Lead Recruiter',
  ]);
}

function titleManager(k: Kit, role: string): string {
  return k.pick([
    'Hiring Manager',
    'Head of Engineering',
    'Director of Operations',
    'VP Product',
    `${role} Team Lead`,
    'Head of Design',
    'Engineering Manager',
    'Co-founder & CEO',
    'Director, Finance',
  ]);
}

/** Courtesy line wrapping a rejection; fitting both "applied" and "interviewed". */
function wishes(k: Kit): string {
  return k.pick([
    'We wish you every success in your job search and future professional endeavors.',
    'Best of luck with your search.',
    'We wish you all the best in your career.',
    'Thank you again for your interest, and we wish you the very best.',
    'We hope you find the right opportunity soon.',
    'Wishing you the best of luck in the future.',
    '',
  ]);
}

function keepOnFile(k: Kit, company: Company): string {
  return k.pick([
    `We will keep your details on file and may contact you should a suitable role come up.`,
    `We'd like to keep your CV on file for future opportunities at ${company.name}, if that's okay with you.`,
    `Your profile will remain in our talent community, and we encourage you to apply for future openings that match your skills.`,
    `Please do keep an eye on our careers page and apply again in the future.`,
    `We encourage you to apply again for other positions that interest you.`,
    '',
  ]);
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
  'Backend Entwickler',
  'Teamleiter Logistik',
];
const FR_ROLES = [
  'Chef de projet digital',
  'Développeur Full Stack',
  'Chargé de recrutement',
  'Comptable',
  'Assistant commercial',
  'Data Analyst',
  'Responsable marketing',
  'Ingénieur DevOps',
];
const ES_ROLES = [
  'Desarrollador Backend',
  'Técnico de Marketing',
  'Administrativo contable',
  'Analista de Datos',
  'Jefe de Proyecto',
  'Atención al Cliente',
  'Ingeniero de Software',
  'Responsable de Compras',
];

// ---------------------------------------------------------------------------------------
// Rejections

const rejections: Family[] = [
  {
    id: 'rej-ats-courtesy-heavy-after-application',
    label: 'rejection',
    note: 'ATS rejection where three courtesy paragraphs bury one "not moving forward" sentence',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'lever', 'ashby', 'smartrecruiters', 'jobvite');
      const role = k.role();
      const thanks = k.pick([
        `Thank you so much for your interest in ${company.name} and for taking the time to apply for our ${role} opening. We know that putting together an application takes real effort, and we truly appreciate it.`,
        `We wanted to start by saying thank you. Applying for a new role is a big step, and we're grateful you considered ${company.name} and the ${role} role for the next chapter of your career.`,
        `On behalf of everyone at ${company.name}, thank you for applying to the ${role} position. We were genuinely excited by the number of talented people who applied.`,
      ]);
      const volume = k.pick([
        'We received a very large number of applications, and every one of them was reviewed by a member of our team.',
        'Our team carefully reviewed each application we received against the requirements of the role.',
        'This was an incredibly competitive process with many strong applicants.',
      ]);
      const decision = k.pick([
        'After careful consideration, we have decided not to move forward with your application at this time.',
        'While your background is impressive, we have decided to pursue other candidates whose experience more closely aligns with our needs for this role.',
        'Unfortunately, we will not be progressing your application further.',
        'We regret that we are unable to offer you a position on this occasion.',
      ]);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Thank you for your interest in ${company.name}`,
          `Your application to ${company.name}`,
          `${role} at ${company.name}`,
          `Regarding your application for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          thanks,
          volume,
          decision,
          keepOnFile(k, company),
          wishes(k),
          teamSign(k, company),
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-workday-status-not-selected',
    label: 'rejection',
    note: 'Workday/iCIMS-style formal letter with requisition number in subject and "not selected"',
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'icims', 'taleo');
      const role = k.role();
      const req = reqId(k);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} - ${role} (${req})`,
          `Your Application for ${req} ${role}`,
          `Application Status - ${role} - Req ${req}`,
          `${role} [${req}] - Application Update`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${k.pick([k.candidate.first, k.candidate.name, `${k.candidate.first} ${k.candidate.last}`])},`,
          k.pick([
            `Thank you for applying for the position of ${role} (Requisition ${req}) with ${company.name}.`,
            `Thank you for your interest in the ${role} position, job requisition ${req}.`,
          ]),
          k.pick([
            'We have reviewed your qualifications carefully and regret to inform you that you were not selected for this position.',
            'After reviewing your application, we have determined that you are not selected to move forward in the process for this position.',
            'Please be advised that the hiring team has selected other candidates whose qualifications better match the requirements of the position.',
            'Your application has been reviewed and you have not been selected to continue in the recruitment process for this requisition.',
          ]),
          k.pick([
            `You may view the status of all your applications by logging into your candidate profile: ${system.link(company, k.token(10))}`,
            'We encourage you to review our other openings and apply to any position for which you feel qualified.',
            'Your candidate profile will remain active and you will continue to receive job alerts if you have opted in.',
          ]),
          k.pick(['Sincerely,', 'Regards,', 'Respectfully,']) +
            '\n' +
            k.pick([
              `${company.name} Talent Acquisition`,
              'Talent Acquisition',
              `Human Resources\n${company.name}`,
            ]),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-no-longer-under-consideration',
    label: 'rejection',
    note: 'Status-language rejection: "no longer under consideration", often with a portal link',
    make(k) {
      const company = k.company();
      const system = k.system('taleo', 'successfactors', 'icims', 'own');
      const role = k.role();
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          'Application status',
          `Status of your application - ${role}`,
          `${company.name}: update to your candidacy`,
          `Your candidacy for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `This message is to inform you that your application for ${role} is no longer under consideration.`,
            `We are writing to let you know that you are no longer being considered for the ${role} position at ${company.name}.`,
            `Your application for the ${role} role has been reviewed and is no longer under active consideration.`,
          ]),
          k.pick([
            'Please note that this decision applies only to this position.',
            'This does not affect any other applications you may have submitted.',
            '',
          ]),
          k.pick([
            `Thank you for your interest in ${company.name}.`,
            `We appreciate your interest in a career with ${company.name}.`,
          ]),
          k.chance(0.5) ? `Review your candidate profile: ${system.link(company, k.token(8))}` : '',
          teamSign(k, company),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-startup-casual-short',
    label: 'rejection',
    note: 'Short casual startup rejection, lowercase subject, no formal courtesy',
    make(k) {
      const company = k.company();
      const system = k.system('ashby', 'lever', 'workable', 'teamtailor');
      const role = k.role(k.pick(['engineering', 'design', 'product', 'data'] as const));
      const viaSystem = k.chance(0.5);
      const sender = k.person(company, 'first');
      const s = sign(
        k,
        sender,
        k.pick(['Talent', 'Recruiting', 'Founding Recruiter', 'People Ops']),
        company,
      );
      return {
        from: viaSystem ? system.from(company) : k.addr(sender),
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} x ${k.candidate.first}`,
          `your application to ${company.name}`,
          `${role} @ ${company.name}`,
          `quick update from ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hey ${k.candidate.first},`, `Hi ${k.candidate.first}!`, `${k.candidate.first} -`]),
          k.pick([
            `Thanks for applying to be our ${role}! We've decided to go in a different direction for this one.`,
            `Appreciate you throwing your hat in the ring for ${role}. Honestly it was a tough call, but we're not going to move ahead with your application.`,
            `Thanks a ton for your interest in ${company.name}. We're going to pass for now on the ${role} role — we're looking for someone with a bit more ${k.pick(['early-stage', 'B2B', 'hands-on', 'domain'])} experience.`,
          ]),
          k.pick([
            "We're a small team so we can't give detailed feedback to everyone, sorry about that.",
            'Would love to stay in touch as we grow.',
            'Keep building cool stuff!',
            '',
          ]),
          viaSystem ? k.pick([`– the ${company.name} team`, `Cheers,\n${company.name}`]) : s.text,
          viaSystem ? system.footer(company) : '',
        ),
        expected: exp(company.name, role, viaSystem ? [] : [who(sender, 'recruiter', sender.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej-after-interview-impressed',
    label: 'rejection',
    note: 'After interviews: "we were impressed by your interview" before the decision (hard case)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const interviewers = k.some(
        [k.person(company, 'first'), k.person(company, 'first'), k.person(company, 'first')],
        0,
        2,
      );
      const s = sign(k, rec, titleRecruiter(k), company);
      const full = k.chance(0.4);
      const names = interviewers.map((p) => (full ? p.name : p.first)).join(' and ');
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} - next steps`,
          `Following up on your interviews`,
          `${company.name} | ${role}`,
          `Re: ${role} interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for taking the time to interview with us for the ${role} role${names ? ` and for meeting ${names}` : ''}.`,
            `I wanted to thank you again for your time over the past few weeks on the ${role} process${names ? ` and for your conversations with ${names}` : ''}.`,
          ]),
          k.pick([
            'The team was really impressed by your interview, in particular your thoughtful answers and the examples you shared.',
            'Everyone enjoyed speaking with you and we were impressed with your experience.',
            'We were impressed by your background and genuinely enjoyed the conversations.',
          ]),
          k.pick([
            'However, after a lot of deliberation, we have decided to move forward with another candidate whose experience is a closer match for what the team needs right now.',
            "That said, it was a very close decision, and we've ultimately chosen to proceed with a candidate who has more direct experience in this area.",
            'Unfortunately, we will not be moving forward with your candidacy at this time.',
          ]),
          k.pick([
            "I know this isn't the news you were hoping for.",
            'I realise this is disappointing after the time you invested.',
            '',
          ]),
          k.pick([
            'If you would like feedback, I am happy to set up a quick call.',
            "I'd love to keep in touch and will reach out if something suitable opens up.",
            keepOnFile(k, company),
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(rec, 'recruiter', rec.email, s.phone),
          ...interviewers.map((p) => ({
            name: full ? p.name : p.first,
            email: null,
            phone: null,
            role: 'interviewer' as const,
          })),
        ]),
      };
    },
  },
  {
    id: 'rej-recruiter-final-round-phone-offer',
    label: 'rejection',
    note: 'Recruiter after final round, offers a feedback call and gives a phone number',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company, true);
      return {
        from: k.addr(rec),
        to: k.addr(k.candidate),
        subject: k.pick([
          `Your final interview - ${role}`,
          `${company.name} - final round outcome`,
          'Update',
          `${role} outcome`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            "I hope you've had a good week. I wanted to reach out personally after your final round with the panel.",
            'Thanks again for coming in for the final stage. I wanted to get back to you as promised.',
          ]),
          k.pick([
            `It's been a really difficult decision, but the panel has decided not to offer you the ${role} position.`,
            `After comparing all finalists, the hiring team has decided to offer the ${role} position to another candidate.`,
            `I'm sorry to say we won't be able to offer you the role on this occasion.`,
          ]),
          k.pick([
            `The feedback was that you came across as ${k.pick(['very personable', 'technically strong', 'well prepared'])}, but another finalist had more experience with ${k.pick(['stakeholder management at scale', 'our tech stack', 'regulated environments', 'leading teams'])}.`,
            'You were genuinely one of the strongest candidates we met.',
            '',
          ]),
          `If it would help, I'm happy to go through the detailed feedback over the phone — just give me a call on ${rec.phone} or reply with a time that suits.`,
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, rec.phone)]),
      };
    },
  },
  {
    id: 'rej-hiring-manager-direct',
    label: 'rejection',
    note: 'Hiring manager writes directly after interviews, plain and brief',
    make(k) {
      const company = k.company();
      const role = k.role();
      const hm = k.person(company);
      const title = titleManager(k, role);
      return {
        from: k.addr(hm),
        to: k.candidate.email,
        subject: k.pick([`${role}`, `Thank you`, `Re: ${role} conversation`, `Our conversation last week`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for talking with me about the ${role} position at ${company.name}. I enjoyed our conversation.`,
            `I really appreciated the time you spent with me and the ${company.name} team on the ${role} role.`,
          ]),
          k.pick([
            "I've decided to go with a candidate whose background is a closer fit for where the team is right now.",
            "We've made the decision to pursue other candidates for this position.",
            "After talking it through with the team, I don't think this is the right fit at this time, so we won't be moving forward.",
          ]),
          k.pick([
            'Thanks again, and good luck.',
            "Please don't hesitate to reach out in the future.",
            'If you ever want to chat about what we look for, my door is open.',
          ]),
          `${k.pick(['Best,', 'Thanks,', 'Regards,'])}\n${hm.first}${k.chance(0.6) ? `\n${hm.name}\n${title}, ${company.name}` : ''}`,
        ),
        expected: exp(company.name, role, [who(hm, 'hiring_manager')]),
      };
    },
  },
  {
    id: 'rej-role-filled',
    label: 'rejection',
    note: 'Role has been filled (wording without "candidate" or "unfortunately")',
    make(k) {
      const company = k.company();
      const system = k.system('bamboohr', 'workable', 'recruitee', 'own', 'jobvite');
      const role = k.role();
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `${role} position`,
          `Position filled: ${role}`,
          `An update on the ${role} role`,
          `${company.name} application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `Thank you for your interest in the ${role} position with ${company.name}. We wanted to let you know that this position has now been filled.`,
            `We're writing to let you know the ${role} role you applied for has been filled.`,
            `The ${role} vacancy at ${company.name} has now been filled, and we are no longer accepting applications.`,
            `Quick note: we have hired for the ${role} opening you applied to.`,
          ]),
          k.pick([
            'We appreciate the time you took to apply.',
            'Thank you for thinking of us.',
            'We truly appreciate your interest.',
          ]),
          keepOnFile(k, company),
          teamSign(k, company),
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-requisition-cancelled-closed',
    label: 'rejection',
    note: 'Role closed / cancelled for budget or reorganisation, applications closed out',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const bySystem = k.chance(0.4);
      const system = k.system('greenhouse', 'workday', 'smartrecruiters', 'icims');
      const s = sign(k, rec, titleRecruiter(k), company);
      const reason = k.pick([
        'due to a change in business priorities',
        'following an internal restructuring',
        'because of budget changes for the coming year',
        'as the team has been reorganised',
        'after a review of our headcount plans',
      ]);
      return {
        from: bySystem ? system.from(company) : k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} - position cancelled`,
          `Update regarding ${role}`,
          `Important update about your application`,
          `${company.name}: ${role} requisition closed`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm reaching out with an update on the ${role} role. ${reason[0]!.toUpperCase()}${reason.slice(1)}, we have made the decision to cancel this requisition.`,
            `We regret to let you know that the ${role} position has been closed ${reason}.`,
            `Unfortunately, ${reason}, the ${role} opening has been withdrawn and we will not be filling it.`,
          ]),
          k.pick([
            'As a result, we are closing out all applications, including yours.',
            'This means we will not be moving forward with any candidates for this role, including you.',
            'All candidates in process, including you, are being notified today.',
          ]),
          k.pick([
            'This was not a reflection on your qualifications.',
            'We are sorry for any inconvenience, especially given the time you have already invested.',
            '',
          ]),
          keepOnFile(k, company),
          bySystem ? teamSign(k, company) : s.text,
          bySystem ? system.footer(company) : '',
        ),
        expected: exp(company.name, role, bySystem ? [] : [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej-role-on-hold-closing-applications',
    label: 'rejection',
    note: 'Position put on hold indefinitely AND applications closed out (contrast: status hold that keeps candidate)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `${role} update`,
          `Re: ${role}`,
          `Hiring freeze - ${role}`,
          `${company.name} - role on hold`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Unfortunately the ${role} role has been put on hold indefinitely as part of a wider hiring freeze.`,
            `I'm sorry to say that the business has placed the ${role} position on hold, with no timeline for reopening.`,
            `Following a company-wide pause on hiring, the ${role} position is on hold until further notice.`,
          ]),
          k.pick([
            "Because we don't know when or if it will reopen, we're closing your application rather than keep you waiting.",
            'We have therefore withdrawn the role and will not be progressing any applications, including yours.',
            "It wouldn't be fair to leave you hanging, so we are ending the process for this role now.",
          ]),
          k.pick([
            "If the role is reinstated, you're welcome to reapply and I'll make sure the team sees your name.",
            "I'm sorry this isn't better news.",
            'Thanks for your patience throughout the process.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej-offer-extended-to-another',
    label: 'rejection',
    note: '"We have extended an offer to another candidate" — contains the word offer but is a rejection',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const bySystem = k.chance(0.35);
      const system = k.system('greenhouse', 'ashby', 'lever');
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: bySystem ? system.from(company) : k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} - update`,
          `Your candidacy at ${company.name}`,
          'Update on the role',
          `${role} offer update`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for your patience while we completed interviews for the ${role} position.`,
            `I wanted to close the loop with you on the ${role} role.`,
          ]),
          k.pick([
            'We have extended an offer to another candidate, who has accepted.',
            'We have now made an offer to another candidate and they have accepted the position.',
            "The team has decided to extend the offer to a different candidate, so we won't be continuing with your application.",
            'Another candidate has accepted our offer for this role.',
          ]),
          k.pick([
            'We really enjoyed getting to know you and hope our paths cross again.',
            "I'll keep your details on file and reach out if a similar role opens.",
            'We appreciate all of the time you put into the process.',
          ]),
          bySystem ? teamSign(k, company) : s.text,
          bySystem ? system.footer(company) : '',
        ),
        expected: exp(company.name, role, bySystem ? [] : [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej-update-subject-hides-decision',
    label: 'rejection',
    note: 'Neutral subject ("Update on your application") and a long warm body; decision late',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'workable', 'smartrecruiters', 'teamtailor', 'recruitee');
      const role = k.role();
      return {
        from: k.pick([system.from(company), `${company.name} Talent Acquisition <talent@${company.domain}>`]),
        to: to(k),
        subject: k.pick([
          'Update on your application',
          `An update from ${company.name}`,
          `Your ${company.name} application`,
          'Following up',
          `Application update: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          `Thank you for applying for the ${role} role at ${company.name}, and for your patience while we reviewed applications.`,
          k.pick([
            `At ${company.name}, we care about giving every candidate a timely, respectful answer, so we wanted to update you directly.`,
            'We know waiting to hear back can be hard, so we wanted to get in touch as soon as we had news.',
            'We have now completed our initial review of all applications.',
          ]),
          k.pick([
            'While we were impressed with your experience, we have decided not to progress your application on this occasion.',
            "On this occasion we won't be taking your application further.",
            'We have decided to proceed with candidates whose profiles more closely match the requirements of the role.',
            "We're sorry to let you know that you have not been shortlisted for this position.",
          ]),
          keepOnFile(k, company),
          wishes(k),
          teamSign(k, company),
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-talent-pool-consent',
    label: 'rejection',
    note: 'Rejection centred on "we will keep your details in our talent pool for 12 months" with GDPR wording',
    make(k) {
      if (k.chance(0.5)) k.as('en-GB');
      const company = k.company();
      const system = k.system('teamtailor', 'personio', 'recruitee', 'workable', 'smartrecruiters');
      const role = k.role();
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `${role} – ${company.name}`,
          `Your application: ${role}`,
          `Thank you for applying to ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Many thanks for your application for the ${role} vacancy.`,
          k.pick([
            'Having reviewed your application against the criteria for the role, we regret that we will not be taking it further on this occasion.',
            "We've considered your application carefully and, unfortunately, have decided not to invite you to the next stage.",
          ]),
          k.pick([
            `With your permission, we would like to keep your details in our talent pool for ${k.pick(['6', '12', '24'])} months so that we can contact you about future vacancies.`,
            `We'll keep your details on file for ${k.pick(['6', '12'])} months in line with our privacy policy. If you'd prefer us to delete them sooner, just let us know.`,
          ]),
          k.pick([
            `To give consent, click here: ${system.link(company, k.token(12))}`,
            `You can manage your data at any time: ${system.link(company, k.token(12))}`,
            '',
          ]),
          teamSign(k, company),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-reapply-after-period',
    label: 'rejection',
    note: 'Rejection with a reapply-after window ("you may reapply after 6 months"), big-company tone',
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'greenhouse', 'successfactors', 'own');
      const role = k.role('engineering');
      const months = k.pick(['6', '12', 'six', 'twelve']);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your ${company.name} candidacy`,
          `${company.name} Careers: ${role}`,
          `Thank you for interviewing with ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for your interest in ${company.name} and for the time you invested in our interview process for ${role}.`,
            `We appreciate you taking the time to go through our technical interviews for the ${role} position.`,
          ]),
          k.pick([
            'After reviewing the feedback from your interviews, we have decided not to move forward at this time.',
            'Unfortunately, the team has decided not to proceed with an offer.',
            'We are not able to move forward with your candidacy for this role.',
          ]),
          k.pick([
            `Our hiring bar is role-specific, and many people who are not selected go on to join us later. You are welcome to reapply after ${months} months.`,
            `Please note that candidates may re-interview for a similar role after a ${months}-month waiting period.`,
          ]),
          k.pick([
            "Due to company policy, we're unable to share specific feedback.",
            'We are not able to provide individual feedback on interview performance.',
            '',
          ]),
          teamSign(k, company),
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-one-liner',
    label: 'rejection',
    note: 'Very short rejections, sometimes near-empty bodies with the decision in the subject',
    make(k) {
      const company = k.company();
      const role = k.role();
      const shape = k.int(0, 2);
      const rec = k.person(company, 'first');
      if (shape === 0) {
        return {
          from: `${company.name} <jobs@${company.domain}>`,
          to: k.candidate.email,
          subject: k.pick([
            `Application unsuccessful - ${role}`,
            `${role}: Not selected`,
            `Your application status: Declined`,
            `Unsuccessful application – ${company.name}`,
          ]),
          date: k.date,
          body: k.pick([
            '',
            `Log in to view: https://jobs.${company.domain}/status/${k.token(8)}`,
            `${company.name}`,
          ]),
          expected: exp(company.name, role),
        };
      }
      return {
        from: shape === 1 ? k.addr(rec) : `${company.name} <hr@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([`Re: ${role}`, `${role}`, `Application - ${role}`]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `${k.candidate.first},`, 'Hello,']),
          k.pick([
            "Thanks for applying. We've decided not to proceed with your application. Best of luck.",
            "Thank you for your interest. Unfortunately you haven't been successful this time.",
            "we've filled the role, thanks for applying",
            "Sorry, we won't be taking this further. All the best.",
          ]),
          shape === 1
            ? `${rec.first}\n${k.pick([company.name, `${company.name} Recruiting`])}`
            : `${company.name} HR`,
        ),
        expected: exp(company.name, role, shape === 1 ? [who(rec, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'rej-reply-to-candidate-checkin',
    label: 'rejection',
    note: 'Reply to the candidate chasing for news; the candidate quote says "still very interested"',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const prev = k.pick([
        `Hi ${rec.first},\n\nI hope you're well. I wanted to follow up on my interview for the ${role} role. I'm still very interested and would love to hear about next steps.\n\nThanks,\n${k.candidate.first}`,
        `Hello ${rec.first}, just checking in on the ${role} position - any update on the timeline?\n\nBest,\n${k.candidate.name}`,
      ]);
      return {
        from: k.addr(rec),
        to: k.addr(k.candidate),
        subject: k.pick([`Re: ${role} - follow up`, `RE: Following up - ${role}`, `Re: Checking in`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            'Thanks for following up, and apologies for the slow reply.',
            "Thanks for checking in - I'm sorry I didn't get back to you sooner.",
          ]),
          k.pick([
            "Unfortunately the team has decided to move ahead with other candidates, so we won't be progressing your application.",
            'I have heard back from the hiring manager and unfortunately they have chosen another candidate for the role.',
            "The team has gone with someone else for this one, I'm afraid.",
          ]),
          k.pick([
            'Thank you for your interest and for your time.',
            "I'll let you know if anything else comes up that suits you.",
            '',
          ]),
          s.text,
          k.quote(prev, k.candidate, earlier(k, 2, 9)),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej-agency-client-feedback',
    label: 'rejection',
    note: 'Agency consultant relays the client decision; client named or confidential (company null)',
    make(k) {
      const ag = agency(k);
      const consultant = k.person(ag);
      const named = k.chance(0.55);
      const client = k.company();
      const role = k.role();
      const s = sign(
        k,
        consultant,
        k.pick(['Senior Consultant', 'Recruitment Consultant', 'Principal Consultant', 'Associate Director']),
        ag,
      );
      const clientRef = named ? client.name : k.pick(['my client', 'the client', 'the hiring company']);
      return {
        from: k.addr(consultant),
        to: k.candidate.email,
        subject: k.pick([
          named ? `${client.name} - feedback` : `${role} - client feedback`,
          `Feedback: ${role}`,
          `RE: ${role} opportunity`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I've just heard back from ${clientRef} regarding the ${role} role.`,
            `Hope you're well. I've had feedback from ${clientRef} on your ${k.pick(['CV', 'interview', 'second interview'])} for the ${role} position.`,
          ]),
          k.pick([
            "Unfortunately they've decided not to take your application any further.",
            "I'm afraid they've decided to progress with other candidates who have more sector experience.",
            "Sadly it's a no this time - they've gone with a candidate with more direct experience.",
          ]),
          k.pick([
            "Don't be disheartened, I have a couple of other roles that could be a great fit. Are you free for a call this week?",
            "I'll keep you posted on anything else that comes in.",
            'Happy to talk through the feedback if useful.',
          ]),
          s.text,
          k.pick([`${ag.name} is acting as an employment agency in relation to this vacancy.`, '']),
        ),
        expected: exp(named ? client.name : null, role, [
          who(consultant, 'agency_consultant', consultant.email, s.phone),
        ]),
      };
    },
  },
  {
    id: 'rej-after-assessment-results',
    label: 'rejection',
    note: 'Rejection following an online test or take-home, mentions the assessment (vs assessment label)',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'workday', 'smartrecruiters', 'successfactors');
      const role = k.role(k.pick(['engineering', 'data', 'business'] as const));
      const test = k.pick([
        'online assessment',
        'coding challenge',
        'take-home exercise',
        'aptitude tests',
        'technical assessment',
      ]);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `${company.name}: ${role} assessment outcome`,
          `Your ${test} - ${role}`,
          `Outcome of your application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for completing the ${test} for the ${role} position.`,
            `Thanks for the time and effort you put into the ${test} for ${role}.`,
          ]),
          k.pick([
            `Our team has reviewed your submission and, unfortunately, we will not be moving you forward to the interview stage.`,
            `Based on the results, we have decided not to progress your application to the next stage.`,
            `On this occasion your results did not meet the threshold required for this role, so we are unable to take your application further.`,
          ]),
          k.pick([
            'We are unable to share individual scores.',
            `Some feedback from the reviewers: the solution ${k.pick(['worked but lacked tests', 'was clear but did not handle edge cases', 'was incomplete in places'])}.`,
            '',
          ]),
          wishes(k),
          teamSign(k, company),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-internal-candidate',
    label: 'rejection',
    note: 'Role given to an internal candidate / internal move',
    make(k) {
      const company = k.company();
      const role = k.role();
      const hm = k.person(company);
      const rec = k.person(company);
      const fromHm = k.chance(0.4);
      const sender = fromHm ? hm : rec;
      const s = sign(k, sender, fromHm ? titleManager(k, role) : titleRecruiter(k), company);
      return {
        from: k.addr(sender),
        to: k.candidate.email,
        subject: k.pick([`${role}`, `Update: ${role}`, `${company.name} - your application`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I wanted to let you know that we have decided to fill the ${role} position with an internal candidate.`,
            `We have chosen to proceed with an internal applicant for the ${role} role.`,
            `Following the interviews, the ${role} position has been offered to a colleague already within the business.`,
          ]),
          k.pick([
            'Your application was strong, and this was a difficult decision.',
            'I appreciate the time you spent with us.',
            'Thank you for your interest in joining the team.',
          ]),
          keepOnFile(k, company),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(sender, fromHm ? 'hiring_manager' : 'recruiter', sender.email, s.phone),
        ]),
      };
    },
  },
  {
    id: 'rej-high-volume-no-feedback',
    label: 'rejection',
    note: 'Form letter explaining the high volume and why no individual feedback is given',
    make(k) {
      const company = k.company();
      const system = k.system('icims', 'taleo', 'workday', 'jobvite', 'own');
      const role = k.role();
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([`${role}`, `Your application with ${company.name}`, `RE: Application for ${role}`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Thank you for applying for the ${role} position.`,
          k.pick([
            `Due to the high volume of applications we received, we are unable to provide individual feedback. We regret to inform you that your application has not been successful on this occasion.`,
            `We received over ${k.int(2, 9)}00 applications for this role. Unfortunately you have not been selected for further consideration, and because of the volume we are unable to offer personal feedback.`,
          ]),
          k.pick([
            'Please do not reply to this email as this mailbox is not monitored.',
            'We thank you for the interest you have shown.',
          ]),
          teamSign(k, company),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-several-roles-none-match',
    label: 'rejection',
    note: 'One rejection covering several roles the candidate applied to; role null',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'lever', 'ashby', 'smartrecruiters');
      const roles = [k.role(), k.role(), k.role()].filter((r, i, a) => a.indexOf(r) === i);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Your applications to ${company.name}`,
          `${company.name} application update`,
          'Thanks for applying',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Thanks for applying to ${k.pick(['several roles', 'a few positions', 'multiple openings'])} at ${company.name}:`,
          roles.map((r) => `• ${r}`).join('\n'),
          k.pick([
            "We've reviewed each of your applications and, unfortunately, we won't be moving forward with any of them right now.",
            'After reviewing your profile against each of these roles, we have decided not to proceed at this time.',
          ]),
          keepOnFile(k, company),
          teamSign(k, company),
          system.footer(company),
        ),
        expected: exp(company.name, roles.length === 1 ? roles[0]! : null),
      };
    },
  },
  {
    id: 'rej-german-absage-after-application',
    label: 'rejection',
    note: 'German rejection after application (Personio etc.), Sie-form, role with (m/w/d)',
    count: 12,
    make(k) {
      k.as('de');
      const company = k.company();
      const system = k.system('personio', 'successfactors', 'smartrecruiters', 'own');
      const role = k.pick(DE_ROLES);
      const rec = k.person(company);
      const named = k.chance(0.5);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Ihre Bewerbung als ${role} (m/w/d)`,
          `Ihre Bewerbung bei ${company.name}`,
          `Absage: ${role} (m/w/d)`,
          `Rückmeldung zu Ihrer Bewerbung`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Sehr geehrte/r ${k.candidate.name},`,
            `Hallo ${k.candidate.first},`,
            `Sehr geehrte Frau/Herr ${k.candidate.last},`,
          ]),
          k.pick([
            `vielen Dank für Ihre Bewerbung als ${role} (m/w/d) und das damit verbundene Interesse an ${company.name}.`,
            `herzlichen Dank für Ihr Interesse an der Position ${role} bei ${company.name}.`,
          ]),
          k.pick([
            'Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.',
            'Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber:innen entschieden haben, deren Profil noch besser zu unseren Anforderungen passt.',
            'Wir bedauern, Ihnen keine positive Nachricht geben zu können: Ihre Bewerbung wurde nicht für die nächste Runde ausgewählt.',
          ]),
          k.pick([
            'Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.',
            'Gerne würden wir Ihre Daten für zukünftige Vakanzen in unserem Talentpool speichern.',
            'Ihre Unterlagen werden gemäß Datenschutzbestimmungen nach sechs Monaten gelöscht.',
          ]),
          'Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.',
          named
            ? `Mit freundlichen Grüßen\n${rec.name}\nRecruiting | ${company.name}`
            : `Mit freundlichen Grüßen\nIhr Recruiting-Team von ${company.name}`,
          system.footer(company),
        ),
        expected: exp(company.name, role, named ? [who(rec, 'recruiter', null)] : []),
      };
    },
  },
  {
    id: 'rej-german-after-interview',
    label: 'rejection',
    note: 'German rejection after an interview from a named recruiter, with thanks for the conversation',
    make(k) {
      k.as('de');
      const company = k.company();
      const role = k.pick(DE_ROLES);
      const rec = k.person(company);
      const s = sign(
        k,
        rec,
        k.pick(['Talent Acquisition', 'HR Business Partner', 'Personalreferentin']),
        company,
      );
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `${role} – Ihr Gespräch bei ${company.name}`,
          `AW: Vorstellungsgespräch ${role}`,
          `Ihre Bewerbung: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hallo ${k.candidate.first},`,
            `Sehr geehrte/r ${k.candidate.name},`,
            `Liebe/r ${k.candidate.first},`,
          ]),
          k.pick([
            'vielen Dank noch einmal für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen haben.',
            'danke für das offene und interessante Gespräch mit unserem Team.',
          ]),
          k.pick([
            'Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden, deren Erfahrung noch etwas besser zu den Anforderungen passt.',
            'Leider müssen wir Ihnen mitteilen, dass wir die Stelle anderweitig besetzt haben.',
            'Die Entscheidung ist uns nicht leicht gefallen, aber wir werden den Prozess mit Ihnen leider nicht fortsetzen.',
          ]),
          k.pick(['Wir waren von Ihrem Profil sehr beeindruckt.', 'Gerne bleiben wir in Kontakt.', '']),
          s.text.replace(
            /^(Best,|Best regards,|Thanks,|Kind regards,|Cheers,|Warm regards,|Thank you,|All the best,)/,
            'Viele Grüße',
          ),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej-french-candidature-non-retenue',
    label: 'rejection',
    note: 'French rejection: "votre candidature n\'a pas été retenue"',
    make(k) {
      k.as('fr');
      const company = k.company();
      const system = k.system('smartrecruiters', 'teamtailor', 'workable', 'own');
      const role = k.pick(FR_ROLES);
      const rec = k.person(company);
      const named = k.chance(0.45);
      return {
        from: named ? k.addr(rec) : system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Votre candidature – ${role}`,
          `Suite à votre candidature chez ${company.name}`,
          `Réponse à votre candidature`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Bonjour ${k.candidate.first},`, `Madame, Monsieur,`, `Bonjour ${k.candidate.name},`]),
          k.pick([
            `Nous vous remercions de l'intérêt que vous portez à ${company.name} et de votre candidature au poste de ${role}.`,
            `Merci pour votre candidature au poste de ${role} et pour le temps consacré à nos échanges.`,
          ]),
          k.pick([
            "Après étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
            "Nous sommes au regret de vous annoncer que nous avons choisi de poursuivre avec d'autres candidats dont le profil correspond davantage à nos besoins.",
            'Malheureusement, nous ne donnerons pas une suite favorable à votre candidature.',
          ]),
          k.pick([
            'Nous conservons votre CV dans notre base de données afin de vous recontacter si une opportunité se présentait.',
            'Nous vous souhaitons pleine réussite dans vos recherches.',
          ]),
          named
            ? `Bien cordialement,\n${rec.name}\nChargée de recrutement – ${company.name}`
            : `Cordialement,\nL'équipe recrutement ${company.name}`,
          named ? '' : system.footer(company),
        ),
        expected: exp(company.name, role, named ? [who(rec, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'rej-spanish-otros-candidatos',
    label: 'rejection',
    note: 'Spanish rejection: "hemos decidido continuar con otros candidatos"',
    make(k) {
      k.as('es');
      const company = k.company();
      const system = k.system('smartrecruiters', 'workable', 'successfactors', 'own');
      const role = k.pick(ES_ROLES);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Tu candidatura a ${role}`,
          `Proceso de selección: ${role}`,
          `${company.name} - Actualización de tu candidatura`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hola ${k.candidate.first}:`,
            `Estimado/a ${k.candidate.name}:`,
            `Hola ${k.candidate.first},`,
          ]),
          k.pick([
            `Gracias por tu interés en ${company.name} y por participar en el proceso de selección para el puesto de ${role}.`,
            `Te agradecemos el tiempo dedicado a tu candidatura para la posición de ${role}.`,
          ]),
          k.pick([
            'Lamentamos informarte de que hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.',
            'Tras revisar detenidamente tu perfil, en esta ocasión no vamos a seguir adelante con tu candidatura.',
            'Lamentablemente, tu candidatura no ha sido seleccionada para la siguiente fase.',
          ]),
          k.pick([
            'Guardaremos tu CV para futuras oportunidades.',
            'Te deseamos mucho éxito en tu búsqueda.',
            '',
          ]),
          k.pick([
            `Un saludo,\nEquipo de Talento de ${company.name}`,
            `Atentamente,\nRecursos Humanos\n${company.name}`,
          ]),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-detailed-feedback',
    label: 'rejection',
    note: 'Long rejection with bullet-point interview feedback (strengths then gaps)',
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'design', 'product', 'data'] as const));
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const strengths = k.some(
        [
          'Clear communication and structured thinking',
          'Strong portfolio / past work',
          'Good rapport with the panel',
          'Solid fundamentals in the technical round',
          'Thoughtful questions about the team',
        ],
        2,
        3,
      );
      const gaps = k.some(
        [
          'System design depth at the scale we operate',
          'Examples of leading cross-functional projects end to end',
          'Experience with stakeholder prioritisation',
          'Hands-on experience with our core tooling',
          'Quantifying impact in past roles',
        ],
        1,
        2,
      );
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Feedback on your ${role} interviews`,
          `${company.name}: outcome and feedback`,
          `Your interview feedback`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Thank you for your time throughout the interview process for ${role}. As promised, I wanted to share the outcome along with some feedback.`,
          k.pick([
            "Unfortunately, we won't be moving forward with an offer.",
            'The panel has decided not to proceed to the next stage.',
            "We've decided to move forward with other candidates at this time.",
          ]),
          `What stood out:\n${strengths.map((x) => `- ${x}`).join('\n')}`,
          `Where the panel wanted to see more:\n${gaps.map((x) => `- ${x}`).join('\n')}`,
          k.pick([
            "I hope this is useful. We'd be glad to hear from you again in the future.",
            'Please take this as constructive - you were a strong candidate.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej-public-sector-hospital',
    label: 'rejection',
    note: 'Public sector / hospital notice: position number, "another applicant was selected", HR letterhead',
    make(k) {
      const base = k.company();
      const kind = k.pick(['city', 'hospital', 'university'] as const);
      const word = base.name.split(' ')[0]!;
      const name =
        kind === 'city'
          ? `City of ${word}`
          : kind === 'hospital'
            ? `${word} Community Hospital`
            : `${word} University`;
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
      const company: Company = { name, slug, domain: `${slug}.example` };
      const role =
        kind === 'hospital'
          ? k.role('care')
          : kind === 'university'
            ? k.role('education')
            : k.role('business');
      const pos = `${k.pick(['Position #', 'Posting No. ', 'Job ID '])}${k.digits(5)}`;
      return {
        from: k.pick([
          `${name} Human Resources <hr-noreply@${company.domain}>`,
          `${name} Careers <jobs@${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([`${role} - ${pos}`, `Notice of Non-Selection`, `Application Status: ${role}`]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`${name}\nDepartment of Human Resources`, `[image: ${name} seal]`, '']),
          `Dear ${k.candidate.name}:`,
          `Thank you for your application for the position of ${role}, ${pos}.`,
          k.pick([
            'The hiring department has completed its review and another applicant has been selected for the position.',
            'This letter is to inform you that you were not selected for this position.',
            'After review of all applications, you were not among the candidates selected for interview.',
          ]),
          k.pick([
            'Your application will remain on file for this posting only. To be considered for other vacancies, you must submit a separate application.',
            'If you were placed on an eligible list, you will be notified separately.',
            'We appreciate your interest in public service.',
          ]),
          `Sincerely,\nHuman Resources\n${name}`,
          k.pick([`${name} is an Equal Opportunity Employer.`, 'This is an automated notification.']),
        ),
        expected: exp(name, role),
      };
    },
  },
  {
    id: 'rej-retail-hourly',
    label: 'rejection',
    note: 'Hourly/retail/warehouse rejection from a store or hiring platform, plain wording',
    make(k) {
      const company = k.company();
      const role = k.role('service');
      const store = `${k.pick(['Store', 'Location', 'DC', 'Site'])} #${k.digits(4)}`;
      return {
        from: k.pick([
          `${company.name} Hiring <hiring@${company.domain}>`,
          `${company.name} Jobs <noreply@jobs.${company.domain}>`,
          k.system('workday', 'icims', 'own').from(company),
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Your ${company.name} application`,
          `${role} - ${store}`,
          `Thanks for applying to ${company.name}!`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          `Thanks for your interest in working at ${company.name} as a ${role} (${store}).`,
          k.pick([
            "At this time we've decided to pursue other candidates for this position.",
            'The position you applied for is no longer available.',
            "We aren't able to move forward with your application right now.",
            'The hiring manager has selected other applicants.',
          ]),
          k.pick([
            `We're always hiring! Check out other openings near you: https://jobs.${company.domain}/search`,
            'You can apply again in 60 days.',
            'Thanks again for thinking of us.',
          ]),
          `${company.name} Recruiting`,
          k.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-friendly-template-emoji',
    label: 'rejection',
    note: 'Modern friendly template with emoji and "different direction" wording',
    make(k) {
      const company = k.company();
      const system = k.system('teamtailor', 'workable', 'ashby', 'recruitee');
      const role = k.role();
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `About your application 💙`,
          `${company.name} ✨ ${role}`,
          `Hey ${k.candidate.first}, an update from ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          `Hi ${k.candidate.first} 👋`,
          k.pick([
            `First of all — thank you for wanting to join ${company.name}! We loved learning a bit about you.`,
            `Thanks for applying to be part of the ${company.name} crew as our next ${role}.`,
          ]),
          k.pick([
            "After a lot of thought, we've decided to go in a different direction for this role.",
            `This time it's not a match for ${role}, and we've chosen to continue with other candidates.`,
            `We won't be moving forward with your ${role} application — we know that's never fun to hear 😔`,
          ]),
          k.pick([
            `Follow us on ${k.pick(['LinkedIn', 'Instagram'])} to hear about new roles first!`,
            "We'd love to see you apply again in the future 🙌",
            '',
          ]),
          `Big hugs,\nTeam ${company.name}`,
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-phone-screen-seniority-mismatch',
    label: 'rejection',
    note: 'After a recruiter screen: level/salary/location mismatch stated plainly',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `Following our call - ${role}`,
          `Re: ${role} screening call`,
          `${company.name} / ${k.candidate.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for jumping on a call with me earlier this week about the ${role} role.`,
            `It was great to chat on the phone on Tuesday about ${role}.`,
            `Thanks again for the intro call for the ${role} position.`,
          ]),
          k.pick([
            "I've spoken with the hiring manager and, given the level of the role, we don't think it's the right match for your experience right now, so we won't progress to the next stage.",
            "Having discussed with the team, the salary expectations we talked about are unfortunately outside the range for this position, so we've decided not to move forward.",
            "The team needs someone on site five days a week, and since that doesn't work for you, we'll close out your application for now.",
          ]),
          k.pick([
            'Really appreciate your openness on the call.',
            "I'll keep you in mind for more senior openings.",
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej-interview-cancelled-role-filled',
    label: 'rejection',
    note: 'Upcoming interview cancelled because the role was filled (mentions an interview date: interviewAt null)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const when = k.later(1, 4);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Cancelled: ${role} interview`,
          `Re: Interview on ${nearDay(k, when)}`,
          `Change of plans - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm sorry to have to write this, but we need to cancel your interview scheduled for ${nearDay(k, when)}.`,
            `I'm writing about your interview on ${nearDay(k, when)} for the ${role} role — unfortunately we have to cancel it.`,
          ]),
          k.pick([
            `We have just filled the ${role} position with a candidate who was further along in the process.`,
            'The hiring team has made a hire for the role, so we are closing the process for all remaining candidates.',
            'The position has been cancelled following a budget review.',
          ]),
          k.pick(['Apologies for the short notice.', "I'm really sorry for the inconvenience.", '']),
          keepOnFile(k, company),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej-portal-status-change-declined',
    label: 'rejection',
    note: 'Portal notification whose status line reads Not Selected / Declined / Closed - filled',
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'icims', 'successfactors', 'taleo', 'jobvite');
      const role = k.role();
      const req = reqId(k);
      const status = k.pick([
        'Not Selected',
        'Declined',
        'Closed - Position Filled',
        'Candidate Not Selected',
        'Not Moving Forward',
        'Rejected',
      ]);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Application Status Change`,
          `Your application status has been updated`,
          `${company.name}: Status update for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          'The status of your application has changed.',
          `Job Title: ${role}\nJob ID: ${req}\nStatus: ${status}`,
          k.pick([
            'Thank you for your interest in our organization.',
            `Thank you for considering ${company.name} as your next employer.`,
          ]),
          `View your application: ${system.link(company, k.token(10))}`,
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-close-second-stay-in-touch',
    label: 'rejection',
    note: 'Silver-medallist rejection: "you were a very close second", talks about future roles (hard case)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const hm = k.person(company);
      const rec = k.person(company);
      const fromRec = k.chance(0.6);
      const sender = fromRec ? rec : hm;
      const s = sign(k, sender, fromRec ? titleRecruiter(k) : titleManager(k, role), company);
      const ccHm = fromRec && k.chance(0.4);
      return {
        from: k.addr(sender),
        to: k.addr(k.candidate),
        cc: ccHm ? k.addr(hm) : undefined,
        subject: k.pick([`${role} - decision`, 'It was close!', `Thank you from ${company.name}`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'll be honest: this was one of the hardest decisions we've made. You were a very close second for the ${role} role.`,
            `You made it all the way to the final two for ${role}, which says a lot.`,
          ]),
          k.pick([
            'In the end we went with the other finalist, mostly because of their experience in our specific market.',
            "Ultimately we've offered the position to another candidate.",
          ]),
          k.pick([
            "We're expecting to open more roles later in the year and I'd love to reach out to you first when we do.",
            "Please don't be a stranger. If you're open to it, I'll get in touch when the next similar role opens.",
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(sender, fromRec ? 'recruiter' : 'hiring_manager', sender.email, s.phone),
          ...(ccHm ? [who(hm, 'hiring_manager')] : []),
        ]),
      };
    },
  },
  {
    id: 'rej-forwarded-by-recruiter-colleague',
    label: 'rejection',
    note: 'Recruiter forwards the hiring manager decision note, with a one-line cover',
    count: 8,
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const hm = k.person(company);
      const when = earlier(k, 0, 2);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: `Fwd: ${role} - ${k.candidate.name}`,
        date: k.date,
        body: k.paragraphs(
          `${k.hello()}\n\n${k.pick([
            "Passing on the hiring manager's note below. Sorry it's not better news.",
            'See below from the team - unfortunately a no this time. Happy to talk it through.',
          ])}\n\n${rec.first}\n${rec.name} | ${titleRecruiter(k)} | ${company.name}`,
          k.forward({
            from: k.addr(hm),
            subject: `${role} - ${k.candidate.name}`,
            when,
            to: k.addr(rec),
            body: k.pick([
              `Hi ${rec.first}, thanks for setting up the interview with ${k.candidate.first}. Good conversation, but I don't think there's enough depth in ${k.pick(['analytics', 'people management', 'enterprise sales', 'distributed systems'])} for this one. Let's pass. Please thank them for their time.\n\n${hm.first}`,
              `${rec.first} - we're going to pass on ${k.candidate.first}. Nice person, strong background, but we need someone who can hit the ground running. Can you let them know?\n\nThanks,\n${hm.name}`,
            ]),
          }),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter'), who(hm, 'hiring_manager')]),
      };
    },
  },
  {
    id: 'rej-job-board-relayed-not-moving-forward',
    label: 'rejection',
    note: 'Job board relays the employer decision ("X has decided not to move forward"); sender is the board',
    make(k) {
      const company = k.company();
      const role = k.role();
      const board = k.pick(['indeed', 'linkedin', 'ziprecruiter'] as const);
      const from =
        board === 'indeed'
          ? 'Indeed <no-reply@indeed.com>'
          : board === 'linkedin'
            ? 'LinkedIn <jobs-noreply@linkedin.com>'
            : 'ZipRecruiter <noreply@ziprecruiter.com>';
      return {
        from,
        to: k.candidate.email,
        subject: k.pick([
          `An update on your application from ${company.name}`,
          `Your application to ${role} at ${company.name}`,
          `${company.name} sent you a message`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, '']),
          k.pick([
            `${company.name} has decided not to move forward with your application for ${role}.`,
            `Unfortunately, ${company.name} has chosen not to proceed with your application for ${role}.`,
            `Message from ${company.name}:\n"Thank you for applying to ${role}. After reviewing your application, we have decided to pursue other candidates. We wish you luck in your search."`,
          ]),
          k.pick([
            "Don't give up! Here are some similar jobs you might like:",
            'Keep going - jobs like this one are still accepting applications:',
            '',
          ]),
          k.chance(0.6) ? `${k.role()} - ${k.company().name}\n${k.role()} - ${k.company().name}` : '',
          `https://www.${board}.com/${k.pick(['myjobs', 'jobs/tracker', 'candidate/applications'])}?from=${k.token(10)}`,
          k.pick([
            `© ${k.sent.year} ${board === 'indeed' ? 'Indeed' : board === 'linkedin' ? 'LinkedIn' : 'ZipRecruiter'}`,
            'Unsubscribe from application updates',
          ]),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej-closed-no-response-or-missed-deadline',
    label: 'rejection',
    note: 'Application closed because the candidate did not respond / missed the assessment deadline',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const bySystem = k.chance(0.5);
      const system = k.system('greenhouse', 'workable', 'smartrecruiters', 'icims');
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: bySystem ? system.from(company) : k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} - application closed`,
          `Closing your application`,
          `Re: ${role} - next steps`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `As we haven't heard back from you regarding the ${role} position, we have closed your application.`,
            `The deadline to complete the ${k.pick(['assessment', 'questionnaire', 'video interview'])} for ${role} has passed, so we are unable to progress your application.`,
            `We reached out a couple of times about scheduling for ${role} but didn't hear back, so we'll be moving forward with other candidates.`,
          ]),
          k.pick([
            "If this was an oversight, you're welcome to apply again for future openings.",
            "If you're still interested in working with us, please keep an eye on our careers page.",
          ]),
          bySystem ? teamSign(k, company) : s.text,
          bySystem ? system.footer(company) : '',
        ),
        expected: exp(company.name, role, bySystem ? [] : [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// Offers

function salaryLine(k: Kit): string {
  switch (k.locale) {
    case 'en-GB':
      return `£${k.int(35, 95)},${k.pick(['000', '500'])} per annum`;
    case 'en-IN':
      return `₹${k.int(8, 45)},00,000 per annum (CTC)`;
    case 'en-AU':
      return `AUD $${k.int(85, 180)},000 plus superannuation`;
    case 'en-CA':
      return `CAD $${k.int(65, 160)},000 annually`;
    case 'de':
      return `${k.int(45, 95)}.000 € brutto jährlich`;
    case 'es':
      return `${k.int(28, 65)}.000 € brutos anuales`;
    case 'fr':
      return `${k.int(38, 75)} 000 € bruts annuels`;
    default:
      return k.pick([
        `$${k.int(70, 210)},000 per year`,
        `$${k.int(18, 55)}.${k.pick(['00', '50'])} per hour`,
        `an annual base salary of $${k.int(70, 210)},000`,
      ]);
  }
}

const offers: Family[] = [
  {
    id: 'offer-verbal-news-recruiter',
    label: 'offer',
    note: 'Recruiter shares verbal offer news and asks for a call; no letter yet',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          'Great news!',
          `${role} - good news`,
          `Exciting news from ${company.name}`,
          `Can we talk today?`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm thrilled to let you know that the team would like to offer you the ${role} position!`,
            `Good news: the hiring panel loved you, and we'd like to make you an offer for the ${role} role.`,
            `I have some great news - we want you on the team as our new ${role}.`,
          ]),
          k.pick([
            "I'd love to walk you through the details (compensation, start date, benefits) on a call. When are you free today or tomorrow?",
            'Are you around for a quick call this afternoon so I can share the details before the formal offer letter goes out?',
            'The written offer will follow in the next day or two, but I wanted to tell you personally first.',
          ]),
          k.pick(['Congratulations!', 'Congrats - so well deserved.', '']),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'offer-letter-attached-formal',
    label: 'offer',
    note: 'Formal offer letter attached, with salary, start date and an acceptance deadline',
    make(k) {
      const company = k.company();
      const role = k.role();
      const hr = k.person(company);
      const start = k.later(15, 40);
      const deadline = k.later(3, 7);
      const s = sign(
        k,
        hr,
        k.pick(['HR Manager', 'People Operations', 'Talent Acquisition Manager', 'HR Business Partner']),
        company,
      );
      return {
        from: k.addr(hr),
        to: k.addr(k.candidate),
        subject: k.pick([
          `Offer of Employment - ${role}`,
          `${company.name} - Offer Letter`,
          `Your offer from ${company.name}`,
          `Offer Letter: ${k.candidate.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `On behalf of ${company.name}, I am pleased to offer you the position of ${role}.`,
            `Following your recent interviews, we are delighted to offer you the role of ${role} at ${company.name}.`,
          ]),
          `Please find attached your offer letter, which sets out the key terms, including ${k.pick(['a starting salary of', 'compensation of'])} ${salaryLine(k)} and a proposed start date of ${day(k, start)}.`,
          `To accept, please sign and return the letter by ${day(k, deadline)}.`,
          k.pick([
            'If you have any questions about the offer or benefits, please do not hesitate to contact me.',
            'We are very excited about the prospect of you joining the team.',
          ]),
          s.text,
          `Attachment: ${k.pick(['Offer_Letter', 'OfferLetter', `${company.slug}_offer`])}_${k.candidate.last}.pdf`,
        ),
        expected: exp(company.name, role, [who(hr, 'recruiter', hr.email, s.phone)]),
      };
    },
  },
  {
    id: 'offer-esign-request',
    label: 'offer',
    note: 'E-signature platform notice asking to review and sign the offer (invented signing services)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const hr = k.person(company);
      const svc = k.pick(['SignFlow', 'InkPact', 'PaperTrail Sign', 'QuickSeal']);
      const svcDomain = svc.toLowerCase().replace(/[^a-z]/g, '');
      const showEmail = k.chance(0.5);
      const doc = k.pick([
        `${role} Offer Letter - ${k.candidate.name}`,
        `Offer Letter_${k.candidate.last}`,
        `${company.name} Employment Offer`,
      ]);
      return {
        from: `${hr.name} via ${svc} <dse@${svcDomain}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `Please sign: ${doc}`,
          `${hr.name} sent you a document to review and sign`,
          `Complete with ${svc}: ${doc}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${hr.name} sent you a document to review and sign.`,
          `REVIEW DOCUMENT\nhttps://app.${svcDomain}.example/sign/${k.token(20)}`,
          showEmail
            ? `${hr.first} ${hr.last}\n${hr.email}\n\nHi ${k.candidate.first}, congratulations! Please review and sign your offer for the ${role} role at ${company.name}.`
            : `Message from ${hr.name}:\nWelcome to ${company.name}! Please sign your offer letter for ${role} at your earliest convenience.`,
          'Do Not Share This Email\nThis email contains a secure link. Please do not share this email, link, or access code with others.',
          `About ${svc}\nSign documents electronically in just minutes. It's safe, secure, and legally binding.`,
        ),
        expected: exp(company.name, role, [who(hr, 'recruiter', showEmail ? hr.email : null)]),
      };
    },
  },
  {
    id: 'offer-ats-portal-notification',
    label: 'offer',
    note: 'ATS says an offer is waiting in the portal; recruiter named as contact',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'workday', 'lever', 'icims', 'smartrecruiters');
      const role = k.role();
      const rec = k.person(company);
      const expires = k.later(4, 8);
      const showEmail = k.chance(0.6);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your offer from ${company.name}`,
          'You have a new offer to review',
          `Action required: review your offer - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Congratulations! ${company.name} has extended you an offer for the role of ${role}.`,
            `We're excited to share that an offer for ${role} is ready for you.`,
          ]),
          `View and respond to your offer here:\n${system.link(company, k.token(16))}`,
          k.pick([`This link expires on ${day(k, expires)}.`, `Please respond by ${day(k, expires)}.`, '']),
          `If you have questions about your offer, please reach out to your recruiter, ${rec.name}${showEmail ? ` (${rec.email})` : ''}.`,
          teamSign(k, company),
          system.footer(company),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', showEmail ? rec.email : null)]),
      };
    },
  },
  {
    id: 'offer-contingent-conditional',
    label: 'offer',
    note: 'Conditional/contingent offer: subject to background check, references, right to work',
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['care', 'business', 'engineering', 'service'] as const));
      const rec = k.person(company);
      const bySystem = k.chance(0.4);
      const system = k.system('icims', 'workday', 'successfactors', 'taleo');
      const s = sign(k, rec, titleRecruiter(k), company);
      const conditions = k.some(
        [
          'a satisfactory background check',
          'satisfactory references',
          'verification of your right to work',
          'a pre-employment drug screen',
          'verification of your professional licence',
          'a DBS check',
        ],
        1,
        3,
      );
      return {
        from: bySystem ? system.from(company) : k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Conditional Offer of Employment - ${role}`,
          `Contingent offer: ${role}`,
          `${company.name} - offer (subject to checks)`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `We are pleased to extend to you a conditional offer of employment for the position of ${role} with ${company.name}.`,
            `Congratulations! ${company.name} is pleased to offer you the ${role} position, contingent upon the conditions below.`,
          ]),
          `This offer is contingent upon ${conditions.join(', ').replace(/, ([^,]*)$/, ' and $1')}.`,
          k.pick([
            'You will shortly receive a separate email with instructions to complete these checks.',
            'Please log into your candidate portal to accept the offer and begin your onboarding tasks.',
            'Once these conditions have been met, we will confirm your start date in writing.',
          ]),
          bySystem ? teamSign(k, company) : s.text,
          bySystem ? system.footer(company) : '',
        ),
        expected: exp(company.name, role, bySystem ? [] : [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'offer-via-agency-consultant',
    label: 'offer',
    note: 'Agency consultant passes on a client offer; client named or confidential (company null)',
    make(k) {
      const ag = agency(k);
      const consultant = k.person(ag);
      const client = k.company();
      const named = k.chance(0.6);
      const role = k.role();
      const s = sign(
        k,
        consultant,
        k.pick(['Senior Consultant', 'Recruitment Consultant', 'Director', 'Talent Partner']),
        ag,
        k.chance(0.7),
      );
      return {
        from: k.addr(consultant),
        to: k.candidate.email,
        subject: k.pick([
          named ? `OFFER - ${client.name}` : `Offer! ${role}`,
          `Great news re ${named ? client.name : 'the ' + role + ' role'}`,
          `RE: ${role} - feedback`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `${k.candidate.first}!`, k.hello()]),
          k.pick([
            `I'm delighted to say ${named ? client.name : 'my client'} would like to offer you the ${role} position!`,
            `Fantastic news - ${named ? client.name : 'the client'} loved you in the final interview and have come back with an offer for the ${role} role.`,
          ]),
          `The headline numbers: ${salaryLine(k)}${k.chance(0.5) ? `, plus ${k.pick(['10% bonus', 'share options', 'a car allowance', '25 days holiday'])}` : ''}. ${k.pick(['They are flexible on start date.', 'They would like you to start as soon as your notice allows.', ''])}`,
          k.pick([
            `Give me a call when you get a moment${s.phone ? ` on ${s.phone}` : ''} and we can talk it through.`,
            "Have a think and let me know your thoughts - I'm around all afternoon.",
          ]),
          s.text,
        ),
        expected: exp(named ? client.name : null, role, [
          who(consultant, 'agency_consultant', consultant.email, s.phone),
        ]),
      };
    },
  },
  {
    id: 'offer-recruiter-cc-hiring-manager-phone',
    label: 'offer',
    note: 'Named recruiter sends the offer with the hiring manager in cc and both phones (people-heavy)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const hm = k.person(company);
      const hmTitle = titleManager(k, role);
      const s = sign(k, rec, titleRecruiter(k), company, true);
      const hmPhone = k.chance(0.5);
      return {
        from: k.addr(rec),
        to: k.addr(k.candidate),
        cc: k.addr(hm),
        subject: k.pick([`${company.name} Offer - ${role}`, `Offer: ${role}`, `Welcome to ${company.name}!`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `It's my pleasure to formally offer you the ${role} position at ${company.name}! I've copied ${hm.first} (${hmTitle}), who will be your manager.`,
            `Congratulations! We're delighted to offer you the role of ${role}. ${hm.name}, ${hmTitle}, is cc'd here and is thrilled too.`,
          ]),
          `Your offer letter is attached. It includes ${salaryLine(k)}, ${k.pick(['equity', 'a sign-on bonus', 'our standard benefits package', 'relocation support'])} and a proposed start date we can discuss.`,
          k.pick([
            `If you have questions about the team or the work, ${hm.first} is happy to chat${hmPhone ? ` - reach them on ${hm.phone}` : ''}.`,
            `${hm.first} would love to grab a coffee before you decide${hmPhone ? ` (mobile: ${hm.phone})` : ''}.`,
          ]),
          `For anything on the offer itself, call me on ${rec.phone}.`,
          s.text,
        ),
        expected: exp(company.name, role, [
          who(rec, 'recruiter', rec.email, rec.phone),
          who(hm, 'hiring_manager', hm.email, hmPhone ? hm.phone : null),
        ]),
      };
    },
  },
  {
    id: 'offer-german-vertragsangebot',
    label: 'offer',
    note: 'German offer: "freuen uns, Ihnen ... anbieten zu können", Vertrag im Anhang',
    make(k) {
      k.as('de');
      const company = k.company();
      const role = k.pick(DE_ROLES);
      const rec = k.person(company);
      const start = k.later(20, 45);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `Vertragsangebot ${role}`,
          `Zusage: ${role} (m/w/d)`,
          `Ihr Angebot von ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hallo ${k.candidate.first},`, `Sehr geehrte/r ${k.candidate.name},`]),
          k.pick([
            `wir freuen uns sehr, Ihnen die Position als ${role} bei ${company.name} anbieten zu können!`,
            `nach den sehr positiven Gesprächen möchten wir Ihnen gerne ein Angebot für die Stelle ${role} machen.`,
          ]),
          `Im Anhang finden Sie Ihren Arbeitsvertrag mit einem Jahresgehalt von ${salaryLine(k)} und einem Eintrittsdatum zum ${start.date('de-numeric')}.`,
          k.pick([
            'Bitte senden Sie uns den unterschriebenen Vertrag innerhalb einer Woche zurück.',
            'Bei Fragen können Sie mich jederzeit gerne anrufen.',
          ]),
          `Viele Grüße\n${rec.name}\nHR | ${company.name}`,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'offer-spanish-oferta',
    label: 'offer',
    note: 'Spanish offer: "nos complace ofrecerte el puesto"',
    make(k) {
      k.as('es');
      const company = k.company();
      const role = k.pick(ES_ROLES);
      const rec = k.person(company);
      const phone = k.chance(0.5);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `Oferta de empleo - ${role}`,
          `¡Enhorabuena! Oferta ${company.name}`,
          `Carta oferta: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hola ${k.candidate.first}:`, `Estimado/a ${k.candidate.name}:`]),
          k.pick([
            `Nos complace ofrecerte el puesto de ${role} en ${company.name}.`,
            `¡Enhorabuena! Tras el proceso de selección, queremos ofrecerte la posición de ${role}.`,
          ]),
          `Adjuntamos la carta oferta con las condiciones: ${salaryLine(k)}, contrato indefinido y ${k.pick(['jornada flexible', 'teletrabajo parcial', 'seguro médico'])}.`,
          phone
            ? `Si tienes cualquier duda, puedes llamarme al ${rec.phone}.`
            : 'Quedamos a la espera de tu respuesta.',
          `Un saludo,\n${rec.name}\nTalento | ${company.name}`,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, phone ? rec.phone : null)]),
      };
    },
  },
  {
    id: 'offer-founder-informal',
    label: 'offer',
    note: 'Founder/hiring manager informal offer, never says "offer letter"; paperwork to follow',
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'design', 'product', 'business'] as const));
      const founder = k.person(company, 'first');
      const ops = k.person(company);
      const mentionOps = k.chance(0.5);
      return {
        from: k.addr(founder),
        to: k.candidate.email,
        subject: k.pick([
          'Welcome aboard (almost)',
          "Let's do this",
          `${company.name} + ${k.candidate.first}`,
          'Following up on tonight',
        ]),
        date: k.date,
        body: k.paragraphs(
          `${k.pick(['Hey', 'Hi'])} ${k.candidate.first},`,
          k.pick([
            `Great talking today. Just so it's in writing: we'd love to have you join ${company.name} as our ${role}.`,
            `The whole team was unanimous - we want you as our first ${role}.`,
          ]),
          `${salaryLine(k)}${k.chance(0.5) ? ` and ${k.pick(['0.5%', '0.25%', '1%'])} equity` : ''}, ${k.pick(['full benefits from day one', 'flexible hours', 'a remote-friendly setup'])}.`,
          mentionOps
            ? `${ops.first} from our ops side will send the formal paperwork ${k.pick(['tomorrow', 'this week', 'on Monday'])}.`
            : 'Formal paperwork to follow.',
          k.pick([
            "Take the weekend to think it over. Call me if anything's unclear.",
            'No pressure, but we are excited!',
          ]),
          `${founder.first}\n${k.pick(['Founder', 'Co-founder & CEO', 'CTO'])}, ${company.name}`,
        ),
        expected: exp(company.name, role, [
          who(founder, 'hiring_manager'),
          ...(mentionOps
            ? [{ name: ops.first, email: null, phone: null, role: null } as ExpectedPerson]
            : []),
        ]),
      };
    },
  },
  {
    id: 'offer-revised-after-negotiation',
    label: 'offer',
    note: 'Revised/updated offer after the candidate negotiated; quotes the candidate',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const prev = `Hi ${rec.first},\n\nThank you so much for the offer. I'm very excited about the role. Would there be any flexibility on the base salary?\n\nBest,\n${k.candidate.first}`;
      return {
        from: k.addr(rec),
        to: k.addr(k.candidate),
        subject: k.pick([`Re: Offer - ${role}`, `Revised offer - ${role}`, `Updated offer letter`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for your patience. I spoke to the team and we're able to improve the ${role} offer.`,
            `Good news - the hiring manager for the ${role} role approved an adjustment.`,
          ]),
          `The revised offer is ${salaryLine(k)}${k.chance(0.5) ? `, with a ${k.locale === 'en-GB' ? '£3,000' : k.pick(['$5,000', '$10,000'])} sign-on bonus` : ''}. Everything else stays the same.`,
          k.pick([
            'The updated offer letter is attached - let me know if you have any questions.',
            "I'll send the updated letter through our e-sign tool shortly.",
          ]),
          s.text,
          k.quote(prev, k.candidate, earlier(k, 1, 4)),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'offer-graduate-programme',
    label: 'offer',
    note: 'Graduate/intern programme offer letter, "pleased to offer you a place"',
    make(k) {
      if (k.chance(0.4)) k.as(k.pick(['en-GB', 'en-IN', 'en-AU'] as const));
      const company = k.company();
      const year = k.sent.year + 1;
      const role = k.pick([
        `${year} Graduate Programme`,
        'Summer Internship',
        'Graduate Analyst',
        'Software Engineering Intern',
        'Graduate Trainee',
      ]);
      const system = k.system('workday', 'successfactors', 'smartrecruiters', 'own');
      return {
        from: k.pick([
          system.from(company),
          `${company.name} Early Careers <earlycareers@${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Congratulations - your offer for the ${role}`,
          `${company.name} ${role}: Offer`,
          'Your offer is here!',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          role.includes('Programme')
            ? `Congratulations! We are delighted to offer you a place on the ${company.name} ${role}.`
            : `Congratulations! We are delighted to offer you the position of ${role} at ${company.name}.`,
          k.pick([
            'Your offer letter and contract are available in your candidate portal. Please accept within 14 days.',
            'Please log in to review your offer pack, which includes your contract, salary details and programme start date.',
          ]),
          `Portal: ${system.link(company, k.token(10))}`,
          k.pick([
            'We will invite you to our offer-holder events over the coming months.',
            'Welcome to the class!',
          ]),
          `Best wishes,\n${company.name} Early Careers Team`,
          k.footer(company),
        ),
        expected: exp(company.name, role, []),
      };
    },
  },
  {
    id: 'offer-french-promesse-embauche',
    label: 'offer',
    note: 'French offer: "nous avons le plaisir de vous proposer", promesse d\'embauche',
    count: 8,
    make(k) {
      k.as('fr');
      const company = k.company();
      const role = k.pick(FR_ROLES);
      const rec = k.person(company);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `Proposition d'embauche – ${role}`,
          `Promesse d'embauche ${company.name}`,
          `Bonne nouvelle !`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Bonjour ${k.candidate.first},`,
          k.pick([
            `Suite à nos échanges, nous avons le plaisir de vous proposer le poste de ${role} au sein de ${company.name}.`,
            `J'ai le plaisir de vous annoncer que nous souhaitons vous faire une offre pour le poste de ${role}.`,
          ]),
          `Vous trouverez ci-joint votre promesse d'embauche (CDI, ${salaryLine(k)}).`,
          'Merci de nous la retourner signée si elle vous convient.',
          `Bien à vous,\n${rec.name}\nResponsable RH – ${company.name}`,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'offer-hourly-job-offer-text-style',
    label: 'offer',
    note: 'Hourly/retail job offer from a store manager with pay rate and first shift onboarding',
    make(k) {
      const company = k.company();
      const role = k.role('service');
      const mgr = k.person(company, 'first');
      const phone = k.chance(0.6);
      const fromMgr = k.chance(0.6);
      return {
        from: fromMgr ? k.addr(mgr) : `${company.name} Hiring <hiring@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Job Offer - ${role}`,
          `You're hired! ${company.name}`,
          `${company.name} job offer`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          k.pick([
            `Congrats! We'd like to offer you the ${role} position at our ${k.pick(['Main St', 'Westfield', 'Airport', 'Downtown'])} ${company.name} location.`,
            `Great meeting you. I'm happy to offer you a job as ${role} at ${company.name}.`,
          ]),
          `Pay: ${k.pick([`$${k.int(15, 24)}.${k.pick(['00', '50', '25'])}/hr`, `$${k.int(15, 24)} an hour`])}, ${k.pick(['part-time, 20-30 hrs/week', 'full-time', 'weekends and evenings'])}.`,
          'Please accept the offer in the hiring app so we can start your onboarding paperwork.',
          phone ? `Questions? Text or call me at ${mgr.phone}.` : '',
          `${mgr.name}\n${k.pick(['Store Manager', 'General Manager', 'Shift Supervisor', 'Site Manager'])}`,
        ),
        expected: exp(company.name, role, [
          who(mgr, 'hiring_manager', fromMgr ? mgr.email : null, phone ? mgr.phone : null),
        ]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// Status updates

const statuses: Family[] = [
  {
    id: 'status-job-board-application-viewed',
    label: 'status_update',
    note: 'Job board notice that the employer viewed the application',
    make(k) {
      const company = k.company();
      const role = k.role();
      const board = k.pick(['linkedin', 'indeed', 'glassdoor'] as const);
      const from =
        board === 'linkedin'
          ? 'LinkedIn <jobs-noreply@linkedin.com>'
          : board === 'indeed'
            ? 'Indeed <no-reply@indeed.com>'
            : 'Glassdoor <noreply@glassdoor.com>';
      return {
        from,
        to: k.candidate.email,
        subject: k.pick([
          `Your application was viewed by ${company.name}`,
          `${company.name} viewed your application`,
          `Good news: ${company.name} has seen your application for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, k.candidate.first, '']),
          k.pick([
            `Your application for ${role} at ${company.name} was viewed.`,
            `${company.name} viewed your application for ${role}.`,
            `An employer has viewed your application.\n\n${role}\n${company.name}`,
          ]),
          k.pick([
            "This doesn't mean a decision has been made, but it's a good sign they're reviewing candidates.",
            'Employers typically respond within 2 weeks.',
            'Keep applying to increase your chances.',
          ]),
          k.pick(['View application', 'See similar jobs', 'Track your applications']) +
            `: https://www.${board}.com/${k.pick(['jobs/tracker', 'myjobs', 'applications'])}?trk=${k.token(10)}`,
          k.pick([
            `You are receiving application status notifications. Unsubscribe: https://www.${board}.com/unsub/${k.token(8)}`,
            `© ${k.sent.year} ${board === 'linkedin' ? 'LinkedIn' : board === 'indeed' ? 'Indeed' : 'Glassdoor'}`,
          ]),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'status-ats-under-review',
    label: 'status_update',
    note: 'ATS: application now "In Review"/"Under Consideration", no decision',
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'icims', 'smartrecruiters', 'jobvite', 'bamboohr', 'taleo');
      const role = k.role();
      const status = k.pick([
        'In Review',
        'Under Review',
        'Under Consideration',
        'Application Reviewed',
        'Screening',
      ]);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your application is under review`,
          `${role}: status update`,
          `Application update from ${company.name}`,
          `Status changed: ${status}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `Good news - your application for ${role} has moved to "${status}".`,
            `We wanted to let you know that your application for the ${role} position is currently under review by our recruiting team.`,
            `Your application status for ${role} has been updated to: ${status}.`,
          ]),
          k.pick([
            'No action is needed from you at this time. If your qualifications match our needs, a member of our team will contact you about next steps.',
            "We'll be in touch as soon as there's an update.",
            'Reviews typically take 1-3 weeks depending on volume.',
          ]),
          `Track your application: ${system.link(company, k.token(10))}`,
          teamSign(k, company),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'status-shared-with-hiring-manager',
    label: 'status_update',
    note: 'Recruiter says the CV has gone to the hiring manager (named), will update when they hear',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const hm = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const nameHm = k.chance(0.6);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} - update`,
          `Re: ${role} application`,
          'Quick update',
          `Your profile - ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Just a quick note to let you know I've shared your profile with ${nameHm ? `${hm.name}, the hiring manager for the ${role} role` : `the hiring manager for the ${role} role`}.`,
            `Your application for ${role} has passed our initial screen and is now with ${nameHm ? hm.name : 'the hiring manager'} for review.`,
            `I've put you forward to ${nameHm ? hm.name : 'the hiring team'} for the ${role} position.`,
          ]),
          k.pick([
            "They're reviewing a shortlist this week, and I'll let you know as soon as I hear back.",
            "I'll update you once they've had a chance to look - usually within a week or so.",
            "Nothing for you to do right now; I'll be in touch with their feedback.",
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(rec, 'recruiter', rec.email, s.phone),
          ...(nameHm ? [who(hm, 'hiring_manager', null)] : []),
        ]),
      };
    },
  },
  {
    id: 'status-process-delayed',
    label: 'status_update',
    note: 'Apology that the process is taking longer (holidays, hiring manager away); no firm date',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const bySystem = k.chance(0.3);
      const system = k.system('greenhouse', 'lever', 'ashby');
      const s = sign(k, rec, titleRecruiter(k), company);
      const reason = k.pick([
        'the hiring manager has been travelling',
        'several people on the panel are on leave',
        'we received more applications than expected',
        'our leadership team is finalising next year\u2019s budget',
        'the holiday period has slowed things down',
      ]);
      return {
        from: bySystem ? system.from(company) : k.addr(rec),
        to: to(k),
        subject: k.pick([
          'Quick update on timing',
          `${role} - delay`,
          'Sorry for the wait',
          `Update: ${role} process`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I wanted to let you know we haven't forgotten about you! The ${role} process is taking a little longer than planned because ${reason}.`,
            `Apologies for the radio silence on the ${role} role - ${reason}, so things are moving slower than we'd like.`,
            `We wanted to give you a quick update: our review of applications for ${role} is running behind schedule, as ${reason}.`,
          ]),
          k.pick([
            'We hope to have more news in the next couple of weeks and will reach out as soon as we do.',
            "I don't have a firm date yet, but you're still very much in the process.",
            'Thank you for your patience - we will update you as soon as we can.',
          ]),
          bySystem ? teamSign(k, company) : s.text,
          bySystem ? system.footer(company) : '',
        ),
        expected: exp(company.name, role, bySystem ? [] : [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'status-decision-by-date-before-offers',
    label: 'status_update',
    note: 'After interview: decision expected by a dated day; mentions "before we make any offers" (hard case)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const by = k.later(3, 9);
      const when = k.pick([nearDay(k, by), day(k, by)]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Next steps - ${role}`,
          'Thanks for interviewing!',
          `${company.name}: timeline update`,
          `Re: ${role} interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks again for your time with the team for the ${role} role - everyone enjoyed meeting you.`,
            `I hope the ${role} interview felt good. Thank you for making the time.`,
          ]),
          k.pick([
            `We're finishing interviews with a few more candidates this week, and the team wants to meet everyone before we make any offers.`,
            `We still have ${k.pick(['two', 'three', 'a couple of'])} candidates to see, so we won't be making an offer decision until all interviews are done.`,
            'The panel will meet to compare notes once the final interviews are complete.',
          ]),
          k.pick([
            `We expect to make a decision by ${when}, and I'll be in touch either way.`,
            `You can expect to hear from us by ${when} at the latest.`,
            `Our aim is to get back to all candidates by ${when}.`,
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)], by.ymd),
      };
    },
  },
  {
    id: 'status-incomplete-application',
    label: 'status_update',
    note: 'ATS nudge: application started but not finished / questions unanswered',
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'icims', 'taleo', 'successfactors', 'smartrecruiters');
      const role = k.role();
      const deadline = k.later(2, 7);
      const withDeadline = k.chance(0.4);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          'Your application is incomplete',
          `Action required: complete your application for ${role}`,
          `Don't forget to finish your ${company.name} application`,
          'Reminder: incomplete application',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `We noticed you started an application for ${role} but haven't submitted it yet.`,
            `Your application for ${role} is missing required information and cannot be reviewed until it is complete.`,
            `Thank you for your interest in ${role}. Some required questions in your application have not been answered.`,
          ]),
          k.pick([
            'Please log in to complete the remaining steps:',
            'Pick up where you left off:',
            'To complete your application, sign in here:',
          ]) + `\n${system.link(company, k.token(10))}`,
          withDeadline
            ? `The posting closes on ${day(k, deadline)}.`
            : k.pick(['Incomplete applications are not considered.', '']),
          teamSign(k, company),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'status-missing-documents-upload',
    label: 'status_update',
    note: 'Please upload missing documents (transcript, certificates, right-to-work ID) to proceed',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const bySystem = k.chance(0.5);
      const system = k.system('bamboohr', 'workable', 'personio', 'icims', 'own');
      const s = sign(k, rec, k.pick(['HR Coordinator', 'Recruitment Coordinator', 'HR Assistant']), company);
      const docs = k.some(
        [
          'a copy of your degree certificate',
          'your academic transcript',
          'proof of right to work',
          'a copy of your professional licence',
          'a cover letter',
          'two forms of ID',
          'your updated CV',
        ],
        1,
        3,
      );
      return {
        from: bySystem ? system.from(company) : k.addr(rec),
        to: to(k),
        subject: k.pick([
          'Missing documents',
          `Documents needed - ${role}`,
          'Action needed on your application',
          `${role}: please upload`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Thank you for your application for ${role}. To continue processing it, we need ${docs.join(', ').replace(/, ([^,]*)$/, ' and $1')}.`,
          bySystem
            ? `Upload your documents here: ${system.link(company, k.token(10))}`
            : k.pick([
                'Please reply to this email with the documents attached.',
                'You can send them over by replying here.',
              ]),
          k.pick(['Your application will remain on hold until we receive them.', 'Thanks in advance!', '']),
          bySystem ? teamSign(k, company) : s.text,
        ),
        expected: exp(company.name, role, bySystem ? [] : [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'status-background-check-initiated',
    label: 'status_update',
    note: 'Background/screening vendor (invented) or HR: check initiated, please complete the form',
    make(k) {
      const company = k.company();
      const role = k.role();
      const vendor = k.pick(['VerityScreen', 'ClearPath Screening', 'TrueCheck', 'BackTrace HR']);
      const vdom = vendor.toLowerCase().replace(/[^a-z]/g, '');
      const fromVendor = k.chance(0.6);
      const hr = k.person(company);
      return {
        from: fromVendor ? `${vendor} <noreply@${vdom}.example>` : k.addr(hr),
        to: k.candidate.email,
        subject: fromVendor
          ? k.pick([
              `${company.name} has requested a background check`,
              `Action Required: complete your background screening for ${company.name}`,
            ])
          : k.pick(['Background check - next step', `Pre-employment screening - ${role}`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          fromVendor
            ? `${company.name} has asked ${vendor} to conduct a background check as part of your application for ${role}.`
            : `As we discussed, we've now started the background check for the ${role} position.`,
          k.pick([
            `Please complete your information within 3 business days: https://portal.${vdom}.example/c/${k.token(14)}`,
            `You'll receive a link from ${vendor} shortly to provide your consent and details.`,
            'The check usually takes 3-5 business days; we will let you know once it is complete.',
          ]),
          k.pick([
            'This is a standard step and does not mean a final decision has been made.',
            'If you have questions about the process, reply to this email.',
            '',
          ]),
          fromVendor
            ? `${vendor} | Consumer reporting agency | Do not reply to this email`
            : `${k.pick(['Thanks,', 'Best,'])}\n${hr.name}\n${k.pick(['HR Coordinator', 'People Operations'])}, ${company.name}`,
        ),
        expected: exp(company.name, role, fromVendor ? [] : [who(hr, 'recruiter')]),
      };
    },
  },
  {
    id: 'status-still-in-the-running',
    label: 'status_update',
    note: '"You\'re still in the running / still under consideration" while others are interviewed',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          'Still in the running!',
          `Checking in - ${role}`,
          'Update from our side',
          `Re: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Just wanted to check in so you don't think we've gone quiet - you're still very much in the running for the ${role} role.`,
            `A quick update: you remain under consideration for ${role} and the team was positive about your interview.`,
            `We're still interviewing for ${role}, and I wanted to let you know you're still in consideration.`,
          ]),
          k.pick([
            'We have a few more conversations this week and then the team will regroup.',
            "The hiring manager has been out, so it'll be another week or so.",
            "I'll follow up as soon as there's movement.",
          ]),
          k.pick(['Thanks for your patience!', 'Appreciate you hanging in there.', '']),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'status-position-reopened',
    label: 'status_update',
    note: 'Role re-opened (after a hold or a failed hire); application reactivated, asks if still interested',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} has reopened`,
          `Good news - ${role} is back open`,
          `Re: your ${company.name} application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `You applied for our ${role} role a few months ago, before we paused hiring. I'm happy to say the position has been re-opened.`,
            `The ${role} position you applied for has been reopened, and we've reactivated your application.`,
            `Our ${role} search is back on after the hold, and your application is active again.`,
          ]),
          k.pick([
            "If you're still interested, just reply to let me know and I'll move you to the review stage.",
            "No need to reapply - we'll be reviewing applications over the next couple of weeks.",
            'Please confirm you would like to remain in consideration.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'status-hiring-paused-keep-active',
    label: 'status_update',
    note: 'Hiring temporarily paused but the candidate stays in process (contrast with on-hold rejection)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([`${role} - brief pause`, 'Temporary hold on the process', `Update on ${role}`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I wanted to be upfront: we've temporarily paused the ${role} process while leadership finalises the budget for next quarter.`,
            `The ${role} role has been put on a short hold while the team goes through a reorg.`,
          ]),
          k.pick([
            "This isn't a no - your application stays active and you're still one of our top candidates.",
            "We are not closing the role, and we'd like to keep you in the process.",
            "Nothing changes on your side - we'll pick up right where we left off.",
          ]),
          k.pick([
            'I expect to have clarity in a few weeks and will reach out then.',
            "I'll update you as soon as we get the green light.",
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'status-change-sign-in-to-view',
    label: 'status_update',
    note: 'Opaque "there has been a change to your application, sign in to view" notice (no decision in text)',
    make(k) {
      const company = k.company();
      const system = k.system('successfactors', 'taleo', 'workday', 'icims');
      const role = k.role();
      const req = reqId(k);
      return {
        from: system.from(company),
        to: k.addr(k.candidate),
        subject: k.pick([
          `Application status update – ${role}`,
          'There is an update to your application',
          `${company.name}: update available`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `There has been a change to the status of your application for ${role} (Job Req ${req}).`,
            `An update is available for your application to ${role} (${req}).`,
          ]),
          k.pick([
            `For data protection reasons, we do not include application details in email. Please sign in to the ${company.name} Career Site to view your updated status:`,
            'Please log in to your candidate account to view it:',
          ]) + `\n${system.link(company, k.token(10))}`,
          k.pick([
            'If you have forgotten your password, use the "Forgot password" link on the sign-in page.',
            '',
          ]),
          `${company.name} Talent Acquisition`,
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'status-whats-next-panel-timeline',
    label: 'status_update',
    note: 'Structured "what happens next" list after interviews with panel date and notify-by date',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'ashby', 'lever', 'own');
      const role = k.role();
      const panel = k.later(2, 5);
      const by = panel.plusWorkdays(k.int(2, 5));
      const dated = k.chance(0.75);
      return {
        from: k.pick([system.from(company), `${company.name} Recruiting <recruiting@${company.domain}>`]),
        to: to(k),
        subject: k.pick([
          `What happens next - ${role}`,
          `Your ${company.name} interview: next steps`,
          'Thanks for interviewing with us',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Thank you for interviewing for ${role}. Here's what happens next:`,
          [
            `1. Your interviewers submit written feedback${k.chance(0.5) ? ' (usually within 48 hours)' : ''}.`,
            `2. The hiring panel meets${dated ? ` on ${nearDay(k, panel)}` : ''} to review all candidates.`,
            dated
              ? `3. We'll let you know the outcome by ${k.pick([nearDay(k, by), day(k, by)])}.`
              : "3. We'll let you know the outcome as soon as the panel has met.",
          ].join('\n'),
          k.pick(['No need to do anything in the meantime.', 'Feel free to reply with any questions.', '']),
          teamSign(k, company),
          system.footer(company),
        ),
        expected: exp(company.name, role, [], dated ? by.ymd : null),
      };
    },
  },
  {
    id: 'status-agency-client-still-interviewing',
    label: 'status_update',
    note: 'Agency consultant: client still interviewing / feedback delayed; client sometimes unnamed',
    make(k) {
      const ag = agency(k);
      const consultant = k.person(ag);
      const client = k.company();
      const named = k.chance(0.5);
      const role = k.role();
      const s = sign(
        k,
        consultant,
        k.pick(['Senior Consultant', 'Recruitment Consultant', 'Account Manager']),
        ag,
      );
      const by = k.later(2, 6);
      const dated = k.chance(0.35);
      return {
        from: k.addr(consultant),
        to: k.candidate.email,
        subject: k.pick([
          `${role} - update`,
          named ? `${client.name} update` : 'Quick update',
          'RE: feedback?',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `No news yet from ${named ? client.name : 'the client'} on the ${role} role, I'm afraid - they're still seeing a couple of candidates.`,
            `Just a heads up that ${named ? client.name : 'my client'} have been slow to give feedback on ${role}. I've chased them again today.`,
          ]),
          dated
            ? `They've promised me a decision by ${nearDay(k, by)}, so I'll come back to you then.`
            : k.pick([
                "As soon as I hear anything I'll call you.",
                'Still very positive signs from their side.',
              ]),
          s.text,
        ),
        expected: exp(
          named ? client.name : null,
          role,
          [who(consultant, 'agency_consultant', consultant.email, s.phone)],
          dated ? by.ymd : null,
        ),
      };
    },
  },
  {
    id: 'status-german-in-pruefung',
    label: 'status_update',
    note: 'German: Bewerbung wird geprüft / Zwischenstand, sometimes with a date',
    make(k) {
      k.as('de');
      const company = k.company();
      const system = k.system('personio', 'successfactors', 'own');
      const role = k.pick(DE_ROLES);
      const by = k.later(5, 12);
      const dated = k.chance(0.4);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Zwischenstand zu Ihrer Bewerbung`,
          `Ihre Bewerbung als ${role} (m/w/d)`,
          `Status Ihrer Bewerbung bei ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hallo ${k.candidate.first},`, `Sehr geehrte/r ${k.candidate.name},`]),
          k.pick([
            `wir möchten Ihnen einen kurzen Zwischenstand zu Ihrer Bewerbung als ${role} geben: Ihre Unterlagen werden derzeit von der Fachabteilung geprüft.`,
            `Ihre Bewerbung als ${role} befindet sich aktuell noch in Prüfung. Aufgrund der hohen Anzahl an Bewerbungen dauert dies etwas länger als geplant.`,
          ]),
          dated
            ? `Wir werden uns spätestens bis zum ${by.date('de-numeric')} bei Ihnen melden.`
            : 'Wir melden uns so bald wie möglich bei Ihnen. Vielen Dank für Ihre Geduld.',
          `Viele Grüße\nIhr ${company.name} Recruiting-Team`,
          system.footer(company),
        ),
        expected: exp(company.name, role, [], dated ? by.ymd : null),
      };
    },
  },
  {
    id: 'status-french-spanish-en-cours',
    label: 'status_update',
    note: "French or Spanish: application being reviewed (en cours d'étude / en revisión)",
    make(k) {
      const fr = k.chance(0.5);
      k.as(fr ? 'fr' : 'es');
      const company = k.company();
      const system = k.system('smartrecruiters', 'workable', 'teamtailor', 'own');
      const role = fr ? k.pick(FR_ROLES) : k.pick(ES_ROLES);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: fr
          ? k.pick([`Votre candidature est en cours d'étude`, `Candidature ${role} – point d'étape`])
          : k.pick([`Tu candidatura está en revisión`, `Estado de tu candidatura - ${role}`]),
        date: k.date,
        body: fr
          ? k.paragraphs(
              `Bonjour ${k.candidate.first},`,
              `Nous vous informons que votre candidature au poste de ${role} chez ${company.name} est actuellement en cours d'étude par notre équipe.`,
              k.pick([
                'Nous reviendrons vers vous dans les meilleurs délais.',
                'Le processus peut prendre quelques semaines ; merci de votre patience.',
              ]),
              `Cordialement,\nL'équipe recrutement ${company.name}`,
              system.footer(company),
            )
          : k.paragraphs(
              `Hola ${k.candidate.first}:`,
              `Te escribimos para informarte de que tu candidatura para el puesto de ${role} en ${company.name} se encuentra en revisión.`,
              k.pick([
                'Nos pondremos en contacto contigo en cuanto tengamos novedades.',
                'El equipo de selección está evaluando todos los perfiles recibidos.',
              ]),
              `Un saludo,\nEquipo de Selección de ${company.name}`,
              system.footer(company),
            ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'status-role-changed-confirm-interest',
    label: 'status_update',
    note: 'Role details changed (title, location, level); asks to confirm continued interest',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const change = k.pick([
        'the role will now be fully on-site rather than hybrid',
        'the position has been re-levelled and the salary band has changed',
        'the role will now report into our Operations team',
        'the start date has moved back by about a month',
        'the team location has moved to our new office',
      ]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Change to the ${role} role`,
          `${role} - are you still interested?`,
          'Heads up: role changes',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `A quick heads-up on the ${role} position you applied for: ${change}.`,
          k.pick([
            'Could you let me know whether you would like to remain in consideration?',
            "If that still works for you, no action needed - otherwise just reply and I'll withdraw your application.",
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'status-applications-closed-shortlisting',
    label: 'status_update',
    note: 'Posting closed; shortlisting under way; everyone notified by a date (public sector/charity tone)',
    make(k) {
      if (k.chance(0.5)) k.as(k.pick(['en-GB', 'en-AU', 'en-IN'] as const));
      const company = k.company();
      const role = k.role();
      const by = k.later(5, 14);
      const dated = k.chance(0.7);
      return {
        from: k.pick([
          `${company.name} Recruitment <recruitment@${company.domain}>`,
          k.system('own', 'successfactors').from(company),
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `${role} - closing date passed`,
          `${role}: shortlisting update`,
          `Your application - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `The closing date for the ${role} vacancy has now passed, and the panel has begun shortlisting.`,
          dated
            ? k.pick([
                `We aim to notify all applicants of the outcome by ${day(k, by)}.`,
                `All candidates will hear from us by ${day(k, by)}, whether or not they have been shortlisted.`,
              ])
            : 'We will contact all applicants once shortlisting is complete.',
          k.pick(['Thank you for your patience.', 'We appreciate the time you took to apply.']),
          `Recruitment Team\n${company.name}`,
        ),
        expected: exp(company.name, role, [], dated ? by.ymd : null),
      };
    },
  },
  {
    id: 'status-reply-checkin-timeline',
    label: 'status_update',
    note: 'Reply to the candidate chasing: references of finalists being reviewed, decision date',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const by = k.later(2, 7);
      const dated = k.chance(0.7);
      const prev = `Hi ${rec.first}, I hope you're well! I wanted to check in on the timeline for the ${role} role. I'm still very interested.\n\nThanks,\n${k.candidate.first}`;
      return {
        from: k.addr(rec),
        to: k.addr(k.candidate),
        subject: k.pick([`RE: ${role} – status`, `Re: Checking in`, `Re: ${role} timeline`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          'Thanks for checking in.',
          k.pick([
            `The panel wrapped up its last interviews for the ${role} position, and they're now comparing finalists.`,
            "We're still waiting on sign-off from the department head before we can share news.",
          ]),
          dated
            ? k.pick([
                `We expect to make a decision by ${nearDay(k, by)}, and I'll call you either way.`,
                `I should be able to update you by ${nearDay(k, by)}.`,
              ])
            : "I'll be back in touch as soon as I have an answer.",
          s.text,
          k.quote(prev, k.candidate, earlier(k, 1, 3)),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)], dated ? by.ymd : null),
      };
    },
  },
  {
    id: 'status-offer-approval-pending',
    label: 'status_update',
    note: 'Hard case: "we hope to get an offer to you" / "waiting on approvals" — no offer made yet',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([`Update - ${role}`, 'Where things stand', `Re: ${role} final round`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `The feedback from your final round for ${role} was strong. We're now waiting on internal approvals before anything can be finalised.`,
            `The team is still comparing the last two candidates for ${role}, and we need sign-off from finance before any offer can go out.`,
            `We're working through approvals on our side for the ${role} role - it's a standard step, but it can take a few days.`,
          ]),
          k.pick([
            "I'm not able to share an outcome yet, but I didn't want you to think we'd forgotten.",
            "I'll update you as soon as I know more - please don't read anything into the wait.",
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'status-subject-only-in-review',
    label: 'status_update',
    note: 'Subject-only or one-line portal notices: "Application status: In review"',
    count: 8,
    make(k) {
      const company = k.company();
      const role = k.role();
      return {
        from: k.pick([
          `${company.name} Careers <careers@${company.domain}>`,
          k.system('bamboohr', 'workable', 'jobvite').from(company),
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Application status: In review - ${role}`,
          `${role} - your application is being reviewed`,
          `${company.name}: ${role} application moved to Hiring Manager Review`,
        ]),
        date: k.date,
        body: k.pick([
          '',
          `https://careers.${company.domain}/me/${k.token(8)}`,
          'This is an automated status notification.',
        ]),
        expected: exp(company.name, role),
      };
    },
  },
];

export const families: Family[] = [...rejections, ...offers, ...statuses];
