/**
 * The toolkit our corpus templates are written with: a seeded random source, fictional
 * companies, people, roles and places, dates in the sender's zone written the way each
 * locale writes them, and the clutter real job mail carries (tracking links, footers,
 * signatures, quoted replies, forwards, HTML-to-text leftovers).
 *
 * Everything here is invented: companies are made of word parts, people of common first
 * and last names drawn independently, every address is on an `.example` domain (the
 * candidate's on example.com), every phone number in a 555 or other reserved range.
 */
import type { EmailLabel } from '../../lib/detect/email';

// ---------------------------------------------------------------------------------------
// Types a family works with

export type PersonRole = 'recruiter' | 'interviewer' | 'hiring_manager' | 'agency_consultant' | 'reference';

export interface ExpectedPerson {
  name: string | null;
  email: string | null;
  phone?: string | null;
  role: PersonRole | null;
}

export interface Expected {
  /** The employer, as the email names it; null when it does not (agency for a hidden client). */
  company: string | null;
  /** The role as the email names it, without requisition numbers or locations; null if unnamed. */
  role: string | null;
  /** ISO 8601 with the sender's offset when the email fixes an interview time, else null. */
  interviewAt: string | null;
  /** YYYY-MM-DD when the email promises a decision or next news by a date, else null. */
  decisionBy: string | null;
  /** Every person a careful reader would note (never the candidate, never a company). */
  people: ExpectedPerson[];
}

/** One generated email, before the generator adds id, label, family and split. */
export interface Sample {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  /** ISO 8601 with the sender's offset. */
  date: string;
  body: string;
  expected: Expected;
  /** Optional: what this particular email tests, when it differs from the family's note. */
  note?: string;
}

/**
 * A template family: one shape of real job mail (a system's rejection notice, a recruiter's
 * cold note, a calendar invitation…), with its wording varied inside by `k.pick`.
 */
export interface Family {
  /** Unique, kebab-case: `greenhouse-rejection-after-interview`. */
  id: string;
  label: EmailLabel;
  /** What this family is and what it tests (a trap, a language, a sender kind). */
  note: string;
  /** How many emails to generate (default 10). */
  count?: number;
  make(k: Kit): Sample;
}

// ---------------------------------------------------------------------------------------
// Random source

