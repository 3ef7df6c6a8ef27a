/**
 * Interview families: requests to interview with no fixed time yet (availability asks,
 * self-scheduling links, proposed slots, next rounds, agencies, DE/FR/ES), interviews
 * scheduled at a fixed time (calendar invitations, scheduling-tool confirmations, recruiter
 * confirmations, agendas, reschedules, reminders, DE/FR/ES), and assessments (coding tests,
 * take-homes, one-way video, aptitude and personality tests, case studies).
 */
import { type Moment } from '../kit';
import type { Company, Family, Kit } from '../kit';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

import {
  isUS,
  to,
  plusMin,
  ord,
  mon,
  mon3,
  wd3,
  type Region,
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
  HM_TITLES,
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

/** An agency that is not the employer. */
function agency(k: Kit): Company {
  const name = k.pick([
    `${k.pick(['Talentbridge', 'Hireworks', 'Peak', 'Clearpath', 'Bright', 'Northstar', 'Keystone', 'Atlas'])} ${k.pick(['Recruitment', 'Search', 'Talent', 'Resourcing', 'Staffing', 'Partners'])}`,
  ]);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}

function rnd(k: Kit, c: Company): string {
  return k.chance(0.5) ? k.trackingLink(c) : `https://careers.${c.domain}/i/${k.token(10)}`;
}

// ---------------------------------------------------------------------------------------
// interview_request: an invitation or a scheduling ask, no fixed time yet

const requests: Family[] = [
  {
    id: 'recruiter-asks-availability-phone-screen',
    label: 'interview_request',
    note: 'named recruiter after an application asks for availability for a first call; no time fixed',
    count: 12,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company, k.pick(['first.last', 'flast'] as const));
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const call = k.pick([
        'a 30-minute phone screen',
        'a quick intro call',
        'a first-round interview',
        'a 20-30 min call',
        'an initial conversation',
        'a short video call',
      ]);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `${company.name} - ${j.role}`,
          `${j.role} opportunity at ${company.name} - next steps`,
          `Next steps: ${j.role}`,
          `Your application for ${j.role}`,
          `${company.name} | ${j.role} | Phone screen`,
          `Scheduling a call - ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for applying to the ${j.role} position at ${company.name}. I've had a chance to review your background and I'd love to learn more.`,
            `I'm ${r.first}, a recruiter here at ${company.name}. Your application for our ${j.role} role caught our eye!`,
            `Thanks for your interest in ${company.name}. The hiring team reviewed your resume for the ${j.role} opening and would like to move forward.`,
            `I hope you're doing well. I'm reaching out about your application for ${j.role} — we were impressed with your experience.`,
          ]),
          k.pick([
            `I'd like to set up ${call} to talk through the role and your experience. What does your availability look like over the next few days?`,
            `Would you be available for ${call} this week or early next week? Please send me a few times that work for you.`,
            `The next step would be ${call} with me. Could you reply with 2-3 windows that suit you${isUS(k) ? '' : ' over the coming week'}?`,
            `Are you free sometime in the next week for ${call}? Let me know what works and I'll send a calendar invite.`,
          ]),
          k.pick([
            `Please include your time zone so I can schedule accordingly.`,
            `We'll cover your background, what you're looking for, and I'll share more about the team and compensation range.`,
            `It's a relaxed conversation, no preparation needed.`,
            '',
          ]),
          k.pick([
            'Looking forward to speaking with you!',
            'Talk soon.',
            'Thanks, and I look forward to hearing from you.',
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', r.email, s.phone)]),
      };
    },
  },
  {
    id: 'recruiter-calendly-link',
    label: 'interview_request',
    note: 'recruiter or hiring manager shares a personal booking link (Calendly-style); the candidate picks the time',
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const isHm = k.chance(0.3);
      const title = isHm ? j.hmTitle : k.pick(RECRUITER_TITLES);
      const s = sign(k, r, title, company);
      const link = k.pick([
        `https://calendly.com/${r.first.toLowerCase()}-${r.last.toLowerCase()}/30min`,
        `https://calendly.com/${company.slug}-talent/intro-call`,
        `https://calendar.app.google/${k.token(16)}`,
        `https://outlook.office365.com/owa/calendar/${company.slug}@${company.domain}/bookings/`,
      ]);
      const hm = k.person(company);
      const withHm = !isHm && k.chance(0.4);
      const people = [who(r, isHm ? 'hiring_manager' : 'recruiter', r.email, s.phone)];
      if (withHm) people.push(who(hm, 'hiring_manager', null));
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Let's find a time to chat - ${j.role}`,
          `${company.name}: scheduling your interview`,
          `Re: ${j.role} application`,
          `Interview invitation - ${j.role} at ${company.name}`,
          `Book a time with ${r.first}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for applying for the ${j.role} role! We'd like to invite you to an interview.`,
            `Great news — we'd like to move you forward in the process for ${j.role} at ${company.name}.`,
            `I enjoyed reading your application for ${j.role} and would love to set up some time to talk.`,
          ]),
          withHm
            ? `The conversation will be with ${hm.name}, our ${j.hmTitle}, and will last about ${k.pick(['30', '45', '45', '60'])} minutes.`
            : '',
          k.pick([
            `Please use the link below to book a slot that suits you:\n${link}`,
            `You can grab a time directly on my calendar here: ${link}`,
            `Pick whatever time works best for you here -> ${link}`,
            `Here's my scheduling link: ${link}\nIf none of the available times work, just reply with a few options and we'll make it work.`,
          ]),
          k.pick([
            `Ideally we'd speak within the next week, as we're moving quickly on this role.`,
            'Looking forward to it!',
            'Any questions in the meantime, just shout.',
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, people),
      };
    },
  },
  {
    id: 'goodtime-select-availability',
    label: 'interview_request',
    note: 'scheduling-tool request (GoodTime-style): select the times that work; link expiry date is NOT an interview time',
    make(k) {
      const company = k.company();
      const j = job(k);
      const coord = k.person(company);
      const showCoord = k.chance(0.6);
      const expires = k.later(3, 6);
      const stage = k.pick([
        'Phone Screen',
        'Technical Interview',
        'Virtual Onsite',
        'Hiring Manager Interview',
        'Final Round',
      ]);
      const mins = /Onsite|Final/.test(stage) ? k.pick([180, 240]) : k.pick([30, 45, 60]);
      return {
        from: `${company.name} Recruiting <${k.pick(['scheduling', 'no-reply', 'interviews'])}@goodtime.io>`,
        to: k.candidate.email,
        subject: k.pick([
          `Action Required: Please provide your availability for ${company.name}`,
          `${company.name} would like to schedule your ${stage}`,
          `Select your interview times - ${j.role}`,
          `[${company.name}] Availability request: ${stage}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          `Hi ${k.candidate.first},`,
          k.pick([
            `${company.name} would like to schedule your ${stage} for the ${j.role} position.`,
            `Thanks for your continued interest in ${company.name}! We're ready to schedule the next step for ${j.role}: ${stage}.`,
          ]),
          `Interview: ${stage}\nDuration: ${mins >= 120 ? `${mins / 60} hours` : `${mins} minutes`}\nFormat: ${k.pick(['Video (Zoom)', 'Video (Google Meet)', 'Phone', 'Microsoft Teams'])}`,
          k.pick([
            'Please select all the times you are available using the button below. The more availability you provide, the quicker we can confirm your interview.',
            'Click below to let us know when you are available. Once we receive your availability, we will send a calendar invitation with the confirmed time.',
          ]),
          `[Select Times] ${k.pick(['https://app.goodtime.io/availability/', 'https://candidate.goodtime.io/a/'])}${k.token(18)}`,
          k.pick([
            `This link will expire on ${isUS(k) ? expires.date('us-long') : expires.date('uk-long')}.`,
            `Please submit your availability by ${isUS(k) ? expires.date('us-short') : expires.date('uk-short')}.`,
            '',
          ]),
          showCoord
            ? `Questions? Contact ${coord.name}${k.chance(0.6) ? ` at ${coord.email}` : ''}.`
            : 'Questions? Reply to this email and our recruiting team will help.',
          k.pick(['Powered by GoodTime', 'Sent via GoodTime Hire | Privacy']),
        ),
        expected: exp(company.name, j.role, showCoord ? [who(coord, 'recruiter', null)] : []),
      };
    },
  },
  {
    id: 'ats-schedule-your-interview-link',
    label: 'interview_request',
    note: 'ATS self-scheduling notice ("schedule your interview", pick a slot); a book-by deadline date is not an interview time',
    make(k) {
      const company = k.company();
      const system = k.system(
        'greenhouse',
        'lever',
        'ashby',
        'workday',
        'smartrecruiters',
        'icims',
        'jobvite',
      );
      const j = job(k);
      const deadline = k.later(2, 5);
      const r = k.person(company);
      const named = k.chance(0.5);
      const link = system.link(company, `schedule/${k.token(14)}`);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Schedule your interview with ${company.name}`,
          `Please schedule your interview for ${j.role}`,
          `${company.name}: Interview invitation – ${j.role}`,
          `Action needed: choose an interview time`,
          `Invitation to interview – ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          k.pick([
            `Congratulations! After reviewing your application for ${j.role}, we would like to invite you to interview with ${company.name}.`,
            `Thank you for applying for ${j.role}. We're excited to invite you to the next step of our hiring process: an interview with the team.`,
            `You have been invited to schedule an interview for the ${j.role} position at ${company.name}.`,
          ]),
          k.pick([
            `Please click the link below to view available times and select the one that works best for you:\n${link}`,
            `Use this link to choose a time slot: ${link}`,
            `SCHEDULE INTERVIEW\n${link}`,
          ]),
          k.pick([
            `Please book your slot by ${isUS(k) ? deadline.date('us-long') : deadline.date('uk-long')}. Slots are limited and allocated on a first-come basis.`,
            `If none of the available times work for you, please reply to this email and we'll find an alternative.`,
            `Once you select a time, you will receive a calendar invitation with the meeting details.`,
            '',
          ]),
          named
            ? k.signature(r, k.pick(RECRUITER_TITLES), company, false)
            : `Best regards,\n${company.name} Recruiting Team`,
          k.footer(company, system),
        ),
        expected: exp(company.name, j.role, named ? [who(r, 'recruiter', null)] : []),
      };
    },
  },
  {
    id: 'hiring-manager-chat-no-interview-word',
    label: 'interview_request',
    note: 'hiring manager proposes "a 30-minute chat with the team" without ever saying interview; asks for times',
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'design', 'product', 'data', 'business']);
      const hm = k.person(company, k.pick(['first', 'first.last'] as const));
      const s = sign(k, hm, j.hmTitle, company, k.chance(0.2));
      const mins = k.pick(['30-minute', '45-minute', 'half-hour', 'short']);
      return {
        from: k.addr(hm),
        to: to(k),
        subject: k.pick([
          `Chat about the ${j.role} role?`,
          `${company.name} x ${k.candidate.first}`,
          `Re: ${j.role}`,
          `Coffee chat?`,
          `Hello from ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I lead the ${k.pick(['platform', 'growth', 'core', 'payments', 'operations', 'client'])} team at ${company.name} and your application for ${j.role} landed on my desk.`,
            `${k.pick(['Our recruiter', 'The talent team'])} passed along your application for the ${j.role} role and I wanted to reach out personally.`,
            `I'm the ${j.hmTitle} at ${company.name}. Thanks for applying to be our next ${j.role}.`,
          ]),
          k.pick([
            `Would you be up for a ${mins} chat with me and a couple of folks from the team? Nothing formal — we'd just like to hear about what you've been working on and tell you more about us.`,
            `I'd love to get to know you over a ${mins} video call sometime next week. It'll be a conversation, not a quiz.`,
            `Could we grab ${mins === 'short' ? 'a short' : `a ${mins}`} call? I'd like to walk you through what the team is building and hear about your experience.`,
          ]),
          k.pick([
            'Let me know a couple of times that work for you and I will send over an invite.',
            'What does your week look like?',
            `Send me two or three slots that suit you${isUS(k) ? '' : ' (UK mornings are easiest for me)'}.`,
            'If you reply with your availability, I will sort out the calendar side.',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [who(hm, 'hiring_manager', hm.email, s.phone)]),
      };
    },
  },
  {
    id: 'recruiter-proposes-slots-us',
    label: 'interview_request',
    note: 'US recruiter proposes several slots in mixed formats; none is fixed yet',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA'] as const));
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const s = sign(k, r, k.pick([...RECRUITER_TITLES, ...COORD_TITLES]), company);
      const hm = k.person(company);
      const withHm = k.chance(0.5);
      const opts = slots(k, k.int(2, 4));
      const people = [who(r, 'recruiter', r.email, s.phone)];
      if (withHm) people.push(who(hm, 'hiring_manager', null));
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Interview availability - ${j.role}`,
          `${j.role} - next round scheduling`,
          `Re: ${company.name} ${j.role}`,
          `Times for your interview with ${withHm ? hm.first : company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks again for your time on our call. ${withHm ? `${hm.name} (${j.hmTitle})` : 'The hiring manager'} would like to meet with you for a ${k.pick(['45-minute', '1-hour', '30-min'])} interview.`,
            `We'd like to schedule your next interview for the ${j.role} role${withHm ? ` with ${hm.name}, our ${j.hmTitle}` : ''}.`,
          ]),
          k.pick([
            'Here are a few options:',
            'Do any of these times work for you?',
            'Would any of the following work?',
            'Current openings on the calendar:',
          ]),
          bullets(
            k,
            opts.map((m) => slotLine(k, m)),
          ),
          k.pick([
            "If none of these work, send me a few times that do and I'll do my best to accommodate.",
            "Just reply with the one that suits and I'll send out an invite.",
            'Please let me know by end of day tomorrow if possible, as these slots fill up quickly.',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, people),
      };
    },
  },
  {
    id: 'recruiter-proposes-slots-uk',
    label: 'interview_request',
    note: 'UK/AU/IN recruiter proposes slots written day-first and 24h; none is fixed yet',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-IN'] as const));
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const s = sign(
        k,
        r,
        k.pick([...RECRUITER_TITLES, 'Resourcing Partner', 'HR Business Partner']),
        company,
      );
      const opts = slots(k, k.int(2, 4));
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Interview - ${j.role} - ${company.name}`,
          `Next stage: ${j.role}`,
          `Arranging your interview`,
          `RE: ${j.role} application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(k.chance(0.5)),
          k.pick([
            `Thank you for your application for the ${j.role} role. I'm pleased to let you know the hiring team would like to invite you to a first-stage interview.`,
            `Following your application, we'd like to invite you to interview for the position of ${j.role} at ${company.name}.`,
            `Good news — you've been shortlisted for interview for our ${j.role} vacancy.`,
          ]),
          k.pick([
            'Could you let me know which of the following slots would suit you?',
            'We have the following slots available:',
            'Please could you confirm which of these times works best:',
          ]),
          bullets(
            k,
            opts.map((m) => slotLine(k, m)),
          ),
          k.pick([
            `The interview will be held over ${k.pick(['Teams', 'Zoom', 'Google Meet'])} and will last around ${k.pick(['45 minutes', 'an hour', '30 minutes'])}.`,
            `The interview will take place at our ${k.pick(['Manchester', 'London', 'Leeds', 'Bristol', 'Sydney', 'Bengaluru'])} office.`,
            '',
          ]),
          k.pick([
            "If none of these are convenient, do let me know and I'll see what else we can offer.",
            'I look forward to hearing from you.',
            'Many thanks.',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', r.email, s.phone)]),
      };
    },
  },
  {
    id: 'next-round-invitation',
    label: 'interview_request',
    note: 'invitation to the next round (technical, panel, case) after a previous stage; availability or link, no time',
    make(k) {
      const company = k.company();
      const j = job(k);
      const viaAts = k.chance(0.35);
      const system = k.system('greenhouse', 'lever', 'ashby', 'workable');
      const r = k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const round = k.pick([
        'a 60-minute technical interview with two of our engineers',
        'a panel interview with members of the team',
        'the second round: a case discussion with the hiring manager',
        'our final round, which consists of three back-to-back conversations',
        'a deep-dive interview on a past project of yours',
        'a second-stage interview',
      ]);
      const ask = k.pick([
        'Could you share your availability for the next week?',
        'Please let me know a few days and times that work for you over the next two weeks.',
        `Please use this link to choose a time: ${viaAts ? system.link(company, `sched/${k.token(10)}`) : rnd(k, company)}`,
        'Reply with your availability and our coordinator will send the invites.',
      ]);
      return {
        from: viaAts ? system.from(company) : k.addr(r),
        to: to(k),
        subject: k.pick([
          `Next steps with ${company.name}`,
          `Invitation to the next round - ${j.role}`,
          `${j.role}: moving forward!`,
          `Round 2 - ${company.name}`,
          `Congratulations - you're through to the next stage`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for taking the time to speak with us about the ${j.role} role. The team really enjoyed the conversation.`,
            `Congratulations on making it through the first stage for ${j.role}!`,
            `I have some great news: the team would like to move you forward in the process for ${j.role}.`,
            `Thanks for completing your first interview with ${company.name}. We'd love to keep the conversation going.`,
          ]),
          `The next step is ${round}.`,
          ask,
          k.pick([
            "I'll send a short prep guide once we've locked in a time.",
            'Let me know if you have any questions ahead of time.',
            '',
          ]),
          viaAts ? `Best,\n${r.name}\n${company.name} Recruiting` : s.text,
          viaAts ? k.footer(company, system) : '',
        ),
        expected: exp(company.name, j.role, [
          who(r, 'recruiter', viaAts ? null : r.email, viaAts ? null : s.phone),
        ]),
      };
    },
  },
  {
    id: 'final-round-onsite-request',
    label: 'interview_request',
    note: 'invitation to a final-round onsite; a coordinator will arrange dates and travel; nothing fixed',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const coord = k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const coordMail = k.chance(0.5);
      return {
        from: k.addr(r),
        to: to(k),
        cc: coordMail ? k.addr(coord) : undefined,
        subject: k.pick([
          `Final round - ${company.name}`,
          `Onsite invitation: ${j.role}`,
          `We'd love to bring you onsite!`,
          `${company.name} ${j.role} - final interviews`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `The feedback from your interviews has been really positive, and we'd like to invite you to our final round for ${j.role}.`,
            `I'm happy to share that the team would like you to come in for a final-round onsite for the ${j.role} role.`,
          ]),
          k.pick([
            `The onsite is a half day at our ${k.pick(['Austin', 'Denver', 'Boston', 'Toronto', 'London', 'Dublin'])} office and includes ${k.int(3, 5)} conversations with the team plus lunch.`,
            'It will be around four hours in total, split into a technical session, a collaboration exercise and a conversation with leadership.',
          ]),
          `${coord.name}${coordMail ? " (cc'd)" : ''}, our ${k.pick(COORD_TITLES)}, will ${k.pick(['be in touch to find dates that work', 'reach out to coordinate dates and travel', 'help arrange the day and your travel'])}. ${k.pick(['We cover travel and accommodation.', 'Travel expenses will be reimbursed.', ''])}`,
          k.pick([
            'In the meantime, could you let us know any dates over the next two weeks that would NOT work?',
            'Please send your availability for the coming two weeks when you get a chance.',
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [
          who(r, 'recruiter', r.email, s.phone),
          who(coord, 'recruiter', coordMail ? coord.email : null),
        ]),
      };
    },
  },
  {
    id: 'agency-client-wants-to-interview',
    label: 'interview_request',
    note: 'agency consultant: the client (named or confidential) wants to interview; asks availability. Agency is not the employer',
    count: 11,
    make(k) {
      const ag = agency(k);
      const client = k.company();
      const named = k.chance(0.55);
      const j = job(k);
      const c = k.person(ag);
      const s = sign(
        k,
        c,
        k.pick([
          'Senior Consultant',
          'Recruitment Consultant',
          'Principal Consultant',
          'Talent Consultant',
          'Associate Director',
        ]),
        ag,
        true,
      );
      const clientText = named
        ? client.name
        : k.pick([
            'my client',
            'the client (a Series B fintech)',
            'our client, a leading healthcare provider',
            'the client',
          ]);
      const hm = k.person(client);
      const withHm = named && k.chance(0.4);
      const people = [who(c, 'agency_consultant', c.email, s.phone)];
      if (withHm) people.push(who(hm, 'hiring_manager', null));
      return {
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `Interview request - ${j.role}${named ? ` - ${client.name}` : ''}`,
          `Great news! ${named ? client.name : 'Client'} interview`,
          `RE: ${j.role} opportunity`,
          `${j.role} - client feedback & next steps`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Hope you're well! Great news — ${clientText} ${named ? 'have' : 'has'} reviewed your CV for the ${j.role} role and would like to meet you.`,
            `Quick one: I heard back from ${clientText} about the ${j.role} position and they're keen to set up a first interview.`,
            `Following our conversation last week, I submitted your profile to ${clientText} and they'd like to invite you to interview.`,
          ]),
          withHm ? `You'd be meeting ${hm.name}, the ${j.hmTitle}, over video for about 45 minutes.` : '',
          k.pick([
            'Can you send me your availability for Thursday and Friday this week, and Monday next week?',
            "What does your diary look like next week? Send me a few slots and I'll coordinate with them.",
            `They've suggested early next week — could you let me know which mornings or afternoons work?`,
          ]),
          k.pick([
            "I'll give you a call beforehand to prep you on the team and what they're looking for.",
            'Give me a ring if easier.',
            'Really pleased for you — this is a great opportunity.',
          ]),
          s.text,
          k.pick([
            `${ag.name} is acting as an employment agency in relation to this vacancy.`,
            `${ag.name} Ltd | Registered in England and Wales`,
            '',
          ]),
        ),
        expected: exp(named ? client.name : null, j.role, people),
      };
    },
  },
  {
    id: 'german-einladung-terminvorschlaege',
    label: 'interview_request',
    note: 'German invitation to interview (Vorstellungsgespräch/Kennenlerngespräch): asks for availability or offers slots',
    make(k) {
      k.as('de');
      const company = k.company();
      const j = job(k, ['engineering', 'business', 'data', 'product', 'design']);
      const r = k.person(company);
      const viaPersonio = k.chance(0.35);
      const opts = slots(k, k.int(2, 3));
      const slotsText = opts.map((m) =>
        k.pick([
          `${m.date('de')}, ${m.time('de')}`,
          `${m.date('de-numeric')} um ${m.time('de')}`,
          `${m.date('de')} ab ${m.time('24h')} Uhr`,
        ]),
      );
      return {
        from: viaPersonio ? `${company.name} Recruiting <noreply@personio.de>` : k.addr(r),
        to: to(k),
        subject: k.pick([
          `Einladung zum Vorstellungsgespräch – ${j.role}`,
          `Ihre Bewerbung als ${j.role} – nächste Schritte`,
          `Einladung zum Kennenlernen bei ${company.name}`,
          `Terminabstimmung: ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Sehr geehrte/r ${k.candidate.name},`,
            `Hallo ${k.candidate.first},`,
            `Guten Tag ${k.candidate.name},`,
          ]),
          k.pick([
            `vielen Dank für Ihre Bewerbung als ${j.role} und das damit verbundene Interesse an ${company.name}.`,
            `herzlichen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt!`,
          ]),
          k.pick([
            'Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem ersten Gespräch ein.',
            'Wir würden uns freuen, Sie in einem ca. 45-minütigen Videocall näher kennenzulernen.',
            'Wir möchten Sie herzlich zu einem Vorstellungsgespräch einladen.',
          ]),
          k.chance(0.5)
            ? `Folgende Termine könnten wir Ihnen anbieten:\n${bullets(k, slotsText)}\n\nBitte teilen Sie uns mit, welcher Termin Ihnen passt.`
            : k.pick([
                'Bitte nennen Sie uns hierfür zwei bis drei Terminvorschläge in den kommenden zwei Wochen.',
                `Über folgenden Link können Sie sich direkt einen passenden Termin auswählen: ${rnd(k, company)}`,
                'Teilen Sie uns gerne mit, wann Sie in der nächsten Woche verfügbar sind.',
              ]),
          k.pick([
            'Wir freuen uns auf das Gespräch mit Ihnen!',
            'Bei Fragen stehen wir Ihnen gerne zur Verfügung.',
          ]),
          `${k.pick(['Mit freundlichen Grüßen', 'Viele Grüße', 'Beste Grüße'])}\n${r.name}\n${k.pick(['Talent Acquisition', 'HR / Recruiting', 'People & Culture'])}\n${company.name}`,
          viaPersonio ? 'Diese E-Mail wurde über Personio versendet.' : '',
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', viaPersonio ? null : r.email)]),
      };
    },
  },
  {
    id: 'french-invitation-entretien',
    label: 'interview_request',
    note: 'French invitation to an entretien; asks disponibilités or a booking link',
    count: 9,
    make(k) {
      k.as('fr');
      const company = k.company();
      const j = job(k, ['engineering', 'business', 'data', 'product', 'design']);
      const r = k.person(company);
      const opts = slots(k, 2);
      return {
        from: k.chance(0.3) ? `${company.name} <no-reply@welcomekit.example>` : k.addr(r),
        to: to(k),
        subject: k.pick([
          `Invitation à un entretien – ${j.role}`,
          `Votre candidature chez ${company.name}`,
          `${company.name} – prochaine étape pour le poste de ${j.role}`,
          `Échange autour du poste ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Bonjour ${k.candidate.first},`, `Bonjour ${k.candidate.name},`, `Madame, Monsieur,`]),
          k.pick([
            `Nous vous remercions pour votre candidature au poste de ${j.role}. Votre profil a retenu toute notre attention.`,
            `Suite à votre candidature pour le poste de ${j.role}, nous souhaiterions échanger avec vous.`,
          ]),
          k.pick([
            'Nous aimerions vous proposer un premier entretien en visio (environ 45 minutes).',
            "Nous serions ravis de vous rencontrer lors d'un entretien avec le manager de l'équipe.",
          ]),
          k.chance(0.5)
            ? `Seriez-vous disponible à l'un des créneaux suivants ?\n${bullets(
                k,
                opts.map((m) => `${m.date('fr')} à ${m.time('fr')}`),
              )}`
            : k.pick([
                'Pourriez-vous nous indiquer vos disponibilités pour la semaine prochaine ?',
                `Vous pouvez réserver directement un créneau via ce lien : ${rnd(k, company)}`,
              ]),
          `${k.pick(['Bien cordialement,', 'Cordialement,', 'Belle journée,'])}\n${r.name}\n${k.pick(['Chargée de recrutement', 'Talent Acquisition', 'Responsable RH'])} – ${company.name}`,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter')]),
      };
    },
  },
  {
    id: 'spanish-invitacion-entrevista',
    label: 'interview_request',
    note: 'Spanish invitation to an entrevista; asks disponibilidad or offers options',
    count: 9,
    make(k) {
      k.as('es');
      const company = k.company();
      const j = job(k, ['engineering', 'business', 'data', 'product', 'design']);
      const r = k.person(company);
      const opts = slots(k, k.int(2, 3));
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Invitación a entrevista – ${j.role}`,
          `Tu candidatura en ${company.name}`,
          `Proceso de selección ${j.role} – siguiente paso`,
          `Entrevista ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hola ${k.candidate.first}:`,
            `Estimado/a ${k.candidate.name}:`,
            `Buenos días ${k.candidate.first},`,
          ]),
          k.pick([
            `Gracias por tu interés en la posición de ${j.role} en ${company.name}. Nos ha gustado mucho tu perfil.`,
            `Hemos revisado tu candidatura para el puesto de ${j.role} y nos gustaría conocerte.`,
          ]),
          k.pick([
            'Queremos invitarte a una primera entrevista por videollamada de unos 30 minutos.',
            'Nos gustaría invitarle a una entrevista con el responsable del equipo.',
          ]),
          k.chance(0.5)
            ? `Te propongo estas opciones:\n${bullets(
                k,
                opts.map((m) => `${m.date('es')} a las ${m.time('24h')}`),
              )}\n¿Cuál te viene mejor?`
            : k.pick([
                '¿Podrías indicarnos tu disponibilidad para la próxima semana?',
                'Por favor, indíquenos qué días y horas le vendrían bien.',
              ]),
          `${k.pick(['Un saludo,', 'Saludos cordiales,', 'Quedo atenta,'])}\n${r.name}\n${k.pick(['Talent Acquisition', 'Recursos Humanos', 'Selección'])} | ${company.name}`,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', r.email)]),
      };
    },
  },
  {
    id: 'reply-thread-recruiter-asks-call',
    label: 'interview_request',
    note: "recruiter's reply above the candidate's quoted application email; asks for a call, no time fixed",
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const s = sign(k, r, k.pick([...RECRUITER_TITLES, j.hmTitle]), company, false);
      const earlier = k.sent.plusDays(-k.int(2, 9));
      const prev = k.paragraphs(
        `Hi ${k.pick(['there', r.first, 'team'])},`,
        `I'm writing to apply for the ${j.role} position advertised on your careers page. Please find my CV attached.`,
        k.pick([
          'I would welcome the chance to discuss how I could contribute.',
          'Happy to provide more detail on any of my experience.',
        ]),
        `Best,\n${k.candidate.name}`,
      );
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([`Re: Application - ${j.role}`, `RE: ${j.role} application`, `Re: ${j.role} role`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            'Thanks for reaching out, and apologies for the slow reply!',
            'Thanks for your note and CV.',
            'Appreciate you applying directly.',
          ]),
          k.pick([
            'Your background looks like a strong fit. Would you be free for a call this week to talk it through?',
            "I'd like to set up an interview with the team. When are you free over the next few days?",
            "We'd love to chat. Are there any times Tuesday–Thursday that work for you?",
          ]),
          s.text,
          k.quote(prev, k.candidate, earlier),
        ),
        expected: exp(company.name, j.role, [
          who(r, s.text.includes(j.hmTitle) ? 'hiring_manager' : 'recruiter'),
        ]),
      };
    },
  },
  {
    id: 'very-short-quick-call-ask',
    label: 'interview_request',
    note: 'two-line note from a recruiter or manager ("free for a quick call tomorrow or Thu?"); role only in the subject or absent',
    make(k) {
      const company = k.company();
      const j = job(k);
      const p = k.person(company, 'first');
      const named = k.chance(0.6);
      const isHm = k.chance(0.4);
      return {
        from: k.addr(p),
        to: k.candidate.email,
        subject: named
          ? k.pick([`Re: ${j.role}`, `${j.role}`, `${j.role} - quick call`])
          : k.pick(['Quick call?', 'Following up', 'Re: your application', '']),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `${k.candidate.first} -`, '']),
          k.pick([
            'Are you around for a quick call tomorrow or Thursday? 20 mins max.',
            `Would love to chat about ${company.name} - any time work for you this week?`,
            'Got time for a short interview call early next week? Let me know what suits.',
            'Can we jump on a call in the next couple days? Send me some times.',
          ]),
          k.pick([`${p.first}`, `- ${p.first}`, `Thanks,\n${p.name}\n${company.name}`]),
          k.pick(['Sent from my iPhone', 'Sent from Outlook for Android', '']),
        ),
        expected: exp(company.name, named ? j.role : null, [who(p, isHm ? 'hiring_manager' : 'recruiter')]),
        note: 'role named only in the subject (or not at all); sender role ambiguous',
      };
    },
  },
  {
    id: 'hourly-hiring-assistant-pick-slot',
    label: 'interview_request',
    note: 'high-volume hourly hiring: virtual assistant text-style mail offers numbered slots to reply with; a store manager named',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA', 'en-GB'] as const));
      const company = k.company();
      const j = job(k, ['service', 'care']);
      const bot = k.pick(['Ava', 'Max', 'Riley', 'Sam']);
      const mgr = k.person(company);
      const withMgr = k.chance(0.5);
      const opts = slots(k, 3, 1, 5);
      const loc = `${k.pick(['Riverton', 'Lakeside', 'Fairhaven', 'Millbrook', 'Springfield'])} ${k.pick(['#' + k.int(100, 999), 'Store', 'Distribution Center', 'Clinic'])}`;
      return {
        from: `${company.name} Hiring <${k.pick(['hiring', 'jobs', 'careers'])}@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `${k.candidate.first}, pick your interview time!`,
          `Interview invite: ${j.role} at ${company.name}`,
          `You're invited to interview - ${company.name}`,
          `Next step for ${j.role} (${loc})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first}! This is ${bot}, the virtual recruiting assistant for ${company.name}.`,
          `Great news - ${withMgr ? `${mgr.first} ${mgr.last}, the ${k.pick(HM_TITLES[j.field])} at` : 'the hiring team at'} our ${loc} location would like to interview you for ${j.role}.`,
          `Please choose a time:\n${opts.map((m, i) => `${i + 1}) ${isUS(k) ? `${wd3(m)} ${m.month}/${m.day} ${m.time('us-compact')}` : `${wd3(m)} ${m.day}/${m.month} ${m.time('24h')}`}`).join('\n')}`,
          k.pick([
            'Reply with 1, 2 or 3 to book, or reply MORE for other times.',
            `Tap here to choose: https://${company.slug}.hiring-assistant.example/s/${k.token(8)}`,
          ]),
          k.pick([
            'Msg & data rates may apply. Reply STOP to opt out.',
            'This mailbox is monitored by an automated assistant.',
            '',
          ]),
        ),
        expected: exp(company.name, j.role, withMgr ? [who(mgr, 'hiring_manager', null)] : []),
      };
    },
  },
  {
    id: 'campus-first-round-signup-deadline',
    label: 'interview_request',
    note: 'campus/early-careers first-round invitation: sign up for a slot by a deadline (the deadline is not the interview)',
    count: 9,
    make(k) {
      const company = k.company();
      const program = k.pick([
        'Software Engineering Intern',
        'Summer Analyst',
        'Graduate Analyst',
        'Data Science Intern',
        'Technology Graduate Programme',
        'Associate Product Manager',
      ]);
      const deadline = k.later(2, 4);
      const dl = isUS(k)
        ? `${deadline.date('us-long')} at 11:59 PM ${tzLoose(k, deadline)}`
        : `${deadline.date('uk-long')} at 23:59`;
      const system = k.system('greenhouse', 'workday', 'successfactors', 'own');
      const link = system.link(company, `campus-${k.token(8)}`);
      return {
        from: k.pick([
          `${company.name} Campus Recruiting <campus@${company.domain}>`,
          `${company.name} Early Careers <earlycareers@${company.domain}>`,
          system.from(company),
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Invitation to First Round Interviews - ${program}`,
          `${company.name} ${program}: please sign up for an interview`,
          `Congratulations! Next step in your ${program} application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          `Congratulations! We are pleased to invite you to a first-round interview for the ${program} ${k.pick(['position', 'program', 'role'])} at ${company.name}.`,
          k.pick([
            `First-round interviews are 30 minutes, conducted virtually, and will be held over the next two weeks.`,
            'Interviews will take place virtually over the coming fortnight. Each interview lasts 45 minutes and includes behavioral and technical questions.',
          ]),
          `Please sign up for an available time slot using the link below no later than ${dl}:\n${link}`,
          k.pick([
            'Slots are allocated on a first-come, first-served basis. If you do not sign up by the deadline, we will assume you are no longer interested.',
            'If you need accommodations for your interview, please let us know.',
          ]),
          `Best of luck,\n${company.name} ${k.pick(['Campus Recruiting', 'Early Careers Team', 'University Recruiting'])}`,
          k.footer(company, system),
        ),
        expected: exp(company.name, program, []),
        note: 'a sign-up deadline with a time is not an interview time',
      };
    },
  },
  {
    id: 'coordinator-availability-for-virtual-onsite',
    label: 'interview_request',
    note: 'coordinator asks for availability blocks for a multi-part interview, naming the interviewers',
    make(k) {
      const company = k.company();
      const j = job(k);
      const coord = k.person(company);
      const s = sign(k, coord, k.pick(COORD_TITLES), company);
      const ivs = [k.person(company), k.person(company), k.person(company)].slice(0, k.int(2, 3));
      const titles = ivs.map(() => j.ivTitle());
      return {
        from: k.addr(coord),
        to: to(k),
        subject: k.pick([
          `${company.name}: availability for your virtual onsite`,
          `Scheduling your final interviews - ${j.role}`,
          `Availability request - ${j.role} interview loop`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `I'm ${coord.first}, and I'll be coordinating your ${k.pick(['virtual onsite', 'interview loop', 'final round'])} for the ${j.role} role. Congrats on moving forward!`,
          `The loop is ${ivs.length} ${k.pick(['sessions', 'interviews'])} of ${k.pick(['45', '60'])} minutes each with:\n${bullets(
            k,
            ivs.map((p, i) => `${p.name}, ${titles[i]}`),
          )}`,
          k.pick([
            'Could you reply with your availability over the next 5 business days? Please give blocks of at least 3 hours and include your time zone.',
            'Please share all the times you could do over the next week and a half; it helps to have as many options as possible since we are aligning several calendars.',
            `Please send me a few half-day windows${isUS(k) ? ' (ET or PT is fine, just specify)' : ''} and I will confirm the schedule.`,
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [
          who(coord, 'recruiter', coord.email, s.phone),
          ...ivs.map((p) => who(p, 'interviewer', null)),
        ]),
      };
    },
  },
  {
    id: 'ats-book-a-meeting-short-notice',
    label: 'interview_request',
    note: 'short ATS notification (Teamtailor/Workable/Recruitee/BambooHR) "invited you to book a meeting"',
    make(k) {
      const company = k.company();
      const system = k.system('teamtailor', 'workable', 'recruitee', 'bamboohr');
      const j = job(k);
      const r = k.person(company);
      const named = k.chance(0.6);
      const link = system.link(company, `meetings/${k.token(12)}`);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `${named ? r.name : company.name} invited you to book a meeting`,
          `Book an interview: ${j.role}`,
          `Interview invitation from ${company.name}`,
          `Please pick a time for your interview`,
        ]),
        date: k.date,
        body: k.chance(0.3)
          ? k.paragraphs(`Book a time for your interview for ${j.role}: ${link}`, system.footer(company))
          : k.paragraphs(
              k.header(company),
              `Hi ${k.candidate.first},`,
              `${named ? `${r.name} from ${company.name}` : company.name} has invited you to book a ${k.pick(['video interview', 'meeting', 'first interview', 'phone interview'])} regarding the ${j.role} position.`,
              k.pick([
                'Choose a time that suits you:',
                'Select an available time slot below.',
                'Click the button to see available times.',
              ]),
              `[Book meeting] ${link}`,
              k.pick(['The meeting will be 30 minutes.', 'Duration: 45 min', '']),
              system.footer(company),
            ),
        expected: exp(company.name, j.role, named ? [who(r, 'recruiter', null)] : []),
      };
    },
  },
  {
    id: 'startup-founder-hop-on-a-call',
    label: 'interview_request',
    note: 'startup founder writes informally after an application; "hop on a call", sometimes a booking link',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'design', 'product', 'data', 'business']);
      const f = k.person(company, 'first');
      const title = k.pick(['Co-founder & CEO', 'Founder', 'Co-founder & CTO', 'CEO']);
      return {
        from: k.addr(f),
        to: k.candidate.email,
        subject: k.pick([
          `${j.role} @ ${company.name}`,
          `Your application`,
          `hey from ${company.name}`,
          `Re: ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hey ${k.candidate.first}!`, `Hi ${k.candidate.first},`]),
          k.pick([
            `Saw your application for ${j.role} — loved the ${k.pick(['side project', 'portfolio', 'open source work', 'case study'])} you linked.`,
            `${f.first} here, one of the founders of ${company.name}. Went through your application for ${j.role} this morning.`,
          ]),
          k.pick([
            "We're a small team (12 people) so I do the first interviews myself.",
            "We're moving fast on this hire.",
            '',
          ]),
          k.pick([
            `Want to hop on a call this week? Here's my calendar: https://cal.example/${f.first.toLowerCase()}/30`,
            'Want to hop on a call this week? Just reply with a time that works.',
            'Any chance you have 30 min for a call in the next few days?',
          ]),
          `${f.first}\n${title}, ${company.name}`,
        ),
        expected: exp(company.name, j.role, [who(f, 'hiring_manager')]),
      };
    },
  },
  {
    id: 'interviewer-unavailable-need-new-time',
    label: 'interview_request',
    note: 'the booked interview must move and a NEW time is asked for (old time mentioned, no new time fixed)',
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const iv = k.person(company);
      const s = sign(k, r, k.pick([...RECRUITER_TITLES, ...COORD_TITLES]), company);
      const old = k.later(1, 3);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Need to reschedule your interview`,
          `Change of plan - ${j.role} interview`,
          `Re: Interview - ${j.role}`,
          `Rescheduling request: ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm really sorry, but ${iv.name} has had something urgent come up and won't be able to make your interview on ${dayText(k, old)}.`,
            `Unfortunately we need to move your interview scheduled for ${whenText(k, old, false)} — ${iv.name} is out sick.`,
            `Apologies for the late notice: we have to cancel the ${old.weekdayName} conversation with ${iv.name} due to a conflict.`,
          ]),
          k.pick([
            'Could you send me a few other times that work for you over the next week?',
            'Would you be able to share some alternative availability? Anything next week works on our side.',
            "I'll send a link with new options shortly — feel free to reply with times in the meantime.",
          ]),
          k.pick(['Thanks for your flexibility!', 'Again, sorry for the inconvenience.', '']),
          s.text,
        ),
        expected: exp(company.name, j.role, [
          who(r, 'recruiter', r.email, s.phone),
          who(iv, 'interviewer', null),
        ]),
        note: 'cancelled old time mentioned; no new time fixed',
      };
    },
  },
  {
    id: 'public-sector-shortlisted-book-slot',
    label: 'interview_request',
    note: 'public-sector/university formal "shortlisted for interview", interviews held on a date; book a slot via portal by a deadline',
    count: 9,
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-US'] as const));
      const a = k.company();
      const name = k.pick([
        `City of ${a.name.split(' ')[0]}`,
        `${a.name.split(' ')[0]} University`,
        `${a.name.split(' ')[0]} Community Hospital`,
        `${a.name.split(' ')[0]} County Council`,
      ]);
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
      const company: Company = { name, slug, domain: `${slug}.example` };
      const j = job(k, ['business', 'education', 'care', 'data']);
      const day = k.later(6, 10);
      const deadline = k.later(2, 4);
      const ref = `${k.pick(['REQ', 'JR', 'VAC'])}${k.digits(5)}`;
      return {
        from: `${name} Recruitment <recruitment@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Invitation to interview: ${j.role} (${ref})`,
          `${ref} ${j.role} - shortlisted`,
          `Interview invitation - ${j.role} - ${name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Post: ${j.role}\nReference: ${ref}`,
          `I am pleased to inform you that you have been shortlisted for interview for the above post.`,
          `Interviews will be held on ${isUS(k) ? day.date('us-long') : day.date('uk-long')} ${k.pick(['at our main offices', 'via Microsoft Teams', 'on site'])}.`,
          `Please log in to your candidate account to select your interview slot by ${isUS(k) ? deadline.date('us-long') : deadline.date('uk-long')}. ${k.pick(['Slots are allocated on a first come, first served basis.', 'If you are unable to attend on this date please contact us as soon as possible.'])}`,
          k.pick([
            'The panel will consist of the line manager and a member of the HR team. You will be asked to give a 10 minute presentation.',
            'Please bring photographic ID and original certificates of your qualifications.',
            '',
          ]),
          `Yours sincerely,\n\nRecruitment Team\n${name}`,
          'This is an automated email. Please do not reply directly.',
        ),
        expected: exp(name, j.role, []),
        note: 'interview day named without a time; booking deadline is not the interview',
      };
    },
  },
  {
    id: 'forwarded-hiring-manager-wants-to-speak',
    label: 'interview_request',
    note: 'recruiter forwards the hiring manager\'s internal note ("would like to speak with them") and asks availability',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const hm = k.person(company);
      const when = earlier(k);
      const inner = k.paragraphs(
        `${r.first},`,
        k.pick([
          `Had a look at ${k.candidate.first}'s CV for the ${j.role} role - strong background. I'd like to speak with them this week or next if possible.`,
          `Yes please, let's get ${k.candidate.name} in for a first conversation.`,
        ]),
        `${hm.first}`,
      );
      return {
        from: k.addr(r),
        to: to(k),
        subject: `${k.pick(['FW', 'Fwd'])}: ${k.candidate.name} - ${j.role}`,
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Good news, see below from ${hm.first}, our ${j.hmTitle}! Could you send me your availability for a ${k.pick(['30', '45'])} minute interview?`,
            `Forwarding the note from the hiring manager below - they'd like to meet you. What times work for you over the next week?`,
          ]),
          sign(k, r, k.pick(RECRUITER_TITLES), company, false).text,
          k.forward({
            from: k.addr(hm),
            subject: `RE: ${k.candidate.name} - ${j.role}`,
            when,
            to: k.addr(r),
            body: inner,
          }),
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter'), who(hm, 'hiring_manager')]),
      };
    },
  },
  {
    id: 'healthcare-call-us-to-schedule',
    label: 'interview_request',
    note: 'hospital/clinic recruiter: the manager wants to interview, call a named person at a phone number to schedule',
    count: 9,
    make(k) {
      const a = k.company();
      const name = k.pick([
        `${a.name.split(' ')[0]} Community Hospital`,
        `${a.name.split(' ')[0]} Health`,
        `${a.name.split(' ')[0]} Dental`,
      ]);
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
      const company: Company = { name, slug, domain: `${slug}.example` };
      const j = job(k, ['care']);
      const r = k.person(company);
      const unit = k.pick([
        'Med-Surg',
        'ICU',
        'Emergency Department',
        'Outpatient Clinic',
        'Pediatrics',
        'Oncology',
      ]);
      return {
        from: k.chance(0.5) ? k.addr(r) : `${name} Careers <talent@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `${j.role} - ${unit} - Interview`,
          `Interview request: ${j.role}`,
          `Your application with ${name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Thank you for applying for the ${j.role} position in our ${unit}. The ${k.pick(['nurse manager', 'department manager', 'clinical lead', 'practice manager'])} has reviewed your application and would like to interview you.`,
          `Please call ${r.name} at ${r.phone} ${k.pick(['to schedule your interview', 'at your earliest convenience to set up a time', 'between 8am and 4pm to arrange your interview'])}, or reply to this email with your availability.`,
          k.pick([
            'Please note: we are unable to hold interview spots for more than 5 business days.',
            'We look forward to speaking with you.',
            '',
          ]),
          `${k.pick(['Sincerely,', 'Thank you,'])}\n${r.name}\n${k.pick(['Talent Acquisition Specialist', 'Nurse Recruiter', 'HR Coordinator'])}\n${name}`,
        ),
        expected: exp(name, j.role, [who(r, 'recruiter', null, r.phone)]),
      };
    },
  },
  {
    id: 'nudge-please-schedule-interview',
    label: 'interview_request',
    note: 'follow-up nudge: you have not yet picked an interview time; link again',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k);
      const system = k.system('greenhouse', 'lever', 'ashby', 'icims', 'workday');
      const r = k.person(company);
      const personal = k.chance(0.4);
      const sentBefore = k.sent.plusDays(-k.int(2, 5), 10, 12);
      const first = `Hi ${k.candidate.first},\n\nPlease use the link below to schedule your interview for ${j.role}.\n${system.link(company, `sched/${k.token(10)}`)}`;
      return {
        from: personal ? k.addr(r) : system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Reminder: schedule your interview with ${company.name}`,
          `Friendly reminder - pick your interview time`,
          `Re: Interview invitation - ${j.role}`,
          `Still interested in ${j.role}?`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Just a friendly reminder that we haven't received your interview selection for ${j.role} yet.`,
            `Following up on my note below — we'd still love to get an interview on the calendar for ${j.role}.`,
            `We noticed you haven't yet scheduled your interview. Spots are filling up!`,
          ]),
          k.pick([
            'Please select a time at your earliest convenience.',
            "If you're no longer interested, just let us know so we can update your application.",
            'If the available times do not work, reply and we will find another option.',
          ]),
          personal
            ? sign(k, r, k.pick(RECRUITER_TITLES), company, false).text
            : `Thanks,\n${company.name} Talent Team`,
          personal ? k.quote(first, r, sentBefore) : system.footer(company),
        ),
        expected: exp(company.name, j.role, personal ? [who(r, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'linkedin-message-notification-interview',
    label: 'interview_request',
    note: "job-network message notification: a recruiter's message inviting to interview, shown inside the platform wrapper",
    count: 8,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const title = k.pick(RECRUITER_TITLES);
      return {
        from: `${r.name} via LinkedIn <messages-noreply@linkedin.com>`,
        to: k.candidate.email,
        subject: k.pick([
          `${r.first} sent you a message`,
          `New message from ${r.name}`,
          `${r.name}: ${j.role} - interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${r.name}\n${title} at ${company.name}`,
          k.pick([
            `Hi ${k.candidate.first}, thanks for applying to the ${j.role} role at ${company.name}! I'd love to set up a first interview - what's your availability like this week?`,
            `Hello ${k.candidate.first} - we received your application for ${j.role}. The team would like to interview you. Could you share a few times that work, or your email so I can send a booking link?`,
          ]),
          `View message: https://www.linkedin.com/messaging/thread/${k.token(16)}`,
          'You are receiving Messages notification emails.\nUnsubscribe · Help\n© LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.',
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', null)]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// interview_scheduled: a fixed time

function teamsBlock(k: Kit): string {
  const rule = '_'.repeat(80);
  return [
    rule,
    'Microsoft Teams meeting',
    k.pick(['Join on your computer, mobile app or room device', 'Join on your computer or mobile app']),
    `Click here to join the meeting<${teamsLink(k)}>`,
    `Meeting ID: ${k.digits(3)} ${k.digits(3)} ${k.digits(3)} ${k.digits(3)}`,
    `Passcode: ${k.token(6)}`,
    'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>',
    'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>',
    rule,
  ].join('\n');
}

function outlookWhen(k: Kit, m: Moment, end: Moment): string {
  return isUS(k)
    ? `${m.date('us-long')} ${m.time('us')}-${end.time('us')}. ${tzOutlook(m)}`
    : `${m.day < 10 ? '0' : ''}${m.day} ${mon(m)} ${m.year} ${m.time('24h')}-${end.time('24h')}. ${tzOutlook(m)}`;
}

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

const scheduled: Family[] = [
  {
    id: 'google-calendar-invitation-interview',
    label: 'interview_scheduled',
    note: 'Google Calendar invitation ("Invitation: … @ Tue Mar 4, 2026 2pm - 3pm (EST)"), Meet link, guest list of interviewers',
    count: 14,
    make(k) {
      const company = k.company();
      const j = job(k);
      const org = k.person(company);
      const m = k.later();
      const end = plusMin(m, k.pick([30, 45, 60, 60]));
      const ivs = [k.person(company), k.person(company), k.person(company)].slice(0, k.int(0, 3));
      const title = interviewTitle(k, company, j.role);
      const newStyle = k.chance(0.6);
      const guests = [`${org.name} - organizer`, ...ivs.map((p) => p.name), k.candidate.email];
      const guestsWithMail = [
        `${org.name} - organizer\n${org.email}`,
        ...ivs.map((p) => `${p.name}\n${p.email}`),
        k.candidate.email,
      ];
      const desc = k.pick([
        `Hi ${k.candidate.first}, looking forward to our conversation! ${ivs.length ? `You'll be meeting with ${ivs.map((p) => p.first).join(' and ')}.` : ''}`,
        `${company.name} ${j.role} interview. Please join from a quiet place with a stable connection.`,
        '',
        '',
      ]);
      const body = newStyle
        ? k.paragraphs(
            title,
            `${gcalBodyWhen(k, m, end)}\n${tzGoogle(m)}`,
            meetBlock(k),
            desc,
            `Guests\n${guestsWithMail.join('\n')}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=${k.token(40)}`,
            gcalFooter(k),
          )
        : k.paragraphs(
            'You have been invited to the following event.',
            `Title: ${title}\n${desc ? `${desc}\n` : ''}When: ${gcalSubjectWhen(k, m, end).replace(/ \([A-Z]+\)$/, '')} ${tzGoogle(m)}\nJoining info: Join with Google Meet\n${meetLink(k)}\n\nCalendar: ${k.candidate.email}\nWho:\n${guests.map((g) => `     • ${g}`).join('\n')}`,
            `more details » https://calendar.google.com/calendar/event?action=VIEW&eid=${k.token(40)}`,
            gcalFooter(k),
          );
      return {
        from: k.pick([k.addr(org), `${org.name} (Google Calendar) <calendar-notification@google.com>`]),
        to: k.candidate.email,
        subject: `Invitation: ${title} @ ${gcalSubjectWhen(k, m, end)} (${k.candidate.email})`,
        date: k.date,
        body,
        expected: exp(
          company.name,
          j.role,
          [who(org, 'recruiter'), ...ivs.map((p) => who(p, 'interviewer', newStyle ? p.email : null))],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'google-calendar-updated-invitation',
    label: 'interview_scheduled',
    note: 'Google Calendar "Updated invitation" after a reschedule: the new time is the interview time',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k);
      const org = k.person(company);
      const m = k.later();
      const end = plusMin(m, k.pick([30, 45, 60]));
      const title = interviewTitle(k, company, j.role);
      return {
        from: `${org.name} (Google Calendar) <calendar-notification@google.com>`,
        to: k.candidate.email,
        subject: `Updated invitation: ${title} @ ${gcalSubjectWhen(k, m, end)} (${k.candidate.email})`,
        date: k.date,
        body: k.paragraphs(
          k.pick(['This event has been updated', 'This event has been changed.']),
          k.pick(['Changed: time', 'Changed: date and time', '']),
          title,
          `${gcalBodyWhen(k, m, end)}\n${tzGoogle(m)}`,
          meetBlock(k),
          `Organizer\n${org.name}\n${org.email}`,
          `Guests\n${org.name} - organizer\n${k.candidate.email}`,
          gcalFooter(k),
        ),
        expected: exp(company.name, j.role, [who(org, 'recruiter')], m.iso),
      };
    },
  },
  {
    id: 'google-calendar-chat-with-team-no-interview-word',
    label: 'interview_scheduled',
    note: 'calendar invite titled as a chat/coffee/intro with the team (the word interview absent), sent by the hiring manager',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'design', 'product', 'data', 'business']);
      const hm = k.person(company, 'first');
      const m = k.later();
      const end = plusMin(m, k.pick([30, 30, 45]));
      const title = k.pick([
        `${k.candidate.first} / ${hm.first} - intro chat`,
        `Coffee chat: ${k.candidate.first} x ${company.name}`,
        `${company.name} team chat (${j.role})`,
        `Meet the team - ${k.candidate.name}`,
        `${hm.first} <> ${k.candidate.first}`,
      ]);
      const roleNamed = title.includes(j.role) || k.chance(0.5);
      return {
        from: `${hm.name} <${hm.email}>`,
        to: k.candidate.email,
        subject: `Invitation: ${title} @ ${gcalSubjectWhen(k, m, end)} (${k.candidate.email})`,
        date: k.date,
        body: k.paragraphs(
          title,
          `${gcalBodyWhen(k, m, end)}\n${tzGoogle(m)}`,
          meetBlock(k),
          roleNamed && !title.includes(j.role)
            ? k.pick([
                `Informal 30-minute chat about the ${j.role} role with ${hm.first} and a couple of folks from the team.`,
                `Getting to know each other - ${j.role}.`,
              ])
            : k.pick(['Looking forward to it!', '']),
          `Guests\n${hm.name} - organizer\n${hm.email}\n${k.candidate.email}`,
          gcalFooter(k),
        ),
        expected: exp(company.name, roleNamed ? j.role : null, [who(hm, 'hiring_manager')], m.iso),
      };
    },
  },
  {
    id: 'outlook-teams-meeting-invitation',
    label: 'interview_scheduled',
    note: 'Outlook meeting request with "When: … (UTC-05:00) Eastern Time" and a Teams block',
    count: 12,
    make(k) {
      const company = k.company();
      const j = job(k);
      const org = k.person(company);
      const m = k.later();
      const end = plusMin(m, k.pick([30, 45, 60, 90]));
      const title = interviewTitle(k, company, j.role);
      const ivs = [k.person(company), k.person(company)].slice(0, k.int(0, 2));
      const note = k.pick([
        `Hi ${k.candidate.first},\n\nPlease find the invite for your interview for the ${j.role} role below.${ivs.length ? ` You will be meeting ${ivs.map((p) => `${p.name} (${j.ivTitle()})`).join(' and ')}.` : ''}\n\nKind regards,\n${org.name}`,
        '',
        '',
      ]);
      return {
        from: k.addr(org),
        to: k.addr(k.candidate),
        cc: ivs.length ? ivs.map((p) => k.addr(p)).join(', ') : undefined,
        subject: k.pick([title, `${title}`, `Interview - ${j.role}`]),
        date: k.date,
        body: k.paragraphs(
          `When: ${outlookWhen(k, m, end)}`,
          `Where: ${k.pick(['Microsoft Teams Meeting', 'Microsoft Teams Meeting; ' + officeAddress(k)])}`,
          '*~*~*~*~*~*~*~*~*~*',
          note,
          teamsBlock(k),
          k.pick([`${company.name} | Internal & Confidential`, '']),
        ),
        expected: exp(
          company.name,
          j.role,
          [who(org, 'recruiter'), ...ivs.map((p) => who(p, 'interviewer'))],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'recruiter-pastes-zoom-invite',
    label: 'interview_scheduled',
    note: 'recruiter email with a pasted Zoom invitation ("Topic / Time: Mar 4, 2026 02:00 PM Eastern Time (US and Canada)")',
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const iv = k.person(company);
      const withIv = k.chance(0.6);
      const m = k.later();
      const s = sign(k, r, k.pick([...RECRUITER_TITLES, ...COORD_TITLES]), company);
      const zoneName: Record<Region, string> = {
        east: 'Eastern Time (US and Canada)',
        central: 'Central Time (US and Canada)',
        pacific: 'Pacific Time (US and Canada)',
        uk: 'London',
        cet: 'Amsterdam, Berlin, Rome, Stockholm, Vienna',
        india: 'India',
        aus: 'Sydney',
      };
      const zoomTime = `${mon3(m)} ${m.day}, ${m.year} ${String(m.hour % 12 || 12).padStart(2, '0')}:${String(m.minute).padStart(2, '0')} ${m.hour < 12 ? 'AM' : 'PM'} ${zoneName[region(m)]}`;
      const people = [who(r, 'recruiter', r.email, s.phone)];
      if (withIv) people.push(who(iv, 'interviewer', null));
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Zoom details for your interview - ${j.role}`,
          `Confirmed: ${j.role} interview`,
          `Your interview with ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for sending your availability. You're all set for ${whenText(k, m)}${withIv ? ` with ${iv.name}, ${j.ivTitle()}` : ''}. Zoom details below.`,
            `Please see the Zoom details below for your interview${withIv ? ` with ${iv.name}` : ''}.`,
          ]),
          `${r.name} is inviting you to a scheduled Zoom meeting.\n\nTopic: ${company.name} | ${j.role} Interview\nTime: ${zoomTime}\n\nJoin Zoom Meeting\n${zoomLink(k, company)}\n\nMeeting ID: ${k.digits(3)} ${k.digits(4)} ${k.digits(4)}\nPasscode: ${k.digits(6)}`,
          k.pick(['Good luck!', 'Let me know if anything changes on your end.', '']),
          s.text,
        ),
        expected: exp(company.name, j.role, people, m.iso),
      };
    },
  },
  {
    id: 'calendly-booking-confirmation',
    label: 'interview_scheduled',
    note: 'scheduling tool confirmation (Calendly-style) with event type, time range, zone and cancel/reschedule links',
    count: 11,
    make(k) {
      const company = k.company();
      const j = job(k);
      const host = k.person(company);
      const m = k.later(1, 8);
      const mins = k.pick([15, 30, 30, 45, 60]);
      const end = plusMin(m, mins);
      const zoneName: Record<Region, string> = {
        east: 'Eastern Time - US & Canada',
        central: 'Central Time - US & Canada',
        pacific: 'Pacific Time - US & Canada',
        uk: 'UK, Ireland, Lisbon Time',
        cet: 'Central European Time',
        india: 'India Standard Time',
        aus: 'Australia/Sydney',
      };
      const ev = k.pick([
        `${mins} Minute Interview`,
        `${company.name} Phone Screen`,
        `${j.role} - Intro Call`,
        `${mins} Minute Meeting`,
        `${company.name} Interview (${mins} min)`,
      ]);
      const roleNamed = ev.includes(j.role) || k.chance(0.4);
      const day = m.date(isUS(k) ? 'us-long' : 'uk-long');
      return {
        from: k.pick([
          'Calendly <notifications@calendly.com>',
          `${host.name} via Calendly <notifications@calendly.com>`,
        ]),
        to: k.candidate.email,
        subject: `Confirmed: ${ev} with ${host.name} on ${day}`,
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.name},`,
          `Your ${ev} with ${host.name} at ${m.time(isUS(k) ? 'us-lower' : '24h')} - ${end.time(isUS(k) ? 'us-lower' : '24h')} (${zoneName[region(m)]}) on ${day} is scheduled.`,
          `Event Type:\n${ev}`,
          `Location:\n${k.pick([`This is a Google Meet web conference. ${meetLink(k)}`, `Zoom: ${zoomLink(k, company)}`, `${host.first} will call you at ${k.candidate.phone}`])}`,
          roleNamed && !ev.includes(j.role) ? `Questions:\nWhich role are you applying for?\n${j.role}` : '',
          `Need to make changes to this event?\nCancel: https://calendly.com/cancellations/${k.token(20)}\nReschedule: https://calendly.com/reschedulings/${k.token(20)}`,
          'Powered by Calendly.com',
        ),
        expected: exp(
          ev.includes(company.name) ? company.name : null,
          roleNamed ? j.role : null,
          [who(host, 'recruiter', null)],
          m.iso,
        ),
        note: 'host email not shown; the employer is named only when the event name carries it',
      };
    },
  },
  {
    id: 'goodtime-itinerary-confirmation',
    label: 'interview_scheduled',
    note: 'scheduling tool (GoodTime-style) confirmation with an itinerary of sessions and interviewer names/titles',
    make(k) {
      const company = k.company();
      const j = job(k);
      const m = k.later();
      const n = k.int(2, 4);
      const ivs = Array.from({ length: n }, () => ({ p: k.person(company), t: j.ivTitle() }));
      const len = k.pick([30, 45, 60]);
      const rows = ivs.map(({ p, t }, i) => {
        const s = plusMin(m, i * (len + k.pick([0, 0, 15])));
        const e = plusMin(s, len);
        return `${isUS(k) ? `${s.time('us')} - ${e.time('us')}` : `${s.time('24h')} - ${e.time('24h')}`}  ${k.pick(['Technical', 'Behavioral', 'System Design', 'Hiring Manager', 'Culture Add', 'Portfolio Review', 'Case Study'])}\n    ${p.name}, ${t}`;
      });
      const coord = k.person(company);
      return {
        from: `${company.name} Recruiting <${k.pick(['scheduling', 'no-reply'])}@goodtime.io>`,
        to: k.candidate.email,
        subject: k.pick([
          `Your interview with ${company.name} is confirmed`,
          `Interview Confirmation: ${j.role} - ${m.date(isUS(k) ? 'us-short' : 'uk-short')}`,
          `${company.name} Interview Schedule`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          `Hi ${k.candidate.first},`,
          `Your ${k.pick(['virtual onsite', 'interview', 'final round'])} for ${j.role} is confirmed. Here are the details:`,
          `${m.date(isUS(k) ? 'us-long' : 'uk-long')}\n${tzGoogle(m)}`,
          rows.join('\n\n'),
          `Video link: ${k.pick([zoomLink(k, company), meetLink(k)])}`,
          k.pick(['A calendar invite has been sent separately.', 'Add to calendar: Google | Outlook | iCal']),
          `Need to reschedule? Contact ${coord.name} (${coord.email}).`,
          'Powered by GoodTime',
        ),
        expected: exp(
          company.name,
          j.role,
          [...ivs.map(({ p }) => who(p, 'interviewer', null)), who(coord, 'recruiter')],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'ats-interview-confirmation-details-table',
    label: 'interview_scheduled',
    note: 'ATS "interview confirmation" with a key/value details block (Date/Time/Location/Interviewers), some ISO dates',
    count: 11,
    make(k) {
      const company = k.company();
      const system = k.system(
        'greenhouse',
        'lever',
        'ashby',
        'smartrecruiters',
        'workday',
        'icims',
        'jobvite',
        'workable',
      );
      const j = job(k);
      const m = k.later();
      const end = plusMin(m, k.pick([30, 45, 60]));
      const ivs = [k.person(company), k.person(company)].slice(0, k.int(1, 2));
      const dateStyle = isUS(k)
        ? k.pick(['us-long', 'us-numeric', 'iso'] as const)
        : k.pick(['uk-long', 'uk-numeric', 'iso'] as const);
      const time = isUS(k)
        ? `${m.time('us')} - ${end.time('us')} ${tzAbbr(m)}`
        : `${m.time('24h')} - ${end.time('24h')} ${tzAbbr(m)}`;
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Interview Confirmation - ${j.role}`,
          `Your interview with ${company.name} has been scheduled`,
          `${company.name}: interview details`,
          `Interview scheduled: ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          k.pick([
            `Your interview for the ${j.role} position has been scheduled. Please review the details below.`,
            `Thank you for confirming your availability. We're pleased to confirm your interview with ${company.name}.`,
          ]),
          [
            `Date: ${m.date(dateStyle)}`,
            `Time: ${time}`,
            `Duration: ${Math.round(end.hour * 60 + end.minute - m.hour * 60 - m.minute)} minutes`,
            `Location: ${k.pick([`Video call - ${zoomLink(k, company)}`, `Google Meet - ${meetLink(k)}`, officeAddress(k), 'Phone - we will call the number on your application'])}`,
            `Interviewer${ivs.length > 1 ? 's' : ''}: ${ivs.map((p) => `${p.name}${k.chance(0.5) ? `, ${j.ivTitle()}` : ''}`).join('; ')}`,
          ].join('\n'),
          k.pick([
            'If you need to reschedule, please reply to this email at least 24 hours in advance.',
            'Please let us know if you require any accommodations.',
            'We look forward to speaking with you!',
          ]),
          `${company.name} Recruiting`,
          k.footer(company, system),
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
    id: 'recruiter-confirmed-us-numeric-reschedule-offer',
    label: 'interview_scheduled',
    note: 'US recruiter: "you\'re confirmed for Thursday 3/5 at 4:30pm ET" — plus "let me know if you need to reschedule"',
    count: 12,
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-US', 'en-CA'] as const));
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const iv = k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const m = k.later();
      const t = k.pick([m.time('us-lower'), m.time('us-compact'), m.time('us')]);
      const when = k.pick([
        `${m.weekdayName} ${m.month}/${m.day} at ${t} ${tzLoose(k, m)}`,
        `${wd3(m)} ${m.month}/${m.day} @ ${t} ${tzLoose(k, m)}`,
        `${m.month}/${m.day} at ${t} ${tzLoose(k, m)}`,
        `${m.weekdayName} (${m.month}/${m.day}) from ${t} to ${plusMin(m, 45).time('us-compact')} ${tzLoose(k, m)}`,
      ]);
      const withIv = k.chance(0.7);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Confirmed - ${j.role} interview`,
          `Re: ${j.role} - next steps`,
          `You're confirmed!`,
          `Interview confirmation ${m.month}/${m.day}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Great news - you're confirmed for ${when}${withIv ? ` with ${iv.name}, our ${j.hmTitle}` : ''}.`,
            `Thanks for getting back to me so quickly! I've locked in ${when} for your interview${withIv ? ` with ${iv.name}` : ''}.`,
            `Just confirming your interview for the ${j.role} role on ${when}${withIv ? `. You'll be speaking with ${iv.name} (${j.hmTitle})` : ''}.`,
          ]),
          k.pick([
            `A calendar invite with the ${k.pick(['Zoom', 'Teams', 'Google Meet'])} link is on its way.`,
            `${withIv ? iv.first : 'The interviewer'} will call you at the number on your resume.`,
            'You should have the invite in your inbox now.',
          ]),
          k.pick([
            'Let me know if you need to reschedule.',
            "If anything comes up and you need to move it, just let me know and we'll find another time.",
            'Feel free to reach out if you have any questions beforehand.',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          withIv
            ? [who(r, 'recruiter', r.email, s.phone), who(iv, 'hiring_manager', null)]
            : [who(r, 'recruiter', r.email, s.phone)],
          m.iso,
        ),
        note: 'fixed time plus an offer to reschedule',
      };
    },
  },
  {
    id: 'recruiter-confirmation-uk-day-first',
    label: 'interview_scheduled',
    note: 'UK/AU/IE-style confirmation ("Tuesday 4 March at 14:30"), office address or Teams, who they will meet',
    count: 11,
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-IN'] as const));
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const iv = k.person(company);
      const iv2 = k.person(company);
      const two = k.chance(0.4);
      const s = sign(k, r, k.pick([...RECRUITER_TITLES, 'HR Advisor', 'Resourcing Advisor']), company);
      const m = k.later();
      const when = k.pick([
        `${m.weekdayName} ${m.day} ${mon(m)} at ${m.time('24h')}`,
        `${m.weekdayName} ${ord(m.day)} ${mon(m)} at ${m.time('us-lower')}`,
        `${m.date('uk-long')} at ${m.time('24h')}`,
        `${m.time('24h')} on ${m.weekdayName} ${String(m.day).padStart(2, '0')}/${String(m.month).padStart(2, '0')}`,
      ]);
      const inPerson = k.chance(0.5);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Interview confirmation - ${j.role}`,
          `RE: Interview - ${j.role}`,
          `Your interview at ${company.name}`,
          `Confirmation of interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(k.chance(0.6)),
          k.pick([
            `Thank you for confirming your availability. I'm pleased to confirm your interview for the position of ${j.role} on ${when}.`,
            `Further to our conversation, I can confirm your interview for ${j.role} is booked for ${when}.`,
            `Just to confirm, you're booked in for ${when} for your ${j.role} interview.`,
          ]),
          `You will be meeting ${iv.name}, ${j.hmTitle}${two ? `, and ${iv2.name}, ${j.ivTitle()}` : ''}.`,
          inPerson
            ? `The interview will take place at our offices: ${officeAddress(k)}. Please report to reception ${k.pick(['10 minutes early', 'on arrival', 'and ask for me'])}.`
            : `The interview will be held on ${k.pick(['Microsoft Teams', 'Zoom', 'Google Meet'])}; a link will follow in a separate invitation.`,
          k.pick([
            'Should you have any questions in the meantime, please do not hesitate to get in touch.',
            'If you need to rearrange for any reason, please let me know as soon as possible.',
            'Best of luck!',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [
            who(r, 'recruiter', r.email, s.phone),
            who(iv, 'hiring_manager', null),
            ...(two ? [who(iv2, 'interviewer', null)] : []),
          ],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'onsite-agenda-with-interviewers',
    label: 'interview_scheduled',
    note: 'onsite agenda: date, address, a timed schedule of interviewers with titles, arrival notes',
    count: 11,
    make(k) {
      const company = k.company();
      const j = job(k);
      const coord = k.person(company);
      const s = sign(k, coord, k.pick(COORD_TITLES), company);
      const m = k.later(3, 10);
      const n = k.int(3, 5);
      const ivs = Array.from({ length: n }, () => ({ p: k.person(company), t: j.ivTitle() }));
      ivs[0]!.t = j.hmTitle;
      let cur = m;
      const rows: string[] = [];
      ivs.forEach(({ p, t }, i) => {
        const len = k.pick([45, 45, 60]);
        const e = plusMin(cur, len);
        const fmt = (x: Moment) => (isUS(k) ? x.time('us-compact') : x.time('24h'));
        rows.push(
          `${fmt(cur)} - ${fmt(e)}: ${p.name}, ${t}${k.chance(0.4) ? ` (${k.pick(['technical', 'behavioral', 'team fit', 'case', 'system design', 'presentation'])})` : ''}`,
        );
        cur = e;
        if (i === 1 && k.chance(0.5)) {
          const l = plusMin(cur, 45);
          rows.push(`${fmt(cur)} - ${fmt(l)}: Lunch with the team`);
          cur = l;
        }
      });
      return {
        from: k.addr(coord),
        to: to(k),
        subject: k.pick([
          `Your onsite agenda - ${m.date(isUS(k) ? 'us-short' : 'uk-short')}`,
          `${company.name} onsite interview schedule`,
          `Itinerary: ${j.role} final interviews`,
          `Onsite details for ${dayText(k, m)}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `We're looking forward to hosting you for your onsite interview for ${j.role}! Below is your agenda.`,
            `Here is your schedule for ${dayText(k, m)}. Please let me know if you have any questions.`,
          ]),
          `${m.date(isUS(k) ? 'us-long' : 'uk-long')}\n${officeAddress(k)}`,
          rows.join('\n'),
          k.pick([
            `Please arrive about 10 minutes early and check in at reception. ${coord.first} will meet you in the lobby.`,
            'Visitor parking is available in the garage; bring your ticket for validation.',
            'Please bring a photo ID for building security.',
          ]),
          k.pick([
            'Let me know if you need to reschedule or if any accommodations are needed.',
            'Good luck - you will do great!',
            '',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [
            who(coord, 'recruiter', coord.email, s.phone),
            ...ivs.map(({ p }, i) => who(p, i === 0 ? 'hiring_manager' : 'interviewer', null)),
          ],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'virtual-onsite-sessions-with-links',
    label: 'interview_scheduled',
    note: 'virtual loop: one block per session with its own video link and interviewer emails, pipe-separated rows',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'data', 'product', 'design']);
      const coord = k.person(company);
      const m = k.later();
      const n = k.int(2, 4);
      const ivs = Array.from({ length: n }, () => k.person(company));
      const blocks = ivs.map((p, i) => {
        const s = plusMin(m, i * 60);
        const e = plusMin(s, 45);
        const t = isUS(k)
          ? `${s.time('us')} – ${e.time('us')} ${tzAbbr(s)}`
          : `${s.time('24h')} – ${e.time('24h')} ${tzAbbr(s)}`;
        return `Session ${i + 1} | ${t} | ${k.pick(['Coding', 'Architecture', 'Behavioural', 'Product sense', 'Data modelling', 'Hiring manager'])}\nInterviewer: ${p.name} <${p.email}>\nLink: ${k.pick([zoomLink(k, company), meetLink(k)])}`;
      });
      return {
        from: k.pick([k.addr(coord), `${company.name} Interviews <interviews@${company.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Virtual onsite: ${j.role} - ${m.date(isUS(k) ? 'us-numeric' : 'uk-numeric')}`,
          `Your interview loop is scheduled`,
          `${company.name} | Final round schedule`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Your virtual onsite for ${j.role} is scheduled for ${m.date(isUS(k) ? 'us-long' : 'uk-long')}. There is a 15-minute break between sessions.`,
          blocks.join('\n\n'),
          k.pick([
            'Please test your audio/video beforehand. For coding sessions we will use a shared editor; no installs needed.',
            'Take a look at our interview guide: ' + rnd(k, company),
          ]),
          `Best,\n${coord.name}\n${k.pick(COORD_TITLES)}`,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(coord, 'recruiter', null), ...ivs.map((p) => who(p, 'interviewer'))],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'ats-interview-rescheduled-new-time',
    label: 'interview_scheduled',
    note: 'system notice that an interview was rescheduled: previous time shown, the NEW time is the answer',
    count: 10,
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'lever', 'ashby', 'icims', 'workday', 'smartrecruiters');
      const j = job(k);
      const old = k.later(1, 3);
      const m = k.later(4, 9);
      const fmt = (x: Moment) =>
        isUS(k)
          ? `${x.date('us-long')} at ${x.time('us')} ${tzAbbr(x)}`
          : `${x.date('uk-long')} at ${x.time('24h')} ${tzAbbr(x)}`;
      const iv = k.person(company);
      const withIv = k.chance(0.5);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your interview has been rescheduled - ${j.role}`,
          `Updated: interview with ${company.name}`,
          `Interview time change`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          `Hi ${k.candidate.first},`,
          `Your interview for ${j.role} at ${company.name} has been rescheduled.`,
          k.pick([
            `New time: ${fmt(m)}\nPrevious time: ${fmt(old)} (cancelled)`,
            `Previously: ${fmt(old)}\nNow: ${fmt(m)}`,
            `The interview originally planned for ${fmt(old)} will now take place on ${fmt(m)}.`,
          ]),
          withIv ? `Interviewer: ${iv.name}` : '',
          k.pick([
            'An updated calendar invitation has been sent.',
            'No action is needed on your part.',
            'If this new time does not work, please reply to let us know.',
          ]),
          k.footer(company, system),
        ),
        expected: exp(company.name, j.role, withIv ? [who(iv, 'interviewer', null)] : [], m.iso),
        note: 'old time present; new time is the interview',
      };
    },
  },
  {
    id: 'recruiter-moved-interview-per-request',
    label: 'interview_scheduled',
    note: "recruiter's short reply moving the interview to a new fixed time at the candidate's request, candidate's note quoted",
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const old = k.later(1, 2);
      const m = k.later(3, 8);
      const prev = k.paragraphs(
        `Hi ${r.first},`,
        `I'm so sorry, but something has come up on ${old.weekdayName}. Would it be possible to move our interview to later in the week or early next week?`,
        `Thanks,\n${k.candidate.first}`,
      );
      return {
        from: k.addr(r),
        to: to(k),
        subject: `Re: ${k.pick([`${j.role} interview`, `Interview - ${company.name}`, `Rescheduling`])}`,
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `No problem at all, ${k.candidate.first}!`,
            `Hi ${k.candidate.first} - totally understand.`,
            'Of course, no worries.',
          ]),
          k.pick([
            `I've moved us to ${whenText(k, m, true)}. Updated invite to follow.`,
            `We're now set for ${whenText(k, m, true)} instead - you should see the updated invite shortly.`,
            `The team can do ${whenText(k, m, true)}, so I've gone ahead and rebooked it.`,
          ]),
          k.chance(0.5)
            ? `${r.first}`
            : `${r.first}\n\n${r.name} | ${k.pick(RECRUITER_TITLES)} | ${company.name}`,
          k.quote(prev, k.candidate, earlier(k)),
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter')], m.iso),
      };
    },
  },
  {
    id: 'recruiter-reminder-tomorrow',
    label: 'interview_scheduled',
    note: 'reminder the day before ("your interview tomorrow at 10:00"), relative day resolved against the sent date',
    count: 11,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const iv = k.person(company);
      const m = k.later(1, 1);
      const tomorrow = m.ymd === k.sent.plusDays(1).ymd;
      const dayWord = tomorrow
        ? k.pick(['tomorrow', 'tomorrow', `tomorrow (${m.weekdayName})`])
        : `on ${m.weekdayName}`;
      const time = timeText(k, m);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Reminder: interview ${tomorrow ? 'tomorrow' : m.weekdayName}`,
          `${company.name} interview ${tomorrow ? 'tomorrow' : `on ${m.weekdayName}`} - ${time}`,
          `Looking forward to ${tomorrow ? 'tomorrow' : m.weekdayName}`,
          `Re: ${j.role} interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Just a quick reminder about your interview ${dayWord} at ${time}${k.chance(0.5) ? ` ${tzLoose(k, m)}` : ''} with ${iv.name}.`,
            `Looking forward to your conversation with ${iv.name} ${dayWord} at ${time}!`,
            `A reminder that you're scheduled to meet ${iv.first} ${iv.last} (${j.hmTitle}) ${dayWord}, ${time}.`,
          ]),
          k.pick([
            `Here's the link again: ${k.pick([zoomLink(k, company), meetLink(k), teamsLink(k)])}`,
            `Our address is ${officeAddress(k)} - just sign in at the front desk.`,
            `${iv.first} will call you on the number you provided.`,
          ]),
          k.pick([
            `A couple of tips: ${iv.first} likes to go deep on one past project, so have one ready to walk through.`,
            'Good luck!',
            'Let me know if anything comes up.',
          ]),
          sign(k, r, k.pick(RECRUITER_TITLES), company, false).text,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter'), who(iv, 'interviewer', null)], m.iso),
      };
    },
  },
  {
    id: 'system-interview-reminder-upcoming',
    label: 'interview_scheduled',
    note: 'automated reminder ("Your interview is coming up"), date and time fields, add-to-calendar links',
    count: 9,
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'lever', 'ashby', 'workday', 'icims', 'teamtailor');
      const j = job(k);
      const m = k.later(1, 2);
      const end = plusMin(m, 60);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Reminder: Your interview with ${company.name} is coming up`,
          `Upcoming interview: ${j.role}`,
          `Don't forget: interview on ${m.date(isUS(k) ? 'us-short' : 'uk-short')}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          `Hi ${k.candidate.first},`,
          `This is a reminder of your upcoming interview for ${j.role}.`,
          isUS(k)
            ? `${m.date('us-long')}\n${m.time('us')} – ${end.time('us')} ${tzAbbr(m)}`
            : `${m.date('uk-long')}\n${m.time('24h')} – ${end.time('24h')} ${tzAbbr(m)}`,
          `Join: ${k.pick([zoomLink(k, company), meetLink(k), teamsLink(k)])}`,
          'Add to calendar: Google · Outlook · Apple',
          k.pick(['Need to reschedule? Reply to this email.', '']),
          k.footer(company, system),
        ),
        expected: exp(company.name, j.role, [], m.iso),
      };
    },
  },
  {
    id: 'panel-interview-cc-interviewers',
    label: 'interview_scheduled',
    note: "recruiter confirms a panel and cc's the interviewers; people are the cc'd panel with addresses",
    count: 11,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const panel = Array.from({ length: k.int(2, 4) }, () => ({
        p: k.person(company, k.pick(['first.last', 'flast'] as const)),
        t: j.ivTitle(),
      }));
      panel[0]!.t = j.hmTitle;
      const m = k.later();
      const listed = k.chance(0.6);
      return {
        from: k.addr(r),
        to: k.addr(k.candidate),
        cc: panel.map(({ p }) => k.addr(p)).join(', '),
        subject: k.pick([
          `Panel interview - ${j.role} - ${dayText(k, m)}`,
          `${j.role}: panel interview confirmed`,
          `Introductions + panel interview details`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `I'm pleased to confirm your panel interview for ${j.role} on ${whenText(k, m, true)}. ${k.pick(["I've cc'd the panel here so you have everyone's details.", 'Copying the panel for visibility.', 'The panel is copied on this email.'])}`,
          listed
            ? `The panel:\n${bullets(
                k,
                panel.map(({ p, t }) => `${p.name} - ${t}`),
              )}`
            : '',
          k.pick([
            `The format is ${k.pick(['60', '90'])} minutes: introductions, a 15-minute presentation from you on ${k.pick(['a project you are proud of', 'your approach to the first 90 days', 'the case we sent over'])}, then questions from the panel.`,
            'Expect a mix of competency-based and technical questions.',
          ]),
          k.pick([
            'If you need to reschedule, let me know as soon as possible.',
            'Please reply-all if you have any questions for the panel.',
            '',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [
            who(r, 'recruiter', r.email, s.phone),
            ...panel.map(({ p }, i) => who(p, i === 0 ? 'hiring_manager' : 'interviewer')),
          ],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'phone-screen-we-will-call-you',
    label: 'interview_scheduled',
    note: 'phone screen fixed: "X will call you at the number on your application on <day> at <time>"',
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const caller = k.chance(0.5) ? r : k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company, k.chance(0.6));
      const m = k.later(1, 6);
      const people = [who(r, 'recruiter', r.email, s.phone)];
      if (caller !== r) people.push(who(caller, 'hiring_manager', null));
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Phone interview - ${j.role}`,
          `${company.name} phone screen confirmed`,
          `Your call with ${company.name} re: ${j.role}`,
          `${j.role} - phone screen ${isUS(k) ? `${m.month}/${m.day}` : `${m.day}/${m.month}`}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          caller === r
            ? k.pick([
                `I'll give you a call on ${whenText(k, m)} at ${k.candidate.phone} for our phone screen.`,
                `Confirming our phone interview on ${whenText(k, m)}. I'll call you on ${k.candidate.phone}.`,
              ])
            : `${caller.name}, our ${j.hmTitle}, will call you on ${whenText(k, m)} at the number on your application (${k.candidate.phone}).`,
          k.pick([
            'Please let me know if that number has changed.',
            'It will take about 30 minutes. Nothing to prepare - we will just talk through your experience.',
            'If you need to move it, reply here.',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, people, m.iso),
        note: "candidate's own phone in the body is not a person's phone",
      };
    },
  },
  {
    id: 'german-terminbestaetigung',
    label: 'interview_scheduled',
    note: 'German confirmation "am Dienstag, 4. März 2026 um 14:30 Uhr", Ansprechpartner, address or video link',
    count: 11,
    make(k) {
      k.as('de');
      const company = k.company();
      const j = job(k, ['engineering', 'business', 'data', 'product', 'design']);
      const r = k.person(company);
      const hm = k.person(company);
      const m = k.later();
      const when = k.pick([
        `am ${m.date('de')} um ${m.time('de')}`,
        `am ${m.date('de-numeric')} um ${m.time('de')}`,
        `am ${m.date('de')}, ${m.time('24h')} Uhr`,
        `${m.date('de').split(',')[0]}, den ${m.date('de-numeric')}, um ${m.time('de')}`,
      ]);
      const video = k.chance(0.5);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Bestätigung Ihres Vorstellungsgesprächs – ${j.role}`,
          `Terminbestätigung: Vorstellungsgespräch ${m.date('de-numeric')}`,
          `Ihr Vorstellungsgespräch bei ${company.name}`,
          `AW: Einladung zum Vorstellungsgespräch – ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Sehr geehrte/r ${k.candidate.name},`,
            `Hallo ${k.candidate.first},`,
            `Liebe/r ${k.candidate.first},`,
          ]),
          k.pick([
            `vielen Dank für Ihre Rückmeldung. Hiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch ${when}.`,
            `gerne bestätigen wir Ihnen das Gespräch für die Position ${j.role} ${when}.`,
          ]),
          `Ihre Gesprächspartner: ${hm.name} (${k.pick(['Teamleitung', 'Abteilungsleiter/in', 'Head of Engineering', 'Bereichsleitung'])}) und ${r.name} (HR).`,
          video
            ? `Das Gespräch findet per ${k.pick(['Microsoft Teams', 'Zoom', 'Google Meet'])} statt. Den Link erhalten Sie in einer separaten Kalendereinladung.`
            : `Adresse: ${k.pick(['Friedrichstraße', 'Hauptstraße', 'Lindenallee', 'Bahnhofstraße'])} ${k.int(1, 120)}, ${k.pick(['10117 Berlin', '80331 München', '20095 Hamburg', '50667 Köln'])}. Bitte melden Sie sich am Empfang.`,
          k.pick([
            'Sollte Ihnen der Termin doch nicht passen, geben Sie uns bitte kurz Bescheid.',
            'Wir freuen uns auf Sie!',
          ]),
          `${k.pick(['Mit freundlichen Grüßen', 'Viele Grüße'])}\n${r.name}\nRecruiting | ${company.name}\nTel.: ${r.phone}`,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(r, 'recruiter', r.email, r.phone), who(hm, 'hiring_manager', null)],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'french-confirmation-entretien',
    label: 'interview_scheduled',
    note: 'French confirmation "le mardi 4 mars 2026 à 14h30", interlocuteurs, lieu ou lien visio',
    count: 10,
    make(k) {
      k.as('fr');
      const company = k.company();
      const j = job(k, ['engineering', 'business', 'data', 'product', 'design']);
      const r = k.person(company);
      const hm = k.person(company);
      const m = k.later();
      const when = k.pick([
        `le ${m.date('fr')} à ${m.time('fr')}`,
        `le ${m.date('fr').replace(/ \d{4}$/, '')} à ${m.time('fr')}`,
        `le ${String(m.day).padStart(2, '0')}/${String(m.month).padStart(2, '0')}/${m.year} à ${m.time('24h')}`,
      ]);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Confirmation de votre entretien – ${j.role}`,
          `Entretien ${company.name} – ${m.date('fr')}`,
          `RE: Invitation à un entretien`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Bonjour ${k.candidate.first},`, `Bonjour ${k.candidate.name},`]),
          k.pick([
            `Nous avons le plaisir de vous confirmer votre entretien pour le poste de ${j.role} ${when}.`,
            `Je vous confirme notre rendez-vous ${when} pour échanger sur le poste de ${j.role}.`,
          ]),
          `Vous rencontrerez ${hm.name}, ${k.pick(["manager de l'équipe", 'directeur technique', 'responsable du pôle'])}.`,
          k.pick([
            `L'entretien aura lieu dans nos locaux : ${k.int(2, 80)} ${k.pick(['rue de la République', 'boulevard Haussmann', 'avenue Jean Jaurès'])}, ${k.pick(['75009 Paris', '69002 Lyon', '33000 Bordeaux'])}.`,
            `L'entretien se déroulera en visio : ${k.pick([meetLink(k), teamsLink(k)])}`,
          ]),
          k.pick(["En cas d'empêchement, merci de nous prévenir.", 'Au plaisir de vous rencontrer,']),
          `${k.pick(['Bien cordialement,', 'Cordialement,'])}\n${r.name}\nTalent Acquisition – ${company.name}`,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter'), who(hm, 'hiring_manager', null)], m.iso),
      };
    },
  },
  {
    id: 'spanish-confirmacion-entrevista',
    label: 'interview_scheduled',
    note: 'Spanish confirmation "el martes 4 de marzo de 2026 a las 14:30 h"',
    count: 10,
    make(k) {
      k.as('es');
      const company = k.company();
      const j = job(k, ['engineering', 'business', 'data', 'product', 'design']);
      const r = k.person(company);
      const hm = k.person(company);
      const m = k.later();
      const when = k.pick([
        `el ${m.date('es')} a las ${m.time('24h')}`,
        `el ${m.date('es')} a las ${m.time('24h')} h`,
        `el ${m.date('es').replace(/ de \d{4}$/, '')}, a las ${m.time('24h')} (hora peninsular)`,
        `el día ${String(m.day).padStart(2, '0')}/${String(m.month).padStart(2, '0')}/${m.year} a las ${m.time('24h')}`,
      ]);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Confirmación de entrevista – ${j.role}`,
          `Entrevista ${company.name}: ${m.date('es')}`,
          `RE: Invitación a entrevista`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hola ${k.candidate.first}:`, `Estimado/a ${k.candidate.name}:`]),
          k.pick([
            `Te confirmamos la entrevista para el puesto de ${j.role} ${when}.`,
            `Le confirmo que la entrevista queda fijada ${when}.`,
          ]),
          `La entrevista será con ${hm.name}, ${k.pick(['responsable del equipo', 'directora de tecnología', 'jefe de producto'])}${k.chance(0.5) ? `, y conmigo` : ''}.`,
          k.pick([
            `Será por videollamada: ${k.pick([meetLink(k), teamsLink(k)])}`,
            `Te esperamos en nuestras oficinas de ${k.pick(['Calle de Alcalá', 'Paseo de Gracia', 'Calle Mayor'])} ${k.int(1, 200)}, ${k.pick(['Madrid', 'Barcelona', 'Valencia'])}.`,
          ]),
          k.pick(['Si necesitas cambiar la fecha, avísame.', 'Un saludo y mucha suerte.']),
          `${k.pick(['Saludos,', 'Un saludo,'])}\n${r.name}\nTalent Acquisition | ${company.name}`,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter'), who(hm, 'hiring_manager', null)], m.iso),
      };
    },
  },
  {
    id: 'agency-confirms-client-interview',
    label: 'interview_scheduled',
    note: 'agency consultant confirms the client interview time, who to ask for, prep tips; company is the client',
    count: 11,
    make(k) {
      const ag = agency(k);
      const client = k.company();
      const j = job(k);
      const c = k.person(ag);
      const hm = k.person(client);
      const s = sign(
        k,
        c,
        k.pick(['Senior Consultant', 'Recruitment Consultant', 'Principal Consultant', 'Account Manager']),
        ag,
        true,
      );
      const m = k.later();
      const inPerson = k.chance(0.5);
      return {
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `Interview confirmation - ${client.name} - ${j.role}`,
          `Confirmed: ${client.name} interview ${dayText(k, m)}`,
          `RE: ${j.role} - interview details`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Great news - your interview with ${client.name} for the ${j.role} role is confirmed. Details below:`,
          [
            `When: ${whenText(k, m, true)}`,
            `With: ${hm.name}, ${j.hmTitle}${k.chance(0.4) ? ` and a member of the team` : ''}`,
            inPerson
              ? `Where: ${officeAddress(k)} (ask for ${hm.first} at reception)`
              : `Where: ${k.pick(['Teams - the client will send the link', 'Zoom (link below)', 'Video call'])}`,
            `Format: ${k.pick(['Competency-based, approx. 1 hour', 'Informal chat + technical questions', 'Panel, 45 mins'])}`,
          ].join('\n'),
          k.pick([
            `Prep tips: have a look at their recent news, and be ready to talk through your biggest project in detail. ${hm.first} likes concrete numbers.`,
            "I'll call you the day before to run through everything.",
            'Give me a call straight after to let me know how it went!',
          ]),
          s.text,
        ),
        expected: exp(
          client.name,
          j.role,
          [who(c, 'agency_consultant', c.email, s.phone), who(hm, 'hiring_manager', null)],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'reply-thread-lock-in-slot',
    label: 'interview_scheduled',
    note: "recruiter picks one of the candidate's quoted availability options; quoted text holds other times",
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const opts = slots(k, 3);
      const pick = k.pick(opts);
      const prev = k.paragraphs(
        `Hi ${r.first},`,
        'Thanks for getting back to me. I am available at any of these times:',
        bullets(
          k,
          opts.map((m) => slotLine(k, m)),
        ),
        `Best,\n${k.candidate.first}`,
      );
      const day = isUS(k)
        ? k.pick([
            `${pick.weekdayName} ${pick.month}/${pick.day}`,
            `${pick.weekdayName} the ${ord(pick.day)}`,
            `${pick.weekdayName}, ${mon(pick)} ${pick.day}`,
          ])
        : k.pick([
            `${pick.weekdayName} ${pick.day} ${mon(pick)}`,
            `${pick.weekdayName} the ${ord(pick.day)}`,
            `${pick.weekdayName} ${pick.day}/${pick.month}`,
          ]);
      return {
        from: k.addr(r),
        to: to(k),
        subject: `Re: ${k.pick(['Availability', `Interview availability - ${j.role}`, `${j.role} - next round scheduling`])}`,
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Perfect, thanks ${k.candidate.first}!`,
            `Great - thanks ${k.candidate.first}.`,
            `Hi ${k.candidate.first},`,
          ]),
          k.pick([
            `Let's lock in ${day} at ${timeText(k, pick)}. I'll send the invite over now.`,
            `${day} at ${timeText(k, pick)} works for the team. Calendar invite to follow.`,
            `Booked you in for ${day}, ${timeText(k, pick)}${k.chance(0.5) ? ` ${tzLoose(k, pick)}` : ''} - see you then!`,
          ]),
          k.chance(0.5) ? `${r.first}` : `${r.name}\n${k.pick(RECRUITER_TITLES)}, ${company.name}`,
          k.quote(prev, k.candidate, earlier(k)),
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter')], pick.iso),
      };
    },
  },
  {
    id: 'hiring-manager-see-you-at-office',
    label: 'interview_scheduled',
    note: 'hiring manager: "see you Thursday at 10 at our office, ask for me at reception" — coffee/chat wording, no "interview"',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'design', 'product', 'business', 'service', 'care']);
      const hm = k.person(company, 'first');
      const m = k.later(1, 5);
      const s = sign(k, hm, j.hmTitle, company, k.chance(0.5));
      return {
        from: k.addr(hm),
        to: k.candidate.email,
        subject: k.pick([
          `See you ${m.weekdayName}`,
          `Coffee on ${m.weekdayName}? - ${j.role}`,
          `Re: ${j.role}`,
          `${m.weekdayName} ${isUS(k) ? `${m.month}/${m.day}` : `${m.day}/${m.month}`}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Great to hear from you. Let's meet ${dayText(k, m)} at ${timeText(k, m)} at our office - I'll grab a coffee with you and introduce you to a couple of people on the team.`,
            `Sounds good! ${dayText(k, m)}, ${timeText(k, m)} it is. Come by the ${company.name} office and ask for me at reception.`,
            `Looking forward to our chat about the ${j.role} role on ${dayText(k, m)} at ${timeText(k, m)}.`,
          ]),
          k.pick([
            `We're at ${officeAddress(k)}.`,
            'Bring a copy of your portfolio if you have one handy.',
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, j.role, [who(hm, 'hiring_manager', hm.email, s.phone)], m.iso),
        note: 'no word "interview" in most variants',
      };
    },
  },
  {
    id: 'hourly-store-interview-confirmed',
    label: 'interview_scheduled',
    note: 'hourly hiring: short SMS-style confirmation with store address, what to bring, reply C/R',
    count: 9,
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA', 'en-GB', 'en-AU'] as const));
      const company = k.company();
      const j = job(k, ['service']);
      const mgr = k.person(company);
      const m = k.later(1, 4);
      const loc = `${k.pick(['Store', 'Location', 'DC'])} #${k.int(100, 999)}`;
      const when = isUS(k)
        ? `${wd3(m)} ${m.month}/${m.day} at ${m.time('us')}`
        : `${wd3(m)} ${m.day}/${m.month} at ${m.time('24h')}`;
      const withMgr = k.chance(0.6);
      return {
        from: `${company.name} Hiring <${k.pick(['hiring', 'noreply', 'jobs'])}@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Interview confirmed: ${when}`,
          `You're booked! ${company.name} interview`,
          `${j.role} interview confirmation`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first}, your interview for ${j.role} at ${company.name} ${loc} is confirmed for ${when}.`,
          withMgr
            ? `You'll meet with ${mgr.name}, ${k.pick(['Store Manager', 'Hiring Manager', 'Shift Lead'])}.`
            : '',
          `Address: ${officeAddress(k)}`,
          k.pick([
            'Please bring a photo ID and arrive 10 minutes early.',
            'Dress code: casual. Bring your availability for the next 2 weeks.',
            '',
          ]),
          'Reply C to confirm or R to reschedule.',
        ),
        expected: exp(company.name, j.role, withMgr ? [who(mgr, 'hiring_manager', null)] : [], m.iso),
      };
    },
  },
  {
    id: 'coordinator-details-iso-date-24h',
    label: 'interview_scheduled',
    note: 'international coordinator writes ISO date and 24h time with a zone ("2026-03-04, 14:00 CET"), Webex/Teams',
    count: 9,
    make(k) {
      k.as(k.pick(['en-GB', 'de', 'fr', 'es', 'en-IN'] as const));
      const company = k.company();
      const j = job(k, ['engineering', 'data', 'product', 'business']);
      const coord = k.person(company);
      const iv = k.person(company);
      const m = k.later();
      const end = plusMin(m, 60);
      return {
        from: k.addr(coord),
        to: to(k),
        subject: k.pick([
          `Interview details - ${j.role} - ${m.ymd}`,
          `[${company.name}] Interview ${m.ymd} ${m.time('24h')}`,
          `Your interview: ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${k.candidate.first},`,
          `Please find below the details of your interview for the ${j.role} position.`,
          `Date: ${m.ymd}\nTime: ${m.time('24h')}–${end.time('24h')} ${tzAbbr(m)}${k.chance(0.5) ? ` (UTC${m.offset >= 0 ? '+' : '-'}${Math.abs(m.offset / 60)})` : ''}\nInterviewer: ${iv.name}, ${j.hmTitle}\n${k.pick([`Platform: Webex\nLink: https://${company.slug}.webex.com/meet/${k.token(10)}`, `Platform: Microsoft Teams\nLink: ${teamsLink(k)}`, `Platform: Zoom\nLink: ${zoomLink(k, company)}`])}`,
          k.pick(['Please connect 5 minutes before the start.', 'Kindly keep your ID and CV handy.']),
          `Kind regards,\n${coord.name}\nTalent Acquisition, ${company.name}`,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(coord, 'recruiter'), who(iv, 'hiring_manager', null)],
          m.iso,
        ),
      };
    },
  },
  {
    id: 'india-hr-interview-schedule-kindly-confirm',
    label: 'interview_scheduled',
    note: 'Indian HR format: "Interview Schedule", date 04-Mar-2026, 11:00 AM IST, round, interviewer, "kindly confirm your availability"',
    count: 9,
    make(k) {
      k.as('en-IN');
      const company = k.company();
      const j = job(k, ['engineering', 'data', 'business', 'product']);
      const hr = k.person(company);
      const iv = k.person(company);
      const m = k.later(1, 6);
      const d = `${String(m.day).padStart(2, '0')}-${mon3(m)}-${m.year}`;
      return {
        from: k.addr(hr),
        to: k.candidate.email,
        subject: k.pick([
          `Interview Schedule - ${j.role} - ${company.name}`,
          `Interview Call Letter | ${j.role}`,
          `${company.name} | Technical Round 1 | ${d}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Dear ${k.candidate.first},`,
          `Greetings from ${company.name}!`,
          `With reference to your application, we are pleased to inform you that your ${k.pick(['first round', 'technical round', 'HR round', 'managerial round'])} interview has been scheduled as per the details below:`,
          `Position: ${j.role}\nDate: ${d}\nTime: ${m.time('us')} IST\nMode: ${k.pick(['Virtual (MS Teams)', 'Virtual (Google Meet)', 'Face to face'])}\nInterviewer: ${iv.name}${k.chance(0.5) ? ` (${j.ivTitle()})` : ''}`,
          k.pick([
            'Kindly confirm your availability by replying to this mail.',
            'Kindly acknowledge the receipt of this mail.',
          ]),
          k.pick([
            'Please carry an updated copy of your resume and a government ID proof.',
            'Please join 10 minutes prior to the scheduled time.',
          ]),
          `Thanks & Regards,\n${hr.name}\nHR - Talent Acquisition\n${company.name}\nMob: ${hr.phone}`,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(hr, 'recruiter', hr.email, hr.phone), who(iv, 'interviewer', null)],
          m.iso,
        ),
        note: 'fixed time even though it asks to confirm',
      };
    },
  },
  {
    id: 'invitation-at-fixed-time-please-confirm',
    label: 'interview_scheduled',
    note: 'formal invitation that already names a fixed time and asks the candidate to confirm attendance',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const s = sign(k, r, k.pick([...RECRUITER_TITLES, 'HR Officer', 'People Advisor']), company);
      const m = k.later(3, 10);
      const panelist = k.person(company);
      return {
        from: k.pick([k.addr(r), `${company.name} Careers <careers@${company.domain}>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Invitation to interview - ${j.role}`,
          `Interview invitation: ${whenText(k, m, false)}`,
          `${company.name} - interview for ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Thank you for your application for ${j.role}. We are delighted to invite you to an interview on ${dayText(k, m)} at ${timeText(k, m)}${k.chance(0.5) ? ` ${tzLoose(k, m)}` : ''}.`,
          `The interview will last approximately ${k.pick(['45 minutes', 'one hour', '90 minutes'])} and will be conducted by ${panelist.name}, ${j.hmTitle}${k.chance(0.5) ? ', and myself' : ''}.`,
          k.pick([
            'Please confirm your attendance by replying to this email. If this time is not convenient, let us know and we will try to offer an alternative.',
            'Kindly confirm that you are able to attend.',
          ]),
          s.text,
        ),
        expected: exp(
          company.name,
          j.role,
          [who(r, 'recruiter', null, s.phone), who(panelist, 'hiring_manager', null)],
          m.iso,
        ),
        note: 'invitation wording but the time is already fixed',
      };
    },
  },
  {
    id: 'forwarded-outlook-invite-from-hiring-manager',
    label: 'interview_scheduled',
    note: "recruiter forwards the hiring manager's meeting request; time sits inside the forwarded block",
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const hm = k.person(company);
      const m = k.later();
      const end = plusMin(m, 45);
      const when = earlier(k);
      const inner = k.paragraphs(
        `When: ${outlookWhen(k, m, end)}`,
        `Where: ${k.pick(['Microsoft Teams Meeting', officeAddress(k)])}`,
        teamsBlock(k),
      );
      return {
        from: k.addr(r),
        to: k.candidate.email,
        subject: `FW: ${interviewTitle(k, company, j.role, 'Interview')}`,
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Forwarding ${hm.first}'s invite for your interview below - please accept so it lands in your calendar.`,
            `See below the meeting invite from ${hm.name} (${j.hmTitle}). Let me know if you have trouble joining.`,
          ]),
          `${r.first}`,
          k.forward({
            from: k.addr(hm),
            subject: interviewTitle(k, company, j.role, 'Interview'),
            when,
            to: `${k.addr(r)}; ${k.addr(k.candidate)}`,
            body: inner,
          }),
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter'), who(hm, 'hiring_manager')], m.iso),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// assessment

