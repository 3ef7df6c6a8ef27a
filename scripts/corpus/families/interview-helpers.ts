/**
 * Helpers shared by the interview family files (interviews.ts, interviews2.ts): months and
 * zone labels, calendar "When" lines, interviewers and their titles, senders of scheduling
 * and assessment systems, and `exp()`/`who()` for expectations.
 */
import { Moment } from '../kit';
import type { Company, Expected, ExpectedPerson, Field, Kit, Person, PersonRole } from '../kit';

export const MONTHS = [
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

export function isUS(k: Kit): boolean {
  return k.locale === 'en-US' || k.locale === 'en-CA';
}

export function to(k: Kit): string {
  return k.chance(0.5) ? k.addr(k.candidate) : k.candidate.email;
}

export function plusMin(m: Moment, mins: number): Moment {
  const t = m.hour * 60 + m.minute + mins;
  return new Moment(m.year, m.month, m.day, Math.floor(t / 60), t % 60, m.offset);
}

export function ord(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export const mon = (m: Moment) => MONTHS[m.month - 1]!;
export const mon3 = (m: Moment) => mon(m).slice(0, 3);
export const wd3 = (m: Moment) => m.weekdayName.slice(0, 3);

export type Region = 'east' | 'central' | 'pacific' | 'uk' | 'cet' | 'india' | 'aus';

export function summer(m: Moment): boolean {
  return m.month >= 4 && m.month <= 10;
}

export function region(m: Moment): Region {
  switch (m.offset) {
    case -240:
      return 'east';
    case -300:
      return summer(m) ? 'central' : 'east';
    case -360:
      return 'central';
    case -420:
    case -480:
      return 'pacific';
    case 0:
      return 'uk';
    case 60:
      return summer(m) ? 'uk' : 'cet';
    case 120:
      return 'cet';
    case 330:
      return 'india';
    default:
      return 'aus';
  }
}

/** The exact abbreviation: EST, CDT, BST, CET, IST, AEDT. */
export function tzAbbr(m: Moment): string {
  const s = summer(m);
  switch (region(m)) {
    case 'east':
      return s ? 'EDT' : 'EST';
    case 'central':
      return s ? 'CDT' : 'CST';
    case 'pacific':
      return s ? 'PDT' : 'PST';
    case 'uk':
      return s ? 'BST' : 'GMT';
    case 'cet':
      return s ? 'CEST' : 'CET';
    case 'india':
      return 'IST';
    case 'aus':
      return m.offset === 660 ? 'AEDT' : 'AEST';
  }
}

/** How people write the zone: "ET", "Eastern", "EST", "UK time". */
export function tzLoose(k: Kit, m: Moment): string {
  const exact = tzAbbr(m);
  switch (region(m)) {
    case 'east':
      return k.pick([exact, 'ET', 'Eastern', exact]);
    case 'central':
      return k.pick([exact, 'CT', 'Central']);
    case 'pacific':
      return k.pick([exact, 'PT', 'Pacific', exact]);
    case 'uk':
      return k.pick([exact, 'UK time', exact]);
    case 'cet':
      return k.pick([exact, summer(m) ? 'CEST' : 'CET']);
    case 'india':
      return 'IST';
    case 'aus':
      return k.pick([exact, 'Sydney time', exact]);
  }
}

export function tzGoogle(m: Moment): string {
  switch (region(m)) {
    case 'east':
      return 'Eastern Time - New York';
    case 'central':
      return 'Central Time - Chicago';
    case 'pacific':
      return 'Pacific Time - Los Angeles';
    case 'uk':
      return 'United Kingdom Time';
    case 'cet':
      return 'Central European Time - Berlin';
    case 'india':
      return 'India Standard Time - Kolkata';
    case 'aus':
      return 'Australian Eastern Time - Sydney';
  }
}

export function tzOutlook(m: Moment): string {
  switch (region(m)) {
    case 'east':
      return '(UTC-05:00) Eastern Time (US & Canada)';
    case 'central':
      return '(UTC-06:00) Central Time (US & Canada)';
    case 'pacific':
      return '(UTC-08:00) Pacific Time (US & Canada)';
    case 'uk':
      return '(UTC+00:00) Dublin, Edinburgh, Lisbon, London';
    case 'cet':
      return '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna';
    case 'india':
      return '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi';
    case 'aus':
      return '(UTC+10:00) Canberra, Melbourne, Sydney';
  }
}

/** The day as the sender's English locale writes it in running text. */
export function dayText(k: Kit, m: Moment): string {
  if (isUS(k))
    return k.pick([
      m.date('us-long'),
      `${m.weekdayName}, ${mon(m)} ${m.day}`,
      `${m.weekdayName} ${m.month}/${m.day}`,
      m.date('us-short'),
      `${m.weekdayName} (${m.month}/${m.day})`,
      `${m.weekdayName}, ${mon(m)} ${ord(m.day)}`,
    ]);
  return k.pick([
    m.date('uk-long'),
    `${m.weekdayName} ${m.day} ${mon(m)}`,
    m.date('uk-short'),
    `${m.weekdayName} ${ord(m.day)} ${mon(m)}`,
    `${m.weekdayName}, ${m.date('uk-numeric')}`,
    `${m.weekdayName} ${m.day} ${mon(m)}`,
  ]);
}

/** The time as the sender's English locale writes it. */
export function timeText(k: Kit, m: Moment): string {
  if (isUS(k)) return m.time(k.pick(['us', 'us-lower', 'us-compact'] as const));
  if (k.locale === 'en-IN') return m.time(k.pick(['us', 'us', '24h'] as const));
  return k.pick([
    m.time('24h'),
    m.time('24h'),
    m.time('us-lower'),
    m.time('us-compact'),
    m.time('24h').replace(':', '.'),
  ]);
}

/** "Tuesday, March 4 at 2:30 PM ET" and its many cousins. */
export function whenText(k: Kit, m: Moment, tz = k.chance(0.65)): string {
  const day = dayText(k, m);
  const time = timeText(k, m);
  const zone = tz ? ` ${tzLoose(k, m)}` : '';
  return k.pick([
    `${day} at ${time}${zone}`,
    `${day} at ${time}${zone}`,
    `${time}${zone} on ${day}`,
    `${day}, ${time}${zone}`,
  ]);
}

export function who(
  p: { name: string; email: string; phone?: string },
  role: PersonRole,
  email: string | null = p.email,
  phone: string | null = null,
): ExpectedPerson {
  return { name: p.name, email, phone, role };
}

export function exp(
  company: string | null,
  role: string | null,
  people: ExpectedPerson[] = [],
  interviewAt: string | null = null,
): Expected {
  return { company, role, interviewAt, decisionBy: null, people };
}

/** A signature block and the phone it shows (null when none). */
export function sign(k: Kit, p: Person, title: string, company: Company | null, phone = k.chance(0.4)) {
  return { text: k.signature(p, title, company, phone), phone: phone ? p.phone : null };
}

export const RECRUITER_TITLES = [
  'Technical Recruiter',
  'Senior Technical Recruiter',
  'Talent Acquisition Partner',
  'Recruiter',
  'Talent Partner',
  'Senior Talent Acquisition Specialist',
  'Talent Acquisition Manager',
  'People & Talent Lead',
  'Recruiting Lead',
];
export const COORD_TITLES = [
  'Recruiting Coordinator',
  'Interview Coordinator',
  'Candidate Experience Coordinator',
  'Talent Coordinator',
  'Recruiting Operations Specialist',
];
export const HM_TITLES: Record<Field, string[]> = {
  engineering: [
    'Engineering Manager',
    'Director of Engineering',
    'VP of Engineering',
    'Head of Platform',
    'CTO',
  ],
  design: ['Head of Design', 'Design Director', 'Design Manager'],
  product: ['Director of Product', 'VP Product', 'Group Product Manager'],
  data: ['Head of Data', 'Analytics Manager', 'Director of Data Science'],
  business: [
    'Director of Operations',
    'Head of Sales',
    'Finance Director',
    'Marketing Director',
    'Head of People',
  ],
  care: ['Nurse Manager', 'Clinical Director', 'Practice Manager'],
  service: ['Store Manager', 'General Manager', 'Operations Manager', 'District Manager'],
  education: ['Head of Department', 'Program Director', 'Principal'],
};
export const IV_TITLES: Record<Field, string[]> = {
  engineering: [
    'Senior Software Engineer',
    'Staff Engineer',
    'Principal Engineer',
    'Tech Lead',
    'Software Engineer II',
  ],
  design: ['Senior Product Designer', 'Staff Designer', 'UX Research Lead', 'Design Systems Lead'],
  product: ['Senior Product Manager', 'Principal Product Manager', 'Engineering Lead', 'Product Design Lead'],
  data: ['Senior Data Scientist', 'Analytics Engineer', 'Data Engineering Lead', 'Staff Data Scientist'],
  business: ['Senior Account Executive', 'Finance Manager', 'Team Lead', 'Operations Manager', 'Controller'],
  care: ['Charge Nurse', 'Clinical Educator', 'Lead Hygienist', 'Unit Supervisor'],
  service: ['Assistant Store Manager', 'Shift Supervisor', 'Team Lead', 'Area Manager'],
  education: ['Senior Lecturer', 'Department Coordinator', 'Lead Teacher', 'Curriculum Lead'],
};

export interface Job {
  field: Field;
  role: string;
  hmTitle: string;
  ivTitle(): string;
}

export function job(k: Kit, fields?: Field[]): Job {
  const field =
    fields && fields.length
      ? k.pick(fields)
      : k.weighted<Field>([
          ['engineering', 5],
          ['design', 2],
          ['product', 2],
          ['data', 2],
          ['business', 4],
          ['care', 1],
          ['service', 1],
          ['education', 1],
        ]);
  return {
    field,
    role: k.role(field),
    hmTitle: k.pick(HM_TITLES[field]),
    ivTitle: () => k.pick(IV_TITLES[field]),
  };
}

export function meetLink(k: Kit): string {
  return `https://meet.google.com/${k.token(3)}-${k.token(4)}-${k.token(3)}`;
}
export function zoomLink(k: Kit, c: Company): string {
  return `https://${k.chance(0.5) ? `${c.slug}.` : ''}zoom.us/j/${k.digits(11)}?pwd=${k.token(22)}`;
}
export function teamsLink(k: Kit): string {
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${k.token(28)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${k.token(12)}%22%7d`;
}

/** A few distinct future moments, in order. */
export function slots(k: Kit, n: number, min = 2, max = 9): Moment[] {
  const out: Moment[] = [];
  for (let guard = 0; out.length < n && guard < 50; guard++) {
    const m = k.later(min, max);
    if (!out.some((o) => o.ymd === m.ymd)) out.push(m);
  }
  return out.sort((a, b) => (a.iso < b.iso ? -1 : 1));
}

/** One proposed slot, each written a bit differently (as people do in one email). */
export function slotLine(k: Kit, m: Moment): string {
  const end = plusMin(m, k.pick([30, 45, 60]));
  if (isUS(k))
    return k.pick([
      `${wd3(m)} ${m.month}/${m.day}, ${m.time('us-compact')}-${end.time('us-compact')} ${tzLoose(k, m)}`,
      `${m.weekdayName}, ${mon(m)} ${m.day} at ${m.time('us-lower')} ${tzLoose(k, m)}`,
      `${m.weekdayName} ${m.month}/${m.day} - anytime between ${m.time('us-compact')} and ${plusMin(m, 120).time('us-compact')}`,
      `${m.date('us-short')}: ${m.time('us')} - ${end.time('us')}`,
      `${m.month}/${m.day} @ ${m.time('us-compact')}`,
    ]);
  return k.pick([
    `${m.weekdayName} ${m.day} ${mon(m)}, ${m.time('24h')}–${end.time('24h')}`,
    `${wd3(m)} ${m.day}/${m.month} at ${m.time('24h')}`,
    `${m.weekdayName} ${ord(m.day)} ${mon(m)}, ${m.time('us-lower')}`,
    `${m.date('uk-short')} – ${m.time('24h')} ${tzLoose(k, m)}`,
    `${m.weekdayName} ${m.day} ${mon3(m)} any time after ${m.time('24h')}`,
  ]);
}

/** A moment shortly before the email was sent (for quoted and forwarded messages). */
export function earlier(k: Kit): Moment {
  const s = k.sent;
  return s.hour >= 10
    ? s.plusDays(0, s.hour - k.int(1, 2), k.int(0, 59))
    : s.plusDays(-1, k.int(14, 17), k.int(0, 59));
}

export function bullets(k: Kit, lines: string[]): string {
  const mark = k.pick(['- ', '• ', '* ', '', '1. ']);
  return lines.map((l, i) => (mark === '1. ' ? `${i + 1}. ${l}` : `${mark}${l}`)).join('\n');
}

/** Google Calendar's subject time: "Tue Mar 4, 2026 2pm - 3pm (EST)" / "Tue 4 Mar 2026 14:00 - 15:00 (GMT)". */
export function gcalSubjectWhen(k: Kit, m: Moment, end: Moment): string {
  return isUS(k)
    ? `${wd3(m)} ${mon3(m)} ${m.day}, ${m.year} ${m.time('us-compact')} - ${end.time('us-compact')} (${tzAbbr(m)})`
    : `${wd3(m)} ${m.day} ${mon3(m)} ${m.year} ${m.time('24h')} - ${end.time('24h')} (${tzAbbr(m)})`;
}

export function gcalBodyWhen(k: Kit, m: Moment, end: Moment): string {
  return isUS(k)
    ? `${m.date('us-long')} ⋅ ${m.time('us-lower')} – ${end.time('us-lower')}`
    : `${m.weekdayName} ${m.day} ${mon(m)} ${m.year} ⋅ ${m.time('24h')} – ${end.time('24h')}`;
}

export function gcalFooter(k: Kit): string {
  return k.paragraphs(
    `Reply for ${k.candidate.email}\nYes\nNo\nMaybe\nMore options`,
    'Invitation from Google Calendar',
    k.pick([
      'You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.',
      'You are receiving this courtesy email at the account ' +
        k.candidate.email +
        ' because you are an attendee of this event.',
    ]),
    'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding',
  );
}

export function meetBlock(k: Kit): string {
  const link = meetLink(k).replace('https://', '');
  return k.paragraphs(
    `Join with Google Meet\n${link}`,
    k.chance(0.6)
      ? `Join by phone\n(US) +1 ${k.pick(['617', '312', '347', '929'])}-555-${k.digits(4)}\nPIN: ${k.digits(3)} ${k.digits(3)} ${k.digits(3)}#\n\nMore phone numbers\nhttps://tel.meet/${k.token(3)}-${k.token(4)}-${k.token(3)}?pin=${k.digits(13)}`
      : '',
  );
}