/** FNV-1a over a string: a stable 32-bit seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------
// Vocabulary (all invented combinations)

const FIRST = [
  'Amy',
  'Ben',
  'Carla',
  'Daniel',
  'Elena',
  'Farah',
  'George',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
  'Laura',
  'Marcus',
  'Nadia',
  'Oscar',
  'Priya',
  'Quentin',
  'Rosa',
  'Samuel',
  'Tara',
  'Uma',
  'Victor',
  'Wendy',
  'Xavier',
  'Yusuf',
  'Zoe',
  'Aisha',
  'Bruno',
  'Chloe',
  'Dev',
  'Emma',
  'Felix',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Keiko',
  'Liam',
  'Maya',
  'Noah',
  'Olivia',
  'Pedro',
  'Rachel',
  'Sofia',
  'Tom',
  'Valeria',
  'Will',
  'Yara',
  'Arjun',
  'Beatriz',
  'Chen',
  'Diego',
  'Erin',
  'Fatima',
  'Gabriel',
  'Helen',
  'Isaac',
  'Jade',
  'Kevin',
  'Leila',
  'Mateo',
  'Nora',
  'Omar',
  'Paula',
  'Ravi',
  'Sarah',
  'Theo',
  'Vanessa',
  'Wei',
  'Anna',
  'Lukas',
  'Camille',
  'Javier',
  'Lucía',
  'Mathilde',
  'Jürgen',
  'Sebastian',
  'Ananya',
  'Rohan',
  'Kemi',
] as const;
const LAST = [
  'Lee',
  'Patel',
  'Garcia',
  'Nguyen',
  'Okafor',
  'Schmidt',
  'Rossi',
  'Kowalski',
  'Haddad',
  'Tanaka',
  'Brennan',
  'Moreau',
  'Silva',
  'Johansson',
  'Mensah',
  'Fischer',
  'Cohen',
  'Ivanova',
  'Doyle',
  'Martins',
  'Hughes',
  'Reyes',
  'Kaur',
  'Adeyemi',
  'Bauer',
  'Dubois',
  'Fernández',
  'Kim',
  'Walsh',
  'Novak',
  'Ortiz',
  'Park',
  'Quinn',
  'Ramos',
  'Sato',
  'Turner',
  'Vega',
  'Weber',
  'Young',
  'Zhang',
  'Abbott',
  'Baker',
  'Castillo',
  'Dunn',
  'Ellis',
  'Foster',
  'Gray',
  'Hayes',
  'Ibrahim',
  'Jensen',
  'Khan',
  'Lopez',
  'Murphy',
  'Nakamura',
  'Owens',
  'Price',
  'Richter',
  'Shah',
  'Thompson',
  'Usman',
  'Varga',
  'Wright',
  'Lindqvist',
  'Lambert',
  'Moreno',
] as const;

const COMPANY_A = [
  'Northwind',
  'Bluefin',
  'Kestrel',
  'Oakridge',
  'Marlow',
  'Tidewater',
  'Brightline',
  'Copperleaf',
  'Silverpine',
  'Harbor',
  'Lumen',
  'Ironwood',
  'Cedar',
  'Granite',
  'Meridian',
  'Summit',
  'Juniper',
  'Foxglove',
  'Redstone',
  'Clearwater',
  'Ashford',
  'Pioneer',
  'Lattice',
  'Quarry',
  'Vantor',
  'Helio',
  'Orbit',
  'Sable',
  'Tamarack',
  'Wrenfield',
  'Alder',
  'Beacon',
  'Crescent',
  'Driftwood',
  'Evergreen',
  'Fairview',
  'Goldcrest',
  'Highmark',
  'Islay',
  'Kingsbridge',
  'Larkspur',
  'Moorland',
  'Nimbus',
  'Osprey',
  'Pinecrest',
  'Riverbend',
  'Stonebridge',
  'Thornbury',
  'Upland',
  'Westgate',
] as const;
const COMPANY_B = [
  'Robotics',
  'Health',
  'Logistics',
  'Analytics',
  'Labs',
  'Software',
  'Systems',
  'Bank',
  'Energy',
  'Foods',
  'Media',
  'Dynamics',
  'Partners',
  'Insurance',
  'Retail',
  'Hotels',
  'Pharma',
  'Security',
  'Studios',
  'Capital',
  'Networks',
  'Biosciences',
  'Consulting',
  'Manufacturing',
  'Mobility',
  'Learning',
  'Outdoor',
  'Dental',
  'Engineering',
  'Holdings',
  'Technologies',
  'Cloud',
  'Games',
] as const;
const COMPANY_ONE_WORD = [
  'Tessellate',
  'Quillify',
  'Brisk',
  'Nuvora',
  'Pallas',
  'Zentrik',
  'Ovela',
  'Kindred',
  'Trellis',
  'Verdance',
  'Mosaic',
  'Fathom',
  'Corvid',
  'Loomwise',
  'Plinth',
  'Rivet',
  'Skylark',
  'Tandem',
] as const;
const COMPANY_SHAPES = [
  (a: string, b: string) => `${a} ${b}`,
  (a: string, b: string) => `${a} ${b}`,
  (a: string, b: string) => `${a} ${b}`,
  (a: string) => `${a} & Co`,
  (a: string, b: string) => `${a} ${b} Group`,
  (a: string) => `${a} Community Hospital`,
  (a: string) => `City of ${a}`,
  (a: string) => `${a} University`,
] as const;

export interface Company {
  /** "Northwind Robotics" */
  name: string;
  /** "northwindrobotics.example" */
  domain: string;
  /** The name as an address slug: "northwindrobotics". */
  slug: string;
}

