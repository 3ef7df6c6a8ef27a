/**
 * Third round of template families (written 2026-12-03 by a new hand): see the note on each.
 *
 * Outcomes in shapes the first two rounds did not have: rejections said in plain or
 * indirect words, praise-heavy notes with a one-sentence decision, neutral subjects,
 * per-session feedback after final rounds, enterprise ATS mail full of HTML residue,
 * knockout-question auto-rejections, referral and survey and discount-code rejections,
 * practical mismatches (pay, visa, office days), agencies relaying an internal hire, and
 * offers from e-signature envelopes, ATS task inboxes, founders, schools and hospitals.
 */
import { type Company, type Family, type Kit, type Moment, MONTHS } from '../kit';
import { exp, sign, to, who } from './outcome-helpers';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_IT = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];
const MONTHS_PT = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];

/** A date with its year, the way the current locale writes it. */
function day(k: Kit, m: Moment): string {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return m.date(k.pick(['us-long', 'us-long', 'us-numeric', 'us-short'] as const));
    case 'de':
      return m.date(k.pick(['de', 'de-numeric'] as const));
    case 'fr':
      return m.date('fr');
    case 'es':
      return m.date('es');
    default:
      return m.date(k.pick(['uk-long', 'uk-long', 'uk-numeric', 'uk-short'] as const));
  }
}

/** One date style for the locale, to write several dates of one email alike. */
function dateStyle(k: Kit): Parameters<Moment['date']>[0] {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return k.pick(['us-long', 'us-numeric'] as const);
    case 'de':
      return 'de';
    case 'fr':
      return 'fr';
    case 'es':
      return 'es';
    default:
      return k.pick(['uk-long', 'uk-numeric'] as const);
  }
}

/** "Saturday", "last Tuesday", "on the 14th" - how people point at a recent day. */
function recentDay(k: Kit, m: Moment): string {
  const mon = MONTHS.en[m.month - 1]!;
  return k.pick([
    `on ${m.weekdayName}`,
    `last ${m.weekdayName}`,
    k.locale === 'en-US' || k.locale === 'en-CA' ? `on ${mon} ${m.day}` : `on ${m.day} ${mon}`,
  ]);
}

/** A moment some days before the email was sent. */
function earlier(k: Kit, minDays: number, maxDays: number): Moment {
  return k.sent.plusDays(-k.int(minDays, maxDays), k.pick([9, 10, 11, 13, 14, 15, 16]), k.pick([0, 30]));
}

/** A yearly amount in the locale's currency. */
function money(k: Kit, lowThousands: number, highThousands: number): string {
  const n = k.int(lowThousands, highThousands) * 1000;
  switch (k.locale) {
    case 'en-GB':
      return `£${n.toLocaleString('en-US')}`;
    case 'en-IN':
      return `₹${(n * 25).toLocaleString('en-IN')}`;
    case 'en-AU':
      return `A$${n.toLocaleString('en-US')}`;
    case 'de':
    case 'fr':
    case 'es':
      return `${n.toLocaleString('de-DE')} €`;
    default:
      return `$${n.toLocaleString('en-US')}`;
  }
}

/** An hourly rate in the locale's currency. */
function hourly(k: Kit, low: number, high: number): string {
  const cents = k.pick(['00', '25', '50', '75']);
  const n = k.int(low, high);
  switch (k.locale) {
    case 'en-GB':
      return `£${Math.max(12, n - 6)}.${cents}`;
    case 'en-AU':
      return `A$${n + 8}.${cents}`;
    case 'en-IN':
      return `₹${n * 20}`;
    default:
      return `$${n}.${cents}`;
  }
}

function reqId(k: Kit): string {
  return k.pick([
    `R${k.digits(6)}`,
    `REQ-${k.digits(5)}`,
    `JR${k.digits(7)}`,
    `${k.digits(5)}BR`,
    `RQ${k.digits(6)}`,
  ]);
}

function recTitle(k: Kit): string {
  return k.pick([
    'Recruiter',
    'Senior Recruiter',
    'Talent Acquisition Partner',
    'Talent Partner',
    'Recruiting Lead',
    'People & Talent',
    'Talent Acquisition Advisor',
  ]);
}

function mgrTitle(k: Kit, role: string): string {
  if (/Engineer|Developer|Reliability|DevOps/.test(role))
    return k.pick([
      'Engineering Manager',
      'Head of Engineering',
      'Director of Engineering',
      'VP Engineering',
    ]);
  if (/Design|UX|Content Designer/.test(role))
    return k.pick(['Design Lead', 'Head of Design', 'Design Director']);
  if (/Product|Program/.test(role)) return k.pick(['Head of Product', 'Director of Product', 'Group PM']);
  if (/Data|Analyst|Analytics|Scientist/.test(role))
    return k.pick(['Head of Data', 'Analytics Manager', 'Director, Data Science']);
  if (/Nurse|Dental|Pharmacy|Therap|Medical/.test(role))
    return k.pick(['Nurse Manager', 'Clinical Director', 'Practice Manager']);
  if (/Store|Barista|Warehouse|Desk|Driver|Cook|Retail|Forklift|Customer Service/.test(role))
    return k.pick(['Store Manager', 'General Manager', 'Site Manager', 'Operations Manager']);
  return k.pick(['Hiring Manager', 'Team Lead', 'Director', 'Head of Operations', 'Department Head']);
}

function teamSign(k: Kit, company: Company): string {
  return k.pick([
    `${company.name} Talent Acquisition`,
    `The ${company.name} Recruiting Team`,
    `${company.name} People Team`,
    `Talent Team | ${company.name}`,
    `Human Resources\n${company.name}`,
  ]);
}

/** A recruitment agency, made like a company. */
function agency(k: Kit): Company {
  const name = `${k.pick(['Keystone', 'Bridgewater', 'Northstar', 'Talentwise', 'Harrow', 'Ascent', 'Meadowgate', 'Cobalt'])} ${k.pick(['Recruitment', 'Search', 'Talent', 'Resourcing', 'Partners', 'Staffing'])}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}

/** A company that reads as a business (no city, university or hospital), preferring names that match. */
function business(k: Kit, prefer?: RegExp): Company {
  for (let i = 0; i < 40; i++) {
    const c = k.company();
    if (/^City of |University|Hospital/.test(c.name)) continue;
    if (prefer && !prefer.test(c.name) && i < 30) continue;
    return c;
  }
  return { name: 'Tandem', slug: 'tandem', domain: 'tandem.example' };
}

/** A company whose name sounds like a hospital or health provider, when the kit gives one. */
function healthEmployer(k: Kit): Company {
  for (let i = 0; i < 30; i++) {
    const c = k.company();
    if (/Health|Hospital|Dental|Pharma|Biosciences/.test(c.name)) return c;
  }
  const base = k.pick(['Riverbend', 'Fairview', 'Pinecrest', 'Moorland', 'Ashford']);
  const name = `${base} ${k.pick(['Medical Center', 'Regional Hospital', 'Health System'])}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}

// ---------------------------------------------------------------------------------------
// Rejections

