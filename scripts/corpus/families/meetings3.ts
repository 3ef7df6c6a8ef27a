/**
 * Third round of template families (written 2026-12-03 by a new hand): see the note on each.
 *
 * Meetings: interview requests with no fixed time yet (scheduling tools that offer slot
 * buttons, booking pages, pre-screen questionnaires, next-stage asks after good feedback,
 * cross-border slots in two zones, drop-in windows, founders answering a cold application,
 * agency AM/PM grids, DE/FR/ES/NL/IT), interviews at one fixed time (tool booking
 * confirmations, Outlook updates with the old time still shown, relative "tomorrow"
 * reminders, one-line confirmations above the candidate's quoted options, onsite days given
 * by start time, team chats and portfolio reviews that never say interview, German Teams
 * invitations, FR/ES reminders, agency prep briefs, confirmations with a decision date), and
 * recruiter pitches (platform message cards, pitches that describe the process without
 * inviting, a colleague picking up an unanswered pitch, key-value pitch blocks, a German
 * network message, a bump above a forwarded InMail).
 */
import { Moment } from '../kit';
import type { Company, ExpectedPerson, Family, Kit, Sample } from '../kit';
import {
  isUS,
  to,
  plusMin,
  mon,
  mon3,
  wd3,
  tzAbbr,
  tzLoose,
  tzOutlook,
  dayText,
  timeText,
  whenText,
  who,
  exp,
  sign,
  RECRUITER_TITLES,
  COORD_TITLES,
  job,
  meetLink,
  zoomLink,
  teamsLink,
  slots,
  earlier,
  bullets,
} from './interview-helpers';

// ---------------------------------------------------------------------------------------
// Helpers of this file

/**
 * Keep a person's email and phone in the expectation only where the email shows them
 * (From, Cc, subject or body): a careful reader cannot note what is not there.
 */
function settle(s: Sample): Sample {
  const text = `${s.from}\n${s.cc ?? ''}\n${s.subject}\n${s.body}`;
  const people: ExpectedPerson[] = s.expected.people.map((p) => ({
    ...p,
    email: p.email && text.includes(p.email) ? p.email : null,
    phone: p.phone && text.includes(p.phone) ? p.phone : null,
  }));
  return { ...s, expected: { ...s.expected, people } };
}

/** A person with their phone, for `who` (settle drops what the email does not show). */
function full(
  p: { name: string; email: string; phone: string },
  role: ExpectedPerson['role'],
): ExpectedPerson {
  return { name: p.name, email: p.email, phone: p.phone, role };
}