/** Roles by field; some carry seniority or a specialism, as job titles do. */
const ROLES = {
  engineering: [
    'Software Engineer',
    'Senior Software Engineer',
    'Backend Engineer',
    'Frontend Developer',
    'Staff Engineer, Platform',
    'Site Reliability Engineer',
    'Mobile Developer (iOS)',
    'Data Engineer',
    'QA Automation Engineer',
    'Engineering Manager',
    'Machine Learning Engineer',
    'DevOps Engineer',
    'Full Stack Developer',
    'Embedded Software Engineer',
    'Security Engineer',
  ],
  design: [
    'Product Designer',
    'Senior Product Designer',
    'UX Researcher',
    'Visual Designer',
    'Content Designer',
  ],
  product: ['Product Manager', 'Senior Product Manager', 'Technical Program Manager', 'Product Owner'],
  data: ['Data Analyst', 'Senior Data Scientist', 'Business Intelligence Analyst', 'Analytics Engineer'],
  business: [
    'Account Executive',
    'Sales Development Representative',
    'Customer Success Manager',
    'Marketing Manager',
    'Content Marketing Specialist',
    'Financial Analyst',
    'Senior Accountant',
    'Operations Coordinator',
    'HR Generalist',
    'Executive Assistant',
    'Paralegal',
    'Procurement Specialist',
    'Project Manager',
    'Office Manager',
    'Supply Chain Analyst',
  ],
  care: [
    'Registered Nurse',
    'Dental Hygienist',
    'Pharmacy Technician',
    'Physical Therapist',
    'Medical Assistant',
  ],
  service: [
    'Store Manager',
    'Barista',
    'Warehouse Associate',
    'Front Desk Agent',
    'Delivery Driver',
    'Customer Service Representative',
    'Line Cook',
    'Retail Sales Associate',
    'Forklift Operator',
  ],
  education: ['Teaching Assistant', 'Mathematics Teacher', 'Program Coordinator', 'Research Assistant'],
} as const;

export type Field = keyof typeof ROLES;

/** How locales write dates, and the zone offsets they live in. */
export type Locale = 'en-US' | 'en-GB' | 'en-IN' | 'en-AU' | 'en-CA' | 'de' | 'fr' | 'es';

interface Zone {
  /** Offset in minutes east of UTC in (northern) winter and summer. */
  winter: number;
  summer: number;
}

const ZONES: Record<Locale, Zone[]> = {
  'en-US': [
    { winter: -300, summer: -240 },
    { winter: -360, summer: -300 },
    { winter: -480, summer: -420 },
  ],
  'en-CA': [{ winter: -300, summer: -240 }],
  'en-GB': [{ winter: 0, summer: 60 }],
  'en-IN': [{ winter: 330, summer: 330 }],
  'en-AU': [{ winter: 660, summer: 600 }],
  de: [{ winter: 60, summer: 120 }],
  fr: [{ winter: 60, summer: 120 }],
  es: [{ winter: 60, summer: 120 }],
};

/** Month names per language, as the dates here write them (family files may use them too). */
export const MONTHS = {
  en: [
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
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};
const WEEKDAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};

/**
 * A wall-clock moment in the sender's zone. `iso` is what `expected.interviewAt` wants;
 * the formatters write it the ways people and systems do.
 */
export class Moment {
  constructor(
    /** Calendar fields in the sender's zone. */
    readonly year: number,
    readonly month: number, // 1-12
    readonly day: number,
    readonly hour: number,
    readonly minute: number,
    /** Minutes east of UTC. */
    readonly offset: number,
  ) {}

  get weekday(): number {
    return new Date(Date.UTC(this.year, this.month - 1, this.day)).getUTCDay();
  }

