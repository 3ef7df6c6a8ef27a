/**
 * Second-round interview families: shapes the first round did not have. Requests from
 * other HR systems (Oracle/SAP/UKG-style proposed times, Comeet/Pinpoint/Breezy-style
 * pick-a-time), public-sector and graduate assessment-centre date choices, voicemail
 * transcripts, mobile replies, referral intros, Portuguese/Italian/Dutch and mixed-language
 * mail; fixed-time mail as Webex/Bookings/iCloud/ICS text, SMS copies, logistics, panel
 * tables, acceptance notices, converted time zones, legalese templates; and assessments
 * (games, language, typing, SQL/Excel, presentations, assessment centres, expiring links).
 */
import { Moment, ascii } from '../kit';
import type { Company, ExpectedPerson, Family, Kit } from '../kit';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

import {
  MONTHS,
  isUS,
  to,
  plusMin,
  mon,
  summer,
  region,
  tzAbbr,
  tzLoose,
  tzGoogle,
  tzOutlook,
  dayText,
  timeText,
  whenText,
  who,
  exp,
  sign,
  RECRUITER_TITLES,
  COORD_TITLES,
  IV_TITLES,
  job,
  meetLink,
  zoomLink,
  teamsLink,
  slots,
  slotLine,
  earlier,
  bullets,
  gcalSubjectWhen,
  gcalBodyWhen,
  gcalFooter,
  meetBlock,
} from './interview-helpers';

function rnd(k: Kit, c: Company): string {
  return k.chance(0.5) ? k.trackingLink(c) : `https://careers.${c.domain}/i/${k.token(10)}`;
}

// ---------------------------------------------------------------------------------------
// interview_scheduled: a fixed time

function interviewTitle(k: Kit, company: Company, role: string, kind?: string): string {
  const c = k.candidate.name;
  const kd =
    kind ??
    k.pick(['Interview', 'Phone Screen', 'Technical Interview', 'Hiring Manager Interview', 'Interview']);
  return k.pick([
    `${kd}: ${c} / ${company.name} - ${role}`,
    `${company.name} <> ${c} | ${role} ${kd}`,
    `${role} ${kd} - ${c}`,
    `${kd} with ${company.name}`,
    `${c} - ${role} - ${kd}`,
  ]);
}

/** A location line: a video link or an office address. */
function officeAddress(k: Kit): string {
  return `${k.int(10, 980)} ${k.pick(['Market Street', 'King Street', 'Harbour Road', 'Innovation Way', 'Main St', 'Queen Street'])}, ${k.pick(['Floor 4', 'Suite 200', '3rd Floor', 'Level 12'])}, ${k.pick(['Springfield', 'Riverton', 'Lakeside', 'Fairhaven', 'Millbrook'])}`;
}

// ---------------------------------------------------------------------------------------
// assessment

function deadlineText(k: Kit, m: Moment, withTime = k.chance(0.5)): string {
  const d = isUS(k)
    ? k.pick([m.date('us-long'), m.date('us-short'), m.date('us-numeric')])
    : k.pick([m.date('uk-long'), m.date('uk-short'), m.date('uk-numeric')]);
  if (!withTime) return d;
  return isUS(k) ? `${d} at 11:59 PM ${tzLoose(k, m)}` : `${d} at 23:59 ${tzAbbr(m)}`;
}

// ---------------------------------------------------------------------------------------
// Helpers of this second-round file

/** The same instant on another zone's wall clock. */
function inZone(m: Moment, offset: number): Moment {
  const utc = Date.UTC(m.year, m.month - 1, m.day, m.hour, m.minute) - m.offset * 60000;
  const d = new Date(utc + offset * 60000);
  return new Moment(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    offset,
  );
}

function nobody(name: string, email: string | null = null): ExpectedPerson {
  return { name, email, phone: null, role: null };
}

type Lang = 'pt' | 'it' | 'nl';
const L_WEEKDAYS: Record<Lang, string[]> = {
  pt: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
};
const L_MONTHS: Record<Lang, string[]> = {
  pt: [
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
  ],
  it: [
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
  ],
  nl: [
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
  ],
};

/** "terça-feira, 4 de março de 2026", "martedì 4 marzo 2026", "dinsdag 4 maart 2026". */
function lDate(k: Kit, lang: Lang, m: Moment): string {
  const wd = L_WEEKDAYS[lang][m.weekday]!;
  const mo = L_MONTHS[lang][m.month - 1]!;
  const dd = `${String(m.day).padStart(2, '0')}/${String(m.month).padStart(2, '0')}/${m.year}`;
  switch (lang) {
    case 'pt':
      return k.pick([`${wd}, ${m.day} de ${mo} de ${m.year}`, `${wd}, ${m.day} de ${mo}`, `${wd} (${dd})`]);
    case 'it':
      return k.pick([`${wd} ${m.day} ${mo} ${m.year}`, `${wd} ${m.day} ${mo}`, `${wd} ${dd}`]);
    case 'nl':
      return k.pick([
        `${wd} ${m.day} ${mo} ${m.year}`,
        `${wd} ${m.day} ${mo}`,
        `${wd} ${m.day}-${m.month}-${m.year}`,
      ]);
  }
}

/** "14h30" / "às 14:30", "alle 14:30" / "ore 14.30", "om 14.30 uur". */
function lTime(k: Kit, lang: Lang, m: Moment): string {
  const hm = m.time('24h');
  switch (lang) {
    case 'pt':
      return k.pick([`às ${hm}`, `às ${m.hour}h${m.minute ? String(m.minute).padStart(2, '0') : ''}`]);
    case 'it':
      return k.pick([`alle ore ${hm}`, `alle ${hm}`, `ore ${hm.replace(':', '.')}`]);
    case 'nl':
      return k.pick([`om ${hm} uur`, `om ${hm.replace(':', '.')} uur`, `om ${hm}`]);
  }
}

/** Senders from HR systems the first round did not use. */
interface MiniSystem {
  name: string;
  from(c: Company): string;
  footer: string;
  link(c: Company, t: string): string;
}
const HR_SYSTEMS: MiniSystem[] = [
  {
    name: 'Oracle Recruiting',
    from: (c) => `${c.name} Recruiting <noreply-${c.slug}@fa.em2.oraclecloud.com>`,
    footer: 'This is an automated message from our recruiting system. Please do not reply to this email.',
    link: (c, t) =>
      `https://${c.slug}.fa.em2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/my-profile/interviews/${t}`,
  },
  {
    name: 'UKG Pro',
    from: (c) => `${c.name} Careers <donotreply@ultipro.com>`,
    footer: 'Powered by UKG Pro Recruiting. Do not reply to this automated message.',
    link: (c, t) => `https://recruiting.ultipro.com/${c.slug.toUpperCase().slice(0, 5)}1000/JobBoard/${t}`,
  },
  {
    name: 'Paycom',
    from: (c) => `${c.name} <noreply@paycomonline.net>`,
    footer: 'This message was sent via Paycom on behalf of the hiring company.',
    link: (_c, t) => `https://www.paycomonline.net/v4/ats/web.php/portal/${t}`,
  },
  {
    name: 'Paylocity',
    from: (c) => `${c.name} Recruiting <no-reply@paylocity.com>`,
    footer: 'Sent from Paylocity Recruiting. Replies to this address are not monitored.',
    link: (_c, t) => `https://recruiting.paylocity.com/Recruiting/Interviews/Respond/${t}`,
  },
  {
    name: 'ADP Workforce Now',
    from: (c) => `${c.name} Talent Acquisition <recruiting-noreply@adp.com>`,
    footer: 'ADP and the ADP logo are registered trademarks of ADP, Inc. This is a system-generated message.',
    link: (_c, t) => `https://workforcenow.adp.com/mascsr/default/mdf/recruitment/interview.html?cid=${t}`,
  },
  {
    name: 'Rippling',
    from: (c) => `${c.name} Hiring <hiring-noreply@rippling.com>`,
    footer: 'Sent with Rippling Recruiting',
    link: (c, t) => `https://ats.rippling.com/${c.slug}/interviews/${t}`,
  },
];
const SMALL_ATS: MiniSystem[] = [
  {
    name: 'Comeet',
    from: (c) => `${c.name} <${c.slug}@comeet-notifications.com>`,
    footer: 'Powered by Comeet',
    link: (c, t) => `https://www.comeet.com/schedule/${c.slug}/${t}`,
  },
  {
    name: 'Pinpoint',
    from: (c) => `${c.name} Recruitment <no-reply@pinpointhq.com>`,
    footer: 'Sent via Pinpoint · Manage your data',
    link: (c, t) => `https://${c.slug}.pinpointhq.com/interviews/book/${t}`,
  },
  {
    name: 'Breezy HR',
    from: (c) => `${c.name} <notifications@breezy-mail.com>`,
    footer: 'Powered by Breezy HR',
    link: (c, t) => `https://${c.slug}.breezy.hr/schedule/${t}`,
  },
  {
    name: 'JazzHR',
    from: (c) => `${c.name} Hiring Team <notifications@applytojob.com>`,
    footer: 'Powered by JazzHR',
    link: (c, t) => `https://${c.slug}.applytojob.com/interview/${t}`,
  },
  {
    name: 'Zoho Recruit',
    from: (c) => `${c.name} <notifications@zohorecruit.com>`,
    footer: 'Sent using Zoho Recruit',
    link: (c, t) => `https://recruit.zoho.com/recruit/Portal.na?digest=${t}&portal=${c.slug}`,
  },
  {
    name: 'Homerun',
    from: (c) => `${c.name} <jobs@homerun.co>`,
    footer: 'Sent with Homerun',
    link: (c, t) => `https://${c.slug}.homerun.co/interview/${t}`,
  },
  {
    name: 'JOIN',
    from: (c) => `${c.name} via JOIN <noreply@join.com>`,
    footer: 'JOIN · recruiting made simple',
    link: (_c, t) => `https://join.com/candidate/interviews/${t}`,
  },
  {
    name: 'Manatal',
    from: (c) => `${c.name} <noreply@manatal.com>`,
    footer: 'Powered by Manatal',
    link: (c, t) => `https://careers-page.com/${c.slug}/interview/${t}`,
  },
];

/** A formal slot line as a system prints it. */
function sysSlot(k: Kit, m: Moment, mins: number): string {
  const end = plusMin(m, mins);
  return isUS(k)
    ? `${m.date('us-long')}, ${m.time('us')} - ${end.time('us')} ${tzAbbr(m)}`
    : `${m.date('uk-long')}, ${m.time('24h')} - ${end.time('24h')} ${tzAbbr(m)}`;
}

/** Public bodies, invented. */
function publicBody(k: Kit): Company {
  const place = k.pick([
    'Thornvale',
    'Kestrelby',
    'Marlowe Vale',
    'Fenwick Downs',
    'Ashcombe',
    'Wrenford',
    'Hollinbrook',
    'Calderwick',
  ]);
  const name = k.pick([
    `${place} County Council`,
    `${place} Borough Council`,
    `City of ${place}`,
    `${place} Regional Water Authority`,
    `${place} County Public Health Department`,
    `${place} Metropolitan Transit`,
  ]);
  const slug = ascii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}
const PUBLIC_ROLES = [
  'Planning Officer',
  'Housing Support Officer',
  'Business Support Assistant',
  'Environmental Health Officer',
  'Data Analyst',
  'Library Assistant',
  'Customer Services Advisor',
  'Senior Accountant',
  'Project Manager',
  'Building Inspector',
  'Policy Officer',
];

// ---------------------------------------------------------------------------------------
// interview_request

