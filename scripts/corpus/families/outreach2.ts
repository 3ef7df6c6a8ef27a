/**
 * Outreach, round 2: shapes the first round did not have. Sourcing-tool sequences (step 1,
 * a step 2 with a new angle under an Outlook quote, a step 3 TL;DR), recruiting-partner
 * platforms, employees offering referrals, agencies pasting long specs, texts and voicemails
 * relayed by email, Portuguese/Italian/Dutch approaches, relocation, conference follow-ups,
 * board and advisory seats, boomerang rehires. Reference requests from HR portals,
 * background-check vendors, academic searches, after a verbal offer, for the current
 * employer's HR contact. And `other`: the candidate's own mail (negotiation, benefits,
 * portfolio, cold application, resignation), friends forwarding posts, auto-replies,
 * calendar declines, recalls, bounces, connection acceptances and thank-you replies with no news.
 */
import {
  ascii,
  type Company,
  type Expected,
  type ExpectedPerson,
  type Family,
  type Kit,
  type Moment,
} from '../kit';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

/** The candidate as the To header shows them: bare address or "Name <address>". */
function to(k: Kit): string {
  return k.chance(0.55) ? k.addr(k.candidate) : k.candidate.email;
}

/** The candidate as a From header. */
function me(k: Kit): string {
  return k.chance(0.7) ? k.addr(k.candidate) : k.candidate.email;
}

/** The candidate's own sign-off. */
function mySig(k: Kit): string {
  const c = k.candidate;
  return (
    k.pick([
      `Best,\n${c.first}`,
      `Best regards,\n${c.name}`,
      `Thanks,\n${c.name}\n${c.phone}`,
      `Kind regards,\n${c.name}\n${c.phone}`,
      `Thank you,\n${c.first}`,
      `Many thanks,\n${c.first} ${c.last}`,
      `Cheers,\n${c.first}`,
    ]) + (k.chance(0.15) ? '\n\nSent from my iPhone' : '')
  );
}

function who(
  p: { name: string; email: string },
  role: ExpectedPerson['role'],
  withEmail = true,
  phone: string | null = null,
): ExpectedPerson {
  return { name: p.name, email: withEmail ? p.email : null, phone, role };
}

function exp(
  company: string | null,
  role: string | null,
  people: ExpectedPerson[] = [],
  more: { interviewAt?: string | null; decisionBy?: string | null } = {},
): Expected {
  return {
    company,
    role,
    interviewAt: more.interviewAt ?? null,
    decisionBy: more.decisionBy ?? null,
    people,
  };
}

function nothing(): Expected {
  return exp(null, null, []);
}

/** "a" or "an" before a job title. */
function an(word: string): string {
  if (/^(HR|SDR|MBA|RN)\b/.test(word)) return 'an';
  if (/^U[XI]\b/.test(word)) return 'a';
  return /^[AEIOU]/i.test(word) ? 'an' : 'a';
}

function named(name: string): Company {
  const slug = ascii(name)
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}

/** A company that reads as a private business (no hospitals, cities, universities). */
function bizCo(k: Kit): Company {
  for (;;) {
    const c = k.company();
    if (!/Hospital|University|City of/.test(c.name)) return c;
  }
}

function agencyCo(k: Kit): Company {
  return named(
    `${k.pick(['Ravensworth', 'Tallis', 'Brookfield Lane', 'Quayside', 'Archway', 'Holloway', 'Fenwick', 'Saltire', 'Westbrook', 'Kinsale'])} ${k.pick(['Recruitment', 'Talent', 'Resourcing', 'Search', 'Selection', 'Associates', 'Staffing'])}`,
  );
}

function university(k: Kit): Company {
  return named(
    k.pick([
      `University of ${k.pick(['Eastbrook', 'Kingsmere', 'Northfield', 'Ashworth', 'Carrick', 'Wexley'])}`,
      `${k.pick(['Hollins', 'Marston', 'Brayford', 'Lindell', 'Oakhaven', 'Redmere'])} University`,
      `${k.pick(['Westmoor', 'Calder', 'Pellham'])} Institute of Technology`,
    ]),
  );
}

/** The person's signature; returns the text and the phone it shows (or null). */
import { sign, dateIn, timeIn } from './outreach-helpers';

function us(k: Kit): boolean {
  return k.locale === 'en-US' || k.locale === 'en-CA';
}

function money(k: Kit, low: number, high: number): string {
  switch (k.locale) {
    case 'en-GB':
      return `£${low}k–£${high}k`;
    case 'de':
    case 'fr':
    case 'es':
      return `€${low}k–€${high}k`;
    case 'en-IN':
      return `₹${Math.round(low / 3)}–${Math.round(high / 3)} LPA`;
    case 'en-AU':
      return `A$${low}k-${high}k + super`;
    default:
      return `$${low}k-$${high}k`;
  }
}

function cityFor(k: Kit): string {
  switch (k.locale) {
    case 'en-US':
      return k.pick(['Austin', 'Chicago', 'Boston', 'Denver', 'Seattle', 'Atlanta', 'New York']);
    case 'en-CA':
      return k.pick(['Toronto', 'Vancouver', 'Montreal', 'Calgary']);
    case 'en-GB':
      return k.pick(['London', 'Manchester', 'Leeds', 'Bristol', 'Edinburgh', 'Birmingham']);
    case 'en-IN':
      return k.pick(['Bengaluru', 'Pune', 'Hyderabad', 'Gurugram']);
    case 'en-AU':
      return k.pick(['Sydney', 'Melbourne', 'Brisbane']);
    default:
      return k.pick(['Berlin', 'Amsterdam', 'Paris', 'Madrid', 'Milan', 'Lisbon']);
  }
}

/** An earlier message quoted the way Outlook writes it (no ">" marks, a header block). */
function outlookQuote(
  k: Kit,
  previous: string,
  from: { name: string; email: string },
  toAddr: string,
  subject: string,
  when: Moment,
): string {
  const sent = us(k)
    ? `${when.date('us-long')} ${when.time('us')}`
    : `${when.date('uk-long')} ${when.time('24h')}`;
  return [
    k.pick(['________________________________', '-----Original Message-----', '']),
    `From: ${from.name} <${from.email}>`,
    `Sent: ${sent}`,
    `To: ${toAddr}`,
    `Subject: ${subject}`,
    '',
    previous,
  ].join('\n');
}

const RECRUITER_TITLES = [
  'Technical Recruiter',
  'Senior Technical Recruiter',
  'Talent Acquisition Partner',
  'Senior Talent Partner',
  'Recruiter',
  'Talent Sourcer',
  'Senior Sourcer',
  'Talent Acquisition Lead',
  'Recruiting Lead',
];

const AGENCY_TITLES = [
  'Senior Consultant',
  'Principal Consultant',
  'Recruitment Consultant',
  'Associate Director',
  'Managing Consultant',
  'Senior Recruitment Consultant',
];

/** A role an office employer would source for. */
function officeRole(k: Kit): string {
  return k.role(k.pick(['engineering', 'engineering', 'product', 'design', 'data', 'business'] as const));
}

const TEAMS = [
  'platform',
  'payments',
  'growth',
  'data',
  'finance',
  'operations',
  'design systems',
  'customer',
];

/** A sourcing tool's footer: opt-out link and a tool mark. */
function sequenceFooter(k: Kit): string {
  const tool = k.pick(['gem', 'hireez', 'seekout', 'own']);
  switch (tool) {
    case 'gem':
      return k.pick([
        `If you'd prefer not to hear from me again, let me know here: https://go.gem.com/unsubscribe/${k.token(18)}`,
        `Not interested? Click here and I won't reach out again: https://go.gem.com/optout/${k.token(16)}`,
      ]);
    case 'hireez':
      return `Unsubscribe from future messages: https://app.hireez.com/u/${k.token(20)}`;
    case 'seekout':
      return `Sent via SeekOut · Opt out https://seekout.io/o/${k.token(14)}`;
    default:
      return k.pick([
        'P.S. If now isn\'t the right time, just reply "not now" and I\'ll follow up in a few months.',
        "If you'd rather I didn't contact you, just reply and let me know.",
        '',
      ]);
  }
}

const HOOKS = [
  'your open-source work on the data-validation library',
  'the talk you gave on migrating a monolith',
  'your write-up on pricing experiments',
  'the case study in your portfolio about onboarding',
  'your time leading the billing migration',
  'the way you describe your approach to mentoring on your profile',
  'your background scaling a support team from 5 to 40',
  'your recent certification in cloud architecture',
];

// ---------------------------------------------------------------------------------------
// recruiter_outreach

