/**
 * Outreach families: recruiters, agencies, executive search and hiring managers approaching
 * the candidate about roles they did not apply to; requests for referees; career mailings
 * (newsletters, webinars, fairs, courses: `job_alert`, as the hand-written corpus labels
 * them); and `other` traps that are full of job words (the candidate's own messages to
 * employers, podcast/research/admission interviews, "offer" marketing, social notifications,
 * interviews the candidate will run at their current job).
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

/** Nothing to extract. */
function nothing(): Expected {
  return exp(null, null, []);
}

/** "a" or "an" before a job title. */
function an(word: string): string {
  if (/^(HR|ICU|SDR|MBA|RN|SEO)\b/.test(word)) return 'an';
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
    `${k.pick(['Harrow', 'Bramwell', 'Talentory', 'Keyline', 'Northpoint', 'Castleford', 'Bluewave', 'Sterling Vale', 'Meridian Blue', 'Oakhurst'])} ${k.pick(['Recruitment', 'Talent', 'Search', 'Staffing', 'People', 'Resourcing', 'Associates', 'Partners'])}`,
  );
}

function searchFirm(k: Kit): Company {
  return named(
    `${k.pick(['Ashcombe', 'Whitlock', 'Halberd', 'Pemberton', 'Carrow', 'Linden', 'Marchmont'])} ${k.pick(['Executive Search', '& Partners', 'Leadership Advisors', 'Search Partners'])}`,
  );
}

/** The person's signature; returns the text and the phone it shows (or null). */
import { sign, dateIn, timeIn } from './outreach-helpers';

/** One city per email (the same on every call for the same kit and locale). */
const cities = new WeakMap<Kit, { locale: string; city: string }>();
function city(k: Kit): string {
  const seen = cities.get(k);
  if (seen && seen.locale === k.locale) return seen.city;
  const c = pickCity(k);
  cities.set(k, { locale: k.locale, city: c });
  return c;
}

function pickCity(k: Kit): string {
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
    case 'de':
      return k.pick(['Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt am Main']);
    case 'fr':
      return k.pick(['Paris', 'Lyon', 'Nantes', 'Toulouse', 'Lille']);
    case 'es':
      return k.pick(['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao']);
  }
}

function money(k: Kit, low: number, high: number): string {
  switch (k.locale) {
    case 'en-GB':
      return `£${low}k–£${high}k`;
    case 'de':
    case 'fr':
    case 'es':
      return `${low}.000–${high}.000 €`;
    case 'en-IN':
      return `₹${Math.round(low / 3)}–${Math.round(high / 3)} LPA`;
    case 'en-AU':
      return `A$${low}k-${high}k + super`;
    default:
      return `$${low}k-$${high}k`;
  }
}

const RECRUITER_TITLES = [
  'Technical Recruiter',
  'Senior Technical Recruiter',
  'Talent Acquisition Partner',
  'Senior Talent Partner',
  'Recruiter',
  'Lead Recruiter, Engineering',
  'Recruiting Manager',
  'Talent Sourcer',
  'Talent Acquisition Specialist',
  'People Partner, Recruiting',
];
const AGENCY_TITLES = [
  'Senior Consultant',
  'Principal Consultant',
  'Recruitment Consultant',
  'Associate Director',
  'Managing Consultant',
  'Talent Consultant',
  'Senior Recruitment Consultant',
  'Director',
];
const EXEC_ROLES = [
  'VP of Engineering',
  'Chief Financial Officer',
  'Head of Product',
  'Director of Operations',
  'General Counsel',
  'Chief Marketing Officer',
  'Head of Data',
  'Chief Technology Officer',
  'VP, People',
  'Managing Director, Europe',
];
const SECTORS = [
  'fintech',
  'healthtech',
  'logistics',
  'climate tech',
  'e-commerce',
  'B2B SaaS',
  'medical devices',
  'insurtech',
  'cybersecurity',
  'consumer subscription',
];

function sectorOf(company: Company): string {
  const m =
    /Robotics|Health|Logistics|Analytics|Bank|Energy|Foods|Media|Insurance|Retail|Pharma|Security|Games|Cloud/.exec(
      company.name,
    );
  return m ? m[0].toLowerCase() : 'software';
}

/** One in-house recruiter pitch paragraph about a role. */
function pitch(k: Kit, company: Company, role: string): string {
  return k.pick([
    `We're growing the ${k.pick(['platform', 'core', 'payments', 'growth', 'operations', 'customer'])} team at ${company.name} and I think your background lines up really well with our ${role} opening.`,
    `${company.name} is hiring ${an(role)} ${role} and your experience looks like a strong match for what the team needs right now.`,
    `I'm recruiting for ${an(role)} ${role} position at ${company.name}, ${k.pick(['fully remote', `hybrid in ${city(k)}`, `based in ${city(k)}`, 'remote-first with occasional travel'])}.`,
    `We have ${an(role)} ${role} role open on my desk at ${company.name} that I think could be a great next step for you.`,
    `I'm reaching out because we're looking for ${an(role)} ${role} at ${company.name}, and your profile stood out.`,
  ]);
}

const CAME_ACROSS = [
  'I came across your profile on LinkedIn and was really impressed by your experience.',
  'I came across your profile and wanted to reach out directly.',
  'Your background caught my eye while I was searching for people with your skill set.',
  "I found your profile while looking for talented folks in your area and thought I'd say hello.",
  'I was impressed by your experience and wanted to see if you might be open to a conversation.',
  'I stumbled on your portfolio and loved the work you have there.',
  'Hope you are well! I noticed your profile and wanted to reach out about something I think could interest you.',
];

const CHAT_ASK = [
  'Would you be open to a quick 15-minute call this week or next?',
  'Are you open to a quick chat to learn more? Happy to work around your schedule.',
  "If you're open to it, I'd love to set up a short intro call. Just reply with a few times that suit you.",
  "Even if you're not actively looking, I'd love to connect and tell you a bit more.",
  'Let me know if this is of interest and we can find time to talk.',
  "Is this something you'd be interested in exploring? If not, no worries at all.",
  'Would you be interested in hearing more? I can send over the full job description.',
];

// ---------------------------------------------------------------------------------------
// recruiter_outreach