  /** "2026-03-04T14:30:00-05:00" */
  get iso(): string {
    const sign = this.offset < 0 ? '-' : '+';
    const abs = Math.abs(this.offset);
    return `${this.ymd}T${pad(this.hour)}:${pad(this.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  }

  /** "2026-03-04" */
  get ymd(): string {
    return `${this.year}-${pad(this.month)}-${pad(this.day)}`;
  }

  /** "2:30 PM", "2:30pm", "2pm", "14:30", "14h30", "14.30 Uhr" */
  time(style: 'us' | 'us-lower' | 'us-compact' | '24h' | 'fr' | 'de' = 'us'): string {
    const h12 = this.hour % 12 === 0 ? 12 : this.hour % 12;
    const ampm = this.hour < 12 ? 'AM' : 'PM';
    const mm = pad(this.minute);
    switch (style) {
      case 'us':
        return `${h12}:${mm} ${ampm}`;
      case 'us-lower':
        return `${h12}:${mm}${ampm.toLowerCase()}`;
      case 'us-compact':
        return this.minute === 0 ? `${h12}${ampm.toLowerCase()}` : `${h12}:${mm}${ampm.toLowerCase()}`;
      case '24h':
        return `${pad(this.hour)}:${mm}`;
      case 'fr':
        return `${this.hour}h${this.minute === 0 ? '' : mm}`;
      case 'de':
        return `${this.hour}:${mm} Uhr`;
    }
  }

  /**
   * The date the way a locale writes it:
   * - `us-long` "Tuesday, March 4, 2026", `us-short` "Tue, Mar 4", `us-numeric` "3/4/2026",
   *   `us-numeric-short` "3/4"
   * - `uk-long` "Tuesday 4 March 2026", `uk-short` "Tue 4 Mar", `uk-numeric` "04/03/2026"
   * - `iso` "2026-03-04"
   * - `de` "Dienstag, 4. März 2026", `de-numeric` "04.03.2026"
   * - `fr` "mardi 4 mars 2026", `es` "martes 4 de marzo de 2026"
   */
  date(
    style:
      | 'us-long'
      | 'us-short'
      | 'us-numeric'
      | 'us-numeric-short'
      | 'uk-long'
      | 'uk-short'
      | 'uk-numeric'
      | 'iso'
      | 'de'
      | 'de-numeric'
      | 'fr'
      | 'es' = 'us-long',
  ): string {
    const wd = this.weekday;
    const m = this.month - 1;
    switch (style) {
      case 'us-long':
        return `${WEEKDAYS.en[wd]}, ${MONTHS.en[m]} ${this.day}, ${this.year}`;
      case 'us-short':
        return `${WEEKDAYS.en[wd]!.slice(0, 3)}, ${MONTHS.en[m]!.slice(0, 3)} ${this.day}`;
      case 'us-numeric':
        return `${this.month}/${this.day}/${this.year}`;
      case 'us-numeric-short':
        return `${this.month}/${this.day}`;
      case 'uk-long':
        return `${WEEKDAYS.en[wd]} ${this.day} ${MONTHS.en[m]} ${this.year}`;
      case 'uk-short':
        return `${WEEKDAYS.en[wd]!.slice(0, 3)} ${this.day} ${MONTHS.en[m]!.slice(0, 3)}`;
      case 'uk-numeric':
        return `${pad(this.day)}/${pad(this.month)}/${this.year}`;
      case 'iso':
        return this.ymd;
      case 'de':
        return `${WEEKDAYS.de[wd]}, ${this.day}. ${MONTHS.de[m]} ${this.year}`;
      case 'de-numeric':
        return `${pad(this.day)}.${pad(this.month)}.${this.year}`;
      case 'fr':
        return `${WEEKDAYS.fr[wd]} ${this.day} ${MONTHS.fr[m]} ${this.year}`;
      case 'es':
        return `${WEEKDAYS.es[wd]} ${this.day} de ${MONTHS.es[m]} de ${this.year}`;
    }
  }

  /** The weekday's name in English ("Tuesday"). */
  get weekdayName(): string {
    return WEEKDAYS.en[this.weekday]!;
  }

  /** The same wall clock `days` calendar days later (same offset: the kit avoids DST weeks). */
  plusDays(days: number, hour = this.hour, minute = this.minute): Moment {
    const d = new Date(Date.UTC(this.year, this.month - 1, this.day + days));
    return new Moment(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute, this.offset);
  }

  /** The next weekday (Mon–Fri) at least `days` calendar days later. */
  plusWorkdays(days: number, hour = this.hour, minute = this.minute): Moment {
    let m = this.plusDays(days, hour, minute);
    while (m.weekday === 0 || m.weekday === 6) m = m.plusDays(1, hour, minute);
    return m;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------
// Applicant-tracking systems and other senders

export interface System {
  name: string;
  kind: 'ats' | 'scheduling' | 'assessment' | 'job_board' | 'reference';
  /** The From header for a company's mail sent through this system. */
  from(company: Company): string;
  /** Footer lines the system appends. */
  footer(company: Company): string;
  /** A link into the system. */
  link(company: Company, token: string): string;
}

const sys = (
  name: string,
  kind: System['kind'],
  from: (c: Company) => string,
  footer: (c: Company) => string,
  link: (c: Company, t: string) => string,
): System => ({ name, kind, from, footer, link });

export const ATS: Record<string, System> = {
  greenhouse: sys(
    'Greenhouse',
    'ats',
    (c) => `${c.name} <no-reply@us.greenhouse-mail.io>`,
    () => 'Powered by Greenhouse\nPrivacy Policy | Unsubscribe',
    (c, t) => `https://job-boards.greenhouse.io/${c.slug}/jobs/${t}`,
  ),
  lever: sys(
    'Lever',
    'ats',
    (c) => `${c.name} <no-reply@hire.lever.co>`,
    () => 'Sent via Lever',
    (c, t) => `https://jobs.lever.co/${c.slug}/${t}`,
  ),
  workday: sys(
    'Workday',
    'ats',
    (c) => `${c.name} <${c.slug}@myworkday.com>`,
    (c) => `This email was sent from an unmonitored mailbox. Please do not reply.\n© ${c.name}`,
    (c, t) => `https://${c.slug}.wd5.myworkdayjobs.com/en-US/careers/job/${t}`,
  ),
  icims: sys(
    'iCIMS',
    'ats',
    (c) => `${c.name} Talent Acquisition <${c.slug}-notifications@talent.icims.com>`,
    () => 'Please do not reply to this message. This mailbox is not monitored.',
    (c, t) => `https://careers-${c.slug}.icims.com/jobs/${t}/login`,
  ),
  smartrecruiters: sys(
    'SmartRecruiters',
    'ats',
    (c) => `${c.name} <noreply@smartrecruiters.com>`,
    () => 'Powered by SmartRecruiters | Privacy Policy',
    (c, t) => `https://jobs.smartrecruiters.com/${c.slug}/${t}`,
  ),
  ashby: sys(
    'Ashby',
    'ats',
    (c) => `${c.name} Hiring Team <no-reply@ashbyhq.com>`,
    () => 'Sent with Ashby',
    (c, t) => `https://jobs.ashbyhq.com/${c.slug}/${t}`,
  ),
  taleo: sys(
    'Taleo',
    'ats',
    (c) => `${c.name} Careers <careers-${c.slug}@taleo.net>`,
    () => '*** This is an automated message. Please do not reply. ***',
    (c, t) => `https://${c.slug}.taleo.net/careersection/2/jobdetail.ftl?job=${t}`,
  ),
  successfactors: sys(
    'SAP SuccessFactors',
    'ats',
    (c) => `${c.name} Careers <do-not-reply@successfactors.com>`,
    () => 'This is a system-generated message. Replies to this address are not read.',
    (c, t) => `https://career5.successfactors.eu/career?company=${c.slug}&career_job_req_id=${t}`,
  ),
  jobvite: sys(
    'Jobvite',
    'ats',
    (c) => `${c.name} Recruiting <notification@jobvite.com>`,
    () => 'Powered by Jobvite',
    (c, t) => `https://jobs.jobvite.com/${c.slug}/job/${t}`,
  ),
  bamboohr: sys(
    'BambooHR',
    'ats',
    (c) => `${c.name} <notifications@app.bamboohr.com>`,
    () => 'Powered by BambooHR',
    (c, t) => `https://${c.slug}.bamboohr.com/careers/${t}`,
  ),
  teamtailor: sys(
    'Teamtailor',
    'ats',
    (c) => `${c.name} <no-reply@teamtailor-mail.com>`,
    () => 'Sent with Teamtailor · Manage your data',
    (c, t) => `https://${c.slug}.teamtailor.com/jobs/${t}`,
  ),
  personio: sys(
    'Personio',
    'ats',
    (c) => `${c.name} Recruiting <noreply@personio.de>`,
    () => 'Diese E-Mail wurde über Personio versendet.',
    (c, t) => `https://${c.slug}.jobs.personio.de/job/${t}`,
  ),
  workable: sys(
    'Workable',
    'ats',
    (c) => `${c.name} <noreply@candidates.workablemail.com>`,
    () => 'Powered by Workable',
    (c, t) => `https://apply.workable.com/${c.slug}/j/${t}`,
  ),
  recruitee: sys(
    'Recruitee',
    'ats',
    (c) => `${c.name} via Recruitee <no-reply@recruitee.com>`,
    () => 'Sent via Recruitee',
    (c, t) => `https://${c.slug}.recruitee.com/o/${t}`,
  ),
  own: sys(
    'own careers site',
    'ats',
    (c) => `${c.name} Careers <careers@${c.domain}>`,
    (c) => `${c.name} is an equal opportunity employer.`,
    (c, t) => `https://careers.${c.domain}/applications/${t}`,
  ),
};