/** An agency that is not the employer. */
function agency(k: Kit): Company {
  const name = `${k.pick(['Fernhill', 'Quayside', 'Larchmont', 'Bramble', 'Tessera', 'Halyard', 'Kinross', 'Marigold'])} ${k.pick(['Recruitment', 'Search', 'Talent Partners', 'Resourcing', 'Selection', 'People'])}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}

/** Invented scheduling tools (ModernLoop/GoodTime-like). */
const TOOLS = [
  { name: 'Loopwell', domain: 'loopwell.example' },
  { name: 'Slotwise', domain: 'slotwise.example' },
  { name: 'Panelry', domain: 'panelry.example' },
  { name: 'Cadence Hire', domain: 'cadencehire.example' },
];

const STAGES = [
  'Phone Screen',
  'Recruiter Screen',
  'Hiring Manager Interview',
  'Technical Interview',
  'Team Interview',
  'Final Interview',
];

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

/** The next working day after the email was sent, at a business hour. */
function nextWorkday(k: Kit): Moment {
  return k.sent.plusWorkdays(1, k.pick([9, 10, 10, 11, 13, 14, 15, 16]), k.pick([0, 0, 0, 30, 30, 15]));
}

/** "tomorrow" when the next working day is the next calendar day, else "on Monday". */
function isTomorrow(k: Kit, m: Moment): boolean {
  return m.ymd === k.sent.plusDays(1).ymd;
}

/** "a" or "an" before a job title. */
function an(word: string): string {
  if (/^(HR|SDR|RN)\b/.test(word)) return 'an';
  if (/^U[XI]\b/.test(word)) return 'a';
  return /^[AEIOU]/i.test(word) ? 'an' : 'a';
}

function clock(k: Kit, m: Moment): string {
  return isUS(k) ? m.time(k.pick(['us', 'us-compact', 'us-lower'] as const)) : m.time('24h');
}

type Lang = 'nl' | 'it';
const L_WD: Record<Lang, string[]> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
};
const L_MO: Record<Lang, string[]> = {
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
};

/** "a, b of c" */
function orList(items: string[], word: string): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

function lDay(lang: Lang, m: Moment): string {
  return `${L_WD[lang][m.weekday]} ${m.day} ${L_MO[lang][m.month - 1]}`;
}

// ---------------------------------------------------------------------------------------
// interview_request: an invitation, no fixed time yet

const requests: Family[] = [
  {
    id: 'm3-sched-tool-suggested-slot-buttons',
    label: 'interview_request',
    note: 'ModernLoop-like scheduling tool offers 3-4 concrete slots as "Select" buttons plus a "none of these work" link; several times, none fixed',
    make(k) {
      const company = k.company();
      const j = job(k);
      const tool = k.pick(TOOLS);
      const coord = k.person(company);
      const stage = k.pick(STAGES);
      const mins = k.pick([30, 45, 60]);
      const opts = slots(k, k.int(3, 4), 2, 8);
      const base = `https://${tool.domain}/c/${k.token(14)}`;
      const rows = opts.map((m, i) => {
        const end = plusMin(m, mins);
        const line = isUS(k)
          ? `${m.date('us-short')} · ${m.time('us')} – ${end.time('us')} ${tzAbbr(m)}`
          : `${m.date('uk-short')} · ${m.time('24h')} – ${end.time('24h')} ${tzAbbr(m)}`;
        return k.pick([
          `${line}\n[ Select ] ${base}?s=${i + 1}`,
          `${line}   → Choose this time: ${base}/slot/${i + 1}`,
          `Option ${i + 1}: ${line}\n${base}/pick/${k.token(6)}`,
        ]);
      });
      const named = k.chance(0.7);
      return settle({
        from: k.pick([
          `${company.name} via ${tool.name} <scheduling@${tool.domain}>`,
          `${company.name} Recruiting <no-reply@${tool.domain}>`,
          `${coord.name} (${company.name}) <notifications@${tool.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Pick a time for your ${stage} with ${company.name}`,
          `${company.name}: choose an interview time (${j.role})`,
          `Action needed – select a slot for your ${stage}`,
          `Suggested times: ${j.role} ${stage}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          `Hi ${k.candidate.first},`,
          k.pick([
            `${company.name} has suggested the following times for your ${stage} for the ${j.role} role.`,
            `The hiring team at ${company.name} would like to schedule a ${mins}-minute ${stage} with you (${j.role}). Here are a few times that work for the interviewers:`,
            `Good news — you're moving forward for ${j.role}! Please choose one of the times below for your ${stage}.`,
          ]),
          `Duration: ${mins} min\nFormat: ${k.pick(['Zoom', 'Google Meet', 'Microsoft Teams', 'Phone call'])}`,
          rows.join('\n\n'),
          k.pick([
            `None of these work? Share your availability instead: ${base}/availability`,
            `Can't make any of these? Let us know when you're free: ${base}/other-times`,
            `If none of the suggested times suit you, reply to this email and we'll find another option.`,
          ]),
          k.pick([
            'Slots are held for 48 hours and released after that.',
            'Times are shown in your local time zone as detected by your browser.',
            'Once you pick a time, you will receive a calendar invitation with joining details.',
            '',
          ]),
          named
            ? k.pick([
                `Sent on behalf of ${coord.name}, ${k.pick(COORD_TITLES)}`,
                `Questions? Contact ${coord.name} at ${coord.email}.`,
                `Your coordinator: ${coord.name}`,
              ])
            : '',
          k.pick([`Powered by ${tool.name}`, `${tool.name} · Privacy · Help`, `Scheduling by ${tool.name}`]),
        ),
        expected: exp(company.name, j.role, named ? [full(coord, 'recruiter')] : []),
      });
    },
  },
  {
    id: 'm3-booking-page-invite-event-card',
    label: 'interview_request',
    note: 'booking-tool invitation to self-schedule: an event card (event type, host, duration, location "provided on confirmation"), single-use link and a book-by date that is not the interview',
    make(k) {
      const company = k.company();
      const j = job(k);
      const host = k.person(company);
      const hostIsHm = k.chance(0.35);
      const tool = k.pick([
        { name: 'Calendly', link: `https://calendly.com/d/${k.token(4)}-${k.token(4)}-${k.token(3)}` },
        { name: 'Loopwell', link: `https://book.loopwell.example/${company.slug}/${k.token(10)}` },
        { name: 'Slotwise', link: `https://slotwise.example/i/${k.token(12)}` },
      ]);
      const mins = k.pick([20, 30, 45, 60]);
      const event = k.pick([
        `${mins} Minute Interview`,
        `${j.role} – Intro Call`,
        `${company.name} ${k.pick(['Phone Screen', 'First Interview', 'Interview'])}`,
        `Chat with ${host.first} (${mins} min)`,
      ]);
      const by = k.later(3, 6);
      const byText = isUS(k) ? by.date('us-long') : by.date('uk-long');
      return settle({
        from: k.pick([
          `${host.name} via ${tool.name} <notifications@${tool.name.toLowerCase().replace(/ /g, '')}.example>`,
          `${company.name} <invites@${tool.name.toLowerCase().replace(/ /g, '')}.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `${host.name} has invited you to schedule: ${event}`,
          `Invitation to book: ${event}`,
          `${company.name} – please book your ${j.role} interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `${host.name} from ${company.name} has invited you to book a time.`,
            `You've been invited to schedule a meeting with ${host.name} (${company.name}).`,
            `${company.name} would like to meet you! ${host.first} sent you a one-time booking link.`,
          ]),
          k.chance(0.6)
            ? `Message from ${host.first}:\n"${k.pick([
                `Thanks for applying for ${j.role}. Looking forward to getting to know you — grab whichever slot suits.`,
                `Hi ${k.candidate.first}! Loved your application for the ${j.role} role. Pick a time that works and we'll chat.`,
                `We'd like to invite you to a first interview for ${j.role}. Please choose a time that works for you.`,
              ])}"`
            : `Role: ${j.role}`,
          `EVENT\n${event}\n\nHOST\n${host.name}${hostIsHm ? `, ${j.hmTitle}` : ''}\n\nDURATION\n${mins} min\n\nLOCATION\n${k.pick(['Web conferencing details provided upon confirmation.', 'Zoom (link sent after booking)', 'Phone call – you will be asked for your number', 'Google Meet'])}`,
          k.pick([
            `[ Book a time ] ${tool.link}`,
            `Choose a time: ${tool.link}`,
            `SCHEDULE NOW\n${tool.link}`,
          ]),
          k.pick([
            `This link can be used once and expires on ${byText}.`,
            `Please book by ${byText}.`,
            `Single-use link. Available times are shown in your time zone.`,
          ]),
          `Powered by ${tool.name}`,
        ),
        expected: exp(company.name, j.role, [full(host, hostIsHm ? 'hiring_manager' : 'recruiter')]),
      });
    },
  },
  {
    id: 'm3-prescreen-questions-then-phone-screen',
    label: 'interview_request',
    note: 'recruiter sends pre-screen questions (salary, notice, work authorisation, hybrid) and asks for times for a phone screen; numbers and dates in the questions are not an interview time',
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company, k.pick(['first.last', 'flast'] as const));
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const qs = k.some(
        [
          `What are your salary expectations for this role?`,
          `What is your current notice period${isUS(k) ? ' / earliest start date' : ''}?`,
          isUS(k)
            ? 'Are you authorized to work in the US without sponsorship now or in the future?'
            : 'Do you have the right to work in the UK?',
          `The role is hybrid (${k.pick(['2', '3'])} days a week in the office) — does that work for you?`,
          `Are you interviewing elsewhere at the moment, and if so how far along are you?`,
          `What's prompting you to look for a new role right now?`,
        ],
        3,
        5,
      );
      return settle({
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `${j.role} – a few quick questions + phone screen`,
          `Re: your application – ${j.role} at ${company.name}`,
          `${company.name}: next step for ${j.role}`,
          `Before we chat – ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for applying for the ${j.role} position at ${company.name}. Your profile looks like a strong match and I'd like to move you forward.`,
            `I'm ${r.first}, recruiting for the ${j.role} role at ${company.name}. I've reviewed your application and would love to set up a phone screen.`,
            `Thank you for your interest in ${company.name}! Before I put you forward to the hiring manager for ${j.role}, I'd like to run a short phone screen.`,
          ]),
          k.pick([
            'To make the most of our call, could you answer a few quick questions by reply?',
            'A couple of things I ask everyone up front:',
            'Ahead of the call, it would help to know:',
          ]),
          bullets(k, qs),
          k.pick([
            `Also, please send me two or three times over the next few days when you could do a ${k.pick(['15', '20', '30'])}-minute call, and the best number to reach you on.`,
            `And let me know when suits you for a quick phone screen this week or next — I'm fairly flexible.`,
            `Once I have your answers I'll send over some times for the phone screen. If you already know your availability, feel free to include it.`,
          ]),
          k.pick(['Thanks!', 'Speak soon,', '']),
          s.text,
        ),
        expected: exp(company.name, j.role, [full(r, 'recruiter')]),
      });
    },
  },
  {
    id: 'm3-positive-feedback-next-stage-availability',
    label: 'interview_request',
    note: 'after a first interview: feedback snippets, what the next stage is and who is on it, then an availability ask over a two-week window; the past interview is not a new time',
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'product', 'design', 'data', 'business']);
      const r = k.person(company);
      const hm = k.person(company);
      const panel = [k.person(company), k.person(company)].slice(0, k.int(1, 2));
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const stage = k.pick([
        'a technical deep-dive',
        'a case study you present to the panel',
        'two back-to-back interviews with the team',
        'a values and collaboration interview',
        'a final round',
      ]);
      const past = k.pick(['on Monday', 'last week', 'yesterday', 'earlier this week', 'on Tuesday']);
      return settle({
        from: k.addr(r),
        to: to(k),
        cc: k.chance(0.3) ? k.addr(hm) : undefined,
        subject: k.pick([
          `Next steps – ${j.role}`,
          `${company.name}: moving forward!`,
          `Great news re ${j.role}`,
          `Stage 2 – ${j.role} at ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks again for speaking with ${hm.name} ${past}. I'm happy to say the feedback was really positive and we'd like to invite you to the next stage for ${j.role}.`,
            `${hm.name} really enjoyed your conversation ${past} — ${k.pick(['your examples were concrete and well thought through', 'the team liked how you approached the problem', 'your questions about the roadmap stood out'])}. We'd love to take things further for the ${j.role} role.`,
            `Quick update from ${company.name}: you've passed the first interview with ${hm.name} for ${j.role}, and we'd like to set up the next round.`,
          ]),
          k.pick([
            `The next stage is ${stage} with ${panel.map((p) => p.name).join(' and ')}, about ${k.pick(['60', '90', '75'])} minutes in total.`,
            `Next up: ${stage}. You'd be meeting ${panel.map((p) => p.name).join(' and ')}${k.chance(0.5) ? `, plus ${hm.first} for the last 15 minutes` : ''}.`,
          ]),
          k.pick([
            `Could you send me your availability over the next two weeks? Half-day windows are easiest for coordinating several calendars.`,
            `What does your calendar look like over the next 10 days? A few options would be great and I'll line everyone up.`,
            `When would suit you? Mornings tend to be easier for the panel but we can work around you.`,
          ]),
          k.pick([
            'I will send a short prep note once we have a date.',
            `No need to prepare anything beyond ${k.pick(['having a look at our product', 'thinking about a project you are proud of', 'refreshing on the role description'])}.`,
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [
          full(r, 'recruiter'),
          full(hm, 'hiring_manager'),
          ...panel.map((p) => who(p, 'interviewer', null)),
        ]),
      });
    },
  },
  {
    id: 'm3-cross-border-slots-two-zones',
    label: 'interview_request',
    note: 'recruiter abroad (UK/CET/India) proposes slots written in both their zone and the candidate ET; many times, none fixed',
    make(k) {
      const loc = k.pick(['en-GB', 'en-GB', 'en-IN', 'de'] as const);
      k.as(loc);
      const company = k.company();
      const j = job(k, ['engineering', 'product', 'data', 'design']);
      const r = k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company, false);
      const hours = loc === 'en-IN' ? [18, 19, 20] : loc === 'de' ? [15, 16, 17] : [14, 15, 16];
      const base = slots(k, 3, 2, 8).map((m) => m.plusDays(0, k.pick(hours), k.pick([0, 30])));
      const lines = base.map((m) => {
        const c = inZone(m, m.month >= 4 && m.month <= 10 ? -240 : -300);
        const here = `${m.time('24h')} ${tzAbbr(m)}`;
        const there = `${c.time('us-compact')} ${tzAbbr(c)}`;
        return k.pick([
          `• ${m.weekdayName} ${m.day} ${mon(m)} – ${here} / ${there}`,
          `- ${wd3(m)} ${m.day}/${m.month}: ${there} (${here} for me)`,
          `• ${m.date('uk-short')}, ${there} your time (${here})`,
        ]);
      });
      return settle({
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `${j.role} – times for a first call`,
          `${company.name} x ${k.candidate.first}: scheduling across time zones`,
          `Interview slots – ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for your application for the ${j.role} role at ${company.name}. We'd like to invite you to a first interview with our team.`,
            `Lovely to e-meet you! I'm recruiting for ${company.name}'s ${j.role} opening and we'd like to arrange an initial interview.`,
            `Following your application for ${j.role}, the hiring team would like to speak with you.`,
          ]),
          k.pick([
            `As we're a few hours apart, I've tried to find times that work for both sides:`,
            `I'm based in ${loc === 'en-IN' ? 'Bengaluru' : loc === 'de' ? 'Berlin' : 'London'}, so here are a few options with both time zones to avoid confusion:`,
            `Would any of these suit? (I've put your local time first.)`,
          ]),
          lines.join('\n'),
          k.pick([
            `If none of those work, send me a couple of windows in your time zone and I'll make it happen.`,
            `Let me know which you prefer and I'll send the invite.`,
            `Happy to go earlier or later if needed — just say.`,
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [full(r, 'recruiter')]),
      });
    },
  },
  {
    id: 'm3-hourly-drop-in-window-ask-for-manager',
    label: 'interview_request',
    note: 'hourly job: after applying, told to come in any afternoon in a window or call to set a time; a window is not a fixed interview time',
    make(k) {
      const company = k.company();
      const role = k.role('service');
      const mgr = k.person(company, 'first');
      const from = k.pick([9, 10, 13, 14]);
      const until = from + k.pick([2, 3]);
      const fmt = (h: number) =>
        isUS(k) ? `${h % 12 === 0 ? 12 : h % 12}${h < 12 ? 'am' : 'pm'}` : `${h}:00`;
      const store = k.pick([
        `our ${k.pick(['Main St', 'Riverside', 'High Street', 'Mill Road'])} location`,
        'the store',
        'the site office',
      ]);
      const phoneShown = k.chance(0.7);
      return settle({
        from: k.pick([k.addr(mgr), `${company.name} Hiring <jobs@${company.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `${role} - come meet us`,
          `Your application - ${role}`,
          `Interview - ${role} at ${company.name}`,
          `${company.name} hiring`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first}!`, `Hello ${k.candidate.first},`, `${k.candidate.first} -`]),
          k.pick([
            `Thanks for applying for ${role} with ${company.name}. We'd like to meet you for a quick interview.`,
            `Got your application for the ${role} job, thanks! I'd like to have you in for a short interview.`,
            `We're hiring for ${role} and your application looks good. Next step is a quick in-person chat with me.`,
          ]),
          k.pick([
            `Stop by ${store} any weekday between ${fmt(from)} and ${fmt(until)} and ask for ${mgr.first}. It takes about 15 minutes.`,
            `You can come in ${k.pick(['any afternoon this week', 'Monday to Thursday', 'any day this week'])} between ${fmt(from)} and ${fmt(until)} — just ask for ${mgr.first} at the counter.`,
            `Easiest is to call or text me to set a time${phoneShown ? ` at ${mgr.phone}` : ''}, or drop in at ${store} between ${fmt(from)} and ${fmt(until)}.`,
          ]),
          k.pick([
            'Please bring a photo ID and your availability for shifts.',
            'Wear whatever is comfortable. Bring a copy of your resume if you have one.',
            'If you can no longer make it, no worries, just let me know.',
            '',
          ]),
          `${k.pick(['Thanks', 'See you soon', 'Thank you'])},\n${mgr.name}\n${k.pick(['Store Manager', 'General Manager', 'Shift Lead', 'Hiring Manager'])}, ${company.name}${phoneShown ? `\n${mgr.phone}` : ''}`,
        ),
        expected: exp(company.name, role, [full(mgr, 'hiring_manager')]),
      });
    },
  },
  {
    id: 'm3-founder-reply-above-quoted-application',
    label: 'interview_request',
    note: "founder's short mobile reply above the candidate's own quoted cold application: 'around next week for a call?'; vague days, no fixed time",
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'design', 'product', 'data', 'business']);
      const f = k.person(company, 'first');
      const when = earlier(k);
      const c = k.candidate;
      const original = k.paragraphs(
        `Hi ${f.first},`,
        k.pick([
          `I saw that ${company.name} is hiring ${an(j.role)} ${j.role} and wanted to reach out directly.`,
          `I'm writing to apply for the ${j.role} role at ${company.name} - I've attached my CV.`,
          `I've been following ${company.name} for a while and I'd love to be considered for the ${j.role} position.`,
        ]),
        k.pick([
          'I have several years of relevant experience and I think I could help the team hit the ground running.',
          'My last project was very close to what you are building, happy to share more.',
        ]),
        `Best,\n${c.name}`,
      );
      return settle({
        from: k.addr(f),
        to: c.email,
        subject: `Re: ${k.pick([`${j.role} at ${company.name}`, `Application: ${j.role}`, `${j.role} role`])}`,
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hey ${c.first} - thanks for reaching out, great timing.`,
            `Hi ${c.first}, appreciate the note!`,
            `${c.first} - thanks, this looks interesting.`,
          ]),
          k.pick([
            'Are you around for a call sometime next week? Mornings are best for me.',
            'Free for a 30 min call in the next few days? Send me a couple of times.',
            `Would love to chat. What does ${k.pick(['Thursday or Friday', 'early next week', 'the week after next'])} look like for you?`,
            `Let's talk - I can do most afternoons next week, just pick one and I'll send an invite.`,
          ]),
          k.pick([
            `${f.first}`,
            `- ${f.first}`,
            `${f.first}\n${company.name}`,
            `${f.name}\nFounder & CEO, ${company.name}`,
          ]),
          k.pick(['Sent from my iPhone', 'Sent from my phone', '']),
          k.quote(original, c, when),
        ),
        expected: exp(company.name, j.role, [full(f, 'hiring_manager')]),
      });
    },
  },
  {
    id: 'm3-agency-availability-grid-am-pm',
    label: 'interview_request',
    note: 'agency consultant asks the candidate to fill an AM/PM availability grid for a first-stage client interview; client named or confidential',
    make(k) {
      const ag = agency(k);
      const client = k.company();
      const named = k.chance(0.6);
      const j = job(k);
      const c = k.person(ag, k.pick(['first.last', 'first'] as const));
      const s = sign(
        k,
        c,
        k.pick(['Senior Consultant', 'Recruitment Consultant', 'Principal Consultant', 'Associate Director']),
        ag,
        true,
      );
      const start = k.sent.plusWorkdays(k.int(3, 5));
      const days: Moment[] = [];
      let d = start;
      while (days.length < 5) {
        days.push(d);
        d = d.plusWorkdays(1);
      }
      const grid = days
        .map((m) =>
          isUS(k)
            ? `${wd3(m)} ${m.month}/${m.day}    AM [  ]   PM [  ]`
            : `${wd3(m)} ${m.day} ${mon3(m)}    AM [  ]   PM [  ]`,
        )
        .join('\n');
      const who0 = named
        ? client.name
        : k.pick(['my client', 'the client', 'our client (a well-known fintech)']);
      return settle({
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `${j.role} – first stage availability`,
          `Interview request: ${j.role}${named ? ` / ${client.name}` : ''}`,
          `Good news – ${named ? `${client.name} want` : 'the client wants'} to meet you`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Great news — ${who0} ${named ? 'have' : 'has'} reviewed your CV for the ${j.role} role and would like to invite you to a first-stage interview.`,
            `I've just heard back from ${who0} about the ${j.role} position and they're keen to meet you.`,
            `Following on from our call, ${who0} would like to interview you for the ${j.role} role.`,
          ]),
          k.pick([
            `To save some back and forth, could you mark which half-days you could do next week? Put an X in the boxes that work:`,
            `Please fill in the grid below (X where you're free) and I'll match it against the hiring manager's diary:`,
            `Can you let me know your availability over these days? Mornings and afternoons both fine:`,
          ]),
          grid,
          k.pick([
            `It'll be ${k.pick(['a 45-minute video call', 'an hour at their office', 'a 30-minute call with the hiring manager'])}; I'll send full details and some prep once it's booked.`,
            'Format is a video call with the hiring manager and someone from the team.',
            '',
          ]),
          s.text,
          `${ag.name} is acting as an employment agency in relation to this vacancy.`,
        ),
        expected: exp(named ? client.name : null, j.role, [full(c, 'agency_consultant')]),
      });
    },
  },
  {
    id: 'm3-german-zweitgespraech-terminlink',
    label: 'interview_request',
    note: 'German invitation to a second interview (Zweitgespräch) with a booking link or a request for Terminvorschläge; Sie form; no fixed time',
    make(k) {
      k.as('de');
      const company = k.company();
      const role = k.pick([
        'Softwareentwickler (m/w/d)',
        'Sachbearbeiter Buchhaltung (m/w/d)',
        'Projektmanagerin / Projektmanager',
        'Data Analyst (m/w/d)',
        'Vertriebsmitarbeiter Innendienst (m/w/d)',
        k.role('engineering'),
      ]);
      const r = k.person(company);
      const lead = k.person(company);
      const link = k.pick([
        `https://${company.slug}.jobs.personio.de/termin/${k.token(12)}`,
        `https://termine.${company.domain}/buchen/${k.token(10)}`,
      ]);
      const useLink = k.chance(0.5);
      return settle({
        from: k.pick([k.addr(r), `${company.name} Recruiting <noreply@personio.de>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Einladung zum Zweitgespräch – ${role}`,
          `Ihre Bewerbung als ${role}: nächster Schritt`,
          `Zweites Kennenlernen bei ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Sehr geehrte/r ${k.candidate.name},`,
            `Hallo ${k.candidate.first},`,
            `Guten Tag ${k.candidate.name},`,
          ]),
          k.pick([
            `vielen Dank für das angenehme erste Gespräch. Wir freuen uns, Ihnen mitteilen zu können, dass wir Sie gerne zu einem Zweitgespräch für die Position ${role} einladen möchten.`,
            `nach dem ersten Kennenlernen waren wir von Ihrem Profil überzeugt und möchten Sie gern zu einem zweiten Gespräch zur Stelle ${role} einladen.`,
            `herzlichen Dank für Ihre Zeit im ersten Interview. Gerne möchten wir den Prozess für die Position ${role} mit einem Zweitgespräch fortsetzen.`,
          ]),
          k.pick([
            `Das Gespräch findet ${k.pick(['vor Ort in unserem Büro', 'per Microsoft Teams', 'per Video'])} statt und dauert etwa ${k.pick(['60', '90'])} Minuten. Teilnehmen werden ${lead.name} (Teamleitung) und ${r.name}.`,
            `Im Zweitgespräch lernen Sie ${lead.name}, die Teamleitung, sowie zwei künftige Kolleginnen und Kollegen kennen.`,
          ]),
          useLink
            ? k.pick([
                `Bitte wählen Sie über folgenden Link einen passenden Termin aus:\n${link}`,
                `Einen Termin können Sie bequem hier buchen: ${link}`,
              ])
            : k.pick([
                'Bitte nennen Sie uns zwei bis drei Terminvorschläge in den kommenden zwei Wochen.',
                'Teilen Sie uns bitte mit, an welchen Tagen Sie in der nächsten Woche verfügbar wären.',
              ]),
          k.pick([
            'Wir freuen uns auf das Wiedersehen!',
            'Bei Fragen stehe ich Ihnen gern zur Verfügung.',
            '',
          ]),
          `${k.pick(['Mit freundlichen Grüßen', 'Viele Grüße', 'Beste Grüße'])}\n${r.name}\n${k.pick(['HR Business Partnerin', 'Recruiterin', 'Talent Acquisition', 'Personalreferent'])}\n${company.name}`,
          k.chance(0.5) ? 'Diese E-Mail wurde über Personio versendet.' : '',
        ),
        expected: exp(company.name, role, [full(r, 'recruiter'), who(lead, 'hiring_manager', null)]),
      });
    },
  },
  {
    id: 'm3-french-echange-visio-creneaux',
    label: 'interview_request',
    note: "French invitation to an 'échange' / entretien en visio: proposes créneaux or asks disponibilités, in-house or cabinet de recrutement; no fixed time",
    make(k) {
      k.as('fr');
      const isCabinet = k.chance(0.35);
      const company = k.company();
      const cab = agency(k);
      const role = k.pick([
        'Chargé(e) de recrutement',
        'Développeur Full Stack',
        'Contrôleur de gestion',
        'Chef de projet digital',
        'Data Analyst',
        'Responsable administratif et financier',
      ]);
      const r = k.person(isCabinet ? cab : company);
      const opts = slots(k, k.int(2, 3), 2, 7);
      const propose = k.chance(0.5);
      return settle({
        from: k.addr(r),
        to: k.candidate.email,
        subject: k.pick([
          `Votre candidature – ${role}`,
          `Proposition d'échange – ${role}`,
          `${company.name} : entretien pour le poste de ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Bonjour ${k.candidate.first},`, `Bonjour ${k.candidate.name},`, `Madame, Monsieur,`]),
          isCabinet
            ? `Je suis ${r.name}, du cabinet ${cab.name}. Je vous contacte au sujet du poste de ${role} chez notre client ${company.name}, pour lequel votre candidature a retenu notre attention.`
            : k.pick([
                `Merci pour votre candidature au poste de ${role} chez ${company.name}. Votre profil a retenu toute notre attention.`,
                `Suite à votre candidature pour le poste de ${role}, nous souhaiterions échanger avec vous.`,
              ]),
          k.pick([
            `Je vous propose un premier échange en visio d'environ ${k.pick(['30', '45'])} minutes.`,
            `Seriez-vous disponible pour un entretien téléphonique dans les prochains jours ?`,
            `Nous aimerions organiser un premier entretien en visioconférence.`,
          ]),
          propose
            ? `Voici quelques créneaux possibles :\n${opts.map((m) => `- ${m.date('fr')} à ${m.time('fr')}`).join('\n')}\n\nMerci de m'indiquer celui qui vous convient le mieux.`
            : k.pick([
                'Pourriez-vous me communiquer vos disponibilités pour la semaine prochaine ?',
                'Merci de me faire part de vos disponibilités, je m’adapterai.',
              ]),
          k.pick(['Au plaisir d’échanger avec vous.', 'Dans l’attente de votre retour,', '']),
          `${k.pick(['Bien cordialement,', 'Cordialement,', 'Belle journée,'])}\n${r.name}\n${isCabinet ? `${k.pick(['Consultant recrutement', 'Senior Manager', 'Associé'])} – ${cab.name}` : `${k.pick(['Chargée de recrutement', 'Talent Acquisition', 'Responsable RH'])} – ${company.name}`}`,
        ),
        expected: exp(company.name, role, [full(r, isCabinet ? 'agency_consultant' : 'recruiter')]),
      });
    },
  },
  {
    id: 'm3-spanish-llamada-informal-whatsapp',
    label: 'interview_request',
    note: 'Spanish informal (tú) request from a startup recruiter or founder: "¿te viene bien una llamada la semana que viene?", offers WhatsApp; no fixed time',
    make(k) {
      k.as('es');
      const company = k.company();
      const role = k.pick([
        'Desarrollador/a Backend',
        'Product Manager',
        'Diseñador/a UX/UI',
        'Account Executive',
        'Analista de Datos',
        'Responsable de Operaciones',
      ]);
      const r = k.person(company, 'first');
      const isFounder = k.chance(0.4);
      const wa = k.chance(0.6);
      return settle({
        from: k.addr(r),
        to: k.candidate.email,
        subject: k.pick([`${role} en ${company.name}`, `¿Hablamos? – ${role}`, `Tu candidatura – ${role}`]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `¡Hola ${k.candidate.first}!`,
            `Hola ${k.candidate.first},`,
            `Buenas ${k.candidate.first},`,
          ]),
          k.pick([
            `Soy ${r.first}, ${isFounder ? `del equipo fundador de ${company.name}` : `del equipo de talento de ${company.name}`}. He visto tu candidatura para ${role} y me ha encantado tu perfil.`,
            `Gracias por aplicar a la posición de ${role} en ${company.name}. Nos gustaría conocerte un poco más.`,
            `Te escribo por tu candidatura para ${role}. Creemos que encajas muy bien con lo que buscamos en ${company.name}.`,
          ]),
          k.pick([
            '¿Te viene bien una llamada de 20-30 minutos la semana que viene?',
            '¿Tendrías un rato esta semana o la próxima para una videollamada?',
            'Me gustaría proponerte una primera entrevista breve. ¿Qué días te vendrían mejor?',
          ]),
          wa
            ? `Si te resulta más cómodo, escríbeme por WhatsApp al ${r.phone} y lo cuadramos por ahí.`
            : 'Dime un par de huecos que te vayan bien y te envío la invitación.',
          `${k.pick(['¡Un abrazo!', 'Saludos,', 'Un saludo,', '¡Gracias!'])}\n${r.name}\n${isFounder ? k.pick(['Founder', 'CEO', 'Co-founder']) : k.pick(['Talent Acquisition', 'People & Talent', 'Recruiter'])} · ${company.name}`,
        ),
        expected: exp(company.name, role, [full(r, isFounder ? 'hiring_manager' : 'recruiter')]),
      });
    },
  },
  {
    id: 'm3-dutch-italian-kennismaking-colloquio',
    label: 'interview_request',
    note: 'Dutch (kennismakingsgesprek / tweede gesprek) or Italian (colloquio conoscitivo / secondo colloquio) invitation asking for availability or offering days without times',
    make(k) {
      k.as('de');
      const lang: Lang = k.chance(0.5) ? 'nl' : 'it';
      const company = k.company();
      const r = k.person(company);
      const days = slots(k, k.int(2, 3), 2, 8);
      const second = k.chance(0.4);
      if (lang === 'nl') {
        const role = k.pick([
          'Accountmanager',
          'Medior Developer',
          'Logistiek Medewerker',
          'HR Adviseur',
          'Data Engineer',
          'Teamleider Klantenservice',
        ]);
        return settle({
          from: k.addr(r),
          to: k.candidate.email,
          subject: k.pick([
            `${second ? 'Tweede gesprek' : 'Kennismakingsgesprek'} ${role}`,
            `Uitnodiging: ${role} bij ${company.name}`,
            `Je sollicitatie – volgende stap`,
          ]),
          date: k.date,
          body: k.paragraphs(
            k.pick([`Hoi ${k.candidate.first},`, `Beste ${k.candidate.first},`]),
            second
              ? `Dank je wel voor het fijne eerste gesprek. We willen je graag uitnodigen voor een tweede gesprek voor de functie ${role}, dit keer met het team erbij.`
              : `Leuk dat je hebt gesolliciteerd op de vacature ${role} bij ${company.name}! We willen graag kennismaken.`,
            k.pick([
              `Ben je ${orList(
                days.map((m) => lDay('nl', m)),
                'of',
              )} beschikbaar? Dan plannen we een tijd die jou past.`,
              'Wil je laten weten op welke dagen je de komende twee weken kunt?',
              `Het gesprek duurt ongeveer ${k.pick(['45 minuten', 'een uur'])}. Stuur gerust een paar momenten waarop het je uitkomt.`,
            ]),
            k.pick(['Tot snel!', 'We kijken ernaar uit.', '']),
            `${k.pick(['Met vriendelijke groet,', 'Groetjes,', 'Hartelijke groet,'])}\n${r.name}\n${k.pick(['Recruiter', 'HR Adviseur', 'Talent Acquisition'])} – ${company.name}`,
          ),
          expected: exp(company.name, role, [full(r, 'recruiter')]),
        });
      }
      const tu = k.chance(0.35);
      const role = k.pick([
        'Impiegato/a Amministrativo/a',
        'Sviluppatore Java',
        'Addetto/a Vendite',
        'Project Manager',
        'Analista Dati',
        'Responsabile Logistica',
      ]);
      return settle({
        from: k.addr(r),
        to: k.candidate.email,
        subject: k.pick([
          `${second ? 'Secondo colloquio' : 'Colloquio conoscitivo'} – ${role}`,
          `La tua candidatura per ${role}`,
          `${company.name} – invito a colloquio`,
        ]),
        date: k.date,
        body: k.paragraphs(
          tu
            ? `Ciao ${k.candidate.first},`
            : k.pick([`Gentile ${k.candidate.name},`, `Buongiorno ${k.candidate.first},`]),
          tu
            ? second
              ? `grazie per il primo colloquio! Ci piacerebbe fare un secondo colloquio per la posizione di ${role}, questa volta con il responsabile del team.`
              : `grazie per la tua candidatura per ${role} in ${company.name}. Ci piacerebbe conoscerti con una breve chiacchierata conoscitiva.`
            : second
              ? `la ringraziamo per il primo colloquio. Saremmo lieti di invitarla a un secondo colloquio per la posizione di ${role}, con il responsabile del team.`
              : `grazie per aver inviato la sua candidatura per la posizione di ${role} presso ${company.name}. Vorremmo conoscerla con un breve colloquio conoscitivo.`,
          tu
            ? k.pick([
                `Saresti disponibile ${orList(
                  days.map((m) => lDay('it', m)),
                  'oppure',
                )}? Dimmi tu l'orario che preferisci.`,
                'Mi scrivi quando sei disponibile la prossima settimana?',
                `Possiamo sentirci ${k.pick(['su Teams', 'in videochiamata', 'al telefono'])} per circa mezz'ora: fammi sapere quando ti è più comodo.`,
              ])
            : k.pick([
                `Sarebbe disponibile ${orList(
                  days.map((m) => lDay('it', m)),
                  'oppure',
                )}? Ci indichi la fascia oraria che preferisce.`,
                'Può indicarci le sue disponibilità per la prossima settimana?',
                `Il colloquio si svolgerà ${k.pick(['su Teams', 'in videochiamata', 'presso la nostra sede'])} e durerà circa ${k.pick(['30', '45', '60'])} minuti. Ci faccia sapere quando le è più comodo.`,
              ]),
          tu
            ? k.pick(['A presto!', 'Un saluto e buona giornata!', ''])
            : k.pick(['Restiamo in attesa di un suo riscontro.', '']),
          `${k.pick(['Cordiali saluti,', 'Un saluto,', 'Grazie e buona giornata,'])}\n${r.name}\n${k.pick(['HR Specialist', 'Recruiter', 'Ufficio Risorse Umane'])} – ${company.name}`,
        ),
        expected: exp(company.name, role, [full(r, 'recruiter')]),
      });
    },
  },
];