const outreachFamilies: Family[] = [
  {
    id: 'sourcing-sequence-step1-personalised-hook',
    label: 'recruiter_outreach',
    note: 'Step 1 of a sourcing-tool sequence (Gem/hireEZ/SeekOut-like): one personalised hook line, a short pitch, a tool opt-out footer',
    count: 10,
    make(k) {
      const company = bizCo(k);
      const role = officeRole(k);
      const rec = k.person(company, k.pick(['first.last', 'first'] as const));
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company, 0.3);
      const hook = k.pick(HOOKS);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${k.candidate.first}, ${role} at ${company.name}?`,
          `Quick question, ${k.candidate.first}`,
          `${company.name} <> ${k.candidate.first}`,
          `Loved ${hook.split(' ').slice(0, 3).join(' ')}…`,
          `${role} - ${company.name}`,
          `Thought of you for this one`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `Hey ${k.candidate.first}!`, `${k.candidate.first} -`]),
          k.pick([
            `I came across ${hook} and had to reach out.`,
            `${hook.charAt(0).toUpperCase()}${hook.slice(1)} is exactly why I'm writing.`,
            `Not a generic note, promise: ${hook} caught my eye.`,
          ]),
          k.pick([
            `I'm hiring ${an(role)} ${role} for the ${k.pick(TEAMS)} team at ${company.name}, and I think you'd bring a lot.`,
            `We're building out ${company.name}'s ${k.pick(TEAMS)} team and the ${role} seat is the one I think you'd fit.`,
            `${company.name} is looking for ${an(role)} ${role} (${k.pick(['remote', 'hybrid', 'remote within the US', 'in-office 3 days'])}) and your background maps really well.`,
          ]),
          k.pick([
            'Worth a 15-minute chat?',
            'Open to hearing more? Happy to share comp and the team up front.',
            'Would you be up for a quick intro call next week?',
            'If the timing is wrong, no stress - a one-word reply helps me either way.',
          ]),
          s.text,
          sequenceFooter(k),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'sourcing-sequence-step2-new-angle-outlook-quote',
    label: 'recruiter_outreach',
    note: 'Step 2 of a sequence: adds NEW info (funding, comp, remote) above the first note quoted Outlook-style (From/Sent/To/Subject block)',
    count: 10,
    make(k) {
      const company = bizCo(k);
      const role = officeRole(k);
      const rec = k.person(company);
      const firstSubject = k.pick([
        `${role} at ${company.name}`,
        `Your background + ${company.name}`,
        `Opportunity on our ${k.pick(TEAMS)} team`,
      ]);
      const earlier = k.sent.plusDays(-k.int(3, 8));
      const first = k.paragraphs(
        `Hi ${k.candidate.first},`,
        `I'm ${rec.first}, a recruiter at ${company.name}. We're hiring ${an(role)} ${role} and your experience stood out. Would you be open to a short call?`,
        `Thanks,\n${rec.name}`,
      );
      const angle = k.pick([
        `we just announced our Series ${k.pick(['B', 'C', 'D'])} (${k.pick(['$40M', '$75M', '$120M'])}), so the team is doubling this year`,
        `the range for this role is ${money(k, 110, 165)} plus equity`,
        'the role is fully remote, with a team offsite twice a year',
        'the hiring manager is happy to do the first conversation herself, no screening call',
        `we've just been named one of the best places to work in ${cityFor(k)}`,
        'we offer a 4-day week pilot on this team',
      ]);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company, 0.35);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([`RE: ${firstSubject}`, `Re: ${firstSubject}`, firstSubject]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `${k.candidate.first},`, `Hello again ${k.candidate.first},`]),
          k.pick([
            `One thing I should have mentioned in my first note: ${angle}.`,
            `Following up with something new since I last wrote - ${angle}.`,
            `Quick addition to my email below: ${angle}.`,
          ]),
          k.pick([
            `Does that change anything for you? I'd still love 15 minutes to tell you about the ${role} role.`,
            'If that makes it more interesting, just reply with a good time.',
            "Happy to send the full job description if that's easier.",
          ]),
          s.text,
          outlookQuote(k, first, rec, k.candidate.email, firstSubject, earlier),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'sourcing-sequence-step3-tldr-recap',
    label: 'recruiter_outreach',
    note: 'Step 3 of a sequence: "in case my notes got buried, TL;DR" with a bullet recap of role, team, comp, location; no quote',
    count: 9,
    make(k) {
      const company = bizCo(k);
      const role = officeRole(k);
      const rec = k.person(company, k.pick(['first.last', 'flast'] as const));
      const mgr = k.person(company);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company, 0.3);
      const namesMgr = k.chance(0.5);
      const bullets = [
        `• Role: ${role}`,
        `• Team: ${k.pick(TEAMS)}${namesMgr ? `, reporting to ${mgr.name}` : ''}`,
        `• Comp: ${money(k, 95, 170)}${k.chance(0.5) ? ' + equity' : ''}`,
        `• Where: ${k.pick(['Remote', `Hybrid, ${cityFor(k)}`, `${cityFor(k)} office`, 'Remote (EU time zones)'])}`,
        k.chance(0.6)
          ? `• Process: ${k.pick(['3 conversations, done in 2 weeks', 'intro call, take-home, final panel', 'two calls and a team lunch'])}`
          : '',
      ].filter(Boolean);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `TL;DR - ${role} @ ${company.name}`,
          `Re: ${role} at ${company.name}`,
          'Last try (short version)',
          `${k.candidate.first} - the 20-second version`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `${k.candidate.first},`]),
          k.pick([
            'In case my last couple of notes got buried, here is the TL;DR:',
            "I know inboxes are brutal, so here's the short version:",
            'Short and sweet this time:',
          ]),
          bullets.join('\n'),
          k.pick([
            'Worth 15 minutes? If not, a quick "no" is totally fine.',
            "If it's a no for now, I'll leave you be - just reply and let me know.",
            'Open to a quick call?',
          ]),
          s.text,
          sequenceFooter(k),
        ),
        expected: exp(company.name, role, [
          who(rec, 'recruiter', true, s.phone),
          ...(namesMgr ? [who(mgr, 'hiring_manager', false)] : []),
        ]),
      };
    },
  },
  {
    id: 'recruiting-partner-platform-on-behalf-of-client',
    label: 'recruiter_outreach',
    note: 'Recruiter from a recruiting-as-a-service platform (Dover-like, invented) writing on behalf of a named startup client; founders named',
    count: 9,
    make(k) {
      const company = bizCo(k);
      const role = k.role(k.pick(['engineering', 'product', 'design', 'data'] as const));
      const platform = named(k.pick(['Scoutbase', 'Recrew', 'Hirelane', 'Talentwise Partners', 'Pipeworks']));
      const rec = k.person(platform);
      const founder = k.person(company);
      const s = sign(k, rec, k.pick(['Recruiting Partner', 'Talent Partner', 'Recruiter']), platform, 0.3);
      const namesFounder = k.chance(0.6);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${company.name} (via ${platform.name}) - ${role}`,
          `${role} at ${company.name}, a ${k.pick(['seed', 'Series A', 'Series B'])} startup`,
          `Recruiting for ${company.name}`,
          `${k.candidate.first}, intro to ${company.name}?`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm ${rec.first}, a recruiter at ${platform.name}. We partner with early-stage companies on hiring, and I'm currently working with ${company.name} on their ${role} search.`,
            `I'm reaching out on behalf of ${company.name} - I run recruiting for them through ${platform.name}.`,
            `${platform.name} helps startups hire, and one of our clients, ${company.name}, is looking for ${an(role)} ${role}.`,
          ]),
          namesFounder
            ? `${company.name} was founded by ${founder.name} (CEO, ${k.pick(['previously led product at a public fintech', 'ex-engineering lead at a logistics unicorn', 'two-time founder'])}). You would work directly with ${founder.first}.`
            : `They're ${k.int(8, 45)} people, ${k.pick(['recently raised', 'backed by top-tier investors', 'growing revenue 3x year over year', 'profitable'])}, and this is a high-ownership role.`,
          k.pick([
            `Comp: ${money(k, 120, 180)} + ${k.pick(['0.2-0.5%', '0.1-0.3%', 'meaningful'])} equity.`,
            `The role is ${k.pick(['remote (US)', 'hybrid in ' + cityFor(k), 'in-person 4 days'])}.`,
            '',
          ]),
          k.pick([
            `Interested in an intro? If so, grab time with me here: https://app.${platform.domain}/book/${k.token(8)}`,
            'Interested? Just reply and I will set up a call.',
            `Happy to share the full role doc - want me to send it over?`,
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(rec, 'agency_consultant', true, s.phone),
          ...(namesFounder ? [who(founder, 'hiring_manager', false)] : []),
        ]),
      };
    },
  },
  {
    id: 'employee-my-team-is-hiring-want-a-referral',
    label: 'recruiter_outreach',
    note: 'An employee (not a recruiter) offers to refer the candidate: "my team is hiring, want me to refer you?", referral bonus joke, link to the post',
    count: 10,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const emp = k.person(company, 'first.last');
      const personal = k.chance(0.45);
      const boss = k.chance(0.35);
      const link = k.system('greenhouse', 'lever', 'ashby', 'workday').link(company, k.digits(7));
      return {
        from: personal
          ? `${emp.name} <${ascii(emp.first).toLowerCase()}${k.int(1, 99)}@${ascii(emp.last).toLowerCase()}mail.example>`
          : k.addr(emp),
        to: k.candidate.email,
        subject: k.pick([
          'my team is hiring!',
          'want a referral?',
          `${role} role at ${company.name} - interested?`,
          `thought of you - ${company.name}`,
          'Referral?',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hey ${k.candidate.first}!`, `Hi ${k.candidate.first},`, `${k.candidate.first}!!`]),
          k.pick([
            `Long time no talk. My team at ${company.name} is hiring ${an(role)} ${role} and you were literally the first person I thought of.`,
            `Random one but - we just opened ${an(role)} ${role} role on my team at ${company.name} and I think you'd be great.`,
            `Hope you're doing well! ${company.name} is hiring for ${an(role)} ${role} and I'd love to refer you if you're at all open to moving.`,
          ]),
          boss
            ? `Full disclosure, I'd be your manager 😄 so I'm a little biased.`
            : k.pick([
                "We get a referral bonus so honestly you'd be doing me a favour too lol.",
                'Referrals go straight to the hiring manager here, so it usually moves faster than applying cold.',
                "No pressure at all, but I really like it here and the team's great.",
              ]),
          `Here's the posting: ${link}`,
          k.pick([
            'Want me to put your name in? Just send me your latest CV.',
            'If you want, send me your resume and I will submit the referral this week.',
            "Let me know and I'll refer you - happy to chat about it over coffee first.",
          ]),
          k.pick([`${emp.first}`, `- ${emp.first}`, `Cheers,\n${emp.first}`, `x ${emp.first}`]),
        ),
        expected: exp(company.name, role, [who(emp, boss ? 'hiring_manager' : null)]),
      };
    },
  },
  {
    id: 'agency-long-spec-responsibilities-essential-desirable',
    label: 'recruiter_outreach',
    note: 'Agency pastes a long spec: header lines, "The Company", Key Responsibilities / Essential / Desirable / Benefits bullet lists, CV-in-Word request; client named or not',
    count: 10,
    make(k) {
      if (k.chance(0.7)) k.as('en-GB');
      const agency = agencyCo(k);
      const clientNamed = k.chance(0.45);
      const client = bizCo(k);
      const field = k.pick(['engineering', 'business', 'data'] as const);
      const role = k.role(field);
      const cons = k.person(agency);
      const s = sign(k, cons, k.pick(AGENCY_TITLES), agency, 0.8);
      const resp = k.some(
        [
          'Own the end-to-end delivery of projects from scoping through to release',
          'Work closely with stakeholders across the business to gather requirements',
          'Build and maintain reporting and dashboards for senior leadership',
          'Mentor junior members of the team and contribute to hiring',
          'Drive continuous improvement of processes and tooling',
          'Manage relationships with third-party suppliers',
          'Prepare monthly management accounts and variance analysis',
          'Design, build and test scalable services',
          'Take part in an on-call rota (paid)',
          'Lead month-end close activities and support the annual audit',
        ],
        5,
        8,
      );
      const essential = k.some(
        [
          '3+ years in a similar role',
          'Strong communication skills, written and verbal',
          'Experience in a fast-paced, scaling environment',
          'Degree educated or equivalent experience',
          'Excellent Excel / SQL skills',
          'Right to work in the UK (no sponsorship available)',
          'Commercial experience with cloud platforms',
          'ACA/ACCA/CIMA qualified or finalist',
        ],
        3,
        5,
      );
      const desirable = k.some(
        [
          'Sector experience',
          'Experience with ERP migrations',
          'A second European language',
          'Startup experience',
          'Team leadership',
        ],
        1,
        3,
      );
      const benefits = k.some(
        [
          '25 days holiday + bank holidays',
          'Bonus up to 15%',
          'Private medical cover',
          'Pension matched up to 6%',
          'Hybrid working (2 days in office)',
          'Enhanced parental leave',
          'Cycle to work scheme',
          'Learning budget',
        ],
        3,
        6,
      );
      const place = cityFor(k);
      const pay = money(k, k.pick([45, 55, 65]), k.pick([75, 85, 95]));
      return {
        from: k.addr(cons),
        to: to(k),
        subject: k.pick([
          `${role} | ${place} | ${pay}`,
          `${role} opportunity - ${clientNamed ? client.name : 'leading ' + k.pick(['SaaS business', 'retailer', 'financial services firm'])}`,
          `NEW ROLE: ${role}`,
          `Are you open to new opportunities? ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(k.chance(0.4)),
          k.pick([
            `I hope you are well. I am currently recruiting for the below position and your CV/profile looks like a strong match.`,
            `Hope all is good. I'm working on an exclusive ${role} role and wanted to share the details with you.`,
            `I came across your profile and thought the below may be of interest. Full details are below:`,
          ]),
          [
            `Role: ${role}`,
            `Location: ${place} (${k.pick(['hybrid', 'hybrid 2/3', 'office based', 'remote with quarterly travel'])})`,
            `Salary: ${pay} + benefits`,
            `Type: ${k.pick(['Permanent', 'Permanent, full time', 'Fixed-term 12 months'])}`,
          ].join('\n'),
          clientNamed
            ? `The Company:\n${client.name} is a ${k.pick(['well-established', 'fast-growing', 'market-leading', 'PE-backed'])} business with ${k.int(80, 3000)} employees and an excellent reputation for developing its people.`
            : `The Company:\nMy client is a ${k.pick(['well-established', 'fast-growing', 'market-leading', 'PE-backed'])} ${k.pick(['technology business', 'retail group', 'financial services firm', 'healthcare provider'])} with offices across the UK and Europe.`,
          `Key Responsibilities:\n${resp.map((r) => `• ${r}`).join('\n')}`,
          `Essential:\n${essential.map((r) => `• ${r}`).join('\n')}`,
          `Desirable:\n${desirable.map((r) => `• ${r}`).join('\n')}`,
          `Benefits:\n${benefits.map((r) => `- ${r}`).join('\n')}`,
          k.pick([
            'If this is of interest, please send me an updated copy of your CV (Word format preferred) and a good time to call.',
            "If you'd like to apply or find out more, reply with your CV and I'll give you a call.",
            'Interested? Drop me a reply and we can arrange a quick call to discuss in confidence.',
          ]),
          k.chance(0.4)
            ? `Not for you? We offer a £${k.pick(['250', '500'])} referral reward for anyone you recommend that we place.`
            : '',
          s.text,
          `${agency.name} is acting as an Employment Agency in relation to this vacancy. By responding you consent to us processing your data in line with our privacy notice.`,
        ),
        expected: exp(clientNamed ? client.name : null, role, [
          who(cons, 'agency_consultant', true, s.phone),
        ]),
      };
    },
  },
  {
    id: 'recruiter-text-message-relayed-by-email',
    label: 'recruiter_outreach',
    note: 'A recruiter SMS arriving as email: a voice/SMS service ("New text message from …") or the candidate forwarding the text to themselves',
    count: 9,
    make(k) {
      const staffing = k.chance(0.5);
      const agency = agencyCo(k);
      const company = bizCo(k);
      const role = k.role(k.pick(['business', 'service', 'care', 'engineering'] as const));
      const rec = k.person(staffing ? agency : company);
      const phone = rec.phone;
      const clientNamed = !staffing || k.chance(0.4);
      const text = k.pick([
        `Hi ${k.candidate.first}, this is ${rec.first} w/ ${staffing ? agency.name : company.name}. I have ${an(role)} ${role} opening ${staffing ? (clientNamed ? `with ${company.name}` : 'with a client') : 'on our team'}, ${money(k, 55, 95)}, ${k.pick(['hybrid', 'onsite', 'remote'])}. Open to a quick call? Reply STOP to opt out`,
        `${k.candidate.first}! ${rec.first} from ${staffing ? agency.name : company.name} here. Saw your resume online - are you still looking? Got ${an(role)} ${role} role ${clientNamed && staffing ? `at ${company.name} ` : ''}that pays well. Call/text me back`,
        `Hello ${k.candidate.first}, ${rec.name} (${staffing ? agency.name : company.name} recruiting). Would you be interested in ${an(role)} ${role} position${staffing && clientNamed ? ` at ${company.name}` : ''}? When is a good time to talk?`,
      ]);
      const service = k.chance(0.55);
      const fwdWhen = k.sent.plusDays(0, Math.max(7, k.sent.hour - 1), 5);
      return {
        from: service ? `Voice <voice-noreply@txt.example>` : me(k),
        to: k.candidate.email,
        subject: service
          ? k.pick([`New text message from ${phone}`, `SMS from ${phone}`])
          : k.pick(['Fwd: text from recruiter', 'recruiter text', `Fwd: ${role} text`, 'fyi - text msg']),
        date: k.date,
        body: service
          ? k.paragraphs(
              `${phone}:`,
              text,
              `YOUR ACCOUNT · HELP CENTER\nTo respond to this text message, reply to this email or visit the Voice app.`,
            )
          : k.paragraphs(
              k.pick(['saving this for later', 'forwarding so I dont lose it', '', 'follow up monday']),
              `-----\nFrom: ${phone}\n${dateIn(k, fwdWhen)}, ${timeIn(k, fwdWhen)}\n\n${text}`,
              k.chance(0.5) ? 'Sent from my iPhone' : '',
            ),
        expected: exp(clientNamed ? company.name : null, role, [
          {
            name: text.includes(rec.last) ? rec.name : rec.first,
            email: null,
            phone,
            role: staffing ? 'agency_consultant' : 'recruiter',
          },
        ]),
      };
    },
  },
];

