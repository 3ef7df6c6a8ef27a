/**
 * Third round of template families (written 2026-12-03 by a new hand): see the note on each.
 *
 * Traps: mail that reads like job outcomes or interviews but is not news of the reader's own
 * applications. `other`: the candidate's own messages (notes to self, news to a friend, a
 * heads-up to a referee, a gracious reply to a rejection, a forward to a mentor); the reader
 * on the HIRING side at their current job (agency shortlists, offer approvals, referral
 * updates, pipeline digests); non-job decisions (grants, ballots, tenders, competitions, a
 * child's squad trials, housing bids); "offer" in commerce (win-back offers, offers on a
 * property, upgrade bids); appointments that are not job interviews (driving tests, adviser
 * reviews, clinical intake assessments). `job_alert`: boards' and newsletters' job mailings
 * dressed in application words, in several languages.
 */
import { ascii, type Expected, type ExpectedPerson, type Family, type Kit, type Moment } from '../kit';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

function who(
  p: { name: string; email: string | null },
  role: ExpectedPerson['role'],
  withEmail = true,
): ExpectedPerson {
  return { name: p.name, email: withEmail ? p.email : null, phone: null, role };
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

/** Nothing to extract: not the reader's job search. */
function none(): Expected {
  return exp(null, null, []);
}

/** The candidate as the To header shows them. */
function to(k: Kit): string {
  return k.chance(0.55) ? k.addr(k.candidate) : k.candidate.email;
}

/** The candidate as the From header of their own mail shows them. */
function me(k: Kit): string {
  return k.chance(0.7) ? k.addr(k.candidate) : k.candidate.email;
}

/** The candidate's own sign-off, short as people write to people they know. */
function mySig(k: Kit, formal = false): string {
  const c = k.candidate;
  const sig = formal
    ? k.pick([
        `Best regards,\n${c.name}`,
        `Kind regards,\n${c.name}\n${c.phone}`,
        `Thank you,\n${c.name}`,
        `All the best,\n${c.first} ${c.last}\nlinkedin.com/in/${ascii(c.first + c.last).toLowerCase()}`,
      ])
    : k.pick([`${c.first}`, `x ${c.first}`, `- ${c.first[0]}`, `Cheers,\n${c.first}`, `Thanks!\n${c.first}`]);
  return sig + (k.chance(0.15) ? '\n\nSent from my iPhone' : '');
}

function us(k: Kit): boolean {
  return k.locale === 'en-US' || k.locale === 'en-CA';
}

/** A date as the sender's locale writes it in running text. */
function day(k: Kit, m: Moment): string {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return m.date(k.pick(['us-long', 'us-short'] as const));
    case 'de':
      return m.date('de');
    case 'fr':
      return m.date('fr');
    case 'es':
      return m.date('es');
    default:
      return m.date(k.pick(['uk-long', 'uk-short'] as const));
  }
}

/** A time as the sender's locale writes it. */
function clock(k: Kit, m: Moment): string {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return m.time(k.pick(['us', 'us-lower', 'us-compact'] as const));
    case 'de':
      return m.time('de');
    case 'fr':
      return m.time('fr');
    case 'es':
      return m.time('24h');
    default:
      return m.time(k.pick(['24h', 'us-lower'] as const));
  }
}

/** A weekday `days` or more calendar days before the email was sent. */
function before(k: Kit, days: number, hour: number, minute: number): Moment {
  let m = k.sent.plusDays(-days, hour, minute);
  while (m.weekday === 0 || m.weekday === 6) m = m.plusDays(-1, hour, minute);
  return m;
}

function thousands(n: number, sep: string): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** An amount in the locale's currency. */
function money(k: Kit, n: number): string {
  switch (k.locale) {
    case 'en-US':
      return `$${thousands(n, ',')}`;
    case 'en-CA':
      return `CA$${thousands(n, ',')}`;
    case 'en-AU':
      return `A$${thousands(n, ',')}`;
    case 'en-IN':
      return `₹${thousands(n * 60, ',')}`;
    case 'en-GB':
      return `£${thousands(n, ',')}`;
    default:
      return `${thousands(n, '.')} €`;
  }
}

const PLACE = [
  'Elmbrook',
  'Stillmere',
  'Brackenvale',
  'Glenhollow',
  'Rowanmere',
  'Thistledown',
  'Yarrowfield',
  'Mirefield',
  'Ashcombe',
  'Coldharbour',
  'Wrenmoor',
  'Oakhurst',
  'Linden Cross',
  'Fernbury',
] as const;

const CITY = [
  'Riverton',
  'Lakeside',
  'Fairhaven',
  'Millbrook',
  'Springfield',
  'Harbor City',
  'Eastwick',
] as const;

/** A non-company organisation: "Elmbrook Arts Trust" at elmbrookartstrust.example. */
function org(k: Kit, kinds: readonly string[]): { name: string; domain: string; slug: string } {
  const name = `${k.pick(PLACE)} ${k.pick(kinds)}`;
  const slug = ascii(name)
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}

/** A no-reply sender at an organisation. */
function noreply(k: Kit, o: { name: string; domain: string }, local?: string): string {
  return `${o.name} <${local ?? k.pick(['no-reply', 'noreply', 'notifications', 'hello', 'info'])}@${o.domain}>`;
}

/** A few job-board rows: role, company, place, sometimes pay. */
function jobRows(k: Kit, n: number, field?: Parameters<Kit['role']>[0]): string[] {
  const rows: string[] = [];
  const style = k.int(0, 2);
  const hourly = field === 'service' || field === 'care';
  for (let i = 0; i < n; i++) {
    const c = k.company();
    const r = k.role(field);
    const where = k.pick([...CITY, 'Remote', `Hybrid · ${k.pick(CITY)}`]);
    const pay = k.chance(0.5)
      ? hourly
        ? ` · ${money(k, k.int(14, 38))}/hr`
        : k.pick([` · ${money(k, k.int(45, 140) * 1000)}/yr`, ''])
      : '';
    rows.push(
      style === 0
        ? `${r}\n${c.name} · ${where}${pay}`
        : style === 1
          ? `• ${r} - ${c.name} (${where})${pay}`
          : `${r} | ${c.name} | ${where}${pay.replace(' · ', ' | ')}`,
    );
  }
  return style === 1 ? [rows.join('\n')] : rows;
}

/** An invented job board. */
function board(k: Kit): { name: string; domain: string; slug: string } {
  const name = k.pick([
    'Hirefeed',
    'JobTrail',
    'Workhound',
    'RoleRadar',
    'Careerloop',
    'Openings.io',
    'TalentNest',
  ]);
  const slug = ascii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return { name, slug, domain: `${slug}.example` };
}

function unsub(k: Kit, domain: string): string {
  return k.pick([
    `Unsubscribe: https://${domain}/unsubscribe?u=${k.token(14)}`,
    `You are receiving this email because you signed up at ${domain}. Manage preferences · Unsubscribe`,
    `Don't want these emails? https://${domain}/prefs/${k.token(10)}`,
  ]);
}

// ---------------------------------------------------------------------------------------
// The candidate's own messages (labelled `other` by our convention)