// ---------------------------------------------------------------------------------------
// interview_scheduled: one fixed time

function outlookWhen(k: Kit, m: Moment, end: Moment): string {
  return isUS(k)
    ? `${m.date('us-long')} ${m.time('us')}-${end.time('us')}. ${tzOutlook(m)}`
    : `${m.weekdayName}, ${m.day} ${mon(m)} ${m.year} ${m.time('24h')}-${end.time('24h')}. ${tzOutlook(m)}`;
}

function teamsBlockEn(k: Kit): string {
  return [
    '_'.repeat(k.pick([64, 80])),
    'Microsoft Teams meeting',
    'Join on your computer, mobile app or room device',
    `Click here to join the meeting<${teamsLink(k)}>`,
    `Meeting ID: ${k.digits(3)} ${k.digits(3)} ${k.digits(3)} ${k.digits(3)}`,
    `Passcode: ${k.token(6)}`,
    'Download Teams | Join on the web',
    'Learn More | Meeting options',
    '_'.repeat(k.pick([64, 80])),
  ].join('\n');
}

const scheduled: Family[] = [
  {
    id: 'm3-sched-tool-booking-confirmed-add-to-calendar',
    label: 'interview_scheduled',
    note: 'scheduling tool "You\'re booked" confirmation with add-to-calendar links and a reschedule/cancel link; the one booked time is the interview',
    make(k) {
      const company = k.company();
      const j = job(k);
      const tool = k.pick(TOOLS);
      const stage = k.pick(STAGES);
      const m = k.later(1, 7);
      const mins = k.pick([30, 45, 60]);
      const end = plusMin(m, mins);
      const ivs = [k.person(company), k.person(company)].slice(0, k.int(0, 2));
      const link = `https://${tool.domain}/e/${k.token(12)}`;
      const when = isUS(k)
        ? `${m.date('us-long')}\n${m.time('us')} – ${end.time('us')} ${tzLoose(k, m)}`
        : `${m.date('uk-long')}\n${m.time('24h')} – ${end.time('24h')} (${tzAbbr(m)})`;
      return settle({
        from: k.pick([
          `${company.name} via ${tool.name} <scheduling@${tool.domain}>`,
          `${tool.name} <no-reply@${tool.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Confirmed: ${stage} with ${company.name}`,
          `You're booked! ${j.role} – ${stage}`,
          `${company.name} ${stage} confirmed for ${isUS(k) ? m.date('us-short') : m.date('uk-short')}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick([
            `Hi ${k.candidate.first}, your ${stage} is confirmed.`,
            `Thanks, ${k.candidate.first}! You've scheduled your ${stage} for the ${j.role} position.`,
            `You're all set. Here are the details of your interview with ${company.name}.`,
          ]),
          `${stage.toUpperCase()} – ${j.role}\n${company.name}\n${when}\n${k.pick([`Zoom: ${zoomLink(k, company)}`, `Google Meet: ${meetLink(k)}`, `Phone: we'll call you on the number you provided`])}`,
          ivs.length ? `You'll meet:\n${ivs.map((p) => `${p.name} – ${j.ivTitle()}`).join('\n')}` : '',
          `Add to calendar: Google (${link}/gcal) · Outlook (${link}/outlook) · iCal (${link}.ics)`,
          k.pick([
            `Need to make a change? Reschedule or cancel: ${link}/change`,
            `Can't make it anymore? Pick a new time here: ${link}/reschedule (please give us at least 24 hours' notice).`,
            `To reschedule, use this link: ${link}/r`,
          ]),
          `Powered by ${tool.name}`,
        ),
        expected: exp(
          company.name,
          j.role,
          ivs.map((p) => who(p, 'interviewer', null)),
          m.iso,
        ),
      });
    },
  },
  {
    id: 'm3-outlook-updated-old-time-struck',
    label: 'interview_scheduled',
    note: 'Outlook "Updated:" meeting request after the interview was moved: shows the new When line and the old time as "Previously"; the new time is the interview',
    make(k) {
      const company = k.company();
      const j = job(k);
      const org = k.person(company);
      const old = k.later(1, 2);
      const m = k.later(3, 9);
      const len = k.pick([30, 45, 60]);
      const end = plusMin(m, len);
      const oldEnd = plusMin(old, len);
      const title = k.pick([
        `Interview: ${k.candidate.name} - ${j.role}`,
        `${company.name} | ${j.role} | ${k.pick(['Technical Interview', 'Hiring Manager Interview', 'Panel Interview'])}`,
        `${j.role} interview - ${k.candidate.name}`,
      ]);
      const hm = k.person(company);
      const note = k.pick([
        `Hi ${k.candidate.first}, moving this as discussed — thanks for your flexibility!`,
        `Apologies for the change, ${hm.first} had a conflict come up. New time below.`,
        `Updated per your request. See you then!`,
        '',
      ]);
      return settle({
        from: k.addr(org),
        to: k.candidate.email,
        cc: k.chance(0.4) ? k.addr(hm) : undefined,
        subject: `Updated: ${title}`,
        date: k.date,
        body: k.paragraphs(
          k.pick([
            'This meeting has been updated.',
            'The organizer has changed the time of this meeting.',
            '',
          ]),
          `When: ${outlookWhen(k, m, end)}`,
          k.pick([
            `Previously: ${outlookWhen(k, old, oldEnd)}`,
            `~~When: ${outlookWhen(k, old, oldEnd)}~~`,
            `(Old time: ${isUS(k) ? `${old.date('us-short')} ${old.time('us')}` : `${old.date('uk-short')} ${old.time('24h')}`})`,
          ]),
          `Where: Microsoft Teams Meeting`,
          note,
          `${title}\nInterviewer: ${hm.name}, ${j.hmTitle} at ${company.name}`,
          teamsBlockEn(k),
        ),
        expected: exp(company.name, j.role, [full(org, 'recruiter'), full(hm, 'hiring_manager')], m.iso),
      });
    },
  },
  {
    id: 'm3-reminder-relative-tomorrow-no-date',
    label: 'interview_scheduled',
    note: 'reminder that gives only "tomorrow at 2pm" (or "on Monday" after a Friday): the date comes from when the email was sent',
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const m = nextWorkday(k);
      const tmr = isTomorrow(k, m);
      const rel = tmr ? 'tomorrow' : `on ${m.weekdayName}`;
      const iv = k.person(company);
      const s = sign(k, r, k.pick([...RECRUITER_TITLES, ...COORD_TITLES]), company);
      return settle({
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Reminder: ${tmr ? 'tomorrow' : m.weekdayName}'s interview`,
          `See you ${tmr ? 'tomorrow' : m.weekdayName}!`,
          `Quick reminder – ${j.role} interview`,
          `Re: ${j.role} interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Just a friendly reminder about your interview for the ${j.role} position ${rel} at ${timeText(k, m)} with ${iv.name}.`,
            `Looking forward to ${rel}! A quick reminder that you're speaking with ${iv.name} at ${timeText(k, m)}${k.chance(0.5) ? ` ${tzLoose(k, m)}` : ''} about the ${j.role} role.`,
            `This is a reminder of your ${j.role} interview ${rel}, ${timeText(k, m)}. ${iv.name} will be running it.`,
          ]),
          k.pick([
            `Same link as in the invite: ${k.pick([meetLink(k), zoomLink(k, company)])}`,
            `${iv.first} will call you on the number you gave us, so keep your phone handy.`,
            `Please head to reception at ${k.pick(['our office', 'the main entrance', 'the 3rd floor'])} about 10 minutes early.`,
          ]),
          k.pick([
            `If anything has come up, let me know as soon as possible.`,
            `Any last-minute questions, just reply here.`,
            `Good luck — you'll be great!`,
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [full(r, 'recruiter'), who(iv, 'interviewer', null)], m.iso),
      });
    },
  },
  {
    id: 'm3-short-reply-picks-from-candidate-options',
    label: 'interview_scheduled',
    note: "short (often mobile) reply confirming one of the options in the candidate's quoted message ('Thursday at 3 it is'); the quoted ranges are not interview times",
    make(k) {
      const company = k.company();
      const j = job(k);
      const isHm = k.chance(0.4);
      const p = k.person(company, isHm ? 'first' : 'first.last');
      const opts = slots(k, 3, 1, 6);
      const pick = k.int(0, opts.length - 1);
      const m = opts[pick]!;
      const c = k.candidate;
      const optLine = (o: Moment, i: number) => {
        const d = isUS(k) ? `${o.weekdayName} ${o.month}/${o.day}` : `${o.weekdayName} ${o.day} ${mon3(o)}`;
        if (i === pick) return `- ${d} at ${clock(k, o)}`;
        return k.pick([
          `- ${d}, any time after ${clock(k, o)}`,
          `- ${d} ${o.hour < 12 ? 'morning' : 'afternoon'}`,
          `- ${d} between ${clock(k, o)} and ${clock(k, plusMin(o, 120))}`,
        ]);
      };
      const cand = k.paragraphs(
        `Hi ${p.first},`,
        k.pick([
          "Thanks so much, I'd be glad to. Here are a few times that work for me:",
          'Great to hear from you! I am available:',
          'Thank you - any of these would work on my end:',
        ]),
        opts.map(optLine).join('\n'),
        `Best,\n${c.first}`,
      );
      const shortTime = isUS(k) ? m.time('us-compact') : k.pick([m.time('24h'), m.time('us-compact')]);
      // What the thread names: the subject may carry the role or the company, the signature the company.
      const subj = k.pick([
        { t: `${j.role} - next steps`, role: true, co: false },
        { t: `${company.name} interview`, role: false, co: true },
        { t: `Interview for ${j.role}`, role: true, co: false },
        { t: `${j.role} at ${company.name}`, role: true, co: true },
        { t: 'Next steps', role: false, co: false },
      ]);
      const fullSig = k.chance(0.35);
      const coLine = !isHm && k.chance(0.3);
      return settle({
        from: k.addr(p),
        to: c.email,
        subject: `Re: ${subj.t}`,
        date: k.date,
        body: k.paragraphs(
          coLine
            ? `Confirmed for ${m.weekdayName} at ${shortTime}. ${company.name}'s hiring manager will call you on ${k.pick(['Zoom', 'Teams', 'Meet'])} - link to follow.`
            : k.pick([
                `Perfect - ${m.weekdayName} at ${shortTime} it is. See you then!`,
                `${m.weekdayName} ${shortTime} works great, locked in. I'll send a calendar invite shortly.`,
                `Great, let's do ${m.weekdayName} at ${shortTime}. Talk then.`,
                `${m.weekdayName} at ${shortTime} - done. Invite coming your way.`,
              ]),
          fullSig
            ? `${p.name}\n${isHm ? 'Hiring Manager' : k.pick(RECRUITER_TITLES)}, ${company.name}`
            : k.pick([`${p.first}`, `Thanks,\n${p.first}`, `- ${p.first}`]),
          k.pick(['Sent from my iPhone', 'Sent from Outlook for Android', '']),
          k.quote(cand, c, earlier(k)),
        ),
        expected: exp(
          subj.co || fullSig || coLine ? company.name : null,
          subj.role ? j.role : null,
          [full(p, isHm ? 'hiring_manager' : 'recruiter')],
          m.iso,
        ),
      });
    },
  },
  {
    id: 'm3-onsite-day-start-time-durations-only',
    label: 'interview_scheduled',
    note: 'onsite/virtual day given by a start time and session lengths (no clock times per session) plus an expected finish; the start is the interview time',
    make(k) {
      const company = k.company();
      const j = job(k);
      const coord = k.person(company);
      const s = sign(k, coord, k.pick(COORD_TITLES), company);
      const base = k.later(3, 10);
      const m = base.plusDays(0, k.pick([9, 9, 10, 13]), k.pick([0, 30]));
      const kinds = [
        'Technical deep-dive',
        'Collaboration & values',
        'Case exercise',
        'System design',
        'Meet the hiring manager',
        'Portfolio / past work',
      ];
      const sessions = k
        .some(kinds, 3, 4)
        .map((t, i) => ({ t, p: k.person(company), len: k.pick([45, 60]), hm: i === 0 }));
      let total = sessions.reduce((a, x) => a + x.len, 0) + 15;
      const lunch = m.hour < 11 && k.chance(0.6);
      if (lunch) total += 45;
      const finish = plusMin(m, total);
      const virtual = k.chance(0.4);
      const rows = sessions.map(
        (x, i) => `${i + 1}. ${x.t} (${x.len} min) – ${x.p.name}${x.hm ? `, ${j.hmTitle}` : ''}`,
      );
      if (lunch) rows.splice(2, 0, `   Lunch with the team (45 min)`);
      return settle({
        from: k.addr(coord),
        to: to(k),
        subject: k.pick([
          `Your ${virtual ? 'virtual ' : ''}onsite – ${j.role}`,
          `Final round details: ${company.name}`,
          `${isUS(k) ? m.date('us-short') : m.date('uk-short')} – your day with ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Your final round for ${j.role} is all set. Here's how the day will run.`,
            `Thanks for confirming! Below is the plan for your ${virtual ? 'virtual ' : ''}onsite for ${j.role}.`,
            `Excited to have you for the final stage of the ${j.role} process.`,
          ]),
          `Date: ${isUS(k) ? m.date('us-long') : m.date('uk-long')}\nStart: ${clock(k, m)} ${tzAbbr(m)}${virtual ? `\nLink: ${zoomLink(k, company)} (the same link for every session)` : `\nWhere: reception, ${k.int(2, 9)}th floor – ask for ${coord.first}`}`,
          `Sessions run back to back with a 15-minute break in the middle:\n${rows.join('\n')}`,
          `We expect to wrap up around ${clock(k, finish)}.`,
          k.pick([
            'Each session leaves 5-10 minutes for your questions.',
            'Bring a laptop if you have one; a spare is available.',
            virtual
              ? 'Please test your camera and microphone beforehand.'
              : 'Lunch is on us, let me know about any dietary needs.',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [
            full(coord, 'recruiter'),
            ...sessions.map((x) => who(x.p, x.hm ? 'hiring_manager' : 'interviewer', null)),
          ],
          m.iso,
        ),
      });
    },
  },
  {
    id: 'm3-plain-email-chat-with-team-booked',
    label: 'interview_scheduled',
    note: 'hiring manager\'s plain email booking "a chat with the team about the X role" at one time; the word interview never appears',
    make(k) {
      const company = k.company();
      const j = job(k, ['data', 'business', 'product', 'design', 'engineering']);
      const hm = k.person(company);
      const mates = [k.person(company), k.person(company)].slice(0, k.int(1, 2));
      const m = k.later(2, 8);
      const s = sign(k, hm, j.hmTitle, company);
      const inPerson = k.chance(0.5);
      return settle({
        from: k.addr(hm),
        to: to(k),
        subject: k.pick([
          `Coffee and a chat – ${j.role}`,
          `${company.name} – meeting the team`,
          `Come and meet us (${j.role})`,
          `Next ${m.weekdayName}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for your patience. I'd love for you to come in for a chat with the team about the ${j.role} role — I've put ${whenText(k, m)} in the diary.`,
            `Following up on your application for ${j.role}: let's get you together with a couple of people from the team. We're booked for ${whenText(k, m)}.`,
            `Great to hear you're still keen on the ${j.role} position! I've set up a conversation with the team for ${whenText(k, m)}.`,
          ]),
          `You'll be chatting with ${mates.map((p) => p.name).join(' and ')} and me. ${k.pick(['Nothing formal, just a chance to get to know each other and talk through how we work.', 'Expect questions about a project you have worked on, and plenty of time for yours.', 'It should take about 45 minutes.'])}`,
          inPerson
            ? `We're at ${k.int(10, 400)} ${k.pick(['Harbour Road', 'Queen Street', 'Innovation Way', 'Market Street'])} – just ask for me at the front desk.`
            : `Here's the link: ${k.pick([meetLink(k), zoomLink(k, company)])}`,
          k.pick(['Shout if that time no longer works.', 'Looking forward to it.', '']),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [full(hm, 'hiring_manager'), ...mates.map((p) => who(p, 'interviewer', null))],
          m.iso,
        ),
      });
    },
  },
  {
    id: 'm3-german-teams-einladung-vorstellungsgespraech',
    label: 'interview_scheduled',
    note: 'German Outlook/Teams meeting invitation text (Wann/Ort, Microsoft Teams-Besprechung, Besprechungs-ID) for a Vorstellungsgespräch',
    make(k) {
      k.as('de');
      const company = k.company();
      const role = k.pick([
        'Werkstudent Marketing (m/w/d)',
        'Backend-Entwickler (m/w/d)',
        'Teamassistenz (m/w/d)',
        'Controller (m/w/d)',
        'IT-Systemadministrator (m/w/d)',
        k.role('data'),
      ]);
      const org = k.person(company);
      const lead = k.person(company);
      const m = k.later(2, 9);
      const end = plusMin(m, k.pick([45, 60, 60, 90]));
      const title = k.pick([
        `Vorstellungsgespräch ${role} – ${k.candidate.name}`,
        `Interview ${role} | ${k.candidate.name}`,
        `Kennenlernen ${k.candidate.name} / ${company.name} (${role})`,
      ]);
      return settle({
        from: k.addr(org),
        to: k.candidate.email,
        cc: k.chance(0.4) ? k.addr(lead) : undefined,
        subject: title,
        date: k.date,
        body: k.paragraphs(
          `Wann: ${m.date('de')} ${m.time('24h')}-${end.time('24h')}. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien`,
          'Ort: Microsoft Teams-Besprechung',
          k.pick([
            `Sehr geehrte/r ${k.candidate.name},\nwie besprochen sende ich Ihnen hiermit die Einladung zu unserem Gespräch. Gesprächspartner: ${lead.name} (Teamleitung) und ${org.name} (HR).`,
            `Hallo ${k.candidate.first},\nanbei die Einladung für unser Gespräch. Wir freuen uns auf Sie! Mit dabei ist ${lead.name}, Leitung des Teams.`,
            `Guten Tag,\nhiermit bestätigen wir Ihr Vorstellungsgespräch am ${m.date('de-numeric')} um ${m.time('de')}. Teilnehmer: ${lead.name}, ${org.name}.`,
          ]),
          [
            '_'.repeat(80),
            'Microsoft Teams-Besprechung',
            'Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil',
            `Klicken Sie hier, um an der Besprechung teilzunehmen<${teamsLink(k)}>`,
            `Besprechungs-ID: ${k.digits(3)} ${k.digits(3)} ${k.digits(3)} ${k.digits(3)}`,
            `Kennung: ${k.token(6)}`,
            'Teams herunterladen | Im Web beitreten',
            'Weitere Informationen | Besprechungsoptionen',
            '_'.repeat(80),
          ].join('\n'),
          `${org.name}\n${k.pick(['HR Business Partner', 'Recruiting', 'Personalabteilung'])} | ${company.name}`,
        ),
        expected: exp(company.name, role, [full(org, 'recruiter'), full(lead, 'hiring_manager')], m.iso),
      });
    },
  },
  {
    id: 'm3-fr-es-rappel-recordatorio-veille',
    label: 'interview_scheduled',
    note: 'French "Rappel : votre entretien" or Spanish "Recordatorio de tu entrevista" sent the working day before, with the full date and time',
    make(k) {
      const fr = k.chance(0.5);
      k.as(fr ? 'fr' : 'es');
      const company = k.company();
      const r = k.person(company);
      const iv = k.person(company);
      const m = nextWorkday(k);
      const tmr = isTomorrow(k, m);
      const place = k.pick([
        `${k.int(2, 120)} ${fr ? k.pick(['rue de la Paix', 'avenue Victor Hugo', 'boulevard Voltaire']) : k.pick(['calle Mayor', 'paseo de Gracia', 'calle de Alcalá'])}`,
        fr ? `en visio : ${meetLink(k)}` : `por videollamada: ${meetLink(k)}`,
      ]);
      if (fr) {
        const role = k.pick([
          'Assistant(e) de direction',
          'Ingénieur DevOps',
          'Commercial(e) sédentaire',
          'Chef de produit',
          'Comptable',
        ]);
        return settle({
          from: k.pick([k.addr(r), `${company.name} Recrutement <recrutement@${company.domain}>`]),
          to: k.candidate.email,
          subject: k.pick([
            `Rappel : votre entretien ${tmr ? 'de demain' : `du ${m.date('fr')}`}`,
            `Rappel – entretien ${role}`,
            `${company.name} – confirmation et rappel`,
          ]),
          date: k.date,
          body: k.paragraphs(
            `Bonjour ${k.candidate.first},`,
            k.pick([
              `Nous vous rappelons votre entretien pour le poste de ${role}, prévu ${tmr ? 'demain, ' : ''}${m.date('fr')} à ${m.time('fr')}.`,
              `Petit rappel : vous avez rendez-vous avec ${iv.name} ${tmr ? 'demain' : m.date('fr')} à ${m.time('fr')} pour le poste de ${role}.`,
              `Je me permets de vous rappeler notre entretien du ${m.date('fr')} à ${m.time('fr')} (poste : ${role}).`,
            ]),
            `Lieu : ${place}`,
            k.pick([
              `Vous serez reçu(e) par ${iv.name}, manager de l’équipe.`,
              `L’entretien se déroulera avec ${iv.name}.`,
            ]),
            k.pick([
              'En cas d’empêchement, merci de nous prévenir au plus vite.',
              'Pensez à vous munir d’une pièce d’identité.',
              '',
            ]),
            `Cordialement,\n${r.name}\nRessources humaines – ${company.name}`,
          ),
          expected: exp(company.name, role, [full(r, 'recruiter'), who(iv, 'interviewer', null)], m.iso),
        });
      }
      const role = k.pick([
        'Técnico/a de Soporte',
        'Administrativo/a Contable',
        'Desarrollador/a Frontend',
        'Jefe/a de Proyecto',
        'Dependiente/a',
      ]);
      return settle({
        from: k.pick([k.addr(r), `Selección ${company.name} <seleccion@${company.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Recordatorio: entrevista ${tmr ? 'mañana' : `el ${m.date('es')}`}`,
          `Recordatorio – ${role}`,
          `Tu entrevista en ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hola ${k.candidate.first}:`,
          k.pick([
            `Te recordamos que ${tmr ? 'mañana, ' : 'el '}${m.date('es')}, a las ${m.time('24h')}, tienes la entrevista para el puesto de ${role}.`,
            `Solo un recordatorio de tu entrevista para ${role}: ${m.date('es')} a las ${m.time('24h')} h.`,
          ]),
          `Lugar: ${place}`,
          k.pick([`Te atenderá ${iv.name}, responsable del equipo.`, `La entrevista será con ${iv.name}.`]),
          k.pick(['Si no puedes asistir, avísanos cuanto antes.', 'Trae tu DNI o NIE, por favor.', '']),
          `Un saludo,\n${r.name}\nRecursos Humanos – ${company.name}`,
        ),
        expected: exp(company.name, role, [full(r, 'recruiter'), who(iv, 'interviewer', null)], m.iso),
      });
    },
  },
  {
    id: 'm3-agency-prep-brief-client-interview',
    label: 'interview_scheduled',
    note: "agency consultant's long prep brief for a confirmed client interview: the time, who you'll meet and their background, format, tips; the client is the company",
    make(k) {
      const ag = agency(k);
      const client = k.company();
      const j = job(k);
      const c = k.person(ag);
      const s = sign(
        k,
        c,
        k.pick([
          'Senior Consultant',
          'Recruitment Consultant',
          'Principal Consultant',
          'Managing Consultant',
        ]),
        ag,
        true,
      );
      const m = k.later(2, 8);
      const ivs = [
        { p: k.person(client), t: j.hmTitle, hm: true },
        { p: k.person(client), t: j.ivTitle(), hm: false },
      ].slice(0, k.int(1, 2));
      const tips = k.some(
        [
          `Have a clear two-minute summary of your current role ready.`,
          `They'll likely dig into ${k.pick(['a project where something went wrong', 'how you prioritise', 'stakeholder management', 'your most technical piece of work'])}.`,
          `Prepare two or three questions about the team's plans for next year.`,
          `Dress code is ${k.pick(['smart casual', 'business casual', 'relaxed, no suit needed'])}.`,
          `Don't bring up salary — I'll handle that side.`,
          `Read their latest ${k.pick(['annual report', 'blog posts', 'product launch news'])} beforehand.`,
        ],
        3,
        5,
      );
      return settle({
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `Interview confirmed + prep – ${client.name}`,
          `${client.name} – ${j.role}: your interview details`,
          `Prep notes for ${m.weekdayName}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `As promised, here is everything you need for your interview with ${client.name} for the ${j.role} role.`,
            `Great news, ${client.name} have confirmed your interview for ${j.role}! Some notes to help you prepare below.`,
          ]),
          `WHEN: ${whenText(k, m, true)}\nWHERE: ${k.pick([`${client.name} office, ${k.int(10, 300)} ${k.pick(['King Street', 'Harbour Road', 'Main St'])}`, `Teams (the client will send the invite directly)`, `Video call – link in the calendar invite`])}\nLENGTH: ${k.pick(['45 minutes', '1 hour', '90 minutes'])}`,
          `WHO YOU'LL MEET\n${ivs.map((x) => `${x.p.name}, ${x.t} – ${k.pick(['been there 6 years, very direct but fair', 'joined last year from a competitor', 'friendly, likes examples with numbers', 'will focus on the technical side'])}`).join('\n')}`,
          `TIPS\n${bullets(k, tips)}`,
          k.pick([
            'Give me a call straight after so we can debrief while it is fresh.',
            "I'll call you the day before for a quick run-through.",
            'Any questions at all, ring me.',
          ]),
          s.text,
        ),
        expected: exp(
          client.name,
          j.role,
          [
            full(c, 'agency_consultant'),
            ...ivs.map((x) => who(x.p, x.hm ? 'hiring_manager' : 'interviewer', null)),
          ],
          m.iso,
        ),
      });
    },
  },
  {
    id: 'm3-portfolio-review-session-booked',
    label: 'interview_scheduled',
    note: 'design/product "portfolio review" or "work walkthrough" session booked at one time; the word interview is absent',
    make(k) {
      const company = k.company();
      const j = job(k, ['design', 'product']);
      const sender = k.person(company);
      const isHm = k.chance(0.4);
      const panel = [k.person(company), k.person(company), k.person(company)].slice(0, k.int(2, 3));
      const m = k.later(3, 9);
      const mins = k.pick([60, 75, 90]);
      const session = k.pick([
        'portfolio review',
        'portfolio walkthrough',
        'work presentation',
        'case walkthrough',
      ]);
      const s = sign(k, sender, isHm ? j.hmTitle : k.pick(COORD_TITLES), company);
      return settle({
        from: k.addr(sender),
        to: to(k),
        subject: k.pick([
          `Your ${session} – ${isUS(k) ? m.date('us-short') : m.date('uk-short')}`,
          `${company.name}: ${session} booked`,
          `${j.role} – ${session} details`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for choosing a time! Your ${session} for the ${j.role} role is booked for ${whenText(k, m)}.`,
            `We're all set for your ${session} (${j.role}): ${whenText(k, m)}.`,
            `Confirming your ${session} with the ${company.name} team for the ${j.role} opening: ${whenText(k, m)}.`,
          ]),
          `${mins} minutes with ${panel.map((p) => p.name).join(', ')}. ${k.pick([
            'Plan for about 40 minutes presenting two projects, with the rest for questions.',
            'Pick one or two pieces of work and walk us through the problem, your process and the outcome.',
            'Please share your screen; slides are optional.',
          ])}`,
          `Link: ${k.pick([zoomLink(k, company), meetLink(k)])}`,
          k.pick([
            'NDA work is fine to show at a high level — skip anything you are not comfortable sharing.',
            'No need to send anything in advance.',
            '',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [
            full(sender, isHm ? 'hiring_manager' : 'recruiter'),
            ...panel.map((p) => who(p, 'interviewer', null)),
          ],
          m.iso,
        ),
      });
    },
  },
  {
    id: 'm3-confirmed-final-with-decision-date',
    label: 'interview_scheduled',
    note: 'final-round confirmation that also promises a decision by a date (decisionBy set) and mentions a target start month; only the interview is interviewAt',
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const hm = k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const m = k.later(2, 6);
      const decision = m.plusWorkdays(k.int(3, 6));
      const startMonth = mon(m.plusDays(k.int(35, 60)));
      const dd = isUS(k)
        ? k.pick([decision.date('us-long'), `${decision.weekdayName}, ${mon(decision)} ${decision.day}`])
        : k.pick([decision.date('uk-long'), `${decision.weekdayName} ${decision.day} ${mon(decision)}`]);
      return settle({
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Final interview confirmed – ${j.role}`,
          `${company.name}: final round + timeline`,
          `Confirmed: ${dayText(k, m)}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for getting back to me so quickly. Your final interview for ${j.role} is confirmed for ${whenText(k, m)} with ${hm.name}, our ${j.hmTitle}.`,
            `You're confirmed for the final round for ${j.role}: ${whenText(k, m)}, with ${hm.name} (${j.hmTitle}).`,
          ]),
          k.pick([
            `In terms of timeline, you're one of ${k.pick(['two', 'three'])} finalists and we'll let everyone know by ${dd} at the latest.`,
            `We're aiming to make a decision by ${dd}, and I'll call you either way.`,
            `You'll hear from me with an outcome by ${dd}.`,
          ]),
          k.pick([
            `Ideally the successful candidate would start in ${startMonth}, but there's some flexibility.`,
            `The team is hoping to have someone in seat by ${startMonth}.`,
            '',
          ]),
          k.pick([
            `Location: ${k.pick([zoomLink(k, company), meetLink(k)])}`,
            `We'll meet at the office; I'll meet you in reception.`,
          ]),
          s.text,
        ),
        expected: {
          ...exp(company.name, j.role, [full(r, 'recruiter'), who(hm, 'hiring_manager', null)], m.iso),
          decisionBy: decision.ymd,
        },
      });
    },
  },
];