const outreachFamilies2: Family[] = [
  {
    id: 'recruiter-outreach-portuguese',
    label: 'recruiter_outreach',
    note: 'Portuguese approach (Brazil "vi seu perfil", você; Portugal "encontrei o seu perfil", formal); role in Portuguese or English, CLT/PJ or contrato sem termo',
    count: 8,
    make(k) {
      k.as('en-GB');
      const br = k.chance(0.55);
      const company = bizCo(k);
      const role = k.pick(
        br
          ? [
              'Desenvolvedor Backend Sênior',
              'Analista de Dados',
              'Engenheiro de Software',
              'Product Manager',
              'Designer de Produto',
              'Analista Financeiro Pleno',
            ]
          : [
              'Engenheiro de Software',
              'Gestor de Produto',
              'Analista de Dados',
              'Data Engineer',
              'Técnico de Recursos Humanos',
              'Contabilista Sénior',
            ],
      );
      const rec = k.person(company);
      const phone = br ? `+55 11 95555-${k.digits(4)}` : `+351 21 555 ${k.digits(4)}`;
      const withPhone = k.chance(0.5);
      const body = br
        ? k.paragraphs(
            k.pick([
              `Olá ${k.candidate.first}, tudo bem?`,
              `Oi ${k.candidate.first}, como vai?`,
              `Olá ${k.candidate.first}!`,
            ]),
            k.pick([
              `Vi seu perfil no LinkedIn e achei sua experiência muito alinhada com uma vaga que estamos abrindo aqui na ${company.name}.`,
              `Me chamo ${rec.first} e sou recrutadora na ${company.name}. Encontrei seu perfil e queria te apresentar uma oportunidade.`,
              `Estou entrando em contato porque a ${company.name} está contratando e seu perfil chamou minha atenção.`,
            ]),
            `A vaga é para ${role}, ${k.pick(['100% remoto', 'modelo híbrido em São Paulo', 'presencial em Curitiba', 'remoto com encontros trimestrais'])}, contratação ${k.pick(['CLT', 'PJ', 'CLT ou PJ'])}${k.chance(0.5) ? `, faixa salarial de R$ ${k.pick(['12', '15', '18'])}.000 a R$ ${k.pick(['20', '24', '28'])}.000` : ''}.`,
            k.pick([
              'Benefícios: plano de saúde e odontológico, VR/VA, Gympass e PLR.',
              'Temos plano de saúde, auxílio home office e horário flexível.',
              '',
            ]),
            k.pick([
              'Você teria interesse em bater um papo rápido essa semana?',
              'Faz sentido conversarmos? Me passa um horário bom pra você.',
              'Se tiver interesse, me responde por aqui que eu te mando mais detalhes!',
            ]),
            `${k.pick(['Abraços,', 'Abs,', 'Um abraço,'])}\n${rec.name}\n${k.pick(['Tech Recruiter', 'Talent Acquisition', 'Recrutadora'])} | ${company.name}${withPhone ? `\n${phone}` : ''}`,
          )
        : k.paragraphs(
            k.pick([
              `Caro ${k.candidate.first},`,
              `Olá ${k.candidate.first},`,
              `Bom dia ${k.candidate.first},`,
            ]),
            'Espero que esteja bem.',
            k.pick([
              `Encontrei o seu perfil no LinkedIn e gostaria de lhe apresentar uma oportunidade na ${company.name}.`,
              `Estou a recrutar para a ${company.name} e o seu percurso parece-me muito interessante para uma função que temos em aberto.`,
            ]),
            `Trata-se da posição de ${role}, em ${k.pick(['Lisboa', 'Porto', 'Braga'])} (${k.pick(['regime híbrido', 'remoto', 'presencial'])}), com contrato sem termo${k.chance(0.5) ? ` e remuneração entre ${k.pick(['35', '40'])}.000 € e ${k.pick(['50', '55', '60'])}.000 € brutos anuais` : ''}.`,
            k.pick([
              'Estaria disponível para uma breve conversa telefónica esta semana?',
              'Teria interesse em saber mais? Fico a aguardar o seu contacto.',
            ]),
            `${k.pick(['Com os melhores cumprimentos,', 'Cumprimentos,'])}\n${rec.name}\n${k.pick(['Talent Acquisition Specialist', 'Recrutamento e Seleção'])}, ${company.name}${withPhone ? `\nTel.: ${phone}` : ''}`,
          );
      return {
        from: k.addr(rec),
        to: to(k),
        subject: br
          ? k.pick([
              `Oportunidade: ${role} na ${company.name}`,
              `Vaga de ${role} - ${company.name}`,
              `${k.candidate.first}, bora conversar?`,
            ])
          : k.pick([
              `Oportunidade profissional - ${role}`,
              `${company.name} | ${role}`,
              'Proposta de conversa',
            ]),
        date: k.date,
        body,
        expected: exp(company.name, role, [who(rec, 'recruiter', true, withPhone ? phone : null)]),
      };
    },
  },
  {
    id: 'recruiter-outreach-italian',
    label: 'recruiter_outreach',
    note: 'Italian approach: in-house "ho visto il tuo profilo" (tu) or a società di ricerca e selezione writing formally (Lei) for "un nostro cliente"',
    count: 8,
    make(k) {
      k.as('de');
      const agencyMail = k.chance(0.45);
      const agency = named(
        `${k.pick(['Arcadia', 'Lanterna', 'Vetta', 'Corsiva'])} ${k.pick(['Selezione', 'Executive Search', 'HR Consulting'])}`,
      );
      const company = bizCo(k);
      const clientNamed = !agencyMail || k.chance(0.3);
      const role = k.pick([
        'Sviluppatore Full Stack',
        'Data Analyst',
        'Product Manager',
        'Ingegnere del Software Senior',
        'Responsabile Amministrativo',
        'Controller di Gestione',
        'Key Account Manager',
      ]);
      const rec = k.person(agencyMail ? agency : company);
      const phone = `+39 02 5555 ${k.digits(4)}`;
      const withPhone = k.chance(0.5);
      const sede = k.pick(['Milano', 'Torino', 'Bologna', 'Roma', 'Padova']);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Opportunità: ${role}${clientNamed ? ` - ${company.name}` : ''}`,
          `Proposta di collaborazione - ${role}`,
          `${role} | ${sede}`,
          `Posizione aperta: ${role}`,
        ]),
        date: k.date,
        body: agencyMail
          ? k.paragraphs(
              `Gentile ${k.candidate.first} ${k.candidate.last},`,
              `mi permetto di contattarLa in quanto il Suo profilo ha attirato la mia attenzione.`,
              `${agency.name}, società di ricerca e selezione, è stata incaricata da ${clientNamed ? company.name : `un nostro cliente, ${k.pick(['importante gruppo industriale', 'realtà in forte crescita nel settore fintech', 'azienda leader nella grande distribuzione'])}`}, di ricercare un/una ${role} per la sede di ${sede}.`,
              `Si offre contratto a tempo indeterminato, ${k.pick(['CCNL Commercio', 'CCNL Metalmeccanico'])}, RAL ${k.pick(['40', '45', '50'])}-${k.pick(['55', '60', '65'])}k € e welfare aziendale.`,
              'Qualora fosse interessato/a, La prego di inviarmi il Suo CV aggiornato e di indicarmi un orario per un breve colloquio telefonico.',
              `Cordiali saluti,\n${rec.name}\n${k.pick(['Senior Consultant', 'Head Hunter', 'Recruitment Consultant'])} - ${agency.name}${withPhone ? `\nTel. ${phone}` : ''}`,
              'Ai sensi del Regolamento UE 2016/679, i Suoi dati saranno trattati esclusivamente a fini di selezione.',
            )
          : k.paragraphs(
              k.pick([`Ciao ${k.candidate.first},`, `Buongiorno ${k.candidate.first},`]),
              k.pick([
                `ho visto il tuo profilo su LinkedIn e penso che la tua esperienza sia in linea con una posizione aperta in ${company.name}.`,
                `sono ${rec.first} e mi occupo di recruiting in ${company.name}. Ti scrivo perché stiamo cercando un/una ${role}.`,
              ]),
              `Il ruolo è ${role}, ${k.pick(['full remote', `ibrido con sede a ${sede}`, `in sede a ${sede}`])}, e lavoreresti nel team ${k.pick(['prodotto', 'dati', 'finanza', 'tecnologia'])}.`,
              k.pick([
                'Saresti disponibile per una breve chiacchierata conoscitiva?',
                'Ti andrebbe di sentirci per 15 minuti questa settimana?',
                'Se ti interessa, rispondimi pure qui e ti mando tutti i dettagli.',
              ]),
              `${k.pick(['Un saluto,', 'A presto,', 'Buona giornata,'])}\n${rec.name}\n${k.pick(['Talent Acquisition', 'HR Recruiter'])} | ${company.name}${withPhone ? `\n${phone}` : ''}`,
            ),
        expected: exp(clientNamed ? company.name : null, role, [
          who(rec, agencyMail ? 'agency_consultant' : 'recruiter', true, withPhone ? phone : null),
        ]),
      };
    },
  },
  {
    id: 'recruiter-outreach-dutch',
    label: 'recruiter_outreach',
    note: 'Dutch approach: informal "ik kwam je profiel tegen" (je) or formal (u) from an in-house recruiter or werving & selectie bureau; hours, vakantiegeld, lease',
    count: 8,
    make(k) {
      k.as('de');
      const bureau = k.chance(0.4);
      const agency = named(
        `${k.pick(['Dijkhuis', 'Polderman', 'Oranjebrug', 'Kade'])} ${k.pick(['Werving & Selectie', 'Recruitment', 'Talent'])}`,
      );
      const company = bizCo(k);
      const clientNamed = !bureau || k.chance(0.35);
      const role = k.pick([
        'Backend Developer',
        'Data Engineer',
        'Productmanager',
        'Financieel Analist',
        'Teamleider Klantenservice',
        'Medior Frontend Developer',
        'HR Adviseur',
      ]);
      const rec = k.person(bureau ? agency : company);
      const phone = `+31 20 555 ${k.digits(4)}`;
      const withPhone = k.chance(0.55);
      const stad = k.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven', 'Den Haag']);
      const formal = k.chance(0.35);
      const perks = k.some(
        [
          '32-40 uur per week',
          'vast contract na 1 jaar',
          '8% vakantiegeld',
          'NS Business Card',
          'thuiswerkvergoeding',
          '27 vakantiedagen',
          'goede pensioenregeling',
        ],
        2,
        4,
      );
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Vacature ${role}${clientNamed ? ` bij ${company.name}` : ''}`,
          `${role} - ${stad}`,
          formal ? 'Interessante functie' : 'Even voorstellen',
          `Nieuwe uitdaging? ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          formal
            ? `Beste ${k.candidate.first} ${k.candidate.last},`
            : k.pick([
                `Hoi ${k.candidate.first},`,
                `Hi ${k.candidate.first},`,
                `Beste ${k.candidate.first},`,
              ]),
          formal
            ? `Via LinkedIn kwam ik uw profiel tegen en ik wil u graag attenderen op een functie als ${role} ${clientNamed ? `bij ${company.name}` : 'bij een van onze opdrachtgevers'} in ${stad}.`
            : k.pick([
                `Ik kwam je profiel tegen op LinkedIn en dacht meteen aan onze vacature voor ${role}${clientNamed ? ` bij ${company.name}` : ''}.`,
                `Ik ben ${rec.first}, recruiter ${bureau ? `bij ${agency.name}` : `bij ${company.name}`}. Jouw ervaring sluit goed aan bij een rol als ${role} waar ik nu mee bezig ben.`,
              ]),
          bureau && !clientNamed
            ? `Mijn opdrachtgever is een ${k.pick(['snelgroeiende scale-up', 'gevestigde logistieke dienstverlener', 'internationale bank', 'ambitieuze SaaS-organisatie'])} met ongeveer ${k.int(60, 900)} medewerkers.`
            : '',
          `Wat bieden ze?\n${perks.map((x) => `- ${x}`).join('\n')}`,
          formal
            ? 'Staat u open voor een vrijblijvend telefonisch gesprek? Ik hoor graag van u.'
            : k.pick([
                'Zin om een keer vrijblijvend te bellen?',
                'Sta je open voor een kort kennismakingsgesprek?',
                'Laat je even weten of je interesse hebt?',
              ]),
          `${formal ? 'Met vriendelijke groet,' : k.pick(['Met vriendelijke groet,', 'Groet,', 'Groetjes,'])}\n${rec.name}\n${k.pick(['Recruiter', 'Senior Recruitment Consultant', 'Corporate Recruiter'])}${bureau ? ` | ${agency.name}` : ` | ${company.name}`}${withPhone ? `\nT: ${phone}` : ''}`,
        ),
        expected: exp(clientNamed ? company.name : null, role, [
          who(rec, bureau ? 'agency_consultant' : 'recruiter', true, withPhone ? phone : null),
        ]),
      };
    },
  },
  {
    id: 'passive-candidate-relocation-role',
    label: 'recruiter_outreach',
    note: 'International recruiter asks a passive candidate to consider relocating: relocation package, visa sponsorship, temporary housing; company and role named',
    count: 9,
    make(k) {
      const company = bizCo(k);
      const role = officeRole(k);
      const rec = k.person(company);
      const s = sign(
        k,
        rec,
        k.pick([
          'International Talent Acquisition',
          'Global Mobility Recruiter',
          'Senior Recruiter, EMEA',
          'Talent Partner',
        ]),
        company,
        0.4,
      );
      const dest = k.pick([
        'Amsterdam',
        'Dublin',
        'Berlin',
        'Singapore',
        'Lisbon',
        'Toronto',
        'Zurich',
        'Copenhagen',
      ]);
      const pkg = k.some(
        [
          'flights for you and your family',
          `${k.pick(['one', 'two', 'three'])} months of temporary housing`,
          'visa and work permit handled by our immigration lawyers',
          'a relocation allowance on top of salary',
          'help finding schools and an apartment',
          'language lessons',
          'shipping of household goods',
        ],
        3,
        5,
      );
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Would you consider moving to ${dest}?`,
          `${role} in ${dest} - relocation supported`,
          `Relocation opportunity: ${role} at ${company.name}`,
          `${dest}? (${company.name})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I know you're probably not looking, and that a move is a big ask - but I'd like to put an idea in front of you.`,
            `This might be a bit out of the blue: would you ever consider relocating to ${dest}?`,
            `I'm recruiting for ${company.name}'s ${dest} office and your profile came up while I was searching internationally.`,
          ]),
          `We're hiring ${an(role)} ${role} in ${dest}, and we sponsor visas for this role. The package includes:\n${pkg.map((p) => `- ${p}`).join('\n')}`,
          k.pick([
            `Most of the team relocated themselves - people from ${k.int(18, 45)} countries - so you'd be in good company.`,
            `Salary is benchmarked to ${dest} and we'd share the range on a first call.`,
            `Working language is English, so no local language needed.`,
          ]),
          k.pick([
            'Would you be open to a call to hear more, no commitment?',
            "If it's a no, totally understand - but if you're curious, reply and we'll find 20 minutes.",
            'Is this something you would explore with your family? Happy to answer any questions first.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'we-met-at-the-conference-follow-up',
    label: 'recruiter_outreach',
    note: '"Great to meet you at <conference>" — recruiter or engineering lead follows up on a booth chat or the candidate\'s talk with a role',
    count: 9,
    make(k) {
      const company = bizCo(k);
      const role = officeRole(k);
      const conf = k.pick([
        'DevHarbor Summit',
        'DataCraft Europe',
        'ProductLoop Live',
        'the FinOps Forum',
        'CloudNorth 2026',
        'the Women in Tech breakfast',
        'PyMeetup Central',
        'UX Week North',
      ]);
      const mgr = k.chance(0.45);
      const p = k.person(company);
      const s = sign(
        k,
        p,
        mgr
          ? k.pick(['Engineering Manager', 'Head of Product', 'Director of Data', 'VP Engineering'])
          : k.pick(RECRUITER_TITLES),
        company,
        0.35,
      );
      return {
        from: k.addr(p),
        to: to(k),
        subject: k.pick([
          `Great meeting you at ${conf.replace(/^the /, '')}`,
          `Following up from ${conf.replace(/^the /, '')}`,
          `${company.name} - as promised`,
          `Nice to meet you last week!`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `It was great to meet you at ${conf} last week - thanks for stopping by the ${company.name} booth.`,
            `I really enjoyed your talk at ${conf} (and the Q&A afterwards!).`,
            `We chatted briefly at ${conf} during the coffee break - I was the one with the ${company.name} tote bag.`,
            `Thanks again for the conversation at ${conf}. I said I'd follow up, so here I am.`,
          ]),
          k.pick([
            `As I mentioned, we're hiring ${an(role)} ${role}, and after our chat I think you'd be a great fit.`,
            `You mentioned you might be open to something new, and we've just opened ${an(role)} ${role} position.`,
            `I know you weren't actively looking, but the ${role} role we talked about is now officially open.`,
          ]),
          mgr
            ? `It would sit on my team, so I'd love to continue the conversation directly.`
            : `The hiring manager is keen to meet people from the event, so I'd love to introduce you.`,
          k.pick([
            'Could we grab 20 minutes next week?',
            "Let me know if you're up for a proper chat.",
            'Are you free for a call sometime soon?',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(p, mgr ? 'hiring_manager' : 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'board-or-advisory-seat-approach',
    label: 'recruiter_outreach',
    note: 'Approach for a board / advisory / trustee seat (non-executive): time commitment, equity or fees; from the CEO/chair or a board-search firm',
    count: 9,
    make(k) {
      const company = bizCo(k);
      const charity = k.chance(0.25);
      const org = charity
        ? named(
            `${k.pick(['Brightpath', 'Open Doors', 'Riverside', 'Second Chance'])} ${k.pick(['Trust', 'Foundation', 'Learning Trust'])}`,
          )
        : company;
      const role = charity
        ? k.pick(['Trustee', 'Board Trustee', 'Treasurer and Trustee'])
        : k.pick([
            'Non-Executive Director',
            'Advisory Board Member',
            'Independent Board Director',
            'Board Advisor',
            'Member of the Advisory Board',
          ]);
      const viaFirm = !charity && k.chance(0.35);
      const firm = named(`${k.pick(['Chalcot', 'Brampton', 'Eldon'])} Board Search`);
      const p = k.person(viaFirm ? firm : org);
      const title = viaFirm
        ? k.pick(['Partner', 'Principal, Board Practice'])
        : k.pick(
            charity
              ? ['Chair of Trustees', 'Chief Executive']
              : ['CEO & Co-founder', 'Chair of the Board', 'Founder'],
          );
      const s = sign(k, p, title, viaFirm ? firm : org, 0.5);
      return {
        from: k.addr(p),
        to: to(k),
        subject: k.pick([
          `${role} - ${org.name}`,
          `Invitation to join the ${org.name} ${role.includes('Advis') ? 'advisory board' : 'board'}`,
          `A board role you might find interesting`,
          `Confidential: ${role} opportunity`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          viaFirm
            ? `We have been asked by ${org.name} to help identify ${an(role)} ${role} to join their board as they prepare for the next stage of growth.`
            : k.pick([
                `I'm writing because we are looking to add ${an(role)} ${role} to ${org.name}'s ${role.includes('Advis') ? 'advisory board' : 'board'}, and your name came up more than once.`,
                `As ${title.toLowerCase()} of ${org.name}, I'm putting together a small group of people to guide us over the next few years and would love you to be part of it.`,
              ]),
          charity
            ? `The role is voluntary (reasonable expenses paid) and involves ${k.pick(['four', 'six'])} board meetings a year plus one committee.`
            : k.pick([
                `The commitment is about ${k.pick(['four board meetings a year', 'two hours a month', 'one day a quarter'])}, with ${k.pick(['an annual fee', `an option grant of ${k.pick(['0.1', '0.25', '0.5'])}% vesting over two years`, 'a fee plus expenses'])}.`,
                `We'd value your perspective on ${k.pick(['go-to-market', 'scaling engineering', 'finance and audit', 'people and culture', 'product strategy'])} in particular.`,
              ]),
          'This is not an executive role and would sit comfortably alongside your current position.',
          k.pick([
            'Would you be open to an initial conversation?',
            'If this is of interest, I would be glad to find time to talk it through.',
            'Could we set up a call in the coming weeks?',
          ]),
          s.text,
        ),
        expected: exp(org.name, role, [
          who(p, viaFirm ? 'agency_consultant' : 'hiring_manager', true, s.phone),
        ]),
      };
    },
  },
];

const outreachFamilies3: Family[] = [
  {
    id: 'mass-sequence-unfilled-merge-fields',
    label: 'recruiter_outreach',
    note: 'Bulk sourcing email with merge fields left unfilled ({{first_name}}, [Company]) or a generic "Hi there"; role and company still named',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = officeRole(k);
      const rec = k.person(company);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company, 0.3);
      const greet = k.pick([
        'Hi {{first_name}},',
        'Hi {FirstName},',
        'Hi there,',
        'Hello [Candidate Name],',
        'Hi {{candidate.first}} -',
      ]);
      const glitch = k.pick([
        "I noticed you've been doing great work at {{current_company}}",
        'Your experience as a {{current_title}} really stood out',
        'I was impressed by your background in [INSERT SKILL]',
        'I came across your profile and was impressed by your experience',
      ]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `{{first_name}}, ${role} opportunity at ${company.name}`,
          `${role} at ${company.name}`,
          `Exciting opportunity at ${company.name}!`,
          `[Company] is hiring: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          greet,
          `${glitch} and I think you could be a great fit for our ${role} opening at ${company.name}.`,
          k.pick([
            `At ${company.name}, we're on a mission to ${k.pick(['make logistics effortless', 'simplify finance for small businesses', 'modernise healthcare scheduling', 'help teams ship faster'])}. We're a team of ${k.int(50, 800)} and growing fast.`,
            `${company.name} offers competitive pay, flexible work and great benefits.`,
          ]),
          'Would you be open to a quick call to learn more?',
          s.text,
          sequenceFooter(k),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'recruiter-voicemail-transcription',
    label: 'recruiter_outreach',
    note: 'Phone system emails a voicemail transcription from a recruiter calling about a role (spoken style, phone read out, transcription errors)',
    count: 8,
    make(k) {
      const agency = k.chance(0.4);
      const ag = agencyCo(k);
      const company = k.company();
      const role = k.role();
      const rec = k.person(agency ? ag : company);
      const phone = rec.phone;
      const clientNamed = !agency || k.chance(0.5);
      const secs = k.int(18, 74);
      const transcript = k.pick([
        `Hi ${k.candidate.first}, this is ${rec.name} calling from ${agency ? ag.name : company.name}. Um, I came across your resume and I wanted to talk to you about ${an(role)} ${role} position ${agency ? (clientNamed ? `with ${company.name}` : 'with one of our clients') : 'we have open'}. If you could give me a call back at ${phone} that would be great. Thanks, bye.`,
        `Hey ${k.candidate.first}, it's ${rec.first} with ${agency ? ag.name : company.name} recruiting. Uh, reaching out about a ${role} role${clientNamed && agency ? ` over at ${company.name}` : ''}, I think you'd be a really strong fit. Call me back when you get a chance, ${phone}. Again that's ${phone}. Thank you.`,
        `Good afternoon, this message is for ${k.candidate.first}. My name is ${rec.name}, I'm a recruiter at ${agency ? ag.name : company.name} and I'm calling about an opportunity as ${an(role)} ${role}${agency && clientNamed ? ` for ${company.name}` : ''}. I'll also send you an email. You can reach me at ${phone}. Have a great day.`,
      ]);
      return {
        from: k.pick([
          `Voicemail <voicemail-noreply@phone.example>`,
          `Visual Voicemail <noreply@carrier.example>`,
          `Voice <voice-noreply@txt.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `New voicemail from ${phone}`,
          `Voicemail from ${phone} (0:${String(secs).padStart(2, '0')})`,
          `You have a new voicemail`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `From: ${phone}\nDuration: 0:${String(secs).padStart(2, '0')}`,
          `Transcript:\n"${transcript}"`,
          k.pick([
            'Transcription may not be accurate. Listen to the full message in the app.',
            'Play message: https://voice.phone.example/m/' + k.token(12),
          ]),
        ),
        expected: exp(clientNamed ? company.name : null, role, [
          {
            name: transcript.includes(rec.last) ? rec.name : rec.first,
            email: null,
            phone,
            role: agency ? 'agency_consultant' : 'recruiter',
          },
        ]),
      };
    },
  },
  {
    id: 'boomerang-former-employer-rehire',
    label: 'recruiter_outreach',
    note: 'The candidate\'s FORMER employer invites them back ("alumni", "boomerang"): a named role on their old team, recruiter or old manager',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = officeRole(k);
      const p = k.person(company);
      const byMgr = k.chance(0.4);
      const s = sign(
        k,
        p,
        byMgr
          ? k.pick(['Engineering Manager', 'Director, Finance', 'Head of Design', 'Senior Product Lead'])
          : k.pick(['Alumni Talent Partner', 'Talent Acquisition Partner', 'Recruiter']),
        company,
        0.3,
      );
      const yrs = k.pick(['two', 'three', 'a couple of', 'four']);
      return {
        from: byMgr
          ? k.addr(p)
          : k.pick([k.addr(p), `${company.name} Alumni Network <alumni@${company.domain}>`]),
        to: to(k),
        subject: k.pick([
          `We'd love to have you back, ${k.candidate.first}`,
          `Come back to ${company.name}? ${role}`,
          `${company.name} alumni - ${role} opening`,
          'Boomerang? 🪃',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `It's been ${yrs} years since you left ${company.name} and a lot has changed here - in a good way!`,
            `As one of our ${company.name} alumni, you're the first group we think of when a role opens up.`,
            `I still hear people mention the work you did when you were here.`,
          ]),
          k.pick([
            `We're hiring ${an(role)} ${role}${byMgr ? ' on my team' : ' on your old team'}, and I immediately thought of you.`,
            `There's a new ${role} position open and, honestly, it has your name on it.`,
          ]),
          k.pick([
            'Returning employees keep their previous service date for holiday and pension purposes.',
            'Since you know the culture already, the process would be shorter - probably two conversations.',
            '',
          ]),
          k.pick([
            'Would you be open to catching up about it?',
            'Any chance you would consider coming back? Happy to grab a coffee.',
            'Let me know if you want to hear more.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(p, byMgr ? 'hiring_manager' : 'recruiter', true, s.phone)]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// reference_request

/** An HR suite as a sender: From header, footer, portal link. */
function hrSuite(k: Kit, c: Company) {
  const pick = k.pick(['oracle', 'ukg', 'paycom', 'sap', 'adp', 'rippling']);
  switch (pick) {
    case 'oracle':
      return {
        from: `${c.name} Recruiting <no-reply@${c.slug}.fa.ocs.oraclecloud.com>`,
        link: `https://${c.slug}.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/my-profile/tasks?token=${k.token(16)}`,
        footer: 'This is an automated notification. Please do not reply to this message.',
      };
    case 'ukg':
      return {
        from: `${c.name} <noreply@ultipro.com>`,
        link: `https://recruiting.ultipro.com/${c.slug.toUpperCase().slice(0, 6)}1000/JobBoard/${k.token(8)}/Candidate/Tasks`,
        footer: 'Powered by UKG Pro Recruiting',
      };
    case 'paycom':
      return {
        from: `${c.name} HR <noreply@paycomonline.net>`,
        link: `https://www.paycomonline.net/v4/ats/web.php/portal/${k.token(20)}`,
        footer: 'This email was sent by Paycom on behalf of your prospective employer. Do not reply.',
      };
    case 'sap':
      return {
        from: `${c.name} Careers <do-not-reply@successfactors.eu>`,
        link: `https://career5.successfactors.eu/career?company=${c.slug}&task=references&t=${k.token(10)}`,
        footer: 'This is a system-generated message. Replies to this address are not read.',
      };
    case 'adp':
      return {
        from: `${c.name} Talent Acquisition <ADP_Recruiting_NoReply@adp.com>`,
        link: `https://workforcenow.adp.com/mascsr/default/mdf/recruitment/tasks.html?cid=${k.token(12)}`,
        footer:
          'ADP, the ADP logo and ADP Workforce Now are registered trademarks of ADP, Inc. This message was sent from an unmonitored mailbox.',
      };
    default:
      return {
        from: `${c.name} via Rippling <no-reply@rippling.com>`,
        link: `https://app.rippling.com/candidate/${k.token(14)}/references`,
        footer: 'Rippling · Sent on behalf of ' + c.name,
      };
  }
}

const referenceFamilies: Family[] = [
  {
    id: 'hr-suite-candidate-task-enter-referees',
    label: 'reference_request',
    note: 'HR suite (Oracle/UKG/Paycom/ADP/Rippling/SAP) candidate task: "Provide professional references" in a task table with due date and status; system sender',
    count: 10,
    make(k) {
      const company = k.company();
      const role = k.role();
      const suite = hrSuite(k, company);
      const due = k.later(2, 5);
      const n = k.pick(['two', 'three', '3', '2']);
      const table = k.pick([
        `Task | Due Date | Status\nProvide Professional References | ${dateIn(k, due)} | Not Started`,
        `Task name: Reference Information\nRequisition: ${role} (${k.digits(6)})\nDue: ${dateIn(k, due)}\nStatus: Open`,
        `Position: ${role} | Location: ${cityFor(k)} | Action: Enter references | Due: ${due.date('iso')}`,
      ]);
      return {
        from: suite.from,
        to: k.candidate.email,
        subject: k.pick([
          'Action Required: Complete Your Reference Information',
          `You have a new task: Professional References - ${role}`,
          `${company.name}: references needed for your application`,
          'New candidate task assigned',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          k.pick([
            `As part of the hiring process for the ${role} position, a new task has been assigned to you in your candidate profile.`,
            `Thank you for your continued interest in ${company.name}. To move forward with your application for ${role}, please complete the task below.`,
          ]),
          table,
          `Please provide ${n} professional references, at least one of whom has directly supervised you. For each reference you will need their name, job title, company, relationship to you, phone number and email address.`,
          k.pick([
            'Your references will not be contacted without your consent, which you can give on the same page.',
            'Personal references (friends, family) cannot be accepted.',
            '',
          ]),
          `Complete task: ${suite.link}`,
          suite.footer,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'screening-vendor-employment-history-and-references',
    label: 'reference_request',
    note: 'Background-screening vendor (invented) asks for 7-year employment history with supervisor contacts AND professional references; candidate ID, consumer-report legal text',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.chance(0.7) ? k.role() : null;
      const vendor = k.pick([
        'Verifirst Screening',
        'ProCheck Background Services',
        'Clearline Verify',
        'Trustmark Screening',
      ]);
      const vdom = vendor.toLowerCase().replace(/[^a-z]/g, '');
      const due = k.later(2, 4);
      return {
        from: `${vendor} <candidates@${vdom}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} - employment history and references required`,
          `Action needed: references for your ${company.name} screening`,
          `Your screening for ${company.name}: information requested (Candidate ID ${k.digits(7)})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `${company.name} has engaged ${vendor} to complete pre-employment screening${role ? ` for the position of ${role}` : ''}. To start your reference and employment verification, we need the following from you:`,
          [
            '1. Employment history for the last 7 years (employer, job title, start and end dates, reason for leaving)',
            '2. For each employer: the name, phone and email of a supervisor or the HR department',
            `3. ${k.pick(['Three', 'Two'])} professional references who can speak to your work, with current contact details`,
            k.chance(0.5) ? '4. An explanation of any gaps of more than 3 months' : '',
          ]
            .filter(Boolean)
            .join('\n'),
          `Please submit this information by ${dateIn(k, due)} using your secure link: https://portal.${vdom}.example/candidate/${k.token(14)}`,
          k.pick([
            'We will not contact your current employer until you give permission in the portal.',
            'Delays in submitting references are the most common reason screenings are held up.',
          ]),
          `${vendor} is a consumer reporting agency. A summary of your rights under applicable law is available in the portal. Do not reply to this email.`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'academic-portal-arrange-reference-letters',
    label: 'reference_request',
    note: 'Academic job portal (postdoc/faculty): the search committee asks the applicant to enter referees who will be emailed letter-upload links; university as company',
    count: 9,
    make(k) {
      if (k.chance(0.5)) k.as(k.pick(['en-GB', 'en-AU'] as const));
      const uni = university(k);
      const dept = k.pick([
        'Chemistry',
        'Computer Science',
        'Economics',
        'Molecular Biology',
        'Mechanical Engineering',
        'Psychology',
        'History',
      ]);
      const role = k.pick([
        'Postdoctoral Research Associate',
        `Assistant Professor of ${dept}`,
        `Lecturer in ${dept}`,
        'Research Fellow',
        'Postdoctoral Fellow',
        `Senior Lecturer in ${dept}`,
      ]);
      const chair = k.person(uni);
      const due = k.later(5, 10);
      const namesChair = k.chance(0.5);
      return {
        from: k.pick([
          `${uni.name} Academic Recruitment <noreply@jobs.${uni.domain}>`,
          `Academic Jobs Portal <noreply@academicjobsportal.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Reference letters requested - ${role} (${dept})`,
          `${uni.name}: please provide referee details`,
          `Your application ${role}: letters of recommendation`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `The search committee for the ${role} position in the Department of ${dept} at ${uni.name} has reviewed your application and would now like to request letters of reference.`,
          `Please log in and enter the names and email addresses of ${k.pick(['three', 'three to five', 'two'])} referees. Each referee will automatically receive an email with instructions for uploading a confidential letter.`,
          `Letters should be received by ${dateIn(k, due)}. You can track which letters have arrived on your application page: https://jobs.${uni.domain}/apply/${k.digits(5)}/references`,
          namesChair
            ? `Questions may be directed to the Chair of the Search Committee, Professor ${chair.name} (${chair.email}).`
            : '',
          `${uni.name} is an equal opportunity employer.`,
        ),
        expected: exp(uni.name, role, namesChair ? [who(chair, 'hiring_manager')] : []),
      };
    },
  },
  {
    id: 'pi-postdoc-asks-referees-personally',
    label: 'reference_request',
    note: 'A principal investigator writes personally after a Zoom talk: please ask two referees (incl. PhD supervisor) to email letters; sometimes a decision date',
    count: 8,
    make(k) {
      if (k.chance(0.4)) k.as('en-GB');
      const uni = university(k);
      const pi = k.person(uni);
      const lab = k.pick([
        'computational neuroscience',
        'soil microbiology',
        'materials chemistry',
        'machine learning for health',
        'climate modelling',
        'structural biology',
      ]);
      const role = k.pick([
        'Postdoctoral Researcher',
        'Postdoctoral Fellow',
        'Research Associate',
        'Research Scientist',
      ]);
      const dec = k.later(8, 15);
      const withDate = k.chance(0.4);
      return {
        from: k.addr(pi),
        to: k.candidate.email,
        subject: k.pick([
          'Postdoc position - next step',
          `Re: ${role} in the ${pi.last} lab`,
          'references',
          `Following our call`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${k.candidate.first},`,
          k.pick([
            `Thank you again for the conversation on ${k.pick(['Zoom', 'Teams', 'the phone'])} - I very much enjoyed hearing about your thesis work.`,
            `Many thanks for your presentation to the group yesterday; several of us found it really interesting.`,
          ]),
          `As a next step for the ${role} position in my ${lab} group, could you ask two referees, ideally including your PhD supervisor, to send letters of reference directly to me at ${pi.email}?`,
          withDate
            ? `I hope to make a decision by ${dateIn(k, dec)}, so it would help if the letters arrived in the next week or so.`
            : 'There is no strict deadline, but sooner is better as funding starts in the autumn.',
          k.pick([
            `Best wishes,\n${pi.first}`,
            `Best,\n${pi.name}\nProfessor, ${uni.name}`,
            `Kind regards,\n${pi.name}`,
          ]),
        ),
        expected: exp(uni.name, role, [who(pi, 'hiring_manager')], { decisionBy: withDate ? dec.ymd : null }),
      };
    },
  },
  {
    id: 'after-verbal-offer-references-before-finalising',
    label: 'reference_request',
    note: 'After a verbal offer on the phone, the recruiter needs referees "before we can finalise" the paperwork; trap: offer words but the ask is references',
    count: 10,
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company);
      const soon = k.later(3, 7);
      const withDate = k.chance(0.35);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          'References - before we finalise',
          `Next step: references (${role})`,
          'Great speaking today!',
          `Re: ${role} - ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for taking my call ${k.pick(['earlier', 'this afternoon', 'today'])} - it was a pleasure sharing the good news and I'm so glad you're excited.`,
            'Great speaking with you earlier. The whole team is thrilled about where things landed.',
            `Following on from our conversation about the ${role} role, I wanted to get the last piece moving.`,
          ]),
          k.pick([
            `Before we can finalise the paperwork, we need to complete two reference checks. Could you send me the names, job titles and contact details of two people who have managed you in the last ${k.pick(['three', 'five'])} years?`,
            `The only thing left before we can issue the formal letter is references. Please send me details for ${k.pick(['two', 'two or three'])} professional referees, one of them a recent line manager.`,
            `As mentioned, everything is subject to satisfactory references. Could you reply with ${k.pick(['two', 'three'])} referees (name, relationship, email and phone)?`,
          ]),
          withDate
            ? `Once they're back I'll aim to have the written offer to you by ${dateIn(k, soon)}.`
            : k.pick([
                "Once they're back, the formal paperwork will follow from our People team.",
                'We usually turn references around within 2-3 days.',
                '',
              ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)], {
          decisionBy: withDate ? soon.ymd : null,
        }),
      };
    },
  },
  {
    id: 'provide-employer-hr-contact-for-reference',
    label: 'reference_request',
    note: "HR/onboarding asks the candidate for their current or previous employer's HR contact (email) so a factual employment reference can be requested",
    count: 9,
    make(k) {
      if (k.chance(0.5)) k.as(k.pick(['en-GB', 'en-AU', 'en-IN'] as const));
      const company = k.company();
      const role = k.role();
      const hr = k.person(company);
      const title = k.pick([
        'HR Coordinator',
        'People Operations Associate',
        'Onboarding Specialist',
        'HR Officer',
        'Recruitment Administrator',
      ]);
      const s = sign(k, hr, title, company, 0.35);
      return {
        from: k.addr(hr),
        to: to(k),
        subject: k.pick([
          'Employment reference - HR contact details',
          `Pre-employment checks: ${role}`,
          'Request for previous employer details',
          'References – please provide HR contact',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `As part of our pre-employment checks for the ${role} position, we are required to obtain a factual reference from your ${k.pick(['current employer', 'current and previous employers', 'most recent employer', 'employers over the last three years'])}, confirming your dates of employment and job title.`,
          k.pick([
            'Could you please reply with the name and email address of the HR department (or payroll) at each employer? A generic HR mailbox is fine.',
            'Please send us the HR contact (name, email, phone) for your current employer, plus a line manager we may contact after you have resigned.',
            'We only need an HR or People team contact - we will not approach your manager directly.',
          ]),
          k.pick([
            'We will not contact your current employer until you confirm you are happy for us to do so.',
            'If your previous company has closed, please let us know and we can accept a P45 or payslips instead.',
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(hr, 'recruiter', true, s.phone)]),
      };
    },
  },
];

const referenceFamilies2: Family[] = [
  {
    id: 'reference-request-dutch-italian-portuguese',
    label: 'reference_request',
    note: 'Reference request in Dutch (referenties), Italian (referenze) or Portuguese (referências) after the last interview; named recruiter',
    count: 9,
    make(k) {
      const lang = k.pick(['nl', 'it', 'pt'] as const);
      k.as(lang === 'pt' ? 'en-GB' : 'de');
      const company = bizCo(k);
      const rec = k.person(company);
      const role =
        lang === 'nl'
          ? k.pick(['Data Analist', 'Backend Developer', 'Financieel Controller', 'Projectleider'])
          : lang === 'it'
            ? k.pick([
                'Sviluppatore Backend',
                'Responsabile Marketing',
                'Analista Finanziario',
                'Project Manager',
              ])
            : k.pick([
                'Analista de Dados',
                'Engenheiro de Software',
                'Gestor de Projeto',
                'Designer de Produto',
              ]);
      const phone =
        lang === 'nl'
          ? `+31 20 555 ${k.digits(4)}`
          : lang === 'it'
            ? `+39 02 5555 ${k.digits(4)}`
            : `+351 21 555 ${k.digits(4)}`;
      const withPhone = k.chance(0.4);
      const sig = `${rec.name}\n${k.pick(['Recruiter', 'HR Business Partner', 'Talent Acquisition'])} | ${company.name}${withPhone ? `\n${phone}` : ''}`;
      const body =
        lang === 'nl'
          ? k.paragraphs(
              k.pick([`Beste ${k.candidate.first},`, `Hoi ${k.candidate.first},`]),
              `Dank je wel voor het ${k.pick(['tweede', 'laatste', 'fijne'])} gesprek voor de functie ${role}. Als laatste stap in de procedure willen we graag referenties opvragen.`,
              `Kun je mij de gegevens sturen van twee referenten (naam, functie, organisatie, telefoonnummer en e-mailadres)? Bij voorkeur is één van hen je huidige of vorige leidinggevende.`,
              'Wij nemen pas contact op nadat jij daar akkoord voor hebt gegeven.',
              `${k.pick(['Met vriendelijke groet,', 'Groet,'])}\n${sig}`,
            )
          : lang === 'it'
            ? k.pick([
                k.paragraphs(
                  `Ciao ${k.candidate.first},`,
                  `grazie ancora per il colloquio per la posizione di ${role}. Siamo all'ultima fase e vorremmo raccogliere un paio di referenze.`,
                  'Potresti inviarmi nome, ruolo, azienda e contatti (email e telefono) di due referenti, possibilmente ex responsabili diretti?',
                  `Grazie e a presto,\n${sig}`,
                ),
                k.paragraphs(
                  `Gentile ${k.candidate.first} ${k.candidate.last},`,
                  `in seguito al colloquio per la posizione di ${role}, Le chiediamo cortesemente di fornirci i nominativi di due referenti professionali, completi di recapito telefonico e indirizzo email.`,
                  'Le referenze saranno contattate esclusivamente previo Suo consenso.',
                  `Cordiali saluti,\n${sig}`,
                ),
              ])
            : k.paragraphs(
                k.pick([`Olá ${k.candidate.first},`, `Caro ${k.candidate.first},`]),
                `Obrigado pela entrevista para a posição de ${role}. Estamos na fase final do processo e gostaríamos de pedir referências.`,
                `Poderia enviar-me os contactos de duas referências profissionais (nome, função, empresa, telefone e email), de preferência antigas chefias diretas?`,
                `${k.pick(['Com os melhores cumprimentos,', 'Obrigado,'])}\n${sig}`,
              );
      return {
        from: k.addr(rec),
        to: to(k),
        subject:
          lang === 'nl'
            ? k.pick(['Referenties', `Referenties - ${role}`, 'Laatste stap: referenties'])
            : lang === 'it'
              ? k.pick(['Richiesta referenze', `Referenze - ${role}`, `${company.name}: referenze`])
              : k.pick(['Pedido de referências', `Referências - ${role}`]),
        date: k.date,
        body,
        expected: exp(company.name, role, [who(rec, 'recruiter', true, withPhone ? phone : null)]),
      };
    },
  },
  {
    id: 'ats-terse-references-task-notification',
    label: 'reference_request',
    note: 'Terse ATS/HRIS notification (JazzHR, Breezy, Pinpoint, Zoho Recruit, Paylocity-like): subject carries the ask, body one line and a link',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.chance(0.7) ? k.role() : null;
      const sender = k.pick([
        `${company.name} <notifications@applytojob.com>`,
        `${company.name} Hiring <noreply@breezy-mail.com>`,
        `${company.name} <no-reply@pinpointhq.com>`,
        `${company.name} Recruiting <notification@zohorecruit.com>`,
        `${company.name} <noreply@recruiting.paylocity.com>`,
      ]);
      const body = k.pick([
        '',
        `Please log in to submit your references${role ? ` for ${role}` : ''}: https://${company.slug}.applytojob.example/apply/references/${k.token(10)}`,
        `${company.name} has requested references from you. Submit them here → https://portal.example/r/${k.token(12)}`,
        `Hi ${k.candidate.first}, ${company.name} needs 2 references to continue. Tap to add: https://app.example/refs/${k.token(10)}`,
      ]);
      return {
        from: sender,
        to: k.candidate.email,
        subject: k.pick([
          `Action required: Provide references${role ? ` for ${role}` : ''}`,
          `${company.name} requested your references`,
          `References needed - ${role ?? company.name}`,
          `Reminder: please add your referees (${company.name})`,
        ]),
        date: k.date,
        body,
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'staffing-agency-references-before-assignment-starts',
    label: 'reference_request',
    note: 'Staffing/locum agency compliance: two work references needed before the candidate can start an assignment at a named client; app/portal and phone',
    count: 9,
    make(k) {
      const agency = agencyCo(k);
      const client = k.company();
      const role = k.role(k.pick(['care', 'service', 'business', 'education'] as const));
      const cons = k.person(agency);
      const s = sign(
        k,
        cons,
        k.pick(['Compliance Coordinator', 'Recruitment Consultant', 'Branch Manager', 'Staffing Specialist']),
        agency,
        0.7,
      );
      const start = k.later(5, 12);
      return {
        from: k.addr(cons),
        to: to(k),
        subject: k.pick([
          `References needed before your start at ${client.name}`,
          'Compliance: 2 references outstanding',
          `${role} assignment - references`,
          'ACTION NEEDED - references',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Great news on the ${role} assignment at ${client.name}! Before you can start on ${dateIn(k, start)}, our compliance team needs two work references covering the last ${k.pick(['2', '3'])} years.`,
            `To clear you for the ${role} shifts at ${client.name}, we still need your references on file.`,
          ]),
          k.pick([
            'Please add them in the app under Profile > Compliance > References, or simply reply with their name, company, email and phone.',
            'Reply with two referees (one must be your most recent supervisor). Gaps in employment longer than 4 weeks also need a short explanation.',
          ]),
          k.pick([
            "We can't book you onto shifts until both references are back, so the sooner the better!",
            'Any questions, call or text me.',
            '',
          ]),
          s.text,
        ),
        expected: exp(client.name, role, [who(cons, 'agency_consultant', true, s.phone)]),
      };
    },
  },
  {
    id: 'referee-fill-in-form-pasted-in-body',
    label: 'reference_request',
    note: 'Small employer pastes a blank referee form into the email (Referee 1/2 fields with blanks, HTML-table-to-text), asks to fill in and reply',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.role();
      const p = k.person(company);
      const s = sign(
        k,
        p,
        k.pick(['Office Manager', 'Practice Manager', 'HR Manager', 'Director', 'Operations Manager']),
        company,
        0.5,
      );
      const blank = k.pick(['________', '', '[ ]', '…']);
      const block = (n: number) =>
        [
          `REFEREE ${n}`,
          `Name: ${blank}`,
          `Job title: ${blank}`,
          `Organisation: ${blank}`,
          `Relationship to you: ${blank}`,
          `Email: ${blank}`,
          `Telephone: ${blank}`,
          `May we contact before an offer is made? Yes / No`,
        ].join('\n');
      const table = k.chance(0.4)
        ? `| Referee | Name | Organisation | Relationship | Email | Phone |\n| 1 | | | | | |\n| 2 | | | | | |`
        : `${block(1)}\n\n${block(2)}`;
      return {
        from: k.addr(p),
        to: to(k),
        subject: k.pick([
          'Referee details form',
          `Referees - ${role}`,
          'Please complete: references',
          `${company.name} - references`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for coming in to meet us about the ${role} position -`,
            `Further to your interview for the ${role} role,`,
            `As we discussed on the phone regarding the ${role} job,`,
          ]) +
            ' ' +
            k.pick([
              'could you complete the details of two referees below and send it back to me?',
              'please fill in the referee section below and reply to this email.',
              'we just need details of two referees. Please copy the form below into your reply and fill it in.',
            ]),
          table,
          k.pick([
            'One referee should be your current or most recent employer.',
            'Referees must not be family members.',
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(p, 'hiring_manager', true, s.phone)]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// other: the candidate's own messages

const BENEFIT_QS = [
  'How much of the health insurance premium does the company cover for dependants?',
  'Is there a 401(k) match, and is there a vesting schedule?',
  'What does the parental leave policy look like?',
  'How many days of paid time off are there in the first year, and does it roll over?',
  'Is the role eligible for the annual bonus in the first year, or is it pro-rated?',
  'What is the policy on working remotely - how many days in the office are expected?',
  'Is there a learning and development budget?',
  'Would the company support a part-time schedule (e.g. 4 days) after the first six months?',
  'When would my equity start vesting, and is there a cliff?',
  'Does the pension scheme use salary sacrifice?',
];

const candidateFamilies: Family[] = [
  {
    id: 'candidate-negotiates-higher-base',
    label: 'other',
    note: 'The candidate negotiates ("could you consider a higher base", sign-on, start date) above or without the quoted offer; sent from the candidate (trap: offer words)',
    count: 10,
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const base = k.pick([95, 110, 120, 135, 150]);
      const ask = base + k.pick([8, 10, 15]);
      const cur = us(k) ? '$' : k.locale === 'en-GB' ? '£' : k.locale === 'en-IN' ? '₹' : '$';
      const quoteOffer = k.chance(0.4);
      const earlier = k.sent.plusDays(-k.int(1, 3));
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          `Re: Offer - ${role}`,
          `Re: ${company.name} offer`,
          'Offer follow-up',
          `Question about the offer`,
          `Re: Your offer from ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          k.pick([
            `Thank you again for the offer for the ${role} position - I'm genuinely excited about joining ${company.name}.`,
            `Thanks so much for sending the offer through, and for your patience while I reviewed it.`,
            `I really appreciate the offer and the time everyone spent with me during the process.`,
          ]),
          k.pick([
            `Before I sign, I wanted to ask whether you could consider a higher base. Based on my experience and the market for this role, I was hoping for something closer to ${cur}${ask}k.`,
            `The one thing I'd like to discuss is the base salary. Would there be any flexibility to move it from ${cur}${base}k to ${cur}${ask}k?`,
            `I have a competing offer at a higher base, and ${company.name} is my first choice. Is there any room to get closer to ${cur}${ask}k, or to add a sign-on bonus?`,
            `Could you consider a higher base, or alternatively a sign-on bonus to offset the bonus I'd be leaving behind at my current employer?`,
          ]),
          k.pick([
            'I would also love to push the start date back by two weeks if possible, to give my current team a proper handover.',
            'If the base is fixed, would you consider additional PTO or an earlier review date instead?',
            '',
          ]),
          k.pick([
            'Happy to jump on a call to talk it through.',
            "If we can get there, I'm ready to sign right away.",
            'Thanks for considering it - I know these conversations take a bit of back and forth.',
          ]),
          mySig(k),
          quoteOffer
            ? k.quote(
                `Hi ${k.candidate.first},\n\nPlease find attached your offer letter for the ${role} role. The base salary is ${cur}${base},000. Let me know if you have any questions!\n\n${rec.first}`,
                rec,
                earlier,
              )
            : '',
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'candidate-asks-benefits-questions',
    label: 'other',
    note: 'The candidate asks HR or the recruiter questions about benefits, leave, remote policy, equity before deciding; numbered questions',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.chance(0.7) ? k.role() : null;
      const rec = k.person(company);
      const qs = k.some(BENEFIT_QS, 2, 4);
      return {
        from: me(k),
        to: k.addr(rec),
        cc: k.chance(0.2) ? `benefits@${company.domain}` : undefined,
        subject: k.pick([
          'A few questions about benefits',
          `Benefits question${role ? ` - ${role}` : ''}`,
          'Re: Offer details',
          'Quick questions before I decide',
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          k.pick([
            "Thanks again for walking me through everything. I'm reviewing the package and had a few questions I couldn't find answers to in the benefits guide:",
            `Hope you're well! Before I get back to you${role ? ` on the ${role} offer` : ''}, could you help with a few questions about the ${company.name} benefits?`,
            `A couple of practical questions came up as I was talking the ${company.name} offer over with my partner:`,
          ]),
          qs.map((q, i) => `${i + 1}. ${q}`).join('\n'),
          k.pick([
            "If it's easier to discuss on a call, I'm free most afternoons this week.",
            'No rush - whenever you get a chance.',
            'Thanks so much for your help!',
          ]),
          mySig(k),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'candidate-confirms-referees-notified',
    label: 'other',
    note: 'The candidate confirms references are sorted ("I\'ve let my referees know", "they\'ve submitted the form") — no referee details; trap for reference_request',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const refA = k.person();
      const namesRef = k.chance(0.5);
      const earlier = k.sent.plusDays(-1);
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          'Re: References',
          `Re: Next step: references (${role})`,
          'References submitted',
          'Re: referee details',
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          k.pick([
            `Just to let you know I've given both of my referees a heads-up about the ${role} role, so they should be expecting to hear from ${company.name}.`,
            'Quick update: both referees have now completed the online form, so you should see them in the system.',
            `I've submitted my references through the portal this morning.`,
          ]),
          namesRef
            ? k.pick([
                `${refA.first} mentioned ${k.pick(["she's", "he's", "they're"])} travelling until Thursday, so email may be better than a call.`,
                `${refA.name} said the best time to reach them is after 3pm.`,
              ])
            : k.pick([
                "Let me know if there's anything else you need from me.",
                'Please let me know if either of them is hard to reach.',
              ]),
          mySig(k),
          k.chance(0.5)
            ? k.quote(
                `Hi ${k.candidate.first},\n\nCould you send over two references when you get a chance? Thanks!\n\n${rec.first}`,
                rec,
                earlier,
              )
            : '',
        ),
        expected: exp(company.name, role, [
          who(rec, 'recruiter'),
          ...(namesRef ? [{ name: refA.name, email: null, phone: null, role: 'reference' as const }] : []),
        ]),
      };
    },
  },
  {
    id: 'candidate-sends-portfolio-work-samples',
    label: 'other',
    note: 'The candidate: "please find attached my portfolio / work samples" after a call, with attachment markers and links',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['design', 'design', 'business', 'engineering', 'data'] as const));
      const rec = k.person(company);
      const slug = ascii(`${k.candidate.first}${k.candidate.last}`).toLowerCase();
      const files = k.some(
        [
          `${k.candidate.last}_Portfolio_2026.pdf (${k.int(3, 18)}.${k.int(1, 9)} MB)`,
          `Case_Study_Onboarding.pdf (${k.int(1, 6)} MB)`,
          `Writing_Samples.docx (${k.int(80, 400)} KB)`,
          `${k.candidate.first}_${k.candidate.last}_CV.pdf (${k.int(90, 300)} KB)`,
        ],
        1,
        2,
      );
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          'Portfolio',
          `Portfolio - ${k.candidate.name}`,
          `Work samples for the ${role} role`,
          'Re: Portfolio link?',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${rec.first},`, `Dear ${rec.first},`, `Hello ${rec.name},`]),
          k.pick([
            `Thanks for the chat ${k.pick(['today', 'yesterday', 'on Monday'])}. As promised, please find attached my portfolio for the ${role} role.`,
            `Please find attached my portfolio and a couple of work samples, as requested by the ${company.name} team.`,
            `Following up on our conversation - I've attached my portfolio. You can also view it online at https://${slug}.portfolio.example (password: ${k.token(6)}).`,
          ]),
          k.pick([
            "The second case study is the one most relevant to the team's current work.",
            'Some client names are anonymised for confidentiality.',
            'Happy to walk through any of the projects in more detail.',
            '',
          ]),
          mySig(k),
          files.map((f) => `[attachment: ${f}]`).join('\n'),
        ),
        expected: exp(company.name, role, [who(rec, k.pick(['recruiter', 'hiring_manager'] as const))]),
      };
    },
  },
  {
    id: 'candidate-emails-cv-to-apply',
    label: 'other',
    note: "The candidate's OWN application email with CV and cover note attached, to a careers mailbox or a manager (trap for application_received)",
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.role();
      const mgr = k.chance(0.45) ? k.person(company) : null;
      const ref = `${k.pick(['REF', 'Job ID', 'Vacancy'])} ${k.digits(5)}`;
      return {
        from: me(k),
        to: mgr
          ? k.addr(mgr)
          : k.pick([`careers@${company.domain}`, `jobs@${company.domain}`, `hr@${company.domain}`]),
        subject: k.pick([
          `Application: ${role} (${ref})`,
          `${role} application - ${k.candidate.name}`,
          `Application for the position of ${role}`,
          `CV - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          mgr
            ? `Dear ${mgr.first},`
            : k.pick(['Dear Hiring Manager,', 'Dear Sir or Madam,', 'Hello,', `Dear ${company.name} team,`]),
          k.pick([
            `I am writing to apply for the ${role} position advertised on your website (${ref}).`,
            `Please find attached my CV and cover letter for the ${role} role.`,
            `I would like to be considered for the ${role} vacancy${mgr ? ` on your team` : ''}.`,
          ]),
          k.pick([
            `I have ${k.int(2, 12)} years of experience in similar roles and I'm particularly drawn to ${company.name}'s focus on ${k.pick(['quality', 'community', 'innovation', 'customer service'])}.`,
            'In my current role I lead a small team and have delivered several projects on time and under budget.',
            '',
          ]),
          k.pick([
            "I am available for interview at your convenience and can start with one month's notice.",
            'I would welcome the opportunity to discuss my application.',
            'Thank you for considering my application.',
          ]),
          mySig(k),
          `[attachment: ${ascii(k.candidate.last)}_CV.pdf]${k.chance(0.6) ? `\n[attachment: Cover_Letter_${ascii(company.slug)}.pdf]` : ''}`,
        ),
        expected: exp(company.name, role, mgr ? [who(mgr, 'hiring_manager')] : []),
      };
    },
  },
  {
    id: 'candidate-replies-to-recruiter-outreach',
    label: 'other',
    note: "The candidate answers a recruiter's approach (interested + CV, or not looking) above the quoted outreach (trap: quoted recruiter_outreach)",
    count: 10,
    make(k) {
      const company = k.company();
      const role = officeRole(k);
      const rec = k.person(company);
      const yes = k.chance(0.55);
      const earlier = k.sent.plusDays(-k.int(1, 4));
      const outreach = k.paragraphs(
        `Hi ${k.candidate.first},`,
        `I came across your profile and think you'd be a great fit for our ${role} role at ${company.name}. Open to a quick chat?`,
        `Best,\n${rec.name}`,
      );
      return {
        from: me(k),
        to: k.addr(rec),
        subject: `Re: ${k.pick([`${role} at ${company.name}`, `Opportunity at ${company.name}`, `${company.name} | ${role}`])}`,
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          yes
            ? k.pick([
                `Thanks for reaching out! The role sounds interesting and I'd be happy to chat. I've attached my CV - I'm generally free after 4pm ${us(k) ? 'ET' : ''}.`.replace(
                  ' .',
                  '.',
                ),
                'Thanks for thinking of me. I am open to hearing more - could you share the salary range and whether the role is remote before we set up a call?',
                "Appreciate the note. Yes, I'd be up for a short call next week. What's the best way to book time with you?",
              ])
            : k.pick([
                "Thanks for reaching out - I'm happy in my current role and not looking to move right now, but I'd be glad to stay in touch.",
                "Thank you for thinking of me. The timing isn't right for me at the moment. Feel free to check back in six months or so.",
                "I appreciate it, but I'm not interested in this one. Best of luck with the search!",
              ]),
          mySig(k),
          k.quote(outreach, rec, earlier),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'candidate-resignation-letter-to-manager',
    label: 'other',
    note: "The candidate resigns from their CURRENT job to their manager (trap: 'accepted an offer', 'new role', notice period, last day)",
    count: 8,
    make(k) {
      const current = k.company();
      const mgr = k.person(current);
      const last = k.later(10, 20);
      const newCo = k.chance(0.4) ? k.company() : null;
      return {
        from: k.chance(0.5)
          ? `${k.candidate.name} <${ascii(k.candidate.first).toLowerCase()}.${ascii(k.candidate.last).toLowerCase()}@${current.domain}>`
          : me(k),
        to: k.addr(mgr),
        cc: k.chance(0.4) ? `HR <hr@${current.domain}>` : undefined,
        subject: k.pick([
          'Resignation',
          `Resignation - ${k.candidate.name}`,
          'Letter of resignation',
          'Notice of resignation',
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${mgr.first},`,
          k.pick([
            `Please accept this letter as formal notice of my resignation from my position at ${current.name}. My last day will be ${dateIn(k, last)}.`,
            `I'm writing to let you know that I have decided to resign. In line with my notice period, my final working day will be ${dateIn(k, last)}.`,
          ]),
          newCo
            ? `I have accepted an offer from ${newCo.name}, and it was not an easy decision.`
            : k.pick([
                "I've accepted a role elsewhere that is a step forward in my career.",
                "I've decided to take on a new challenge.",
                '',
              ]),
          `Thank you for ${k.pick(['your support over the last few years', 'everything I have learned on this team', 'the opportunities you have given me'])}. I will do everything I can to ensure a smooth handover.`,
          mySig(k),
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'candidate-asks-for-offer-deadline-extension',
    label: 'other',
    note: 'The candidate asks for more time to decide on an offer (another process finishing, family talk); trap: offer + a date',
    count: 8,
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const by = k.later(3, 6);
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          `Re: ${role} offer`,
          'Timeline for my decision',
          'Offer deadline',
          `Re: Offer - ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          k.pick([
            `Thank you again for the offer for the ${role} position - I am very excited about it.`,
            `Thank you again for the offer - I am very excited about joining ${company.name}.`,
          ]),
          k.pick([
            `I'm finishing one other process that wraps up this week, and I want to make a fully committed decision. Would it be possible to have until ${dateIn(k, by)} to get back to you?`,
            `Would you be able to extend the deadline to ${dateIn(k, by)}? I'd like to talk it through with my family, as it would involve a move.`,
            `Is there any flexibility on the response deadline? ${dateIn(k, by)} would give me time to review the contract properly.`,
          ]),
          k.pick([
            'I completely understand if that is not possible.',
            'I appreciate your understanding.',
            '',
          ]),
          mySig(k),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'candidate-interview-logistics-question',
    label: 'other',
    note: 'The candidate asks practical questions before an interview (parking, dress code, who they meet, laptop); sometimes names the booked time (noted as interviewAt)',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const at = k.later(2, 6);
      const namesTime = k.chance(0.55);
      const qs = k.some(
        [
          'Is there visitor parking on site, or should I take public transport?',
          'What is the dress code?',
          'Should I bring a laptop for the technical part?',
          'Who will I be meeting, so I can prepare?',
          'Which entrance should I use, and who should I ask for at reception?',
          'Will there be a whiteboard exercise, or is it conversational?',
          'Is the building step-free? I use a wheelchair.',
        ],
        1,
        3,
      );
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          'Quick question about my interview',
          `Re: Interview - ${role}`,
          'Interview logistics',
          'Parking / dress code?',
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          namesTime
            ? `I'm looking forward to my interview for the ${role} role on ${dateIn(k, at)} at ${timeIn(k, at)}. A few quick questions beforehand:`
            : `I'm looking forward to coming in to ${company.name} for the ${role} interview. A few quick questions beforehand:`,
          qs.length === 1 ? qs[0]! : qs.map((q) => `- ${q}`).join('\n'),
          mySig(k),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')], {
          interviewAt: namesTime ? at.iso : null,
        }),
      };
    },
  },
  {
    id: 'candidate-asks-friend-for-referral',
    label: 'other',
    note: "The candidate asks a friend or ex-colleague at a company to refer them (sent from the candidate; trap: role, company, 'referral', 'hiring')",
    count: 9,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const friend = k.person(k.chance(0.5) ? company : undefined);
      const link = k
        .system('greenhouse', 'lever', 'workday', 'ashby', 'smartrecruiters')
        .link(company, k.digits(7));
      return {
        from: me(k),
        to: k.addr(friend),
        subject: k.pick([
          `Referral at ${company.name}?`,
          'favour to ask 🙏',
          `${role} role at ${company.name}`,
          'Quick ask',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hey ${friend.first}!`, `Hi ${friend.first},`, `${friend.first} -`]),
          k.pick([
            `Hope you're doing well! I saw ${company.name} is hiring ${an(role)} ${role} and I'm really keen on it.`,
            `Long time! I'm starting to look around and noticed an opening for ${an(role)} ${role} at ${company.name}.`,
          ]),
          k.pick([
            'Would you be comfortable referring me? Totally fine if not.',
            "Any chance you'd be willing to put in a referral? I've heard it makes a big difference there.",
            'Would you mind referring me, or at least telling me what the team is like?',
          ]),
          `Here's the posting: ${link}`,
          k.pick([
            "I've attached my CV in case it's useful.",
            'Happy to send my CV or buy you a coffee to say thanks!',
            '',
          ]),
          mySig(k),
        ),
        expected: exp(company.name, role),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// other: mail around the process that carries no news

/** A Google Calendar event line: "Tue Mar 4, 2026 2pm – 2:30pm (EST)". */
function calLine(m: Moment, mins: number, zone: string): string {
  const end = m.plusDays(0, m.hour + Math.floor((m.minute + mins) / 60), (m.minute + mins) % 60);
  return `${m.date('us-short')}, ${m.year} ${m.time('us-compact')} – ${end.time('us-compact')} (${zone})`;
}

const aroundFamilies: Family[] = [
  {
    id: 'employer-replies-to-thank-you-no-news',
    label: 'other',
    note: 'Interviewer or hiring manager answers the candidate\'s thank-you note ("great meeting you too!") with no decision or next step, above the quoted note',
    count: 10,
    make(k) {
      const company = k.company();
      const role = k.role();
      const iv = k.person(company);
      const ivRole = k.pick(['interviewer', 'hiring_manager'] as const);
      const s = sign(
        k,
        iv,
        ivRole === 'hiring_manager'
          ? k.pick(['Engineering Manager', 'Head of Operations', 'Director of Product', 'Finance Manager'])
          : k.pick(['Senior Engineer', 'Product Designer', 'Team Lead', 'Account Director']),
        company,
        0.2,
      );
      const earlier = k.sent.plusDays(-k.int(0, 1), Math.max(7, k.sent.hour - 3), 12);
      const note = k.paragraphs(
        `Hi ${iv.first},`,
        `Thank you for taking the time to speak with me about the ${role} role. I really enjoyed our conversation.`,
        `Best,\n${k.candidate.first}`,
      );
      return {
        from: k.addr(iv),
        to: k.candidate.email,
        subject: k.pick([
          `Re: Thank you - ${role} interview`,
          'Re: Thank you for your time today',
          'Re: Thanks for the conversation',
          'RE: Thank you!',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `${k.candidate.first},`, `Thanks ${k.candidate.first}!`]),
          k.pick([
            'Thanks for the kind note - it was great meeting you too!',
            'Really appreciate you taking the time to write. I enjoyed our conversation as well.',
            'Thank you! It was a pleasure chatting, and thanks for all the thoughtful questions.',
            'Likewise, it was great to meet you.',
          ]),
          k.pick([
            `Glad you enjoyed hearing about the ${k.pick(['migration', 'roadmap', 'team', 'new office'])} - it's an exciting time here.`,
            'Hope the rest of your week goes well.',
            'Enjoy your weekend!',
            '',
          ]),
          s.text,
          k.quote(note, k.candidate, earlier),
        ),
        expected: exp(company.name, role, [who(iv, ivRole, true, s.phone)]),
      };
    },
  },
  {
    id: 'candidate-experience-survey-platform',
    label: 'other',
    note: 'Post-process candidate-experience survey sent through a survey platform "on behalf of" the employer: Likert list, "regardless of outcome", close date; no status',
    count: 9,
    make(k) {
      const company = k.company();
      const platform = k.pick(['SurveyLoop', 'Feedbackly', 'CandidatePulse', 'Qualisurvey']);
      const pslug = platform.toLowerCase();
      const closes = k.later(5, 10);
      const reminder = k.chance(0.3);
      return {
        from: `${company.name} via ${platform} <surveys@${pslug}.example>`,
        to: k.candidate.email,
        subject: reminder
          ? `Reminder: your feedback on ${company.name}'s hiring process`
          : k.pick([
              `Tell us about your recruitment experience with ${company.name}`,
              `${company.name} wants your feedback (3 minutes)`,
              'How was your candidate experience?',
            ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          reminder
            ? `A few days ago we invited you to share feedback on your recent experience applying to ${company.name}. There's still time.`
            : `You recently took part in a recruitment process with ${company.name}. Regardless of the outcome, we would value your honest feedback on how it went.`,
          [
            'Please rate the following (1 = strongly disagree, 5 = strongly agree):',
            '• The job description was clear and accurate',
            '• I was kept informed throughout the process',
            '• My interviewers were prepared and respectful',
            '• The process took a reasonable amount of time',
            k.chance(0.5) ? '• I would recommend applying to a friend' : '',
          ]
            .filter(Boolean)
            .join('\n'),
          `Start the survey: https://${pslug}.example/s/${k.token(12)}\nThe survey closes on ${dateIn(k, closes)}.`,
          'Your responses are anonymous and are not shared with the hiring team in a way that identifies you. They have no effect on any current or future application.',
          `${platform} · Unsubscribe from survey emails`,
        ),
        expected: exp(company.name, null),
      };
    },
  },
  {
    id: 'recruiter-out-of-office-auto-reply',
    label: 'other',
    note: 'Recruiter/hiring manager out-of-office auto-reply to the candidate\'s email (return date, alternate contact); trap: "Re: interview" subject',
    count: 10,
    make(k) {
      const company = k.company();
      const role = k.chance(0.6) ? k.role() : null;
      const rec = k.person(company);
      const alt = k.person(company);
      const back = k.later(3, 12);
      const withAlt = k.chance(0.6);
      const reason = k.pick([
        'annual leave',
        'parental leave',
        'a conference',
        'a company offsite',
        'a public holiday',
        '',
      ]);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: `${k.pick(['Automatic reply:', 'Out of Office:', 'Autoreply:', 'Out of office re:'])} ${k.pick(
          [
            role ? `Re: ${role} interview` : 'Re: Interview next week',
            role ? `${role} - follow up` : 'Following up on my application',
            'Thank you',
            'Re: References',
          ],
        )}`,
        date: k.date,
        body: k.paragraphs(
          k.pick(['Hello,', 'Hi there,', 'Thank you for your email.', '']),
          k.pick([
            `I am currently out of the office${reason ? ` on ${reason}` : ''} and will return on ${dateIn(k, back)}, with limited access to email.`,
            `I'm away until ${dateIn(k, back)}${reason ? ` (${reason})` : ''}. I will reply to your message as soon as possible when I'm back.`,
            `Thanks for your message. I'm out of office until ${dateIn(k, back)} and not checking email.`,
          ]),
          withAlt
            ? k.pick([
                `For urgent recruiting matters please contact ${alt.name} at ${alt.email}.`,
                `If your message is about an interview or an offer, please reach out to my colleague ${alt.first} (${alt.email}).`,
              ])
            : k.pick([
                'Your message will not be forwarded.',
                `For anything urgent, please email careers@${company.domain}.`,
                '',
              ]),
          `${rec.name}\n${k.pick(RECRUITER_TITLES)}, ${company.name}`,
        ),
        expected: exp(company.name, role, [
          who(rec, 'recruiter'),
          ...(withAlt ? [who(alt, 'recruiter')] : []),
        ]),
      };
    },
  },
  {
    id: 'careers-mailbox-auto-acknowledgement-of-query',
    label: 'other',
    note: "A careers/HR mailbox auto-acknowledges the candidate's QUERY (expenses, adjustments, data request) — trap for application_received: no application is confirmed",
    count: 9,
    make(k) {
      const company = k.company();
      const query = k.pick([
        'Query about interview travel expenses',
        'Request for reasonable adjustments',
        'Change of contact details',
        'Subject access request - my candidate data',
        'Question about accessibility at your office',
        'Request to delete my candidate profile',
      ]);
      return {
        from: k.pick([
          `${company.name} Talent Acquisition <talent@${company.domain}>`,
          `${company.name} HR Service Centre <hrhelp@${company.domain}>`,
          `Careers at ${company.name} <careers@${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Automatic reply: ${query}`,
          `RE: ${query} [Ref: ${k.digits(6)}]`,
          `We've received your enquiry: ${query}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            'Thank you for contacting us.',
            `Thank you for contacting the ${company.name} Talent Acquisition team.`,
            'This is an automated response.',
          ]),
          k.pick([
            'This mailbox is monitored Monday to Friday, 9am–5pm. We aim to respond to all enquiries within 3 working days.',
            'A member of our team will respond to your enquiry as soon as possible. Please do not send your message more than once, as this may delay our response.',
          ]),
          k.pick([
            'Please note: we cannot provide updates on the status of individual applications by email. You can check your status at any time by logging in to your candidate account.',
            'If your enquiry is about data protection, please allow up to one month for a full response, as required by law.',
            'For expenses claims, please make sure you have attached itemised receipts.',
          ]),
          k.pick([
            `Kind regards,\n${company.name} Talent Acquisition`,
            `${company.name} People Services`,
            '',
          ]),
          k.footer(company),
        ),
        expected: exp(company.name, null),
      };
    },
  },
  {
    id: 'calendar-declined-notification',
    label: 'other',
    note: 'Google Calendar "Declined:" notice: a contact declines the candidate\'s coffee-chat/informational invite, or the candidate\'s own decline of an intro call (sent from the candidate)',
    count: 9,
    make(k) {
      const own = k.chance(0.35);
      const company = k.company();
      const contact = k.person(k.chance(0.5) ? company : undefined);
      const at = k.later(1, 6);
      const zone = us(k) ? k.pick(['EST', 'CST', 'PST', 'ET']) : k.locale === 'en-GB' ? 'GMT' : 'local time';
      const title = own
        ? k.pick([
            `${company.name} intro call`,
            `Call with ${company.name} Recruiting`,
            `${k.candidate.first} / ${contact.first} - ${company.name}`,
          ])
        : k.pick([
            `Coffee chat: ${k.candidate.first} / ${contact.first}`,
            `Informational chat - ${k.candidate.first} <> ${contact.first}`,
            'Catch up',
            `${k.candidate.first} + ${contact.first}`,
          ]);
      const who1 = own ? k.candidate : contact;
      const note = own
        ? k.pick([
            "Apologies - I've accepted another offer and am withdrawing from the process. Thanks for your time!",
            "Sorry, I won't be able to make this one.",
            '',
          ])
        : k.pick([
            "Sorry, I'm slammed this week - could we try next week?",
            'Conflict came up, apologies! Will send a new time.',
            '',
            'Out sick today, sorry.',
          ]);
      return {
        from: own ? me(k) : `${contact.name} (Google Calendar) <calendar-notification@google.com>`,
        to: own ? k.addr(contact) : k.candidate.email,
        subject: `Declined: ${title} @ ${calLine(at, 30, zone)} (${own ? contact.email : k.candidate.email})`,
        date: k.date,
        body: k.paragraphs(
          `${who1.name} has declined this invitation.`,
          note ? `${who1.first} says: "${note}"` : '',
          `${title}\nWhen: ${calLine(at, 30, zone)}\nGuests: ${k.candidate.name}, ${contact.name}`,
          'Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event. Forwarding this invitation could allow any recipient to send a response to the organizer.',
        ),
        expected: own ? exp(company.name, null, [who(contact, 'recruiter')]) : exp(null, null),
      };
    },
  },
  {
    id: 'outlook-message-recall-notice',
    label: 'other',
    note: 'Outlook "Recall:" notice from a recruiter for a message titled like job news ("Interview invitation", "Your application") — the recall itself carries no news',
    count: 8,
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const orig = k.pick([
        `Interview invitation - ${role}`,
        `Your application - ${role}`,
        `${company.name} - next steps`,
        'Offer documents',
        `Update: ${role}`,
      ]);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: `Recall: ${orig}`,
        date: k.date,
        body: k.pick([
          `${rec.name} would like to recall the message, "${orig}".`,
          `${rec.name} would like to recall the message, "${orig}".\n\n${rec.name}\n${k.pick(RECRUITER_TITLES)} | ${company.name}`,
          '',
        ]),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'linkedin-connection-accepted-recruiter',
    label: 'other',
    note: 'LinkedIn "X accepted your invitation" / "now connected": the new connection is a recruiter or hiring manager (trap: recruiter title, company), no message',
    count: 9,
    make(k) {
      const company = k.company();
      const p = k.person(company);
      const headline = k.pick([
        `${k.pick(RECRUITER_TITLES)} at ${company.name}`,
        `Hiring for ${k.role()} | ${company.name}`,
        `Talent @ ${company.name} | We're hiring!`,
        `Engineering Manager at ${company.name}`,
      ]);
      return {
        from: 'LinkedIn <invitations@linkedin.com>',
        to: k.candidate.email,
        subject: k.pick([
          `${p.name} accepted your invitation`,
          `You and ${p.first} are now connected`,
          `${p.first} accepted your invitation. Start a conversation.`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `[image: ${p.name}]`,
          `${p.name}\n${headline}\n${cityFor(k)}`,
          `${p.first} accepted your invitation. Send a message to start a conversation.`,
          `Message ${p.first}: https://www.linkedin.com/messaging/compose/?recipient=${k.token(10)}`,
          `See ${p.first}'s connections (${k.pick(['500+', String(k.int(80, 499))])})`,
          `You are receiving Invitation notification emails.\nUnsubscribe: https://www.linkedin.com/e/v2?e=${k.token(12)}\n© ${k.sent.year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'bounce-or-read-receipt-of-application-email',
    label: 'other',
    note: 'Mailer-daemon bounce or Outlook read receipt for the candidate\'s own application email (trap: "Application for X" quoted, "delivered", "read")',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.role();
      const mgr = k.person(company);
      const bounce = k.chance(0.55);
      const origSubject = k.pick([
        `Application for ${role}`,
        `${role} - ${k.candidate.name}`,
        `CV for ${role} position`,
      ]);
      const sent = k.sent.plusDays(bounce ? 0 : -k.int(0, 2), Math.max(7, k.sent.hour - 1), 3);
      const badAddr = `${k.pick(['careers', 'jobs', 'recruitment', 'hr'])}@${company.domain}`;
      return {
        from: bounce ? 'Mail Delivery Subsystem <mailer-daemon@googlemail.example>' : k.addr(mgr),
        to: k.candidate.email,
        subject: bounce
          ? k.pick([
              'Delivery Status Notification (Failure)',
              'Undeliverable: ' + origSubject,
              'Undelivered Mail Returned to Sender',
            ])
          : `Read: ${origSubject}`,
        date: k.date,
        body: bounce
          ? k.paragraphs(
              k.pick([
                `Address not found\n\nYour message wasn't delivered to ${badAddr} because the address couldn't be found, or is unable to receive mail.`,
                `Delivery has failed to these recipients or groups:\n\n${badAddr}\nThe recipient's mailbox is full and can't accept messages now.`,
              ]),
              `The response from the remote server was:\n550 5.1.1 <${badAddr}>: Recipient address rejected: User unknown`,
              `----- Original message -----\nFrom: ${k.candidate.name} <${k.candidate.email}>\nTo: ${badAddr}\nSubject: ${origSubject}\nDate: ${sent.date('us-short')}, ${sent.year} ${sent.time('us')}`,
            )
          : k.paragraphs(
              `Your message\n\nTo: ${mgr.name}\nSubject: ${origSubject}\nSent: ${sent.date('us-long')} ${sent.time('us')}`,
              `was read on ${k.sent.date('us-long')} ${k.sent.time('us')}.`,
            ),
        expected: exp(bounce ? null : company.name, role, bounce ? [] : [who(mgr, null)]),
      };
    },
  },
  {
    id: 'friend-forwards-job-post',
    label: 'other',
    note: 'A friend forwards a job posting ("saw this and thought of you") from a personal address; the forwarded post is inside (trap for job_alert and recruiter_outreach)',
    count: 9,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const friend = k.person();
      const when = k.sent.plusDays(-k.int(0, 2));
      const post = k.paragraphs(
        `${company.name} is hiring: ${role}`,
        `${k.pick(['Remote', cityFor(k), `Hybrid - ${cityFor(k)}`])} · ${k.pick(['Full-time', 'Full-time', 'Contract'])}${k.chance(0.5) ? ` · ${money(k, 60, 120)}` : ''}`,
        `About the role\n${k.pick(['We are looking for someone to own', 'Join our team to lead', 'You will help us build'])} ${k.pick(['our customer onboarding', 'our data platform', 'the next version of our product', 'our growing operations'])}.`,
        `Apply: ${k.system('greenhouse', 'lever', 'workable', 'smartrecruiters').link(company, k.digits(7))}`,
      );
      return {
        from: k.addr(friend),
        to: k.candidate.email,
        subject: k.pick([
          `Fwd: ${company.name} is hiring: ${role}`,
          `Fwd: ${role}`,
          'saw this and thought of you',
          'job for you??',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `saw this and thought of you!! 👀`,
            `Hey ${k.candidate.first}, isn't this exactly what you were describing at dinner?`,
            `Not sure if you're still looking but this popped up on my feed.`,
            `fyi - my cousin works there and says it's a nice place`,
          ]),
          k.pick([`${friend.first}`, `x ${friend.first}`, '']),
          k.forward({
            from: k.pick([
              `${company.name} <jobs-noreply@${company.domain}>`,
              'LinkedIn <jobs-noreply@linkedin.com>',
            ]),
            subject: `${company.name} is hiring: ${role}`,
            when,
            to: friend.email,
            body: post,
          }),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'mentor-feedback-on-cv-draft',
    label: 'other',
    note: "A mentor or friend returns feedback on the candidate's CV/cover letter before an application (trap: CV, application, role words), numbered tips",
    count: 8,
    make(k) {
      const mentor = k.person();
      const company = k.chance(0.5) ? bizCo(k) : null;
      const role = k.chance(0.6) ? k.role() : null;
      const tips = k.some(
        [
          'Lead each bullet with the result, not the task ("cut churn 12%" before "ran retention project").',
          'Your summary is a bit generic - name the kind of team you want to join.',
          'Two pages is fine, but the oldest role can be one line.',
          'Add the tools you actually used, recruiters search for them.',
          'The cover letter repeats the CV; use it to say why this company.',
          'Typo in the second job: "managment".',
          'Put your LinkedIn URL in the header.',
        ],
        3,
        5,
      );
      return {
        from: k.addr(mentor),
        to: k.candidate.email,
        subject: k.pick([
          'Re: CV - could you take a look?',
          'your CV',
          'Re: cover letter draft',
          'Comments on your resume',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `${k.candidate.first} -`, `Hey ${k.candidate.first}!`]),
          k.pick([
            `Had a proper look at your CV${role ? ` for the ${role} application` : ''}${company ? ` at ${company.name}` : ''}. Overall it's strong! A few thoughts:`,
            `Here are my comments${company ? ` - good luck with ${company.name}` : ''}:`,
            `Sorry for the slow reply. Quick notes on the draft:`,
          ]),
          tips.map((t, i) => `${i + 1}. ${t}`).join('\n'),
          k.pick([
            "I've left tracked changes in the attached doc too.",
            'Happy to look again once you have revised it.',
            'You have got this!',
          ]),
          k.pick([`${mentor.first}`, `Best,\n${mentor.first}`, `Cheers,\n${mentor.first}`]),
        ),
        expected: exp(company?.name ?? null, role),
      };
    },
  },
  {
    id: 'interview-travel-expense-claim',
    label: 'other',
    note: "Interview travel expenses: the candidate sends receipts, or the employer's finance/AP team confirms a reimbursement payment (trap: employer mail with no status)",
    count: 8,
    make(k) {
      const company = k.company();
      const role = k.chance(0.5) ? k.role() : null;
      const rec = k.person(company);
      const fromCand = k.chance(0.55);
      const amount = `${us(k) ? '$' : k.locale === 'en-GB' ? '£' : '$'}${k.int(40, 480)}.${k.digits(2)}`;
      const ref = `EXP-${k.digits(6)}`;
      return {
        from: fromCand ? me(k) : `${company.name} Accounts Payable <ap@${company.domain}>`,
        to: fromCand ? k.addr(rec) : k.candidate.email,
        subject: fromCand
          ? k.pick([
              'Interview expenses',
              `Travel receipts${role ? ` - ${role} interview` : ''}`,
              'Expense claim - interview travel',
            ])
          : k.pick([
              `Remittance advice ${ref}`,
              `Your reimbursement has been processed (${ref})`,
              'Payment notification',
            ]),
        date: k.date,
        body: fromCand
          ? k.paragraphs(
              `Hi ${rec.first},`,
              `As discussed, please find attached my receipts for travel to the interview${role ? ` for the ${role} role` : ''}, totalling ${amount}. Could you let me know if you need a different form?`,
              mySig(k),
              `[attachment: train_ticket.pdf]\n[attachment: hotel_receipt.pdf]`,
            )
          : k.paragraphs(
              k.hello(true),
              `A payment of ${amount} has been issued to your account for candidate travel expenses (reference ${ref}).`,
              `Please allow 3–5 business days for the funds to appear. This email is for your records only.`,
              `${company.name} Finance\nThis mailbox is not monitored.`,
            ),
        expected: exp(company.name, role, fromCand ? [who(rec, 'recruiter')] : []),
      };
    },
  },
];

/**
 * A company or role the email never shows (a variant left it out) is not extractable: clear
 * it, so the expected values always match the text.
 */
function shown(family: Family): Family {
  return {
    ...family,
    make(k) {
      const sample = family.make(k);
      const text = `${sample.from}\n${sample.subject}\n${sample.body}`.toLowerCase();
      const e = sample.expected;
      return {
        ...sample,
        expected: {
          ...e,
          company: e.company && text.includes(e.company.toLowerCase()) ? e.company : null,
          role: e.role && text.includes(e.role.toLowerCase()) ? e.role : null,
        },
      };
    },
  };
}

export const families: Family[] = [
  ...outreachFamilies,
  ...outreachFamilies2,
  ...outreachFamilies3,
  ...referenceFamilies,
  ...referenceFamilies2,
  ...candidateFamilies,
  ...aroundFamilies,
].map(shown);