// ---------------------------------------------------------------------------------------
// The kit a family's make() receives

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
  /** A phone number in the locale's shape, in a reserved range. */
  phone: string;
}

export class Kit {
  readonly random: () => number;
  /** The sender's locale and zone, drawn once per email (families may override with `as`). */
  locale: Locale;
  private zone: Zone;
  /** When the email was sent, in the sender's zone. */
  readonly sent: Moment;
  /** The candidate who receives it (example.com addresses). */
  readonly candidate: Person;

  constructor(seed: string, locale?: Locale) {
    this.random = mulberry32(hashString(seed));
    this.locale =
      locale ??
      this.weighted<Locale>([
        ['en-US', 8],
        ['en-GB', 3],
        ['en-CA', 1],
        ['en-IN', 1],
        ['en-AU', 1],
      ]);
    this.zone = this.pick(ZONES[this.locale]);
    this.sent = this.sentMoment();
    const first = this.pick(FIRST);
    const last = this.pick(LAST);
    this.candidate = {
      first,
      last,
      name: `${first} ${last}`,
      email: `${ascii(first)}.${ascii(last)}@example.com`.toLowerCase(),
      phone: this.phoneNumber(),
    };
  }

  /** Switch the email to a locale (its zone and the sent time's offset follow). */
  as(locale: Locale): this {
    this.locale = locale;
    this.zone = this.pick(ZONES[locale]);
    const s = this.sent;
    (this as { sent: Moment }).sent = new Moment(
      s.year,
      s.month,
      s.day,
      s.hour,
      s.minute,
      this.offsetFor(s.month),
    );
    return this;
  }