const requests: Family[] = [
  {
    id: 'iv2-hr-system-proposed-times-accept-one',
    label: 'interview_request',
    note: 'HR-suite interview request (Oracle/UKG/Paycom/Paylocity/ADP/Rippling style): several proposed times to accept one or propose another; nothing fixed',
    count: 11,
    make(k) {
      const company = k.company();
      const s = k.pick(HR_SYSTEMS);
      const j = job(k);
      const req = k.pick([`R-${k.digits(5)}`, `${k.digits(6)}`, `REQ-${k.digits(4)}`, `JR${k.digits(7)}`]);
      const mins = k.pick([30, 45, 60]);
      const opts = slots(k, k.int(2, 4));
      const ivs = k.some([k.person(company), k.person(company), k.person(company)], 1, 3);
      const rec = k.person(company);
      const withRec = k.chance(0.5);
      const kind = k.pick([
        'Phone Interview',
        'Video Interview',
        'In-Person Interview',
        'Hiring Manager Interview',
      ]);
      const link = s.link(company, k.token(12));
      const lines = opts.map((m, i) => `  Option ${i + 1}: ${sysSlot(k, m, mins)}`);
      return {
        from: s.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Interview Invitation: ${j.role}`,
          `Action Required: Respond to Interview Request - ${j.role} (${req})`,
          `${company.name}: please select an interview time`,
          `Interview request for ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick(['Interview Request', 'INTERVIEW INVITATION', '']),
          k.hello(true),
          k.pick([
            `The hiring team for ${j.role} (${req}) would like to interview you. Please review the proposed times below and accept the one that suits you, or propose a different time.`,
            `Thank you for your interest in ${company.name}. You have been invited to a ${kind.toLowerCase()} for the ${j.role} position. The following times have been proposed:`,
            `Good news! ${company.name} would like to schedule a ${kind.toLowerCase()} with you for ${j.role}. Select one of the proposed times to confirm.`,
          ]),
          `Interview: ${kind}\nDuration: ${mins} minutes\nInterviewer(s): ${ivs.map((p) => p.name).join(', ')}`,
          `Proposed times:\n${lines.join('\n')}`,
          k.pick([
            `Accept a time: ${link}`,
            `[ Accept ]  [ Propose New Time ]  [ Decline ]\n${link}`,
            `To respond, sign in to your candidate profile: ${link}`,
          ]),
          k.pick([
            'If none of these times work, please use "Propose New Time" and the hiring team will get back to you.',
            'Once you accept, you will receive a calendar invitation with the meeting details.',
            'Times are shown in the time zone of the hiring team.',
          ]),
          withRec ? `Questions? Contact ${rec.name} at ${rec.email}.` : '',
          `${company.name} Talent Acquisition`,
          s.footer,
        ),
        expected: exp(company.name, j.role, [
          ...ivs.map((p) => who(p, 'interviewer', null)),
          ...(withRec ? [who(rec, 'recruiter')] : []),
        ]),
      };
    },
  },
  {
    id: 'iv2-small-ats-interview-card-pick-time',
    label: 'interview_request',
    note: 'small-ATS card (Comeet/Pinpoint/Breezy/JazzHR/Zoho/Homerun/JOIN/Manatal): interview type/duration/with fields, pick a time link',
    count: 11,
    make(k) {
      const company = k.company();
      const s = k.pick(SMALL_ATS);
      const j = job(k);
      const hm = k.person(company);
      const extra = k.chance(0.4) ? k.person(company) : null;
      const type = k.pick([
        'Video call (Google Meet)',
        'Video call (Zoom)',
        'Phone call',
        'Microsoft Teams',
        'On-site',
      ]);
      const mins = k.pick([20, 30, 45, 60]);
      const withNames = [hm, ...(extra ? [extra] : [])];
      const card = k.pick([
        `Interview type: ${type}\nDuration: ${mins} min\nWith: ${withNames.map((p) => p.name).join(', ')}`,
        `Type | ${type}\nLength | ${mins} minutes\nInterviewers | ${withNames.map((p) => p.name).join(' & ')}`,
        `${type} · ${mins} minutes · with ${withNames.map((p) => p.name).join(' and ')}`,
      ]);
      const link = s.link(company, k.token(10));
      return {
        from: s.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `${hm.first} invited you to an interview`,
          `Schedule your interview with ${company.name}`,
          `${company.name} | ${j.role} - pick a time`,
          `Let's talk! Book your interview for ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `${hm.name} from ${company.name} has invited you to an interview for the ${j.role} position.`,
            `Great news — the team at ${company.name} would like to get to know you better. ${hm.name} has invited you to interview for ${j.role}.`,
            `You're invited to the next step for ${j.role} at ${company.name}: an interview with ${hm.name}.`,
          ]),
          card,
          k.pick([
            `Pick a time that works for you:\n${link}`,
            `Choose a slot → ${link}`,
            `[Pick a time]\n${link}`,
          ]),
          k.pick([
            "All times are shown in your local time zone. Can't find a suitable time? Just reply to this email.",
            'The available slots are updated in real time from the interviewers’ calendars.',
            'You will receive a confirmation with the meeting details as soon as you book.',
            '',
          ]),
          k.pick([`Best,\n${company.name}`, `The ${company.name} team`, `Cheers,\n${hm.first}`]),
          s.footer,
        ),
        expected: exp(company.name, j.role, [
          who(hm, 'hiring_manager', null),
          ...(extra ? [who(extra, 'interviewer', null)] : []),
        ]),
      };
    },
  },
  {
    id: 'iv2-public-sector-invited-to-attend-choose-date',
    label: 'interview_request',
    note: 'public-sector formal letter: "you are invited to attend an interview", interview days offered, confirm attendance and preferred date; time confirmed later',
    count: 11,
    make(k) {
      if (k.chance(0.6)) k.as('en-GB');
      const body = publicBody(k);
      const role = k.pick(PUBLIC_ROLES);
      const officer = k.person(body);
      const ref = k.pick([
        `${k.digits(3)}-${k.digits(4)}`,
        `REC/${k.digits(4)}/${k.pick(['HR', 'CS', 'PL'])}`,
        `JN${k.digits(5)}`,
      ]);
      const days = slots(k, k.int(2, 3), 5, 14);
      const dl = k.sent.plusWorkdays(k.int(2, 3), 12, 0);
      const uk = !isUS(k);
      const dayLine = (m: Moment) =>
        k.pick([
          `${uk ? m.date('uk-long') : m.date('us-long')} – ${k.pick(['morning session', 'afternoon session', 'all day'])}`,
          `${uk ? m.date('uk-long') : m.date('us-long')}`,
          `${uk ? m.date('uk-long') : m.date('us-long')} (${uk ? '09:30 – 16:30' : '9:00 AM – 4:00 PM'})`,
        ]);
      const s = sign(
        k,
        officer,
        k.pick([
          'Recruitment Officer',
          'HR Advisor',
          'Human Resources Analyst',
          'Recruitment & Selection Officer',
        ]),
        body,
      );
      return {
        from: k.pick([`${body.name} Recruitment <recruitment@${body.domain}>`, k.addr(officer)]),
        to: k.candidate.email,
        subject: k.pick([
          `Invitation to interview - ${role} - Ref ${ref}`,
          `INTERVIEW INVITATION: ${role} (${ref})`,
          `Your application for ${role} - invitation to attend interview`,
          `Ref ${ref} ${role} - Interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Post: ${role}\nReference: ${ref}`,
          k.hello(true),
          k.pick([
            'Following the shortlisting for the above post, I am pleased to invite you to attend an interview.',
            'Thank you for your application. I am pleased to inform you that you have been shortlisted and are invited to attend an interview for the above position.',
            'You are invited to attend an interview for the above position.',
          ]),
          `Interviews will take place on the following ${days.length > 1 ? 'dates' : 'date'}:\n${days.map((m) => `  • ${dayLine(m)}`).join('\n')}`,
          k.pick([
            `Please confirm your attendance and indicate your preferred date by replying to this email no later than ${uk ? dl.date('uk-long') : dl.date('us-long')}. Your interview time will be confirmed once we receive your reply.`,
            `Please confirm whether you are able to attend, and which date you would prefer, by ${uk ? dl.date('uk-short') : dl.date('us-short')}. Individual times will be allocated on a first come, first served basis.`,
            `Kindly reply to confirm your attendance, stating your preferred date. A confirmation letter with your allocated time and venue details will follow.`,
          ]),
          k.pick([
            'The interview will be conducted by a panel of three and will last approximately 45 minutes. You will also be asked to complete a short written exercise on the day.',
            'The panel will ask questions based on the person specification for the post. The interview will last around one hour.',
            'The selection process will consist of a competency-based interview and a short presentation. Details of the presentation topic will be sent with your confirmation.',
          ]),
          k.pick([
            'Please bring with you: photographic ID (passport or driving licence), proof of your right to work in the UK, and original copies of any qualifications listed on your application.',
            'Please bring one form of government-issued photo identification and your original certificates.',
            '',
          ]),
          'If you require any reasonable adjustments to attend the interview, please let us know when you reply.',
          s.text,
          k.pick([
            `${body.name} is committed to equality of opportunity and welcomes applications from all sections of the community.`,
            'This email and any attachments are intended solely for the addressee and may contain confidential information.',
          ]),
        ),
        expected: exp(body.name, role, [who(officer, 'recruiter', officer.email, s.phone)]),
      };
    },
  },
  {
    id: 'iv2-graduate-assessment-centre-choose-date',
    label: 'interview_request',
    note: 'graduate/university programme: invited to an assessment centre, choose one of several dates in the portal; timetable follows after booking',
    count: 10,
    make(k) {
      if (k.chance(0.5)) k.as(k.pick(['en-GB', 'en-AU', 'en-IN'] as const));
      const company = k.company();
      const programme = k.pick([
        'Graduate Programme',
        'Technology Graduate Scheme',
        'Summer Internship Programme',
        'Finance Graduate Programme',
        'Early Careers Analyst Programme',
        'Engineering Degree Apprenticeship',
      ]);
      const days = slots(k, k.int(3, 4), 6, 20);
      const uk = !isUS(k);
      const dl = k.sent.plusWorkdays(k.int(3, 5), 23, 59);
      const virtual = k.chance(0.5);
      return {
        from: k.pick([
          `${company.name} Graduate Recruitment <noreply@${company.slug}.tal.net>`,
          `${company.name} Early Careers <earlycareers@${company.domain}>`,
          `${company.name} Campus Team <no-reply@oleeo.com>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Invitation to ${virtual ? 'Virtual ' : ''}Assessment Centre - ${company.name} ${programme}`,
          `Congratulations - you've been invited to our Assessment Centre`,
          `${programme}: book your assessment centre date`,
          `Next stage: Assessment Centre (${company.name})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          k.pick([
            `Congratulations! Following your video interview, we are delighted to invite you to the final stage of the ${company.name} ${programme}: our ${virtual ? 'virtual ' : ''}Assessment Centre.`,
            `Thank you for your application to the ${programme}. We are pleased to let you know that you have been selected to attend an Assessment Centre.`,
          ]),
          `${virtual ? 'Virtual assessment centres' : 'Assessment centres'} will be held on the following dates:\n${days
            .map(
              (m) =>
                `- ${uk ? m.date('uk-long') : m.date('us-long')}${k.chance(0.5) ? (uk ? ' (09:00 – 16:00)' : ' (9am – 4pm)') : ''}`,
            )
            .join('\n')}`,
          k.pick([
            `Please log in to your candidate account and select your preferred date by ${uk ? dl.date('uk-long') : dl.date('us-long')}. Places are allocated on a first-come, first-served basis.`,
            `To book, click the link below and choose a date. Booking closes on ${uk ? dl.date('uk-short') : dl.date('us-short')} at 23:59.`,
            'Please reply to this email with your first and second choice of date.',
          ]),
          `Book your place: https://${company.slug}.tal.net/vx/candidate/booking/${k.token(10)}`,
          k.pick([
            `The day will include:\n- a group exercise\n- a written case study\n- a competency interview with a ${company.name} manager\n- a Q&A with current graduates`,
            'The day consists of a group exercise, an individual presentation and a final interview with two senior managers.',
            'Further details, including the full timetable for the day and any preparation material, will be sent once you have booked your place.',
          ]),
          'If you need any adjustments to the assessment process, please contact us as soon as possible.',
          `Kind regards,\n${company.name} Graduate Recruitment Team`,
          k.footer(company),
        ),
        expected: exp(company.name, programme),
      };
    },
  },
  {
    id: 'iv2-missed-call-call-me-back',
    label: 'interview_request',
    note: 'terse note after a missed phone call: wants to set up an interview, call back on a number or reply with a good time',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['service', 'care', 'business', 'engineering']);
      const r = k.person(company, k.pick(['first.last', 'first'] as const));
      const title = k.pick(RECRUITER_TITLES.concat(['HR Manager', 'Hiring Manager', 'Office Manager']));
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          'Tried to call you',
          `Missed you - ${j.role}`,
          `Sorry I missed you!`,
          `${company.name} - ${j.role} - call back`,
          'Following up on my call',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `${k.candidate.first} -`, 'Hi,']),
          k.pick([
            `I just tried calling about your application for the ${j.role} role at ${company.name}. We'd like to set up an interview with you.`,
            `Just left you a voicemail - ${company.name} would love to interview you for the ${j.role} position.`,
            `Tried you a few minutes ago re: ${j.role}. The hiring manager wants to meet you, so I'd like to get an interview on the calendar.`,
          ]),
          k.pick([
            `Give me a call back on ${r.phone} when you get a sec, or reply with a good time to reach you.`,
            `You can reach me at ${r.phone}. Otherwise just let me know when is a good time to call.`,
            `Call me back at ${r.phone} or shoot me a couple of times that work this week.`,
          ]),
          k.pick([
            `Thanks,\n${r.first}`,
            `${r.name}\n${title}\n${company.name}`,
            `Thanks!\n${r.name} | ${title} | ${company.name}\n${r.phone}`,
          ]),
        ),
        expected: exp(company.name, j.role, [
          who(
            r,
            title.includes('Manager') && !title.includes('Talent') ? 'hiring_manager' : 'recruiter',
            r.email,
            r.phone,
          ),
        ]),
      };
    },
  },
  {
    id: 'iv2-hm-one-liner-above-recruiter-intro',
    label: 'interview_request',
    note: 'hiring manager\'s one-line reply-all above the recruiter\'s intro email ("can you talk tomorrow?"); the intro is quoted',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k);
      const rec = k.person(company);
      const hm = k.person(company);
      const w = earlier(k);
      const intro = k.paragraphs(
        `Hi ${hm.first} and ${k.candidate.first},`,
        `${hm.first} - meet ${k.candidate.first}, who applied for our ${j.role} opening and who I really enjoyed speaking with. Resume attached.`,
        `${k.candidate.first} - ${hm.first} is the ${j.hmTitle} and the hiring manager for the role. I'll let you two find a time to connect for the next interview.`,
        `Best,\n${rec.name}\n${k.pick(RECRUITER_TITLES)}, ${company.name}`,
      );
      const top = k.pick([
        `Thanks ${rec.first} (to bcc). ${k.candidate.first}, can you talk tomorrow? Afternoon is best for me.`,
        `can you talk tomorrow? anytime after 2 works`,
        `Nice to e-meet you ${k.candidate.first}! Free to talk tomorrow or Thursday? Let me know what works.`,
        `${k.candidate.first} - would love to chat. Do you have 30 min tomorrow? If not, send me a couple of times this week.`,
      ]);
      return {
        from: k.addr(hm),
        to: to(k),
        cc: k.chance(0.6) ? k.addr(rec) : undefined,
        subject: k.pick([
          `Re: Intro: ${k.candidate.first} <> ${hm.first} (${j.role})`,
          `RE: ${company.name} ${j.role} - introduction`,
          `Re: Connecting you two`,
        ]),
        date: k.date,
        body: k.paragraphs(
          top,
          k.pick([`${hm.first}`, `-${hm.first[0]}`, `${hm.name}\n${j.hmTitle}`, `Sent from my iPhone`]),
          k.quote(intro, rec, w),
        ),
        expected: exp(company.name, j.role, [who(hm, 'hiring_manager'), who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'iv2-small-business-mobile-reply-outlook-quote',
    label: 'interview_request',
    note: "small-business owner's mobile-typed reply (lowercase, typos) above the candidate's quoted application in Outlook style; asks to come in for a chat, no time",
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k, ['service', 'care', 'business', 'business']);
      const owner = k.person(company, k.pick(['first', 'first.last'] as const));
      const w = earlier(k);
      const appText = k.paragraphs(
        k.pick(['Dear Hiring Manager,', `Dear ${company.name} team,`, 'Hello,']),
        k.pick([
          `I'm writing to apply for the ${j.role} position advertised on your website. I have ${k.int(2, 8)} years of experience and would love to join ${company.name}.`,
          `Please find attached my CV for the ${j.role} role. I am available to start immediately and can work flexible hours.`,
        ]),
        `Kind regards,\n${k.candidate.name}\n${k.candidate.phone}`,
      );
      const quoteBlock = [
        '________________________________',
        `From: ${k.candidate.name} <${k.candidate.email}>`,
        `Sent: ${isUS(k) ? w.date('us-long') : w.date('uk-long')} ${w.time(isUS(k) ? 'us' : '24h')}`,
        `To: ${owner.email}`,
        `Subject: ${k.pick([`Application - ${j.role}`, `${j.role} application`, `Job application: ${j.role}`])}`,
        '',
        appText,
      ].join('\n');
      const top = k.pick([
        `hi ${k.candidate.first} thanks for ur email. can u come in for a chat this week or next? let me know what days suit`,
        `Hi ${k.candidate.first}, thanks for applying. Would you be able to come in for an interview? Let me know when your free`,
        `Hey thanks for the cv, looks good. r u around next week for an interview? just let me know days/times that work for you`,
        `Hi ${k.candidate.first} - thx for getting in touch. Wed be keen to meet. What does ur availability look like this week?`,
      ]);
      return {
        from: k.addr(owner),
        to: k.candidate.email,
        subject: `RE: ${k.pick([`Application - ${j.role}`, `${j.role} application`, `Job application: ${j.role}`])}`,
        date: k.date,
        body: k.paragraphs(
          top,
          k.pick([owner.first, `${owner.first}\n${company.name}`, `Thanks\n${owner.name}`]),
          k.pick([
            'Sent from my iPhone',
            'Get Outlook for Android',
            'Sent from my Galaxy',
            'Sent from Yahoo Mail for iPhone',
          ]),
          quoteBlock,
        ),
        expected: exp(company.name, j.role, [who(owner, 'hiring_manager')]),
      };
    },
  },
  {
    id: 'iv2-second-interviewer-adds-round',
    label: 'interview_request',
    note: 'a second interviewer (skip-level, VP, peer lead) writes after earlier rounds to add one more conversation; asks for times, recruiter cc',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'product', 'design', 'data', 'business']);
      const me = k.person(company);
      const hm = k.person(company);
      const rec = k.person(company);
      const myTitle = k.pick([
        'VP of Engineering',
        'Head of Product',
        'Chief Operating Officer',
        'Director, Strategy',
        'SVP Sales',
        'Principal Engineer',
        'Head of Design',
      ]);
      const topic = k.pick([
        'how you approach prioritisation',
        'the roadmap for the team and where you would fit',
        'a few questions about your last project',
        'cross-team collaboration',
        'your leadership style',
      ]);
      const opts = slots(k, 3, 1, 6);
      const ask = k.pick([
        `Would any of these work?\n${bullets(
          k,
          opts.map((m) => slotLine(k, m)),
        )}\nIf not, send me a couple of windows and I'll make it work.`,
        'Could you send me two or three windows over the next few days?',
        `${rec.first} can help find a time if that's easier — just reply with your availability.`,
      ]);
      const s = sign(k, me, myTitle, company);
      return {
        from: k.addr(me),
        to: to(k),
        cc: k.addr(rec),
        subject: k.pick([
          `One more conversation - ${j.role}`,
          `Quick chat before we wrap up?`,
          `${j.role}: adding a short interview with me`,
          `Re: ${j.role} interviews`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm ${me.name}, ${myTitle} at ${company.name}. ${hm.name} and the team really enjoyed meeting you for the ${j.role} role.`,
            `${hm.name} shared great feedback from your interviews for ${j.role} - thank you for all the time so far.`,
          ]),
          k.pick([
            `Before we wrap up, I'd like to add a short ${k.pick(['30-minute', '45-minute', '20-minute'])} conversation with me, mostly about ${topic}.`,
            `I wasn't able to join the panel, so I'd like to add one more round with me - nothing to prepare, we'll talk about ${topic}.`,
            `We'd like to add one more (short!) interview with me before we make a decision, to cover ${topic}.`,
          ]),
          ask,
          `(${rec.name} on cc to help with logistics.)`,
          s.text,
        ),
        expected: exp(company.name, j.role, [
          who(me, 'interviewer', me.email, s.phone),
          who(hm, 'hiring_manager', null),
          who(rec, 'recruiter'),
        ]),
      };
    },
  },
  {
    id: 'iv2-mixed-language-code-switch',
    label: 'interview_request',
    note: 'mixed-language invitation: English with Spanish, German, French or Dutch sentences switched in; asks for availability',
    count: 10,
    make(k) {
      const mix = k.pick(['es', 'de', 'fr', 'nl'] as const);
      k.as(mix === 'nl' ? 'de' : mix);
      const company = k.company();
      const j = job(k, ['engineering', 'product', 'design', 'data', 'business']);
      const r = k.person(company);
      const c = k.candidate.first;
      const lines: Record<typeof mix, string[]> = {
        es: [
          `Hola ${c}!`,
          `Thanks for applying to ${j.role} at ${company.name}. Nos gustaría tener una primera entrevista contigo — would you have 30 min this week or next?`,
          k.pick([
            'Dime qué días y horas te vienen bien and I will send an invite.',
            'Let me know your disponibilidad y te mando la invitación.',
          ]),
          `Un saludo / best,\n${r.name}\nTalent Acquisition, ${company.name}`,
        ],
        de: [
          `Hallo ${c},`,
          `vielen Dank für deine Bewerbung als ${j.role}! We'd love to invite you to a first interview (gerne auf Englisch oder Deutsch, wie du magst).`,
          k.pick([
            'Wann passt es dir nächste Woche? Just send me a few slots.',
            'Could you send me your Verfügbarkeit for the next days?',
          ]),
          `Viele Grüße / best regards\n${r.name}\nRecruiting | ${company.name}`,
        ],
        fr: [
          `Bonjour ${c},`,
          `Thanks a lot for your application for the ${j.role} role chez ${company.name}. On aimerait organiser un premier entretien en visio avec l'équipe.`,
          k.pick([
            'Could you share your disponibilités for next week?',
            'Peux-tu me dire quels créneaux te conviennent? Any time next week works for us.',
          ]),
          `Merci et à bientôt,\n${r.name}\nTalent Acquisition - ${company.name}`,
        ],
        nl: [
          `Hoi ${c},`,
          `Thanks for applying voor de functie ${j.role} at ${company.name}! We zouden graag een kennismakingsgesprek plannen — in English is fine too.`,
          k.pick([
            'Wanneer heb je tijd de komende week? Send me a few options.',
            'Could you let me know when you are beschikbaar?',
          ]),
          `Groetjes / cheers,\n${r.name}\nRecruiter, ${company.name}`,
        ],
      };
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `${j.role} @ ${company.name} - ${k.pick(['interview', 'entrevista', 'Gespräch', 'entretien', 'gesprek'])}`,
          `Your application - ${j.role}`,
          `Next steps / ${k.pick(['próximos pasos', 'nächste Schritte', 'prochaines étapes', 'volgende stappen'])}`,
        ]),
        date: k.date,
        body: k.paragraphs(...lines[mix]),
        expected: exp(company.name, j.role, [who(r, 'recruiter')]),
      };
    },
  },
  {
    id: 'iv2-portuguese-convite-entrevista',
    label: 'interview_request',
    note: 'Portuguese (Brazil/Portugal) invitation to interview: "gostaríamos de convidá-lo(a)", asks disponibilidade or offers horários',
    count: 9,
    make(k) {
      k.as(k.pick(['en-GB', 'es'] as const));
      const company = k.company();
      const role = k.pick([
        'Analista de Dados',
        'Desenvolvedor(a) Backend',
        'Assistente Administrativo(a)',
        'Gestor(a) de Produto',
        'Engenheiro(a) de Software',
        'Designer de Produto',
        'Técnico(a) de Recursos Humanos',
      ]);
      const r = k.person(company);
      const opts = slots(k, k.int(2, 3));
      const ask = k.pick([
        'Por favor, indique a sua disponibilidade para a próxima semana.',
        'Poderia nos informar sua disponibilidade nos próximos dias?',
        `Seguem algumas opções de horário:\n${opts.map((m) => `- ${lDate(k, 'pt', m)} ${lTime(k, 'pt', m)}`).join('\n')}\nQual delas fica melhor para você?`,
      ]);
      return {
        from: k.pick([k.addr(r), `Recrutamento ${company.name} <recrutamento@${company.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Convite para entrevista - ${role}`,
          `${company.name} | Processo seletivo ${role}`,
          `Entrevista - ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Olá ${k.candidate.first},`,
            `Prezado(a) ${k.candidate.name},`,
            `Caro(a) ${k.candidate.first},`,
          ]),
          k.pick([
            `Obrigado pelo seu interesse na vaga de ${role} na ${company.name}.`,
            `Agradecemos a sua candidatura para a posição de ${role}.`,
          ]),
          k.pick([
            `Gostaríamos de convidá-lo(a) para uma entrevista ${k.pick(['online', 'presencial', 'por videochamada'])} com a nossa equipa.`,
            'O seu perfil chamou a nossa atenção e gostaríamos de conversar com você numa primeira entrevista.',
          ]),
          ask,
          k.pick(['Fico no aguardo.', 'Aguardamos o seu retorno.', '']),
          `${k.pick(['Atenciosamente,', 'Com os melhores cumprimentos,', 'Abraço,'])}\n${r.name}\n${k.pick(['Recrutadora', 'Talent Acquisition', 'Recursos Humanos'])} | ${company.name}`,
        ),
        expected: exp(company.name, role, [who(r, 'recruiter')]),
      };
    },
  },
  {
    id: 'iv2-italian-invito-colloquio',
    label: 'interview_request',
    note: 'Italian invitation to a colloquio conoscitivo: asks disponibilità or proposes fasce orarie; Lei-form',
    count: 9,
    make(k) {
      k.as('fr');
      const company = k.company();
      const role = k.pick([
        'Sviluppatore Software',
        'Data Analyst',
        'Impiegato Amministrativo',
        'Product Manager',
        'Addetto Vendite',
        'Responsabile Marketing',
        'Contabile',
      ]);
      const r = k.person(company);
      const opts = slots(k, k.int(2, 3));
      return {
        from: k.pick([k.addr(r), `Ufficio Risorse Umane ${company.name} <hr@${company.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Invito a colloquio - ${role}`,
          `Candidatura ${role} - ${company.name}`,
          `Colloquio conoscitivo`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Gentile ${k.candidate.name},`,
            `Buongiorno ${k.candidate.first},`,
            `Gentile candidato/a,`,
          ]),
          `la ringraziamo per aver inviato la sua candidatura per la posizione di ${role} presso ${company.name}.`,
          k.pick([
            `Saremmo lieti di incontrarla per un colloquio conoscitivo ${k.pick(['in videochiamata', 'presso la nostra sede', 'telefonico'])}.`,
            'Il suo profilo è risultato in linea con quanto ricerchiamo e vorremmo approfondire la conoscenza con un primo colloquio.',
          ]),
          k.pick([
            'Le chiediamo cortesemente di indicarci la sua disponibilità nei prossimi giorni.',
            `Le proponiamo le seguenti fasce orarie:\n${opts.map((m) => `- ${lDate(k, 'it', m)} ${lTime(k, 'it', m)}`).join('\n')}\nCi faccia sapere quale preferisce.`,
            'Può prenotare direttamente un orario tramite questo link: https://calendar.' +
              company.domain +
              '/prenota/' +
              k.token(8),
          ]),
          k.pick([
            'Restiamo in attesa di un suo riscontro.',
            'In attesa di un suo cortese riscontro, porgiamo cordiali saluti.',
            '',
          ]),
          `${k.pick(['Cordiali saluti,', 'Distinti saluti,', 'Un caro saluto,'])}\n${r.name}\n${k.pick(['HR Recruiter', 'Risorse Umane', 'Talent Acquisition Specialist'])}\n${company.name}`,
        ),
        expected: exp(company.name, role, [who(r, 'recruiter')]),
      };
    },
  },
  {
    id: 'iv2-dutch-uitnodiging-gesprek',
    label: 'interview_request',
    note: 'Dutch invitation to a (kennismakings)gesprek: asks beschikbaarheid or offers momenten; je/u forms',
    count: 9,
    make(k) {
      k.as('de');
      const company = k.company();
      const role = k.pick([
        'Medewerker Klantenservice',
        'Software Developer',
        'Financieel Administratief Medewerker',
        'Data Analist',
        'Projectleider',
        'Marketing Specialist',
        'Verpleegkundige',
      ]);
      const r = k.person(company);
      const opts = slots(k, k.int(2, 3));
      const formal = k.chance(0.4);
      return {
        from: k.pick([k.addr(r), `${company.name} Recruitment <werkenbij@${company.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Uitnodiging sollicitatiegesprek - ${role}`,
          `Je sollicitatie bij ${company.name}`,
          `Kennismakingsgesprek ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          formal
            ? `Beste ${k.candidate.name},`
            : k.pick([`Hoi ${k.candidate.first},`, `Beste ${k.candidate.first},`]),
          formal
            ? `Hartelijk dank voor uw sollicitatie op de functie ${role}. Wij nodigen u graag uit voor een eerste gesprek.`
            : `Bedankt voor je sollicitatie op de functie ${role}! We willen je graag uitnodigen voor een ${k.pick(['kennismakingsgesprek', 'eerste gesprek', 'online gesprek via Teams'])}.`,
          k.pick([
            formal
              ? 'Kunt u laten weten wanneer u de komende week beschikbaar bent?'
              : 'Kun je laten weten wanneer je de komende week beschikbaar bent?',
            `${formal ? 'Zou een van de volgende momenten u schikken?' : 'Zou een van deze momenten je passen?'}\n${opts.map((m) => `- ${lDate(k, 'nl', m)} ${lTime(k, 'nl', m)}`).join('\n')}`,
          ]),
          k.pick([
            'Het gesprek duurt ongeveer een uur.',
            'Je spreekt dan met de teamleider en iemand van HR.',
            '',
          ]),
          `Met vriendelijke groet,\n${r.name}\n${k.pick(['Recruiter', 'HR-adviseur', 'Talent Acquisition'])} | ${company.name}`,
        ),
        expected: exp(company.name, role, [who(r, 'recruiter')]),
      };
    },
  },
];

const requests2: Family[] = [
  {
    id: 'iv2-big-company-legalese-buried-invite',
    label: 'interview_request',
    note: 'big-company template: one sentence "a recruiter will contact you to arrange an interview" inside paragraphs of fraud warnings, accommodation, EEO and privacy legalese',
    count: 10,
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'taleo', 'successfactors', 'icims');
      const j = job(k);
      const jobId = k.pick([`R-${k.digits(6)}`, `${k.digits(7)}`, `JR-${k.digits(5)}`]);
      const key = k.pick([
        `We are pleased to let you know that the hiring team would like to invite you to interview for the ${j.role} position (Job ID ${jobId}). A member of our Talent Acquisition team will contact you shortly to arrange a convenient time.`,
        `Your application for ${j.role} (${jobId}) has been selected for the interview stage. A recruiter will reach out in the coming days to schedule your interview.`,
        `Congratulations — you have been selected to interview for ${j.role}, requisition ${jobId}. Please watch your inbox and phone: our scheduling team will contact you to agree a date and time.`,
      ]);
      const boiler = [
        `Recruitment fraud alert: ${company.name} will never ask candidates for payment, banking details or to purchase equipment during the hiring process. All legitimate communication comes from an @${company.domain} address or our applicant tracking system.`,
        `Accommodation: If you require a reasonable accommodation to participate in the interview process, please contact accommodations@${company.domain}. Requests are handled confidentially.`,
        `${company.name} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.`,
        `Privacy notice: The personal data you provided will be processed in accordance with our Candidate Privacy Notice for the purposes of evaluating your application. You may request access to or deletion of your data at any time.`,
        `${company.name} participates in E-Verify and will provide the federal government with your Form I-9 information to confirm that you are authorized to work in the U.S.`,
      ];
      const parts = k.some(boiler, 3, 5);
      const early = k.chance(0.5);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your Application - Job ID ${jobId} - ${j.role}`,
          `${company.name}: Next steps for ${j.role}`,
          `Application Update: ${j.role} (${jobId})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          `Thank you for your interest in career opportunities with ${company.name}. We appreciate the time and effort you invested in your application.`,
          early ? key : '',
          ...parts,
          early ? '' : key,
          `Sincerely,\n${company.name} Talent Acquisition`,
          k.footer(company, system),
        ),
        expected: exp(company.name, j.role),
      };
    },
  },
  {
    id: 'iv2-status-subject-invite-at-end',
    label: 'interview_request',
    note: 'misleading status subject ("Application status update"): process explanation first, the interview invitation and availability ask in the last paragraph',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const stages = k.pick([
        'a 30-minute call with me, a technical or skills interview with the team, and a final conversation with the hiring manager',
        'an introductory call, a practical exercise, and a panel interview',
        'a screening call, two interviews with the team, and reference checks',
      ]);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          'Application status update',
          `Your application - update`,
          `Update: ${j.role}`,
          `Re: Your application to ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for your patience while our team reviewed applications for the ${j.role} role. We received far more than we expected, which is why this took a little longer.`,
            `I wanted to give you an update on the ${j.role} position at ${company.name}. It has been a busy few weeks reviewing applications.`,
          ]),
          `For context, our process has three stages: ${stages}. We aim to complete everything within three to four weeks.`,
          k.pick([
            `${company.name} is a ${k.int(40, 400)}-person team and we care a lot about giving every candidate a clear picture of the process, so please ask me anything along the way.`,
            'We also share a short guide to our values and how we work; you can find it on our careers page.',
            '',
          ]),
          k.pick([
            `Good news: we'd like to move you forward to the first stage. Could you reply with two or three times that suit you next week?`,
            `With that said — we'd love to invite you to the first interview. What does your availability look like over the next few days?`,
            `I'm happy to say we'd like to interview you. Please send me a few times that work and I'll set it up.`,
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', r.email, s.phone)]),
      };
    },
  },
  {
    id: 'iv2-referral-intro-hiring-manager',
    label: 'interview_request',
    note: 'employee referral double intro: the referrer introduces the candidate to the hiring manager (cc) who wants to interview, or the manager replies above the intro',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'product', 'design', 'data', 'business']);
      const ref = k.person(company);
      const hm = k.person(company);
      const c = k.candidate.first;
      const intro = k.paragraphs(
        `${hm.first}, ${c} — connecting you two as promised!`,
        `${hm.first}: ${c} is the friend I mentioned for the ${j.role} opening. We worked together for ${k.int(2, 5)} years and I can't recommend them enough. I've submitted the referral through the portal too.`,
        `${c}: ${hm.first} is the ${j.hmTitle} at ${company.name} and is hiring for the role. ${hm.first} would like to set up an interview.`,
        `I'll let you two take it from here.\n${ref.first}`,
      );
      if (k.chance(0.5))
        return {
          from: k.addr(ref),
          to: k.addr(k.candidate),
          cc: k.addr(hm),
          subject: k.pick([
            `Intro: ${c} <> ${hm.first} (${company.name})`,
            `${c} / ${hm.first} - ${j.role}`,
            `Connecting you: ${j.role} at ${company.name}`,
          ]),
          date: k.date,
          body: k.paragraphs(
            intro,
            k.chance(0.5) ? `${ref.name}\n${k.pick(IV_TITLES[j.field])}, ${company.name}` : '',
          ),
          expected: exp(company.name, j.role, [nobody(ref.name, ref.email), who(hm, 'hiring_manager')]),
        };
      return {
        from: k.addr(hm),
        to: k.addr(k.candidate),
        subject: `Re: Intro: ${c} <> ${hm.first} (${company.name})`,
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Thanks ${ref.first}! (moving you to bcc)`,
            `Thanks for the intro ${ref.first} - moving you to bcc.`,
          ]),
          k.pick([
            `${c}, great to e-meet you. Would you have 30 minutes this week or next for a first interview? Send me a few times that work.`,
            `${c} - lovely to meet you over email. I'd like to set up an initial interview for the ${j.role} role; when are you free?`,
          ]),
          `${hm.name}\n${j.hmTitle}, ${company.name}`,
          k.quote(intro, ref, earlier(k)),
        ),
        expected: exp(company.name, j.role, [who(hm, 'hiring_manager'), nobody(ref.name, ref.email)]),
      };
    },
  },
  {
    id: 'iv2-voicemail-transcript-recruiter',
    label: 'interview_request',
    note: 'voicemail-to-email notification with a machine transcript: recruiter calling to set up an interview; caller number in the header',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['service', 'care', 'business', 'engineering', 'education']);
      const r = k.person(company);
      const dur = `${k.int(0, 1)}:${String(k.int(10, 59)).padStart(2, '0')}`;
      const svc = k.pick(['Tellus Mobile', 'Brightwave Wireless', 'Visual Voicemail', 'Voice']);
      const lower = k.chance(0.5);
      let t = k.pick([
        `Hi ${k.candidate.first}, this is ${r.name} from ${company.name}, I'm calling about the ${j.role} position you applied for. We'd like to schedule an interview with you. Please give me a call back at this number when you get a chance. Thanks, bye.`,
        `Hey ${k.candidate.first}, it's ${r.first} with ${company.name} recruiting. Um, the hiring manager reviewed your application for ${j.role} and wants to set up an interview, so call me back or, uh, shoot me an email and we'll find a time. Talk soon.`,
        `Hello, this message is for ${k.candidate.name}. My name is ${r.name}, ${company.name} human resources. We received your application for the ${j.role} and we would like to invite you for an interview. Please return my call at your earliest convenience. Thank you.`,
      ]);
      if (lower) t = t.replace(/[,.]/g, '');
      return {
        from: `${svc} <voicemail-noreply@${svc.toLowerCase().replace(/[^a-z]/g, '')}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `New voicemail from ${r.phone}`,
          `Voicemail from ${r.phone} (${dur})`,
          `You have a new voicemail (${dur})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `New voicemail from ${r.phone}`,
            `From: ${r.phone}\nReceived: ${k.sent.date(isUS(k) ? 'us-short' : 'uk-short')} ${k.sent.time(isUS(k) ? 'us' : '24h')}\nLength: ${dur}`,
          ]),
          `Transcript:\n"${t}"`,
          k.pick([
            '(Transcription may contain errors.)',
            'Transcription provided as a courtesy and may not be accurate.',
            '',
          ]),
          `Listen to message: https://vm.${svc.toLowerCase().replace(/[^a-z]/g, '')}.example/play/${k.token(14)}`,
          'To stop voicemail notifications by email, change your settings in the app.',
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', null, r.phone)]),
      };
    },
  },
  {
    id: 'iv2-role-reopened-still-interested',
    label: 'interview_request',
    note: 'recruiter re-engages months later: the role was on hold and is open again, the manager wants to interview; "still interested?" plus availability',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const hm = k.person(company);
      const monthAgo = MONTHS[(k.sent.month + 12 - k.int(2, 5)) % 12]!;
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `${j.role} - back open!`,
          `Still interested in ${j.role}?`,
          `Reconnecting re: ${company.name} ${j.role}`,
          `Re: Your application - ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `You applied for our ${j.role} role back in ${monthAgo}. The position was put on hold shortly after, but I'm happy to say it is open again.`,
            `Hope you've been well! We spoke briefly in ${monthAgo} about ${j.role} before the hiring freeze. The role has now been re-approved.`,
          ]),
          k.pick([
            `${hm.name}, our ${j.hmTitle}, reviewed your profile and would like to interview you.`,
            `The hiring manager, ${hm.name}, remembered your application and asked me to reach out to set up an interview.`,
          ]),
          k.pick([
            'Are you still interested? If so, let me know your availability for a call next week.',
            "If you're still looking, reply with a few times that work and I'll get something on the calendar. If you've found something else, congratulations — just let me know.",
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [
          who(r, 'recruiter', r.email, s.phone),
          who(hm, 'hiring_manager', null),
        ]),
      };
    },
  },
  {
    id: 'iv2-executive-assistant-windows-with-ceo',
    label: 'interview_request',
    note: "executive assistant schedules the candidate's meeting with the CEO/founder as part of the process: asks for 3-4 windows over two weeks",
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'product', 'business', 'data', 'design']);
      const ea = k.person(company);
      const boss = k.person(company);
      const bossTitle = k.pick([
        'CEO',
        'Chief Executive Officer',
        'Founder & CEO',
        'President',
        'Managing Director',
        'COO',
      ]);
      const s = sign(k, ea, `Executive Assistant to the ${bossTitle.replace('Founder & ', '')}`, company);
      return {
        from: k.addr(ea),
        to: to(k),
        subject: k.pick([
          `Meeting with ${boss.name} - ${j.role}`,
          `Scheduling: ${boss.first} / ${k.candidate.first}`,
          `${company.name} - time with our ${bossTitle}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `I support ${boss.name}, ${bossTitle} of ${company.name}. ${boss.first} would like to meet with you as part of the interview process for the ${j.role} role.`,
          k.pick([
            `Could you send me 3–4 windows over the next two weeks? ${boss.first}'s calendar is tight, so the more options the better.`,
            `Please let me know your availability for a ${k.pick(['30', '45'])}-minute ${k.pick(['video call', 'meeting at our office', 'call'])} over the coming two weeks and I will find a slot.`,
            `What days work best for you next week? ${boss.first} is usually free early mornings ${k.pick(['ET', 'PT', 'UK time'])}.`,
          ]),
          'Happy to work around your schedule.',
          s.text,
        ),
        expected: exp(company.name, j.role, [
          who(ea, 'recruiter', ea.email, s.phone),
          who(boss, 'interviewer', null),
        ]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// interview_scheduled

function tzid(m: Moment): string {
  switch (region(m)) {
    case 'east':
      return 'America/New_York';
    case 'central':
      return 'America/Chicago';
    case 'pacific':
      return 'America/Los_Angeles';
    case 'uk':
      return 'Europe/London';
    case 'cet':
      return 'Europe/Berlin';
    case 'india':
      return 'Asia/Kolkata';
    case 'aus':
      return 'Australia/Sydney';
  }
}

const p2 = (n: number) => String(n).padStart(2, '0');
function icsLocal(m: Moment): string {
  return `${m.year}${p2(m.month)}${p2(m.day)}T${p2(m.hour)}${p2(m.minute)}00`;
}
function icsUtc(m: Moment): string {
  return `${icsLocal(inZone(m, 0))}Z`;
}

/** Long date + time the way the sender's locale writes it in a system template. */
function sysWhen(k: Kit, m: Moment): { day: string; time: string } {
  return isUS(k)
    ? { day: k.pick([m.date('us-long'), m.date('us-numeric'), m.date('us-short')]), time: m.time('us') }
    : { day: k.pick([m.date('uk-long'), m.date('uk-numeric'), m.date('uk-short')]), time: m.time('24h') };
}

/** The first moment at least `mins` after the email was sent, on a quarter hour. */
function soonAfterSent(k: Kit, mins: number): Moment {
  const s = k.sent;
  let t = s.hour * 60 + s.minute + mins;
  t = Math.ceil(t / 15) * 15;
  return new Moment(s.year, s.month, s.day, Math.floor(t / 60), t % 60, s.offset);
}

const scheduled: Family[] = [
  {
    id: 'iv2-webex-invitation-text',
    label: 'interview_scheduled',
    note: 'Webex meeting invitation as text ("Tuesday, March 4, 2026 2:00 PM | 1 hour | (UTC-05:00) Eastern Time"), meeting number, bare or under a one-line note',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const host = k.person(company);
      const m = k.later();
      const title = interviewTitle(k, company, j.role);
      const site = company.slug.slice(0, 12);
      const dur = k.pick(['30 minutes', '45 minutes', '1 hour', '1 hour 30 minutes']);
      const when = isUS(k)
        ? `${m.date('us-long')} ${m.time('us')} | ${dur} | ${tzOutlook(m)}`
        : `${m.weekdayName}, ${m.day} ${mon(m)} ${m.year} ${m.time('24h')} | ${dur} | ${tzOutlook(m)}`;
      const invite = k.paragraphs(
        `${host.name} invites you to join this Webex meeting.`,
        `${title}\nHosted by ${host.name}`,
        when,
        `Join meeting\nhttps://${site}.webex.com/${site}/j.php?MTID=m${k.token(32)}`,
        `Meeting number (access code): ${k.digits(4)} ${k.digits(3)} ${k.digits(4)}\nMeeting password: ${k.token(8)} (${k.digits(8)} from phones and video systems)`,
        k.chance(0.6)
          ? `Join by phone\n+1-415-655-${k.digits(4)} United States Toll\n+44-20-7946-0${k.digits(3)} United Kingdom Toll\nGlobal call-in numbers`
          : '',
        `Join by video system\nDial ${k.digits(11)}@${site}.webex.com\nYou can also dial 173.243.2.68 and enter your meeting number.`,
        'Need help? Go to https://help.webex.com',
      );
      const wrapped = k.chance(0.5);
      return {
        from: wrapped ? k.addr(host) : `${host.name} <messenger@webex.com>`,
        to: k.candidate.email,
        subject: k.pick([`Webex meeting invitation: ${title}`, title, `FW: ${title}`]),
        date: k.date,
        body: wrapped
          ? k.paragraphs(
              k.pick([
                `Hi ${k.candidate.first}, see below for the Webex details for our interview. Talk soon!`,
                `${k.candidate.first} - sending the invite here as well in case the calendar one didn't come through.`,
                'Details below. Please join a few minutes early to test audio.',
              ]),
              `${host.first}`,
              invite,
            )
          : invite,
        expected: exp(company.name, j.role, [who(host, 'recruiter', wrapped ? host.email : null)], m.iso),
      };
    },
  },
  {
    id: 'iv2-microsoft-bookings-confirmation',
    label: 'interview_scheduled',
    note: 'booking-page confirmation (Microsoft Bookings style): "Your booking is confirmed", service = interview, staff member, Teams link, manage booking',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const staff = k.person(company);
      const m = k.later();
      const end = plusMin(m, k.pick([30, 45, 60]));
      const us = isUS(k);
      const service = k.pick([
        `Interview - ${j.role}`,
        `${j.role} - First Interview`,
        'Candidate Interview (Teams)',
        `Phone Screen: ${j.role}`,
      ]);
      return {
        from: `${company.name} ${k.pick(['Recruiting', 'Careers', 'Talent'])} <${k.pick(['recruiting', 'interviews', 'careers'])}@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Booking confirmed: ${service}`,
          `Your booking with ${company.name} is confirmed`,
          `${service} with ${staff.name} on ${us ? m.date('us-numeric') : m.date('uk-numeric')}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${company.name}`,
          k.pick(['Your booking is confirmed', 'Booking confirmation', 'Thanks for booking!']),
          `${service}\n${us ? m.date('us-long') : m.date('uk-long')}\n${us ? `${m.time('us')} - ${end.time('us')}` : `${m.time('24h')} - ${end.time('24h')}`} ${tzOutlook(m)}`,
          `Staff\n${staff.name}`,
          `Join your appointment\nJoin Microsoft Teams Meeting <${teamsLink(k)}>`,
          k.pick([
            '',
            `Additional information\nPlease have a copy of your CV to hand. ${staff.first} will call you on Teams.`,
          ]),
          `Add to calendar | Manage booking: https://outlook.office365.com/owa/calendar/${company.slug}@${company.domain}/bookings/${k.token(12)}`,
          `This email was sent by ${company.name} using Microsoft Bookings.`,
        ),
        expected: exp(company.name, j.role, [who(staff, 'recruiter', null)], m.iso),
      };
    },
  },
  {
    id: 'iv2-ics-vevent-text',
    label: 'interview_scheduled',
    note: 'raw iCalendar text in the body (BEGIN:VEVENT, DTSTART;TZID=… or DTSTART:…Z), sometimes under a one-line note; start is the interview time',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const org = k.person(company);
      const m = k.later();
      const end = plusMin(m, k.pick([30, 45, 60]));
      const utc = k.chance(0.35);
      const title = interviewTitle(k, company, j.role);
      const ivs = k.some([k.person(company), k.person(company)], 0, 2);
      const loc = k.chance(0.5) ? zoomLink(k, company) : officeAddress(k);
      const ics = [
        'BEGIN:VCALENDAR',
        `PRODID:-//${company.name}//Interview Scheduler 2.3//EN`,
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        `UID:${k.token(16)}@${company.domain}`,
        `DTSTAMP:${icsUtc(k.sent)}`,
        utc ? `DTSTART:${icsUtc(m)}` : `DTSTART;TZID=${tzid(m)}:${icsLocal(m)}`,
        utc ? `DTEND:${icsUtc(end)}` : `DTEND;TZID=${tzid(m)}:${icsLocal(end)}`,
        `SUMMARY:${title}`,
        `LOCATION:${loc}`,
        `DESCRIPTION:Interview for ${j.role}.${ivs.length ? `\\nInterviewers: ${ivs.map((p) => p.name).join(', ')}` : ''}\\nQuestions? Contact ${org.email}`,
        `ORGANIZER;CN=${org.name}:mailto:${org.email}`,
        `ATTENDEE;CN=${k.candidate.name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${k.candidate.email}`,
        'STATUS:CONFIRMED',
        'SEQUENCE:0',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\n');
      return {
        from: k.pick([k.addr(org), `${company.name} Interviews <interviews@${company.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([title, `Invitation: ${title}`, `Interview invite (.ics) - ${j.role}`]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            'Your email client may not support calendar invitations. Please add the following event to your calendar:',
            `Hi ${k.candidate.first}, attaching the invite as text since the .ics didn't go through last time.`,
            '',
            'invite.ics',
          ]),
          ics,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(org, 'recruiter'), ...ivs.map((p) => who(p, 'interviewer', null))],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'iv2-gcal-updated-invitation-with-note',
    label: 'interview_scheduled',
    note: 'Google Calendar "Updated invitation with note": the organiser\'s note on top (moved time, added interviewer), the event time below is the answer',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const org = k.person(company);
      const m = k.later();
      const sameDay = k.chance(0.5);
      const old = sameDay ? plusMin(m, -k.pick([30, 60, 90])) : m.plusDays(-1);
      const end = plusMin(m, k.pick([45, 60]));
      const added = k.person(company);
      const title = interviewTitle(k, company, j.role);
      const addNote = k.chance(0.35);
      const note = addNote
        ? k.pick([
            `Adding ${added.name} from the ${k.pick(['data', 'platform', 'design', 'finance'])} team to the panel.`,
            `${added.name} will be joining as a second interviewer - same time as before.`,
          ])
        : k.pick([
            `Moved from ${sameDay ? '' : `${isUS(k) ? old.date('us-short') : old.date('uk-short')} `}${isUS(k) ? old.time('us-compact') : old.time('24h')} as discussed - thanks for the flexibility!`,
            `Pushed to the new time per your email. See you then!`,
            `Rescheduled - the previous slot (${isUS(k) ? `${old.date('us-short')} ${old.time('us-compact')}` : `${old.date('uk-short')} ${old.time('24h')}`}) clashed with our all-hands. Apologies!`,
          ]);
      const people = [who(org, 'recruiter'), ...(addNote ? [who(added, 'interviewer', null)] : [])];
      return {
        from: `${org.name} (Google Calendar) <calendar-notification@google.com>`,
        to: k.candidate.email,
        subject: `Updated invitation with note: ${title} @ ${gcalSubjectWhen(k, m, end)} (${k.candidate.email})`,
        date: k.date,
        body: k.paragraphs(
          `${org.name} has updated this invitation with a note:\n"${note}"`,
          k.pick(['This event has been updated', 'Changed: time', 'Changed: guests', '']),
          title,
          `${gcalBodyWhen(k, m, end)}\n${tzGoogle(m)}`,
          meetBlock(k),
          `Organizer\n${org.name}\n${org.email}`,
          gcalFooter(k),
        ),
        expected: exp(company.name, j.role, people, m.iso),
      };
    },
  },
  {
    id: 'iv2-sms-copy-forwarded-to-email',
    label: 'interview_scheduled',
    note: 'text message copied into email (ATS "copy of a text message sent to…" or a voice app "New text message from…"): interview fixed, "tmrw"/weekday shorthand',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k, ['service', 'care', 'business', 'education']);
      const r = k.person(company);
      const h = k.pick([9, 10, 11, 13, 14, 15]);
      const mm = k.pick([0, 0, 30, 15]);
      const m = k.sent.plusWorkdays(1, h, mm);
      const tomorrow = m.ymd === k.sent.plusDays(1).ymd;
      const us = isUS(k);
      const tm = us ? m.time('us-compact') : m.time('24h');
      const dayWord = tomorrow
        ? k.pick([
            'tmrw',
            'tomorrow',
            `tomorrow (${us ? m.date('us-numeric-short') : `${m.day}/${m.month}`})`,
          ])
        : `${m.weekdayName.slice(0, 3)} ${us ? m.date('us-numeric-short') : `${m.day}/${m.month}`}`;
      const addr = officeAddress(k);
      if (k.chance(0.5)) {
        const sms = k.pick([
          `${company.name}: Hi ${k.candidate.first}! Your interview for ${j.role} is confirmed for ${dayWord} at ${tm} at ${addr}. Reply C to confirm or R to reschedule. Msg&data rates may apply. Reply STOP to opt out.`,
          `${company.name} Hiring: Reminder - interview ${dayWord} ${tm} with ${r.name}, ${addr}. Bring photo ID. Reply HELP for help, STOP to end.`,
        ]);
        return {
          from: `${company.name} Hiring <sms-copy@${company.domain}>`,
          to: k.candidate.email,
          subject: k.pick([
            `Copy of text message: interview ${dayWord}`,
            'Text message copy',
            `${company.name} - SMS confirmation`,
          ]),
          date: k.date,
          body: k.paragraphs(
            `This is a copy of a text message sent to ${k.candidate.phone}:`,
            `"${sms}"`,
            'You are receiving this copy because email notifications are turned on in your candidate profile.',
          ),
          expected: exp(company.name, j.role, sms.includes(r.name) ? [who(r, 'recruiter', null)] : [], m.iso),
        };
      }
      const sms = k.pick([
        `Hi ${k.candidate.first} it's ${r.name} from ${company.name}. Confirming ${dayWord} ${tm} for the ${j.role} interview, ask for me at the front desk. See you then!`,
        `Hey ${k.candidate.first}, ${r.first} here (${company.name}). We're all set for ${dayWord} at ${tm} - ${addr}. Text me if anything comes up`,
      ]);
      return {
        from: `${k.pick(['Voice', 'Messages', 'Tellus Mobile'])} <txt-noreply@messages.example>`,
        to: k.candidate.email,
        subject: `New text message from ${r.phone}`,
        date: k.date,
        body: k.paragraphs(
          `${r.phone}:`,
          sms,
          `Reply to this text: https://messages.example/t/${k.token(12)}`,
          'To change how you receive text notifications, go to Settings.',
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', null, r.phone)], m.iso),
      };
    },
  },
  {
    id: 'iv2-onsite-logistics-parking-id',
    label: 'interview_scheduled',
    note: 'onsite logistics mail (address, parking, photo ID, visitor badge, arrival) where the fixed time appears once in passing',
    count: 11,
    make(k) {
      const company = k.company();
      const j = job(k);
      const sender = k.person(company);
      const host = k.person(company);
      const m = k.later();
      const sTitle = k.pick(COORD_TITLES.concat(['Office Manager', 'Workplace Coordinator']));
      const s = sign(k, sender, sTitle, company);
      const blocks = [
        `Address\n${company.name}\n${officeAddress(k)}`,
        k.pick([
          `Parking\nVisitor parking is on level P2 of the garage under the building. Bring your ticket to reception and we'll validate it.`,
          'Parking\nThere is no on-site parking; the nearest public car park is two minutes away on the corner. Public transport is the easiest option.',
          'Parking\nPlease park in any space marked "Visitor" in the front lot.',
        ]),
        k.pick([
          'Security\nPlease bring a government-issued photo ID (driver’s license or passport). You will be issued a visitor badge at the lobby desk.',
          'ID\nBuilding security requires photo ID for all visitors. Your name will be on the visitor list.',
        ]),
        k.pick([
          `On arrival\nCheck in at reception on the ${k.pick(['3rd', '5th', '12th', 'ground'])} floor and ask for ${host.name}, who will bring you up.`,
          `On arrival\n${host.name} will meet you in the lobby.`,
        ]),
        k.pick([
          'Wi-Fi\nNetwork: Guest / password provided at reception',
          'Dress code\nBusiness casual is perfect.',
          '',
        ]),
      ];
      const order = k.some(blocks, blocks.length, blocks.length);
      return {
        from: k.addr(sender),
        to: to(k),
        subject: k.pick([
          `Getting to ${company.name} - ${j.role} interview`,
          'Directions & parking for your visit',
          `Onsite logistics: ${dayText(k, m)}`,
          `Your visit to ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Looking forward to welcoming you to our office for your ${j.role} interview on ${whenText(k, m)}. Here's everything you need for the day.`,
            `A few logistics ahead of ${dayText(k, m)} - your interview starts at ${timeText(k, m)}, so please aim to arrive 10-15 minutes early.`,
          ]),
          ...order,
          'If anything changes or you are running late, just reply here or call reception.',
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(sender, 'recruiter', sender.email, s.phone), who(host, 'interviewer', null)],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'iv2-panel-schedule-markdown-table',
    label: 'interview_scheduled',
    note: 'panel schedule pasted as a text table (markdown pipes or +---+ grid): time, interviewer, title, focus; the first row is the start',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'product', 'design', 'data', 'business']);
      const coord = k.person(company);
      const m = k.later();
      const n = k.int(3, 5);
      const ivs = Array.from({ length: n }, () => k.person(company));
      const focus = [
        'Background & motivation',
        'Technical deep dive',
        'Case / problem solving',
        'Collaboration & values',
        'Hiring manager',
        'Q&A with the team',
      ];
      const dur = k.pick([30, 45]);
      const us = isUS(k);
      const t = (x: Moment) => (us ? x.time('us') : x.time('24h'));
      const rows = ivs.map((p, i) => {
        const a = plusMin(m, i * (dur + 15));
        return [
          `${t(a)} - ${t(plusMin(a, dur))}`,
          p.name,
          k.pick(IV_TITLES[j.field].concat([j.hmTitle])),
          focus[i % focus.length]!,
        ];
      });
      const head = ['Time', 'Interviewer', 'Title', 'Focus'];
      const md = k.chance(0.5);
      const w = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
      const line = (r: string[]) => `| ${r.map((x, c) => x.padEnd(w[c]!)).join(' | ')} |`;
      const table = md
        ? [line(head), `|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`, ...rows.map(line)].join('\n')
        : [
            `+${w.map((x) => '-'.repeat(x + 2)).join('+')}+`,
            line(head),
            `+${w.map((x) => '='.repeat(x + 2)).join('+')}+`,
            ...rows.map(line),
            `+${w.map((x) => '-'.repeat(x + 2)).join('+')}+`,
          ].join('\n');
      const s = sign(k, coord, k.pick(COORD_TITLES), company);
      return {
        from: k.addr(coord),
        to: to(k),
        subject: k.pick([
          `Your interview schedule - ${j.role}`,
          `${company.name} panel: ${dayText(k, m)}`,
          `Final round schedule (${j.role})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Here is your schedule for ${us ? m.date('us-long') : m.date('uk-long')} (all times ${tzAbbr(m)}). ${k.pick(['Each conversation has its own link in the calendar invites.', 'All sessions are in the same video room: ' + zoomLink(k, company), 'You will be onsite for all sessions.'])}`,
          table,
          k.pick([
            'There is a 15-minute break between sessions.',
            'Feel free to grab water or a coffee in the breaks.',
            '',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(coord, 'recruiter', coord.email, s.phone), ...ivs.map((p) => who(p, 'interviewer', null))],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'iv2-hr-system-you-accepted-interview',
    label: 'interview_scheduled',
    note: 'scheduling-system notice that the candidate ACCEPTED an interview time ("You accepted…", "Status: Accepted"), details repeated',
    count: 10,
    make(k) {
      const company = k.company();
      const s = k.pick([...HR_SYSTEMS, ...SMALL_ATS]);
      const j = job(k);
      const m = k.later();
      const w = sysWhen(k, m);
      const ivs = k.some([k.person(company), k.person(company)], 1, 2);
      const loc = k.pick([
        'Video call - link in the calendar invitation',
        'Phone - the interviewer will call you',
        officeAddress(k),
        'Microsoft Teams',
      ]);
      return {
        from: s.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Interview accepted: ${j.role}`,
          `Confirmation: you accepted an interview with ${company.name}`,
          `Interview Confirmed - ${j.role}`,
          `You're booked! ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          k.pick([
            'Thank you for responding. You accepted the following interview:',
            'Thanks for confirming! Your interview time has been accepted and the hiring team has been notified.',
            `You have accepted the interview invitation for ${j.role}. Details below.`,
          ]),
          k.pick([
            `Position: ${j.role}\nStatus: Accepted\nDate: ${w.day}\nTime: ${w.time} ${tzAbbr(m)}\nLocation: ${loc}\nInterviewer(s): ${ivs.map((p) => p.name).join(', ')}`,
            `${j.role} | ${w.day} | ${w.time} ${tzAbbr(m)} | ${loc}\nWith: ${ivs.map((p) => p.name).join(', ')}\nStatus: ✓ Accepted`,
          ]),
          k.pick([
            'A calendar invitation has been sent to your email address.',
            `Need to make a change? Reschedule or cancel here: ${s.link(company, k.token(10))}`,
            '',
          ]),
          `${company.name} Recruiting`,
          s.footer,
        ),
        expected: exp(
          company.name,
          j.role,
          ivs.map((p) => who(p, 'interviewer', null)),
          m.iso,
        ),
      };
    },
  },
  {
    id: 'iv2-timezone-converted-confirmation',
    label: 'interview_scheduled',
    note: 'confirmation written in two zones ("10:00 AM PT / 1:00 PM ET", "14:00 GMT (9:00 AM your time)"); the sender\'s own zone is the offset',
    count: 11,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const m = k.later();
      const s = summer(m);
      const zones: Record<string, number> = {
        east: s ? -240 : -300,
        central: s ? -300 : -360,
        pacific: s ? -420 : -480,
        uk: s ? 60 : 0,
        cet: s ? 120 : 60,
        india: 330,
      };
      const mine = region(m);
      const otherKey = k.pick(Object.keys(zones).filter((z) => z !== mine && z !== 'aus'));
      const o = inZone(m, zones[otherKey]!);
      const fmt = (x: Moment) =>
        ['east', 'central', 'pacific'].includes(region(x))
          ? x.time(k.pick(['us', 'us-compact'] as const))
          : x.time('24h');
      const short = (x: Moment) => {
        const a = tzAbbr(x);
        return k.chance(0.5) && a.length === 3 && a !== 'IST' && a !== 'GMT' && a !== 'BST' && a !== 'CET'
          ? `${a[0]}T`
          : a;
      };
      const mineT = `${fmt(m)} ${short(m)}`;
      const otherT = `${fmt(o)} ${short(o)}`;
      const dayDiffers = o.ymd !== m.ymd;
      const both = k.pick([
        `${mineT} / ${otherT}${dayDiffers ? ` (${o.weekdayName} for you)` : ''}`,
        `${otherT} (${mineT})`,
        `${mineT} - that's ${otherT} your time`,
      ]);
      const sg = sign(k, r, k.pick(RECRUITER_TITLES.concat(COORD_TITLES)), company);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Confirmed: ${j.role} interview - ${dayText(k, m)}`,
          `Interview confirmation (${company.name})`,
          `Re: Scheduling - ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `You're confirmed for your interview with ${company.name} on ${dayText(k, m)} at ${both}.`,
            `Just confirming ${dayText(k, m)}, ${both}, for your ${j.role} interview.`,
            `Great - we're locked in for ${dayText(k, m)} at ${both}. Since we're in different time zones I've put both times to be safe.`,
          ]),
          k.pick([
            `The ${k.pick(['Zoom', 'Teams', 'Google Meet'])} link is in the calendar invite.`,
            `Join here: ${k.chance(0.5) ? meetLink(k) : zoomLink(k, company)}`,
          ]),
          k.pick([
            'Let me know if anything looks off with the times!',
            'Shout if the time zone conversion looks wrong on your side.',
            '',
          ]),
          sg.text,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', r.email, sg.phone)], m.iso),
      };
    },
  },
  {
    id: 'iv2-big-company-legalese-confirmation',
    label: 'interview_scheduled',
    note: 'big-company interview confirmation: one sentence with the fixed time among fraud warnings, privacy, background-check and accommodation legalese',
    count: 10,
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'successfactors', 'icims', 'taleo');
      const j = job(k);
      const m = k.later();
      const id = k.pick([`R${k.digits(6)}`, `${k.digits(7)}`, `REQ-${k.digits(5)}`]);
      const kind = k.pick(['virtual', 'telephone', 'in-person', 'video']);
      const key = k.pick([
        `This email confirms your ${kind} interview for ${j.role} (Req ${id}) on ${whenText(k, m, true)}.`,
        `Your ${kind} interview for the position of ${j.role}, requisition ${id}, has been scheduled for ${whenText(k, m, true)}.`,
      ]);
      const early = k.chance(0.5);
      const legal = k.some(
        [
          `Please be aware of recruitment scams. ${company.name} does not request payment or sensitive financial information at any stage of the hiring process and only communicates through official channels.`,
          `If you need a reasonable accommodation for the interview, contact our Accommodations team at accommodations@${company.domain} at least 48 hours in advance.`,
          `Any offer of employment will be contingent upon successful completion of a background check, which may include verification of employment, education and criminal history, in accordance with applicable law.`,
          `By participating in this interview you acknowledge the ${company.name} Candidate Privacy Notice, available on our careers site, which describes how we collect and use your personal information.`,
          `${company.name} is an equal opportunity employer and values diversity at all levels.`,
        ],
        3,
        5,
      );
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Interview Confirmation - ${j.role} (${id})`,
          `Interview Scheduled: ${j.role}`,
          `${company.name} Interview Confirmation`,
        ]),
        date: k.date,
        body: k
          .paragraphs(
            k.header(company),
            k.hello(true),
            `Thank you for your continued interest in ${company.name}.`,
            early ? key : '',
            ...legal,
            early ? '' : key,
            k.pick([
              'Details for joining will be sent in a separate calendar invitation.',
              'Please log in to your candidate home page to view the details.',
              '',
            ]),
            `Regards,\n${company.name} Talent Acquisition`,
            k.footer(company, system),
          )
          .replace(/\n\n\n+/g, '\n\n'),
        expected: exp(company.name, j.role, [], m.iso),
      };
    },
  },
  {
    id: 'iv2-starts-in-one-hour-reminder',
    label: 'interview_scheduled',
    note: 'same-day reminder from a scheduling or video tool: "your interview starts in 1 hour / 30 minutes", explicit clock time too',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const lead = k.pick([15, 30, 60, 60, 120]);
      const m = soonAfterSent(k, lead);
      const iv = k.person(company);
      const rel = lead === 60 ? '1 hour' : lead === 120 ? '2 hours' : `${lead} minutes`;
      const tool = k.pick(['ModernLoop', 'GoodTime', 'Calendly', 'Zoom', 'Prelude']);
      const us = isUS(k);
      const t = `${us ? m.time('us') : m.time('24h')} ${tzAbbr(m)}`;
      return {
        from: k.pick([
          `${company.name} via ${tool} <notifications@${tool.toLowerCase()}.example>`,
          `${tool} <no-reply@${tool.toLowerCase()}.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Reminder: your interview starts in ${rel}`,
          `Starting soon: ${j.role} interview at ${t}`,
          `In ${rel}: ${interviewTitle(k, company, j.role)}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Your interview with ${company.name} starts in ${rel}, at ${t}.`,
            `Just a reminder that your ${j.role} interview with ${iv.name} begins today at ${t}.`,
            `Heads up - you're meeting ${iv.name} from ${company.name} in ${rel} (${t}).`,
          ]),
          `Join: ${k.pick([meetLink(k), zoomLink(k, company), teamsLink(k)])}`,
          k.pick([
            'Tip: test your camera and microphone a few minutes before joining.',
            'Running late or need to reschedule? Reply to this email and we will let the team know.',
            '',
          ]),
          `Sent by ${tool} on behalf of ${company.name}`,
        ),
        expected: exp(company.name, j.role, [who(iv, 'interviewer', null)], m.iso),
      };
    },
  },
  {
    id: 'iv2-pt-it-nl-confirmation',
    label: 'interview_scheduled',
    note: 'Portuguese, Italian or Dutch interview confirmation with date words and "às 14h30" / "alle ore 14:30" / "om 14.30 uur"',
    count: 10,
    make(k) {
      const lang = k.pick(['pt', 'it', 'nl'] as const);
      k.as(lang === 'pt' ? 'en-GB' : lang === 'it' ? 'fr' : 'de');
      const company = k.company();
      const r = k.person(company);
      const iv = k.person(company);
      const m = k.later();
      const d = lDate(k, lang, m);
      const tm = lTime(k, lang, m);
      const roles = {
        pt: [
          'Analista Financeiro(a)',
          'Engenheiro(a) de Dados',
          'Assistente de Loja',
          'Gestor(a) de Projeto',
        ],
        it: ['Analista Finanziario', 'Sviluppatore Frontend', 'Addetto alla Logistica', 'Project Manager'],
        nl: ['Financieel Analist', 'Backend Developer', 'Logistiek Medewerker', 'Projectmanager'],
      };
      const role = k.pick(roles[lang]);
      const where = k.chance(0.5) ? teamsLink(k) : officeAddress(k);
      const text = {
        pt: [
          `Olá ${k.candidate.first},`,
          `Confirmamos a sua entrevista para a vaga de ${role} na ${company.name} no dia ${d} ${tm}.`,
          `A entrevista será conduzida por ${iv.name} e terá a duração de cerca de 45 minutos.\nLocal / link: ${where}`,
          'Em caso de impedimento, pedimos que nos avise com antecedência.',
          `Atenciosamente,\n${r.name}\nRecursos Humanos | ${company.name}`,
        ],
        it: [
          `Gentile ${k.candidate.name},`,
          `con la presente le confermiamo il colloquio per la posizione di ${role} fissato per ${d} ${tm}.`,
          `Il colloquio si terrà con ${iv.name}. Luogo / collegamento: ${where}`,
          'La preghiamo di presentarsi con un documento di identità valido. In caso di impedimento, la preghiamo di avvisarci.',
          `Cordiali saluti,\n${r.name}\nUfficio Risorse Umane - ${company.name}`,
        ],
        nl: [
          `Beste ${k.candidate.first},`,
          `Hierbij bevestigen we je sollicitatiegesprek voor de functie ${role} op ${d} ${tm}.`,
          `Je spreekt met ${iv.name}. Locatie / link: ${where}`,
          'Ben je verhinderd? Laat het ons dan zo snel mogelijk weten.',
          `Met vriendelijke groet,\n${r.name}\nRecruiter | ${company.name}`,
        ],
      };
      const subj = {
        pt: [`Confirmação de entrevista - ${role}`, `Entrevista confirmada: ${company.name}`],
        it: [`Conferma colloquio - ${role}`, `Colloquio ${company.name}: conferma`],
        nl: [`Bevestiging sollicitatiegesprek - ${role}`, `Je gesprek bij ${company.name}`],
      };
      return {
        from: k.addr(r),
        to: k.candidate.email,
        subject: k.pick(subj[lang]),
        date: k.date,
        body: k.paragraphs(...text[lang]),
        expected: exp(company.name, role, [who(r, 'recruiter'), who(iv, 'interviewer', null)], m.iso),
      };
    },
  },
  {
    id: 'iv2-live-video-platform-scheduled',
    label: 'interview_scheduled',
    note: 'live (two-way) video interview platform (Spark Hire / VidCruiter style): scheduled time, your time zone, device check, join early',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const iv = k.person(company);
      const m = k.later();
      const plat = k.pick([
        {
          n: 'Spark Hire',
          from: `${company.name} via Spark Hire <notifications@sparkhire.com>`,
          link: `https://app.sparkhire.com/live/${k.token(10)}`,
        },
        {
          n: 'VidCruiter',
          from: `${company.name} <noreply@vidcruiter.com>`,
          link: `https://${company.slug}.vidcruiter.com/live/${k.token(10)}`,
        },
        {
          n: 'Jobma',
          from: `${company.name} Hiring <support@jobma.com>`,
          link: `https://www.jobma.com/live/${k.token(10)}`,
        },
      ]);
      const w = sysWhen(k, m);
      return {
        from: plat.from,
        to: k.candidate.email,
        subject: k.pick([
          `Your live video interview with ${company.name} is scheduled`,
          `Live Interview Scheduled: ${j.role}`,
          `${company.name} - live interview details`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `${company.name} has scheduled a live video interview with you for the ${j.role} position.`,
            `Your live interview for ${j.role} is confirmed. This is a real-time conversation with ${iv.name}, not a recorded interview.`,
          ]),
          `Date: ${w.day}\nTime: ${w.time} (${tzGoogle(m)})\nInterviewer: ${iv.name}\nDuration: ${k.pick(['30', '45', '60'])} minutes`,
          `Join your interview: ${plat.link}`,
          k.pick([
            'Please join 5 minutes early. We recommend Google Chrome on a laptop or desktop computer.',
            'Before your interview, run the device check to make sure your camera and microphone work.',
          ]),
          `Powered by ${plat.n}`,
        ),
        expected: exp(company.name, j.role, [who(iv, 'interviewer', null)], m.iso),
      };
    },
  },
  {
    id: 'iv2-dial-in-conference-line',
    label: 'interview_scheduled',
    note: 'phone interview where the candidate dials a conference bridge at a fixed time (dial-in number, participant code); panel named',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const ivs = k.some([k.person(company), k.person(company), k.person(company)], 1, 3);
      const m = k.later();
      const us = isUS(k);
      const dial = us
        ? `+1 (${k.pick(['646', '312', '415'])}) 555-${k.digits(4)}`
        : `+44 20 7946 0${k.digits(3)}`;
      const code = `${k.digits(6)}#`;
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Phone interview - dial-in details`,
          `${j.role}: conference call ${dayText(k, m)}`,
          `Your telephone interview with ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Your telephone interview for ${j.role} is scheduled for ${whenText(k, m, true)}. ${ivs.map((p) => p.name).join(ivs.length === 2 ? ' and ' : ', ')} will be on the line.`,
          k.pick([
            `Please dial in at the scheduled time:\nDial-in: ${dial}\nParticipant code: ${code}`,
            `Conference line: ${dial}, access code ${code}. Please call in a minute or two early.`,
          ]),
          k.pick([
            'The call will last about 45 minutes.',
            'If you get disconnected, simply dial back in with the same code.',
            '',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(r, 'recruiter', r.email, s.phone), ...ivs.map((p) => who(p, 'interviewer', null))],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'iv2-superday-schedule-log-in-early',
    label: 'interview_scheduled',
    note: 'banking/consulting "Superday" confirmation: log in 15 minutes early (distractor), first interview time is the start, back-to-back rounds',
    count: 9,
    make(k) {
      const company = k.company();
      const prog = k.pick([
        'Investment Banking Summer Analyst',
        'Strategy Consultant',
        'Markets Analyst',
        'Graduate Consultant',
        'Corporate Finance Analyst',
      ]);
      const coord = k.person(company);
      const m = k.later(4, 12).plusDays(0, k.pick([8, 9, 9, 10]), k.pick([0, 30]));
      const early = plusMin(m, -15);
      const us = isUS(k);
      const t = (x: Moment) => (us ? x.time('us') : x.time('24h'));
      const ivs = [k.person(company), k.person(company), k.person(company)];
      const titles = [
        'Vice President',
        'Associate',
        'Managing Director',
        'Senior Manager',
        'Partner',
        'Engagement Manager',
      ];
      const rows = ivs.map(
        (p, i) =>
          `${t(plusMin(m, i * 45))}  ${k.pick(['Fit interview', 'Technical interview', 'Case interview', 'Final interview'])} - ${p.name}, ${k.pick(titles)}`,
      );
      return {
        from: k.pick([k.addr(coord), `${company.name} Campus Recruiting <campus@${company.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} Superday - ${us ? m.date('us-short') : m.date('uk-short')}`,
          `Superday confirmation: ${prog}`,
          `Your final round schedule`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Congratulations again on advancing to the Superday for the ${prog} position. Your Superday is confirmed for ${us ? m.date('us-long') : m.date('uk-long')}.`,
          `Please log in to ${k.pick(['Zoom', 'the waiting room'])} by ${t(early)} ${tzAbbr(m)}; your first interview begins at ${t(m)}.`,
          `Schedule (${tzAbbr(m)}):\n${rows.join('\n')}`,
          k.pick([
            'Interviews run back to back with a short break. Please have a pen, paper and calculator ready.',
            'Business attire is recommended, even on video.',
          ]),
          `Best of luck,\n${coord.name}\n${k.pick(['Campus Recruiting', 'Recruiting Coordinator'])}, ${company.name}`,
        ),
        expected: exp(
          company.name,
          prog,
          [who(coord, 'recruiter'), ...ivs.map((p) => who(p, 'interviewer', null))],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'iv2-prep-guide-time-at-end',
    label: 'interview_scheduled',
    note: 'long interview-preparation guide (what to expect, tips, about us); the fixed time appears only in the closing lines',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const iv = k.person(company);
      const m = k.later();
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const sections = k.some(
        [
          `What to expect\nThe interview is a ${k.pick(['45', '60'])}-minute conversation focused on your experience and how you approach problems. There is time at the end for your questions.`,
          `How we interview\nWe use structured interviews: every candidate for ${j.role} gets the same core questions, scored against the same criteria.`,
          `Tips\n- Use real examples from your work\n- It's fine to take a moment to think\n- Ask us anything - interviews go both ways`,
          `About ${company.name}\nWe are a team of ${k.int(50, 2000)} people across ${k.int(2, 9)} offices. Our careers page has more about our values and benefits.`,
          'Accessibility\nIf you need any adjustments - extra time, captions, a different format - just tell us. It will not affect your assessment.',
        ],
        3,
        5,
      );
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Preparing for your interview at ${company.name}`,
          `Interview guide - ${j.role}`,
          'Everything you need for your interview',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `We're looking forward to meeting you! Below is a short guide to help you prepare for your ${j.role} interview.`,
          ...sections,
          k.pick([
            `Your interview: ${whenText(k, m, true)} with ${iv.name}, ${k.pick(['via Teams (link in your invite)', 'by video call', 'at our office'])}.`,
            `See you on ${whenText(k, m, true)} - you'll be speaking with ${iv.name}.`,
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(r, 'recruiter', r.email, s.phone), who(iv, 'interviewer', null)],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'iv2-civil-service-oral-board-notice',
    label: 'interview_scheduled',
    note: 'civil-service "Notice of Oral Board Examination": examination number, report time, location, bring this notice; late arrivals not admitted',
    count: 9,
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA'] as const));
      const body = publicBody(k);
      const role = k.pick(
        PUBLIC_ROLES.concat([
          'Maintenance Worker II',
          'Administrative Analyst',
          'Civil Engineer II',
          'Water Treatment Operator',
        ]),
      );
      const m = k.later(5, 14);
      const exam = `${k.digits(4)}-${k.pick(['OC', 'PR', 'EX'])}`;
      const analyst = k.person(body);
      const dl = m.plusDays(-3);
      return {
        from: `${body.name} Human Resources <hr-exams@${body.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Notice of Oral Board Examination - ${role}`,
          `Oral Interview Notice: ${role} (#${exam})`,
          `${body.name} - Examination Notice`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${body.name.toUpperCase()}\nHUMAN RESOURCES DEPARTMENT`,
          'NOTICE OF ORAL BOARD EXAMINATION',
          `Examination: ${role}\nExamination No.: ${exam}\nCandidate: ${k.candidate.name}`,
          'You have met the minimum qualifications and are scheduled to appear for an oral board examination as follows:',
          `Date: ${m.date('us-long')}\nReport Time: ${m.time('us')}\nLocation: ${officeAddress(k)}, ${k.pick(['Conference Room B', 'Room 204', 'Training Center'])}`,
          'Bring this notice and valid photo identification. Candidates who arrive late will not be admitted.',
          `If you are unable to attend, you must contact ${analyst.name}, Human Resources Analyst, at ${analyst.phone} no later than ${dl.date('us-long')}. Rescheduling is not guaranteed.`,
          `${body.name} is an Equal Opportunity Employer.`,
        ),
        expected: exp(body.name, role, [who(analyst, 'recruiter', null, analyst.phone)], m.iso),
      };
    },
  },
  {
    id: 'iv2-working-interview-trial-shift',
    label: 'interview_scheduled',
    note: 'working interview / paid trial shift at a fixed time (dental, kitchen, salon, clinic, store): what to wear and bring, hours, pay',
    count: 10,
    make(k) {
      const company = k.company();
      const kind = k.pick([
        {
          role: 'Dental Hygienist',
          title: 'Practice Manager',
          wear: 'scrubs',
          bring: 'your loupes if you have them',
        },
        {
          role: 'Line Cook',
          title: 'Head Chef',
          wear: 'black pants and non-slip shoes',
          bring: 'your knives',
        },
        {
          role: 'Barista',
          title: 'Store Manager',
          wear: 'a plain black top',
          bring: 'nothing, we have aprons',
        },
        {
          role: 'Medical Assistant',
          title: 'Office Manager',
          wear: 'scrubs',
          bring: 'a copy of your certification',
        },
        { role: 'Retail Sales Associate', title: 'Store Manager', wear: 'smart casual', bring: 'photo ID' },
        {
          role: 'Veterinary Technician',
          title: 'Practice Manager',
          wear: 'scrubs',
          bring: 'closed-toe shoes',
        },
      ]);
      const mgr = k.person(company, k.pick(['first', 'first.last'] as const));
      const m = k.later(2, 7);
      const end = plusMin(m, k.pick([180, 240]));
      const us = isUS(k);
      const t = (x: Moment) => (us ? x.time('us-compact') : x.time('24h'));
      const paid = k.pick([us ? `$${k.int(18, 32)}/hr` : `£${k.int(11, 16)}/hr`, '']);
      const trial = k.pick(['working interview', 'trial shift', 'paid working interview', 'stage']);
      const title = kind.title;
      return {
        from: k.addr(mgr),
        to: to(k),
        subject: k.pick([
          `${trial[0]!.toUpperCase()}${trial.slice(1)} - ${dayText(k, m)}`,
          `Re: ${kind.role} position`,
          `See you ${m.weekdayName}!`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for coming in last week. We'd like you to do a ${trial} with us on ${dayText(k, m)} from ${t(m)} to ${t(end)}.`,
            `As discussed, your ${trial} for the ${kind.role} role is booked for ${dayText(k, m)}, ${t(m)}-${t(end)}.`,
          ]),
          `Please wear ${kind.wear} and bring ${kind.bring}.${paid ? ` The ${trial} is paid at ${paid}.` : ''}`,
          k.pick([
            `Ask for me when you arrive - ${officeAddress(k)}.`,
            `We're at ${officeAddress(k)}. Come to the side entrance.`,
          ]),
          `${mgr.first}\n${title}, ${company.name}`,
        ),
        expected: exp(company.name, kind.role, [who(mgr, 'hiring_manager')], m.iso),
      };
    },
  },
  {
    id: 'iv2-icloud-calendar-invitation',
    label: 'interview_scheduled',
    note: 'iCloud/Apple-style calendar invitation in sentence form ("has invited you to the event … scheduled for … from 2:00 PM to 3:00 PM (EST)")',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['business', 'design', 'service', 'care', 'education']);
      const org = k.person(company, k.pick(['first.last', 'first'] as const));
      const m = k.later();
      const end = plusMin(m, k.pick([30, 60]));
      const us = isUS(k);
      const title = k.pick([
        `Interview - ${k.candidate.name}`,
        `${j.role} interview`,
        `Meet ${k.candidate.first} (${j.role})`,
        `Interview ${company.name}`,
      ]);
      const when = us
        ? `${m.date('us-long')} from ${m.time('us')} to ${end.time('us')} (${tzAbbr(m)})`
        : `${m.weekdayName} ${m.day} ${mon(m)} ${m.year} from ${m.time('24h')} to ${end.time('24h')} (${tzAbbr(m)})`;
      return {
        from: `${org.name} <noreply@email.apple.com>`,
        to: k.candidate.email,
        subject: k.pick([`Invitation: ${title}`, `${org.name} invited you to “${title}”`]),
        date: k.date,
        body: k.paragraphs(
          `${org.name} has invited you to the event “${title}”, scheduled for ${when}.`,
          k.pick([
            `Location: ${officeAddress(k)}`,
            `Notes: ${company.name} - ${j.role}. Call link: ${zoomLink(k, company)}`,
            `Location: ${company.name}, ${officeAddress(k)}`,
          ]),
          'To accept or decline this invitation, click the link below.',
          `https://www.icloud.com/calendar/invitation/${k.token(20)}`,
          `Invitation from iCloud Calendar\n${org.email}`,
        ),
        expected: exp(company.name, j.role, [who(org, 'hiring_manager')], m.iso),
      };
    },
  },
  {
    id: 'iv2-job-board-employer-scheduled-interview',
    label: 'interview_scheduled',
    note: 'job board relays that an employer scheduled an interview (Indeed/ZipRecruiter-style card): date/time, format, message from employer; sender is the board',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k, ['service', 'care', 'business', 'business', 'engineering']);
      const hm = k.person(company);
      const m = k.later();
      const board = k.pick([
        {
          n: 'Indeed',
          from: 'Indeed <no-reply@indeed.com>',
          link: `https://www.indeed.com/interviews/${k.token(14)}`,
        },
        {
          n: 'ZipRecruiter',
          from: 'ZipRecruiter <no-reply@ziprecruiter.com>',
          link: `https://www.ziprecruiter.com/candidate/interviews/${k.token(14)}`,
        },
        {
          n: 'Glassdoor',
          from: 'Glassdoor <noreply@glassdoor.com>',
          link: `https://www.glassdoor.com/member/interviews/${k.token(14)}`,
        },
      ]);
      const w = sysWhen(k, m);
      const fmt = k.pick(['Video interview', 'Phone call', `In person - ${officeAddress(k)}`]);
      const msg = k.chance(0.6);
      return {
        from: board.from,
        to: k.candidate.email,
        subject: k.pick([
          `Interview scheduled with ${company.name}`,
          `${company.name} scheduled an interview with you`,
          `Your interview for ${j.role} is on ${w.day}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${company.name} scheduled an interview with you`,
          `${j.role}\n${company.name}`,
          `${w.day}\n${w.time} ${tzAbbr(m)}\n${fmt}`,
          msg
            ? `Message from ${hm.name}:\n"${k.pick([`Hi ${k.candidate.first}, looking forward to speaking with you!`, 'Please bring a copy of your resume. Thanks!', 'Talk soon - call me if you have trouble joining.'])}"`
            : '',
          `Add to calendar | Reschedule | View details\n${board.link}`,
          `You are receiving this email because you applied to a job on ${board.n}. ${board.n} is not responsible for the content of employer messages.`,
        ),
        expected: exp(company.name, j.role, msg ? [who(hm, 'hiring_manager', null)] : [], m.iso),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// assessment

const assessments: Family[] = [
  {
    id: 'iv2-neuro-games-experienced-hire',
    label: 'assessment',
    note: 'game-based behavioural assessment (Pymetrics-like) for experienced hires: N short games, no right answers, desktop only, trait report afterwards',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k, ['business', 'product', 'data', 'engineering']);
      const dl = k.later(4, 8);
      const n = k.pick([12, 16, 9]);
      const vendor = k.pick(['Pymetrics', 'Arctic Shores', 'Cappfinity', 'Harver']);
      return {
        from: k.pick([
          `${company.name} <no-reply@${vendor.toLowerCase().replace(/ /g, '')}.example>`,
          `${company.name} Talent Acquisition <talent@${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `${company.name}: play our games (${j.role})`,
          `Next step for ${j.role}: game-based assessment`,
          `Action needed - ${vendor} assessment`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          `Thank you for applying for ${j.role}. As the next step, we invite you to complete a short set of ${n} games powered by ${vendor}.`,
          k.pick([
            'The games measure cognitive and emotional traits such as attention, risk preference and learning. There are no right or wrong answers — just play naturally.',
            'These are not tests of knowledge: each game captures how you make decisions. Most people finish in about 25 minutes.',
          ]),
          bullets(k, [
            'Use a laptop or desktop computer (not a phone)',
            'You can pause between games but not during one',
            'Find a quiet place without interruptions',
            'You will receive a personalised trait report afterwards',
          ]),
          `Please complete the games by ${deadlineText(k, dl)}.\nStart: https://app.${vendor.toLowerCase().replace(/ /g, '')}.example/${company.slug}/${k.token(10)}`,
          'If you need accommodations (for example colour-blind mode or extra time), reply to this email before you start.',
          `${company.name} Recruiting`,
          k.footer(company),
        ),
        expected: exp(company.name, j.role),
      };
    },
  },
  {
    id: 'iv2-language-proficiency-test',
    label: 'assessment',
    note: 'language proficiency test (English, German, Spanish, French) for customer-facing roles: reading/writing online plus an automated speaking section',
    count: 10,
    make(k) {
      const company = k.company();
      const role = k.pick([
        'Customer Service Representative',
        'Bilingual Support Specialist',
        'Account Executive',
        'Front Desk Agent',
        'Technical Support Agent (German)',
        'Customer Success Manager',
      ]);
      const lang = k.pick(['English', 'German', 'Spanish', 'French', 'Dutch', 'Portuguese']);
      const r = k.person(company);
      const dl = k.later(2, 5);
      const level = k.pick(['B2', 'C1', 'B2 or higher']);
      const withR = k.chance(0.6);
      return {
        from: withR ? k.addr(r) : `${company.name} Recruitment <recruitment@${company.domain}>`,
        to: to(k),
        subject: k.pick([
          `${lang} language assessment - ${role}`,
          `Language test invitation (${company.name})`,
          `Next step: ${lang} proficiency test`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `As part of the selection process for ${role}, we ask all candidates to complete a ${lang} language assessment. The role requires ${lang} at ${level} level (CEFR).`,
          `The test has ${k.pick(['three', 'four'])} parts:\n${bullets(k, ['Reading comprehension (15 min)', 'Written response to a customer email (15 min)', 'Listening (10 min)', 'Speaking: you will record answers to 5 questions through your microphone'].slice(0, k.int(3, 4)))}`,
          k.pick([
            `Please complete it by ${deadlineText(k, dl)}. Link: https://langtest.${company.domain}/${k.token(10)}`,
            `You will receive a separate email from our test provider with your login. The test must be completed within 72 hours of receiving it.`,
          ]),
          'Please use headphones with a microphone and a quiet room for the speaking section.',
          withR
            ? k.signature(r, k.pick(RECRUITER_TITLES), company, false)
            : `${company.name} Recruitment Team`,
        ),
        expected: exp(company.name, role, withR ? [who(r, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'iv2-typing-data-entry-test',
    label: 'assessment',
    note: 'typing / data-entry speed test with a WPM and accuracy threshold, for admin, staffing and call-centre roles',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.pick([
        'Data Entry Clerk',
        'Administrative Assistant',
        'Medical Receptionist',
        'Customer Service Representative',
        'Claims Processor',
        'Office Coordinator',
      ]);
      const wpm = k.pick([35, 40, 45, 50, 60]);
      const acc = k.pick([90, 95, 97]);
      const r = k.person(company);
      return {
        from: k.pick([k.addr(r), `${company.name} <noreply@${company.slug}.applytojob.com>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Typing test - ${role}`,
          'Please complete a short typing assessment',
          `${company.name}: keyboarding test`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Thanks for your interest in the ${role} position. Before we can move forward, all applicants complete a short typing and data-entry test.`,
          `Requirements: at least ${wpm} WPM with ${acc}% accuracy. The test takes about ${k.pick([5, 10, 15])} minutes: one timed typing passage and ${k.pick([10, 20, 25])} records to key in from scanned forms.`,
          `Take the test here: https://${k.pick(['typingtest', 'skills', 'assess'])}.${company.domain}/${k.token(8)}`,
          k.pick([
            'You may take it once, so make sure you are ready before you start.',
            'Please complete it within 48 hours.',
            'Your results are sent to us automatically.',
          ]),
          k.pick([`Thanks,\n${r.name}\nHR, ${company.name}`, `${company.name} HR`]),
        ),
        expected: exp(company.name, role, [who(r, 'recruiter')]),
      };
    },
  },
  {
    id: 'iv2-presentation-task-fixed-panel',
    label: 'assessment',
    note: 'presentation task to prepare and deliver to a panel at a FIXED time (still assessment): brief, length, panel names; interviewAt is the panel start',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k, ['product', 'business', 'design', 'data', 'education']);
      const r = k.person(company);
      const panel = k.some([k.person(company), k.person(company), k.person(company)], 2, 3);
      const m = k.later(4, 10);
      const mins = k.pick([10, 15, 20]);
      const topic = k.pick([
        `your 90-day plan for the ${j.role} role`,
        `how you would grow adoption of one of our products in a new market`,
        'a project you are proud of, what went wrong and what you would change',
        `the attached data set: three insights and one recommendation`,
        'how you would prioritise the attached backlog for the next quarter',
      ]);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Presentation brief - ${j.role}`,
          `Next stage: presentation to the panel (${dayText(k, m)})`,
          `${company.name} - presentation task`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for your time so far. The next stage for the ${j.role} role is a presentation to a panel on ${whenText(k, m, true)}.`,
            `We'd like you to prepare a ${mins}-minute presentation for the panel, which is booked for ${whenText(k, m, true)}.`,
          ]),
          `The brief: please present ${topic}. Allow ${mins} minutes for the presentation followed by ${k.pick([15, 20, 30])} minutes of questions.`,
          `The panel: ${panel.map((p) => p.name).join(', ')}.`,
          k.pick([
            'Please send your slides to me by noon the day before so we can share them with the panel.',
            'Slides are optional; you are welcome to share your screen or talk through a document.',
            'You will be assessed on structure, clarity, and the quality of your reasoning rather than design.',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(r, 'recruiter', r.email, s.phone), ...panel.map((p) => who(p, 'interviewer', null))],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'iv2-sql-test-platform',
    label: 'assessment',
    note: 'SQL / data test on a skills-testing platform (TestGorilla/Coderbyte/DataLemur style) for analyst roles: schema, number of queries, time limit',
    count: 10,
    make(k) {
      const company = k.company();
      const role = k.role('data');
      const dl = k.later(3, 6);
      const plat = k.pick(['TestGorilla', 'Coderbyte', 'Qualified', 'iMocha', 'Alooba']);
      const q = k.int(4, 10);
      return {
        from: `${company.name} via ${plat} <invitations@${plat.toLowerCase()}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} invited you to a SQL assessment`,
          `Your ${role} assessment from ${company.name}`,
          `Invitation: ${company.name} - Data Skills Test`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `${company.name} has invited you to take an assessment for the ${role} position.`,
          k.pick([
            `The test contains ${q} SQL questions against a sample e-commerce database (orders, customers, products). You will write queries in the browser and run them against the data.`,
            `Sections: SQL (${q} queries), spreadsheet reasoning (5 questions), and a short written interpretation of a chart.`,
          ]),
          `Time limit: ${k.pick([45, 60, 90])} minutes. The test must be completed in one sitting.`,
          `Complete by: ${deadlineText(k, dl)}`,
          `Start assessment: https://app.${plat.toLowerCase()}.example/invite/${k.token(16)}`,
          k.pick([
            'Any SQL dialect is accepted; PostgreSQL syntax is used in examples.',
            'You may look up syntax online, but please do not use AI assistants.',
            '',
          ]),
          `Good luck!\nThe ${plat} team, on behalf of ${company.name}`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'iv2-excel-modelling-test-attached',
    label: 'assessment',
    note: 'finance hiring manager attaches an Excel modelling test: open it when ready, timebox, send the workbook back by reply (no fixed start)',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.pick([
        'Financial Analyst',
        'Senior Accountant',
        'FP&A Analyst',
        'Investment Analyst',
        'Business Intelligence Analyst',
      ]);
      const hm = k.person(company);
      const title = k.pick(['Finance Director', 'Head of FP&A', 'Controller', 'Finance Manager', 'CFO']);
      const hours = k.pick(['90 minutes', '2 hours', '3 hours']);
      const file = k.pick([
        `${company.slug}_modelling_test.xlsx`,
        'Case_Study_v3.xlsx',
        `Excel test - ${role}.xlsx`,
      ]);
      const s = sign(k, hm, title, company);
      return {
        from: k.addr(hm),
        to: to(k),
        subject: k.pick([
          `Excel test - ${role}`,
          `${role}: modelling exercise`,
          'Next step - spreadsheet exercise',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Thanks again for the conversation. As the next step for the ${role} role, I've attached a short modelling exercise (${file}).`,
          k.pick([
            `It covers building a three-statement forecast from the historic data in the first tab, plus two sensitivity scenarios.`,
            `You'll find a raw transaction export; please build a summary by region and month, reconcile it to the trial balance, and note anything unusual.`,
            `The task is to build a simple DCF from the assumptions provided and comment on the valuation in a few bullet points.`,
          ]),
          `Please don't spend more than ${hours} on it. Open it whenever suits you in the next few days and reply with the completed workbook — formulas visible, please, no hard-coded numbers.`,
          '[Attachment: ' + file + ']',
          s.text,
        ),
        expected: exp(company.name, role, [who(hm, 'hiring_manager', hm.email, s.phone)]),
      };
    },
  },
  {
    id: 'iv2-assessment-centre-group-exercise-briefing',
    label: 'assessment',
    note: "assessment-centre briefing for a booked day: group exercise, in-tray, role-play, briefing pack attached; the day's start time is fixed",
    count: 9,
    make(k) {
      if (k.chance(0.6)) k.as(k.pick(['en-GB', 'en-AU', 'en-IN'] as const));
      const company = k.company();
      const programme = k.pick([
        'Graduate Management Programme',
        'Management Trainee Scheme',
        'Future Leaders Programme',
        'Retail Management Graduate Scheme',
        'Operations Leadership Programme',
      ]);
      const m = k.later(3, 9).plusDays(0, k.pick([9, 9, 10]), k.pick([0, 30]));
      const us = isUS(k);
      const t = us ? m.time('us') : m.time('24h');
      const exercises = k.some(
        [
          'a group exercise (6–8 candidates discussing a business problem, observed by assessors)',
          'an in-tray / e-tray exercise (45 minutes)',
          'a role-play with a "difficult customer"',
          'a written analysis exercise',
          'a short presentation based on the group discussion',
        ],
        3,
        4,
      );
      return {
        from: `${company.name} Assessment Team <assessments@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Assessment Centre briefing - ${us ? m.date('us-short') : m.date('uk-short')}`,
          `Your Assessment Centre: joining instructions`,
          `${programme} - Assessment Centre information`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Thank you for booking your place at the ${company.name} ${programme} Assessment Centre on ${us ? m.date('us-long') : m.date('uk-long')}. The day starts at ${t} ${tzAbbr(m)} and finishes at around ${us ? plusMin(m, 390).time('us') : plusMin(m, 390).time('24h')}.`,
          `You will take part in:\n${bullets(k, exercises)}`,
          'Your briefing pack for the group exercise is attached. Please read it before the day, but do not prepare a presentation in advance — all materials will be provided.',
          'Assessors will be observing how you work with others, how you analyse information and how you communicate. There is no "right" outcome to the group exercise.',
          k.pick([
            `Venue: ${company.name}, ${officeAddress(k)}. Please bring photo ID.`,
            'The assessment centre will run on Microsoft Teams; joining links will be sent the day before.',
          ]),
          `Kind regards,\n${company.name} Assessment Team`,
        ),
        expected: exp(company.name, programme, [], m.iso),
      };
    },
  },
  {
    id: 'iv2-test-link-expires-partial-progress',
    label: 'assessment',
    note: 'expiry reminder showing partial progress ("1 of 3 sections completed"), link expires in N hours; no interview time',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const total = k.pick([2, 3, 4]);
      const done = k.int(0, total - 1);
      const hrs = k.pick([24, 48, 72]);
      const exp_ = k.sent.plusDays(hrs / 24);
      const secs = [
        'Numerical reasoning',
        'Verbal reasoning',
        'Work-style questionnaire',
        'Coding challenge',
        'Situational judgement',
      ].slice(0, total);
      return {
        from: k.pick([
          `${company.name} Assessments <assessments@${company.domain}>`,
          `${company.name} via ${k.pick(['SHL', 'Talogy', 'Aon', 'Criteria'])} <no-reply@assessments.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Your assessment link expires in ${hrs} hours`,
          `Don't lose your progress - ${j.role} assessment`,
          `Final reminder: ${done} of ${total} sections completed`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `You started the online assessment for ${j.role} at ${company.name} but haven't finished yet.`,
          `Progress: ${done} of ${total} sections completed\n${secs.map((s, i) => `${i < done ? '[x]' : '[ ]'} ${s}`).join('\n')}`,
          `Your link expires in ${hrs} hours (${isUS(k) ? `${exp_.date('us-short')} at ${exp_.time('us')}` : `${exp_.date('uk-short')} at ${exp_.time('24h')}`}). After that, incomplete assessments cannot be submitted and your application may not progress.`,
          `Continue where you left off: https://assess.${company.domain}/resume/${k.token(12)}`,
          'Having technical problems? Reply to this email and our support team will help.',
        ),
        expected: exp(company.name, j.role),
      };
    },
  },
  {
    id: 'iv2-virtual-job-tryout-simulation',
    label: 'assessment',
    note: 'job simulation / "virtual job tryout" for hourly and contact-centre roles: simulated customer chats, calls or shift tasks, about 30 minutes',
    count: 9,
    make(k) {
      const company = k.company();
      const role = k.pick([
        'Customer Service Representative',
        'Retail Sales Associate',
        'Warehouse Associate',
        'Call Center Agent',
        'Bank Teller',
        'Front Desk Agent',
      ]);
      const dl = k.later(2, 4);
      return {
        from: k.pick([
          `${company.name} Careers <careers@${company.domain}>`,
          `${company.name} Hiring <noreply@hiring.${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Try the job: ${role} simulation`,
          `Next step: ${company.name} job preview`,
          `Complete your Virtual Job Tryout`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          `Thanks for applying for ${role}! The next step is a short job simulation that gives you a realistic preview of the work and helps us learn how you would handle it.`,
          k.pick([
            "You'll answer simulated customer chats and phone calls, look up information in a mock system, and choose how to respond in tricky situations.",
            "You'll work through a virtual shift: prioritising tasks, helping customers, and handling a few surprises along the way.",
          ]),
          `It takes about ${k.pick([25, 30, 40])} minutes and works on a phone or computer. Please finish by ${deadlineText(k, dl, false)}.`,
          `Start the simulation: ${rnd(k, company)}`,
          `${company.name} Talent Team`,
          k.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'iv2-pt-it-nl-online-test',
    label: 'assessment',
    note: 'Portuguese, Italian or Dutch online test invitation ("teste online", "test attitudinale", "online assessment") with a deadline',
    count: 9,
    make(k) {
      const lang = k.pick(['pt', 'it', 'nl'] as const);
      k.as(lang === 'pt' ? 'en-GB' : lang === 'it' ? 'fr' : 'de');
      const company = k.company();
      const dl = k.later(3, 6);
      const d = lDate(k, lang, dl);
      const link = `https://assessment.${company.domain}/${k.token(10)}`;
      const roles = {
        pt: ['Analista de Dados', 'Engenheiro(a) de Software', 'Técnico(a) Comercial'],
        it: ['Analista Dati', 'Sviluppatore Backend', 'Consulente Commerciale'],
        nl: ['Data Analist', 'Software Engineer', 'Commercieel Medewerker'],
      };
      const role = k.pick(roles[lang]);
      const text = {
        pt: [
          `Olá ${k.candidate.first},`,
          `No seguimento da sua candidatura para ${role}, convidamo-lo(a) a realizar um teste online de ${k.pick(['raciocínio lógico e numérico', 'programação', 'inglês'])}.`,
          `O teste tem a duração de ${k.pick([30, 45, 60])} minutos e deve ser concluído até ${d}.\nLink: ${link}`,
          `Boa sorte!\nEquipa de Recrutamento ${company.name}`,
        ],
        it: [
          `Gentile ${k.candidate.name},`,
          `in seguito alla sua candidatura per ${role}, la invitiamo a svolgere un test ${k.pick(['attitudinale online', 'tecnico online', 'di logica e ragionamento numerico'])}.`,
          `Il test dura circa ${k.pick([30, 45, 60])} minuti e va completato entro ${d}.\nLink: ${link}`,
          `Cordiali saluti,\nTeam Selezione ${company.name}`,
        ],
        nl: [
          `Beste ${k.candidate.first},`,
          `Naar aanleiding van je sollicitatie als ${role} nodigen we je uit voor een ${k.pick(['online capaciteitentest', 'online assessment', 'technische test'])}.`,
          `De test duurt ongeveer ${k.pick([30, 45, 60])} minuten. Rond hem af vóór ${d}.\nLink: ${link}`,
          `Succes!\nTeam Recruitment ${company.name}`,
        ],
      };
      const subj = {
        pt: `Teste online - ${role}`,
        it: `Invito al test online - ${role}`,
        nl: `Uitnodiging online assessment - ${role}`,
      };
      return {
        from: `${company.name} <recrutamento@${company.domain}>`.replace(
          'recrutamento',
          lang === 'pt' ? 'recrutamento' : lang === 'it' ? 'selezione' : 'recruitment',
        ),
        to: k.candidate.email,
        subject: subj[lang],
        date: k.date,
        body: k.paragraphs(...text[lang]),
        expected: exp(company.name, role),
      };
    },
  },
];

/**
 * A careful reader writes down only what the email shows: when a variant drops the role or
 * the employer's name from the text, the expectation follows.
 */
function shown(f: Family): Family {
  return {
    ...f,
    make(k) {
      const sample = f.make(k);
      const text = `${sample.from}\n${sample.cc ?? ''}\n${sample.subject}\n${sample.body}`;
      const e = sample.expected;
      if (e.role && !text.includes(e.role)) e.role = null;
      if (e.company && !text.includes(e.company)) e.company = null;
      e.people = (e.people ?? [])
        .filter((p) => !p.name || text.includes(p.name))
        .map((p) => ({
          ...p,
          email: p.email && text.includes(p.email) ? p.email : null,
          phone: p.phone && text.includes(p.phone) ? p.phone : null,
        }));
      return sample;
    },
  };
}

export const families: Family[] = [...requests, ...requests2, ...scheduled, ...assessments].map(shown);