const own: Family[] = [
  {
    id: 't3-own-note-to-self-interview-prep',
    label: 'other',
    note: 'The candidate emails THEMSELVES prep notes before an interview (time, interviewer, questions, a competing offer); from and to the candidate',
    make(k) {
      const company = k.company();
      const role = k.role();
      const iv = k.person(company);
      const at = k.later(1, 6);
      const ivTitle = k.pick(['hiring manager', 'HM', 'head of the team', 'my future manager?', 'team lead']);
      const when = `${us(k) ? at.date('us-short') : at.date('uk-short')} ${clock(k, at)}`;
      const questions = k.some(
        [
          'what does success look like in the first 90 days',
          'why is the role open (backfill or new?)',
          'how is the team split between offices',
          'on-call / weekend expectations',
          'what they liked about my application',
          'how the team works with other departments',
          'biggest challenge for the team this year',
          'timeline for a decision',
        ],
        3,
        5,
      );
      const stories = k.some(
        [
          'the busy season when half the team was out',
          'disagreeing with my manager about the launch date',
          'onboarding the two new hires',
          'the customer escalation in the spring',
          'the process I changed that saved everyone time',
          'the project I would do differently',
        ],
        2,
        3,
      );
      const bullet = k.pick(['- ', '* ', '• ']);
      return {
        from: me(k),
        to: k.candidate.email,
        subject: k.pick([
          `prep - ${company.name} ${role}`,
          `Notes for ${company.name} interview`,
          `${company.name} ${when}`,
          `TODO before ${company.name}`,
          `interview notes`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `${company.name} - ${role}\n${when} with ${iv.name} (${ivTitle})`,
            `Interview: ${when}, ${iv.name}, ${ivTitle}. Role: ${role} at ${company.name}.`,
            `${when} -> ${company.name} (${role}). Talking to ${iv.name}, ${ivTitle}.`,
          ]),
          k.pick(['Questions to ask:', 'Ask them:', 'Things to ask about:']) +
            '\n' +
            questions.map((q) => bullet + q).join('\n'),
          k.pick(['Stories to have ready:', 'STAR examples:', 'Remember to mention:']) +
            '\n' +
            stories.map((s) => bullet + s).join('\n'),
          k.pick([
            "Salary: don't give a number first. If pushed, say I'm looking at the market range.",
            'If they ask about other processes: yes, one other offer, need to decide soon-ish.',
            "Last time I rambled on the 'tell me about yourself' - keep it to 2 min!!",
            'Look up the last two blog posts on their site. Check the interviewer on LinkedIn.',
          ]),
          k.pick([
            'Charge laptop, test the video link 10 min before.',
            'Print CV x2, leave 30 min early.',
            'Water, notebook, the question list above.',
            '',
          ]),
        ),
        expected: exp(
          company.name,
          role,
          [
            who(
              iv,
              ['hiring manager', 'HM', 'my future manager?'].includes(ivTitle)
                ? 'hiring_manager'
                : 'interviewer',
              false,
            ),
          ],
          { interviewAt: at.iso },
        ),
      };
    },
  },
  {
    id: 't3-own-tells-friend-outcome',
    label: 'other',
    note: 'The candidate tells a friend or relative their own result ("I got the offer!!" / "they went with someone else"), sometimes above the friend\'s quoted question',
    make(k) {
      const company = k.company();
      const role = k.role();
      const friend = k.person();
      const good = k.chance(0.5);
      const earlier = k.sent.plusDays(-k.int(1, 3), k.int(18, 22), k.pick([5, 20, 40]));
      const news = good
        ? k.pick([
            `I GOT IT!! ${company.name} called this afternoon and offered me the ${role} job.`,
            `So... they made me an offer! ${role} at ${company.name}, the written offer should come through by the end of the week.`,
            `It's official, you're looking at ${company.name}'s new ${role}. Congratulations are in order (to me, ha).`,
          ])
        : k.pick([
            `Didn't get the ${role} job at ${company.name}. Got the "unfortunately we have decided to move forward with other candidates" email this morning.`,
            `Well that's that - ${company.name} went with someone else for the ${role} role. Final round and everything.`,
            `Bad news, ${company.name} said no. Apparently I was "a very strong candidate" for the ${role} position but not selected. Classic.`,
          ]);
      const more = good
        ? k.pick([
            'Still need to talk about the salary but honestly I would take it as is.',
            'Trying to play it cool until the contract arrives, but I am not cool.',
            'Start date is probably next month, I need to hand in my notice first. Scary.',
          ])
        : k.pick([
            "I'm gutted but it's fine, there are two other applications still going.",
            'Honestly the commute would have been awful anyway. Onwards.',
            'I asked for feedback, we will see if they actually send any.',
          ]);
      const close = good
        ? k.pick(['Drinks on Friday? My treat!', 'Celebration dinner this weekend??', 'Call you tonight!'])
        : k.pick(['Wine on Friday?', 'Need a pep talk, call me later?', "Let's get lunch next week."]);
      const quoted = k.chance(0.5);
      return {
        from: me(k),
        to: k.addr(friend),
        subject: quoted
          ? k.pick(['Re: how did it go?', 'Re: any news??', 'Re: fingers crossed!'])
          : good
            ? k.pick(['guess what', 'NEWS', 'it happened!!'])
            : k.pick(['well...', 'ugh', 'not this time']),
        date: k.date,
        body: k.paragraphs(
          k.pick([`${friend.first}!`, `Hey ${friend.first},`, `Hi ${friend.first}`, '']),
          news,
          more,
          close,
          k.pick([k.candidate.first, `x ${k.candidate.first}`, `${k.candidate.first[0]}`]),
          quoted &&
            k.quote(
              k.pick([
                'So?? Did you hear back from the interview? Tell me everything',
                `Any news from ${company.name}? I've been thinking about you all week`,
                'Fingers crossed for you! Let me know as soon as you hear anything',
              ]),
              friend,
              earlier,
            ),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 't3-own-heads-up-to-referee',
    label: 'other',
    note: 'The candidate warns a former manager that an employer may call them for a reference (trap for reference_request: the candidate writes; referee and recruiter noted)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const old = k.company();
      const ref = k.chance(0.5) ? k.person(old) : k.person();
      const rec = k.person(company);
      return {
        from: me(k),
        to: k.addr(ref),
        subject: k.pick([
          `Heads-up: reference call from ${company.name}`,
          'Quick favour - reference',
          `You may get a call from ${company.name}`,
          'Reference heads-up (thank you in advance!)',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${ref.first},`, `Dear ${ref.first},`, `Hey ${ref.first},`]),
          k.pick([
            `I hope things are good at ${old.name}! I wanted to give you a heads-up: I'm in the final stages for a ${role} position at ${company.name} and gave them your name as a referee.`,
            `Thank you again for agreeing to be a reference. ${company.name} have asked for referees for the ${role} role, so you may hear from them soon.`,
            `Just a quick note - I've reached the reference stage for the ${role} job at ${company.name} (fingers crossed), and I listed you as my referee from my time at ${old.name}.`,
          ]),
          k.pick([
            `Their recruiter, ${rec.name}, said someone would reach out by email ${k.pick(['this week', 'in the next few days', 'early next week'])}.`,
            `It should be ${rec.name} from their talent team who gets in touch, probably by phone.`,
            `${rec.name}, the recruiter, mentioned it's a short online form rather than a call.`,
          ]),
          k.pick([
            'If it helps, the things they seem most interested in are stakeholder management and how I handled the team reorganisation.',
            'The role is heavier on people management than what I did with you, so anything about mentoring the juniors would be great.',
            'They asked a lot about delivering under pressure, so the year-end project might be a good example.',
          ]),
          k.pick([
            'Really appreciate it - I owe you a coffee!',
            'Thank you so much, and let me know if you need anything from me.',
            "I'll let you know how it goes. Thanks again!",
          ]),
          mySig(k),
        ),
        expected: exp(company.name, role, [who(ref, 'reference'), who(rec, 'recruiter', false)]),
      };
    },
  },
  {
    id: 't3-own-gracious-reply-to-rejection',
    label: 'other',
    note: "The candidate's gracious reply to a rejection (thanks, keep me in mind, stay connected; no feedback request) above the employer's quoted rejection",
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const earlier = before(k, k.int(1, 2), k.int(9, 17), k.pick([2, 31, 48]));
      const rejection = k.paragraphs(
        `Hi ${k.candidate.first},`,
        k.pick([
          `Thank you for taking the time to interview for the ${role} position. Unfortunately, we have decided to move forward with another candidate whose experience more closely matches what the team needs right now.`,
          `I wanted to let you know personally that we won't be moving forward with your application for ${role}. It was a close decision and the team enjoyed meeting you.`,
          `After a lot of discussion, the team has decided not to proceed with your candidacy for the ${role} role. I'm sorry to bring disappointing news.`,
        ]),
        'We wish you every success in your search.',
        `${rec.name}\n${company.name}`,
      );
      return {
        from: me(k),
        to: k.addr(rec),
        subject: k.pick([`Re: ${company.name} - ${role}`, `Re: Your application for ${role}`, 'Re: Update']),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${rec.first},`, `Dear ${rec.first},`, `Hello ${rec.first},`]),
          k.pick([
            'Thank you for letting me know, and for being so clear and kind throughout the process.',
            "Thanks for the update - of course I'm disappointed, but I really appreciate you telling me personally.",
            'Thank you for getting back to me. I completely understand the decision.',
          ]),
          k.pick([
            `I enjoyed meeting the team and learning about ${company.name}, and I'd love to be considered if a similar role opens up in the future.`,
            `Please do keep me in mind for future openings - ${company.name} is still very high on my list.`,
            'If anything comes up that fits my background better, I would be glad to hear from you.',
          ]),
          k.pick([
            "I'll send you a connection request on LinkedIn so we can stay in touch.",
            'Best of luck to the team with the launch.',
            'Wishing you and the team all the best.',
          ]),
          mySig(k, true),
          k.quote(rejection, rec, earlier),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 't3-own-forwards-outcome-to-mentor',
    label: 'other',
    note: "The candidate forwards an employer's offer or rejection to a mentor asking for advice (trap: a whole job outcome inside, but the candidate is the sender)",
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'product', 'data', 'business', 'design'] as const));
      const rec = k.person(company);
      const mentor = k.person();
      const offer = k.chance(0.5);
      const when = before(k, k.int(1, 3), k.int(9, 17), k.pick([4, 15, 52]));
      const base = k.int(55, 150) * 1000;
      const inner = offer
        ? k.paragraphs(
            `Dear ${k.candidate.first},`,
            k.pick([
              `Congratulations! We are delighted to offer you the position of ${role} at ${company.name}.`,
              `Following your interviews, I'm pleased to confirm our offer for the ${role} role.`,
              `It's my pleasure to extend you an offer to join ${company.name} as ${role}.`,
            ]),
            `Base salary: ${money(k, base)} per year\nBonus: up to ${k.pick([5, 8, 10, 15])}% of base\nStart date: to be agreed`,
            'Please let me know if you have any questions. We look forward to hearing from you.',
            `${rec.name}\nTalent Acquisition, ${company.name}`,
          )
        : k.paragraphs(
            `Hi ${k.candidate.first},`,
            k.pick([
              `Thank you for your interest in the ${role} position at ${company.name}. After careful consideration, we have decided not to move forward with your application.`,
              `We appreciate the time you invested in our process for ${role}. Unfortunately, you have not been selected for the next stage.`,
              `Thank you for interviewing with ${company.name}. On this occasion we will not be progressing your application for ${role}.`,
            ]),
            'We will keep your details on file for future opportunities.',
            `${rec.name}\n${company.name}`,
          );
      const subject = offer
        ? k.pick([
            `Offer - ${role}`,
            `Your offer from ${company.name}`,
            `${company.name}: offer of employment`,
          ])
        : k.pick([`Your application to ${company.name}`, `${role} - update`, `Update on your candidacy`]);
      return {
        from: me(k),
        to: k.addr(mentor),
        subject: `Fwd: ${subject}`,
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${mentor.first},`, `${mentor.first} -`, `Dear ${mentor.first},`]),
          offer
            ? k.pick([
                'Could I get your eyes on this before I reply? The base is lower than I hoped and I am not sure how hard to push.',
                'Forwarding the offer I mentioned. Is the bonus structure normal for this kind of company? Would love 15 minutes this week.',
                "Here it is! Before I say yes - anything here you'd question? I've never negotiated before.",
              ])
            : k.pick([
                'This came in today. Third no after a final round this year... any idea what I should do differently?',
                'Forwarding for context before our chat on Thursday. I thought this one went really well, so I am a bit lost.',
                "Well, here's the rejection. Would you be up for a mock interview at some point? I think I'm doing something wrong in the last round.",
              ]),
          mySig(k),
          k.forward({
            from: `${rec.name} <${rec.email}>`,
            subject,
            when,
            to: `${k.candidate.name} <${k.candidate.email}>`,
            body: inner,
          }),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// The reader on the hiring side at their current job

const hiring: Family[] = [
  {
    id: 't3-hiring-agency-shortlist-to-hiring-manager',
    label: 'other',
    note: 'An agency sends the reader, as a HIRING MANAGER, candidate profiles for their vacancy ("available to interview Tuesday", "has accepted another offer"); no news of the reader\'s own search',
    make(k) {
      const agency = org(k, [
        'Recruitment',
        'Talent Partners',
        'Search & Selection',
        'Staffing',
        'People Search',
      ]);
      const consultant = k.person(agency);
      const role = k.role();
      const level = k.int(40, 120);
      const cands = [k.person(), k.person(), k.person()].map((p) => ({
        name: `${p.first} ${p.last[0]}.`,
        notice: k.pick(['1 month notice', 'immediately available', '3 months notice', '2 weeks notice']),
        pay: money(k, (level + k.int(-5, 12)) * 1000),
        years: k.int(3, 14),
      }));
      const lost = k.person();
      const slot = k.later(2, 6);
      const [a, b, c] = cands as [(typeof cands)[0], (typeof cands)[0], (typeof cands)[0]];
      const listed = k.chance(0.5);
      const profile = (x: typeof a, i: number) =>
        listed
          ? `${i}. ${x.name} - ${x.years} years' experience, ${x.notice}, looking for ${x.pay}`
          : `Candidate ${i}: ${x.name}\n   Experience: ${x.years} yrs | Notice: ${x.notice} | Expectation: ${x.pay}`;
      return {
        from: k.addr(consultant),
        to: to(k),
        subject: k.pick([
          `Shortlist: ${role} - 3 candidates`,
          `CVs for your ${role} vacancy`,
          `${role} - candidates for review (${agency.name})`,
          `Re: ${role} search - first shortlist`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Further to our call, please find attached three candidates for your ${role} vacancy.`,
            `As promised, here is the first shortlist for the ${role} position. CVs attached, summaries below.`,
            `Thanks for the brief last week. I've screened a good number of applications and these three stand out for your ${role} role.`,
          ]),
          [profile(a, 1), profile(b, 2), profile(c, 3)].join('\n'),
          k.pick([
            `${a.name} is available for interview on ${day(k, slot)} or the following morning, and is keen to move quickly.`,
            `All three can interview next week. ${b.name} has a second interview elsewhere, so sooner would be better.`,
            `${c.name} would need a video interview in the first round as they are relocating.`,
          ]),
          k.pick([
            `Unfortunately ${lost.first} ${lost.last[0]}., who I mentioned on the phone, has accepted another offer, so I've taken them off the list.`,
            `One I was excited about withdrew yesterday after a counter-offer from their current employer, sadly.`,
            `I rejected a few strong applications on salary grounds - happy to share them if the budget moves.`,
          ]),
          k.pick([
            'Let me know which of them you would like to meet and I will arrange interviews.',
            'Could you let me have your feedback by Thursday so I can keep the candidates warm?',
            "Just reply with yes / no / maybe for each and I'll take it from there.",
          ]),
          k.signature(
            consultant,
            k.pick(['Senior Consultant', 'Principal Consultant', 'Recruitment Manager']),
            agency,
          ),
          k.chance(0.4) && '[3 attachments: CV_1.pdf, CV_2.pdf, CV_3.pdf]',
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-hiring-ats-offer-approval-request',
    label: 'other',
    note: 'ATS notification to the reader as an APPROVER on the hiring team: offer approval requested, offer approved, candidate accepted the offer (trap: offer, congratulations, start date)',
    make(k) {
      const mine = k.company();
      const system = k.system('greenhouse', 'lever', 'ashby', 'workday', 'smartrecruiters');
      const role = k.role();
      const cand = k.person();
      const rec = k.person(mine);
      const start = k.later(15, 30);
      const base = money(k, k.int(50, 160) * 1000);
      const kind = k.pick(['request', 'approved', 'accepted'] as const);
      const subject =
        kind === 'request'
          ? k.pick([
              `Approval requested: offer for ${cand.name}`,
              `Action required: approve offer - ${cand.name} (${role})`,
              `${rec.name} requested your approval`,
            ])
          : kind === 'approved'
            ? k.pick([
                `Offer approved: ${cand.name}`,
                `All approvals complete - ${cand.name}`,
                `Offer for ${cand.name} is ready to send`,
              ])
            : k.pick([
                `${cand.name} accepted the offer!`,
                `Offer accepted: ${cand.name} - ${role}`,
                `Congratulations to the hiring team: ${cand.name} signed`,
              ]);
      const lead =
        kind === 'request'
          ? k.pick([
              `${rec.name} has requested your approval for the following offer.`,
              `You are listed as an approver on an offer that is waiting for you.`,
              `An offer needs your approval before it can be sent to the candidate.`,
            ])
          : kind === 'approved'
            ? k.pick([
                `All approvers have signed off. ${rec.name} can now send the offer to ${cand.name}.`,
                `Good news: the offer for ${cand.name} has been approved by everyone in the chain.`,
                `The offer below has been fully approved. No further action is needed from you.`,
              ])
            : k.pick([
                `Congratulations! ${cand.name} has accepted your offer and signed the offer letter.`,
                `Great news for your team: ${cand.name} accepted the offer for ${role}.`,
                `The candidate has signed. Please welcome ${cand.first} when they start!`,
              ]);
      return {
        from: system.from(mine),
        to: k.candidate.email,
        subject,
        date: k.date,
        body: k.paragraphs(
          k.header(mine),
          k.hello(),
          lead,
          [
            `Candidate: ${cand.name}`,
            `Job: ${role}`,
            `Hiring manager: ${k.candidate.name}`,
            `Start date: ${day(k, start)}`,
            `Base salary: ${base}`,
            kind === 'request'
              ? `Approvers: ${k.person(mine).name} (approved), ${k.candidate.name} (pending)`
              : `Status: ${kind === 'approved' ? 'Approved' : 'Accepted'}`,
          ].join('\n'),
          kind === 'request'
            ? k.pick([
                `Approve or reject: ${system.link(mine, k.token(10))}`,
                `Review offer: ${system.link(mine, k.token(10))}\nThe recruiter will be notified of your decision.`,
                `[Approve] [Reject]  ${system.link(mine, k.token(10))}`,
              ])
            : kind === 'accepted'
              ? k.pick([
                  'Next: IT equipment and onboarding tasks will be created automatically.',
                  'Remember to close the requisition and let the other candidates know.',
                  'Your remaining candidates in this job will be rejected automatically in 3 days unless you change this.',
                ])
              : `View offer: ${system.link(mine, k.token(10))}`,
          system.footer(mine),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-hiring-referral-candidate-status',
    label: 'other',
    note: "The reader's CURRENT employer tells them, as a referrer, what happened to a friend they referred: not selected, interviewing, hired + referral bonus (trap: rejection/offer words about someone else)",
    make(k) {
      const mine = k.company();
      const role = k.role();
      const friend = k.person();
      const kind = k.pick(['rejected', 'interview', 'hired'] as const);
      const bonus = money(k, k.pick([1000, 1500, 2000, 2500, 3000]));
      const line =
        kind === 'rejected'
          ? k.pick([
              `Unfortunately, the hiring team has decided not to move forward with ${friend.name} for the ${role} role. We have let them know by email.`,
              `${friend.name} was not selected for ${role} this time. Thank you for thinking of us - strong referrals like this make a difference.`,
              `The team reviewed ${friend.first}'s application for ${role} carefully but has decided to pursue other candidates.`,
            ])
          : kind === 'interview'
            ? k.pick([
                `Good news: ${friend.name} has been invited to interview for ${role}.`,
                `${friend.name} has moved to the interview stage for ${role}. We'll keep you posted.`,
                `Your referral is progressing! ${friend.first} has a first interview scheduled with the ${role} hiring team.`,
              ])
            : k.pick([
                `Congratulations! ${friend.name} has accepted an offer for ${role}. Your referral bonus of ${bonus} will be paid once they have completed 90 days.`,
                `${friend.name} has joined as ${role} - thank you for the referral. A ${bonus} bonus will appear in your payroll after the probation period.`,
                `Your referral was hired! ${friend.first} accepted our offer for ${role}. Bonus: ${bonus}, paid after 3 months.`,
              ]);
      return {
        from: k.pick([
          `${mine.name} Referrals <referrals@${mine.domain}>`,
          `${mine.name} Talent <talent@${mine.domain}>`,
          `People Team <people@${mine.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          `Update on your referral: ${friend.name}`,
          `Your referral for ${role}`,
          `Referral status changed`,
          kind === 'hired' ? 'Your referral was hired 🎉' : `Referral update - ${friend.first}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for referring ${friend.first} to ${mine.name}. Here is the latest on their application.`,
            'We promised to keep referrers in the loop, so here is an update.',
            '',
          ]),
          line,
          kind === 'rejected'
            ? k.pick([
                'Please keep the referrals coming - you can see all open roles on the internal jobs board.',
                "Because of privacy rules we can't share interview feedback with referrers.",
                `If ${friend.first} asks, they are welcome to apply for other roles in future.`,
              ])
            : k.pick([
                'You can follow all your referrals on the Refer a Friend page.',
                'Know someone else? We have open roles in most teams this quarter.',
                '',
              ]),
          k.pick(['Thanks,\nThe Talent Team', `Best,\n${mine.name} Referral Program`, 'People Team']),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-hiring-recruiter-pipeline-digest',
    label: 'other',
    note: "An in-house recruiter's weekly pipeline update to the reader as HIRING MANAGER: an offer declined, finals scheduled at fixed times, phone-screen rejections, scorecards due",
    make(k) {
      const mine = k.company();
      const rec = k.person(mine);
      const role = k.role();
      const [c1, c2, c3] = [k.person(), k.person(), k.person()];
      const final = k.later(2, 6);
      const rejected = k.int(3, 12);
      const offerLine = k.pick([
        `${c1.name} declined our offer - their current employer came back with a counter-offer we couldn't match.`,
        `${c1.name} verbally accepted the offer yesterday! Written offer goes out today, fingers crossed for a signature this week.`,
        `Still waiting on ${c1.name} to respond to the offer; they asked for the weekend to think it over.`,
      ]);
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `${role} pipeline - weekly update`,
          `Hiring update: ${role}`,
          `Where we are with the ${role} search`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, `Morning ${k.candidate.first},`, `${k.candidate.first} -`]),
          k.pick([
            `Here's this week's update on the ${role} search.`,
            `Quick summary of where things stand on your ${role} req.`,
            `Pipeline update ahead of our sync.`,
          ]),
          `Offers\n- ${offerLine}`,
          `Final round\n- ${c2.name}: ${day(k, final)} at ${clock(k, final)}, ${k.pick(['onsite', 'video', 'in the office'])}. You're on the panel with ${k.person(mine).first}.`,
          `Screened out\n- ${rejected} ${k.pick(['rejected after phone screen', 'not progressed after CV review', 'declined this week (mostly salary and location)'])}`,
          k.pick([
            `Action for you: please submit your scorecard for ${c3.name}, the interview was on ${before(k, k.int(1, 3), 10, 0).weekdayName}.`,
            `Action for you: ${c3.first} is asking for feedback after the technical round. Could you send me two lines I can pass on?`,
            `Action for you: nothing this week, just hold the final-round slot.`,
          ]),
          k.signature(rec, k.pick(['Talent Partner', 'Senior Recruiter', 'Recruiting Lead']), mine),
        ),
        expected: none(),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// Non-job decisions in rejection / offer words

const decisions: Family[] = [
  {
    id: 't3-grant-funding-decision',
    label: 'other',
    note: 'A trust, council or foundation decides on a grant application for a project (not funded / waitlisted / awarded with a grant offer to accept): "unfortunately", "not successful", "offer"',
    make(k) {
      const funder = org(k, [
        'Arts Trust',
        'Community Foundation',
        'Heritage Fund',
        'Research Foundation',
        'Culture Fund',
      ]);
      const officer = k.person(funder);
      const project = k.pick([
        'Stories from the Riverside',
        'Neighbourhood Tool Library',
        'Open Studio Saturdays',
        'Mapping Urban Pollinators',
        'Youth Podcast Lab',
        'Community Kitchen Pilot',
      ]);
      const ref = `${k.pick(['GR', 'CF', 'APP'])}-${k.sent.year}-${k.digits(4)}`;
      const asked = money(k, k.int(3, 60) * 500);
      const apps = k.int(80, 640);
      const outcome = k.weighted([
        ['no', 5],
        ['reserve', 2],
        ['yes', 3],
      ] as const);
      const accept = k.sent.plusWorkdays(k.int(10, 20));
      const decision =
        outcome === 'no'
          ? k.pick([
              `Unfortunately, on this occasion your application has not been successful.`,
              `We regret to tell you that the panel was not able to offer funding for "${project}" in this round.`,
              `I'm sorry to let you know that your application was not selected for funding.`,
            ])
          : outcome === 'reserve'
            ? k.pick([
                'Your application was scored as fundable but has been placed on a reserve list; if money is returned by other projects, we will contact you.',
                'The panel rated your project highly, but we could not offer funding to every eligible application. Your project is on our reserve list.',
                'Your application was not funded in the first allocation, but it is on the waiting list for any underspend.',
              ])
            : k.pick([
                `Congratulations! We are delighted to offer you a grant of ${asked} towards "${project}".`,
                `I'm pleased to tell you that the panel has approved your application, and we are offering a grant of ${asked}.`,
                `Good news: your application was successful, and we would like to offer you ${asked} in full.`,
              ]);
      return {
        from: k.chance(0.5) ? k.addr(officer) : noreply(k, funder, 'grants'),
        to: to(k),
        subject: k.pick([
          `Outcome of your application ${ref}`,
          `${funder.name}: decision on your application`,
          `Your grant application - "${project}"`,
          `Application ${ref} - result`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for applying to the ${funder.name} ${k.pick(['spring', 'autumn', 'annual', 'small grants'])} round with your project "${project}" (reference ${ref}).`,
            `Thank you for your application requesting ${asked} for "${project}".`,
            `Our panel met last week to consider applications to the ${funder.name}.`,
          ]),
          k.pick([
            `We received ${apps} applications this round, far more than we are able to support.`,
            `Competition was very strong: ${apps} applications asked for more than four times the budget available.`,
            '',
          ]),
          decision,
          outcome === 'yes'
            ? k.pick([
                `To accept the offer, please sign and return the grant agreement by ${day(k, accept)}.`,
                `Your grant offer letter and terms are attached. Please accept the offer through the applicant portal by ${day(k, accept)}.`,
                `Before we can release the first payment, we need your signed acceptance and bank details by ${day(k, accept)}.`,
              ])
            : k.pick([
                'Panel comments: the project was well described, but the budget lacked detail on volunteer costs and the evaluation plan was limited.',
                'Feedback: reviewers liked the idea but felt the links to the local community needed more evidence.',
                'We are unable to give individual feedback, but you are welcome to apply again in a future round.',
              ]),
          k.pick([
            `With best wishes,\n${officer.name}\nGrants Officer, ${funder.name}`,
            `Kind regards,\nThe Grants Team\n${funder.name}`,
            `Yours sincerely,\n${officer.name}\nProgramme Manager`,
          ]),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-ballot-ticket-application-result',
    label: 'other',
    note: 'Event ballot results (marathon place, festival or concert tickets): "your ballot application was unsuccessful", "congratulations, you have been selected", application reference',
    make(k) {
      const place = k.pick(PLACE);
      const ev = k.pick([
        { name: `${place} Marathon`, race: true },
        { name: `${place} Half Marathon`, race: true },
        { name: `${place} Open-Air Opera`, race: false },
        { name: `${place} Summer Music Weekend`, race: false },
        { name: `${place} Cup Final`, race: false },
        { name: `${place} Lantern Festival`, race: false },
      ]);
      const event = ev.name;
      const o = {
        name: event,
        domain: `${ascii(place)
          .toLowerCase()
          .replace(/[^a-z]+/g, '')}events.example`,
      };
      const ref = `${k.token(3).toUpperCase()}${k.digits(6)}`;
      const ok = k.chance(0.35);
      const applicants = thousands(k.int(12, 180) * 1000, ',');
      const charge = k.sent.plusWorkdays(k.int(3, 10));
      return {
        from: noreply(k, o, k.pick(['ballot', 'tickets', 'no-reply'])),
        to: k.candidate.email,
        subject: ok
          ? k.pick([
              `Congratulations - you have a place in the ${event}!`,
              `Your ballot result: successful`,
              `${event}: good news about your application`,
            ])
          : k.pick([
              `Your ${event} ballot result`,
              `${event} ballot: update on your application`,
              `Ballot result for application ${ref}`,
            ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for entering the ballot for the ${event}. This year we received ${applicants} applications.`,
            `The ${event} ballot has now been drawn. More than ${applicants} people applied for a limited number of places.`,
            `Thank you for your application (reference ${ref}) in this year's ballot.`,
          ]),
          ok
            ? k.pick([
                'Congratulations! Your application was successful and you have been selected.',
                "We're delighted to tell you that you were successful in the ballot.",
                'Good news - your name was drawn!',
              ])
            : k.pick([
                'Unfortunately, your application was not successful this time.',
                "We're sorry to tell you that you have not been selected in this year's ballot.",
                'Unfortunately, you have not been offered a place on this occasion.',
              ]),
          ok
            ? k.pick([
                `Your card will be charged on ${day(k, charge)}. Your tickets will be sent by email two weeks before the event.`,
                `Please confirm your place and pay the entry fee by ${day(k, charge)}, otherwise it will be offered to someone on the reserve list.`,
                'Log in to your account to accept your place and choose your start wave.',
              ])
            : k.pick([
                ev.race
                  ? 'Many places are still available through our charity partners - see our website for details.'
                  : 'You have not been charged. Returned tickets go on sale through the official resale page only.',
                'You have not been charged, and you are automatically entered into the reserve draw if places become available.',
                `Sign up for updates to hear first about next year's ${ev.race ? 'race' : 'event'}.`,
              ]),
          k.pick([
            `See you there,\nThe ${event} team`,
            `Best wishes,\n${event} Ballot Team`,
            `The ${event} Team`,
          ]),
          unsub(k, o.domain),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-supplier-tender-outcome',
    label: 'other',
    note: "The reader's own small business bid for a contract: tender award decision (unsuccessful with scores, or preferred bidder), standstill period; buyer is a council, hospital, university or firm",
    make(k) {
      const buyer = k.company();
      const officer = k.person(buyer);
      const service = k.pick([
        'grounds maintenance',
        'website redesign and hosting',
        'office cleaning services',
        'event catering',
        'translation services',
        'photography for the annual report',
        'IT support for branch offices',
      ]);
      const ref = `${k.pick(['ITT', 'RFQ', 'RFP', 'T'])}/${k.sent.year}/${k.digits(3)}`;
      const won = k.chance(0.3);
      const winner = k.company().name;
      const q = k.int(34, 62);
      const p = k.int(12, 30);
      const standstill = k.sent.plusWorkdays(10);
      return {
        from: k.chance(0.6) ? k.addr(officer) : `${buyer.name} Procurement <procurement@${buyer.domain}>`,
        to: to(k),
        subject: k.pick([
          `${ref} - Notification of award decision`,
          `Outcome of tender: ${service}`,
          `${ref} ${service} - tender result`,
          `Your bid for ${service} (${ref})`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for submitting a tender for the provision of ${service} to ${buyer.name} (${ref}).`,
            `Thank you for your response to our request for quotation for ${service}.`,
            `We have now completed the evaluation of bids for ${ref}, ${service}.`,
          ]),
          won
            ? k.pick([
                `I am pleased to inform you that your bid was the most economically advantageous, and it is our intention to award the contract to you.`,
                `Congratulations: you have been selected as the preferred supplier, subject to the standstill period and contract signature.`,
                `We are pleased to offer you the contract, subject to the conditions set out in the attached letter.`,
              ])
            : k.pick([
                `Unfortunately, your tender was not successful. The contract will be awarded to ${winner}.`,
                `I regret to inform you that your bid has not been selected. It is our intention to award the contract to ${winner}.`,
                `After careful evaluation, we will not be taking your submission forward. The preferred bidder is ${winner}.`,
              ]),
          k.pick([
            `Your scores: Quality ${q}/70, Price ${p}/30, Total ${q + p}/100.`,
            `Quality score: ${q} out of 70\nPrice score: ${p} out of 30`,
            `Your bid scored ${q + p}%; the highest score was ${Math.min(99, q + p + k.int(3, 18))}%.`,
          ]),
          k.pick([
            `A standstill period applies until ${day(k, standstill)}. No contract will be signed before then.`,
            `The standstill period ends on ${day(k, standstill)}.`,
            won
              ? 'We will be in touch shortly with the contract documents.'
              : 'A debrief call can be arranged on request.',
          ]),
          k.pick([
            `Thank you for the time and effort you put into your submission.`,
            'We hope you will bid for future opportunities, which are published on our supplier portal.',
            '',
          ]),
          `${k.pick(['Kind regards', 'Yours faithfully', 'Regards'])},\n${officer.name}\n${k.pick(['Procurement Officer', 'Category Manager', 'Commercial Lead'])}\n${buyer.name}`,
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-competition-entry-result',
    label: 'other',
    note: 'A photography, writing, baking or garden competition: "not shortlisted", "congratulations, you are a finalist", awards evening at a fixed time (trap: shortlist, judges, selected)',
    make(k) {
      const c = k.pick([
        {
          kind: 'photography',
          hosts: ['Camera Club', 'Photographic Society'],
          titles: ['Morning Frost', 'Blue Hour', 'Harbour Light', 'Gull on a Lamp Post'],
        },
        {
          kind: 'short story',
          hosts: ['Writers Circle', 'Literary Festival'],
          titles: ['The Last Ferry', "Grandmother's Hands", 'What the River Kept', 'Night Bus'],
        },
        {
          kind: 'poetry',
          hosts: ['Literary Festival', 'Poetry Society'],
          titles: ['Salt and Honey', 'Inventory', 'Small Hours', 'Allotment, November'],
        },
        {
          kind: 'baking',
          hosts: ['Community Show', 'Village Show'],
          titles: ['Lemon Drizzle Traybake', 'Seeded Sourdough', 'Plum Frangipane Tart', 'Cardamom Buns'],
        },
        {
          kind: 'front garden',
          hosts: ['Horticultural Society', 'in Bloom'],
          titles: ['Entry 14', 'The Cottage Border', 'Entry 52', 'Pollinator Patch'],
        },
      ]);
      const kind = c.kind;
      const host = org(k, c.hosts);
      const title = k.pick(c.titles);
      const final = k.chance(0.4);
      const ceremony = k.later(8, 14);
      const entries = k.int(120, 2400);
      return {
        from: k.chance(0.5) ? noreply(k, host, 'competition') : `${host.name} <competition@${host.domain}>`,
        to: k.candidate.email,
        subject: final
          ? k.pick([
              `Congratulations - you're on the shortlist!`,
              `${host.name} ${kind} competition: finalist`,
              `Your entry "${title}" has been shortlisted`,
            ])
          : k.pick([
              `${host.name} ${kind} competition - results`,
              `Your entry "${title}"`,
              'Thank you for entering',
            ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for entering "${title}" in this year's ${kind} competition. We received ${entries} entries.`,
            `The judges have now looked at all ${entries} entries to the ${host.name} ${kind} competition.`,
            `Thank you for being part of the ${kind} competition this year.`,
          ]),
          final
            ? k.pick([
                `Congratulations! "${title}" has been selected for the shortlist of ${k.int(6, 15)} finalists.`,
                `We are thrilled to tell you that your entry is one of our finalists.`,
                `Your entry impressed the judges and has made the shortlist.`,
              ])
            : k.pick([
                'Unfortunately, your entry has not been shortlisted this year.',
                `We're sorry to say that "${title}" was not selected for the shortlist.`,
                'Unfortunately your entry was not among the winners on this occasion.',
              ]),
          final
            ? k.pick([
                `The winners will be announced at our awards evening on ${day(k, ceremony)} at ${clock(k, ceremony.plusDays(0, 19, 0))}. We do hope you can join us.`,
                `Please keep the news to yourself until the results are announced on ${day(k, ceremony)}.`,
                'Finalists receive two free tickets to the prize-giving. Please RSVP by replying to this email.',
              ])
            : k.pick([
                'Judging was anonymous and we are unable to give individual feedback.',
                'The standard was extremely high and many fine entries missed out. Please do enter again next year.',
                'Shortlisted entries will be published on our website next month.',
              ]),
          k.pick([
            `Best wishes,\nThe ${host.name} competition team`,
            `Warmly,\n${k.person(host).name}\nCompetition Secretary`,
          ]),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-youth-squad-trial-selection',
    label: 'other',
    note: 'A club or youth orchestra writes to the reader as a PARENT after trials/auditions: the child was or was not selected for the squad, offered a place, training times',
    make(k) {
      const child = k.pick(['Leo', 'Mia', 'Sam', 'Ella', 'Noah', 'Ava', 'Finn', 'Isla', 'Max', 'Ruby']);
      const age = k.int(9, 16);
      const kind = k.pick([
        { club: 'Football Club', team: `U${age} squad`, trial: 'trials' },
        { club: 'Netball Club', team: `U${age} development squad`, trial: 'trials' },
        { club: 'Swimming Club', team: 'competitive squad', trial: 'assessment session' },
        { club: 'Youth Orchestra', team: 'senior orchestra', trial: 'auditions' },
        { club: 'Hockey Club', team: `U${age} team`, trial: 'selection sessions' },
      ]);
      const club = org(k, [kind.club]);
      const coach = k.person(club);
      const ok = k.chance(0.45);
      const first = k.later(3, 10);
      return {
        from: k.chance(0.6)
          ? k.addr(coach)
          : `${club.name} <${k.pick(['secretary', 'membership', 'info'])}@${club.domain}>`,
        to: to(k),
        subject: k.pick([
          `${kind.team} selection - ${child}`,
          `${club.name}: ${kind.trial} outcome`,
          ok ? `Welcome to the ${kind.team}!` : `${child} - ${kind.trial}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Dear parent/guardian,`, `Hi ${k.candidate.first},`, `Dear ${k.candidate.first},`]),
          k.pick([
            `Thank you for bringing ${child} to our ${kind.trial} last weekend.`,
            `Thanks to everyone who came along to the ${kind.team} ${kind.trial}; we had more children than ever this year.`,
            `Thank you for ${child}'s application to join the ${kind.team}.`,
          ]),
          ok
            ? k.pick([
                `I'm delighted to offer ${child} a place in the ${kind.team} for the coming season.`,
                `Congratulations - ${child} has been selected for the ${kind.team}!`,
                `We'd love ${child} to join the ${kind.team}. Please confirm you would like to accept the place by the end of the week.`,
              ])
            : k.pick([
                `Unfortunately ${child} has not been selected for the ${kind.team} this season.`,
                `I'm sorry to let you know that we are unable to offer ${child} a place in the ${kind.team} this time.`,
                `This was a really difficult decision, and unfortunately ${child} was not selected on this occasion.`,
              ]),
          ok
            ? k.pick([
                `The first session is on ${day(k, first)} at ${clock(k, first.plusDays(0, 18, 0))}. Please arrive 15 minutes early.`,
                'Membership fees for the season are due before the first session; details are on the club website.',
                'You will receive a kit order form and the training timetable separately.',
              ])
            : k.pick([
                `${child} showed great attitude, and we would encourage them to keep playing and try again next year.`,
                `We'd be happy to offer ${child} a place in our development group, which trains on Saturday mornings.`,
                'Please do not be discouraged - several of our current players were not selected the first time.',
              ]),
          k.pick([
            `Best wishes,\n${coach.name}\n${kind.team} coach`,
            `Kind regards,\n${coach.first}\n${club.name}`,
            `Thanks,\n${coach.name}\nSelection coordinator`,
          ]),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-housing-bid-or-lottery-result',
    label: 'other',
    note: 'Social-housing bid or affordable-housing lottery: "your bid was unsuccessful", "you have been shortlisted", an eligibility interview or viewing at a fixed time (not a job interview)',
    make(k) {
      const lottery = us(k);
      const o = lottery
        ? org(k, ['Housing Authority', 'Housing Connect', 'Affordable Homes Program'])
        : org(k, ['Homes', 'Housing Register', 'Home Choice']);
      const ref = `${lottery ? 'LOG' : 'BID'}-${k.digits(6)}`;
      const property = `${k.int(2, 180)} ${k.pick(['Rowan Court', 'Mill Lane', 'Beacon Street', 'Orchard Close', 'Station Road'])}${lottery ? `, Apt ${k.int(2, 12)}${k.pick(['A', 'B', 'C'])}` : ''}`;
      const kind = k.pick(['no', 'no', 'shortlist'] as const);
      const at = k.later(3, 10);
      const officer = k.person(o);
      const body =
        kind === 'no'
          ? k.pick([
              `Unfortunately your ${lottery ? 'application was not selected in the lottery' : 'bid was not successful'} for ${property}.`,
              `We're sorry to tell you that ${property} has been offered to another applicant with a higher priority band or an earlier registration date.`,
              `Your ${lottery ? 'application' : 'bid'} for ${property} was not successful. Your position was ${k.int(4, 140)} out of ${k.int(150, 900)}.`,
            ])
          : k.pick([
              `Congratulations, you have been shortlisted for ${property}.`,
              `Your ${lottery ? 'application' : 'bid'} for ${property} has been shortlisted, and you are invited to the next step.`,
              `Good news: your ${lottery ? 'log number was selected' : 'bid was one of the highest'} for ${property}.`,
            ]);
      const next =
        kind === 'no'
          ? k.pick([
              'Your application remains active and you can continue to bid on other properties each week.',
              `This does not affect your place on the ${lottery ? 'waiting list' : 'register'}. New properties are advertised every Thursday.`,
              'You can see the results of every advert on your online account.',
            ])
          : k.pick([
              `Please attend an eligibility interview on ${day(k, at)} at ${clock(k, at)}. Bring photo ID, proof of income and your last three bank statements.`,
              `A viewing has been booked for ${day(k, at)} at ${clock(k, at)}. If you cannot attend, the property may be offered to the next applicant.`,
              `Your eligibility appointment is scheduled for ${day(k, at)} at ${clock(k, at)} with ${officer.name}. An offer can only be made after we have checked your documents.`,
            ]);
      return {
        from: noreply(k, o),
        to: to(k),
        subject: k.pick([
          `${lottery ? 'Lottery' : 'Bid'} result - ${property}`,
          `Update on your ${lottery ? 'housing application' : 'bid'} ${ref}`,
          kind === 'no' ? 'Your application: outcome' : 'Next steps for your application',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Reference: ${ref}`,
            `Thank you for your ${lottery ? 'application to the housing lottery' : 'bid'} for ${property}.`,
            '',
          ]),
          body,
          next,
          k.pick([
            `${o.name} Lettings Team`,
            `Regards,\n${o.name}`,
            `Kind regards,\n${officer.name}\nHousing Officer`,
          ]),
        ),
        expected: none(),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// "Offer" in commerce, and appointments that are not job interviews

const commerce: Family[] = [
  {
    id: 't3-winback-offer-extended',
    label: 'other',
    note: 'Subscription win-back marketing: "we\'ve extended your offer until Sunday", "your exclusive offer", "congratulations, you\'ve unlocked", "unfortunately your plan was cancelled"',
    make(k) {
      const brand = k.pick([
        { name: 'Crumb & Ladle', what: 'meal kits', unit: 'boxes' },
        { name: 'Stridewell Gyms', what: 'membership', unit: 'months' },
        { name: 'Lingofox', what: 'Premium lessons', unit: 'months' },
        { name: 'Reelbox', what: 'streaming', unit: 'months' },
        { name: 'Pagecraft Audio', what: 'audiobooks', unit: 'months' },
      ]);
      const o = {
        name: brand.name,
        domain: `${ascii(brand.name)
          .toLowerCase()
          .replace(/[^a-z]+/g, '')}.example`,
      };
      const pct = k.pick([30, 40, 50, 60]);
      const n = k.pick([2, 3, 6]);
      const code = `${k.pick(['BACK', 'MISSYOU', 'WELCOME', 'RETURN'])}${pct}`;
      const until = k.sent.plusDays(k.int(2, 5));
      const untilText = us(k) ? until.date('us-long') : until.date('uk-long');
      return {
        from: noreply(k, o, k.pick(['offers', 'hello', 'team'])),
        to: k.candidate.email,
        subject: k.pick([
          `We've extended your offer until ${until.weekdayName}`,
          `${k.candidate.first}, your exclusive offer is waiting`,
          `Congratulations - you've unlocked ${pct}% off`,
          `Last chance: your offer expires ${until.weekdayName}`,
          `Come back for ${pct}% off ${n} ${brand.unit}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([o.name.toUpperCase(), `[${o.name} logo]`, 'View in browser']),
          k.hello(),
          k.pick([
            `We've missed you! Since you cancelled your ${brand.what}, we've been working on something new.`,
            `Unfortunately, your ${brand.what} ended last month - but it doesn't have to be goodbye.`,
            `Good news: we've extended your offer, because we'd really like to have you back.`,
          ]),
          k.pick([
            `Your exclusive offer: ${pct}% off your next ${n} ${brand.unit}.`,
            `Get ${pct}% off ${n} ${brand.unit} when you reactivate before ${untilText}.`,
            `Use code ${code} for ${pct}% off your first ${n} ${brand.unit} back.`,
          ]),
          k.pick([
            `This offer has been extended until ${untilText} and can't be combined with other offers.`,
            `Offer ends ${untilText} at midnight. New and returning customers only.`,
            `Hurry - your personal offer is scheduled to expire on ${untilText}.`,
          ]),
          `${k.pick(['Claim my offer', 'Reactivate now', 'Restart my plan'])}: https://${o.domain}/r/${k.token(10)}`,
          k.pick([
            'Not interested? Tell us why and we will stop sending you offers.',
            `Offer applies to the standard plan; after ${n} ${brand.unit} the regular price applies. Cancel anytime.`,
            '',
          ]),
          unsub(k, o.domain),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-estate-agent-property-offer',
    label: 'other',
    note: "An estate agent about a house sale: an offer received on the reader's property, their own offer accepted, or the vendor went with another offer (trap: offer accepted / declined, next steps)",
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU'] as const));
      const agency = org(k, ['Estates', 'Property', 'Homes & Lettings']);
      const agent = k.person(agency);
      const street = `${k.int(2, 120)} ${k.pick(['Willow Road', 'Chapel Street', 'Ferndale Avenue', 'Kingfisher Way', 'Maple Drive'])}`;
      const price = k.int(180, 900) * 1000;
      const kind = k.pick(['received', 'accepted', 'lost'] as const);
      const amount = money(k, price - k.int(0, 15) * 1000);
      const subject =
        kind === 'received'
          ? k.pick([
              `Offer received on ${street}`,
              `${street}: new offer`,
              'We have an offer on your property',
            ])
          : kind === 'accepted'
            ? k.pick([
                `Your offer on ${street} has been accepted`,
                `Congratulations - offer accepted!`,
                `${street} - offer accepted, next steps`,
              ])
            : k.pick([
                `${street} - update on your offer`,
                `Your offer on ${street}`,
                `Re: offer for ${street}`,
              ]);
      const main =
        kind === 'received'
          ? k.pick([
              `I'm pleased to let you know that we have received an offer of ${amount} on ${street}.`,
              `We've had a written offer of ${amount} for your property today, from a buyer who viewed it on Saturday.`,
              `Following yesterday's second viewing, the buyers have put forward an offer of ${amount}.`,
            ])
          : kind === 'accepted'
            ? k.pick([
                `Great news - the vendor has accepted your offer of ${amount} on ${street}. Congratulations!`,
                `I'm delighted to confirm that your offer of ${amount} has been accepted, subject to contract.`,
                `The sellers have agreed to your offer of ${amount}. Congratulations!`,
              ])
            : k.pick([
                `Unfortunately, the vendor has decided to accept another offer on ${street}.`,
                `I'm sorry to tell you that your offer of ${amount} has not been accepted; the sellers have gone with a higher offer.`,
                `I'm afraid the vendor has declined your offer of ${amount}. They would consider something closer to the asking price.`,
              ]);
      const next =
        kind === 'received'
          ? k.pick([
              'The buyers are first-time buyers with a mortgage agreement in principle, so they are in a good position to proceed.',
              'They have a property to sell, which is under offer. Please let me know whether you would like to accept, decline or make a counter-offer.',
              "My advice would be to counter - I think there's room. Happy to talk it through this afternoon.",
            ])
          : kind === 'accepted'
            ? k.pick([
                'Next steps: please send me your solicitor details and your mortgage agreement in principle so we can issue the memorandum of sale.',
                "We'll mark the property as sold subject to contract today. The surveyor will contact you about the valuation.",
                'Please can you confirm your conveyancer and proof of deposit by the end of the week.',
              ])
            : k.pick([
                "I'll let you know straight away if the sale falls through. We also have two similar homes coming to market next week.",
                'If you would like to improve your offer, please let me know today.',
                'Do keep an eye on our new listings - I will send over anything that matches your search.',
              ]);
      return {
        from: k.addr(agent),
        to: to(k),
        subject,
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          main,
          next,
          k.signature(agent, k.pick(['Sales Negotiator', 'Branch Manager', 'Senior Agent']), agency),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-flight-upgrade-bid-result',
    label: 'other',
    note: 'Airline upgrade bidding: "your upgrade offer was not accepted", "congratulations, your bid was successful", "make an offer"; a departure date and time (trap for interviewAt)',
    make(k) {
      const air = k.pick(['Skyvane', 'Northjet', 'Cirrus Bay Airways', 'Aurel Air', 'Meridia Airlines']);
      const o = {
        name: air,
        domain: `${ascii(air)
          .toLowerCase()
          .replace(/[^a-z]+/g, '')}.example`,
      };
      const flight = `${air.slice(0, 2).toUpperCase()} ${k.int(100, 2999)}`;
      const dep = k.later(2, 12);
      const cabin = k.pick(['Business', 'Premium Economy', 'Premium']);
      const bid = money(k, k.int(8, 60) * 10);
      const kind = k.pick(['invite', 'no', 'yes'] as const);
      const pnr = k.token(6).toUpperCase();
      return {
        from: noreply(k, o, k.pick(['upgrades', 'no-reply', 'mytrip'])),
        to: k.candidate.email,
        subject:
          kind === 'invite'
            ? k.pick([
                `Make an offer to upgrade your flight to ${cabin}`,
                `Name your price for ${cabin}`,
                `Your upgrade offer is waiting`,
              ])
            : kind === 'no'
              ? k.pick([
                  'Your upgrade offer was not accepted',
                  `Upgrade update for flight ${flight}`,
                  `Booking ${pnr}: upgrade result`,
                ])
              : k.pick([
                  `Congratulations! You've been upgraded to ${cabin}`,
                  'Your upgrade offer was successful',
                  `Upgrade confirmed - ${flight}`,
                ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Booking reference: ${pnr}\nFlight ${flight}, departing ${day(k, dep)} at ${clock(k, dep)}`,
          kind === 'invite'
            ? k.pick([
                `Treat yourself: make an offer for a seat in ${cabin}. You choose how much to bid, and we'll let you know before departure.`,
                `Seats in ${cabin} are available on your flight. Submit your offer today - you will only be charged if it is accepted.`,
                `Upgrade for less: name your price for ${cabin} on your upcoming flight.`,
              ])
            : kind === 'no'
              ? k.pick([
                  `Unfortunately your upgrade offer of ${bid} was not accepted this time. You have not been charged.`,
                  `We're sorry - we were unable to accept your offer for ${cabin}. Your original seat remains confirmed.`,
                  `Thank you for your offer. Unfortunately, on this occasion, it was not successful and your card will not be charged.`,
                ])
              : k.pick([
                  `Congratulations! Your offer of ${bid} was successful and you have been upgraded to ${cabin}.`,
                  `Good news: your bid has been accepted. ${bid} has been charged to your card.`,
                  `We're delighted to confirm your upgrade to ${cabin}. Your new boarding pass is ready.`,
                ]),
          k.pick([
            'Online check-in opens 24 hours before departure.',
            'Please arrive at the airport at least 2 hours before your flight.',
            `Manage your booking: https://${o.domain}/trip/${pnr.toLowerCase()}`,
          ]),
          `${air} · ${k.pick(['Terms apply.', 'Offers are subject to availability.', 'This is an automated message.'])}`,
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-driving-test-booking-or-result',
    label: 'other',
    note: 'Driving test booked/changed/result: a test appointment at a fixed time, "unfortunately you did not pass", "congratulations, you passed" (trap: test, appointment, result)',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-IN'] as const));
      const centre = `${k.pick(PLACE)} ${k.pick(['Driving Test Centre', 'Test Centre'])}`;
      const o = {
        name: k.pick(['Driver Testing Service', 'Road Test Bookings', 'Licensing Services']),
        domain: 'drivertesting.example',
      };
      const at = k.later(5, 20);
      const kind = k.pick(['booked', 'changed', 'fail', 'pass'] as const);
      const ref = k.digits(8);
      const faults = k.int(3, 14);
      return {
        from: noreply(k, o, k.pick(['no-reply', 'bookings', 'notifications'])),
        to: k.candidate.email,
        subject:
          kind === 'booked'
            ? k.pick([
                'Your driving test appointment is confirmed',
                `Driving test booked - ${day(k, at)}`,
                'Booking confirmation: practical test',
              ])
            : kind === 'changed'
              ? k.pick([
                  'Your driving test has been rescheduled',
                  'Change to your test appointment',
                  'Important: new test date',
                ])
              : k.pick([
                  'Your driving test result',
                  `Test result - reference ${ref}`,
                  'Practical test result',
                ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          kind === 'booked'
            ? k.pick([
                `Your practical driving test has been booked for ${day(k, at)} at ${clock(k, at)} at ${centre}.`,
                `Thank you for booking. Your test appointment: ${day(k, at)}, ${clock(k, at)}, ${centre}.`,
                `This confirms your road test on ${day(k, at)} at ${clock(k, at)}.`,
              ])
            : kind === 'changed'
              ? k.pick([
                  `Unfortunately, we have had to cancel your test due to examiner availability. Your new appointment is ${day(k, at)} at ${clock(k, at)}.`,
                  `Your driving test has been moved. New date and time: ${day(k, at)}, ${clock(k, at)} at ${centre}.`,
                  `We're sorry - your original test slot is no longer available. We have rescheduled it to ${day(k, at)} at ${clock(k, at)}.`,
                ])
              : kind === 'fail'
                ? k.pick([
                    `Unfortunately, you did not pass your driving test today. You had ${faults} minor faults and 1 serious fault.`,
                    'Unfortunately, on this occasion you were not successful. Your examiner has recorded the reasons on your test report.',
                    "We're sorry you didn't pass this time. You can book another test after 10 working days.",
                  ])
                : k.pick([
                    `Congratulations! You passed your practical driving test with ${faults} minor faults.`,
                    'Congratulations on passing your driving test. Your full licence will be posted to you within 3 weeks.',
                    'Well done - you passed! Your provisional licence has been updated.',
                  ]),
          kind === 'booked' || kind === 'changed'
            ? k.pick([
                'Bring your photocard licence and arrive 10 minutes early. If you need to cancel, give at least 3 working days notice or you will lose your fee.',
                'The car you use must be roadworthy, insured and display L plates.',
                'You can change your appointment online up to 3 working days before the test.',
              ])
            : k.pick([
                `Test reference: ${ref}`,
                'Your test report is available in your online account.',
                'Thank you for using the service.',
              ]),
          o.name,
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-financial-adviser-review-meeting',
    label: 'other',
    note: 'A financial adviser or bank books the reader\'s annual review / fact-find meeting at a fixed time, asks for payslips "if you changed jobs" (trap: review meeting scheduled, adviser, job words)',
    make(k) {
      const firm = org(k, ['Wealth Management', 'Financial Planning', 'Private Clients', 'Advisory']);
      const adviser = k.person(firm);
      const at = k.later(3, 12);
      const video = k.chance(0.5);
      return {
        from: k.chance(0.6) ? k.addr(adviser) : `${firm.name} <appointments@${firm.domain}>`,
        to: to(k),
        subject: k.pick([
          `Your annual review - ${day(k, at)}`,
          'Review meeting confirmed',
          `Appointment with ${adviser.first} ${adviser.last}`,
          'Your financial review is scheduled',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for booking your annual review. I look forward to meeting you on ${day(k, at)} at ${clock(k, at)}.`,
            `This is to confirm your review meeting with ${adviser.name} on ${day(k, at)} at ${clock(k, at)}.`,
            `As discussed, I've scheduled our fact-find meeting for ${day(k, at)} at ${clock(k, at)}.`,
          ]),
          video
            ? `The meeting will take place by video: https://meet.${firm.domain}/${k.token(9)}`
            : k.pick([
                `The meeting will be at our office, ${k.int(2, 90)} ${k.pick(['High Street', 'Market Square', 'Queen Street'])}. Parking is available at the rear.`,
                'I will call you at the time above on the number we hold for you.',
              ]),
          k.pick([
            'Before we meet, please send your latest pension statements and, if you have changed jobs or had a pay rise since we last spoke, your most recent payslips.',
            "We'll go through your goals, your pension and savings, and any changes in your circumstances such as a new job or an offer on a house.",
            'To make the most of the time, please complete the short questionnaire in your client portal. It only takes 10 minutes.',
          ]),
          k.pick([
            'If you need to reschedule, just reply to this email.',
            'The meeting usually takes about an hour.',
            'There is no charge for this review.',
          ]),
          k.signature(
            adviser,
            k.pick(['Financial Adviser', 'Chartered Financial Planner', 'Client Relationship Manager']),
            firm,
          ),
          k.chance(0.5) &&
            `${firm.name} is authorised and regulated. The value of investments can fall as well as rise.`,
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-clinic-intake-assessment-appointment',
    label: 'other',
    note: 'A therapy, physio or dietitian service books an "initial assessment" / "intake interview" at a fixed time by video or in clinic (trap: assessment + interview + time)',
    make(k) {
      const service = k.pick([
        {
          kind: 'Talking Therapies',
          what: 'initial assessment',
          who: 'Psychological Wellbeing Practitioner',
        },
        { kind: 'Physiotherapy', what: 'initial assessment', who: 'Physiotherapist' },
        { kind: 'Counselling Service', what: 'intake interview', who: 'Counsellor' },
        { kind: 'Nutrition Clinic', what: 'first consultation', who: 'Dietitian' },
      ]);
      const clinic = org(k, [service.kind]);
      const clin = k.person(clinic);
      const at = k.later(3, 15);
      const video = k.chance(0.5);
      const mins = k.pick([30, 45, 50, 60]);
      return {
        from: k.chance(0.5) ? `${clinic.name} <appointments@${clinic.domain}>` : noreply(k, clinic),
        to: to(k),
        subject: k.pick([
          `Your ${service.what} appointment`,
          `Appointment confirmed: ${day(k, at)}`,
          `${clinic.name} - appointment details`,
          `Reminder: ${service.what} with ${clin.first}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Your ${service.what} has been scheduled for ${day(k, at)} at ${clock(k, at)} with ${clin.name} (${service.who}).`,
            `We have booked your ${service.what} with ${clin.name} on ${day(k, at)} at ${clock(k, at)}.`,
            `Thank you for your referral. Your ${service.what} is on ${day(k, at)} at ${clock(k, at)}.`,
          ]),
          k.pick([
            `The appointment lasts about ${mins} minutes. ${service.who === 'Physiotherapist' ? 'Please wear comfortable clothing.' : "We'll ask about what has brought you to us and agree a plan together."}`,
            `This is a ${mins}-minute conversation so that we can understand your needs and decide which support is right for you.`,
            `Please allow ${mins} minutes. You are welcome to bring someone with you.`,
          ]),
          video
            ? `Join by video: https://video.${clinic.domain}/${k.token(8)} (please test your camera beforehand)`
            : `Address: ${k.int(1, 80)} ${k.pick(['Hospital Road', 'Park Lane', 'Church Street'])}, ${clinic.name.split(' ')[0]}`,
          k.pick([
            'Please complete the questionnaires in your patient portal before the appointment.',
            'If you cannot attend, please let us know at least 24 hours in advance so that we can offer the slot to someone else.',
            `If you miss your appointment without telling us, you may be discharged back to your ${us(k) ? 'doctor' : 'GP'}.`,
          ]),
          `${clinic.name}${k.chance(0.5) ? '\nThis mailbox is not monitored.' : ''}`,
        ),
        expected: none(),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// Job mailings dressed in application words

const alerts: Family[] = [
  {
    id: 't3-alert-weekly-search-activity-summary',
    label: 'job_alert',
    note: 'Job board weekly activity recap: "you applied to 4 jobs, 2 applications viewed", "unfortunately 1 job closed", then recommended jobs (trap: application counts, no employer news)',
    make(k) {
      const b = board(k);
      const applied = k.int(2, 9);
      const viewed = k.int(0, applied);
      const closed = k.int(0, 2);
      const field = k.pick(['engineering', 'business', 'data', 'design', 'care', 'service'] as const);
      return {
        from: noreply(k, b, k.pick(['digest', 'noreply', 'updates'])),
        to: k.candidate.email,
        subject: k.pick([
          `Your week on ${b.name}: ${applied} applications, ${viewed} viewed`,
          `${k.candidate.first}, here's your job search summary`,
          'Your weekly application recap',
          `${viewed} of your applications were viewed this week`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`${b.name}`, `[${b.name}]`, 'View in browser']),
          k.hello(),
          k.pick([
            `Here's how your job search went this week:`,
            'Your weekly summary is ready.',
            "Great work staying active! Here's your week at a glance:",
          ]),
          [
            `Applications sent: ${applied}`,
            `Applications viewed by employers: ${viewed}`,
            `Profile appearances in searches: ${k.int(12, 240)}`,
            closed ? `Jobs you applied to that have closed: ${closed}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
          closed
            ? k.pick([
                `Unfortunately, ${closed === 1 ? 'one job' : 'two jobs'} you applied to ${closed === 1 ? 'is' : 'are'} no longer accepting applications. Employers don't always update their status, so keep applying!`,
                'Some employers close postings without replying. Do not be discouraged - applicants who apply to 10+ jobs a week get more interviews.',
              ])
            : k.pick([
                'Tip: applicants who follow up within a week are more likely to land an interview.',
                'Keep your momentum going - new jobs matching your search were posted today.',
              ]),
          k.pick(['Recommended for you', 'New jobs matching your search', 'Jobs you might like']) +
            '\n\n' +
            jobRows(k, k.int(3, 5), field).join('\n\n'),
          `See all jobs: https://${b.domain}/jobs?src=digest&u=${k.token(10)}`,
          unsub(k, b.domain),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-alert-because-you-applied-similar-jobs',
    label: 'job_alert',
    note: 'Board recommendations keyed on a past application ("because you applied to X at Y", "people who applied also applied to"); the named application is only the hook',
    make(k) {
      const b = board(k);
      const company = k.company();
      const field = k.pick(['engineering', 'business', 'product', 'data', 'education'] as const);
      const role = k.role(field);
      return {
        from: noreply(k, b, k.pick(['jobs', 'recommendations', 'noreply'])),
        to: k.candidate.email,
        subject: k.pick([
          `Because you applied to ${role}`,
          `People who applied to ${company.name} also applied to these`,
          `Similar to your application at ${company.name}`,
          `More jobs like ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Because you recently applied to ${role} at ${company.name}, we think you'd be a strong candidate for these roles too:`,
            `Candidates who applied to ${role} at ${company.name} also applied to:`,
            `Don't wait to hear back - job seekers who apply to similar roles get interviews faster. Here are jobs like ${role}:`,
          ]),
          jobRows(k, k.int(3, 6), field).join('\n\n'),
          k.pick([
            'Easy Apply with your saved resume in one click.',
            'These jobs were posted in the last 3 days.',
            `${k.int(2, 9)} of these employers are actively reviewing applications.`,
          ]),
          `${k.pick(['See more jobs', 'View all recommendations', 'Apply now'])}: https://${b.domain}/r/${k.token(12)}`,
          k.pick([
            `You're receiving this because you applied via ${b.name}. We do not share your application status in these emails.`,
            unsub(k, b.domain),
          ]),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-alert-saved-job-no-longer-accepting',
    label: 'job_alert',
    note: 'A SAVED (not applied) job has expired: "unfortunately this job is no longer accepting applications", with similar jobs below (trap: unfortunately, closed; company and role of the saved job set)',
    make(k) {
      const b = board(k);
      const company = k.company();
      const field = k.pick(['engineering', 'business', 'design', 'care', 'service'] as const);
      const role = k.role(field);
      return {
        from: noreply(k, b, k.pick(['alerts', 'saved-jobs', 'noreply'])),
        to: k.candidate.email,
        subject: k.pick([
          `A job you saved has expired: ${role}`,
          `${role} at ${company.name} is no longer available`,
          'Update on a job you saved',
          `Saved job closed - here are similar ${role} jobs`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Unfortunately, ${role} at ${company.name}, which you saved ${k.int(2, 5)} weeks ago, is no longer accepting applications.`,
            `The ${role} job at ${company.name} in your saved list has been closed by the employer.`,
            `Heads up: one of your saved jobs has expired. ${company.name} stopped taking applications for ${role}.`,
          ]),
          k.pick([
            "You didn't get to apply, but there are similar jobs still open:",
            "Don't miss out next time - here are similar roles posted this week:",
            'Good news: we found similar jobs that are still hiring:',
          ]) +
            '\n\n' +
            jobRows(k, k.int(2, 4), field).join('\n\n'),
          k.pick([
            'Tip: jobs on our site receive most of their applications in the first 72 hours.',
            'Turn on instant alerts to hear about new jobs as soon as they are posted.',
            '',
          ]),
          unsub(k, b.domain),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 't3-alert-layoffs-and-hiring-newsletter',
    label: 'job_alert',
    note: 'A job-market newsletter issue: layoffs and rescinded offers at some firms, "who\'s hiring" at others, a reader question about counter-offers (trap: offer, unfortunately, interview words)',
    make(k) {
      const brand = k.pick([
        'The Hiring Pulse',
        'Market Moves',
        'Who Is Hiring Weekly',
        'The Job Market Memo',
      ]);
      const domain = `${ascii(brand)
        .toLowerCase()
        .replace(/[^a-z]+/g, '')}.example`;
      const [c1, c2, c3, c4] = [k.company(), k.company(), k.company(), k.company()];
      const issue = k.int(40, 260);
      return {
        from: `${brand} <${k.pick(['editor', 'hello', 'newsletter'])}@${domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `${brand} #${issue}: layoffs slow, ${c3.name} is hiring`,
          `#${issue} - Who's hiring (and who isn't) this week`,
          `${brand}: offers rescinded, salaries up, and ${k.int(20, 90)} companies hiring`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `${brand} · Issue ${issue}`,
          k.pick([
            'Hi friends,',
            `Hello ${k.candidate.first},`,
            'Good morning, and welcome to this week’s issue.',
          ]),
          '1. THE BAD NEWS\n' +
            k.pick([
              `${c1.name} cut about ${k.int(5, 15)}% of staff this week. Unfortunately, several readers tell us that ${c2.name} has also rescinded offers to this summer's interns.`,
              `${c1.name} announced a hiring freeze, and ${c2.name} confirmed a second round of layoffs. If you were in their interview process, expect delays.`,
              `Another rough week: ${c1.name} closed two offices and ${c2.name} paused all open requisitions.`,
            ]),
          "2. WHO'S HIRING\n" +
            [
              `- ${c3.name}: ${k.int(8, 60)} open roles, mostly ${k.pick(['engineering', 'sales', 'operations', 'nursing'])}`,
              `- ${c4.name}: new office, hiring across teams`,
              `- Plus ${k.int(20, 90)} more companies in our full list`,
            ].join('\n'),
          '3. READER QUESTION\n' +
            k.pick([
              '"My employer made a counter-offer when I resigned. Should I take it?" Short answer: think hard about why you wanted to leave in the first place.',
              '"I got an offer but I\'m still waiting on my dream company. What do I do?" Ask for a decision timeline - politely, and in writing.',
              '"I was rejected after the final interview with no feedback. Is it OK to ask why?" Yes, once, briefly. Most won\'t answer, some will.',
            ]),
          `Read the full list of companies hiring: https://${domain}/issues/${issue}`,
          unsub(k, domain),
        ),
        expected: none(),
      };
    },
  },
  {
    id: 't3-alert-public-employment-service-de-fr-es',
    label: 'job_alert',
    note: 'A public employment service sends vacancy suggestions in German, French or Spanish and asks to be told how applications went (trap: Bewerbung/candidature/entrevista, Absage/refus)',
    make(k) {
      const lang = k.pick(['de', 'fr', 'es'] as const);
      k.as(lang);
      const place = k.pick(PLACE);
      const c = k.candidate;
      const jobs: Record<typeof lang, string[]> = {
        de: [
          'Sachbearbeiter/in Buchhaltung (m/w/d)',
          'Lagerhelfer (m/w/d)',
          'Softwareentwickler (m/w/d)',
          'Kaufmännische Assistenz (m/w/d)',
          'Pflegefachkraft (m/w/d)',
          'Kundenberater im Innendienst (m/w/d)',
        ],
        fr: [
          'Assistant administratif (H/F)',
          'Préparateur de commandes (H/F)',
          'Développeur web (H/F)',
          'Comptable (H/F)',
          'Aide-soignant (H/F)',
          'Conseiller clientèle (H/F)',
        ],
        es: [
          'Administrativo/a contable',
          'Mozo/a de almacén',
          'Desarrollador/a web',
          'Dependiente/a de tienda',
          'Enfermero/a',
          'Teleoperador/a de atención al cliente',
        ],
      };
      const rows = k
        .some(jobs[lang], 3, 4)
        .map(
          (j) =>
            `- ${j} · ${k.company().name} · ${k.pick(CITY)}${lang === 'de' ? ` · Angebots-Nr. ${k.digits(8)}` : lang === 'fr' ? ` · Offre n° ${k.digits(7)}` : ` · Ref. ${k.digits(7)}`}`,
        )
        .join('\n');
      const sender =
        lang === 'de'
          ? { name: `Jobcenter ${place}`, local: 'stellenangebote' }
          : lang === 'fr'
            ? { name: `Service Emploi ${place}`, local: 'offres' }
            : { name: `Servicio de Empleo de ${place}`, local: 'ofertas' };
      const domain = `${ascii(sender.name)
        .toLowerCase()
        .replace(/[^a-z]+/g, '')}.example`;
      const text =
        lang === 'de'
          ? k.paragraphs(
              k.pick([`Guten Tag ${c.first} ${c.last},`, `Sehr geehrte/r ${c.first} ${c.last},`]),
              k.pick([
                'wir haben neue Stellenangebote gefunden, die zu Ihrem Suchprofil passen:',
                'anbei erhalten Sie Vermittlungsvorschläge, die zu Ihren Angaben passen:',
                'für Ihr Profil gibt es seit unserer letzten Nachricht neue Stellenangebote:',
              ]),
              rows,
              k.pick([
                'Bitte bewerben Sie sich zeitnah und teilen Sie uns das Ergebnis Ihrer Bewerbung mit (z. B. Einladung zum Vorstellungsgespräch, Absage oder Zusage).',
                'Bitte informieren Sie uns innerhalb von zwei Wochen, ob Sie sich beworben haben und wie der Arbeitgeber reagiert hat.',
                'Leider sind einige Angebote aus unserer letzten Nachricht nicht mehr verfügbar. Die Liste oben ist aktuell.',
              ]),
              `Alle Angebote im Online-Portal: https://${domain}/angebote/${k.token(8)}`,
              `Mit freundlichen Grüßen\n${sender.name}\nDiese Nachricht wurde automatisch erstellt.`,
            )
          : lang === 'fr'
            ? k.paragraphs(
                k.pick([`Bonjour ${c.first} ${c.last},`, `Madame, Monsieur,`]),
                k.pick([
                  'de nouvelles offres d’emploi correspondent à votre profil :',
                  'voici une sélection d’offres qui correspondent à vos critères de recherche :',
                  'nous avons repéré pour vous les offres suivantes :',
                ]),
                rows,
                k.pick([
                  'Pensez à nous informer des suites données à vos candidatures (entretien, refus, embauche) depuis votre espace personnel.',
                  'Malheureusement, certaines offres de votre dernière sélection ne sont plus disponibles.',
                  'Postulez rapidement : les recruteurs reçoivent souvent de nombreuses candidatures dans les premiers jours.',
                ]),
                `Voir toutes les offres : https://${domain}/offres/${k.token(8)}`,
                `Cordialement,\n${sender.name}\nMerci de ne pas répondre à ce message.`,
              )
            : k.paragraphs(
                k.pick([`Hola ${c.first},`, `Estimado/a ${c.first} ${c.last}:`]),
                k.pick([
                  'tenemos nuevas ofertas de empleo que encajan con tu perfil:',
                  'te enviamos las ofertas publicadas esta semana que coinciden con tu búsqueda:',
                  'estas ofertas podrían interesarte:',
                ]),
                rows,
                k.pick([
                  'Recuerda informarnos del resultado de tus candidaturas (entrevista, descarte o contratación) en tu área personal.',
                  'Lamentablemente, algunas ofertas de nuestro último envío ya no están disponibles.',
                  'Inscríbete cuanto antes: las primeras candidaturas suelen tener más posibilidades de pasar a entrevista.',
                ]),
                `Ver todas las ofertas: https://${domain}/ofertas/${k.token(8)}`,
                `Un saludo,\n${sender.name}\nEste mensaje se ha generado automáticamente.`,
              );
      const subject =
        lang === 'de'
          ? k.pick([
              'Neue Stellenangebote für Sie',
              'Ihre Vermittlungsvorschläge',
              'Stellenangebote passend zu Ihrem Profil',
            ])
          : lang === 'fr'
            ? k.pick([
                'Nouvelles offres d’emploi pour vous',
                'Des offres correspondent à votre profil',
                'Votre sélection d’offres de la semaine',
              ])
            : k.pick([
                'Nuevas ofertas de empleo para ti',
                'Ofertas que encajan con tu perfil',
                'Tu selección semanal de ofertas',
              ]);
      return {
        from: `${sender.name} <${sender.local}@${domain}>`,
        to: k.candidate.email,
        subject,
        date: k.date,
        body: text,
        expected: none(),
      };
    },
  },
  {
    id: 't3-alert-pt-it-nl-digest',
    label: 'job_alert',
    note: 'Job-board alert in Portuguese, Italian or Dutch ("novas vagas", "nuove offerte di lavoro", "nieuwe vacatures"), with a saved-job-expired line (trap: offerte/ofertas = offers)',
    make(k) {
      const lang = k.pick(['pt', 'it', 'nl'] as const);
      k.as(lang === 'pt' ? 'en-GB' : 'fr');
      const b = board(k);
      const first = k.candidate.first;
      const titles: Record<typeof lang, string[]> = {
        pt: [
          'Assistente administrativo(a)',
          'Operador(a) de armazém',
          'Programador(a) Java',
          'Rececionista de hotel',
          'Técnico(a) de contabilidade',
        ],
        it: [
          'Impiegato/a amministrativo/a',
          'Magazziniere',
          'Sviluppatore web',
          'Addetto/a vendite',
          'Infermiere/a',
        ],
        nl: [
          'Administratief medewerker',
          'Magazijnmedewerker',
          'Softwareontwikkelaar',
          'Verkoopmedewerker',
          'Klantenservicemedewerker',
        ],
      };
      const keyword = k.pick(titles[lang]);
      const rows = k
        .some(titles[lang], 3, 4)
        .map((t) => `• ${t} - ${k.company().name} (${k.pick(CITY)})`)
        .join('\n');
      const link = `https://${b.domain}/${lang}/alert/${k.token(10)}`;
      const t =
        lang === 'pt'
          ? {
              subject: k.pick([
                `Novas vagas para "${keyword}"`,
                `${k.int(3, 30)} novas ofertas de emprego para si`,
                'O seu alerta de emprego',
              ]),
              body: k.paragraphs(
                `Olá ${first},`,
                k.pick([
                  'encontrámos novas ofertas de emprego que correspondem à sua pesquisa:',
                  'estas vagas foram publicadas hoje:',
                  'temos novas oportunidades para si:',
                ]),
                rows,
                k.pick([
                  'Infelizmente, uma vaga que guardou já não aceita candidaturas.',
                  'Candidate-se já: algumas vagas recebem mais de 100 candidaturas no primeiro dia.',
                  'Dica: complete o seu perfil para aparecer primeiro nas pesquisas dos recrutadores.',
                ]),
                `Ver todas as vagas: ${link}`,
                `Recebeu este email porque criou um alerta em ${b.name}. Cancelar subscrição.`,
              ),
            }
          : lang === 'it'
            ? {
                subject: k.pick([
                  `Nuove offerte di lavoro per "${keyword}"`,
                  `${k.int(3, 30)} nuove offerte per te`,
                  'Il tuo avviso di lavoro',
                ]),
                body: k.paragraphs(
                  `Ciao ${first},`,
                  k.pick([
                    'ecco le nuove offerte di lavoro per la tua ricerca:',
                    'abbiamo trovato queste offerte in linea con il tuo profilo:',
                    'nuovi annunci pubblicati oggi:',
                  ]),
                  rows,
                  k.pick([
                    'Purtroppo alcune offerte che avevi salvato sono scadute.',
                    'Candidati subito: le prime candidature vengono lette per prime.',
                    'Consiglio: aggiorna il tuo CV per ricevere offerte più pertinenti.',
                  ]),
                  `Vedi tutte le offerte: ${link}`,
                  `Ricevi questa email perché hai attivato un avviso su ${b.name}. Disiscriviti.`,
                ),
              }
            : {
                subject: k.pick([
                  `Nieuwe vacatures voor "${keyword}"`,
                  `${k.int(3, 30)} nieuwe vacatures voor jou`,
                  'Je vacaturemelding',
                ]),
                body: k.paragraphs(
                  `Hoi ${first},`,
                  k.pick([
                    'er zijn nieuwe vacatures die passen bij je zoekopdracht:',
                    'deze vacatures zijn vandaag geplaatst:',
                    'we hebben nieuwe vacatures voor je gevonden:',
                  ]),
                  rows,
                  k.pick([
                    'Helaas is een vacature die je had bewaard niet meer beschikbaar.',
                    'Solliciteer snel: sommige werkgevers sluiten de vacature na 50 sollicitaties.',
                    'Tip: werk je profiel bij, dan vinden recruiters je sneller.',
                  ]),
                  `Bekijk alle vacatures: ${link}`,
                  `Je ontvangt deze e-mail omdat je een vacaturemelding hebt aangemaakt op ${b.name}. Afmelden.`,
                ),
              };
      return {
        from: noreply(k, b, k.pick(['alertas', 'noreply', 'alerts'])),
        to: k.candidate.email,
        subject: t.subject,
        date: k.date,
        body: t.body,
        expected: none(),
      };
    },
  },
  {
    id: 't3-alert-applicant-insights-upsell',
    label: 'job_alert',
    note: 'Premium upsell built on an application: "see how you compare to other applicants", "you\'re in the top 25%", free trial, more jobs (marketing; company and role of the hooked job set)',
    make(k) {
      const b = board(k);
      const company = k.company();
      const field = k.pick(['engineering', 'business', 'product', 'data', 'design'] as const);
      const role = k.role(field);
      const applicants = k.int(40, 600);
      const top = k.pick([10, 25, 50]);
      const price = money(k, k.pick([19, 29, 39]));
      return {
        from: noreply(k, b, k.pick(['premium', 'insights', 'noreply'])),
        to: k.candidate.email,
        subject: k.pick([
          `See how you compare to ${applicants} other applicants`,
          `You're in the top ${top}% of applicants for ${role}`,
          `${k.candidate.first}, stand out to ${company.name}`,
          'Unlock your applicant insights - 1 month free',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `${applicants} people have applied to ${role} at ${company.name}. Want to know how you stack up?`,
            `Good news: based on your profile, you're in the top ${top}% of applicants for ${role} at ${company.name}.`,
            `Your application for ${role} at ${company.name} is one of ${applicants}. Premium members are twice as likely to hear back.`,
          ]),
          k.pick([
            'With Premium you can see applicant insights, salary data and which skills employers are searching for.',
            'Premium shows you where you rank, the seniority and education of other applicants, and who viewed your profile.',
            'Try Premium to message hiring teams directly and get featured as a top applicant.',
          ]),
          `${k.pick(['Try Premium free for 1 month', 'Start my free trial', 'Unlock insights'])}: https://${b.domain}/premium?ref=${k.token(8)}\nThen ${price}/month. Cancel anytime.`,
          k.pick(['Other jobs where you would be a top applicant:', 'More jobs for you:', 'Similar jobs:']) +
            '\n\n' +
            jobRows(k, k.int(2, 3), field).join('\n\n'),
          k.pick([
            "Insights are estimates based on the profiles of applicants and do not reflect the employer's decision.",
            'This is a promotional message.',
            unsub(k, b.domain),
          ]),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 't3-alert-interview-prep-email-course',
    label: 'job_alert',
    note: 'A drip email course for job seekers ("Day 3 of 5: answering why should we hire you") ending in a few job picks (trap: interview, offer, rejection words in advice)',
    make(k) {
      const brand = k.pick(['Interview Ready', 'Offer Academy', 'HireSmart Coaching', 'The Landing Lab']);
      const domain = `${ascii(brand)
        .toLowerCase()
        .replace(/[^a-z]+/g, '')}.example`;
      const coach = k.person({ name: brand, domain, slug: domain.replace('.example', '') });
      const n = k.int(2, 5);
      const total = k.pick([5, 7]);
      const lesson = k.pick([
        {
          title: 'answering "Why should we hire you?"',
          text: 'Most candidates list adjectives. Instead, pick two results from your last job and tie each to something in the job description.',
          task: 'Homework: write your two results down and say your answer out loud twice before tomorrow.',
        },
        {
          title: 'what to do after a rejection',
          text: 'Unfortunately, "we have decided to move forward with other candidates" rarely means you did something wrong. Send a short thank-you, ask once for feedback, and move on.',
          task: 'Homework: draft a two-line reply you could send after the next "no", so it takes you one minute, not one evening.',
        },
        {
          title: 'negotiating your offer',
          text: 'When the offer arrives, thank them, ask for it in writing, and never accept on the call. Congratulations are in order - but so is a day to think.',
          task: 'Homework: look up the salary range for your role and write down your walk-away number.',
        },
        {
          title: 'the interview follow-up email',
          text: 'Send it within 24 hours, keep it to five sentences, and mention one specific thing you discussed in the interview.',
          task: 'Homework: write a template now, with a gap for the one specific thing.',
        },
      ]);
      return {
        from: `${coach.first} at ${brand} <${ascii(coach.first).toLowerCase()}@${domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Day ${n} of ${total}: ${lesson.title}`,
          `Lesson ${n}: ${lesson.title}`,
          `[${brand}] ${lesson.title}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hi ${k.candidate.first},`,
            `Hey ${k.candidate.first}!`,
            `Welcome back, ${k.candidate.first}.`,
          ]),
          k.pick([
            `Welcome to day ${n} of your free ${total}-day interview course. Today: ${lesson.title}.`,
            `Yesterday we covered your elevator pitch. Today's lesson is about ${lesson.title}.`,
            `Lesson ${n} is here: ${lesson.title}.`,
          ]),
          lesson.text,
          lesson.task +
            k.pick([
              '',
              ' Reply to this email with your draft and I will send you feedback (really!).',
              ' Let me know how it goes.',
            ]),
          k.pick([
            'Practise on these open roles:',
            'Jobs our readers are applying to this week:',
            'Fresh jobs to put this into practice:',
          ]) +
            '\n\n' +
            jobRows(k, 3).join('\n\n'),
          k.pick([
            `${coach.first}\n${brand}`,
            `See you tomorrow,\n${coach.first}`,
            `Cheers,\n${coach.name}, founder of ${brand}`,
          ]),
          k.pick([
            `P.S. Want 1:1 mock interviews? Our coaching plan is 20% off this week: https://${domain}/coaching`,
            '',
          ]),
          unsub(k, domain),
        ),
        expected: none(),
      };
    },
  },
];

export const families: Family[] = [...own, ...hiring, ...decisions, ...commerce, ...alerts];