  // -- randomness --------------------------------------------------------------------------

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.random() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** Some of the given items, in random order. */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, this.int(min, Math.min(max, copy.length)));
  }

  /** A random token for links and reference numbers. */
  token(length = 8): string {
    const chars = 'abcdefghijkmnpqrstuvwxyz23456789';
    let t = '';
    for (let i = 0; i < length; i++) t += chars[Math.floor(this.random() * chars.length)];
    return t;
  }

  digits(length: number): string {
    let t = String(this.int(1, 9));
    while (t.length < length) t += String(this.int(0, 9));
    return t;
  }

  // -- things ----------------------------------------------------------------------------

  company(): Company {
    const a = this.pick(COMPANY_A);
    const b = this.pick(COMPANY_B);
    const name = this.chance(0.12) ? this.pick(COMPANY_ONE_WORD) : this.pick(COMPANY_SHAPES)(a, b);
    const slug = ascii(name)
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/[^a-z0-9]+/g, '');
    return { name, slug, domain: `${slug}.example` };
  }

  /** A person; with a company, their address is at its domain. */
  person(company?: Company, shape: 'first.last' | 'first' | 'flast' = 'first.last'): Person {
    const first = this.pick(FIRST);
    const last = this.pick(LAST);
    const local =
      shape === 'first'
        ? ascii(first)
        : shape === 'flast'
          ? `${ascii(first)[0]}${ascii(last)}`
          : `${ascii(first)}.${ascii(last)}`;
    return {
      first,
      last,
      name: `${first} ${last}`,
      email: `${local.toLowerCase()}@${company ? company.domain : `${ascii(last).toLowerCase()}mail.example`}`,
      phone: this.phoneNumber(),
    };
  }

  role(field?: Field): string {
    const f = field ?? this.pick(Object.keys(ROLES) as Field[]);
    return this.pick(ROLES[f]);
  }

  system(...names: Array<keyof typeof ATS>): System {
    return ATS[this.pick(names.length ? names : (Object.keys(ATS) as Array<keyof typeof ATS>))]!;
  }

  /** A phone number as the locale writes it (reserved ranges only). */
  phoneNumber(): string {
    const n = () => this.digits(4);
    switch (this.locale) {
      case 'en-US':
      case 'en-CA':
        return this.pick([
          `(${this.pick(['212', '415', '617', '312', '206', '512'])}) 555-${n()}`,
          `${this.pick(['646', '628', '857', '872'])}-555-${n()}`,
          `+1 ${this.pick(['303', '720', '404'])} 555 ${n()}`,
        ]);
      case 'en-GB':
        return this.pick([`+44 20 7946 0${this.digits(3)}`, `07700 900${this.digits(3)}`]);
      case 'en-AU':
        return `+61 2 5550 ${n()}`;
      case 'en-IN':
        return `+91 98765 ${this.digits(5)}`;
      case 'de':
        return `+49 30 ${this.digits(3)} ${n()}`;
      case 'fr':
        return `01 ${this.digits(2)} ${this.digits(2)} ${this.digits(2)} ${this.digits(2)}`;
      case 'es':
        return `+34 91 ${this.digits(3)} ${this.digits(2)} ${this.digits(2)}`;
    }
  }

  // -- time ------------------------------------------------------------------------------

  /** The zone offset (minutes) in a given month. */
  offsetFor(month: number): number {
    const summer = month >= 4 && month <= 10;
    return summer ? this.zone.summer : this.zone.winter;
  }

  /** A business-hours moment `minDays`–`maxDays` working days after the email was sent. */
  later(minDays = 2, maxDays = 10): Moment {
    const hour = this.pick([9, 9, 10, 10, 11, 13, 14, 14, 15, 16]);
    const minute = this.pick([0, 0, 0, 30, 30, 15, 45]);
    return this.sent.plusWorkdays(this.int(minDays, maxDays), hour, minute);
  }

  /** The email's Date, ISO with the sender's offset. */
  get date(): string {
    return this.sent.iso;
  }

  /** A sent time between 2025-01 and 2026-11, on a weekday, away from DST weeks. */
  private sentMoment(): Moment {
    for (;;) {
      const year = this.pick([2025, 2026]);
      const month = this.pick([1, 2, 4, 5, 6, 7, 8, 9, 11, 12]);
      const day = this.int(month === 11 ? 10 : 1, month === 2 ? 28 : 28);
      const hour = this.int(7, 18);
      const minute = this.int(0, 59);
      const m = new Moment(year, month, day, hour, minute, this.offsetFor(month));
      if (m.weekday === 0 || m.weekday === 6) continue;
      if (year === 2026 && month >= 11 && day > 20) continue;
      // Stay two weeks clear of DST changes, so a date two weeks on keeps the offset.
      if ((month === 10 && day > 15) || (month === 2 && day > 20)) continue;
      return m;
    }
  }

  // -- clutter ---------------------------------------------------------------------------

  /** A greeting to the candidate, in one of the ways mail opens. */
  hello(formal = false): string {
    const c = this.candidate;
    return formal
      ? this.pick([`Dear ${c.first},`, `Dear ${c.name},`, `Dear ${c.first} ${c.last},`, `Hello ${c.first},`])
      : this.pick([
          `Hi ${c.first},`,
          `Hello ${c.first},`,
          `Hi ${c.first} -`,
          `${c.first},`,
          `Hey ${c.first},`,
          `Good morning ${c.first},`,
        ]);
  }

  /** A sign-off with a person's signature block. */
  signature(p: Person, title: string, company: Company | null, withPhone = this.chance(0.4)): string {
    const close = this.pick([
      'Best,',
      'Best regards,',
      'Thanks,',
      'Kind regards,',
      'Cheers,',
      'Warm regards,',
      'Thank you,',
      'All the best,',
    ]);
    const lines = [close, p.name];
    if (this.chance(0.15)) lines.splice(1, 1, p.first, '', '--', p.name);
    lines.push(company && this.chance(0.5) ? `${title} | ${company.name}` : title);
    if (company && !lines.some((l) => l.includes(company.name))) lines.push(company.name);
    if (withPhone)
      lines.push(this.pick([`${p.phone}`, `M: ${p.phone}`, `Phone: ${p.phone}`, `Direct: ${p.phone}`]));
    if (this.chance(0.3)) lines.push(p.email);
    return lines.join('\n');
  }

  /** HTML-to-text leftovers from a system's template: logos, view-in-browser, spacer runs. */
  header(company: Company): string {
    return this.pick([
      `[image: ${company.name}]`,
      `[${company.name} logo]`,
      'View this email in your browser',
      `\u200c \u200c \u200c \u200c \u200c \u200c`,
      '',
      '',
    ]);
  }

  /** Footer clutter: legal lines, addresses, unsubscribe, tracking links. */
  footer(company: Company, system?: System): string {
    const parts = [
      system ? system.footer(company) : '',
      this.chance(0.5) ? `© ${this.sent.year} ${company.name}. All rights reserved.` : '',
      this.chance(0.3)
        ? `${this.int(10, 999)} ${this.pick(['Market Street', 'King Street', 'Harbour Road', 'Innovation Way', 'Main St'])}, ${this.pick(['Springfield', 'Riverton', 'Lakeside', 'Fairhaven', 'Millbrook'])}`
        : '',
      this.chance(0.3)
        ? `This message may contain confidential information and is intended only for the named recipient.`
        : '',
      this.chance(0.25) ? `Unsubscribe: https://links.${company.domain}/u/${this.token(12)}` : '',
    ];
    return parts.filter(Boolean).join('\n');
  }

  /** A tracking link as mail templates wrap them. */
  trackingLink(company: Company): string {
    return `https://click.${company.domain}/ls/click?upn=${this.token(24)}`;
  }

  /** Below the new text: an earlier message quoted the way Gmail writes it. */
  quote(previous: string, from: { name: string; email: string }, when: Moment): string {
    const attribution = `On ${when.date('us-short')}, ${when.year} at ${when.time('us')} ${from.name} <${from.email}> wrote:`;
    return `${attribution}\n${previous
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n')}`;
  }

  /** A forwarded message, as Gmail puts it in the body. */
  forward(previous: { from: string; subject: string; when: Moment; to: string; body: string }): string {
    return [
      '---------- Forwarded message ---------',
      `From: ${previous.from}`,
      `Date: ${previous.when.date('us-short')}, ${previous.when.year} at ${previous.when.time('us')}`,
      `Subject: ${previous.subject}`,
      `To: ${previous.to}`,
      '',
      previous.body,
    ].join('\n');
  }

  /** Join paragraphs with blank lines, dropping empty ones. */
  paragraphs(...parts: Array<string | false | null | undefined>): string {
    return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
  }

  /** "Name <address>" */
  addr(p: { name: string; email: string }): string {
    return `${p.name} <${p.email}>`;
  }
}

/** Letters without accents, for addresses. */
export function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