// ---------------------------------------------------------------------------------------
// recruiter_outreach: cold pitches, no invitation to an interview

function money(k: Kit): string {
  const lo = k.int(6, 14) * 10;
  const hi = lo + k.int(2, 5) * 10;
  return isUS(k)
    ? `$${lo}k–$${hi}k`
    : k.locale === 'en-IN'
      ? `₹${lo / 2}–${hi / 2} LPA`
      : `£${lo - 20}k–£${hi - 20}k`;
}

const outreach: Family[] = [
  {
    id: 'm3-job-platform-employer-message-card',
    label: 'recruiter_outreach',
    note: 'job-platform relay (Wellfound/Otta-like) of an employer message: a card with company, role, salary, location and the message; sender address is the platform',
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'product', 'design', 'data'] as const));
      const rec = k.person(company);
      const isHm = k.chance(0.35);
      const plat = k.pick([
        { name: 'Talentloft', domain: 'talentloft.example' },
        { name: 'Hirebridge', domain: 'hirebridge.example' },
        { name: 'Startwell Jobs', domain: 'startwelljobs.example' },
      ]);
      const title = isHm
        ? k.pick(['CTO', 'Head of Product', 'VP Engineering', 'Co-founder'])
        : k.pick(RECRUITER_TITLES);
      return settle({
        from: `${plat.name} <messages@${plat.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `${rec.first} from ${company.name} wants to chat`,
          `New message from ${company.name}`,
          `${company.name} is interested in you for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${k.candidate.first}, you have a new message`,
          `${company.name}\n${role}\n${money(k)} · ${k.pick(['Remote', 'Hybrid', 'On-site'])} · ${k.pick(['Series A', 'Series B', '50-200 employees', 'Profitable'])}`,
          `${rec.name} · ${title}`,
          `"${k.pick([
            `Hi ${k.candidate.first}! Your profile stood out — we're hiring ${an(role)} ${role} and I think you'd enjoy the problems we're working on. Interested in hearing more?`,
            `Hey ${k.candidate.first}, saw you're open to new roles. We're growing the team and your background fits our ${role} opening really well. Would you be up for a chat?`,
            `Hello ${k.candidate.first}, I'm ${rec.first}. We're building out our team and your experience caught my eye. Happy to share more about the ${role} role if you're curious.`,
          ])}"`,
          `[ Reply ] https://${plat.domain}/m/${k.token(12)}\n[ Not interested ] https://${plat.domain}/m/${k.token(12)}/decline`,
          k.pick([
            `Respond within 7 days to keep your response rate high.`,
            `Companies see when you've read their message.`,
            '',
          ]),
          `You're receiving this because you're visible to employers on ${plat.name}. Manage notifications: https://${plat.domain}/settings`,
        ),
        expected: exp(company.name, role, [who(rec, isHm ? 'hiring_manager' : 'recruiter', null)]),
      });
    },
  },
  {
    id: 'm3-agency-pitch-describes-interview-process',
    label: 'recruiter_outreach',
    note: 'agency cold pitch that spells out the client\'s process ("two interviews and a short task") without inviting to any; client named or confidential',
    make(k) {
      const ag = agency(k);
      const client = k.company();
      const named = k.chance(0.5);
      const role = k.role();
      const c = k.person(ag, k.pick(['first.last', 'flast'] as const));
      const s = sign(
        k,
        c,
        k.pick(['Senior Consultant', 'Recruitment Consultant', 'Talent Consultant', 'Director']),
        ag,
      );
      const process = k.pick([
        `The process is two interviews (one technical, one with the ${k.pick(['MD', 'hiring manager', 'team'])}) and they move fast — offer within two weeks is typical.`,
        `Their process is short: a 30-minute call with me, then two stages with the client, the second including a small task.`,
        `Interview process: first stage video call, second stage in person with a short presentation. No lengthy tests.`,
        `They run a three-step process — intro call, technical interview, meet the team — usually wrapped up inside three weeks.`,
      ]);
      return settle({
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `${role} – ${named ? client.name : 'confidential'}`,
          `New ${role} role – worth a look?`,
          `${role} opportunity${named ? ` with ${client.name}` : ''}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm ${c.first} at ${ag.name}. I came across your profile and think you could be a great fit for a role I'm working on.`,
            `Hope you don't mind the direct approach — I've been asked to find ${an(role)} ${role} and your background looks spot on.`,
            `I'm recruiting for ${an(role)} ${role} and your experience stood out when I was searching.`,
          ]),
          named
            ? `The client is ${client.name}, who are hiring ${an(role)} ${role} to join a growing team. ${k.pick(['Salary is ' + money(k) + ' plus bonus.', 'Hybrid, two days in the office.', 'Great benefits and genuine flexibility.'])}`
            : `My client is a ${k.pick(['well-established', 'fast-growing', 'privately owned', 'listed'])} ${k.pick(['fintech', 'healthcare provider', 'logistics business', 'software company', 'retailer'])} looking for ${an(role)} ${role}. I can share the name once we've spoken.`,
          process,
          k.pick([
            'Would you be open to hearing more? If so, let me know a good number and time to call.',
            'If this is of interest, reply and I can send the full job spec.',
            'Even if the timing is not right, I would be happy to connect for future roles.',
          ]),
          s.text,
        ),
        expected: exp(named ? client.name : null, role, [full(c, 'agency_consultant')]),
      });
    },
  },
  {
    id: 'm3-colleague-picks-up-unanswered-pitch',
    label: 'recruiter_outreach',
    note: "follow-up nudge from a second in-house recruiter taking over a search, above the first recruiter's quoted unanswered pitch; both are recruiters",
    make(k) {
      const company = k.company();
      const role = k.role();
      const first = k.person(company);
      const second = k.person(company);
      const when = k.sent.plusWorkdays(-k.int(8, 20), k.int(9, 16), k.int(0, 59));
      const orig = k.paragraphs(
        `Hi ${k.candidate.first},`,
        k.pick([
          `I came across your profile and wanted to reach out about our ${role} opening at ${company.name}.`,
          `I'm ${first.first}, a recruiter at ${company.name}. We're hiring ${an(role)} ${role} and your experience looks like a great match.`,
        ]),
        'Would you be open to a quick chat?',
        `Thanks,\n${first.name}`,
      );
      const s = sign(k, second, k.pick(RECRUITER_TITLES), company);
      return settle({
        from: k.addr(second),
        to: to(k),
        subject: `Re: ${k.pick([`${role} at ${company.name}`, `Opportunity at ${company.name}`, `${role} opportunity`])}`,
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `${first.first} reached out a little while ago about the ${role} role (below). ${first.first} has since ${k.pick(['gone on leave', 'moved to another team', 'handed this search over to me'])}, so I'm picking it up.`,
            `I'm following up on ${first.first}'s note below — I've taken over hiring for the ${role} position at ${company.name}.`,
            `Just resurfacing this — my colleague ${first.name} contacted you about ${role}, and I'm now leading the search.`,
          ]),
          k.pick([
            `The role is still open and we've since ${k.pick(['added a remote option', 'increased the salary band', 'confirmed the team lead', 'opened a second position'])}.`,
            'Still keen to hear from you if the timing is right.',
            'If it is not for you, no problem at all — a quick "no thanks" is just as helpful.',
          ]),
          s.text,
          k.quote(orig, first, when),
        ),
        expected: exp(company.name, role, [full(second, 'recruiter'), full(first, 'recruiter')]),
      });
    },
  },
  {
    id: 'm3-inhouse-keyvalue-pitch-with-process-line',
    label: 'recruiter_outreach',
    note: 'in-house pitch laid out as a key: value block (Role/Team/Location/Comp/Process) where "Process: 2 interviews" describes, not invites',
    make(k) {
      const company = k.company();
      const field = k.pick(['engineering', 'data', 'product', 'business'] as const);
      const role = k.role(field);
      const rec = k.person(company, k.pick(['first.last', 'first'] as const));
      const s = sign(k, rec, k.pick(RECRUITER_TITLES), company);
      const sep = k.pick([': ', ' — ', ' | ']);
      const rows = [
        `Role${sep}${role}`,
        `Team${sep}${k.pick(['Platform', 'Growth', 'Payments', 'Operations', 'Insights', 'Core Product'])}`,
        `Location${sep}${k.pick(['Remote', 'Hybrid (2 days)', 'Remote, with quarterly offsites', 'On-site'])}`,
        `Comp${sep}${money(k)}${k.chance(0.5) ? ' + equity' : ''}`,
        `Process${sep}${k.pick(['intro call, 2 interviews, done in ~2 weeks', 'recruiter chat → technical interview → team interview', '2 interviews + a short take-home (paid)', 'one call with me, then a single 2-hour loop'])}`,
      ];
      return settle({
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `TL;DR: ${role} at ${company.name}`,
          `${company.name} – ${role} (quick summary)`,
          `${role}?`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'll keep it short — here's the role I think could be a fit for you:`,
            `I know you get plenty of these, so here is the summary up front:`,
            `Came across your profile and had to reach out. The essentials:`,
          ]),
          rows.join('\n'),
          k.pick([
            `${company.name} is ${k.pick(['about 300 people', 'a small team of 40', 'growing fast in Europe and the US', 'backed by long-term investors'])}.`,
            '',
          ]),
          k.pick([
            'Interested? A one-word reply is enough and I will send more detail.',
            'If any of that sounds interesting, let me know and we can find time to talk.',
            'Happy to answer questions over email first if you prefer.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [full(rec, 'recruiter')]),
      });
    },
  },
  {
    id: 'm3-german-network-message-recruiter',
    label: 'recruiter_outreach',
    note: 'German professional-network relay ("Sie haben eine neue Nachricht") of a recruiter pitch, with Du/Sie, salary band and a mention of the two-stage process',
    make(k) {
      k.as('de');
      const company = k.company();
      const role = k.pick([
        'Senior Java Entwickler (m/w/d)',
        'Key Account Manager (m/w/d)',
        'Produktmanager (m/w/d)',
        'Cloud Engineer (m/w/d)',
        'Leiter Controlling (m/w/d)',
      ]);
      const rec = k.person(company);
      const du = k.chance(0.5);
      const lo = k.int(55, 85);
      const net = k.pick([
        { name: 'Karrierenetz', domain: 'karrierenetz.example' },
        { name: 'Berufswerk', domain: 'berufswerk.example' },
      ]);
      return settle({
        from: `${rec.name} über ${net.name} <nachrichten@${net.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `${rec.name} hat Ihnen eine Nachricht geschickt`,
          `Neue Nachricht: ${role}`,
          `Jobangebot: ${role} bei ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Sie haben eine neue Nachricht von ${rec.name} (${k.pick(['Talent Acquisition', 'Recruiting', 'Senior Recruiter', 'People & Culture'])} bei ${company.name})`,
          du
            ? `Hallo ${k.candidate.first},\nich bin auf dein Profil gestoßen und finde deinen Werdegang spannend. Wir suchen bei ${company.name} aktuell eine/n ${role}.`
            : `Guten Tag ${k.candidate.name},\nIhr Profil ist mir positiv aufgefallen. Für ${company.name} suchen wir derzeit eine/n ${role}.`,
          k.pick([
            `Gehalt: ${lo}.000 – ${lo + k.int(12, 22)}.000 € p.a., ${k.pick(['30 Tage Urlaub', 'hybrides Arbeiten', 'Jobrad und bAV'])}.`,
            `Die Stelle ist ${k.pick(['remote in Deutschland', 'hybrid in München', 'in Hamburg mit 2 Homeoffice-Tagen'])} möglich.`,
          ]),
          du
            ? 'Unser Prozess ist schlank: zwei Gespräche, Entscheidung meist innerhalb von zwei Wochen. Hättest du grundsätzlich Interesse?'
            : 'Der Auswahlprozess besteht aus zwei Gesprächen. Hätten Sie grundsätzlich Interesse, mehr zu erfahren?',
          `Antworten: https://${net.domain}/nachrichten/${k.token(12)}`,
          `Sie erhalten diese E-Mail, weil Sie Nachrichten von Recruitern erlauben. Einstellungen ändern: https://${net.domain}/settings`,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', null)]),
      });
    },
  },
  {
    id: 'm3-bump-above-forwarded-inmail',
    label: 'recruiter_outreach',
    note: "recruiter bumps an unanswered InMail by forwarding the platform notification to the candidate's email with a one-line note on top",
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const title = k.pick(RECRUITER_TITLES);
      const when = k.sent.plusWorkdays(-k.int(5, 14), k.int(9, 17), k.int(0, 59));
      const inner = k.paragraphs(
        `${rec.name}\n${title} at ${company.name}`,
        k.pick([
          `Hi ${k.candidate.first}, I came across your profile and think you'd be a strong fit for our ${role} role at ${company.name}. Open to a conversation?`,
          `Hello ${k.candidate.first} — we're growing the team at ${company.name} and looking for ${an(role)} ${role}. Would love to tell you more if you're open to it.`,
        ]),
        `Reply: https://www.linkedin.com/messaging/thread/${k.token(16)}`,
      );
      return settle({
        from: k.addr(rec),
        to: to(k),
        subject: `Fwd: ${k.pick([`${rec.first} sent you a new message`, `InMail: ${role} at ${company.name}`, `${role} opportunity`])}`,
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hi ${k.candidate.first} - resending in case LinkedIn buried this. Would be great to connect!`,
            `${k.candidate.first}, bumping this over to email as InMails are easy to miss.`,
            `Hi ${k.candidate.first}, following up on my message below. Any interest?`,
          ]),
          `${rec.first}`,
          k.forward({
            from: `${rec.name} via LinkedIn <inmail-hit-reply@linkedin.com>`,
            subject: `${rec.first} sent you a new message`,
            when,
            to: k.candidate.email,
            body: inner,
          }),
        ),
        expected: exp(company.name, role, [full(rec, 'recruiter')]),
      });
    },
  },
];

export const families: Family[] = [...requests, ...scheduled, ...outreach];