const outreachFamilies: Family[] = [
  {
    id: 'inhouse-recruiter-came-across-profile',
    label: 'recruiter_outreach',
    note: 'In-house recruiter cold note: "came across your profile", named company and role, ask for a call',
    count: 12,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company, k.pick(['first.last', 'first', 'flast'] as const));
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company);
      const intro = k.pick(CAME_ACROSS);
      const p = pitch(k, company, role);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} opportunity at ${company.name}`,
          `Your background + ${company.name}`,
          `Exploring ${an(role)} ${role} role?`,
          `${company.name} | ${role}`,
          `Quick intro from ${company.name}`,
          `Opportunity: ${role}`,
          `Would love to connect - ${role} at ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.chance(0.7) ? `${intro} ${p}` : `${p} ${intro}`,
          k.chance(0.6)
            ? k.pick([
                `${company.name} builds ${k.pick(['tools', 'products', 'infrastructure', 'services'])} for the ${sectorOf(company)} space, and we've ${k.pick(['doubled in size this year', 'just closed our Series B', 'been profitable for 4 years', 'launched in three new markets'])}.`,
                `A little about us: we're a ${k.int(40, 900)}-person team with a strong engineering culture and very low attrition.`,
                `The role reports to our ${k.pick(['Head of Engineering', 'VP Product', 'COO', 'Director of Operations', 'CFO'])} and comes with a competitive package (${money(k, 90, 150)}).`,
              ])
            : '',
          k.pick(CHAT_ASK),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'talent-partner-long-pitch-bullets',
    label: 'recruiter_outreach',
    note: 'Long in-house pitch with "About the role" bullets, comp range, location and a link to book an intro chat (no interview yet)',
    make(k) {
      const company = bizCo(k);
      const field = k.pick(['engineering', 'product', 'design', 'data'] as const);
      const role = k.role(field);
      const rec = k.person(company);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company, 0.6);
      const bullets = k
        .some(
          [
            `• Own ${k.pick(['the roadmap', 'key services', 'a product area', 'our data platform'])} end to end`,
            `• Work closely with ${k.pick(['design and product', 'our founders', 'a team of 6 engineers', 'sales and customer success'])}`,
            `• Comp: ${money(k, 110, 175)} + equity + benefits`,
            `• Location: ${k.pick(['Remote (US/Canada)', `Hybrid, ${city(k)} (2 days/week)`, 'Remote within Europe', `On-site in ${city(k)}`])}`,
            `• Stack: ${k.pick(['TypeScript, React, Node, Postgres', 'Python, dbt, Snowflake', 'Go, Kubernetes, AWS', 'Figma, user research, design systems'])}`,
            `• ${k.int(20, 38)} days PTO and a ${k.pick(['$2,000', '£1,500', '$1,000'])} learning budget`,
          ],
          3,
          5,
        )
        .join('\n');
      const link = `https://calendly.com/${ascii(rec.first).toLowerCase()}-${company.slug}/intro-chat`;
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} at ${company.name} - interested?`,
          `${k.candidate.first}, ${an(role)} ${role} role you might like`,
          `${company.name} is building something you might want to be part of`,
          `${role} @ ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `I'm ${rec.first}, ${k.pick(['a recruiter', 'on the talent team', 'leading hiring', 'the talent partner'])}${k.chance(0.5) ? ' for the ' + field + ' team' : ''} at ${company.name}. ${k.pick(CAME_ACROSS)}`,
          `We're hiring ${an(role)} ${role}. ${k.pick(['A few highlights:', 'About the role:', 'Quick snapshot:', "Here's the short version:"])}\n${bullets}`,
          k.pick([
            `If you're curious, grab 20 minutes with me here: ${link}`,
            `You can pick a time for an informal chat directly on my calendar: ${link}`,
            `No pressure at all - if you'd like to hear more, here's my calendar: ${link}. Otherwise feel free to just reply.`,
          ]),
          k.chance(0.3)
            ? `Full JD: ${k.system('greenhouse', 'lever', 'ashby').link(company, k.digits(7))}`
            : '',
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'agency-consultant-named-client',
    label: 'recruiter_outreach',
    note: 'Agency consultant recruiting for a NAMED client: the client is the company, the consultant an agency_consultant',
    count: 11,
    make(k) {
      const agency = agencyCo(k);
      const client = bizCo(k);
      const role = k.role();
      const c = k.person(agency, k.pick(['first.last', 'flast'] as const));
      const s = sign(k, c, k.pick(AGENCY_TITLES), agency, 0.7);
      return {
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `${role} - ${client.name}`,
          `${role} opportunity with ${client.name}`,
          `Exclusive: ${role} at ${client.name}`,
          `${client.name} are hiring - ${role}`,
          `Role you may be interested in: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm ${c.first} from ${agency.name}. We're partnering with ${client.name} on an exclusive basis to hire ${an(role)} ${role}, and your profile looks like a great fit.`,
            `My name is ${c.name} and I'm a ${k.pick(['recruiter', 'consultant', 'specialist recruiter'])} at ${agency.name}. I'm currently working with ${client.name}, who are looking for ${an(role)} ${role}.`,
            `Hope you're well. I'm supporting ${client.name} with their search for ${an(role)} ${role} and came across your CV on ${k.pick(['our database', 'LinkedIn', 'a job board', 'Reed', 'Indeed'])}.`,
          ]),
          k.pick([
            `The role is ${k.pick(['permanent', 'full-time, permanent', 'hybrid (2-3 days in the office)', 'fully remote'])} and pays ${money(k, 60, 110)} depending on experience.`,
            `${client.name} are based in ${city(k)} and offer ${k.pick(['a generous bonus', 'hybrid working', 'a 4-day week pilot', 'excellent progression'])}.`,
            `Salary is ${money(k, 55, 95)} plus benefits. They are looking to move quickly.`,
          ]),
          k.pick([
            'Would you be open to a brief call to discuss? What is the best number to reach you on?',
            "If it's of interest, could you send me an up-to-date CV and let me know a good time to call?",
            "Let me know if you'd like the full spec and I'll send it over.",
            'Are you free for a quick chat today or tomorrow?',
          ]),
          s.text,
          k.chance(0.5)
            ? `${agency.name} is acting as an employment agency in relation to this vacancy.${k.chance(0.5) ? ` Registered in England & Wales No. ${k.digits(8)}.` : ''}`
            : '',
        ),
        expected: exp(client.name, role, [who(c, 'agency_consultant', true, s.phone)]),
      };
    },
  },
  {
    id: 'agency-confidential-client',
    label: 'recruiter_outreach',
    note: 'Agency approach for a CONFIDENTIAL client ("my client, a Series B fintech"): company must stay null, agency is not the employer',
    count: 11,
    make(k) {
      const agency = agencyCo(k);
      const role = k.role(k.pick(['engineering', 'data', 'product', 'business'] as const));
      const c = k.person(agency);
      const s = sign(k, c, k.pick(AGENCY_TITLES), agency, 0.7);
      const sector = k.pick(SECTORS);
      const clientDesc = k.pick([
        `a well-funded ${sector} scale-up in ${city(k)}`,
        `a Series ${k.pick(['A', 'B', 'C'])} ${sector} company`,
        `a household-name ${sector} business`,
        `a fast-growing ${sector} start-up (${k.int(30, 250)} people)`,
        `a global ${sector} firm with a new hub in ${city(k)}`,
      ]);
      return {
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `${role} - confidential`,
          `${role} | ${sector} | ${city(k)}`,
          `Confidential opportunity - ${role}`,
          `${role} role - open to a chat?`,
          `New ${role} role (${sector})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm working with ${clientDesc} who are looking for ${an(role)} ${role}.`,
            `My client, ${clientDesc}, has asked me to find them ${an(role)} ${role} and your background stood out.`,
            `I'm recruiting ${an(role)} ${role} for ${clientDesc}. I can't share the name just yet, but I can tell you more on a call.`,
          ]),
          k.pick([
            `The client has asked us to keep the search confidential for now - I'll share full details once we've spoken.`,
            `They're offering ${money(k, 70, 140)} + bonus and ${k.pick(['hybrid working', 'fully remote', 'a strong equity package'])}.`,
            `It's a newly created position reporting into the ${k.pick(['CTO', 'CEO', 'Head of Data', 'CFO', 'VP Sales'])}.`,
          ]),
          k.pick([
            'Would you be open to a quick call?',
            'Are you open to hearing more? Happy to work around you - evenings are fine.',
            'If now is not the right time, do you know anyone who might be interested?',
            'When would be a good time for a quick 10-minute call?',
          ]),
          s.text,
          k.chance(0.4) ? `${agency.name} | ${agency.domain.replace('.example', '')}.example/jobs` : '',
        ),
        expected: exp(null, role, [who(c, 'agency_consultant', true, s.phone)]),
      };
    },
  },
  {
    id: 'executive-search-retained-mandate',
    label: 'recruiter_outreach',
    note: 'Formal executive-search approach ("we have been retained by…"): client sometimes named, often withheld; senior role',
    make(k) {
      const firm = searchFirm(k);
      const role = k.pick(EXEC_ROLES);
      const partner = k.person(firm);
      const withClient = k.chance(0.35);
      const client = bizCo(k);
      const desc = k.pick([
        `a privately held ${k.pick(SECTORS)} group`,
        `a PE-backed ${k.pick(SECTORS)} business with revenues of c.${k.pick(['$200m', '£150m', '€300m', '$80m'])}`,
        `a listed ${k.pick(SECTORS)} company`,
        `a founder-led ${k.pick(SECTORS)} organisation entering its next phase of growth`,
      ]);
      const title = k.pick(['Partner', 'Principal', 'Managing Partner', 'Associate Partner', 'Consultant']);
      const withPhone = k.chance(0.7);
      return {
        from: k.addr(partner),
        to: to(k),
        cc: k.chance(0.3) ? k.addr(k.person(firm)) : undefined,
        subject: k.pick([
          `${role} - ${withClient ? client.name : 'confidential'}`,
          `Confidential: ${role} appointment`,
          `${firm.name} - ${role}`,
          `A senior appointment that may interest you`,
          `Strictly confidential - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `${firm.name} has been retained by ${withClient ? client.name : desc} to lead the search for ${an(role)} ${role}.`,
            `We have been appointed by ${withClient ? client.name : desc} to identify candidates for the position of ${role}.`,
            `I am leading a search on behalf of ${withClient ? client.name : desc} for their next ${role}, and your name came up in several of our conversations.`,
          ]),
          k.pick([
            'Given your track record, I would value the opportunity to speak with you, either as a potential candidate or as a source of advice.',
            'I appreciate you may not be looking to move, but I would welcome a discreet conversation at your convenience.',
            'Naturally, any discussion would be treated in the strictest confidence.',
          ]),
          k.chance(0.5) ? 'I would be happy to share the position specification under separate cover.' : '',
          k.pick([
            'Please let me know a convenient time for a call, or feel free to contact me directly.',
            'Could you suggest two or three times over the coming week when we might speak?',
            'My assistant would be happy to find a suitable time.',
          ]),
          [
            k.pick(['With best regards,', 'Yours sincerely,', 'Kind regards,']),
            partner.name,
            `${title}, ${firm.name}`,
            withPhone ? `${k.pick(['T', 'Tel', 'Mobile', 'M'])}: ${partner.phone}` : '',
            k.chance(0.5) ? `${firm.domain.replace('.example', '')}.example` : '',
          ]
            .filter(Boolean)
            .join('\n'),
          k.chance(0.5)
            ? `CONFIDENTIALITY: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.`
            : '',
        ),
        expected: exp(withClient ? client.name : null, role, [
          who(partner, 'agency_consultant', true, withPhone ? partner.phone : null),
        ]),
      };
    },
  },
  {
    id: 'linkedin-inmail-notification',
    label: 'recruiter_outreach',
    note: 'LinkedIn emails the text of a recruiter InMail ("X sent you a new message"): sender is LinkedIn, the person is in the body',
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const agency = k.chance(0.3);
      const title = agency
        ? `${k.pick(AGENCY_TITLES)} at ${agencyCo(k).name}`
        : `${k.pick(RECRUITER_TITLES)} at ${company.name}`;
      const msg = k.pick([
        `Hi ${k.candidate.first}, ${k.pick(CAME_ACROSS)} ${pitch(k, company, role)} ${k.pick(CHAT_ASK)}`,
        `Hello ${k.candidate.first} - I'm hiring for ${an(role)} ${role} at ${company.name}. Your experience looks very relevant. Open to a quick chat?`,
        `${k.candidate.first}, hope all is well. ${company.name} is looking for ${an(role)} ${role} and I thought of you. Would love to share details if you're open to it.`,
      ]);
      return {
        from: k.pick([
          `${rec.name} via LinkedIn <inmail-hit-reply@linkedin.com>`,
          'LinkedIn <messages-noreply@linkedin.com>',
          `${rec.name} via LinkedIn <messaging-digest-noreply@linkedin.com>`,
        ]),
        to: to(k),
        subject: k.pick([
          `${rec.first} sent you a new message`,
          `InMail: ${role} at ${company.name}`,
          `${rec.name} sent you a message`,
          `New message from ${rec.name}`,
          `${role} opportunity`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.chance(0.5) ? '[image: LinkedIn]' : '',
          `${rec.name}\n${title}`,
          k.chance(0.5) ? `InMail · ${k.pick(['Sponsored', 'Job opportunity', 'Recruiter'])}` : '',
          msg,
          `${k.pick(['Reply', 'View message', 'Reply to ' + rec.first])}: https://www.linkedin.com/comm/messaging/thread/${k.token(16)}`,
          k.chance(0.5) ? `Interested · Maybe later · Not interested` : '',
          `You are receiving InMail notification emails.\nUnsubscribe · Help\n© ${k.sent.year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`,
        ),
        expected: exp(company.name, role, [who(rec, agency ? 'agency_consultant' : 'recruiter', false)]),
      };
    },
  },
  {
    id: 'recruiter-email-after-linkedin-message',
    label: 'recruiter_outreach',
    note: 'Recruiter writes by email because an earlier LinkedIn message went unanswered ("InMails get buried")',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company, 'first');
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Following up from LinkedIn`,
          `${company.name} - following up on my LinkedIn note`,
          `Tried you on LinkedIn - ${role}`,
          `${role} (sent you an InMail too)`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I sent you a message on LinkedIn last week but I know InMails get buried, so I thought I'd try here too.`,
            `Apologies for the double contact - I reached out on LinkedIn as well, but email is sometimes easier.`,
            `Hope you don't mind me emailing - I found your address on your personal site after messaging you on LinkedIn.`,
          ]),
          pitch(k, company, role),
          k.pick(CHAT_ASK),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'hiring-manager-direct-approach',
    label: 'recruiter_outreach',
    note: 'The hiring manager (not a recruiter) reaches out directly: "I lead the X team", saw your talk/GitHub/portfolio',
    count: 11,
    make(k) {
      const company = bizCo(k);
      const field = k.pick(['engineering', 'design', 'data', 'product'] as const);
      const role = k.role(field);
      const hm = k.person(company, k.pick(['first.last', 'first'] as const));
      const title = k.pick(
        {
          engineering: ['Engineering Manager', 'VP Engineering', 'CTO', 'Director of Engineering'],
          design: ['Head of Design', 'Design Director', 'Principal Designer'],
          data: ['Director of Data Science', 'Head of Analytics', 'Data Platform Lead'],
          product: ['Group Product Manager', 'VP Product', 'Head of Product'],
        }[field],
      );
      const saw = k.pick([
        `I read your blog post on ${k.pick(['incident reviews', 'design tokens', 'feature stores', 'onboarding flows', 'testing in production'])}`,
        `I saw your talk at ${k.pick(['a local meetup', 'a conference last month', 'a community event'])}`,
        `a colleague shared your ${k.pick(['GitHub', 'portfolio', 'case study', 'open-source work'])} with me`,
        'I have been following your work for a while',
      ]);
      const withPhone = k.chance(0.3);
      return {
        from: k.addr(hm),
        to: to(k),
        subject: k.pick([
          `Hello from ${company.name}`,
          `Your ${k.pick(['talk', 'post', 'work'])} + a role on my team`,
          `${role} on my team at ${company.name}`,
          `Would you consider joining ${company.name}?`,
          `intro`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `I'm ${hm.first}, ${title} at ${company.name}. ${saw.charAt(0).toUpperCase() + saw.slice(1)} and really liked how you think about it.`,
          k.pick([
            `I'm hiring ${an(role)} ${role} for my team and honestly you're exactly the kind of person I'm hoping to find.`,
            `We have an opening for ${an(role)} ${role} and I wanted to reach out personally rather than through a recruiter.`,
            `I'm building out the team this year and we're looking for ${an(role)} ${role}. I'd love to tell you what we're working on.`,
          ]),
          k.pick([
            'Would you be up for a coffee or a video call sometime in the next couple of weeks? No formal process, just a conversation.',
            "If you're at all open to it, I'd love to chat - even if the timing isn't right, it'd be great to connect.",
            'Any chance you have 30 minutes for an informal chat?',
          ]),
          [
            k.pick(['Thanks,', 'Cheers,', 'Best,']),
            hm.first,
            '',
            k.chance(0.6) ? `${hm.name}\n${title}, ${company.name}` : '',
            withPhone ? hm.phone : '',
          ]
            .filter((l, i) => i < 3 || l)
            .join('\n')
            .trim(),
        ),
        expected: exp(company.name, role, [who(hm, 'hiring_manager', true, withPhone ? hm.phone : null)]),
      };
    },
  },
  {
    id: 'startup-founder-cold-email',
    label: 'recruiter_outreach',
    note: 'Startup founder cold email, lower-case casual, "founding engineer"/first hire, sent from phone',
    count: 9,
    make(k) {
      const company = named(
        k.pick([
          'Tessellate',
          'Quillify',
          'Brisk',
          'Nuvora',
          'Pallas',
          'Zentrik',
          'Ovela',
          'Loomwise',
          'Plinth',
          'Rivet',
        ]) + k.pick(['', ' AI', ' Labs', ' HQ']),
      );
      const role = k.pick([
        'Founding Engineer',
        'Founding Designer',
        'first Product Manager',
        'Head of Growth',
        'Founding Account Executive',
        'Senior Full Stack Engineer',
      ]);
      const roleName = role.replace(/^first /, '').replace(/^./, (c) => c.toUpperCase());
      const f = k.person(company, 'first');
      return {
        from: k.addr(f),
        to: k.candidate.email,
        subject: k.pick([
          'hey',
          `${company.name.toLowerCase()} <> ${k.candidate.first.toLowerCase()}`,
          'building something - want to chat?',
          `${role} @ ${company.name}?`,
          'quick q',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `hey ${k.candidate.first.toLowerCase()},`,
            `Hi ${k.candidate.first}!`,
            `${k.candidate.first} -`,
          ]),
          k.pick([
            `i'm ${f.first.toLowerCase()}, cofounder of ${company.name}. we're ${k.pick(['a small team', '4 people', 'a seed-stage team', 'ex-' + bizCo(k).name + ' folks'])} building ${k.pick(['AI tooling for accountants', 'a better way to run clinical trials', 'logistics software for small shippers', 'scheduling for home-care nurses'])}.`,
            `I'm ${f.first}, CEO at ${company.name} - we just raised our ${k.pick(['seed', 'pre-seed', 'Series A'])}.`,
          ]),
          k.pick([
            `we're hiring our ${role} and your name keeps coming up when i ask around.`,
            `saw your ${k.pick(['side project', 'github', 'posts', 'work at your current company'])} and thought you'd be a great ${role}.`,
            `you'd be our ${role} - ${k.pick(['one of the first 5 hires', 'shaping the product from day one', 'working directly with me'])}. meaningful equity.`,
          ]),
          k.pick([
            'open to grabbing a coffee?',
            'any interest in a 20 min call?',
            'worth a chat?',
            'lmk if you want to hear more!',
          ]),
          k.pick([`${f.first.toLowerCase()}`, `- ${f.first}`, `${f.first}\n${company.name}`]),
          k.chance(0.4) ? 'Sent from my iPhone' : '',
        ),
        expected: exp(company.name, roleName, [who(f, 'hiring_manager')]),
      };
    },
  },
  {
    id: 'bump-follow-up-quoted-outreach',
    label: 'recruiter_outreach',
    note: 'Follow-up to unanswered outreach: "just bumping this to the top of your inbox" above the quoted first message',
    count: 11,
    make(k) {
      const agency = k.chance(0.35);
      const company = bizCo(k);
      const firm = agencyCo(k);
      const role = k.role();
      const rec = k.person(agency ? firm : company, 'first.last');
      const s = sign(k, rec, k.pick(agency ? AGENCY_TITLES : RECRUITER_TITLES), agency ? firm : company, 0.4);
      const showClient = !agency || k.chance(0.5);
      const earlier = k.sent.plusDays(-k.int(3, 9));
      const first = k.paragraphs(
        k.hello(),
        agency
          ? showClient
            ? `I'm working with ${company.name} on ${an(role)} ${role} hire and thought of you.`
            : `I'm working with a ${k.pick(SECTORS)} client on ${an(role)} ${role} hire and thought of you.`
          : `${k.pick(CAME_ACROSS)} ${pitch(k, company, role)}`,
        k.pick(CHAT_ASK),
        `${rec.first}`,
      );
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: `Re: ${k.pick([`${role} opportunity`, `${role} - ${showClient ? company.name : 'confidential'}`, 'Quick question', `${role} role`])}`,
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hi ${k.candidate.first}, just bumping this to the top of your inbox in case it got buried.`,
            `Hi ${k.candidate.first} - wanted to follow up on my note below. Any interest?`,
            `Just circling back on this one. Would love to find 15 minutes if you're open to it.`,
            `${k.candidate.first}, bumping this in case you missed it! The team is keen to move quickly on this role.`,
            `Following up here - totally understand if the timing isn't right, just let me know either way.`,
          ]),
          s.text,
          k.quote(first, rec, earlier),
        ),
        expected: exp(showClient ? company.name : null, role, [
          who(rec, agency ? 'agency_consultant' : 'recruiter', true, s.phone),
        ]),
      };
    },
  },
  {
    id: 'closing-the-loop-last-outreach',
    label: 'recruiter_outreach',
    note: 'Third/last outreach touch: "I\'ll assume the timing isn\'t right… door is open", no quote, sometimes a referral ask',
    count: 7,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company, 0.3);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Closing the loop - ${role}`,
          `Last note from me`,
          `${company.name} / ${role} - one last try`,
          `Should I close your file?`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I've reached out a couple of times about our ${role} role at ${company.name} and haven't heard back, so I'll assume the timing isn't right.`,
            `I don't want to clog up your inbox, so this will be my last note about the ${role} opening at ${company.name}.`,
            `Last try from me on the ${role} position here at ${company.name}!`,
          ]),
          k.pick([
            'If anything changes, my door is always open - just reply to this email.',
            'If you know someone who might be a fit, I would really appreciate an introduction.',
            "If you'd rather I didn't reach out again, just let me know and I'll make a note.",
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'open-to-quick-chat-one-liner',
    label: 'recruiter_outreach',
    note: 'Very short approach: "open to a quick chat about a role?", role and sometimes company unnamed',
    count: 10,
    make(k) {
      const agency = k.chance(0.5);
      const company = agency ? agencyCo(k) : bizCo(k);
      const rec = k.person(company, k.pick(['first', 'flast', 'first.last'] as const));
      const role = k.chance(0.4) ? k.role() : null;
      const title = k.pick(agency ? AGENCY_TITLES : RECRUITER_TITLES);
      const withPhone = k.chance(0.4);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          'Quick question',
          'Open to a chat?',
          'Opportunity',
          'Role you might like',
          `Hi ${k.candidate.first}`,
          'Are you open to new roles?',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          role
            ? k.pick([
                `Are you open to hearing about ${an(role)} ${role} role? Think it could be a great fit. Quick chat this week?`,
                `I have ${an(role)} ${role} position that matches your background really well. Open to a 10 min call?`,
              ])
            : k.pick([
                'Open to a quick chat about a role? Think it could be a great fit.',
                'Are you currently open to new opportunities? I have something I think you would like.',
                'Would you be open to a quick call about a new opportunity? Happy to share details.',
                'Any chance you are looking? I have a couple of roles that match your background.',
              ]),
          [rec.first, agency && k.chance(0.4) ? '' : `${title}, ${company.name}`, withPhone ? rec.phone : '']
            .filter(Boolean)
            .join('\n'),
        ),
        expected: exp(agency ? null : company.name, role, [
          who(rec, agency ? 'agency_consultant' : 'recruiter', true, withPhone ? rec.phone : null),
        ]),
      };
    },
  },
  {
    id: 'contract-freelance-day-rate',
    label: 'recruiter_outreach',
    note: 'Contract/freelance gig: day or hourly rate, duration, IR35/W2/C2C, start date; agency or direct',
    count: 11,
    make(k) {
      const uk = k.chance(0.45);
      if (uk) k.as('en-GB');
      const agency = agencyCo(k);
      const client = bizCo(k);
      const showClient = k.chance(0.5);
      const role = k.role(k.pick(['engineering', 'data', 'design', 'product', 'business'] as const));
      const c = k.person(agency);
      const s = sign(
        k,
        c,
        k.pick([
          'Contract Recruiter',
          'Senior Contracts Consultant',
          'Delivery Consultant',
          'Account Manager - Contract',
        ]),
        agency,
        0.8,
      );
      const start = k.later(8, 20);
      const terms = uk
        ? `${k.pick(['6 months', '3 months initial', '9 months', '12 months'])}, ${k.pick(['£450-£550/day', '£600/day', 'up to £700 per day', '£400-500 p/d'])}, ${k.pick(['Outside IR35', 'Inside IR35 (umbrella)', 'IR35 determination: outside'])}, ${k.pick(['remote', '1 day a week in ' + city(k), 'hybrid'])}`
        : `${k.pick(['6 month', '12 month contract-to-hire', '3 month', '9 month'])} contract, ${k.pick(['$70-85/hr W2', '$95/hr C2C', 'up to $110/hr (1099)', '$60/hr W2 with benefits'])}, ${k.pick(['remote', 'onsite in ' + city(k), 'hybrid'])}`;
      return {
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `Contract: ${role} - ${uk ? 'Outside IR35' : 'Remote'}`,
          `${role} | ${k.pick(['6 months', 'Contract', 'Freelance'])}${showClient ? ` | ${client.name}` : ''}`,
          `Freelance ${role} needed - start ${start.date(uk ? 'uk-short' : 'us-short')}`,
          `Available for a contract? ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Are you available for a new contract? I'm looking for ${an(role)} ${role} for ${showClient ? client.name : 'a client in the ' + k.pick(SECTORS) + ' space'}.`,
            `I'm working on ${an(role)} ${role} contract ${showClient ? 'with ' + client.name : 'for an end client'} and your profile came up as a match.`,
            `Not sure what your availability looks like, but I have a freelance ${role} requirement${showClient ? ` at ${client.name}` : ''} that could suit you.`,
          ]),
          `${k.pick(['Details:', 'Key info:', 'The basics:'])}\n${terms}\nStart: ${k.pick(['ASAP', start.date(uk ? 'uk-long' : 'us-long'), 'within 2 weeks'])}`,
          k.pick([
            'If you are interested please send over your latest CV and your rate and availability.',
            "Let me know if you're free for a quick call - the client wants to interview this week.",
            'Please reply with your availability and expected rate and I will call you.',
          ]),
          s.text,
        ),
        expected: exp(showClient ? client.name : null, role, [who(c, 'agency_consultant', true, s.phone)]),
      };
    },
  },
  {
    id: 'staffing-agency-hourly-shifts',
    label: 'recruiter_outreach',
    note: 'Staffing agency text-style note for hourly work (warehouse, retail, driving): pay rate, shifts, "reply YES", text me at number',
    count: 9,
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA', 'en-GB'] as const));
      const agency = agencyCo(k);
      const client = bizCo(k);
      const showClient = k.chance(0.5);
      const role = k.role('service');
      const rec = k.person(agency, 'first');
      const phone = rec.phone;
      const textMe = k.chance(0.7);
      const cur = k.locale === 'en-GB' ? '£' : '$';
      const personal = k.chance(0.5);
      return {
        from: personal ? k.addr(rec) : `${agency.name} <jobs@${agency.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Immediate openings - ${role} - ${cur}${k.pick(['18.50/hr', '21/hr', '19.75/hr', '17/hr'])}`,
          `${k.candidate.first}, are you available for work next week?`,
          `NOW HIRING: ${role}${showClient ? ' at ' + client.name : ''}`,
          `${role} shifts available`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first}!`,
          k.pick([
            `This is ${rec.first} with ${agency.name}. We have immediate openings for ${role}${showClient ? ` at ${client.name}` : ' with one of our clients'} in ${city(k)}.`,
            `${rec.first} from ${agency.name} here - your profile matches ${an(role)} ${role} position we are filling right now${showClient ? ` for ${client.name}` : ''}.`,
          ]),
          k
            .some(
              [
                `Pay: ${cur}${k.pick(['18.50/hr', '21.00/hr + weekly pay', '19.75/hr', '24/hr with shift differential'])}`,
                `Shifts: ${k.pick(['1st shift 6a-2:30p', '2nd shift 3p-11:30p', 'weekends', 'Mon-Fri days', 'nights'])}`,
                `Temp-to-hire after ${k.pick(['90 days', '60 days', '520 hours'])}`,
                'No experience needed, paid training',
                'Steel-toe boots required',
              ],
              2,
              4,
            )
            .map((l) => `- ${l}`)
            .join('\n'),
          textMe
            ? `Interested? Reply YES or text me at ${phone} and I'll get you set up!`
            : 'Interested? Just reply to this email with a good time to call.',
          `${personal ? rec.first : rec.name}\n${agency.name}`,
          k.chance(0.5) ? `${agency.name} is an Equal Opportunity Employer. Reply STOP to opt out.` : '',
        ),
        expected: exp(showClient ? client.name : null, role, [
          who(rec, 'recruiter', personal, textMe ? phone : null),
        ]),
      };
    },
  },
  {
    id: 'recruiter-outreach-de',
    label: 'recruiter_outreach',
    note: 'German approach (in-house or Personalberatung): "Ihr Profil ist mir aufgefallen", role with (m/w/d) that the extraction drops',
    count: 9,
    make(k) {
      k.as('de');
      const agency = k.chance(0.45);
      const company = bizCo(k);
      const firm = named(
        `${k.pick(['Hanse', 'Rhein', 'Alster', 'Isar', 'Spree'])} ${k.pick(['Personalberatung', 'Consulting', 'Talent GmbH', 'Recruiting'])}`,
      );
      const showClient = !agency || k.chance(0.4);
      const role = k.pick([
        'Softwareentwickler',
        'Senior Backend-Entwickler',
        'Projektmanager',
        'Data Engineer',
        'Produktmanager',
        'Vertriebsleiter',
        'UX Designer',
        'Teamleiter Buchhaltung',
      ]);
      const rec = k.person(agency ? firm : company);
      const du = !agency && k.chance(0.5);
      const withPhone = k.chance(0.6);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} (m/w/d) bei ${showClient ? company.name : 'unserem Kunden'}`,
          `Spannende Position als ${role} (m/w/d)`,
          `Ihr Profil - ${role}`,
          `Karrierechance: ${role} (m/w/d) in ${city(k)}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          du
            ? `Hallo ${k.candidate.first},`
            : k.pick([
                `Sehr geehrte/r ${k.candidate.name},`,
                `Guten Tag ${k.candidate.name},`,
                `Hallo ${k.candidate.name},`,
              ]),
          du
            ? `ich bin ${rec.first} und kümmere mich bei ${company.name} um das Recruiting. Dein Profil auf ${k.pick(['LinkedIn', 'XING'])} ist mir aufgefallen und ich glaube, du würdest super zu uns passen.`
            : `mein Name ist ${rec.name} von ${agency ? firm.name : company.name}. Ihr Profil auf ${k.pick(['LinkedIn', 'XING'])} ist mir aufgefallen und hat mich direkt angesprochen.`,
          agency
            ? showClient
              ? `Im Auftrag von ${company.name} suche ich aktuell einen ${role} (m/w/d) in ${city(k)}.`
              : `Für einen namhaften Kunden aus der ${k.pick(['Automobilbranche', 'Finanzbranche', 'Logistik', 'Medizintechnik'])} suche ich einen ${role} (m/w/d) in ${city(k)}.`
            : `Wir suchen ${du ? 'gerade' : 'derzeit'} einen ${role} (m/w/d) für unser Team in ${city(k)}${k.chance(0.5) ? ', gerne auch remote' : ''}.`,
          k.pick([
            du
              ? 'Hättest du Lust auf ein kurzes, unverbindliches Telefonat?'
              : 'Hätten Sie Interesse an einem kurzen, unverbindlichen Austausch?',
            du
              ? 'Sag gern Bescheid, wann es dir passt - ich freue mich auf deine Antwort!'
              : 'Ich freue mich auf Ihre Rückmeldung und einen ersten Austausch.',
            du
              ? 'Magst du mir ein paar Termine nennen, an denen ich dich anrufen kann?'
              : 'Gerne sende ich Ihnen vorab die vollständige Stellenbeschreibung zu.',
          ]),
          [
            k.pick(['Viele Grüße', 'Beste Grüße', 'Mit freundlichen Grüßen']),
            rec.name,
            agency ? `Senior Consultant | ${firm.name}` : `Talent Acquisition | ${company.name}`,
            withPhone ? `Tel.: ${rec.phone}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
          k.chance(0.4)
            ? `${agency ? firm.name : company.name} GmbH · Sitz: ${city(k)} · Amtsgericht ${city(k)} HRB ${k.digits(6)}`
            : '',
        ),
        expected: exp(showClient ? company.name : null, role, [
          who(rec, agency ? 'agency_consultant' : 'recruiter', true, withPhone ? rec.phone : null),
        ]),
      };
    },
  },
  {
    id: 'recruiter-outreach-fr',
    label: 'recruiter_outreach',
    note: 'French approach: "votre profil a retenu mon attention", cabinet de recrutement or in-house, CDI',
    count: 8,
    make(k) {
      k.as('fr');
      const agency = k.chance(0.5);
      const company = bizCo(k);
      const firm = named(
        `${k.pick(['Cabinet', 'Groupe'])} ${k.pick(['Lambert', 'Morel', 'Vauban', 'Garnier', 'Fontaine'])} ${k.pick(['Recrutement', 'Conseil', 'Talents'])}`,
      );
      const showClient = !agency || k.chance(0.4);
      const role = k.pick([
        'Développeur Full Stack',
        'Chef de projet',
        'Responsable marketing',
        'Ingénieur DevOps',
        'Product Owner',
        'Contrôleur de gestion',
        'Data Analyst',
      ]);
      const rec = k.person(agency ? firm : company);
      const withPhone = k.chance(0.6);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Opportunité : ${role} (H/F) - ${city(k)}`,
          `${role} H/F chez ${showClient ? company.name : 'notre client'}`,
          `Votre profil - poste de ${role}`,
          `Proposition de poste : ${role} en CDI`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Bonjour ${k.candidate.first},`, `Bonjour ${k.candidate.name},`, 'Bonjour,']),
          k.pick([
            `Votre profil a retenu toute mon attention sur ${k.pick(['LinkedIn', 'Welcome to the Jungle', 'notre CVthèque'])}.`,
            `Je me permets de vous contacter car votre parcours correspond à une opportunité sur laquelle je travaille.`,
          ]),
          agency
            ? showClient
              ? `Je recrute actuellement pour ${company.name} un(e) ${role} en CDI, basé(e) à ${city(k)}.`
              : `J'accompagne un de nos clients, acteur reconnu du secteur ${k.pick(['bancaire', 'de la santé', 'du retail', 'industriel'])}, dans le recrutement d'un(e) ${role} (CDI, ${city(k)}).`
            : `Chez ${company.name}, nous recherchons un(e) ${role} pour renforcer notre équipe à ${city(k)}.`,
          k.pick([
            'Seriez-vous disponible pour un échange téléphonique de 15 minutes cette semaine ?',
            'Seriez-vous ouvert(e) à en discuter ? Je peux vous transmettre la fiche de poste.',
            "N'hésitez pas à me faire part de vos disponibilités pour un premier échange.",
          ]),
          [
            k.pick(['Bien cordialement,', 'Cordialement,', 'Belle journée,']),
            rec.name,
            agency
              ? `Consultant(e) en recrutement - ${firm.name}`
              : `Chargé(e) de recrutement - ${company.name}`,
            withPhone ? `Tél : ${rec.phone}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        ),
        expected: exp(showClient ? company.name : null, role, [
          who(rec, agency ? 'agency_consultant' : 'recruiter', true, withPhone ? rec.phone : null),
        ]),
      };
    },
  },
  {
    id: 'recruiter-outreach-es',
    label: 'recruiter_outreach',
    note: 'Spanish approach: "he visto tu perfil", consultora or in-house, tú form',
    count: 8,
    make(k) {
      k.as('es');
      const agency = k.chance(0.5);
      const company = bizCo(k);
      const firm = named(
        `${k.pick(['Talento', 'Grupo', 'Selecta', 'Norte'])} ${k.pick(['Consultores', 'RRHH', 'Selección', 'Talent'])}`,
      );
      const showClient = !agency || k.chance(0.4);
      const role = k.pick([
        'Desarrollador Backend',
        'Jefe de Proyecto',
        'Analista de Datos',
        'Responsable de Marketing',
        'Ingeniero de Software',
        'Diseñador UX/UI',
        'Técnico de Soporte',
      ]);
      const rec = k.person(agency ? firm : company);
      const withPhone = k.chance(0.6);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Oportunidad: ${role} en ${city(k)}`,
          `${role} - ${showClient ? company.name : 'empresa líder del sector'}`,
          `¿Te interesa un nuevo reto como ${role}?`,
          `Propuesta de empleo: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hola ${k.candidate.first},`,
            `Buenos días ${k.candidate.first}:`,
            `Hola ${k.candidate.first}, ¿qué tal?`,
          ]),
          k.pick([
            `He visto tu perfil en ${k.pick(['LinkedIn', 'InfoJobs', 'nuestra base de datos'])} y me ha parecido muy interesante.`,
            'Te escribo porque tu experiencia encaja muy bien con una posición que estamos gestionando.',
          ]),
          agency
            ? showClient
              ? `Estamos buscando un/a ${role} para ${company.name} en ${city(k)}.`
              : `Colaboramos con una importante empresa del sector ${k.pick(['financiero', 'tecnológico', 'logístico', 'farmacéutico'])} que busca un/a ${role} en ${city(k)}.`
            : `En ${company.name} buscamos un/a ${role} para nuestro equipo de ${city(k)}. Contrato indefinido y ${k.pick(['modelo híbrido', 'teletrabajo 100%', 'horario flexible'])}.`,
          k.pick([
            '¿Te apetece que hablemos? Dime cuándo te viene bien una llamada.',
            '¿Estarías abierto/a a una breve llamada esta semana?',
            'Si te interesa, respóndeme y te envío más información.',
          ]),
          [
            k.pick(['Un saludo,', 'Saludos cordiales,', 'Un abrazo,']),
            rec.name,
            agency ? `Consultora de Selección | ${firm.name}` : `Talent Acquisition | ${company.name}`,
            withPhone ? `Tel. ${rec.phone}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        ),
        expected: exp(showClient ? company.name : null, role, [
          who(rec, agency ? 'agency_consultant' : 'recruiter', true, withPhone ? rec.phone : null),
        ]),
      };
    },
  },
  {
    id: 'referred-by-former-colleague',
    label: 'recruiter_outreach',
    note: 'Recruiter says a named former colleague suggested them; the colleague is a person noted with no role',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const friend = k.person(company);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company);
      const ccFriend = k.chance(0.3);
      return {
        from: k.addr(rec),
        to: to(k),
        cc: ccFriend ? k.addr(friend) : undefined,
        subject: k.pick([
          `${friend.first} ${friend.last} suggested I reach out`,
          `Referred by ${friend.first} - ${role} at ${company.name}`,
          `Intro via ${friend.first}`,
          `${role} at ${company.name} (referral)`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `${friend.name}, who I believe you worked with a few years back, suggested I get in touch. ${friend.first} recently joined us and spoke very highly of you.`,
            `Your former colleague ${friend.name} passed your name along to me - apparently you're the person to talk to!`,
            `${friend.first} ${friend.last} on our ${k.pick(['engineering', 'sales', 'finance', 'product'])} team referred you for our ${role} opening.`,
          ]),
          pitch(k, company, role),
          k.pick(CHAT_ASK),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(rec, 'recruiter', true, s.phone),
          { name: friend.name, email: ccFriend ? friend.email : null, phone: null, role: null },
        ]),
      };
    },
  },
  {
    id: 'rediscovery-past-applicant-new-role',
    label: 'recruiter_outreach',
    note: 'Talent rediscovery: you applied for A last year, now a NEW role B fits — the role to extract is B (trap: application words)',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const field = k.pick(['engineering', 'business', 'product', 'data', 'design'] as const);
      const oldRole = k.role(field);
      let role = k.role(field);
      while (role === oldRole) role = k.role(field);
      const rec = k.person(company);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company, 0.3);
      const personal = k.chance(0.7);
      return {
        from: personal ? k.addr(rec) : `${rec.name} at ${company.name} <talent@${company.domain}>`,
        to: to(k),
        subject: k.pick([
          `New opportunity at ${company.name}: ${role}`,
          `We remembered you - ${role}`,
          `${k.candidate.first}, a new ${role} role at ${company.name}`,
          `Reconnecting from ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `You applied for our ${oldRole} position ${k.pick(['last year', 'a few months ago', 'back in the spring'])}, and while that one didn't work out, your profile stayed with us.`,
            `We spoke ${k.pick(['last year', 'a while back'])} when you were in process for ${oldRole}. I kept your details in our talent pool and wanted to reconnect.`,
            `You're in our talent community from a previous application, and a new role just opened that I think suits you even better.`,
          ]),
          `We've just opened ${an(role)} ${role} position${k.chance(0.5) ? ` in ${city(k)}` : ''}, and I immediately thought of you.`,
          k.pick([
            "If you're interested, reply here and I'll set up a call - you wouldn't need to re-apply.",
            'Would you like to hear more?',
            `Take a look at the description and let me know what you think: ${k.system('greenhouse', 'lever', 'workday', 'smartrecruiters').link(company, k.digits(6))}`,
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(rec, 'recruiter', personal || s.text.includes(rec.email), s.phone),
        ]),
      };
    },
  },
  {
    id: 'healthcare-recruiter-sign-on-bonus',
    label: 'recruiter_outreach',
    note: 'Hospital/health-system recruiter or travel-nurse agency: sign-on bonus, weekly pay, shifts, licence',
    count: 9,
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-GB', 'en-AU'] as const));
      const hospital = named(
        `${k.pick(['Riverbend', 'Kingsbridge', 'Moorland', 'Fairview', 'Ashford', 'Westgate', 'Pinecrest'])} ${k.pick(['Community Hospital', 'Health', 'Medical Center', 'Regional Health System'])}`,
      );
      const role = k.pick([
        'Registered Nurse',
        'ICU Registered Nurse',
        'Physical Therapist',
        'Pharmacy Technician',
        'Medical Assistant',
        'Dental Hygienist',
        'Surgical Technologist',
      ]);
      const rec = k.person(hospital);
      const s = sign(
        k,
        rec,
        k.pick([
          'Nurse Recruiter',
          'Clinical Recruiter',
          'Healthcare Recruiter',
          'Talent Acquisition Specialist',
        ]),
        hospital,
        0.8,
      );
      const unit = k.pick([
        'Med-Surg unit',
        'ICU',
        'Emergency Department',
        'Labor & Delivery unit',
        'Outpatient Rehab team',
        'Oncology unit',
      ]);
      const cur = k.locale === 'en-GB' ? '£' : k.locale === 'en-AU' ? 'A$' : '$';
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} - ${k.pick(['sign-on bonus', 'sign-on bonus available', 'flexible shifts', 'new grad friendly'])}`,
          `${hospital.name} is recruiting: ${role} (${unit})`,
          `${k.candidate.first}, ${role} opportunity at ${hospital.name}`,
          `Looking for ${role}s - ${unit}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm a recruiter with ${hospital.name} and I came across your resume. We're hiring ${an(role)} ${role} for our ${unit}.`,
            `${hospital.name} has openings for ${an(role)} ${role} in ${unit} and I wanted to reach out personally.`,
            `Your profile came up in our search for an experienced ${role}. Our ${unit} team is growing!`,
          ]),
          k
            .some(
              [
                `${cur}${k.pick(['2,000', '5,000', '10,000', '15,000'])} sign-on bonus`,
                `${k.pick(['3x12s', 'nights', 'days/weekends', '8-hour shifts'])} available`,
                'Relocation assistance',
                'Tuition reimbursement and clinical ladder',
                `Pay from ${cur}${k.pick(['42/hr', '48/hr', '39.50/hr', '45/hr'])} depending on experience`,
                'Benefits from day one',
              ],
              2,
              4,
            )
            .map((l) => `• ${l}`)
            .join('\n'),
          k.pick([
            'Do you have a few minutes to talk this week? You can call or text me anytime.',
            'Are you open to learning more? Reply with the best time to reach you.',
            'If this sounds interesting, let me know and I can walk you through the details.',
          ]),
          s.text,
        ),
        expected: exp(hospital.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'agency-several-roles-roundup',
    label: 'recruiter_outreach',
    note: 'Agency lists several live roles (some clients named) in one mail: no single company or role to extract',
    count: 7,
    make(k) {
      const agency = agencyCo(k);
      const c = k.person(agency);
      const s = sign(k, c, k.pick(AGENCY_TITLES), agency, 0.7);
      const field = k.pick(['engineering', 'business', 'data'] as const);
      const lines = [0, 1, 2, 3].slice(0, k.int(2, 4)).map(() => {
        const r = k.role(field);
        return `- ${r}${k.chance(0.5) ? ` - ${bizCo(k).name}` : ` - ${k.pick(SECTORS)} client`} - ${money(k, k.pick([45, 55, 65, 75]), k.pick([85, 95, 110, 130]))} - ${k.pick(['Remote', 'Hybrid', city(k)])}`;
      });
      return {
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `A few roles that might interest you`,
          `${k.pick(['Hot', 'New', 'Live'])} ${field} roles this week`,
          `${k.candidate.first} - roles matching your profile`,
          'Open to a move?',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm ${c.first} at ${agency.name} - I specialise in ${field} hiring and I've got a few roles on that I think match your background:`,
            `Hope you're well! Reaching out as I have several live positions that look relevant to your experience:`,
          ]),
          lines.join('\n'),
          k.pick([
            'Would any of these be of interest? Happy to share more detail on a call.',
            'If any catch your eye let me know and I will send the spec. Also happy to chat generally about the market.',
          ]),
          s.text,
        ),
        expected: exp(null, null, [who(c, 'agency_consultant', true, s.phone)]),
      };
    },
  },
  {
    id: 'job-board-employer-invite-to-apply',
    label: 'recruiter_outreach',
    note: 'Job-board relay of an employer approach ("X invited you to apply", "An employer is interested in your resume") — not an alert',
    count: 10,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const board = k.pick(['Indeed', 'ZipRecruiter', 'Glassdoor', 'Dice', 'Hired', 'Wellfound']);
      const showName = k.chance(0.5);
      return {
        from: k.pick([
          `${company.name} via ${board} <invitations@${board.toLowerCase()}.example>`,
          `${board} <noreply@${board.toLowerCase()}.example>`,
          `${showName ? rec.first + ' at ' + company.name : company.name} <employer-messages@${board.toLowerCase()}.example>`,
        ]),
        to: to(k),
        subject: k.pick([
          `${company.name} invited you to apply: ${role}`,
          `An employer is interested in your resume`,
          `${k.candidate.first}, ${company.name} wants you to apply for ${role}`,
          `You've been invited to apply to ${role}`,
          `New message from ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `[image: ${board}]`,
          k.pick([
            `Good news! ${company.name} reviewed your profile and invited you to apply for ${role}.`,
            `An employer found your resume on ${board} and thinks you could be a great fit.`,
            `${company.name} sent you a personal invitation to apply.`,
          ]),
          `${role}\n${company.name} - ${city(k)}\n${k.pick(['Full-time', 'Full-time · Remote', 'Part-time', 'Contract'])}${k.chance(0.5) ? ' · ' + money(k, 50, 120) : ''}`,
          showName
            ? `Message from ${rec.name}, ${k.pick(RECRUITER_TITLES)}:\n"${k.pick([
                `Hi ${k.candidate.first}, your experience looks like a great match for our ${role} role. I'd love for you to apply!`,
                `Hello! We think your background fits this position well. Let me know if you have questions.`,
              ])}"`
            : '',
          `${k.pick(['Apply now', 'View job and apply', 'Respond to invitation'])}: https://www.${board.toLowerCase()}.example/invite/${k.token(14)}`,
          k.pick(['Not interested? Let the employer know.', 'Invitations expire in 14 days.', '']),
          `You're receiving this because your resume is visible to employers on ${board}. Manage settings · Unsubscribe`,
        ),
        expected: exp(company.name, role, showName ? [who(rec, 'recruiter', false)] : []),
      };
    },
  },
  {
    id: 'former-manager-now-hiring',
    label: 'recruiter_outreach',
    note: 'An ex-manager or ex-colleague who moved companies and now hires: personal tone, from a personal or new work address',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const old = bizCo(k);
      const role = k.role();
      const hm = k.person(k.chance(0.5) ? company : undefined);
      return {
        from: k.addr(hm),
        to: k.candidate.email,
        subject: k.pick([
          'long time!',
          `Come work with me again? 🙂`,
          `Hiring at ${company.name}`,
          `Thought of you - ${role}`,
          `catching up + a role`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hey ${k.candidate.first}!`, `Hi ${k.candidate.first},`, `${k.candidate.first}!`]),
          k.pick([
            `Hope you're doing well - it's been ages since the ${old.name} days.`,
            `It's been way too long! I still think about that launch we pulled off at ${old.name}.`,
            `Hope life is treating you well since ${old.name}.`,
          ]),
          k.pick([
            `As you might have seen, I joined ${company.name} last year and I'm now hiring ${an(role)} ${role} on my team.`,
            `I'm leading a team at ${company.name} now and we just opened ${an(role)} ${role} role. You were the first person I thought of.`,
            `Quick one: we're hiring ${an(role)} ${role} at ${company.name} and I'd love to have you on board if you're at all open to a change.`,
          ]),
          k.pick([
            'Want to grab a coffee or jump on a call and I can tell you more?',
            'No pressure at all - but if you are curious, let me know and I will put you straight in touch with our recruiter.',
            'Let me know if you fancy a chat!',
          ]),
          k.pick([hm.first, `- ${hm.first}`, `Cheers,\n${hm.first}`]),
        ),
        expected: exp(company.name, role, [who(hm, 'hiring_manager')]),
      };
    },
  },
  {
    id: 'campus-recruiter-early-careers',
    label: 'recruiter_outreach',
    note: 'Campus / early-careers recruiter writing to a student or graduate about a programme they did not apply to',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = k.pick([
        'Graduate Software Engineer',
        'Summer Analyst Intern',
        'Graduate Trainee, Finance',
        'Associate Product Manager',
        'Software Engineering Intern',
        'Rotational Program Associate',
      ]);
      const rec = k.person(company);
      const s = sign(
        k,
        rec,
        k.pick([
          'University Recruiter',
          'Campus Recruiter',
          'Early Careers Recruiter',
          'Emerging Talent Partner',
        ]),
        company,
        0.3,
      );
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${company.name} ${role} - we'd love you to apply`,
          `Invitation to apply: ${role}`,
          `${k.candidate.first}, your profile caught our eye`,
          `Early careers at ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm on the early careers team at ${company.name}. I came across your profile on your university's career portal and was impressed by your ${k.pick(['projects', 'internship experience', 'coursework', 'hackathon results'])}.`,
            `We met briefly at your campus's ${k.pick(['tech', 'spring', 'engineering'])} fair - or at least I saw your CV in our fair scans! - and wanted to follow up personally.`,
            `Your profile stood out in our search for ${k.pick(['computer science', 'economics', 'engineering', 'maths'])} students graduating this year.`,
          ]),
          `Applications for our ${role} programme are open until ${dateIn(k, k.later(10, 25))} and I think you'd be a strong candidate.`,
          k.pick([
            `Here's the link to apply: ${k.system('workday', 'greenhouse', 'successfactors').link(company, k.digits(6))}`,
            "I'm also happy to jump on a quick call to answer any questions about the programme.",
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// reference_request

const REF_VENDORS = ['Vouchly', 'RefCheckr', 'Referoo', 'TrueVouch', 'CheckedIn References'];

const REFEREE_DETAILS = [
  'full name',
  'job title',
  'company',
  'how you know them / your working relationship',
  'email address',
  'phone number',
  'dates you worked together',
];

const referenceFamilies: Family[] = [
  {
    id: 'recruiter-asks-referees-after-final',
    label: 'reference_request',
    note: 'In-house recruiter after the final round asks for 2–3 professional referees with their details; sometimes a decision date',
    count: 11,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company);
      const n = k.pick(['two', 'three', '2-3', '2 or 3', 'at least two']);
      const decide = k.chance(0.35) ? k.later(4, 10) : null;
      const details = k.some(REFEREE_DETAILS, 3, 5);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          'References',
          `${role} - references`,
          `Next step: references for ${company.name}`,
          `Re: ${role} interview`,
          'Could you send over your references?',
          `Reference details - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks again for your time with the team ${k.pick(['on Tuesday', 'yesterday', 'last week', 'this week'])}. Everyone really enjoyed meeting you and talking about the ${role} role.`,
            `Thank you for coming in for the final interview for the ${role} position.`,
            `Hope you had a good weekend! Following on from your final round for ${role}:`,
          ]),
          k.pick([
            `As the next step, could you please send me ${n} professional references? Ideally at least one should be a current or former manager.`,
            `We'd now like to move to references. Please could you provide ${n} referees who can speak to your work${k.chance(0.5) ? ', including your most recent line manager' : ''}.`,
            `Before we can finalise anything, we need to check references. Could you share contact details for ${n} people you have worked with closely?`,
          ]),
          k.chance(0.7) ? `For each referee please include:\n${details.map((d) => `- ${d}`).join('\n')}` : '',
          k.pick([
            "We won't contact anyone without letting you know first.",
            'Please give them a heads-up that we may be in touch.',
            `We'll reach out by ${k.pick(['email', 'phone', 'email or phone'])} and it usually takes a couple of days.`,
            '',
          ]),
          decide
            ? k.pick([
                `We're hoping to make a final decision by ${dateIn(k, decide)}.`,
                `Once references are back we expect to have an answer for you by ${dateIn(k, decide)}.`,
              ])
            : '',
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, s.phone)], {
          decisionBy: decide?.ymd,
        }),
      };
    },
  },
  {
    id: 'moving-to-references-good-news',
    label: 'reference_request',
    note: 'Hiring manager or recruiter: "good news — we\'re moving to references", with the hiring manager cc\'d; upbeat but not an offer',
    count: 10,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const byHm = k.chance(0.4);
      const rec = k.person(company);
      const hm = k.person(company);
      const sender = byHm ? hm : rec;
      const ccOther = k.chance(0.5);
      const s = sign(
        k,
        sender,
        byHm
          ? k.pick(['Head of Operations', 'Engineering Manager', 'Director of Finance', 'Product Lead'])
          : k.pick(RECRUITER_TITLES),
        company,
        0.35,
      );
      const people = [who(sender, byHm ? 'hiring_manager' : 'recruiter', true, s.phone)];
      if (ccOther) people.push(who(byHm ? rec : hm, byHm ? 'recruiter' : 'hiring_manager'));
      return {
        from: k.addr(sender),
        to: to(k),
        cc: ccOther ? k.addr(byHm ? rec : hm) : undefined,
        subject: k.pick([
          'Good news + next steps',
          `${company.name}: next steps`,
          `Re: ${role} - final interview`,
          'Moving forward - references',
          `Next stage for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Good news - the team was really impressed and we'd like to move forward to the reference stage for the ${role} role.`,
            `I'm happy to let you know you're our preferred candidate for ${role}, and we'd like to move to references.`,
            `Thanks for your patience. We've finished the interviews and we're now moving to references with you for ${role}.`,
          ]),
          k.pick([
            'Could you send me the names and contact details of two people who have managed you in the last few years?',
            'Please reply with two or three referees (name, relationship, email and phone) at your earliest convenience.',
            `When you get a chance, could you send over a couple of references? ${byHm ? rec.first + ' will' : 'I will'} reach out to them this week.`,
          ]),
          k.pick([
            "Once we have those back we'll be in touch about next steps.",
            'Let me know if you have any questions in the meantime.',
            'Fingers crossed we can wrap this up quickly!',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, people),
      };
    },
  },
  {
    id: 'vendor-nominate-referees-link',
    label: 'reference_request',
    note: 'Reference-check vendor email on behalf of the employer: nominate referees via a link before a deadline; system sender',
    count: 10,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const vendor = k.pick(REF_VENDORS);
      const vslug = vendor.toLowerCase().replace(/[^a-z]/g, '');
      const rec = k.person(company);
      const showRec = k.chance(0.5);
      const recEmail = k.chance(0.5);
      const due = k.later(2, 5);
      const n = k.pick([2, 3]);
      return {
        from: k.pick([
          `${company.name} via ${vendor} <noreply@${vslug}.example>`,
          `${vendor} <references@${vslug}.example>`,
          `${vendor} on behalf of ${company.name} <no-reply@mail.${vslug}.example>`,
        ]),
        to: to(k),
        subject: k.pick([
          `${company.name} has requested your references`,
          `Action required: nominate your referees for ${company.name}`,
          `Reference check for ${role} - please add your referees`,
          `Your reference check with ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `[image: ${vendor}]`,
          k.hello(true),
          k.pick([
            `${company.name} has asked ${vendor} to complete your reference check for the ${role} position.`,
            `As part of your application for ${role}, ${company.name} uses ${vendor} to collect references online.`,
            `You are in the final stages of the hiring process for ${role} at ${company.name}. The next step is your reference check.`,
          ]),
          `Please nominate ${k.pick([`${n}`, `at least ${n}`, `${n} to ${n + 2}`])} referees${k.chance(0.5) ? `, including ${k.pick(['one current or former manager', 'two people who have supervised you', 'at least one manager'])}` : ''}. Your referees will receive a short online questionnaire, which takes about ${k.pick([10, 15, 20])} minutes.`,
          `${k.pick(['Get started', 'Nominate referees', 'Add my referees'])}: https://app.${vslug}.example/c/${k.token(18)}`,
          k.pick([
            `Please complete this by ${dateIn(k, due)}.`,
            `This link expires in ${k.pick([48, 72])} hours.`,
            `The sooner your referees respond, the sooner ${company.name} can make a decision.`,
          ]),
          showRec
            ? `Questions about the role? Contact ${rec.name}${recEmail ? ` at ${rec.email}` : ''}.`
            : '',
          `${vendor} respects your privacy. Your information is only shared with ${company.name}.\nPlease do not reply to this automated email.`,
        ),
        expected: exp(company.name, role, showRec ? [who(rec, 'recruiter', recEmail)] : []),
      };
    },
  },
  {
    id: 'vendor-reference-reminder-outstanding',
    label: 'reference_request',
    note: 'Vendor reminder: referees not yet nominated, or a referee has not responded — add another; short, automated',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const vendor = k.pick(REF_VENDORS);
      const vslug = vendor.toLowerCase().replace(/[^a-z]/g, '');
      const ref = k.person();
      const kind = k.int(0, 2);
      const role = kind !== 1 && k.chance(0.6) ? k.role() : null;
      return {
        from: `${vendor} <reminders@${vslug}.example>`,
        to: k.candidate.email,
        subject: [
          `Reminder: please nominate your referees${role ? ` - ${role}` : ''}`,
          `Your referee ${ref.first} ${ref.last} hasn't responded yet`,
          `${company.name} is waiting on your reference check`,
        ][kind]!,
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          [
            `You haven't nominated any referees yet for your ${role ?? 'application'} with ${company.name}. Please add ${k.pick(['2', '3', 'at least 2'])} referees so we can complete your check.`,
            `${ref.name} hasn't completed their reference for ${company.name} yet. You can send them a reminder or nominate a different referee.`,
            `Your reference check for ${company.name}${role ? ` (${role})` : ''} is ${k.pick(['1 of 3', '0 of 2', '1 of 2'])} complete. Please make sure your referees' details are correct, or add another referee.`,
          ][kind]!,
          `${k.pick(['Continue', 'Open my check', 'Add a referee'])}: https://app.${vslug}.example/c/${k.token(18)}`,
          `${vendor} · Reference checks made simple\nYou are receiving this because ${company.name} requested a reference check.`,
        ),
        expected: exp(
          company.name,
          role,
          kind === 1 ? [{ name: ref.name, email: null, phone: null, role: 'reference' }] : [],
        ),
      };
    },
  },
  {
    id: 'agency-consultant-references-for-client',
    label: 'reference_request',
    note: 'Agency consultant asks for referee details for their client after the final interview; informal, phone in signature',
    count: 9,
    make(k) {
      const agency = agencyCo(k);
      const client = bizCo(k);
      const role = k.role();
      const c = k.person(agency);
      const s = sign(k, c, k.pick(AGENCY_TITLES), agency, 0.8);
      return {
        from: k.addr(c),
        to: k.candidate.email,
        subject: k.pick([
          `${client.name} - references`,
          `Re: ${client.name} final interview`,
          'Referees please',
          `${role} @ ${client.name} - next step`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Great feedback from ${client.name} after yesterday's ${role} interview - they'd like to take up references before making a final decision.`,
            `Quick update: ${client.name} want to progress you for the ${role} role and have asked for two references.`,
            `As discussed on the phone, ${client.name} need references before they can move forward on the ${role} role.`,
          ]),
          k.pick([
            'Could you send me two referees, ideally your last two line managers, with a phone number and email for each?',
            'Can you pop over the details of two professional referees (name, job title, company, email, mobile)? One needs to be your current or most recent manager.',
            "Please send me your referees' details as soon as you can - I'll do the calls myself so it's quick.",
          ]),
          k.pick(['Speak soon,', "Give me a ring if you've got questions.", '']),
          s.text,
        ),
        expected: exp(client.name, role, [who(c, 'agency_consultant', true, s.phone)]),
      };
    },
  },
  {
    id: 'public-sector-referee-details-form',
    label: 'reference_request',
    note: 'Formal public-sector/university HR letter: provide two referees covering 3 years via form or portal; job reference number to strip',
    count: 9,
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-US'] as const));
      const org = named(
        `${k.pick(['Riverbend', 'Kingsbridge', 'Moorland', 'Ashford', 'Westgate', 'Pinecrest'])} ${k.pick(['Borough Council', 'University', 'Health NHS Trust', 'County Council', 'College', 'Housing Association'])}`,
      );
      const role = k.pick([
        'Administrative Officer',
        'Research Assistant',
        'Senior Accountant',
        'HR Generalist',
        'Project Manager',
        'Library Assistant',
        'Registered Nurse',
      ]);
      const ref = `${k.pick(['REF', 'Job Ref', 'Vacancy'])} ${k.pick(['', 'HR-', 'C'])}${k.digits(5)}`;
      const hr = k.person(org);
      const showHr = k.chance(0.6);
      const portal = k.chance(0.5);
      const due = k.later(3, 7);
      return {
        from: showHr ? k.addr(hr) : `${org.name} Recruitment <recruitment@${org.domain}>`,
        to: to(k),
        subject: k.pick([
          `${role} (${ref}) - request for referee details`,
          `Pre-employment checks: references - ${role}`,
          `Your application: ${role} - ${ref}`,
          `Request for references`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `${k.pick(['Following your recent interview', 'Further to your interview', 'Thank you for attending interview'])} for the post of ${role} (${ref}), we are now seeking references.`,
          `Please provide details of two referees, one of whom must be your current or most recent employer. Together your referees should cover at least the last ${k.pick(['three', 'two', 'five'])} years of employment or study. We are unable to accept references from relatives or from people writing solely as friends.`,
          portal
            ? `Please log in to your candidate account to enter your referees' details: https://jobs.${org.domain}/candidate/references`
            : 'Please complete the attached referee details form and return it to this email address.',
          `We would be grateful to receive this by ${dateIn(k, due)}.`,
          showHr
            ? `Yours sincerely,\n\n${hr.name}\n${k.pick(['Recruitment Officer', 'HR Adviser', 'Resourcing Coordinator'])}\n${org.name}`
            : `Yours sincerely,\n\nRecruitment Team\n${org.name}`,
          k.chance(0.5)
            ? `${org.name} is committed to safeguarding and promoting the welfare of children and vulnerable adults.`
            : '',
        ),
        expected: exp(org.name, role, showHr ? [who(hr, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'consent-to-contact-references',
    label: 'reference_request',
    note: 'Recruiter/ATS asks for referees AND consent to contact them (incl. current employer) before checks start',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const system = k.system('greenhouse', 'lever', 'workday', 'smartrecruiters', 'ashby');
      const bySystem = k.chance(0.4);
      const rec = k.person(company);
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company, 0.3);
      return {
        from: bySystem ? system.from(company) : k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Reference check consent - ${role}`,
          `${company.name}: references and consent`,
          'Action needed: references',
          `Please provide references for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          bySystem ? k.header(company) : '',
          k.hello(),
          `As part of the final stage for the ${role} role at ${company.name}, we carry out reference checks.`,
          k.pick([
            `Please provide ${k.pick(['two', 'three'])} professional references and confirm that you consent to us contacting them.`,
            'Before we reach out to anyone, we need your permission. Please submit your references and tick the consent box on the form.',
          ]),
          k.pick([
            'Please also let us know whether we may contact your current employer, or whether you would prefer we wait until an offer stage.',
            "We won't contact your current employer without your explicit agreement.",
            'If you would rather we did not contact a particular referee yet, just note that on the form.',
          ]),
          `${k.pick(['Submit references', 'Provide references', 'Complete form'])}: ${system.link(company, k.token(10))}`,
          bySystem ? `Thanks,\n${company.name} Recruiting` : s.text,
          bySystem ? k.footer(company, system) : '',
        ),
        expected: exp(company.name, role, bySystem ? [] : [who(rec, 'recruiter', true, s.phone)]),
      };
    },
  },
  {
    id: 'referenzen-anfrage-de',
    label: 'reference_request',
    note: 'German request for Referenzen / Referenzgeber after the final interview, Sie-form',
    count: 8,
    make(k) {
      k.as('de');
      const company = bizCo(k);
      const role = k.pick([
        'Projektmanager',
        'Softwareentwickler',
        'Controller',
        'Teamleiter Vertrieb',
        'Produktmanager',
        'Personalreferent',
      ]);
      const rec = k.person(company);
      const withPhone = k.chance(0.5);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Referenzen - ${role} (m/w/d)`,
          'Bitte um Referenzen',
          `Ihre Bewerbung als ${role} - nächster Schritt`,
          `AW: Vorstellungsgespräch ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Sehr geehrte/r ${k.candidate.name},`,
            `Hallo ${k.candidate.first},`,
            `Guten Tag ${k.candidate.name},`,
          ]),
          k.pick([
            `vielen Dank für das angenehme Gespräch zur Position ${role} in der vergangenen Woche.`,
            `herzlichen Dank nochmals für Ihren Besuch bei uns und das Gespräch über die Stelle als ${role}.`,
            `wir freuen uns, Ihnen mitteilen zu können, dass wir den Bewerbungsprozess für die Position ${role} mit Ihnen fortsetzen möchten.`,
          ]),
          k.pick([
            'Als nächsten Schritt würden wir gerne Referenzen einholen. Könnten Sie uns bitte zwei Referenzgeber (Name, Position, Unternehmen, Telefon und E-Mail) nennen?',
            'Bevor wir eine finale Entscheidung treffen, bitten wir Sie um die Kontaktdaten von zwei bis drei Referenzpersonen, idealerweise ehemalige Vorgesetzte.',
          ]),
          k.pick([
            'Selbstverständlich kontaktieren wir Ihren aktuellen Arbeitgeber nur nach Rücksprache mit Ihnen.',
            'Gerne können Sie uns auch aktuelle Arbeitszeugnisse zusenden.',
            '',
          ]),
          [
            k.pick(['Mit freundlichen Grüßen', 'Viele Grüße', 'Beste Grüße']),
            rec.name,
            `HR | ${company.name}`,
            withPhone ? `Tel.: ${rec.phone}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, withPhone ? rec.phone : null)]),
      };
    },
  },
  {
    id: 'solicitud-referencias-es',
    label: 'reference_request',
    note: 'Spanish request for referencias after interviews (tú or usted), sometimes via a consultora for a named client',
    count: 8,
    make(k) {
      k.as('es');
      const company = bizCo(k);
      const role = k.pick([
        'Jefe de Proyecto',
        'Analista Financiero',
        'Desarrolladora Frontend',
        'Responsable de Compras',
        'Ingeniero de Datos',
      ]);
      const rec = k.person(company);
      const withPhone = k.chance(0.5);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Referencias - ${role}`,
          'Solicitud de referencias',
          `Siguiente paso en tu candidatura - ${company.name}`,
          `RE: Entrevista ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hola ${k.candidate.first}:`,
            `Estimado/a ${k.candidate.name}:`,
            `Buenas tardes ${k.candidate.first},`,
          ]),
          k.pick([
            `Muchas gracias de nuevo por tu tiempo en la entrevista final para el puesto de ${role}.`,
            `Te escribo en relación con el proceso de selección para el puesto de ${role} en ${company.name}.`,
          ]),
          k.pick([
            '¿Podrías facilitarnos el contacto de dos referencias profesionales (nombre, cargo, empresa, email y teléfono)? Preferiblemente antiguos responsables directos.',
            'Como siguiente paso, necesitamos contrastar referencias. Te agradecería que nos enviaras los datos de dos o tres personas con las que hayas trabajado.',
          ]),
          k.pick([
            'No contactaremos con tu empresa actual sin tu autorización.',
            'Quedo a la espera de tus noticias.',
            '',
          ]),
          [
            k.pick(['Un saludo,', 'Saludos cordiales,']),
            rec.name,
            `Recursos Humanos - ${company.name}`,
            withPhone ? rec.phone : '',
          ]
            .filter(Boolean)
            .join('\n'),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', true, withPhone ? rec.phone : null)]),
      };
    },
  },
  {
    id: 'short-reply-could-you-send-references',
    label: 'reference_request',
    note: 'Two-line reply on an existing thread ("could you send over 2 references?") above the candidate\'s quoted thank-you note',
    count: 9,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company, k.pick(['first', 'first.last'] as const));
      const hm = k.chance(0.4);
      const earlier = k.sent.plusDays(-k.int(1, 3));
      const thanks = k.paragraphs(
        `Hi ${rec.first},`,
        `Thank you so much for ${k.pick(['arranging the interviews today', 'your time today', 'the chat this afternoon'])}. I really enjoyed learning more about the ${role} role and the team at ${company.name}.`,
        'Please let me know if there is anything else you need from me.',
        `Best,\n${k.candidate.name}`,
      );
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `Re: Thank you - ${role}`,
          `Re: ${role} interview`,
          'Re: Thanks!',
          `RE: Following up - ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `${k.candidate.first} -`, 'Hi!']),
          k.pick([
            `Thanks for the note! The team enjoyed it too. Could you send over 2 references when you get a chance?`,
            `Great to hear. We're moving ahead - could you share contact info for ${k.pick(['two', 'three'])} references, ideally including a former manager?`,
            `Thank you! Next step on our end is references - please send me a couple of names with emails and phone numbers.`,
          ]),
          hm ? `${k.pick(['Sending from my phone so excuse brevity.', ''])}` : '',
          `${rec.first}${k.chance(0.4) ? `\n${k.pick(RECRUITER_TITLES)}, ${company.name}` : ''}`,
          k.quote(thanks, k.candidate, earlier),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// other: traps full of job words