function deadlineText(k: Kit, m: Moment, withTime = k.chance(0.5)): string {
  const d = isUS(k)
    ? k.pick([m.date('us-long'), m.date('us-short'), m.date('us-numeric')])
    : k.pick([m.date('uk-long'), m.date('uk-short'), m.date('uk-numeric')]);
  if (!withTime) return d;
  return isUS(k) ? `${d} at 11:59 PM ${tzLoose(k, m)}` : `${d} at 23:59 ${tzAbbr(m)}`;
}

const assessments: Family[] = [
  {
    id: 'hackerrank-style-test-invitation',
    label: 'assessment',
    note: 'coding-test platform invitation (HackerRank-style): test name, duration, question count, take before a deadline',
    count: 11,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'engineering', 'data']);
      const dl = k.later(3, 7);
      const mins = k.pick([60, 75, 90, 120]);
      const test = k.pick([
        `${company.name} ${j.role} Assessment`,
        `${j.role} - Coding Challenge`,
        `${company.name} Backend Test v3`,
        `${company.name} Online Coding Round`,
      ]);
      const roleNamed = test.includes(j.role) || k.chance(0.5);
      return {
        from: `${company.name} <support@hackerrankforwork.com>`,
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} has invited you to take a test`,
          `Invitation: ${test}`,
          `${company.name} - Coding assessment`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          `${company.name} has invited you to take the ${test}${roleNamed && !test.includes(j.role) ? ` for the ${j.role} role` : ''}.`,
          `Test duration: ${mins} minutes\nNumber of questions: ${k.int(2, 5)}\nLanguages: ${k.some(['Python 3', 'Java 17', 'C++', 'JavaScript (Node.js)', 'Go', 'SQL'], 2, 4).join(', ')}`,
          `Please take the test before ${deadlineText(k, dl, true)}. Once you start, the timer cannot be paused.`,
          `[Start test] https://www.hackerrank.com/test/${k.token(10)}/login?b=${k.token(30)}`,
          k.pick([
            'Before you begin, we recommend trying a sample test to get familiar with the environment.',
            'Make sure you have a stable internet connection. You may not switch tabs during the test; the session is monitored.',
            '',
          ]),
          'Good luck!\nTeam HackerRank on behalf of ' + company.name,
          'If you have any issues with the test, write to support@hackerrank.com.',
        ),
        expected: exp(company.name, roleNamed ? j.role : null),
        note: 'a test deadline is neither an interview time nor a decision date',
      };
    },
  },
  {
    id: 'codility-style-test-time-limit',
    label: 'assessment',
    note: 'Codility-style invitation with time limit, practice demo task, "complete within N days"',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'data']);
      const days = k.pick([3, 5, 7]);
      const r = k.person(company);
      const named = k.chance(0.5);
      return {
        from: `${company.name} via Codility <no-reply@codility.com>`,
        to: k.candidate.email,
        subject: k.pick([
          `${company.name}: your coding test for ${j.role}`,
          `Programming test from ${company.name}`,
          `Codility test invitation - ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `As part of the recruitment process for ${j.role}, ${company.name} would like you to complete an online programming test.`,
          `Time limit: ${k.pick([70, 90, 110, 120])} minutes. The timer starts when you click "Start".\nTasks: ${k.int(2, 3)}\nPlease complete the test within ${days} days of receiving this email.`,
          `Start here: https://app.codility.com/test/${k.token(10)}-${k.token(6)}/`,
          'We recommend doing the demo task first to get to know the interface: https://app.codility.com/demo/take-sample-test/',
          named ? `If you have any questions about the process, contact ${r.name} (${r.email}).` : '',
          'Codility Ltd. | Privacy policy',
        ),
        expected: exp(company.name, j.role, named ? [who(r, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'codesignal-style-general-assessment-proctored',
    label: 'assessment',
    note: 'CodeSignal-style proctored general coding assessment: ID verification, score shared, retake policy',
    count: 8,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering']);
      const dl = k.later(4, 8);
      return {
        from: `CodeSignal <noreply@codesignal.com>`,
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} invited you to complete an assessment`,
          `Action required: ${company.name} Coding Assessment`,
          `Your ${company.name} assessment is ready`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          `${company.name} has invited you to complete the ${k.pick(['General Coding Assessment', 'Industry Coding Framework', 'Pre-Screen'])} as the next step in your application for ${j.role}.`,
          `• 70 minutes, 4 questions\n• Proctored: you will need a webcam, a government-issued ID and a quiet room\n• Your results will be shared with ${company.name}`,
          `Complete by: ${deadlineText(k, dl)}`,
          `Start assessment: https://app.codesignal.com/invite/${k.token(16)}`,
          k.pick([
            'If you have taken this assessment in the last 30 days, you may share your existing result instead.',
            'Need accommodations? Reply to this email before starting.',
          ]),
          'CodeSignal, Inc. | Unsubscribe from reminders',
        ),
        expected: exp(company.name, j.role),
      };
    },
  },
  {
    id: 'assessment-expiry-reminder',
    label: 'assessment',
    note: 'reminder that an online test invitation expires soon (platform or ATS), terse',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k);
      const platform = k.pick([
        ['HackerRank', `${company.name} <support@hackerrankforwork.com>`],
        ['Codility', `${company.name} via Codility <no-reply@codility.com>`],
        ['TestGorilla', `${company.name} <no-reply@testgorilla.com>`],
        ['ATS', `${company.name} Careers <careers@${company.domain}>`],
      ] as const);
      const hours = k.pick([24, 48, 72]);
      return {
        from: platform[1],
        to: k.candidate.email,
        subject: k.pick([
          `Reminder: your ${company.name} assessment expires in ${hours} hours`,
          `Don't forget to complete your test for ${j.role}`,
          `Last chance: ${company.name} online assessment`,
          `Reminder - pending assessment`,
        ]),
        date: k.date,
        body: k.chance(0.25)
          ? `Your assessment for ${j.role} at ${company.name} expires in ${hours} hours. https://${platform[0].toLowerCase()}.example/t/${k.token(10)}`
          : k.paragraphs(
              `Hi ${k.candidate.first},`,
              k.pick([
                `We noticed you haven't completed the assessment for ${j.role} yet. Your invitation expires in ${hours} hours.`,
                `This is a friendly reminder that your online assessment for the ${j.role} role at ${company.name} is still pending.`,
              ]),
              k.pick([
                'Set aside uninterrupted time before you click start; the test must be completed in one sitting.',
                'If you need more time or have technical issues, reply to this email.',
                'Please note we cannot progress your application without a completed assessment.',
              ]),
              `Continue: https://${platform[0].toLowerCase()}.example/t/${k.token(10)}`,
              `${company.name} Recruiting`,
            ),
        expected: exp(company.name, j.role),
      };
    },
  },
  {
    id: 'take-home-exercise-from-hiring-manager',
    label: 'assessment',
    note: 'hiring manager sends a take-home exercise with a timebox and a return date (not an interview time)',
    count: 11,
    make(k) {
      const company = k.company();
      const j = job(k, ['engineering', 'design', 'data', 'product']);
      const hm = k.person(company);
      const s = sign(k, hm, j.hmTitle, company);
      const due = k.later(3, 7);
      const task: Record<string, string> = {
        engineering: `build a small REST service that ingests ${k.pick(['shipment events', 'sensor readings', 'invoices', 'booking requests'])} and exposes a summary endpoint`,
        design: `redesign the ${k.pick(['onboarding flow', 'checkout', 'settings page', 'notification centre'])} of our app and walk us through your reasoning`,
        data: `explore the attached dataset of ${k.pick(['customer orders', 'support tickets', 'app sessions'])} and tell us three things we should know`,
        product: `write a one-page proposal for ${k.pick(['a new pricing tier', 'reducing churn in month one', 'a mobile offline mode'])}`,
      };
      return {
        from: k.addr(hm),
        to: to(k),
        subject: k.pick([
          `Take-home exercise - ${j.role}`,
          `${company.name} - next step: short exercise`,
          `Re: ${j.role} - exercise`,
          `Your ${company.name} take-home`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for the great conversation earlier this week. As the next step for the ${j.role} role, we'd like you to complete a short take-home exercise.`,
            `The next stage of our process for ${j.role} is a practical exercise, which replaces a whiteboard interview.`,
          ]),
          `The brief: ${task[j.field] ?? task.product}. ${k.pick(['Details are in the attached PDF.', `Repo with starter code: https://git.${company.domain}/hiring/${k.token(6)}`, 'Full brief attached.'])}`,
          k.pick([
            'Please spend no more than 3-4 hours on it - we are not looking for polish.',
            "Timebox it to an afternoon; it's fine to leave notes on what you'd do with more time.",
          ]),
          k.pick([
            `Could you send it back by ${deadlineText(k, due, false)}?`,
            `We'd appreciate your submission by ${deadlineText(k, due, k.chance(0.5))}. If that's tight, just let me know.`,
          ]),
          k.pick([
            "Afterwards we'll set up a follow-up session where you walk us through your solution.",
            '',
          ]),
          s.text,
          k.pick(['[attachment: exercise-brief.pdf]', '']),
        ),
        expected: exp(company.name, j.role, [who(hm, 'hiring_manager', hm.email, s.phone)]),
        note: 'submission deadline is not an interview time',
      };
    },
  },
  {
    id: 'one-way-video-interview-hirevue-style',
    label: 'assessment',
    note: 'one-way recorded video interview (HireVue-style): "interview" word present, but no live time; complete by a deadline',
    count: 11,
    make(k) {
      const company = k.company();
      const j = job(k);
      const dl = k.later(3, 6);
      const platform = k.pick([
        [`${company.name} <noreply@hirevue.com>`, 'https://app.hirevue.com/interviews/'],
        [`${company.name} Recruiting <no-reply@sparkhire.com>`, 'https://app.sparkhire.com/i/'],
        [`${company.name} <invites@modernhire.example>`, 'https://modernhire.example/i/'],
      ] as const);
      return {
        from: platform[0],
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} - Digital Interview Invitation`,
          `Complete your video interview for ${j.role}`,
          `Next step: on-demand video interview - ${company.name}`,
          `Your ${company.name} virtual interview`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          `Thank you for your interest in the ${j.role} position. The next step is an on-demand video interview, which you can complete at any time that suits you before ${deadlineText(k, dl)}.`,
          `You will be asked ${k.int(4, 8)} questions. For each you will have ${k.pick(['30 seconds', '1 minute'])} to prepare and up to ${k.pick(['2', '3'])} minutes to record your answer. ${k.pick(['You get one practice question first.', 'Re-recording is not available.', 'There is no live interviewer; your responses will be reviewed by the hiring team.'])}`,
          `Start your interview: ${platform[1]}${k.token(12)}`,
          k.pick([
            'Use a laptop or phone with a camera and microphone, in a quiet, well-lit space.',
            'The interview takes about 20-30 minutes to complete.',
          ]),
          `Best regards,\n${company.name} Talent Acquisition`,
        ),
        expected: exp(company.name, j.role),
        note: 'one-way video "interview" is an assessment, not an interview to schedule',
      };
    },
  },
  {
    id: 'aptitude-reasoning-tests-invitation',
    label: 'assessment',
    note: 'numerical/verbal/logical reasoning test invitation from an assessment provider on behalf of the employer',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['business', 'data', 'engineering']);
      const dl = k.later(3, 6);
      const tests = k.some(
        [
          'Numerical Reasoning (18 min)',
          'Verbal Reasoning (19 min)',
          'Inductive Reasoning (24 min)',
          'Deductive Reasoning (20 min)',
          'Situational Judgement (untimed)',
        ],
        2,
        3,
      );
      return {
        from: k.pick([
          `${company.name} Recruitment <noreply@shl.com>`,
          `Talent Assessment on behalf of ${company.name} <assessments@talentassess.example>`,
          `${company.name} <no-reply@cut-e.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `${company.name}: online assessment invitation`,
          `Your ${company.name} ability tests`,
          `Next stage - online tests for ${j.role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Thank you for applying to ${company.name} for the role of ${j.role}. As the next stage of your application, we invite you to complete the following online assessments:`,
          bullets(k, tests),
          `Please complete all assessments by ${deadlineText(k, dl)}. They can be taken separately, but each must be completed in one sitting.`,
          `Access your assessments: https://assessments.example/${company.slug}/${k.token(12)}`,
          k.pick([
            'You may use a calculator and rough paper for the numerical test.',
            'We recommend completing the practice tests first.',
            'If you require reasonable adjustments, please contact us before starting.',
          ]),
          `Kind regards,\n${company.name} Recruitment Team`,
        ),
        expected: exp(company.name, j.role),
      };
    },
  },
  {
    id: 'personality-work-style-questionnaire',
    label: 'assessment',
    note: 'personality / work-style questionnaire: no right or wrong answers, ~20 minutes',
    count: 8,
    make(k) {
      const company = k.company();
      const j = job(k);
      const r = k.person(company);
      const personal = k.chance(0.5);
      return {
        from: personal ? k.addr(r) : `${company.name} Careers <careers@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Work style questionnaire - ${j.role}`,
          `${company.name}: please complete a short questionnaire`,
          `Behavioural assessment - next step`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `As part of our process for ${j.role}, we ask all shortlisted candidates to complete a short work-style questionnaire.`,
            `Before we move to interviews for the ${j.role} role, please complete our personality assessment.`,
          ]),
          'It takes around 20 minutes. There are no right or wrong answers; answer honestly and go with your first instinct.',
          `Link: https://${k.pick(['talent.predictive.example', 'app.workstyle.example', 'assess.traitify.example'])}/${k.token(12)}`,
          k.pick([
            'Please complete it within the next 3 days.',
            'Please complete it by the end of the week.',
            '',
          ]),
          personal
            ? sign(k, r, k.pick(RECRUITER_TITLES), company, false).text
            : `Thanks,\n${company.name} Talent Team`,
        ),
        expected: exp(company.name, j.role, personal ? [who(r, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'case-study-presentation-deadline',
    label: 'assessment',
    note: 'case study to prepare and submit by a deadline (with time), presented at a later stage to be scheduled',
    count: 10,
    make(k) {
      const company = k.company();
      const j = job(k, ['business', 'product', 'data']);
      const r = k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const due = k.later(3, 6);
      const dueText = isUS(k)
        ? `${dayText(k, due)} at ${due.time('us-compact')} ${tzLoose(k, due)}`
        : `${dayText(k, due)} at ${due.time('24h')}`;
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Case study - ${j.role}`,
          `${company.name}: case exercise for the next stage`,
          `Stage 2 - case study brief`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Congratulations on progressing to the next stage for ${j.role}. This stage is a case study exercise.`,
          `Please find the brief attached. ${k.pick([
            `You'll need to prepare a ${k.pick(['10', '15', '20'])}-minute presentation covering your analysis and recommendations.`,
            'We ask for a short written response (max 3 pages) and a model in Excel or Sheets.',
          ])}`,
          `Please submit your ${k.pick(['slides', 'response', 'materials'])} by ${dueText}.`,
          k.pick([
            "Once we've received it, I'll be in touch to schedule the presentation with the panel.",
            'Shortlisted submissions will be invited to present to the panel; we will arrange a time after the deadline.',
          ]),
          s.text,
          '[attachment: Case_Study_Brief.pdf]',
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', r.email, s.phone)]),
        note: 'a submission deadline with a time is not an interview time',
      };
    },
  },
  {
    id: 'ats-next-step-complete-assessment',
    label: 'assessment',
    note: 'ATS task notice: an assessment has been added to your application, log in to complete',
    count: 10,
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'icims', 'successfactors', 'smartrecruiters', 'greenhouse', 'taleo');
      const j = job(k);
      const req = `${k.pick(['R', 'JR', 'REQ-'])}${k.digits(5)}`;
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Action Required: Complete your assessment for ${j.role} (${req})`,
          `${company.name} - Assessment request`,
          `Next step in your application: online assessment`,
          `Task assigned: Assessment`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          k.pick([
            `Thank you for your application for ${j.role} (${req}). To continue, please complete the online assessment linked to this position.`,
            `An assessment has been added to your application for ${j.role}. Please sign in to your candidate home to complete it.`,
          ]),
          `${k.pick(['Complete assessment', 'Sign in', 'Go to my tasks'])}: ${system.link(company, `${req}/assessment`)}`,
          k.pick([
            'The assessment takes approximately 30-45 minutes and covers job-related scenarios.',
            'Candidates who do not complete the assessment within 5 days may not be considered.',
            '',
          ]),
          k.footer(company, system),
        ),
        expected: exp(company.name, j.role),
      };
    },
  },
  {
    id: 'german-online-assessment',
    label: 'assessment',
    note: 'German online test invitation ("Einladung zum Online-Assessment", Bearbeitungszeit, Frist)',
    count: 8,
    make(k) {
      k.as('de');
      const company = k.company();
      const j = job(k, ['engineering', 'business', 'data']);
      const r = k.person(company);
      const dl = k.later(3, 6);
      return {
        from: k.pick([k.addr(r), `${company.name} Recruiting <noreply@personio.de>`]),
        to: k.candidate.email,
        subject: k.pick([
          `Einladung zum Online-Assessment – ${j.role}`,
          `Nächster Schritt: Online-Test`,
          `Ihre Bewerbung bei ${company.name}: Fachaufgabe`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hallo ${k.candidate.first},`, `Sehr geehrte/r ${k.candidate.name},`]),
          `vielen Dank für Ihr Interesse an der Position ${j.role}. Als nächsten Schritt bitten wir Sie, ${k.pick(['einen kurzen Online-Test', 'eine kleine Fachaufgabe', 'ein Online-Assessment'])} zu bearbeiten.`,
          `Bearbeitungszeit: ca. ${k.pick(['45', '60', '90'])} Minuten\nFrist: bis ${dl.date('de')}`,
          `Link: https://assessment.${company.domain}/${k.token(10)}`,
          'Bei technischen Problemen melden Sie sich gerne bei uns.',
          `Viele Grüße\n${r.name}\n${company.name}`,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter', null)]),
      };
    },
  },
  {
    id: 'french-test-technique',
    label: 'assessment',
    note: 'French technical test ("test technique", délai, durée)',
    count: 7,
    make(k) {
      k.as('fr');
      const company = k.company();
      const j = job(k, ['engineering', 'data', 'design']);
      const r = k.person(company);
      const dl = k.later(3, 6);
      return {
        from: k.addr(r),
        to: k.candidate.email,
        subject: k.pick([
          `Test technique – ${j.role}`,
          `${company.name} : prochaine étape (exercice)`,
          `Votre candidature ${j.role} – cas pratique`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Bonjour ${k.candidate.first},`,
          `Merci pour notre échange. Comme prochaine étape pour le poste de ${j.role}, nous vous proposons un ${k.pick(['test technique', 'cas pratique', 'exercice à réaliser chez vous'])}.`,
          `Durée estimée : ${k.pick(['2 heures', '3 heures', '90 minutes'])}. Merci de nous le renvoyer avant le ${dl.date('fr')}.`,
          `Lien : https://${k.pick(['coderpad', 'app.codingame'])}.example/${k.token(10)}`,
          `Bien cordialement,\n${r.name}\n${company.name}`,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter')]),
      };
    },
  },
  {
    id: 'spanish-prueba-tecnica',
    label: 'assessment',
    note: 'Spanish technical test / prueba online with a plazo',
    count: 7,
    make(k) {
      k.as('es');
      const company = k.company();
      const j = job(k, ['engineering', 'data', 'business']);
      const r = k.person(company);
      const dl = k.later(3, 6);
      return {
        from: k.addr(r),
        to: k.candidate.email,
        subject: k.pick([
          `Prueba técnica – ${j.role}`,
          `${company.name}: siguiente fase del proceso`,
          `Prueba online ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hola ${k.candidate.first}:`,
          `Gracias por tu tiempo en la entrevista. El siguiente paso del proceso para ${j.role} es una ${k.pick(['prueba técnica', 'prueba online', 'prueba de conocimientos'])}.`,
          `Tienes hasta el ${dl.date('es')} para completarla. Duración aproximada: ${k.pick(['60', '90', '120'])} minutos.`,
          `Enlace: https://pruebas.${company.domain}/${k.token(10)}`,
          `Un saludo,\n${r.name}\nTalent Acquisition | ${company.name}`,
        ),
        expected: exp(company.name, j.role, [who(r, 'recruiter')]),
      };
    },
  },
  {
    id: 'skills-test-battery-business-roles',
    label: 'assessment',
    note: 'skills test battery for office roles (Excel, typing, attention to detail, language) via a testing platform',
    count: 9,
    make(k) {
      const company = k.company();
      const j = job(k, ['business', 'service', 'care']);
      const tests = k.some(
        [
          'Microsoft Excel (Intermediate)',
          'Typing speed',
          'Attention to Detail (Textual)',
          'English (B2)',
          'Accounts Payable',
          'Customer Service',
          'Time Management',
          'Data Entry',
        ],
        2,
        4,
      );
      const dl = k.later(2, 5);
      return {
        from: `${company.name} <no-reply@testgorilla.com>`,
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} invited you to complete a skills assessment`,
          `Skills assessment for ${j.role}`,
          `You have been invited to an assessment`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          `${company.name} has invited you to take an assessment for the ${j.role} position.`,
          `The assessment contains ${tests.length} tests:\n${bullets(k, tests)}`,
          `Estimated time: ${10 * tests.length + k.int(0, 9)} minutes. ${k.pick(['Your webcam may take snapshots during the assessment.', 'You can take a break between tests.', ''])}`,
          `Please complete it before ${deadlineText(k, dl, false)}.`,
          `[Start assessment] https://app.testgorilla.com/a/${k.token(14)}`,
          'Good luck!\nTestGorilla on behalf of ' + company.name,
        ),
        expected: exp(company.name, j.role),
      };
    },
  },
  {
    id: 'writing-exercise-content-roles',
    label: 'assessment',
    note: 'recruiter sends a paid/unpaid writing exercise for content/marketing roles with a word count and due date',
    count: 8,
    make(k) {
      const company = k.company();
      const role = k.pick([
        'Content Marketing Specialist',
        'Content Designer',
        'Marketing Manager',
        'Technical Writer',
        'Copywriter',
        'Communications Manager',
      ]);
      const r = k.person(company);
      const s = sign(k, r, k.pick(RECRUITER_TITLES), company);
      const due = k.later(3, 6);
      return {
        from: k.addr(r),
        to: to(k),
        subject: k.pick([
          `Writing exercise - ${role}`,
          `${company.name} | next step: writing task`,
          `Re: ${role} - writing sample`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Thanks for your patience! The next step for the ${role} role is a short writing exercise.`,
          k.pick([
            `Write a ${k.pick(['600', '800', '1,000'])}-word blog post for our customers on ${k.pick(['how to get started with our product', 'a trend in our industry you find interesting', 'what good onboarding looks like'])}.`,
            'Rewrite the attached product announcement for two audiences: existing customers and press.',
            'Draft three subject lines and one email for our spring campaign (brief attached).',
          ]),
          k.pick([
            `We compensate candidates for their time on this task.`,
            'It should take no more than two hours.',
            '',
          ]),
          `Please send it back to me by ${deadlineText(k, due, false)}.`,
          s.text,
        ),
        expected: exp(company.name, role, [who(r, 'recruiter', r.email, s.phone)]),
      };
    },
  },
  {
    id: 'graduate-game-based-assessment',
    label: 'assessment',
    note: 'early-careers game-based / situational judgement assessment for a graduate programme',
    count: 8,
    make(k) {
      const company = k.company();
      const program = k.pick([
        'Graduate Programme',
        'Summer Internship',
        'Technology Graduate Scheme',
        'Finance Analyst Programme',
        'Early Careers Programme',
      ]);
      const dl = k.later(3, 6);
      return {
        from: k.pick([
          `${company.name} Early Careers <earlycareers@${company.domain}>`,
          `${company.name} Graduate Recruitment <noreply@pymetrics.example>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Next stage of your ${company.name} ${program} application`,
          `Complete your ${company.name} online assessment`,
          `${program}: game-based assessment`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          `Hi ${k.candidate.first},`,
          `Thank you for applying to the ${company.name} ${program}. We're pleased to invite you to the next stage: our ${k.pick(['game-based assessment', 'situational judgement test', 'online assessment'])}.`,
          k.pick([
            'It consists of 12 short games measuring cognitive and behavioural traits. There is no preparation required.',
            'You will be presented with realistic workplace scenarios and asked to rank possible responses.',
          ]),
          `Deadline: ${deadlineText(k, dl, true)}`,
          `Start now: https://assessments.${company.domain}/${k.token(12)}`,
          `${company.name} Early Careers Team`,
          k.footer(company),
        ),
        expected: exp(company.name, program),
      };
    },
  },
  {
    id: 'agency-forwards-client-technical-test',
    label: 'assessment',
    note: "agency consultant passes on the client's technical test; company is the client when named",
    count: 8,
    make(k) {
      const ag = agency(k);
      const client = k.company();
      const named = k.chance(0.6);
      const j = job(k, ['engineering', 'data', 'business']);
      const c = k.person(ag);
      const s = sign(
        k,
        c,
        k.pick(['Senior Consultant', 'Recruitment Consultant', 'Principal Consultant']),
        ag,
        true,
      );
      const due = k.later(2, 5);
      return {
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `${named ? client.name : 'Client'} technical test - ${j.role}`,
          `Next step: test from ${named ? client.name : 'the client'}`,
          `RE: ${j.role} - feedback + test`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Good news - ${named ? client.name : 'the client'} liked your CV and ${named ? 'have' : 'has'} asked you to complete their ${k.pick(['technical test', 'online assessment', 'take-home task'])} before the first interview.`,
          `${k.pick(["It's around 90 minutes", 'It should take 2-3 hours', "It's a 60-minute timed test"])}. Link: https://${k.pick(['tests', 'assess'])}.${named ? client.domain : ag.domain}/${k.token(10)}`,
          `They've asked for it back by ${deadlineText(k, due, false)} - can you let me know when you plan to do it?`,
          s.text,
        ),
        expected: exp(named ? client.name : null, j.role, [who(c, 'agency_consultant', c.email, s.phone)]),
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

export const families: Family[] = [...requests, ...scheduled, ...assessments].map(shown);