const rejections: Family[] = [
  {
    id: 'o3-rej-plain-words-short',
    label: 'rejection',
    note: 'Short recruiter note (two to five lines) whose decision avoids the stock phrases: "continue with other applicants", "another applicant has been selected", "we\'ll pass for now", "requisition closed", "on hold indefinitely", "went with someone internal"',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company, k.pick(['first.last', 'first', 'flast'] as const));
      const s = sign(k, rec, recTitle(k), company);
      const decision = k.pick([
        `We've decided to continue with other applicants for the ${role} role.`,
        `Another applicant has been selected for the ${role} position.`,
        `You were not among those chosen to go on to interviews for ${role}.`,
        `We'll pass for now on your application for ${role}.`,
        `Your application for ${role} will not be taken further.`,
        `We are not able to take your application for ${role} further at this stage.`,
        `We have closed the requisition for ${role}, so your application won't be going any further.`,
        `The ${role} role has been put on hold indefinitely, and we're closing the open applications, yours included.`,
        `The hiring manager went with someone internal for the ${role} opening.`,
      ]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          role,
          `Re: ${role} application`,
          `${company.name} / ${role}`,
          'Your application',
          `Application - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            'Thanks for applying.',
            'Thanks for your patience while we worked through everyone who applied.',
            `Appreciate your interest in ${company.name}.`,
            '',
            '',
          ]),
          decision,
          k.pick(['Wishing you well with the search.', 'Good luck out there.', 'Take care.', '']),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'o3-rej-praise-dominant-one-line-decision',
    label: 'rejection',
    note: 'Long, warm note after interviews where thanks and specific praise dominate; the decision is one short sentence in the middle with no "unfortunately" ("The decision went the other way."); panel members named',
    make(k) {
      const company = k.company();
      const role = k.role();
      const sender = k.person(company);
      const isHm = k.chance(0.5);
      const s = sign(k, sender, isHm ? mgrTitle(k, role) : recTitle(k), company);
      const p1 = k.person(company);
      const p2 = k.person(company);
      const named = k.chance(0.6);
      const topic = k.pick([
        'the way you walked us through the trade-offs in your last project',
        'how clearly you explained a messy situation without blaming anyone',
        'the questions you asked us, which were sharper than most',
        'your case exercise, which the panel was still talking about the next day',
        'how prepared you were, down to the details of our last quarterly update',
      ]);
      const praise = named
        ? k.pick([
            `${p1.name} singled out ${topic}, and ${p2.name} said it was one of the most enjoyable conversations of the whole search.`,
            `${p1.name} and ${p2.name} both mentioned ${topic} when we debriefed.`,
            `When the panel met, ${p1.name} brought up ${topic} first, and ${p2.name} agreed.`,
          ])
        : k.pick([
            `The panel singled out ${topic}.`,
            `In our debrief, more than one person mentioned ${topic}.`,
            `What stayed with all of us was ${topic}.`,
          ]);
      return {
        from: k.addr(sender),
        to: to(k),
        subject: k.pick([
          `Thank you, ${k.candidate.first}`,
          `${role} - thank you`,
          `${company.name}: a note about the ${role} role`,
          'Thank you for your time with us',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(k.chance(0.5)),
          k.pick([
            `I wanted to write to you personally rather than send a form letter. Thank you, sincerely, for the time and care you put into the ${role} process with us at ${company.name}.`,
            `Before anything else: thank you. You gave us several conversations and a good deal of preparation for the ${role} role at ${company.name}, and everyone who met you came away impressed.`,
            `Thank you for everything you brought to the ${role} interviews at ${company.name} over the past few weeks. It was a genuinely good process, and a large part of that was you.`,
          ]),
          praise,
          k.pick([
            'The decision went the other way.',
            'In the end we offered the role to another finalist.',
            'It is not going to be a yes this time.',
            "We've chosen someone else for this one.",
          ]),
          k.pick([
            'It was close, and it came down to experience in an area that matters a lot for this particular team over the next year rather than anything you did or did not do.',
            'I know that is hard to hear after the effort you made, and I want you to know it was a close call.',
            'Please do not read it as a verdict on your ability; we would have been glad to have you on the team.',
          ]),
          k.pick([
            `I would very much like to stay in touch. If something opens up that fits you better, I will reach out myself, and please feel free to contact me directly if you see a role at ${company.name} that interests you.`,
            "If it's useful, I'm happy to get on a call and share more detail. And if you'd like me to keep an eye out for future openings, just say so.",
            'Thank you again for your generosity with your time. I hope our paths cross again, and I would be glad to be a reference for the way you carried yourself in this process if that ever helps.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(sender, isHm ? 'hiring_manager' : 'recruiter', sender.email, s.phone),
          ...(named ? [who(p1, 'interviewer', null), who(p2, 'interviewer', null)] : []),
        ]),
      };
    },
  },
  {
    id: 'o3-rej-neutral-subject-after-take-home',
    label: 'rejection',
    note: 'Decision after a take-home under a neutral subject ("Following up", "Your candidacy", "Re: take-home submission"), the candidate\'s submission quoted below; decision worded as "go a different direction", "not move ahead to the onsite"',
    make(k) {
      const company = business(k);
      const role = k.role(k.pick(['engineering', 'data', 'design', 'product'] as const));
      const sender = k.person(company, k.pick(['first.last', 'first'] as const));
      const isHm = k.chance(0.4);
      const s = sign(k, sender, isHm ? mgrTitle(k, role) : recTitle(k), company);
      const task = k.pick([
        'take-home',
        'take-home exercise',
        'written exercise',
        'case study',
        'design exercise',
      ]);
      const submitted = earlier(k, 4, 10);
      const reply = k.chance(0.5);
      const previous = `Hi ${sender.first},\n\nPlease find my ${task} for the ${role} role attached. Happy to walk through any of it.\n\nThanks,\n${k.candidate.first}`;
      return {
        from: k.addr(sender),
        to: to(k),
        subject: reply
          ? `Re: ${task} submission - ${role}`
          : k.pick(['Following up', 'Your candidacy', 'Quick update', `${company.name} - next steps`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks again for the ${task} - the team went through it together this week.`,
            `I wanted to follow up now that the panel has reviewed your ${task} for the ${role} role.`,
            `Thank you for the work you put into the ${task}; I know these take real time.`,
          ]),
          k.pick([
            'There was a lot to like, especially how you documented your assumptions.',
            'People liked the structure and the write-up was easy to follow.',
            'Your reasoning was clear and the presentation was tidy.',
          ]),
          k.pick([
            `That said, we've decided not to move ahead to the onsite for ${role}.`,
            `That said, we're going to go a different direction for the ${role} role.`,
            `Even so, we won't be inviting you to the next round for ${role}.`,
            `Having compared it with the other submissions, we've chosen not to continue your ${role} application.`,
          ]),
          k.pick([
            'If written notes on the exercise would be helpful, reply and I will send them over.',
            'Happy to share the reviewers\u2019 comments if you want them.',
            'Thanks again, and best of luck.',
          ]),
          s.text,
          reply && k.quote(previous, k.candidate, submitted),
        ),
        expected: exp(company.name, role, [
          who(sender, isHm ? 'hiring_manager' : 'recruiter', sender.email, s.phone),
        ]),
      };
    },
  },
  {
    id: 'o3-rej-final-round-feedback-by-session',
    label: 'rejection',
    note: 'Hiring manager after a final round, recruiter in Cc: decision up front, then feedback per interview session (strength / gap), then an offer to talk it through',
    make(k) {
      const company = business(k);
      const role = k.role(k.pick(['engineering', 'product', 'data', 'design'] as const));
      const hm = k.person(company);
      const rec = k.person(company);
      const s = sign(k, hm, mgrTitle(k, role), company);
      const sessions: Array<[string, string[]]> = [
        [
          'System design',
          [
            'You scoped the problem quickly and asked good clarifying questions; we wanted more depth on failure modes and data consistency.',
            'Strong start on the high-level architecture, but the discussion of scaling stayed fairly abstract.',
            'Good instincts on the data model; the panel felt trade-offs between the two storage options were not fully explored.',
          ],
        ],
        [
          'Coding',
          [
            'Clean, readable solution; testing was left until late and a couple of edge cases slipped through.',
            'You got to a working answer, though it took a while to settle on an approach.',
            'Very solid here: clear communication while coding and sensible naming throughout.',
          ],
        ],
        [
          'Product sense',
          [
            'Thoughtful on user needs; prioritisation was less convincing when we introduced constraints.',
            'Great empathy for the customer; we were looking for a sharper link to metrics.',
            'Good framing of the problem, but the proposed roadmap felt broad rather than focused.',
          ],
        ],
        [
          'Working with others',
          [
            'Your examples of handling disagreement were excellent and specific.',
            'Clear, honest answers; we would have liked examples at the scale this team works at.',
            'Strong on collaboration, lighter on examples of leading without authority.',
          ],
        ],
        [
          'Presentation',
          [
            'Well structured and on time; the Q&A was the strongest part.',
            'The story was compelling, though the data section could have been tighter.',
            'Confident delivery; a few slides tried to say too much at once.',
          ],
        ],
      ];
      const chosen = k.some(sessions, 2, 4);
      const feedback = chosen.map(([name, lines]) => `${name}\n${k.pick(lines)}`).join('\n\n');
      return {
        from: k.addr(hm),
        to: to(k),
        cc: k.addr(rec),
        subject: k.pick([
          `${role} - final round outcome`,
          `Your final interviews at ${company.name}`,
          'Outcome and feedback',
          `Re: ${role} final round`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for spending the day with us for the final round of the ${role} process. I'm writing myself because you deserve more than a template.`,
            `Thanks for coming through the final interviews for ${role}. ${rec.first} and I wanted you to hear the outcome from me directly.`,
            `Thank you for the final round last week. I appreciate how much time the ${role} process has asked of you.`,
          ]),
          k.pick([
            "We've decided to offer the role to another finalist whose experience lined up more closely with what this team needs right now.",
            'After a long discussion, the panel has decided not to proceed with your candidacy.',
            'It was a close decision, but we will not be moving to an offer with you for this role.',
          ]),
          k.pick([
            'Here is the feedback from each session, in case it is useful:',
            'You asked earlier in the process for honest feedback, so here it is, session by session:',
            'Some notes from the panel:',
          ]),
          feedback,
          k.pick([
            `If you'd like to talk any of this through, ${rec.first} can set up 20 minutes with me.`,
            'I am glad to discuss any of this on a call if that would help.',
            `${rec.first} will keep your details on file, and we would welcome hearing from you again.`,
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(hm, 'hiring_manager', hm.email, s.phone),
          who(rec, 'recruiter', rec.email),
        ]),
      };
    },
  },
  {
    id: 'o3-rej-enterprise-ats-html-residue',
    label: 'rejection',
    note: 'Enterprise ATS (Workday, iCIMS, SuccessFactors, Taleo) notice mangled by HTML-to-text: cid images, &nbsp;, table pipes, then long data-retention and EEO paragraphs; decision said as "will not be taken further" / "not selected for further consideration"',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = k.system('workday', 'icims', 'successfactors', 'taleo');
      const req = reqId(k);
      const loc = k.pick([
        'Austin, TX',
        'Remote - US',
        'London, GB',
        'Bengaluru, IN',
        'Toronto, ON',
        'Sydney, NSW',
        'Multiple Locations',
      ]);
      const months = k.pick([12, 18, 24, 36]);
      const table = k.pick([
        `| Requisition | ${req} |\n| Position | ${role} |\n| Location | ${loc} |`,
        `Job Title: ${role}\nRequisition ID: ${req}\nLocation: ${loc}`,
        `${role}&nbsp;&nbsp;|&nbsp;&nbsp;${req}&nbsp;&nbsp;|&nbsp;&nbsp;${loc}`,
      ]);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your application for ${role} (${req})`,
          `${company.name} - Application Status`,
          `Regarding Job ${req} - ${role}`,
          'Application update',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `[cid:image001.png@01DB${k.token(4).toUpperCase()}.${k.token(8).toUpperCase()}]`,
            `[image: ${company.name}]`,
            '&nbsp;',
          ]),
          k.pick([`Dear ${k.candidate.first},`, `Dear ${k.candidate.name},`, `Dear Candidate,`]),
          k.pick([
            `Thank you for your interest in career opportunities with ${company.name}.`,
            `Thank you for applying to ${company.name}. We appreciate the time you took to submit your application for the following position:`,
            `We have completed our review of your application for the position below.`,
          ]),
          table,
          k.pick([
            'Having reviewed your application, we are not able to take it further at this stage.',
            'Your application will not be taken further for this position.',
            'Your candidacy was not selected for further consideration for this requisition.',
            'Another applicant has been selected for this position.',
          ]),
          k.pick([
            `You may view the status of your applications at any time by signing in to your candidate account: ${system.link(company, req)}`,
            `To review other openings or update your job alerts, visit ${system.link(company, k.token(6))}`,
            '',
          ]),
          k.pick([
            `In line with our Candidate Privacy Notice, your personal data will be retained for ${months} months from the date of this message and then deleted, unless you apply for another position in the meantime. You may request access to or deletion of your data at any time through the candidate portal.`,
            `Data protection: ${company.name} processes the information you provided solely for recruitment purposes. It will be kept for ${months} months and then erased. To exercise your rights of access, rectification or erasure, please use the privacy request form on our careers site.`,
          ]),
          k.pick([
            `${company.name} is an Equal Opportunity Employer. All qualified applicants receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.`,
            `${company.name} is committed to a diverse and inclusive workplace and provides reasonable accommodation throughout the recruitment process.`,
            '',
          ]),
          '&nbsp;',
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'o3-rej-smb-ats-signed-by-person',
    label: 'rejection',
    note: 'Small-company ATS (Teamtailor, Personio, BambooHR, Jobvite, SmartRecruiters, Recruitee) sent under the company name but written and signed by a named person, with a talent-pool keep-my-data choice after the decision',
    make(k) {
      const company = business(k);
      const role = k.role();
      const system = k.system(
        'teamtailor',
        'personio',
        'bamboohr',
        'jobvite',
        'smartrecruiters',
        'recruitee',
      );
      const p = k.person(company, k.pick(['first', 'first.last'] as const));
      const showEmail = k.chance(0.4);
      const fullName = k.chance(0.5);
      const months = k.pick(['6', '12', '24']);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your application for ${role}`,
          `${role} at ${company.name}`,
          `An update from ${company.name}`,
          `Thanks for applying, ${k.candidate.first}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `${p.first} here from the ${company.name} team. Thanks for applying for ${role} - we read every application ourselves, so it took us a little while.`,
            `Thank you for your application for the ${role} role at ${company.name}, and for your patience while we reviewed everything.`,
            `I'm ${p.first}, and I've been looking after hiring for our ${role} opening.`,
          ]),
          k.pick([
            "We've gone with candidates whose background lines up more closely with where the team is right now, so we won't be progressing your application.",
            "We're not going to take your application forward this time.",
            "We've now filled the role, so your application won't go further.",
            'We have chosen to continue with other applicants.',
          ]),
          k.pick([
            `Could we keep your details? We'd like to hold on to your application for ${months} months in case something suitable opens up.\n[ Yes, keep me in the talent pool ] ${system.link(company, `pool/${k.token(10)}`)}\n[ No thanks, delete my data ] ${system.link(company, `gdpr/${k.token(10)}`)}`,
            `If you'd like us to keep your profile for future openings, give your consent here: ${system.link(company, `consent/${k.token(12)}`)} - otherwise we'll delete your data after ${months} months.`,
            `Your data will be deleted automatically in ${months} months. Want to stay in our talent community instead? ${system.link(company, `connect/${k.token(8)}`)}`,
          ]),
          showEmail
            ? k.pick([
                `If you have questions, you can write to me at ${p.email}.`,
                `Questions? I'm at ${p.email} - replies to this message don't reach me.`,
                `You can reach me directly at ${p.email} if anything is unclear.`,
              ])
            : k.pick(['Thanks again for thinking of us.', 'All the best with your search!', '']),
          `${k.pick(['Best,', 'Warmly,', 'Cheers,', 'Kind regards,'])}\n${fullName ? p.name : p.first}\n${k.pick(['Talent', 'People Ops', 'Hiring Lead', 'Recruitment'])}, ${company.name}`,
          system.footer(company),
        ),
        expected: exp(company.name, role, [
          {
            name: fullName ? p.name : p.first,
            email: showEmail ? p.email : null,
            phone: null,
            role: 'recruiter',
          },
        ]),
      };
    },
  },
  {
    id: 'o3-rej-hospitality-after-trial-shift',
    label: 'rejection',
    note: 'Restaurant, hotel or café manager after a paid trial shift or kitchen stage: casual, short, reason practical (weekend availability, experience on the line), pay for the trial mentioned',
    make(k) {
      const company = business(k, /Hotels|Foods|& Co/);
      const role = k.pick([
        'Line Cook',
        'Barista',
        'Front Desk Agent',
        'Server',
        'Bartender',
        'Housekeeping Attendant',
        'Prep Cook',
        'Host',
      ]);
      const mgr = k.person(company, 'first');
      const trialDay = earlier(k, 2, 6);
      const kitchen = /Cook/.test(role);
      const trial = kitchen
        ? k.pick(['stage', 'trial shift', 'kitchen trial'])
        : k.pick(['trial shift', 'working interview', 'trial']);
      const withPhone = k.chance(0.5);
      return {
        from: k.addr(mgr),
        to: k.candidate.email,
        subject: k.pick([
          `${role} trial`,
          `Thanks for ${recentDay(k, trialDay)}`,
          `${company.name} - ${role}`,
          'Trial shift',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `Hey ${k.candidate.first}!`, `${k.candidate.first} -`]),
          k.pick([
            `Thanks for coming in for the ${trial} ${recentDay(k, trialDay)}. The team said you were easy to work with.`,
            `Thank you for doing the ${trial} with us ${recentDay(k, trialDay)}, it was a busy one!`,
            `Just wanted to follow up after your ${trial} for the ${role} spot.`,
          ]),
          k.pick([
            `We've offered the ${role} position to someone who can cover the weekend brunch shifts, which is where we're short.`,
            `We ended up going with someone with a bit more experience on a busy line, so we won't be bringing you on as ${role} right now.`,
            `It's not going to work out for the ${role} job this time - we need someone who can do early opens five days a week.`,
            `We've filled the ${role} role with another applicant.`,
          ]),
          k.pick([
            `You'll be paid for the ${trial} hours - it will come through with our next payroll run.`,
            `Please swing by any afternoon to pick up the cash for your ${trial} hours.`,
            '',
          ]),
          k.pick([
            'We staff up again in spring, so feel free to check back then.',
            'Good luck, and come in for a coffee on us sometime.',
            "I'll hang on to your number in case something opens up.",
          ]),
          `${mgr.first}\n${kitchen ? k.pick(['Head Chef', 'Kitchen Manager', 'Sous Chef']) : /Desk|Housekeeping/.test(role) ? k.pick(['Front Office Manager', 'Rooms Division Manager', 'General Manager']) : k.pick(['General Manager', 'Assistant Manager', 'Floor Manager'])}, ${company.name}${withPhone ? `\n${mgr.phone}` : ''}`,
        ),
        expected: exp(company.name, role, [
          who(mgr, 'hiring_manager', mgr.email, withPhone ? mgr.phone : null),
        ]),
      };
    },
  },
  {
    id: 'o3-rej-graduate-cohort-places',
    label: 'rejection',
    note: 'Graduate scheme / early-careers rejection naming the cohort and the numbers (applications vs places), sometimes the candidate\'s test percentiles; "you were not among those chosen", "not offered a place"; reapply next cycle',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-IN', 'en-AU', 'en-US'] as const));
      const company = k.company();
      const year = k.sent.year + 1;
      const role = k.pick([
        `${year} Graduate Programme - Technology`,
        'Graduate Analyst Programme',
        `Summer Internship ${year}`,
        'Graduate Engineering Scheme',
        'Finance Graduate Scheme',
        'Industrial Placement Year',
      ]);
      const stage = k.pick([
        'video interview',
        'online tests',
        'assessment day',
        'situational judgement test',
      ]);
      const apps = k.int(18, 95) * 100;
      const places = k.int(12, 140);
      const scores = k.chance(0.4);
      return {
        from: k.pick([
          `${company.name} Early Careers <earlycareers@${company.domain}>`,
          `${company.name} Graduate Recruitment <graduates@${company.domain}>`,
          k.system('successfactors', 'workday', 'smartrecruiters').from(company),
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Your application: ${role}`,
          `${company.name} ${role} - outcome`,
          `Update following your ${stage}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick([`Dear ${k.candidate.first},`, `Hi ${k.candidate.first},`]),
          k.pick([
            `Thank you for completing the ${stage} for the ${company.name} ${role}.`,
            `Thank you for your interest in the ${role} at ${company.name} and for the effort you put into the ${stage}.`,
            `We really appreciated your application to our ${role}.`,
          ]),
          k.pick([
            `This year we received more than ${apps.toLocaleString('en-US')} applications for ${places} places, which made the decisions very difficult.`,
            `Competition was intense: ${apps.toLocaleString('en-US')} applicants for ${places} places across the programme.`,
            '',
          ]),
          k.pick([
            'You were not among those chosen to progress to the next stage.',
            'On this occasion you have not been offered a place on the programme.',
            "We won't be taking your application to the final stage this year.",
          ]),
          scores &&
            `For your reference, your results were:\nNumerical reasoning: ${k.int(20, 70)}th percentile\nVerbal reasoning: ${k.int(20, 80)}th percentile\nSituational judgement: ${k.pick(['Below benchmark', 'Near benchmark'])}`,
          k.pick([
            `Applications for the ${year + 1} intake open in September, and we would be glad to see your name again.`,
            'We encourage you to apply again in a future cycle; many of our current graduates applied more than once.',
            'Our careers blog has advice on our assessment process that you may find useful for future applications.',
          ]),
          `${k.pick(['Best wishes,', 'Kind regards,', 'With best wishes,'])}\n${k.pick(['The Early Careers Team', 'Graduate Recruitment'])}\n${company.name}`,
          k.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'o3-rej-agency-client-went-internal',
    label: 'rejection',
    note: "Agency consultant relays that the client filled the role internally (client named or hidden, company null then); sometimes names the client's hiring manager; consultant's phone in the signature",
    make(k) {
      const ag = agency(k);
      const consultant = k.person(ag);
      const client = k.company();
      const named = k.chance(0.6);
      const role = k.role();
      const hm = k.person(client);
      const nameHm = k.chance(0.4);
      const s = sign(
        k,
        consultant,
        k.pick(['Senior Consultant', 'Principal Consultant', 'Account Manager']),
        ag,
        true,
      );
      const clientRef = named ? client.name : k.pick(['my client', 'the client', 'the business']);
      const who1 = nameHm ? `${hm.name}, the hiring manager,` : 'the hiring manager';
      return {
        from: k.addr(consultant),
        to: k.candidate.email,
        subject: k.pick([
          `${role} - update`,
          named ? `${client.name} update` : `Update on the ${role} role`,
          `RE: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I've just come off the phone with ${clientRef} about the ${role} role.`,
            `Quick one - I finally have an answer from ${clientRef} on the ${role} position.`,
            `I promised I'd update you as soon as I heard from ${clientRef} about ${role}.`,
          ]),
          k.pick([
            `Frustratingly, ${who1} went with someone internal.`,
            `An internal candidate put themselves forward late in the day and ${who1} has decided to move them across, so they've closed the search.`,
            `They've filled it internally - ${who1} told me it was a very close call and that they liked you a lot.`,
          ]),
          k.pick([
            'Nothing you could have done differently; these things happen more than people think.',
            "I know it's disappointing after two rounds.",
            '',
          ]),
          k.pick([
            "I've got a couple of similar roles coming in this week - are you free for a call tomorrow?",
            "I'll keep you front of mind for anything similar.",
            'Give me a ring when you have a minute and we can talk next steps.',
          ]),
          s.text,
        ),
        expected: exp(named ? client.name : null, role, [
          who(consultant, 'agency_consultant', consultant.email, s.phone),
          ...(nameHm ? [who(hm, 'hiring_manager', null)] : []),
        ]),
      };
    },
  },
  {
    id: 'o3-rej-knockout-screening-questions',
    label: 'rejection',
    note: 'Automated rejection triggered by the knock-out screening questions (work authorization, licence, availability, on-site): "based on your responses", "does not meet the minimum requirements"; no human, neutral subject',
    make(k) {
      const company = k.company();
      const system = k.system('icims', 'workday', 'jobvite', 'smartrecruiters', 'taleo', 'bamboohr');
      const [role, reason] = k.pick([
        [k.role('service'), 'availability to work weekends and evenings'],
        ['Delivery Driver', 'a valid driving licence held for at least two years'],
        [k.role('care'), 'an active state licence or certification'],
        [k.role('engineering'), 'authorization to work in the country without sponsorship'],
        [k.role('business'), 'ability to work on site five days a week'],
        ['Forklift Operator', 'a current forklift certification'],
      ] as const);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Regarding your application - ${role}`,
          'Your recent application',
          `${company.name} application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for applying for the ${role} position with ${company.name}.`,
            `We have received your application for ${role}.`,
            `Thank you for your interest in ${company.name}.`,
          ]),
          k.pick([
            `Based on your responses to the application questions, we are unable to consider you for the ${role} position. This role requires ${reason}.`,
            `One or more of your answers to the screening questions indicates that you do not meet the minimum requirements for ${role} (${reason}). As a result, your application will not proceed.`,
            `The ${role} position requires ${reason}. Your answers show this requirement is not met, so your application has been closed.`,
          ]),
          k.pick([
            'If you believe you answered a question in error, you are welcome to submit a new application.',
            'You are welcome to apply to other positions for which you meet the requirements.',
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
    id: 'o3-rej-practical-mismatch-after-screen',
    label: 'rejection',
    note: 'Recruiter after a phone screen ends it for a practical reason, not merit: pay range below expectations, no visa sponsorship, office-days requirement; decision phrased as "we agreed not to take it further" / "I have to close your application"',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, recTitle(k), company);
      const top = money(k, 60, 120);
      const reason = k.pick([
        `The budget for ${role} tops out at ${top}, which is a fair way below the figure you mentioned on our call, and there isn't flexibility on it this year.`,
        `I checked with our immigration team and we aren't able to sponsor visas for the ${role} role, which I know you'd need.`,
        `The team has confirmed that ${role} needs to be in the office ${k.pick(['four', 'five', 'three'])} days a week, and I know from our call that the commute would not work for you.`,
      ]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([`${role} - following our call`, 'Following up', `Re: ${company.name} ${role}`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            'Thanks for making time to chat earlier this week.',
            'Really enjoyed our conversation, thanks for being so open.',
            `Thanks again for the call about ${company.name}.`,
          ]),
          reason,
          k.pick([
            "Given that, I have to close your application for now, and I'd rather tell you straight than leave you waiting.",
            "So we've agreed internally not to take it further, which is a shame as I think you'd have done well.",
            "Because of that, we won't be moving you forward to the hiring manager.",
          ]),
          k.pick([
            'If anything changes on your side, or on ours, I will be in touch.',
            "If your situation changes, drop me a note and I'll happily look again.",
            'Best of luck with the search.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'o3-rej-referral-referrer-named',
    label: 'rejection',
    note: 'Rejection of a referred candidate: names the employee who referred them (role null: a colleague, not a reference), says the referrer has been told too',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const referrer = k.person(company);
      const s = sign(k, rec, recTitle(k), company);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Your referral application - ${role}`,
          `${role} at ${company.name}`,
          'Update on your application',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for applying for ${role} through ${referrer.name}'s referral. We always pay close attention to people our team recommends.`,
            `${referrer.name} passed your CV on to us for the ${role} role, and I'm grateful to you both.`,
            `Thanks for your interest in ${role}. I know ${referrer.name} spoke highly of you when they referred you.`,
          ]),
          k.pick([
            "After reviewing your background against the role, we've decided to continue with other candidates.",
            'We have looked at your application closely and will not be moving it to interview.',
            'The hiring team has decided to focus on applicants with more direct experience in this area, so we will not be progressing your application.',
          ]),
          k.pick([
            `I've let ${referrer.first} know as well, so you don't need to.`,
            `${referrer.first} has been updated too.`,
            '',
          ]),
          k.pick([
            'Please keep an eye on our careers page; a referral stays on your profile for future roles.',
            'Wishing you the best.',
            'Thanks again.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(rec, 'recruiter', rec.email, s.phone),
          who(referrer, null, null),
        ]),
      };
    },
  },
  {
    id: 'o3-rej-candidate-survey-dominant',
    label: 'rejection',
    note: 'Trap: looks like a survey request (subject about feedback on the experience, rating links fill the body), but the first paragraph carries the rejection',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = k.system('greenhouse', 'smartrecruiters', 'teamtailor', 'workday', 'own');
      const survey = `https://survey.candidatepulse.example/s/${k.token(10)}`;
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `How did we do, ${k.candidate.first}?`,
          `Tell us about your experience with ${company.name}`,
          'Your application - and a quick question',
          '2 minutes of your time?',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `Thank you for applying for ${role}. We have decided to proceed with other applicants, and we wanted to let you know rather than leave you waiting.`,
            `Thanks for your interest in the ${role} role. Your application is not going forward, but we're grateful you considered us.`,
            `We've completed our review for ${role} and will not be progressing your application.`,
          ]),
          k.pick([
            "We're always trying to make applying to us better, and you can help. How would you rate your experience?",
            'Would you tell us how the process felt from your side? It takes about two minutes and is anonymous.',
            'Whatever the outcome, we want every applicant to have a good experience. Could you rate yours?',
          ]),
          `Very poor  1 ${survey}?r=1\nPoor  2 ${survey}?r=2\nOkay  3 ${survey}?r=3\nGood  4 ${survey}?r=4\nExcellent  5 ${survey}?r=5`,
          k.pick([
            'Your answers go to our talent team only and do not affect any future application.',
            'Responses are collected by an independent provider and shared with us in aggregate.',
          ]),
          teamSign(k, company),
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'o3-rej-retail-brand-discount-code',
    label: 'rejection',
    note: 'Trap: consumer brand rejection that ends like marketing (a thank-you discount code, shop links, promo terms) for a store or warehouse role',
    make(k) {
      const company = business(k, /Retail|Outdoor|Foods|& Co/);
      const role = k.role('service');
      const code = `THANKYOU-${k.token(5).toUpperCase()}`;
      const pct = k.pick([10, 15, 20, 25]);
      const until = k.later(20, 40);
      return {
        from: k.pick([
          `${company.name} Careers <jobs@${company.domain}>`,
          `${company.name} <hello@${company.domain}>`,
          k.system('icims', 'workday', 'smartrecruiters').from(company),
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Thanks for applying to ${company.name}!`,
          `About your ${role} application`,
          `A thank-you from ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `Thanks so much for wanting to join the team as ${role}.`,
            `We loved hearing from you about the ${role} opening.`,
            `Thank you for your application for ${role}.`,
          ]),
          k.pick([
            "We've filled this position with another applicant, so we won't be moving ahead with your application.",
            'This time around we have chosen other candidates for the role.',
            "We're not able to offer you a position right now.",
          ]),
          k.pick([
            `As a small thank-you for your interest, here's ${pct}% off your next order: ${code}`,
            `We'd love you to stay part of the ${company.name} family - enjoy ${pct}% off with code ${code}.`,
            `Here's a little something for applying: use ${code} for ${pct}% off online or in store.`,
          ]),
          `SHOP NOW ${k.trackingLink(company)}`,
          `Code valid until ${day(k, until)}. One use per customer. Not valid on gift cards or sale items. Cannot be combined with other offers.`,
          teamSign(k, company),
          k.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'o3-rej-german-du-startup',
    label: 'rejection',
    note: 'German startup rejection in the informal du form with gender-inclusive nouns (Bewerber:innen), via Personio or own mail, DSGVO deletion note and talent-pool consent; role sometimes with (m/w/d)',
    make(k) {
      k.as('de');
      const company = business(k);
      const role = k.pick([
        'Backend-Entwickler:in',
        'Werkstudent:in Marketing',
        'Product Owner',
        'Data Analyst',
        'Customer Success Manager',
        'UX Designer:in',
        'Buchhalter:in',
      ]);
      const titled = k.chance(0.5) ? `${role} (m/w/d)` : role;
      const p = k.person(company, 'first');
      const viaPersonio = k.chance(0.5);
      const system = k.system('personio');
      return {
        from: viaPersonio ? system.from(company) : k.addr(p),
        to: k.candidate.email,
        subject: k.pick([
          `Deine Bewerbung als ${titled}`,
          `Update zu deiner Bewerbung bei ${company.name}`,
          `${titled} – Rückmeldung`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hi ${k.candidate.first},`,
            `Hallo ${k.candidate.first},`,
            `Liebe:r ${k.candidate.first},`,
          ]),
          k.pick([
            `danke dir für deine Bewerbung als ${titled} und dein Interesse an ${company.name}.`,
            `vielen Dank, dass du dir die Zeit für deine Bewerbung als ${titled} genommen hast.`,
            `schön, dass du dich bei ${company.name} als ${titled} beworben hast.`,
          ]),
          k.pick([
            'Wir haben uns entschieden, mit anderen Bewerber:innen weiterzumachen, deren Profil noch etwas besser zu unseren aktuellen Anforderungen passt.',
            'Diesmal hat es leider nicht gepasst – wir haben uns für eine:n andere:n Kandidat:in entschieden.',
            'Die Stelle haben wir inzwischen intern besetzt, daher können wir deine Bewerbung nicht weiter berücksichtigen.',
          ]),
          k.pick([
            'Deine Unterlagen löschen wir gemäß DSGVO sechs Monate nach Abschluss des Verfahrens.',
            `Möchtest du in unseren Talentpool? Dann gib uns hier dein Okay: ${system.link(company, `talentpool/${k.token(8)}`)} – ansonsten löschen wir deine Daten nach sechs Monaten.`,
          ]),
          k.pick([
            'Wir wünschen dir alles Gute für deine weitere Suche!',
            'Viel Erfolg weiterhin und vielleicht bis bald!',
            'Alles Gute für dich!',
          ]),
          `${k.pick(['Viele Grüße', 'Beste Grüße', 'Liebe Grüße'])}\n${p.first}${viaPersonio ? '' : ` ${p.last}`}\n${k.pick(['People & Culture', 'Talent Acquisition', 'Recruiting'])} | ${company.name}`,
          viaPersonio ? system.footer(company) : '',
        ),
        expected: exp(company.name, role, [
          {
            name: viaPersonio ? p.first : p.name,
            email: viaPersonio ? null : p.email,
            phone: null,
            role: 'recruiter',
          },
        ]),
      };
    },
  },
  {
    id: 'o3-rej-french-cabinet-client',
    label: 'rejection',
    note: 'French recruitment firm (cabinet de recrutement) relays the client\'s no after an interview: "notre client a retenu un autre profil", client named or kept confidential (company null), consultant with phone',
    make(k) {
      k.as('fr');
      const ag = agency(k);
      const consultant = k.person(ag);
      const client = k.company();
      const named = k.chance(0.5);
      const role = k.pick([
        'Chef de projet',
        'Contrôleur de gestion',
        'Développeur Full Stack',
        'Responsable commercial',
        'Data Analyst',
        'Assistante de direction',
      ]);
      const clientRef = named ? client.name : 'notre client';
      return {
        from: k.addr(consultant),
        to: k.candidate.email,
        subject: k.pick([
          `Votre candidature – ${role}`,
          `Retour ${named ? client.name : 'client'} – ${role}`,
          `Suite à votre entretien – ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Bonjour ${k.candidate.first},`,
            `Bonjour ${k.candidate.name},`,
            `Chère ${k.candidate.first},`,
          ]),
          k.pick([
            `Je reviens vers vous suite à votre entretien avec ${clientRef} pour le poste de ${role}.`,
            `J'ai eu ce matin le retour de ${clientRef} concernant le poste de ${role}.`,
            `Comme promis, je vous fais un retour sur le processus ${role} chez ${clientRef}.`,
          ]),
          k.pick([
            `${named ? client.name : 'Notre client'} a finalement retenu un autre profil, plus proche de son secteur d'activité.`,
            `Malgré un bon échange, ${clientRef} a décidé de ne pas donner suite à votre candidature.`,
            `Le poste a finalement été pourvu en interne, et le processus est donc clos.`,
          ]),
          k.pick([
            'Je garde bien sûr votre profil en tête pour nos prochaines missions.',
            "N'hésitez pas à m'appeler si vous souhaitez en discuter.",
            'Je reste à votre disposition pour échanger sur d’autres opportunités.',
          ]),
          `${k.pick(['Bien à vous,', 'Cordialement,', 'Belle journée,'])}\n${consultant.name}\n${k.pick(['Consultante senior', 'Consultant en recrutement', 'Manager'])} – ${ag.name}\n${consultant.phone}`,
        ),
        expected: exp(named ? client.name : null, role, [
          who(consultant, 'agency_consultant', consultant.email, consultant.phone),
        ]),
      };
    },
  },
  {
    id: 'o3-rej-es-nl-pt-it-after-interview',
    label: 'rejection',
    note: 'Rejection after an interview in Spanish (tuteo), Dutch, Portuguese or Italian, from a named recruiter, each with its own plain decision wording ("hemos cerrado el proceso", "we hebben gekozen voor", "optámos por outro perfil", "abbiamo scelto di proseguire")',
    make(k) {
      const lang = k.pick(['es', 'nl', 'pt', 'it'] as const);
      k.as(lang === 'es' ? 'es' : lang === 'pt' ? 'en-GB' : 'de');
      const company = business(k);
      const rec = k.person(company);
      const when = earlier(k, 3, 9);
      const c = k.candidate.first;
      const t = {
        es: {
          role: k.pick([
            'Analista de Datos',
            'Desarrollador Backend',
            'Responsable de Marketing',
            'Diseñador UX',
          ]),
          date: `el ${when.date('es')}`,
        },
        nl: {
          role: k.pick(['Data Analist', 'Backend Developer', 'Marketingmanager', 'Projectleider']),
          date: `op ${when.day} ${MONTHS_NL[when.month - 1]}`,
        },
        pt: {
          role: k.pick(['Analista de Dados', 'Engenheiro de Software', 'Gestor de Projeto', 'Designer UX']),
          date: `no dia ${when.day} de ${MONTHS_PT[when.month - 1]}`,
        },
        it: {
          role: k.pick(['Data Analyst', 'Sviluppatore Backend', 'Responsabile Marketing', 'Project Manager']),
          date: `il ${when.day} ${MONTHS_IT[when.month - 1]}`,
        },
      }[lang];
      const role = t.role;
      const text = {
        es: {
          subject: k.pick([
            `Proceso de selección – ${role}`,
            `Tu candidatura en ${company.name}`,
            'Actualización',
          ]),
          hello: k.pick([`Hola ${c}:`, `Hola ${c},`]),
          thanks: k.pick([
            `Gracias por la entrevista ${t.date} para el puesto de ${role} en ${company.name}.`,
            `Te agradecemos el tiempo que dedicaste a conocernos ${t.date} para hablar del puesto de ${role}.`,
            `Queríamos darte las gracias por participar en el proceso de ${role}.`,
          ]),
          decision: k.pick([
            `Hemos cerrado el proceso para ${role} con otra persona, así que no continuarás en esta ocasión.`,
            'Hemos decidido seguir adelante con otros perfiles que se ajustan más a lo que buscamos ahora.',
            'Finalmente hemos elegido a otra candidata para el puesto.',
          ]),
          close: `${k.pick(['Un abrazo,', 'Un saludo,', 'Saludos cordiales,'])}\n${rec.name}\nTalent Acquisition · ${company.name}`,
        },
        nl: {
          subject: k.pick([
            `Jouw sollicitatie – ${role}`,
            `Terugkoppeling gesprek ${company.name}`,
            'Update sollicitatie',
          ]),
          hello: k.pick([`Hoi ${c},`, `Beste ${c},`]),
          thanks: k.pick([
            `Bedankt voor het fijne gesprek ${t.date} over de functie ${role} bij ${company.name}.`,
            `Nogmaals dank voor je tijd ${t.date} en het gesprek over ${role}.`,
            `Dank je wel voor je interesse in de rol van ${role}.`,
          ]),
          decision: k.pick([
            'Na zorgvuldige overweging hebben we gekozen voor een andere kandidaat.',
            'We gaan niet verder met je sollicitatie; een andere kandidaat sloot net iets beter aan.',
            'We hebben de vacature inmiddels ingevuld.',
          ]),
          close: `${k.pick(['Met vriendelijke groet,', 'Groeten,', 'Hartelijke groet,'])}\n${rec.name}\nRecruiter | ${company.name}`,
        },
        pt: {
          subject: k.pick([
            `Processo de recrutamento – ${role}`,
            `A sua candidatura à ${company.name}`,
            'Feedback da entrevista',
          ]),
          hello: k.pick([`Olá ${c},`, `Caro(a) ${c},`]),
          thanks: k.pick([
            `Obrigado pela entrevista ${t.date} para a posição de ${role} na ${company.name}.`,
            `Agradecemos o tempo que dedicou à conversa ${t.date} sobre a função de ${role}.`,
            `Obrigado por ter participado no processo de ${role}.`,
          ]),
          decision: k.pick([
            'Optámos por avançar com outro perfil, mais alinhado com as necessidades atuais da equipa.',
            'Decidimos não dar seguimento à sua candidatura nesta fase.',
            'A vaga foi preenchida por outro candidato.',
          ]),
          close: `${k.pick(['Com os melhores cumprimentos,', 'Cumprimentos,', 'Atenciosamente,'])}\n${rec.name}\nRecursos Humanos | ${company.name}`,
        },
        it: {
          subject: k.pick([
            `La tua candidatura – ${role}`,
            `Aggiornamento da ${company.name}`,
            'Esito del colloquio',
          ]),
          hello: k.pick([`Ciao ${c},`, `Gentile ${c},`]),
          thanks: k.pick([
            `Grazie per il colloquio ${t.date} per la posizione di ${role} in ${company.name}.`,
            `Ti ringraziamo per il tempo che ci hai dedicato ${t.date} per il ruolo di ${role}.`,
            `Grazie per aver partecipato alla selezione per ${role}.`,
          ]),
          decision: k.pick([
            'Abbiamo scelto di proseguire con un altro profilo, più vicino a ciò che cerchiamo ora.',
            'Al termine delle valutazioni, abbiamo deciso di non procedere con la tua candidatura.',
            'La posizione è stata assegnata a un altro candidato.',
          ]),
          close: `${k.pick(['Un caro saluto,', 'Cordiali saluti,', 'A presto,'])}\n${rec.name}\nHR | ${company.name}`,
        },
      }[lang];
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: text.subject,
        date: k.date,
        body: k.paragraphs(text.hello, text.thanks, text.decision, text.close),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// Offers

const offers: Family[] = [
  {
    id: 'o3-offer-hm-note-letter-to-follow',
    label: 'offer',
    note: "Hiring manager's personal note right after the recruiter's call: \"we'd love you to join\", formal letter to follow from HR, proposed start date; subject without the word offer",
    make(k) {
      const company = k.company();
      const role = k.role();
      const hm = k.person(company);
      const rec = k.person(company);
      const s = sign(k, hm, mgrTitle(k, role), company);
      const start = k.later(15, 35);
      const recFull = k.chance(0.4);
      return {
        from: k.addr(hm),
        to: to(k),
        subject: k.pick(['Great news', `Joining the team`, `Welcome (almost) to ${company.name}`, `${role}`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          recFull
            ? `Following your conversation with ${rec.name} this afternoon, I wanted to add a personal note: we are very keen for you to join ${company.name} as our ${role}.`
            : k.pick([
                `${rec.first} has just shared the news with you on the phone, but I wanted to say it myself: we'd love you to join us as ${role}.`,
                `I hear from ${rec.first} that you've had the call. I'm delighted we're able to offer you the ${role} role.`,
              ]),
          k.pick([
            `Your formal offer letter will come from our People team within the next two working days, with the full details of salary and benefits.`,
            `${rec.first} is putting the written offer together now and it should reach you by the end of the week.`,
            `The written offer will follow from HR shortly; take the time you need to look through it.`,
          ]),
          k.pick([
            `We've pencilled in ${day(k, start)} as a start date, but we can be flexible if you need to give longer notice.`,
            `If ${day(k, start)} works as a start date, that would be ideal; if not, let's talk.`,
            '',
          ]),
          k.pick([
            'If you have any questions before you decide, about the team, the work or anything else, call me any time.',
            'Happy to grab a coffee or a call before you sign if you want to talk through the first few months.',
            'Looking forward to hearing what you think.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(hm, 'hiring_manager', hm.email, s.phone),
          { name: recFull ? rec.name : rec.first, email: null, phone: null, role: 'recruiter' },
        ]),
      };
    },
  },
  {
    id: 'o3-offer-esign-envelope-hr-message',
    label: 'offer',
    note: 'E-signature envelope notification (DocuSign-like, invented vendor) carrying the HR sender\'s own message about the offer, a review button, an envelope ID and "do not share this email" footer',
    make(k) {
      const company = k.company();
      const role = k.role();
      const hr = k.person(company);
      const vendor = k.pick([
        { name: 'Inkwell Sign', domain: 'inkwellsign.example' },
        { name: 'SignPath', domain: 'signpath.example' },
        { name: 'PaperTrail eSign', domain: 'papertrail-esign.example' },
      ]);
      const due = k.later(3, 7);
      const envelope = `${k.token(8)}-${k.token(4)}-${k.token(4)}-${k.token(12)}`.toUpperCase();
      const file = `${company.slug}_Offer_Letter_${k.candidate.last}.pdf`;
      return {
        from: `${hr.name} via ${vendor.name} <dse@${vendor.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Please sign: ${company.name} Offer Letter - ${k.candidate.name}`,
          `Complete with ${vendor.name}: ${file}`,
          `${company.name} - Offer of Employment - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${hr.name} sent you a document to review and sign.`,
          `REVIEW DOCUMENT\nhttps://app.${vendor.domain}/signing/${k.token(20)}`,
          `${hr.name}\n${hr.email}`,
          k.pick([
            `Hi ${k.candidate.first}, attached is your offer letter for the ${role} position at ${company.name}. Please review and sign by ${day(k, due)}. Congratulations!`,
            `${k.candidate.first} - as discussed, here is your formal offer for ${role} at ${company.name}. Let me know if you have any questions before signing.`,
            `Dear ${k.candidate.first}, we're pleased to send your offer of employment with ${company.name} as ${role}. The offer is open until ${day(k, due)}.`,
          ]),
          'Do Not Share This Email\nThis email contains a secure link. Please do not share this email, link, or access code with others.',
          `Alternate Signing Method\nVisit ${vendor.domain}, click 'Access Documents', and enter the security code:\n${envelope}`,
          `About ${vendor.name}\nSign documents electronically in just minutes. It's safe, secure, and legally binding.`,
        ),
        expected: exp(company.name, role, [who(hr, 'recruiter')]),
      };
    },
  },
  {
    id: 'o3-offer-enterprise-ats-task-review',
    label: 'offer',
    note: 'Enterprise ATS task-inbox notice (Workday, SuccessFactors, iCIMS, Taleo): "You have a new task: Review Offer", requisition row, due date, sign in to accept; little prose',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = k.system('workday', 'successfactors', 'icims', 'taleo');
      const req = reqId(k);
      const due = k.later(3, 6);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          'Action Required: Review Your Offer',
          `Offer for ${role} (${req})`,
          'You have a new task in your Candidate Home',
          `${company.name}: Offer Ready for Review`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick([`Dear ${k.candidate.first},`, `Hello ${k.candidate.name},`]),
          k.pick([
            `Congratulations! ${company.name} is pleased to extend you an offer of employment for the position below.`,
            `An offer has been prepared for you. Please review the details and respond by the due date.`,
            `You have a new task: Review Offer.`,
          ]),
          `Task: Review Offer\nJob Requisition: ${req} ${role}\nDue Date: ${due.date(k.locale === 'en-US' ? 'us-numeric' : 'uk-numeric')}`,
          k.pick([
            `Sign in to your candidate account to view the offer letter and accept or decline: ${system.link(company, req)}`,
            `To view and respond to your offer, log in here: ${system.link(company, `${req}/offer`)}`,
          ]),
          k.pick([
            'If you do not respond by the due date, the offer may be withdrawn.',
            'If you have questions about your offer, please contact your recruiter directly.',
            '',
          ]),
          k.footer(company, system),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'o3-offer-hourly-contingent-screening-vendor',
    label: 'offer',
    note: 'Hourly job offer contingent on a background check and drug screen run by a named screening vendor (invented), with pay rate, shift and orientation pending clearance',
    make(k) {
      const company = k.company();
      const role = k.pick([
        'Warehouse Associate',
        'Forklift Operator',
        'Delivery Driver',
        'Retail Sales Associate',
        'Customer Service Representative',
      ]);
      const rate = hourly(k, 16, 26);
      const shift = k.pick([
        'Sun-Wed, 6:00 AM - 4:30 PM',
        'Mon-Fri, 2:00 PM - 10:30 PM',
        'Thu-Sun nights, 7:00 PM - 5:30 AM',
        'Mon-Fri, 7:00 AM - 3:30 PM',
      ]);
      const vendor = k.pick(['ClearPath Screening', 'Verity Check', 'TrueNorth Background Services']);
      const vendorDomain = vendor.toLowerCase().replace(/[^a-z]+/g, '') + '.example';
      const rec = k.person(company);
      const named = k.chance(0.5);
      return {
        from: named ? k.addr(rec) : `${company.name} Hiring <hiring@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Your job offer from ${company.name}`,
          `Congrats! Next steps for ${role}`,
          `Conditional offer - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Congratulations! We're happy to offer you the ${role} position at ${company.name}.`,
            `Great news - you've been selected for the ${role} job, and we'd like to offer you the position.`,
            `We are pleased to extend a conditional offer of employment for ${role}.`,
          ]),
          `Pay: ${rate}/hour\nSchedule: ${shift}\nStatus: ${k.pick(['Full-time', 'Part-time', 'Seasonal'])}`,
          k.pick([
            `This offer is contingent on passing a background check and drug screen. Within 48 hours you'll get an email from ${vendor} (${vendorDomain}) with a link to complete the forms.`,
            `Your offer depends on a successful background check and drug test, handled by ${vendor}. Look out for their email and finish it as soon as you can.`,
            `Before your start date we need to complete a background check through ${vendor}; your offer is conditional on the results.`,
          ]),
          k.pick([
            "Once you're cleared, we'll confirm your orientation date.",
            'Orientation is scheduled after clearance, usually within a week.',
            "We'll send your start date as soon as the screening comes back.",
          ]),
          k.pick(['Reply YES to accept.', 'Please accept your offer in the applicant portal.', '']),
          named ? sign(k, rec, recTitle(k), company, false).text : teamSign(k, company),
        ),
        expected: exp(company.name, role, named ? [who(rec, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'o3-offer-founder-make-it-official',
    label: 'offer',
    note: 'Startup founder\'s offer under a subject without "offer" ("Let\'s make it official"): base, options with vesting, sign-on bonus, start date, letter attached; answer wished by a day (the candidate\'s deadline, not a decision date)',
    make(k) {
      const company = business(k);
      const role = k.role(k.pick(['engineering', 'design', 'product', 'data'] as const));
      const founder = k.person(company, 'first');
      const s = sign(k, founder, k.pick(['Co-founder & CEO', 'Founder', 'Co-founder & CTO']), company);
      const options = k.int(8, 60) * 1000;
      const start = k.later(15, 30);
      const answer = k.later(3, 6);
      return {
        from: k.addr(founder),
        to: to(k),
        subject: k.pick([
          "Let's make it official",
          `${company.name} x ${k.candidate.first}`,
          'Welcome aboard?',
          'Next steps',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `After everything this past couple of weeks, we'd like to make it official: we want you as our ${role}.`,
            `The whole team is excited, so I'll get straight to it - we'd like you to join ${company.name} as ${role}.`,
            `We'd love to have you on board as ${role}. Here's what we can put on the table:`,
          ]),
          `- Base salary: ${money(k, 90, 190)}\n- Equity: ${options.toLocaleString('en-US')} stock options, 4-year vest with a 1-year cliff\n- Sign-on bonus: ${money(k, 5, 20)}\n- Start date: ${day(k, start)} (flexible)`,
          k.pick([
            'The full offer letter is attached as a PDF.',
            "I've attached the offer letter; the option grant goes to the board at our next meeting.",
            'Formal paperwork attached - Gusto will send the signing link separately.',
          ]),
          k.pick([
            `Would love an answer by ${day(k, answer)}, but shout if you need more time.`,
            `Take a few days. If you can let me know by ${day(k, answer)}, that would help us plan.`,
            'No rush, but happy to jump on a call if you want to talk through the equity.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(founder, 'hiring_manager', founder.email, s.phone)]),
      };
    },
  },
  {
    id: 'o3-offer-internship-placement',
    label: 'offer',
    note: 'Internship or placement-year offer from an early-careers team: programme dates, monthly or hourly pay, accept in portal by a date, conditional on university confirmation',
    make(k) {
      k.as(k.pick(['en-GB', 'en-IN', 'en-US', 'en-AU'] as const));
      const company = k.company();
      const year = k.sent.year + 1;
      const programme = k.chance(0.5);
      const role = programme
        ? k.pick(['Internship Programme', 'Industrial Placement', `${year} Internship Programme`])
        : k.pick([
            'Software Engineering Intern',
            'Data Science Intern',
            'Marketing Intern',
            'Finance Intern',
          ]);
      const st = dateStyle(k);
      const from = k.later(40, 90);
      const weeks = /Placement/.test(role) ? k.pick([48, 50]) : k.pick([10, 12, 24, 26]);
      const to2 = from.plusDays(weeks * 7);
      const due = k.later(5, 12);
      const pay =
        k.locale === 'en-IN'
          ? `₹${(k.int(30, 90) * 1000).toLocaleString('en-IN')} per month`
          : k.locale === 'en-GB'
            ? `${money(k, 22, 30)} pro rata`
            : `${hourly(k, 22, 45)} per hour`;
      const coord = k.person(company);
      const named = k.chance(0.5);
      return {
        from: named ? k.addr(coord) : `${company.name} Early Careers <earlycareers@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Your ${role} offer - ${company.name}`,
          `Congratulations from ${company.name}!`,
          `Offer: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick([`Dear ${k.candidate.first},`, `Hi ${k.candidate.first},`]),
          programme
            ? k.pick([
                `We are delighted to offer you a place on the ${company.name} ${role}.`,
                `Congratulations! Following your interview, we'd like to offer you a place on our ${role} at ${company.name}.`,
                `It's a pleasure to let you know you've been successful: ${company.name} is offering you a place on the ${role}.`,
              ])
            : k.pick([
                `We are delighted to offer you the ${role} position at ${company.name}.`,
                `Congratulations! Following your interview, we'd like to offer you the role of ${role} at ${company.name}.`,
                `It's a pleasure to let you know you've been successful: we are offering you an internship as ${role} with ${company.name}.`,
              ]),
          `Dates: ${from.date(st)} to ${to2.date(st)} (${weeks} weeks)\nPay: ${pay}\nLocation: ${k.pick(['Hybrid', 'On site', 'London office', 'Bengaluru campus', 'Remote'])}`,
          k.pick([
            `Please accept your offer in the candidate portal by ${due.date(st)}.`,
            `To accept, reply to this email by ${due.date(st)} and we'll send your contract.`,
          ]),
          k.pick([
            'This offer is conditional on your university confirming your enrolment for the placement period and on satisfactory right-to-work checks.',
            'The offer is subject to your continued enrolment and to the pre-employment checks described in the attached letter.',
            '',
          ]),
          named
            ? sign(
                k,
                coord,
                k.pick(['Early Careers Coordinator', 'University Relations', 'Campus Recruiter']),
                company,
                false,
              ).text
            : `${k.pick(['Best wishes,', 'Congratulations again,'])}\nThe Early Careers Team, ${company.name}`,
        ),
        expected: exp(company.name, role, named ? [who(coord, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'o3-offer-agency-figures-and-advice',
    label: 'offer',
    note: "Agency consultant relays the client's offer with the numbers set against what the candidate asked for, and advises on negotiating; client named or hidden (company null)",
    make(k) {
      const ag = agency(k);
      const consultant = k.person(ag);
      const client = k.company();
      const named = k.chance(0.6);
      const role = k.role(k.pick(['engineering', 'business', 'data', 'product', 'design'] as const));
      const s = sign(
        k,
        consultant,
        k.pick(['Senior Consultant', 'Director', 'Principal Consultant']),
        ag,
        true,
      );
      const clientRef = named ? client.name : k.pick(['the client', 'my client']);
      return {
        from: k.addr(consultant),
        to: k.candidate.email,
        subject: k.pick([
          `Offer! ${role}`,
          `Good news - ${named ? client.name : role}`,
          `${role} - offer details`,
          'Call me when you can',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Great news - ${clientRef} have come back with an offer for the ${role} role!`,
            `I'm really pleased to say ${clientRef} want to offer you the ${role} position.`,
            `As promised, here are the details of the offer ${clientRef} made this morning for ${role}.`,
          ]),
          `Base: ${money(k, 50, 120)}\nBonus: up to ${k.pick(['10', '15', '20'])}%\nHoliday: ${k.pick(['25', '27', '30'])} days\nStart: ${k.pick(['ASAP', 'after your notice period', 'flexible'])}`,
          k.pick([
            "I know you were hoping for a bit more on the base. My read is there's a little room, so if you want me to go back, I will.",
            "It's slightly under what we talked about, but the bonus is genuinely paid out, which closes the gap.",
            "This is right where we pitched it, so I'd be comfortable recommending it.",
          ]),
          k.pick([
            'They would like an answer by Friday. Give me a ring when you have had a think.',
            'No pressure to answer today - call me when you can and we can go through it.',
            'Have a think tonight and let me know what you would like me to say.',
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
    id: 'o3-offer-eu-languages-written-confirmation',
    label: 'offer',
    note: 'Written confirmation of a verbal offer in German, French, Spanish, Dutch, Italian or Portuguese: salary, start, reply-by; recruiter signs',
    make(k) {
      const lang = k.pick(['de', 'fr', 'es', 'nl', 'it', 'pt'] as const);
      k.as(lang === 'de' || lang === 'fr' || lang === 'es' ? lang : lang === 'pt' ? 'en-GB' : 'de');
      const company = k.company();
      const rec = k.person(company);
      const start = k.later(20, 40);
      const salary = `${(k.int(40, 95) * 1000).toLocaleString('de-DE')} €`;
      const c = k.candidate.first;
      const month = (names: string[]) => `${start.day} ${names[start.month - 1]} ${start.year}`;
      const v = {
        de: () => {
          const role = k.pick(['Softwareentwickler', 'Projektmanagerin', 'Vertriebsleiter', 'Data Engineer']);
          return {
            role,
            subject: k.pick([`Unser Angebot: ${role}`, `Vertragsangebot ${company.name}`, 'Wie besprochen']),
            body: [
              k.pick([`Hallo ${c},`, `Liebe/r ${c},`, `Guten Tag ${k.candidate.name},`]),
              k.pick([
                `wie heute telefonisch besprochen, freuen wir uns sehr, dir die Stelle als ${role} bei ${company.name} anzubieten.`,
                `wir möchten Ihnen hiermit die Position ${role} bei ${company.name} anbieten.`,
                `schön, dass es gepasst hat: Wir bieten dir gern die Position als ${role} an.`,
              ]),
              `Jahresgehalt: ${salary} brutto\nEintritt: ${start.date('de')}\nUrlaub: ${k.pick([28, 30])} Tage`,
              'Den Vertrag schicken wir separat zur Unterschrift. Gib uns bitte bis Ende nächster Woche Bescheid.',
              `${k.pick(['Viele Grüße', 'Beste Grüße'])}\n${rec.name}\nHR | ${company.name}`,
            ],
          };
        },
        fr: () => {
          const role = k.pick([
            'Chef de projet',
            'Développeuse Backend',
            'Contrôleur de gestion',
            'Product Manager',
          ]);
          return {
            role,
            subject: k.pick([
              `Proposition d'embauche – ${role}`,
              `Votre arrivée chez ${company.name}`,
              'Suite à notre appel',
            ]),
            body: [
              k.pick([`Bonjour ${c},`, `Chère ${c},`]),
              k.pick([
                `Comme convenu par téléphone, nous avons le plaisir de vous proposer le poste de ${role} au sein de ${company.name}.`,
                `Je vous confirme par écrit notre proposition pour le poste de ${role}.`,
                `Nous sommes ravis de vous proposer de rejoindre ${company.name} en tant que ${role}.`,
              ]),
              `Rémunération : ${salary} bruts annuels\nDate d'entrée : ${start.date('fr')}\nContrat : CDI`,
              'Merci de nous faire part de votre réponse sous huit jours. La promesse d’embauche suivra par courrier.',
              `${k.pick(['Bien cordialement,', 'Bien à vous,'])}\n${rec.name}\nRessources humaines – ${company.name}`,
            ],
          };
        },
        es: () => {
          const role = k.pick([
            'Analista de Datos',
            'Jefe de Proyecto',
            'Desarrolladora Frontend',
            'Responsable de Ventas',
          ]);
          return {
            role,
            subject: k.pick([`Oferta – ${role}`, `Bienvenida a ${company.name}`, 'Lo hablado por teléfono']),
            body: [
              k.pick([`Hola ${c}:`, `Hola ${c},`]),
              k.pick([
                `Tal y como hablamos por teléfono, nos complace ofrecerte el puesto de ${role} en ${company.name}.`,
                `Te confirmo por escrito nuestra propuesta para incorporarte como ${role}.`,
                `¡Enhorabuena! Queremos que te unas a ${company.name} como ${role}.`,
              ]),
              `Salario: ${salary} brutos anuales\nIncorporación: ${start.date('es')}\nContrato indefinido`,
              'Te agradecería una respuesta antes del viernes. El contrato te llegará después para firmarlo.',
              `${k.pick(['Un saludo,', 'Un abrazo,'])}\n${rec.name}\nPersonas · ${company.name}`,
            ],
          };
        },
        nl: () => {
          const role = k.pick(['Data Analist', 'Projectleider', 'Backend Developer', 'Accountmanager']);
          return {
            role,
            subject: k.pick([`Aanbod ${role}`, `Welkom bij ${company.name}?`, 'Zoals besproken']),
            body: [
              k.pick([`Hoi ${c},`, `Beste ${c},`]),
              k.pick([
                `Zoals telefonisch besproken bieden we je met veel plezier de functie van ${role} bij ${company.name} aan.`,
                `Hierbij bevestig ik ons aanbod voor de functie ${role}.`,
                `We willen je graag aannemen als ${role} bij ${company.name}.`,
              ]),
              `Salaris: ${salary} bruto per jaar, exclusief 8% vakantiegeld\nStartdatum: ${month(MONTHS_NL)}\nContract: een jaar, met uitzicht op vast`,
              'Laat je ons binnen een week weten of je akkoord gaat? Dan sturen we het contract.',
              `${k.pick(['Met vriendelijke groet,', 'Groeten,'])}\n${rec.name}\nHR | ${company.name}`,
            ],
          };
        },
        it: () => {
          const role = k.pick([
            'Sviluppatore Backend',
            'Project Manager',
            'Responsabile Marketing',
            'Analista Dati',
          ]);
          return {
            role,
            subject: k.pick([
              `Proposta di assunzione – ${role}`,
              `Benvenuto in ${company.name}`,
              'Come anticipato',
            ]),
            body: [
              k.pick([`Ciao ${c},`, `Gentile ${c},`]),
              k.pick([
                `come anticipato al telefono, siamo lieti di offrirti la posizione di ${role} in ${company.name}.`,
                `ti confermo per iscritto la nostra proposta per il ruolo di ${role}.`,
                `vorremmo che entrassi a far parte di ${company.name} come ${role}.`,
              ]),
              `RAL: ${salary}\nData di inizio: ${month(MONTHS_IT)}\nContratto: tempo indeterminato`,
              'Ti chiediamo una risposta entro una settimana; la lettera di assunzione seguirà.',
              `${k.pick(['Un caro saluto,', 'Cordiali saluti,'])}\n${rec.name}\nRisorse Umane | ${company.name}`,
            ],
          };
        },
        pt: () => {
          const role = k.pick([
            'Engenheiro de Software',
            'Gestora de Projeto',
            'Analista de Dados',
            'Designer UX',
          ]);
          return {
            role,
            subject: k.pick([`Proposta – ${role}`, `Bem-vindo(a) à ${company.name}`, 'Conforme falámos']),
            body: [
              k.pick([`Olá ${c},`, `Caro(a) ${c},`]),
              k.pick([
                `conforme falámos ao telefone, temos o prazer de lhe propor a posição de ${role} na ${company.name}.`,
                `venho confirmar por escrito a nossa proposta para a função de ${role}.`,
                `gostaríamos muito que se juntasse à ${company.name} como ${role}.`,
              ]),
              `Remuneração: ${salary} brutos anuais\nData de início: ${start.day} de ${MONTHS_PT[start.month - 1]} de ${start.year}\nContrato sem termo`,
              'Agradecemos a sua resposta até ao final da próxima semana; o contrato seguirá depois.',
              `${k.pick(['Com os melhores cumprimentos,', 'Cumprimentos,'])}\n${rec.name}\nRecursos Humanos | ${company.name}`,
            ],
          };
        },
      }[lang]();
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: v.subject,
        date: k.date,
        body: k.paragraphs(...v.body),
        expected: exp(company.name, v.role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'o3-offer-hospital-clinical-shift-terms',
    label: 'offer',
    note: 'Hospital or clinic offer for a clinical role: unit, shift pattern, base rate plus night/weekend differentials, sign-on bonus with a commitment, contingent on licence verification and health screening',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA'] as const));
      const company = healthEmployer(k);
      const [role, unit] = k.pick([
        ['Registered Nurse', k.pick(['Medical-Surgical', 'Emergency Department', 'ICU', 'Labor & Delivery'])],
        ['Registered Nurse', k.pick(['Oncology', 'Telemetry', 'Pediatrics'])],
        ['Pharmacy Technician', k.pick(['Inpatient Pharmacy', 'Outpatient Pharmacy'])],
        ['Physical Therapist', k.pick(['Rehabilitation Services', 'Orthopedics'])],
        ['Medical Assistant', k.pick(['Family Medicine Clinic', 'Outpatient Clinic'])],
        ['Dental Hygienist', 'Community Dental Clinic'],
      ] as const);
      const rec = k.person(company);
      const s = sign(
        k,
        rec,
        k.pick(['Clinical Recruiter', 'Talent Acquisition Partner', 'Nurse Recruiter']),
        company,
      );
      const start = k.later(15, 30);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Offer of Employment - ${role}, ${unit}`,
          `Your offer from ${company.name}`,
          `${role} - verbal offer follow-up`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `On behalf of ${company.name}, I am pleased to offer you the position of ${role} in ${unit}.`,
            `Thank you for speaking with me today. As discussed, we would like to offer you the ${role} role in ${unit}.`,
            `Congratulations! The ${unit} leadership team would like you to join them as ${role}.`,
          ]),
          `Schedule: ${k.pick(['Nights, 3 x 12-hour shifts', 'Days, 3 x 12-hour shifts', 'Mon-Fri, 8-hour days', 'Rotating days/nights'])}\nBase rate: ${hourly(k, 28, 58)}/hour\nNight differential: $${k.int(3, 7)}.00/hour\nWeekend differential: $${k.int(2, 5)}.00/hour\nSign-on bonus: $${k.pick(['5,000', '7,500', '10,000', '15,000'])} (two-year commitment)\nOrientation begins: ${day(k, start)}`,
          k.pick([
            'This offer is contingent upon verification of your licensure and certifications, a health screening including immunization records, and a background check.',
            'Your employment is contingent on primary-source verification of your license, satisfactory references, and completion of occupational health clearance.',
          ]),
          k.pick([
            'Please reply to confirm your acceptance, and I will send the formal offer letter and onboarding packet.',
            'Your formal offer letter is attached. Please sign and return it within five business days.',
            'I will call you tomorrow to answer any questions before you accept.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'o3-offer-reply-answers-questions',
    label: 'offer',
    note: "Recruiter replies in the offer thread to the candidate's questions (start date, remote days, holiday), restating that the offer stands and when it is open until; candidate's questions quoted",
    make(k) {
      const company = business(k);
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, recTitle(k), company);
      const asked = earlier(k, 1, 3);
      const open = k.later(3, 6);
      const question = `Hi ${rec.first},\n\nThank you so much for the offer for the ${role} role - I'm really excited. Before I sign, could you clarify a few things: is the start date flexible, how many days a week are in the office, and does holiday carry over?\n\nBest,\n${k.candidate.first}`;
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `Re: Your offer - ${role}`,
          `RE: ${company.name} offer`,
          `Re: Offer letter - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            'Great questions - here you go:',
            'Happy to clarify, answers below.',
            'Of course, and thanks for checking before you sign.',
          ]),
          `Start date: ${k.pick(['yes, we can push it back up to four weeks', 'we can move it by a week or two either way', 'we need you by the original date, I am afraid'])}.\nOffice: ${k.pick(['two days a week', 'three days a week, Tuesday to Thursday', 'fully remote, with a team week each quarter'])}.\nHoliday: ${k.pick(['up to five days carry over', 'it does not carry over, but you can buy extra days', 'up to three days carry over to March'])}.`,
          k.pick([
            `Everything else in the offer stays as it is, and it is open until ${day(k, open)}.`,
            `The offer stands as written; just let me know your decision by ${day(k, open)}.`,
            `Nothing else changes in your offer. Shall I send the final version for signature?`,
          ]),
          s.text,
          k.quote(question, k.candidate, asked),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'o3-offer-school-appointment-uk',
    label: 'offer',
    note: 'UK school offer after interview day: "pleased to offer you the post of", pay scale point, September start, subject to DBS, references and health clearance; from the headteacher or school business manager',
    make(k) {
      k.as('en-GB');
      const base = k.pick([
        'Oakridge',
        'Marlow',
        'Ashford',
        'Kingsbridge',
        'Larkspur',
        'Thornbury',
        'Westgate',
        'Riverbend',
      ]);
      const name = `${base} ${k.pick(['Academy', 'Primary School', 'High School', 'Community College'])}`;
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
      const school: Company = { name, slug, domain: `${slug}.example` };
      const role = k.pick([
        'Mathematics Teacher',
        'Teacher of English',
        'Teaching Assistant',
        'Science Teacher',
        'Head of Year 9',
        'Class Teacher (KS2)',
      ]);
      const head = k.person(school);
      const isHead = k.chance(0.5);
      const title = isHead ? 'Headteacher' : 'School Business Manager';
      return {
        from: k.addr(head),
        to: k.candidate.email,
        subject: k.pick([
          `Offer of appointment - ${role}`,
          `${role} - ${name}`,
          'Following your interview today',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for coming in for interview today. I am delighted to confirm the panel's offer of the post of ${role} at ${name}.`,
            `Following your interview, I am pleased to offer you the post of ${role} at ${name}, starting in September.`,
            `It was a pleasure to meet you. On behalf of the governors, I am writing to offer you the position of ${role}.`,
          ]),
          k.pick([
            `The post will be paid on ${k.pick(['MPS', 'UPS', 'the Main Pay Range'])} point ${k.int(1, 6)}${k.chance(0.5) ? ', with a TLR 2b' : ''}.`,
            `Salary will be on Grade ${k.int(3, 6)}, point ${k.int(5, 20)}, pro rata for term time only.`,
          ]),
          'This offer is subject to satisfactory references, an enhanced DBS check, evidence of your qualifications and right to work, and medical clearance.',
          k.pick([
            'Please confirm by email whether you accept, and our HR provider will send your contract.',
            'I would be grateful if you could let me know your decision by Friday.',
            'Our office will be in touch about the pre-employment paperwork once you have accepted.',
          ]),
          `${k.pick(['Yours sincerely,', 'Kind regards,', 'With best wishes,'])}\n${head.name}\n${title}\n${name}`,
        ),
        expected: exp(name, role, [who(head, isHead ? 'hiring_manager' : 'recruiter')]),
      };
    },
  },
];

export const families: Family[] = [...rejections, ...offers];