/** "EST", "CEST"… for a moment's offset (the kit keeps offsets right for the month). */
function tzAbbr(m: Moment): string {
  const summer = m.month >= 4 && m.month <= 10;
  const names: Record<number, string> = summer
    ? {
        [-240]: 'EDT',
        [-300]: 'CDT',
        [-420]: 'PDT',
        0: 'GMT',
        60: 'BST',
        120: 'CEST',
        330: 'IST',
        600: 'AEST',
      }
    : { [-300]: 'EST', [-360]: 'CST', [-480]: 'PST', 0: 'GMT', 60: 'CET', 330: 'IST', 660: 'AEDT' };
  if (m.offset === 60 && summer) return 'BST';
  return names[m.offset] ?? 'UTC';
}

/** The candidate as a sender. */
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
      `Kind regards,\n${c.name}\n${c.phone}\nlinkedin.com/in/${ascii(c.first + c.last).toLowerCase()}`,
      `Thank you,\n${c.first}`,
      `Warmly,\n${c.first} ${c.last}`,
    ]) + (k.chance(0.15) ? '\n\nSent from my iPhone' : '')
  );
}

function newsletterBrand(k: Kit): { name: string; domain: string } {
  const name = k.pick([
    'The Career Brief',
    'Hired Weekly',
    'Offer Letter',
    'The Job Hunt',
    'Next Move',
    'Career Compass',
    'Interview Club',
    'The Muse-letter',
  ]);
  return {
    name,
    domain: `${ascii(name)
      .toLowerCase()
      .replace(/[^a-z]/g, '')}.example`,
  };
}

const otherFamilies: Family[] = [
  {
    id: 'career-newsletter-interview-questions',
    label: 'job_alert',
    note: 'Careers newsletter/listicle ("10 interview questions to prepare for"): interview, offer and recruiter words, no process',
    count: 10,
    make(k) {
      const b = newsletterBrand(k);
      const n = k.pick([5, 7, 10, 12, 15]);
      const headline = k.pick([
        `${n} interview questions to prepare for (and how to answer them)`,
        'The interview question that trips everyone up',
        `How to negotiate your offer: ${n} scripts that work`,
        'Why recruiters ghost you - and what to do about it',
        'What hiring managers really look for in a final round',
        `${n} red flags to watch for in a job offer`,
        'The STAR method, explained in 3 minutes',
      ]);
      const items = k
        .some(
          [
            '"Tell me about yourself" - a 60-second structure that works',
            'How to answer "What is your biggest weakness?" without the clichés',
            'Salary expectations: when to name a number',
            'Questions YOU should ask at the end of an interview',
            'Following up after an interview: timing and templates',
            'How to turn down an offer gracefully',
            'Reading between the lines of a rejection email',
            'Preparing for a panel interview',
            'Your references: who to pick and how to brief them',
          ],
          3,
          5,
        )
        .map((t, i) => `${i + 1}. ${t}\nRead more: https://${b.domain}/p/${k.token(10)}`)
        .join('\n\n');
      return {
        from: k.pick([`${b.name} <newsletter@${b.domain}>`, `${b.name} <hello@${b.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([headline, `${b.name}: ${headline}`, `This week: ${headline.toLowerCase()}`]),
        date: k.date,
        body: k.paragraphs(
          k.chance(0.5) ? `[image: ${b.name}]` : 'View in browser',
          k.pick([`Hi ${k.candidate.first},`, 'Hey there,', 'Happy Tuesday!', '']),
          k.pick([
            `This week we're tackling ${headline.toLowerCase()}. Whether you have an interview coming up or you're just starting your search, these tips will help you stand out.`,
            `Interview season is here. We asked ${k.int(20, 300)} hiring managers what separates good candidates from great ones - here's what they said.`,
          ]),
          k.pick(['IN THIS ISSUE', "This week's reads", 'Top stories']),
          items,
          k.chance(0.5)
            ? `SPONSORED: ${k.pick(['Get your resume reviewed by an expert - 20% off this week', 'Practice interviews with AI feedback - start free', 'Land more interviews with our cover letter builder'])}`
            : '',
          `You're receiving this because you subscribed to ${b.name}.\nUnsubscribe: https://${b.domain}/unsubscribe?u=${k.token(12)} · Update preferences`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'blog-post-how-to-follow-up-after-interview',
    label: 'job_alert',
    note: 'Blog/Substack post delivered by email with a sample thank-you and follow-up template inside (trap: template mimics real mail)',
    count: 9,
    make(k) {
      const author = k.person();
      const pub = k.pick([
        'Career Notes',
        'Unemployed & Thriving',
        'The Hiring Side',
        'Work in Progress',
        'Ask a Recruiter',
      ]);
      const slug = ascii(pub)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const title = k.pick([
        'How to follow up after an interview (templates inside)',
        'What to send after the final round',
        "It's been two weeks since my interview. Should I email them?",
        'The thank-you note is not dead',
        'How I handle a recruiter who went quiet',
      ]);
      const template = k.pick([
        `"Hi [Name], Thank you for taking the time to speak with me about the [Role] position. I enjoyed learning about [specific project] and I'm excited about the opportunity to join [Company]. Please let me know if I can provide anything else."`,
        `"Hi [Recruiter], I hope you're well. I wanted to check in on the status of my application for [Role]. I remain very interested and would be glad to share anything else you need."`,
        `"Dear [Hiring Manager], Thank you again for the interview on [date]. I wanted to follow up to see if there is an update on the timeline for a decision."`,
      ]);
      return {
        from: k.pick([
          `${author.name} from ${pub} <${slug}@substack.example>`,
          `${pub} <newsletter@${slug}.example>`,
          `Medium Daily Digest <noreply@medium.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([title, `${title} | ${pub}`, `New post: ${title}`]),
        date: k.date,
        body: k.paragraphs(
          title,
          `${author.name} · ${k.int(3, 12)} min read`,
          k.pick([
            "You've just walked out of an interview. Now what? Most candidates either send nothing or send a generic note. Here's what works.",
            "I've been a recruiter for eleven years, and the number one question I get is how and when to follow up. Here's my honest answer.",
            'Silence after an interview is the worst. But a good follow-up email can keep you top of mind without being pushy.',
          ]),
          `Here's a template you can steal:\n\n${template}`,
          k.pick([
            'Send it within 24 hours, keep it under 150 words, and mention one specific thing from the conversation.',
            "If you haven't heard back in a week, it's fine to send one polite check-in. After that, move on.",
          ]),
          `Read the full post: https://${slug}.substack.example/p/${k.token(10)}`,
          k.pick(['Like · Comment · Restack', '♡ 214  💬 37', '']),
          `© ${k.sent.year} ${author.name}. Unsubscribe`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'webinar-registration-interview-skills',
    label: 'job_alert',
    note: 'Webinar registration confirmation ("Ace your next interview" live session) with a fixed date/time and join link (trap: looks scheduled)',
    count: 10,
    make(k) {
      const host = k.pick([
        'CareerLift Academy',
        'Jobcraft',
        'The Interview Lab',
        'Pathwise',
        'Elevate Careers',
      ]);
      const hslug = ascii(host)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const at = k.later(3, 12);
      const title = k.pick([
        'Ace Your Next Interview',
        'Negotiating Your Job Offer',
        'Behavioural Interviews: The STAR Method Live',
        'How Recruiters Read Your CV',
        'Breaking into Product Management',
        'Career Switchers Q&A',
      ]);
      const speaker = k.person();
      return {
        from: k.pick([
          `${host} <events@${hslug}.example>`,
          `${host} via Zoom <no-reply@zoom.example>`,
          `${host} Webinars <webinars@${hslug}.example>`,
        ]),
        to: to(k),
        subject: k.pick([
          `You're registered: ${title}`,
          `Confirmation: ${title} webinar`,
          `Reminder: "${title}" starts ${k.pick(['tomorrow', 'in 1 hour', 'soon'])}`,
          `${title} - your link to join`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Thanks for registering for ${title}${k.chance(0.6) ? `, a free live session with ${speaker.name}, ${k.pick(['former hiring manager at a big tech company', 'career coach', 'ex-recruiter', 'Head of Talent'])}` : ''}.`,
          `Date: ${dateIn(k, at)}\nTime: ${timeIn(k, at)} ${tzAbbr(at)}\nDuration: ${k.pick(['45 minutes', '1 hour', '90 minutes'])}`,
          `Join: https://zoom.example/w/${k.digits(11)}?tk=${k.token(16)}\nPasscode: ${k.digits(6)}`,
          k.pick([
            'Bring your questions - we save the last 15 minutes for live Q&A on interviews, offers and salary negotiation.',
            "Can't make it? Register anyway and we'll send the recording.",
          ]),
          'Add to calendar: Google · Outlook · iCal',
          `${host} · Unsubscribe from event emails`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'virtual-career-fair-invitation',
    label: 'job_alert',
    note: 'Career fair / hiring event invitation listing employers "hiring now" (trap: company names and "interview on the spot")',
    count: 9,
    make(k) {
      const org = k.pick([
        `${k.pick(['Riverbend', 'Kingsbridge', 'Ashford'])} University Career Services`,
        'TechJobs Live',
        `${k.pick(['Downtown', 'Metro', 'County'])} Workforce Center`,
        'Women in Tech Network',
        'Veterans Hiring Expo',
      ]);
      const oslug = ascii(org)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const at = k.later(5, 20);
      const employers = [0, 1, 2, 3, 4].slice(0, k.int(3, 5)).map(() => bizCo(k).name);
      return {
        from: `${org} <events@${oslug}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `Join ${k.int(20, 120)}+ employers at our ${k.pick(['Spring', 'Fall', 'Virtual', 'Tech'])} Career Fair`,
          `Career Fair ${at.date('us-short')}: register now`,
          `Meet recruiters from ${employers[0]}, ${employers[1]} and more`,
          `You're invited: Hiring Event - on-the-spot interviews`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.chance(0.5) ? `[image: ${org}]` : '',
          k.pick(['Hi there,', `Hi ${k.candidate.first},`, 'Dear job seeker,']),
          k.pick([
            `Our ${k.pick(['virtual', 'in-person', 'hybrid'])} career fair is back! Chat with recruiters, drop off your resume and even interview on the spot.`,
            `Looking for your next role? Meet hiring teams from top local employers at our free career fair.`,
          ]),
          `When: ${dateIn(k, at)}, ${timeIn(k, at)}–${timeIn(k, at.plusDays(0, at.hour + 3))}\nWhere: ${k.pick(['Online (virtual booths)', 'Student Union Ballroom', 'Convention Center Hall B', 'Online'])}`,
          `Employers attending include:\n${employers.map((e) => `• ${e}`).join('\n')}\n...and more`,
          `Register (free): https://${oslug}.example/fair/${k.token(8)}`,
          k.pick([
            'Tip: bring 10 copies of your resume and prepare a 30-second pitch.',
            'Dress code: business casual.',
            '',
          ]),
          `${org} · Unsubscribe`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'candidate-thank-you-note-after-interview',
    label: 'other',
    note: "The candidate's OWN thank-you note to an interviewer, sent from k.candidate (company/role named; recipient noted)",
    count: 11,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const iv = k.person(company);
      const ivRole = k.pick(['interviewer', 'hiring_manager', 'recruiter'] as const);
      const topic = k.pick([
        "the team's plans for the next year",
        'how you approach onboarding new customers',
        'the migration project you described',
        'your design review process',
        'the challenges of scaling the operations team',
      ]);
      return {
        from: me(k),
        to: k.addr(iv),
        subject: k.pick([
          `Thank you - ${role} interview`,
          'Thank you for your time today',
          `Thanks for the conversation`,
          `Following up on our interview`,
          `Thank you!`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${iv.first},`, `Dear ${iv.first},`, `Dear ${iv.name},`, `Hello ${iv.first},`]),
          k.pick([
            `Thank you for taking the time to speak with me ${k.pick(['today', 'yesterday', 'this afternoon'])} about the ${role} position at ${company.name}.`,
            `I really appreciated the chance to meet you and learn more about the ${role} role.`,
            `Thanks again for the interview ${k.pick(['this morning', 'earlier today', 'on Friday'])} - I enjoyed our conversation about the ${role} role a lot.`,
          ]),
          `I especially enjoyed hearing about ${topic}, and it reinforced my enthusiasm for joining ${company.name}.`,
          k.pick([
            'Please let me know if there is anything else I can provide.',
            'I look forward to hearing about next steps.',
            "If it's helpful, I'm happy to share the examples I mentioned from my previous role.",
          ]),
          mySig(k),
        ),
        expected: exp(company.name, role, [who(iv, ivRole)]),
      };
    },
  },
  {
    id: 'candidate-availability-reply',
    label: 'other',
    note: "The candidate's reply giving availability / picking a slot, above the recruiter's quoted request (trap: quoted interview request). A single confirmed slot is noted as interviewAt.",
    count: 11,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const a = k.later(2, 6);
      const b = a.plusWorkdays(1, k.pick([10, 11, 14, 15]), 0);
      const c = b.plusWorkdays(1, k.pick([9, 13, 16]), 30);
      const earlier = k.sent.plusDays(-1);
      const single = k.chance(0.5);
      const request = k.paragraphs(
        `Hi ${k.candidate.first},`,
        `Thanks for your interest in the ${role} role at ${company.name}! We'd love to set up a ${k.pick(['30-minute phone screen', 'video interview', 'call with the hiring manager'])}.`,
        single
          ? `Would any of these work?\n- ${dateIn(k, a)} at ${timeIn(k, a)}\n- ${dateIn(k, b)} at ${timeIn(k, b)}\n- ${dateIn(k, c)} at ${timeIn(k, c)}`
          : 'Could you send me a few times that work for you over the next week?',
        `Best,\n${rec.first}`,
      );
      const chosen = k.pick([a, b, c]);
      const reply = single
        ? k.pick([
            `${dateIn(k, chosen)} at ${timeIn(k, chosen)} works for me.`,
            `Thanks ${rec.first}! ${dateIn(k, chosen)} at ${timeIn(k, chosen)} works great.`,
            `I'd be happy to - the ${timeIn(k, chosen)} slot on ${dateIn(k, chosen)} is perfect for me.`,
          ])
        : k.pick([
            `Thanks for reaching out! I'm available ${dateIn(k, a)} after ${timeIn(k, a)}, ${dateIn(k, b)} any time in the morning, or ${dateIn(k, c)} before ${timeIn(k, c)}.`,
            `Thank you ${rec.first}, I'd love to chat. Here's my availability:\n- ${dateIn(k, a)}: ${timeIn(k, a)} onwards\n- ${dateIn(k, b)}: flexible\n- ${dateIn(k, c)}: morning only`,
            `Great to hear from you! Mornings generally work best for me - ${dateIn(k, a)} or ${dateIn(k, b)} would be ideal.`,
          ]);
      return {
        from: me(k),
        to: k.addr(rec),
        subject: `Re: ${k.pick([`${role} - next steps`, `Interview availability - ${company.name}`, `Your application to ${company.name}`, `Scheduling: ${role}`])}`,
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          reply,
          k.pick(['Looking forward to it!', 'Let me know if a video call or phone is preferred.', '']),
          mySig(k),
          k.quote(request, rec, earlier),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')], {
          interviewAt: single ? chosen.iso : null,
        }),
      };
    },
  },
  {
    id: 'candidate-accepts-offer',
    label: 'other',
    note: "The candidate's OWN acceptance of an offer (trap: 'offer', 'start date', 'pleased'), sent to the recruiter or manager",
    count: 9,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const isHm = k.chance(0.4);
      const start = k.later(10, 25);
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          `Offer acceptance - ${role}`,
          `Re: Offer of employment - ${role}`,
          `Accepting the ${role} offer`,
          'Re: Your offer from ' + company.name,
          'Signed offer letter attached',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${rec.first},`, `Dear ${rec.first},`, `Dear ${rec.name},`]),
          k.pick([
            `I'm delighted to formally accept the offer for the position of ${role} at ${company.name}.`,
            `Thank you so much for the ${role} offer - I'm thrilled to accept!`,
            `Please find attached my signed offer letter for the ${role} role.`,
          ]),
          k.pick([
            `As discussed, I can start on ${dateIn(k, start)}.`,
            `I've handed in my notice and will be ready to start on ${dateIn(k, start)}.`,
            'Please let me know what you need from me for onboarding.',
          ]),
          k.pick([
            `Thank you again to you and the whole team for a great process. I'm really looking forward to joining ${company.name}.`,
            `I really appreciate your help throughout the process and can't wait to join ${company.name}.`,
          ]),
          mySig(k),
        ),
        expected: exp(company.name, role, [who(rec, isHm ? 'hiring_manager' : 'recruiter')]),
      };
    },
  },
  {
    id: 'candidate-declines-offer',
    label: 'other',
    note: "The candidate's OWN polite decline of an offer (trap: looks like a rejection in reverse)",
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          `Re: ${role} offer`,
          `${role} - my decision`,
          'Thank you - offer',
          `Re: Offer from ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${rec.first},`, `Dear ${rec.first},`]),
          k.pick([
            `Thank you very much for offering me the ${role} position at ${company.name}. After a lot of thought, I have decided to decline the offer.`,
            `I wanted to thank you for the ${role} offer and for your time throughout the process. Unfortunately I won't be able to accept it.`,
            `This was a difficult decision, but I've decided to decline the ${role} offer and accept another opportunity that is a closer fit for where I am right now.`,
          ]),
          k.pick([
            `I have a great deal of respect for the team at ${company.name} and hope our paths cross again.`,
            `I really enjoyed meeting everyone at ${company.name} and I hope we can stay in touch.`,
            `Please pass on my thanks to the interview panel at ${company.name}.`,
          ]),
          mySig(k),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'candidate-asks-feedback-after-rejection',
    label: 'other',
    note: "The candidate asks for feedback ABOVE the employer's quoted rejection (trap: the quote is a rejection)",
    count: 10,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const viaAts = k.chance(0.4);
      const earlier = k.sent.plusDays(-k.int(1, 4));
      const rejection = k.paragraphs(
        `Dear ${k.candidate.first},`,
        `Thank you for your interest in the ${role} position at ${company.name} and for the time you invested in our interview process.`,
        k.pick([
          'After careful consideration, we have decided to move forward with another candidate.',
          'Unfortunately, we will not be progressing your application further.',
          'We have decided to pursue other candidates whose experience more closely matches our needs.',
        ]),
        `Kind regards,\n${viaAts ? company.name + ' Recruiting' : rec.name}`,
      );
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          `Re: Your application to ${company.name}`,
          `Re: ${role} - update`,
          `Feedback request - ${role}`,
          'Re: Update on your application',
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          k.pick([
            'Thank you for letting me know, and for the opportunity to interview.',
            "Thanks for the update - I'm disappointed, of course, but I appreciate you letting me know.",
          ]),
          k.pick([
            'If you have a moment, I would really value any feedback on my interviews, so I can improve for future opportunities.',
            'Would you be able to share any feedback on where I could have been stronger?',
            'Is there any feedback from the panel you could pass on? Even a couple of points would help a lot.',
          ]),
          k.pick([`I'd also love to be considered for future roles at ${company.name}.`, '']),
          mySig(k),
          k.quote(
            rejection,
            viaAts ? { name: company.name, email: `no-reply@${company.domain}` } : rec,
            earlier,
          ),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'candidate-withdraws-application',
    label: 'other',
    note: "The candidate withdraws from a process (trap: 'withdraw', 'no longer', 'other opportunity')",
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          `Withdrawing my application - ${role}`,
          `Re: ${role} interview`,
          'Withdrawal from process',
          `${role} application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${rec.first},`, `Dear ${rec.first},`, `Hello ${rec.name},`]),
          k.pick([
            `I'm writing to let you know that I'd like to withdraw my application for the ${role} position.`,
            `Thank you for considering me for the ${role} role. I've recently accepted another offer, so I'd like to withdraw from the process.`,
            `Unfortunately, due to a change in my personal circumstances, I need to withdraw my candidacy for ${role} at ${company.name}.`,
          ]),
          k.pick([
            `Please cancel my interview with ${company.name} scheduled for next week. I apologise for any inconvenience.`,
            `I've really enjoyed getting to know the team and I hope to cross paths with ${company.name} again.`,
            `Thank you and the ${company.name} team for your time and understanding.`,
          ]),
          mySig(k),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'candidate-checking-in-on-application',
    label: 'other',
    note: "The candidate's own 'just following up on my application' / 'any update?' note (trap: status words)",
    count: 9,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const toPerson = k.chance(0.6);
      const when = k.sent.plusDays(-k.int(8, 20));
      return {
        from: me(k),
        to: toPerson ? k.addr(rec) : `${company.name} Careers <careers@${company.domain}>`,
        subject: k.pick([
          `Following up: ${role} application`,
          `Checking in - ${role}`,
          `Application status - ${role}`,
          `Re: ${role} interview`,
          'Any update?',
        ]),
        date: k.date,
        body: k.paragraphs(
          toPerson ? `Hi ${rec.first},` : 'Dear Hiring Team,',
          k.pick([
            `I hope you're well. I applied for the ${role} position on ${dateIn(k, when)} and wanted to check in on the status of my application.`,
            `I wanted to follow up on my interview for ${role} last week. Is there any update on the timeline?`,
            `Just checking in to see if there is any news regarding the ${role} role at ${company.name}.`,
          ]),
          k.pick([
            `I remain very interested in the role and in ${company.name}.`,
            `I know these things take time, and I'm happy to provide anything else ${company.name} needs.`,
            `I'm still very keen on ${company.name}, but I have another process moving forward, so any indication of timing would be really helpful.`,
          ]),
          mySig(k),
        ),
        expected: exp(company.name, role, toPerson ? [who(rec, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'candidate-sends-references-list',
    label: 'other',
    note: "The candidate SENDS referee details to the recruiter (trap for reference_request); referees noted with role 'reference'",
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const mention = k.chance(0.6);
      const refs = [0, 1, 2]
        .slice(0, k.int(2, 3))
        .map(() => bizCo(k))
        .map((co) => ({
          co,
          p: k.person(co),
          title: k.pick([
            'Engineering Manager',
            'Director of Operations',
            'Team Lead',
            'Head of Finance',
            'Senior Product Manager',
            'Former Manager',
          ]),
          withPhone: k.chance(0.7),
        }));
      const list = refs
        .map(
          ({ co, p, title, withPhone }, i) =>
            `${i + 1}. ${p.name} - ${title}, ${co.name}\n   ${p.email}${withPhone ? `\n   ${p.phone}` : ''}`,
        )
        .join('\n\n');
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([`References - ${k.candidate.name}`, 'My references', 'Re: Next step: references']),
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          mention
            ? k.pick([
                `As requested, here are my references for the ${role} position at ${company.name}:`,
                `Thanks for the good news about the ${role} role at ${company.name}! Please find my referees below:`,
              ])
            : k.pick([
                'As requested, here are my references:',
                "Here are the contact details for my references. I've let them know to expect a call.",
              ]),
          list,
          k.pick([
            `${refs[0]!.p.first} was my direct manager for three years.`,
            'Please let me know if you need anything else.',
            'They are expecting to hear from you this week.',
          ]),
          mySig(k),
        ),
        expected: exp(mention ? company.name : null, mention ? role : null, [
          who(rec, 'recruiter'),
          ...refs.map(({ p, withPhone }) => who(p, 'reference', true, withPhone ? p.phone : null)),
        ]),
      };
    },
  },
  {
    id: 'candidate-asks-to-reschedule',
    label: 'other',
    note: 'The candidate asks to move an interview (trap: interview + dates, but it is the candidate writing; no new time fixed)',
    count: 8,
    make(k) {
      const company = bizCo(k);
      const role = k.role();
      const rec = k.person(company);
      const orig = k.later(1, 4);
      const alt1 = orig.plusWorkdays(2, k.pick([10, 14, 15]), 0);
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([
          `Re: Interview for ${role}`,
          'Request to reschedule',
          `Rescheduling our call on ${dateIn(k, orig)}`,
          `Re: Invitation: ${role} interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${rec.first},`,
          k.pick([
            `I'm so sorry, but something has come up and I won't be able to make our ${role} interview on ${dateIn(k, orig)} at ${timeIn(k, orig)}. I'm still very interested in the role at ${company.name}.`,
            `Would it be possible to move my ${company.name} interview for the ${role} position on ${dateIn(k, orig)}? I have a clash with a work commitment I can't move.`,
            `Apologies for the short notice - I'm unwell and would like to reschedule the ${role} interview with ${company.name} on ${dateIn(k, orig)} if possible.`,
          ]),
          k.pick([
            `I'm free any time on ${dateIn(k, alt1)}, or most of the following week.`,
            `Would ${dateIn(k, alt1)} or later that week work instead?`,
            'Please let me know a few alternative times that suit the team.',
          ]),
          k.pick(['Thank you for understanding.', 'Apologies again for the inconvenience.']),
          mySig(k),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'podcast-guest-interview-invite',
    label: 'other',
    note: 'Podcast host invites the candidate to be interviewed as a guest, sometimes with a fixed recording slot (trap: interview + time)',
    count: 9,
    make(k) {
      const host = k.person();
      const show = k.pick([
        'Build & Ship',
        'The Ops Room',
        'Data Over Coffee',
        'Design Matters Weekly',
        'Scaling Up',
        'The Nursing Shift',
        'Side Project Stories',
      ]);
      const sslug = ascii(show)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const at = k.later(4, 12);
      const fixed = k.chance(0.4);
      return {
        from: k.addr({ name: host.name, email: `${ascii(host.first).toLowerCase()}@${sslug}.example` }),
        to: k.candidate.email,
        subject: fixed
          ? k.pick([`Recording confirmed: ${show}`, `${show} recording - ${dateIn(k, at)}`])
          : k.pick([
              `Guest invite: ${show} podcast`,
              `Would you like to be interviewed on ${show}?`,
              `Podcast interview request`,
              'Come on the show?',
            ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          fixed
            ? `Thanks for agreeing to come on ${show}! Our recording is confirmed for ${dateIn(k, at)} at ${timeIn(k, at)} ${tzAbbr(at)}. We'll use ${k.pick(['Riverside', 'Zencastr', 'Zoom'])} - link below.`
            : k.pick([
                `I host ${show}, a ${k.pick(['weekly', 'fortnightly'])} podcast about ${k.pick(['engineering leadership', 'careers in data', 'design', 'operations', 'side projects'])}. I loved your recent ${k.pick(['post', 'talk', 'thread'])} and would love to interview you for an episode.`,
                `We're putting together a season on career changes and I'd love to have you on as a guest - it's a relaxed 45-minute conversational interview.`,
              ]),
          fixed
            ? `Studio link: https://${sslug}.example/studio/${k.token(10)}\nPlease use headphones and a quiet room. I'll send the rough questions the day before.`
            : 'If you are up for it, reply with a few times that work over the next couple of weeks and I will send a calendar invite.',
          `${k.pick(['Cheers,', 'Thanks!', 'Best,'])}\n${host.first}\nHost, ${show}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'journalist-media-interview-request',
    label: 'other',
    note: 'Journalist/student reporter asks for a quick interview or quote for an article (trap: "interview request", deadline)',
    count: 8,
    make(k) {
      const j = k.person();
      const outlet = k.pick([
        'The Riverton Ledger',
        'Metro Business Journal',
        'TechWire Daily',
        'The Student Courier',
        'Industry Insider Weekly',
        'Harbour Herald',
      ]);
      const oslug = ascii(outlet)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const due = k.later(1, 4);
      return {
        from: k.addr({
          name: j.name,
          email: `${ascii(j.first).toLowerCase()}.${ascii(j.last).toLowerCase()}@${oslug}.example`,
        }),
        to: k.candidate.email,
        subject: k.pick([
          `Interview request - ${outlet}`,
          'Media request: quick interview for a story',
          `Quote for article on ${k.pick(['remote work', 'AI in hiring', 'the job market', 'four-day weeks'])}?`,
          'Press inquiry',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `I'm a ${k.pick(['reporter', 'freelance journalist', 'features writer', 'student journalist'])} at ${outlet}, working on a story about ${k.pick(['how people are finding jobs in this market', 'burnout in tech', 'the rise of contract work', 'layoffs and what comes next', 'careers after a bootcamp'])}.`,
          k.pick([
            'Would you be available for a 15-minute phone interview this week? I would love to include your perspective.',
            'Could I interview you briefly by phone or email? Happy to keep your name out of it if you prefer.',
          ]),
          `My deadline is ${dateIn(k, due)}, so sooner would be great.`,
          `Thanks,\n${j.name}\n${outlet}${k.chance(0.5) ? `\n${j.phone}` : ''}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'user-research-study-interview',
    label: 'other',
    note: 'UX research / market study recruiting for a paid "user interview", or a confirmed session (trap: interview scheduled, gift card)',
    count: 10,
    make(k) {
      const company = bizCo(k);
      const platform = k.pick([null, 'Panelry', 'StudyMatch', 'Respondly']);
      const at = k.later(2, 8);
      const confirmed = k.chance(0.45);
      const researcher = k.person(company);
      const fee = k.pick(['$50 gift card', '$75', '£40 voucher', '$100 Visa gift card', '$60']);
      return {
        from: platform
          ? `${platform} <studies@${platform.toLowerCase()}.example>`
          : k.pick([k.addr(researcher), `${company.name} Research <research@${company.domain}>`]),
        to: k.candidate.email,
        subject: confirmed
          ? k.pick([
              `Session confirmed: ${company.name} research interview`,
              `You're booked: user interview on ${at.date('us-short')}`,
              `Confirmed - ${k.pick([30, 45, 60])}-min study`,
            ])
          : k.pick([
              `Share your feedback - ${fee} for a 45-minute interview`,
              `Invitation: paid research study (${fee})`,
              `Help us improve ${company.name}? (${fee} thank-you)`,
              'You qualify for a new study',
            ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          confirmed
            ? `Thanks for signing up! Your research interview with the ${company.name} ${k.pick(['design', 'product', 'research'])} team is confirmed for ${dateIn(k, at)} at ${timeIn(k, at)} ${tzAbbr(at)}.`
            : k.pick([
                `We're looking for people to take part in a ${k.pick([30, 45, 60])}-minute user interview about ${k.pick(['how you search for jobs online', 'managing your finances', 'how you plan travel', 'using productivity apps at work'])}.`,
                `Based on your screener answers, you qualify for a paid study with ${company.name}.`,
              ]),
          confirmed
            ? `Join here: https://meet.${platform ? platform.toLowerCase() : company.slug}.example/${k.token(10)}\nAs a thank-you you'll receive a ${fee} within 5 business days.`
            : `As a thank-you, participants receive a ${fee}. ${k.pick(['Pick a time here', 'Book your slot', 'Apply to participate'])}: https://${platform ? platform.toLowerCase() : 'research.' + company.slug}.example/s/${k.token(8)}`,
          k.pick([
            'There are no right or wrong answers - we just want to hear about your experience.',
            'Sessions are recorded for internal research only.',
            '',
          ]),
          platform
            ? `${platform} · You received this because you joined our research panel. Unsubscribe`
            : `Thanks,\n${researcher.name}\n${k.pick(['UX Researcher', 'Research Operations', 'Product Researcher'])}, ${company.name}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'school-admission-interview',
    label: 'other',
    note: 'University / MBA / graduate-school admissions interview invitation or confirmation (trap: interview with a fixed time, "admissions committee")',
    count: 9,
    make(k) {
      const uni = named(
        `${k.pick(['Riverbend', 'Kingsbridge', 'Ashford', 'Larkspur', 'Westgate', 'Thornbury'])} ${k.pick(['University', 'School of Business', 'College', 'Institute of Technology'])}`,
      );
      const program = k.pick([
        'Full-Time MBA',
        'MSc Data Science',
        'Executive MBA',
        'Master of Public Health',
        'PhD in Economics',
        'BSc Nursing',
        'Master in Management',
      ]);
      const at = k.later(4, 14);
      const fixed = k.chance(0.5);
      const officer = k.person(uni);
      return {
        from: k.pick([
          `${uni.name} Admissions <admissions@${uni.domain}>`,
          k.addr(officer),
          `${program} Admissions Office <apply@${uni.domain}>`,
        ]),
        to: to(k),
        subject: fixed
          ? k.pick([
              `Admissions interview confirmed - ${program}`,
              `Your interview for the ${program}: ${dateIn(k, at)}`,
              `Interview confirmation - ${uni.name}`,
            ])
          : k.pick([
              `Invitation to interview - ${program}`,
              `${uni.name}: you have been invited to interview`,
              'Next step in your application: interview',
            ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          fixed
            ? `Your admissions interview for the ${program} at ${uni.name} is confirmed for ${dateIn(k, at)} at ${timeIn(k, at)}. It will be conducted ${k.pick(['by an alumna/alumnus via Zoom', 'on campus by a member of the admissions committee', 'online by a faculty member'])} and last about ${k.pick([30, 45])} minutes.`
            : `Congratulations! Following a review of your application to the ${program}, the admissions committee would like to invite you to interview. Please select a time using the link below.`,
          fixed
            ? `Zoom link: https://zoom.example/j/${k.digits(10)}`
            : `Schedule your interview: https://apply.${uni.domain}/portal/interview?${k.token(10)}`,
          k.pick([
            'Round 2 decisions will be released on the published notification date.',
            'Please have your photo ID available. There is no need to prepare a presentation.',
            'The interview is blind: your interviewer will only have seen your CV.',
          ]),
          `Best wishes,\n${k.chance(0.5) ? officer.name + '\n' : ''}Admissions Office\n${uni.name}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'scholarship-fellowship-interview',
    label: 'other',
    note: 'Scholarship / fellowship / grant panel: shortlisted for interview, "award decision by" date (trap: decision date, shortlisted, panel)',
    count: 8,
    make(k) {
      const fund = k.pick([
        'Harbor Foundation',
        'Meridian Scholars Trust',
        'Beacon Fellowship',
        'Kestrel Community Fund',
        'Oakridge Leaders Programme',
      ]);
      const fslug = ascii(fund)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const at = k.later(4, 12);
      const coord = k.person();
      return {
        from: `${fund} <awards@${fslug}.example>`,
        to: to(k),
        subject: k.pick([
          `You've been shortlisted - ${fund}`,
          `${fund} ${k.sent.year + 1} - interview invitation`,
          'Scholarship interview',
          'Fellowship panel interview details',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Congratulations! Your application for the ${fund} ${k.pick(['scholarship', 'fellowship', 'bursary'])} has been shortlisted, and we would like to invite you to a panel interview.`,
          k.pick([
            `Your interview is scheduled for ${dateIn(k, at)} at ${timeIn(k, at)}. The panel will consist of three trustees.`,
            'Interviews will take place over two days next month. Please complete the availability form so we can allocate you a slot.',
          ]),
          'The panel will ask about your goals, your community involvement and how the award would support your studies.',
          `Best regards,\n${coord.name}\nScholarships Coordinator, ${fund}`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'job-seeker-course-marketing',
    label: 'job_alert',
    note: 'Marketing to job seekers: resume writing, interview-prep courses, coding bootcamps ("land your dream job", "get hired in 90 days")',
    count: 10,
    make(k) {
      const brand = k.pick([
        'ResumeRocket',
        'HireReady',
        'Bootcamp Forge',
        'InterviewAce',
        'CareerSprint',
        'JobLaunch Pro',
      ]);
      const bslug = brand.toLowerCase();
      const pct = k.pick([20, 30, 40, 50]);
      return {
        from: k.pick([
          `${brand} <hello@${bslug}.example>`,
          `${k.person().first} at ${brand} <team@${bslug}.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Land your dream job in 90 days 🚀`,
          `${pct}% off: get your resume past the ATS`,
          `${k.candidate.first}, still looking? Our grads get hired in 12 weeks`,
          'Your interview is coming up. Are you ready?',
          'Last chance: Interview Mastery enrolment closes Friday',
          'Get more interviews. Guaranteed.',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, 'Hey job seeker,', 'Hi there,']),
          k.pick([
            `75% of resumes never reach a human recruiter. Our certified writers rewrite yours so it gets past applicant tracking systems and into the "yes" pile.`,
            'Our Interview Mastery course teaches you exactly what hiring managers want to hear - with mock interviews, answer frameworks and offer negotiation scripts.',
            `Join our ${k.pick(['16-week coding', 'UX design', 'data analytics'])} bootcamp. Graduates have been hired at top companies with an average salary increase of ${k.pick(['$18k', '£9,000', '34%'])}.`,
          ]),
          k
            .some(
              [
                '✔ 1:1 coaching with ex-recruiters',
                '✔ LinkedIn profile makeover',
                '✔ Job guarantee or your money back',
                '✔ Lifetime access',
                '✔ Salary negotiation masterclass',
              ],
              2,
              4,
            )
            .join('\n'),
          `Use code ${k.pick(['HIRED', 'OFFER', 'NEWJOB', 'READY'])}${pct} for ${pct}% off. ${k.pick(['Offer ends Sunday.', 'Limited spots.', 'Enrol now.'])}`,
          `${k.pick(['Get started', 'Claim my discount', 'Book a free call'])}: https://${bslug}.example/go?c=${k.token(10)}`,
          `${brand} Inc. · Unsubscribe · Privacy`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'friend-asks-for-referral',
    label: 'other',
    note: "A friend asks the candidate to refer them at the candidate's company (trap: role, company, 'hiring', 'referral')",
    count: 8,
    make(k) {
      const friend = k.person();
      const co = bizCo(k);
      const role = k.role();
      return {
        from: k.addr(friend),
        to: k.candidate.email,
        subject: k.pick([
          'quick favour?',
          `Referral at ${co.name}?`,
          `saw ${co.name} is hiring!`,
          'can I ask you something',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hey ${k.candidate.first}!`, `Hi ${k.candidate.first},`, `${k.candidate.first}!!`]),
          k.pick([
            `Hope you're well! I saw ${co.name} has ${an(role)} ${role} opening and I think I'd be a really good fit.`,
            `Random question - is your team at ${co.name} still hiring? There's ${an(role)} ${role} role on the careers page.`,
          ]),
          k.pick([
            "Would you be comfortable referring me? I've attached my CV, no worries at all if it's awkward.",
            'Any chance you could put in a referral or tell me who the hiring manager is?',
            "I'd owe you a coffee (or three) if you could pass my name along 😅",
          ]),
          k.pick([`Thanks!! ${friend.first}`, `x ${friend.first}`, `Cheers,\n${friend.first}`]),
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'alumni-networking-event',
    label: 'other',
    note: 'Alumni association networking / careers evening (trap: "meet recruiters", "hiring", RSVP with a time)',
    count: 8,
    make(k) {
      const uni = `${k.pick(['Riverbend', 'Kingsbridge', 'Ashford', 'Larkspur', 'Westgate'])} ${k.pick(['University', 'College'])}`;
      const uslug = ascii(uni)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const at = k.later(5, 20);
      const at2 = at.plusDays(0, at.hour < 17 ? 18 : at.hour, 0);
      return {
        from: k.pick([
          `${uni} Alumni Association <alumni@${uslug}.example>`,
          `${uni} Alumni Careers <careers-alumni@${uslug}.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Alumni Careers Night - ${at2.date('us-short')}`,
          `RSVP: ${k.pick(['Tech', 'Finance', 'Healthcare', 'Young'])} Alumni Networking Evening`,
          'Reconnect, network, get hired: alumni mixer',
          `You're invited: ${uni} alumni in ${city(k)}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${k.candidate.first},`,
          k.pick([
            `Join fellow alumni for an evening of networking with graduates working at leading employers across ${city(k)}. Several alumni will be sharing open roles on their teams.`,
            'Whether you are job hunting, hiring or just curious, our alumni careers evening is a great way to grow your network.',
          ]),
          `${dateIn(k, at2)}, ${timeIn(k, at2)}\n${k.pick(['The Alumni Club', 'Innovation Hub, Level 3', 'Online', 'Riverside Hall'])}`,
          `RSVP: https://${uslug}.example/alumni/events/${k.token(6)}`,
          k.pick([
            'Drinks and canapés provided.',
            'Free for members; guests welcome for a small fee.',
            'Bring a friend!',
          ]),
          `${uni} Alumni Relations · Update your preferences`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'ats-b2b-marketing-to-recruiters',
    label: 'other',
    note: 'B2B marketing from recruiting software to the candidate as a would-be customer ("hire faster", "schedule interviews automatically")',
    count: 9,
    make(k) {
      const vendor = k.pick(['Hirewise', 'TalentLoop', 'Pipelinr', 'Recruitly', 'Shortlistr', 'OnboardIQ']);
      const vslug = vendor.toLowerCase();
      const rep = k.person({ name: vendor, slug: vslug, domain: `${vslug}.example` });
      const at = k.later(3, 10);
      const shape = k.int(0, 2);
      return {
        from: shape === 1 ? k.addr(rep) : `${vendor} <marketing@${vslug}.example>`,
        to: k.candidate.email,
        subject: [
          k.pick([
            'Cut your time-to-hire by 40%',
            'Stop losing candidates to slow scheduling',
            'Your hiring team deserves better tools',
          ]),
          k.pick([
            `Quick question about your hiring process, ${k.candidate.first}`,
            `${k.candidate.first} - how do you schedule interviews today?`,
          ]),
          `Live demo: automating interview scheduling (${at.date('us-short')})`,
        ][shape]!,
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, 'Hi there,']),
          [
            `${vendor} helps recruiting teams source, screen and hire top candidates faster. Automated interview scheduling, structured scorecards and one-click offer letters - all in one place.`,
            `I noticed your team is growing. Most talent leaders we talk to spend hours every week chasing interviewers for availability. ${vendor} automates that so recruiters can focus on candidates.`,
            `Join our live product demo on ${dateIn(k, at)} at ${timeIn(k, at)} to see how teams use ${vendor} to send offers faster and reduce candidate drop-off.`,
          ][shape]!,
          k.pick([
            '"We reduced our time-to-offer from 32 to 19 days." - Head of Talent, mid-size SaaS company',
            'Trusted by 2,000+ hiring teams.',
            '',
          ]),
          shape === 1
            ? `Worth a 15-minute call next week?\n\n${rep.name}\nAccount Executive, ${vendor}`
            : `${k.pick(['Book a demo', 'Start free trial', 'Save my seat'])}: https://${vslug}.example/demo?utm_source=email&utm_campaign=${k.token(6)}`,
          `${vendor} · ${k.int(10, 999)} Market Street · Unsubscribe`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'credit-card-and-bank-offer-marketing',
    label: 'other',
    note: '"Offer" in bank/credit-card/loan marketing: pre-approved, exclusive offer, offer expires (trap: offer words, deadlines, "congratulations")',
    count: 9,
    make(k) {
      const bank = k.pick([
        'Harbor Bank',
        'Summit Card',
        'Bluefin Credit Union',
        'Northwind Financial',
        'Crescent Bank',
        'Lumen Card Services',
      ]);
      const bslug = ascii(bank)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const due = k.later(5, 15);
      return {
        from: k.pick([`${bank} <offers@${bslug}.example>`, `${bank} <no-reply@email.${bslug}.example>`]),
        to: k.candidate.email,
        subject: k.pick([
          `${k.candidate.first}, you're pre-approved! 🎉`,
          'Your exclusive offer is waiting',
          `Congratulations - you've been selected for a special offer`,
          `Offer ends ${due.date('us-short')}: 0% APR for 18 months`,
          'Your personal loan offer: decision in minutes',
          'We have an offer for you',
        ]),
        date: k.date,
        body: k.paragraphs(
          `[image: ${bank}]`,
          k.pick([`Dear ${k.candidate.name},`, `Hi ${k.candidate.first},`]),
          k.pick([
            `Good news! You've been pre-approved for the ${bank} ${k.pick(['Platinum', 'Cashback', 'Travel Rewards'])} card with a credit limit up to ${k.pick(['$5,000', '$12,000', '£4,000'])}.`,
            `As a valued customer, we're pleased to offer you a personal loan of up to ${k.pick(['$25,000', '£15,000'])} at a special rate.`,
            `Earn ${k.pick(['60,000 bonus points', '$200 cash back', '5% back on groceries'])} when you spend ${k.pick(['$1,000', '$3,000'])} in the first 3 months.`,
          ]),
          `This offer expires on ${dateIn(k, due)}. ${k.pick(['Accept your offer', 'Respond now', 'See your offer'])}: https://${bslug}.example/offer/${k.token(10)}`,
          'Pre-approval is not a guarantee of credit. Subject to status and credit check. Terms apply.',
          `${bank} · Unsubscribe from marketing emails`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'linkedin-endorsements-and-recruiter-views',
    label: 'other',
    note: 'Social notifications: skill endorsements, "a recruiter viewed your profile", Open-to-Work reminder, work anniversaries (trap: recruiter words)',
    count: 10,
    make(k) {
      const p = k.person();
      const co = bizCo(k);
      const kind = k.int(0, 4);
      const skill = k.pick([
        'Project Management',
        'Python',
        'Stakeholder Management',
        'UX Design',
        'SQL',
        'Customer Service',
        'Leadership',
      ]);
      const subject = [
        `${p.first} ${p.last} endorsed you for ${skill}`,
        k.pick([
          `A recruiter from ${co.name} viewed your profile`,
          `${k.int(2, 9)} recruiters viewed your profile this week`,
        ]),
        'Let recruiters know you are open to work',
        `Congratulate ${p.first} on ${k.int(2, 10)} years at ${co.name}`,
        `${k.candidate.first}, your profile appeared in ${k.int(5, 80)} searches`,
      ][kind]!;
      const body = [
        `${p.name} endorsed you for ${skill}.\nYou now have ${k.int(3, 99)} endorsements for ${skill}.\nView profile · Endorse ${p.first} back`,
        `${k.pick(['Talent Acquisition Partner', 'Recruiter', 'Technical Sourcer'])} at ${co.name} viewed your profile.\nSee who's viewed your profile with Premium.\nTry Premium free for 1 month`,
        `Recruiters are searching for candidates like you. Add the #OpenToWork frame or share privately with recruiters only.\nUpdate your job preferences`,
        `${p.name}\n${k.role()} at ${co.name}\nSay congrats`,
        `Searchers worked at: ${co.name}, ${bizCo(k).name}\nSearchers were looking for: ${k.role()}\nSee all searches`,
      ][kind]!;
      return {
        from: k.pick([
          'LinkedIn <notifications-noreply@linkedin.com>',
          'LinkedIn <updates-noreply@linkedin.com>',
          'LinkedIn Premium <premium-noreply@linkedin.com>',
        ]),
        to: to(k),
        subject,
        date: k.date,
        body: k.paragraphs(
          k.chance(0.5) ? '[image: LinkedIn]' : '',
          body,
          `This email was intended for ${k.candidate.name}.\nUnsubscribe · Help\n© ${k.sent.year} LinkedIn Corporation`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'internal-ats-you-are-interviewer',
    label: 'other',
    note: "ATS notifications at the candidate's CURRENT job where they are the INTERVIEWER: added to loop, scorecard due, interview reminder (trap)",
    count: 10,
    make(k) {
      const co = bizCo(k);
      const meAddr = `${ascii(k.candidate.first).toLowerCase()}.${ascii(k.candidate.last).toLowerCase()}@${co.domain}`;
      const cand = k.person();
      const role = k.role();
      const at = k.later(1, 5);
      const sysName = k.pick(['Greenhouse', 'Lever', 'Ashby', 'Workday']);
      const kind = k.int(0, 3);
      const subject = [
        `You've been added to an interview: ${cand.name} - ${role}`,
        `Scorecard due: ${cand.name} (${role})`,
        `Reminder: you're interviewing ${cand.name} ${k.pick(['tomorrow', 'today'])} at ${timeIn(k, at)}`,
        `Interview kit ready for ${cand.first} ${cand.last}`,
      ][kind]!;
      const body = [
        `Hi ${k.candidate.first},\n\nYou've been scheduled as an interviewer for ${cand.name}, who is interviewing for ${role}.\n\nInterview: ${k.pick(['Technical Screen', 'Culture Add', 'System Design', 'Hiring Manager Interview', 'Case Study'])}\nWhen: ${dateIn(k, at)} at ${timeIn(k, at)}\n\nReview the candidate's resume and interview kit before the session.`,
        `Hi ${k.candidate.first},\n\nPlease submit your scorecard for ${cand.name} (${role}). Timely feedback helps us give candidates a great experience.\n\nSubmit scorecard`,
        `This is a reminder that you are interviewing ${cand.name} for ${role}.\nWhen: ${dateIn(k, at)}, ${timeIn(k, at)}\nFocus area: ${k.pick(['coding', 'communication', 'leadership', 'product sense'])}\nJoin: https://meet.${co.domain}/${k.token(8)}`,
        `The interview kit for ${cand.name} (${role}) is ready. It includes focus attributes, suggested questions and the candidate's resume.\n\nOpen interview kit`,
      ][kind]!;
      return {
        from: `${sysName} <no-reply@${sysName.toLowerCase()}.example>`,
        to: meAddr,
        subject,
        date: k.date,
        body: k.paragraphs(
          body,
          `https://app.${sysName.toLowerCase()}.example/${co.slug}/interviews/${k.token(10)}`,
          `You're receiving this because you are an interviewer at ${co.name}.`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'internal-calendar-invite-candidate-runs-interview',
    label: 'other',
    note: "Google Calendar invitation at the candidate's CURRENT job for an interview THEY will conduct (trap: a real-looking interview invite)",
    count: 9,
    make(k) {
      const co = bizCo(k);
      const meAddr = `${ascii(k.candidate.first).toLowerCase()}.${ascii(k.candidate.last).toLowerCase()}@${co.domain}`;
      const coord = k.person(co);
      const cand = k.person();
      const role = k.role();
      const at = k.later(1, 6);
      const endMin = at.hour * 60 + at.minute + k.pick([30, 45, 60]);
      const endFixed = at.plusDays(0, Math.floor(endMin / 60), endMin % 60);
      const stage = k.pick([
        'Technical Interview',
        'Panel',
        'Behavioural',
        'Portfolio Review',
        'Onsite - Round 2',
      ]);
      const title = `Interview: ${cand.name} (${role}) - ${stage}`;
      return {
        from: k.addr(coord),
        to: meAddr,
        subject: `Invitation: ${title} @ ${at.date('us-short')}, ${at.year} ${at.time('us-compact')} - ${endFixed.time('us-compact')} (${tzAbbr(at)}) (${meAddr})`,
        date: k.date,
        body: k.paragraphs(
          'You have been invited to the following event.',
          title,
          `When\n${at.date('us-long')} ${at.time('us-compact')} – ${endFixed.time('us-compact')} (${tzAbbr(at)})`,
          `Joining info\nhttps://meet.google.example/${k.token(3)}-${k.token(4)}-${k.token(3)}`,
          `Calendar\n${meAddr}`,
          `Who\n• ${coord.email} - organizer\n• ${meAddr}\n• ${k.person(co).email}`,
          k.pick([
            `Interviewer notes: you'll cover ${k.pick(['system design', 'past projects', 'stakeholder management', 'coding'])}. The candidate's resume and scorecard are in the ATS. Please don't share the invite with the candidate.`,
            `Hi ${k.candidate.first} - thanks for jumping in on this loop! Feedback due within 24h. - ${coord.first}`,
          ]),
          'Going (' + meAddr + ')?   Yes - Maybe - No    more options »',
          'Invitation from Google Calendar\nYou are receiving this email because you are an attendee of the event.',
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'review-your-interview-experience',
    label: 'other',
    note: 'Review site asks "How was your interview at X?" / employer survey about the candidate experience (trap: names a real process)',
    count: 9,
    make(k) {
      const co = bizCo(k);
      const site = k.pick(['Glassdoor', 'Indeed', 'Comparably', 'InterviewPulse']);
      const survey = k.chance(0.35);
      return {
        from: survey
          ? `${co.name} Talent Team <survey@${co.domain}>`
          : `${site} <noreply@${site.toLowerCase()}.example>`,
        to: k.candidate.email,
        subject: survey
          ? k.pick([
              `How did we do? Your ${co.name} candidate experience`,
              `2-minute survey about your interview with ${co.name}`,
            ])
          : k.pick([
              `How was your interview at ${co.name}?`,
              `Share your interview experience at ${co.name}`,
              `${k.candidate.first}, help others prepare for ${co.name} interviews`,
            ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          survey
            ? `You recently went through our hiring process. Whatever the outcome, we'd love your honest feedback on the experience - it takes 2 minutes and is anonymous.`
            : `It looks like you recently interviewed with ${co.name}. Help other job seekers by sharing what the process was like - questions asked, difficulty and the outcome. Your review is anonymous.`,
          survey
            ? `On a scale of 0-10, how likely are you to recommend applying to ${co.name}?\n0  1  2  3  4  5  6  7  8  9  10`
            : `${k.pick(['Write a review', 'Share your experience', 'Rate your interview'])}: https://www.${site.toLowerCase()}.example/review/${k.token(10)}`,
          survey ? 'Thank you for helping us improve.' : `${site} · Unsubscribe`,
        ),
        expected: exp(co.name, null),
      };
    },
  },
  {
    id: 'mock-interview-practice-session',
    label: 'job_alert',
    note: 'Mock-interview / practice platform booking with a peer or coach at a fixed time (trap: "your interview is confirmed")',
    count: 9,
    make(k) {
      const brand = k.pick(['Practiq', 'PeerPrep', 'MockRound', 'InterviewGym']);
      const bslug = brand.toLowerCase();
      const at = k.later(1, 6);
      const peer = k.person();
      const kind = k.pick([
        'System Design',
        'Behavioural',
        'Coding (Medium)',
        'Product Sense',
        'Case Interview',
      ]);
      return {
        from: `${brand} <sessions@${bslug}.example>`,
        to: to(k),
        subject: k.pick([
          `Your mock interview is confirmed: ${kind}`,
          `Practice session tomorrow at ${timeIn(k, at)}`,
          `You've been matched with ${peer.first} for a ${kind} practice interview`,
          `Reminder: mock interview starts in 1 hour`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Your ${kind} practice session ${k.pick([`with ${peer.first}`, 'with a coach', 'with a peer'])} is confirmed for ${dateIn(k, at)} at ${timeIn(k, at)} ${tzAbbr(at)}.`,
          k.pick([
            "You'll each take turns as interviewer and candidate for 30 minutes. Questions are revealed when the session starts.",
            'Your coach is a former big-tech hiring manager and will give written feedback afterwards.',
          ]),
          `Join: https://${bslug}.example/room/${k.token(10)}`,
          k.pick([
            'Please cancel at least 12 hours in advance so your partner can rematch.',
            `Credits remaining: ${k.int(0, 5)}`,
            '',
          ]),
          `${brand} · Practice makes hired\nManage notifications`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'resume-builder-app-notifications',
    label: 'job_alert',
    note: 'Resume/CV builder and job-tracker apps: resume score, "your CV was viewed", finish your cover letter, application tracker digest',
    count: 9,
    make(k) {
      const brand = k.pick(['CVCraft', 'ResumeBee', 'Trackr Jobs', 'Huntly']);
      const bslug = brand.toLowerCase().replace(/[^a-z]/g, '');
      const co = bizCo(k);
      const kind = k.int(0, 3);
      const applied = k.int(2, 9);
      const interviewing = k.int(0, Math.min(3, applied));
      const views = k.int(2, 14);
      return {
        from: `${brand} <hello@${bslug}.example>`,
        to: k.candidate.email,
        subject: [
          `Your resume score: ${k.int(48, 91)}/100`,
          `Your CV was viewed ${views} times this week`,
          'You left your cover letter unfinished',
          `Your job search this week: ${applied} applications, ${interviewing} ${interviewing === 1 ? 'interview' : 'interviews'}`,
        ][kind]!,
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          [
            `We scanned your resume against ${k.int(40, 200)} job descriptions. Fix ${k.int(3, 9)} issues to boost your score: missing keywords, long bullet points and an unclear summary.`,
            `Your shared CV link was opened ${views} times${k.chance(0.5) ? `, including once from a visitor at ${co.name}` : ''}. Upgrade to see who.`,
            `Your cover letter for ${co.name} is 70% done. Finish it in 2 minutes with AI suggestions.`,
            `Here's your tracker summary:\n- Applied: ${applied}\n- Interviewing: ${interviewing}\n- Offers: 0\nTip: follow up on applications older than 10 days.`,
          ][kind]!,
          `${k.pick(['Open editor', 'See details', 'Finish now', 'Open tracker'])}: https://app.${bslug}.example/${k.token(8)}`,
          `${brand} · Unsubscribe`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'asked-to-be-a-referee-for-someone',
    label: 'other',
    note: "The candidate is asked to GIVE a reference for someone else (ex-colleague's note or a vendor questionnaire) — trap for reference_request",
    count: 9,
    make(k) {
      const other = k.person();
      const co = bizCo(k);
      const role = k.role();
      const vendor = k.chance(0.55);
      const vname = k.pick(REF_VENDORS);
      const vslug = vname.toLowerCase().replace(/[^a-z]/g, '');
      const due = k.later(1, 4);
      return {
        from: vendor ? `${vname} <requests@${vslug}.example>` : k.addr(other),
        to: k.candidate.email,
        subject: vendor
          ? k.pick([
              `${other.name} has listed you as a referee`,
              `Reference request for ${other.name}`,
              `Can you provide a reference for ${other.first}?`,
            ])
          : k.pick([
              'Would you be a reference for me?',
              'Favour - reference',
              `quick ask: reference for ${co.name}`,
            ]),
        date: k.date,
        body: vendor
          ? k.paragraphs(
              k.hello(true),
              `${other.name} has applied for the position of ${role} at ${co.name} and has nominated you as a referee.`,
              `Please complete a short confidential questionnaire about your experience working with ${other.first}. It takes about 10 minutes.`,
              `Provide reference: https://app.${vslug}.example/r/${k.token(16)}\nPlease respond by ${dateIn(k, due)}.`,
              `Your responses are shared only with ${co.name}. ${vname} · Privacy`,
            )
          : k.paragraphs(
              `Hi ${k.candidate.first},`,
              `Hope all is well! I'm in the final stages for ${an(role)} ${role} role at ${co.name} and they've asked for references. Would you be willing to be one of mine? You managed me on the ${k.pick(['migration', 'rebrand', 'Q3 launch', 'audit'])} project so I think you'd be perfect.`,
              'They will probably email you a short questionnaire or call for 10 minutes. Totally fine to say no!',
              `Thanks so much,\n${other.first}`,
            ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'agency-salary-guide-marketing',
    label: 'job_alert',
    note: 'Recruitment agency content marketing: salary guide, hiring trends report, market update (trap: agency sender, hiring words, no role for the candidate)',
    count: 8,
    make(k) {
      const agency = agencyCo(k);
      const year = k.sent.year + (k.sent.month >= 11 ? 1 : 0);
      return {
        from: k.pick([
          `${agency.name} <insights@${agency.domain}>`,
          `${agency.name} Marketing <news@${agency.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `The ${year} Salary Guide is here`,
          `Hiring trends report: what employers want in ${year}`,
          `${k.pick(['Q1', 'Q2', 'Q3', 'Q4'])} job market update from ${agency.name}`,
          'Are you being paid what you are worth?',
        ]),
        date: k.date,
        body: k.paragraphs(
          `[image: ${agency.name}]`,
          k.pick(['Hi there,', `Hi ${k.candidate.first},`, 'Dear subscriber,']),
          k.pick([
            `Our ${year} Salary Guide covers pay for ${k.int(300, 900)}+ roles across tech, finance, marketing and operations, based on placements made by our consultants.`,
            `We surveyed ${k.int(500, 3000)} hiring managers. ${k.int(55, 78)}% plan to increase headcount this year, and skills-based hiring is on the rise.`,
          ]),
          k
            .some(
              [
                'Contractor day rates held steady',
                'Hybrid remains the default for most employers',
                'Counter-offers are increasingly common',
                'Demand for data skills up 18%',
              ],
              2,
              3,
            )
            .map((l) => `• ${l}`)
            .join('\n'),
          `${k.pick(['Download the guide', 'Read the report', 'Get your copy'])}: https://${agency.domain}/insights/${k.token(8)}`,
          `${agency.name} · Manage your preferences · Unsubscribe`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'job-search-community-digest',
    label: 'job_alert',
    note: 'Community/forum digest: replies to threads about interviews, offers and rejections at named companies (trap: quoted job words)',
    count: 8,
    make(k) {
      const forum = k.pick([
        'JobHunters Digest',
        'The Break Room Community',
        'CareerCircle Forum',
        'TechCareers Community',
      ]);
      const fslug = ascii(forum)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      const co1 = bizCo(k);
      const co2 = bizCo(k);
      const threads = k.some(
        [
          `"${co1.name} final round - how long until they make a decision?" · ${k.int(3, 60)} replies`,
          `"Got a rejection after 4 rounds at ${co2.name}, feeling gutted" · ${k.int(3, 60)} replies`,
          `"Offer negotiation: is asking for 15% more too much?" · ${k.int(3, 60)} replies`,
          `"Recruiter asked for references before the final interview - normal?" · ${k.int(3, 60)} replies`,
          `"${co1.name} phone screen questions (${k.role()})" · ${k.int(3, 60)} replies`,
        ],
        2,
        4,
      );
      return {
        from: `${forum} <digest@${fslug}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `Top posts this week in ${forum}`,
          `New replies to threads you follow`,
          `${k.int(3, 20)} new replies: "${co1.name} final round"`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first}, here's what's happening in ${forum}:`,
          threads.map((t) => `• ${t}\n  https://${fslug}.example/t/${k.token(7)}`).join('\n'),
          `You're receiving this digest because you follow ${k.pick(['Interviews', 'Offers & Negotiation', 'Job Search'])}. Change frequency · Unsubscribe`,
        ),
        expected: nothing(),
      };
    },
  },
  {
    id: 'career-advice-newsletter-de-fr-es',
    label: 'job_alert',
    note: 'German/French/Spanish career-advice newsletters and webinar promos (Bewerbungstipps, conseils entretien, consejos entrevista)',
    count: 9,
    make(k) {
      const lang = k.pick(['de', 'fr', 'es'] as const);
      k.as(lang);
      const at = k.later(4, 14);
      const t = {
        de: {
          from: 'Karriere-Kompass <newsletter@karrierekompass.example>',
          subject: k.pick([
            '10 Fragen, die im Vorstellungsgespräch garantiert kommen',
            'So verhandeln Sie Ihr Gehalt',
            'Webinar: Überzeugend im Bewerbungsgespräch',
          ]),
          body: [
            `Hallo ${k.candidate.first},`,
            'in dieser Ausgabe: typische Fragen im Vorstellungsgespräch, die perfekte Nachfass-E-Mail nach dem Gespräch und wie Sie mit einer Absage umgehen.',
            `Live-Webinar am ${dateIn(k, at)} um ${timeIn(k, at)} - jetzt kostenlos anmelden: https://karrierekompass.example/webinar`,
            'Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden',
          ],
        },
        fr: {
          from: 'Cap Carrière <newsletter@capcarriere.example>',
          subject: k.pick([
            "Entretien d'embauche : les 7 questions pièges",
            'Comment relancer un recruteur après un entretien',
            'Webinaire : négocier son salaire',
          ]),
          body: [
            `Bonjour ${k.candidate.first},`,
            'Au sommaire cette semaine : les questions pièges en entretien, le mail de remerciement idéal et comment rebondir après un refus.',
            `Webinaire gratuit le ${dateIn(k, at)} à ${timeIn(k, at)} : https://capcarriere.example/webinaire`,
            'Vous recevez cet e-mail car vous êtes abonné(e). Se désabonner',
          ],
        },
        es: {
          from: 'Rumbo Profesional <boletin@rumboprofesional.example>',
          subject: k.pick([
            '10 preguntas que te harán en tu próxima entrevista',
            'Cómo hacer seguimiento tras una entrevista',
            'Webinar: negocia tu oferta de trabajo',
          ]),
          body: [
            `Hola ${k.candidate.first},`,
            'Esta semana: las preguntas más habituales en una entrevista de trabajo, cómo pedir feedback tras un rechazo y cómo negociar una oferta.',
            `Webinar gratuito el ${dateIn(k, at)} a las ${timeIn(k, at)}: https://rumboprofesional.example/webinar`,
            'Recibes este correo porque te suscribiste. Darse de baja',
          ],
        },
      }[lang];
      return {
        from: t.from,
        to: k.candidate.email,
        subject: t.subject,
        date: k.date,
        body: k.paragraphs(...t.body),
        expected: nothing(),
      };
    },
  },
];

export const families: Family[] = [...outreachFamilies, ...referenceFamilies, ...otherFamilies];
