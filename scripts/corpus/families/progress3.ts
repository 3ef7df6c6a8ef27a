/**
 * Third round of template families (written 2026-12-03 by a new hand): see the note on each.
 *
 * Progress mail between applying and the outcome: status changes (progress trackers, named
 * viewers, holds that are not rejections, reserve candidates, screening results pending,
 * sponsorship reviews, one-line portal notices in German/French/Spanish), confirmations
 * with conditional sentences, agency submissions and duplicates, assessment shapes the
 * earlier rounds lacked (private repositories, reset links, design and data take-homes,
 * assessment hubs) and reference requests (bounced referee addresses, character
 * references, clinical credentialing, French, forms to pass on).
 */
import { ascii, MONTHS } from '../kit';
import type { Company, Expected, ExpectedPerson, Family, Kit, Moment, Person } from '../kit';
import { day, exp, to, who } from './outcome-helpers';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

/** A signature block, and the phone and address it shows (null when it does not). */
function sign(
  k: Kit,
  p: Person,
  title: string,
  company: Company | null,
  phoneChance = 0.4,
): { text: string; phone: string | null; email: string | null } {
  const withPhone = k.chance(phoneChance);
  const text = k.signature(p, title, company, withPhone);
  return { text, phone: withPhone ? p.phone : null, email: text.includes(p.email) ? p.email : null };
}

const NL_MONTHS = [
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
const NL_WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** A near date without the year ("Friday, March 13" / "Friday 13 March"). */
function nearDay(k: Kit, m: Moment): string {
  const mon = MONTHS.en[m.month - 1]!;
  if (k.locale === 'en-US' || k.locale === 'en-CA')
    return k.pick([
      `${m.weekdayName}, ${mon} ${m.day}`,
      `${mon} ${m.day}`,
      `${m.weekdayName} ${m.month}/${m.day}`,
    ]);
  return k.pick([
    `${m.weekdayName} ${m.day} ${mon}`,
    `${m.day} ${mon}`,
    `${m.weekdayName} ${m.day}/${m.month}`,
  ]);
}

/** A Dutch date ("dinsdag 4 maart 2026"). */
function nlDay(k: Kit, m: Moment): string {
  const d = `${m.day} ${NL_MONTHS[m.month - 1]} ${m.year}`;
  return k.chance(0.5) ? `${NL_WEEKDAYS[m.weekday]} ${d}` : d;
}

/** A moment some days before the email was sent. */
function earlier(k: Kit, minDays: number, maxDays: number): Moment {
  return k.sent.plusDays(-k.int(minDays, maxDays), k.pick([9, 10, 11, 14, 15, 16]), k.pick([0, 30]));
}

function reqId(k: Kit): string {
  return k.pick([
    `R${k.digits(6)}`,
    `REQ-${k.digits(5)}`,
    `JR${k.digits(7)}`,
    `${k.digits(4)}-${k.token(3).toUpperCase()}`,
    `${k.digits(7)}`,
  ]);
}

function titleRecruiter(k: Kit): string {
  return k.pick([
    'Recruiter',
    'Senior Recruiter',
    'Talent Acquisition Partner',
    'Talent Partner',
    'Recruiting Coordinator',
    'Talent Acquisition Specialist',
    'People & Talent Lead',
  ]);
}

function teamSign(k: Kit, company: Company): string {
  return k.pick([
    `${company.name} Talent Acquisition`,
    `The ${company.name} Recruiting Team`,
    `${company.name} People Team`,
    `Talent Team | ${company.name}`,
    `Kind regards,\n${company.name} Recruitment`,
  ]);
}

/** A company whose name suits clinical hiring (hospital, health, dental…), drawn from the kit. */
function clinic(k: Kit): Company {
  let c = k.company();
  for (let i = 0; i < 40 && !/Hospital|Health|Dental|Pharma|Biosciences/.test(c.name); i++) c = k.company();
  return c;
}

/** The role when the text names it, else null (for notices that may leave it out). */
function named(role: string, ...texts: string[]): string | null {
  return texts.some((t) => t.includes(role)) ? role : null;
}

/** A person noted only when the text names them, with the address and phone it shows. */
function mentioned(p: Person, role: ExpectedPerson['role'], text: string): ExpectedPerson[] {
  if (!text.includes(p.name)) return [];
  return [
    {
      name: p.name,
      email: text.includes(p.email) ? p.email : null,
      phone: text.includes(p.phone) ? p.phone : null,
      role,
    },
  ];
}

function expect(
  company: string | null,
  role: string | null,
  people: ExpectedPerson[] = [],
  decisionBy: string | null = null,
): Expected {
  return exp(company, role, people, decisionBy);
}

const DE_ROLES = [
  'Softwareentwickler',
  'Sachbearbeiter Personal',
  'Projektleiter Bau',
  'Werkstudent Vertrieb',
  'Controller',
  'Data Engineer',
  'Industriemechaniker',
  'Teamassistenz',
  'IT-Systemadministrator',
];
const FR_ROLES = [
  'Développeur Full Stack',
  'Chargé de recrutement',
  'Comptable fournisseurs',
  'Chef de produit',
  'Technicien de maintenance',
  'Assistant commercial',
  'Data Analyst',
];
const ES_ROLES = [
  'Desarrollador Backend',
  'Técnico de Selección',
  'Administrativo Contable',
  'Responsable de Tienda',
  'Analista de Datos',
  'Comercial B2B',
  'Ingeniero de Calidad',
];
const NL_ROLES = [
  'Medewerker Klantenservice',
  'Backend Developer',
  'Financieel Administratief Medewerker',
  'Projectleider',
  'Recruiter',
  'Magazijnmedewerker',
];

const CITIES = ['Riverton', 'Lakeside', 'Fairhaven', 'Millbrook', 'Springfield', 'Eastbrook', 'Oak Hollow'];

// ---------------------------------------------------------------------------------------

export const families: Family[] = [
  // =====================================================================================
  // status_update
  {
    id: 'p3-su-progress-tracker-stepper',
    label: 'status_update',
    note: 'ATS status mail drawn as a progress tracker (checkmarks, arrows, "Step 2 of 5"); later stage names such as Interview or Offer appear only as unreached steps',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'smartrecruiters', 'workday', 'icims', 'teamtailor', 'ashby');
      const role = k.role();
      const current = k.pick(['Under review', 'Hiring manager review', 'Screening', 'Shortlist review']);
      const steps = ['Applied', current, 'Interviews', k.pick(['Decision', 'Offer', 'Outcome'])];
      const tracker = k.pick([
        `✓ ${steps[0]}  →  ● ${steps[1]}  →  ○ ${steps[2]}  →  ○ ${steps[3]}`,
        `[x] ${steps[0]}\n[x] ${steps[1]} (current)\n[ ] ${steps[2]}\n[ ] ${steps[3]}`,
        `Step 2 of 4: ${current}\n----------------------------------\nCompleted: ${steps[0]}\nUp next: ${steps[2]}`,
        `${steps[0]} ✔ | ${current.toUpperCase()} | ${steps[2]} | ${steps[3]}`,
      ]);
      const lead = k.pick([
        `Your application for ${role} has moved forward in our process.`,
        `Good news — your ${role} application at ${company.name} is now at a new stage.`,
        `We wanted to let you know where your application for ${role} currently stands.`,
        `There's been progress on your application for ${role}.`,
      ]);
      const meaning = k.pick([
        'No action is needed from you right now. We will be in touch if the team would like to take things further.',
        "This simply means our team is actively looking at your profile; it isn't a final decision either way.",
        'Reviews at this stage usually take one to two weeks. You will receive another update when the status changes.',
        'Nothing is required from you at this point — sit tight and we will update you as things move along.',
      ]);
      const subject = k.pick([
        'Your application status has been updated',
        `Update: ${role} at ${company.name}`,
        'Application progress',
        `Where your ${company.name} application stands`,
      ]);
      return {
        from: system.from(company),
        to: to(k),
        subject,
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          lead,
          tracker,
          meaning,
          `${k.pick(['Track your application', 'View status', 'Open your candidate profile'])}: ${system.link(company, k.token(10))}`,
          teamSign(k, company),
          k.footer(company, system),
        ),
        expected: expect(company.name, role),
      };
    },
  },
  {
    id: 'p3-su-recruiter-viewed-named',
    label: 'status_update',
    note: 'ATS or board notice naming the person who opened the application ("Tara from X reviewed your application"); the viewer is noted without an address',
    make(k) {
      const company = k.company();
      const system = k.system('smartrecruiters', 'workable', 'teamtailor', 'recruitee', 'ashby');
      const role = k.role();
      const viewer = k.person(company);
      const asManager = k.chance(0.35);
      const title = asManager
        ? k.pick(['Hiring Manager', 'Head of Department', 'Team Lead'])
        : k.pick(['Recruiter', 'Talent Partner', 'Talent Acquisition Specialist']);
      const when = earlier(k, 0, 2);
      const subject = k.pick([
        `${viewer.first} from ${company.name} viewed your application`,
        `Your application was reviewed by the ${company.name} team`,
        `Someone at ${company.name} looked at your application`,
        `${company.name}: your application has been opened`,
      ]);
      const lead = k.pick([
        `${viewer.name}, ${title} at ${company.name}, opened your application for ${role} on ${nearDay(k, when)}.`,
        `Your application for ${role} was viewed by ${viewer.name} (${title}).`,
        `${viewer.name} from the ${company.name} team has started reviewing your application for ${role}.`,
      ]);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject,
        date: k.date,
        body: k.paragraphs(
          k.pick([k.hello(), `Hi ${k.candidate.first}!`, '']),
          lead,
          k.pick([
            'No action is needed from you. A viewed application is still under consideration, and the team will reach out if they want to learn more.',
            'Being viewed does not mean a decision has been made yet — reviews can take a little while.',
            'We will let you know as soon as there is any news on your application.',
          ]),
          k.pick([
            `Tip: make sure your profile is up to date so ${viewer.first} sees your latest experience.`,
            'Want to add a portfolio or updated CV? You can still edit your profile.',
            '',
          ]),
          `${k.pick(['See your application', 'Candidate profile', 'My applications'])}: ${system.link(company, k.token(9))}`,
          system.footer(company),
        ),
        expected: expect(company.name, role, [who(viewer, asManager ? 'hiring_manager' : 'recruiter', null)]),
      };
    },
  },
  {
    id: 'p3-su-on-hold-explicitly-not-rejection',
    label: 'status_update',
    note: 'TRAP: role put on hold with "unfortunately" and "not able to progress at this time", but the candidacy is explicitly kept open ("this is not a rejection"); decisionBy only when news is promised by a date',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const bySystem = k.chance(0.4);
      const system = k.system('workday', 'icims', 'greenhouse', 'successfactors', 'lever');
      const s = sign(k, rec, titleRecruiter(k), company);
      const by = k.later(10, 25);
      const withDate = k.chance(0.5);
      const reason = k.pick([
        'following a reorganisation of the team',
        'while the department completes its budget review',
        'because the team lead who owns the role is leaving the business',
        'while we finalise changes to the scope of the position',
        'due to a temporary freeze on new requisitions',
      ]);
      const subject = k.pick([
        `${role}: position on hold`,
        'An update on the role you applied for',
        'Status change: On hold',
        `Your ${company.name} application – temporary pause`,
      ]);
      const body = k.paragraphs(
        bySystem ? k.header(company) : '',
        k.hello(bySystem),
        k.pick([
          `Unfortunately, the ${role} position has been put on hold ${reason}.`,
          `I wanted to let you know that the ${role} role at ${company.name} is on hold ${reason}, so we are not able to progress applications at this time.`,
          `We have had to pause hiring for ${role} ${reason}. Unfortunately that means no further interviews for now.`,
        ]),
        k.pick([
          'This is not a rejection: your application remains active, and we will pick it up again as soon as the role is released.',
          "To be clear, you haven't been turned down — your candidacy stays open and you keep your place in the process.",
          'Your application will stay open on our side. Nothing changes for you, and you will not need to re-apply when the position reopens.',
        ]),
        bySystem ? `Application status: On hold (candidacy active)\nReference: ${reqId(k)}` : '',
        withDate
          ? k.pick([
              `We expect to have an update for you by ${day(k, by)}.`,
              `We aim to confirm whether the role will resume by ${day(k, by)}.`,
              `You will hear from us again no later than ${day(k, by)}.`,
            ])
          : k.pick([
              'We will be in touch as soon as we know more.',
              'I will update you the moment I hear anything.',
              'We hope to resume in the coming weeks.',
            ]),
        'Thank you for your patience and understanding.',
        bySystem ? teamSign(k, company) : s.text,
        bySystem ? k.footer(company, system) : '',
      );
      return {
        from: bySystem ? system.from(company) : k.addr(rec),
        to: to(k),
        subject,
        date: k.date,
        body,
        expected: expect(
          company.name,
          role,
          bySystem ? [] : [who(rec, 'recruiter', rec.email, s.phone)],
          withDate ? by.ymd : null,
        ),
      };
    },
  },
  {
    id: 'p3-su-missing-cover-letter-or-portfolio',
    label: 'status_update',
    note: 'Recruiter by hand asks for one missing item (cover letter, portfolio, salary expectations, right-to-work answer, readable CV) before the application can be reviewed; a reply-by date is not a decision date',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company, k.pick(['first.last', 'first'] as const));
      const s = sign(k, rec, titleRecruiter(k), company);
      const hm = k.person(company);
      const namesHm = k.chance(0.45);
      const reply = k.later(2, 5);
      const missing = k.pick([
        'a cover letter, which is required for this role',
        'a link to your portfolio or a few work samples',
        'your salary expectations and notice period',
        'an answer to the right-to-work question (it was left blank on the form)',
        'a readable copy of your CV — the file we received appears to be corrupted and will not open',
      ]);
      const lead = k.pick([
        `Thanks for applying for the ${role} position. Before I can pass your application on, I need ${missing}.`,
        `I'm reviewing applications for ${role} and noticed yours is missing ${missing}.`,
        `Thank you for your interest in ${company.name}. Your application for ${role} is almost complete — we're just missing ${missing}.`,
      ]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Re: ${role} application`,
          'Quick request regarding your application',
          `One more thing for your ${role} application`,
          'Your application – missing information',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          lead,
          k.pick([
            `Could you send it over by ${nearDay(k, reply)}? Just reply to this email.`,
            'If you can reply with it this week, I can include you in the next review round.',
            `Please send it by ${day(k, reply)} so we can complete your application.`,
          ]),
          namesHm
            ? k.pick([
                `Once I have it, I'll share your application with ${hm.name}, the hiring manager.`,
                `${hm.name}, who leads the team, reviews complete applications every week.`,
              ])
            : k.pick(['Once I have it, your application will go to the hiring team for review.', '']),
          s.text,
        ),
        expected: expect(company.name, role, [
          who(rec, 'recruiter', rec.email, s.phone),
          ...(namesHm ? [who(hm, 'hiring_manager', null)] : []),
        ]),
      };
    },
  },
  {
    id: 'p3-su-committee-meets-write-by-date',
    label: 'status_update',
    note: 'After interviews, the recommendation goes to a committee/board that meets on one date; everyone hears by a later date (decisionBy is the promised date, not the meeting)',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-US', 'en-AU', 'en-CA', 'en-IN'] as const));
      const company = k.company();
      const role = k.role(k.pick(['care', 'education', 'business', 'data'] as const));
      const hr = k.person(company);
      const s = sign(
        k,
        hr,
        k.pick(['HR Adviser', 'Recruitment Officer', 'People Services Coordinator']),
        company,
      );
      const meet = k.later(4, 9);
      const by = meet.plusWorkdays(k.int(2, 5));
      const body = k.pick([
        'appointments committee',
        'hiring board',
        'selection committee',
        'executive panel',
      ]);
      const bySystem = k.chance(0.3);
      return {
        from: bySystem ? `${company.name} Recruitment <recruitment@${company.domain}>` : k.addr(hr),
        to: to(k),
        subject: k.pick([
          'Update on your application',
          `${role} – next steps in our process`,
          'Timeline for the selection decision',
          `${company.name}: ${role} selection timeline`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for attending interview for the ${role} post. I am writing to let you know how the process will run from here.`,
            `Thank you again for your time during the recent interviews for ${role}.`,
            `Following your interview for the position of ${role}, I wanted to update you on our timeline.`,
          ]),
          k.pick([
            `The panel's recommendations will go to the ${body}, which meets on ${day(k, meet)}.`,
            `Under our recruitment policy, all appointments must be approved by the ${body}. Its next meeting is on ${day(k, meet)}.`,
            `The ${body} will consider the shortlisted candidates at its meeting on ${day(k, meet)}.`,
          ]),
          k.pick([
            `We will write to all candidates with the outcome by ${day(k, by)}.`,
            `You will hear from us no later than ${day(k, by)}.`,
            `We expect to confirm the decision to every candidate by ${day(k, by)}.`,
          ]),
          k.pick([
            'I appreciate your patience while this takes place.',
            'Please do not hesitate to contact me if you have any questions in the meantime.',
            '',
          ]),
          bySystem ? `Kind regards,\n${company.name} Recruitment Team` : s.text,
          k.chance(0.4) ? k.footer(company) : '',
        ),
        expected: expect(
          company.name,
          role,
          bySystem ? [] : [who(hr, 'recruiter', hr.email, s.phone)],
          by.ymd,
        ),
      };
    },
  },
  {
    id: 'p3-su-pre-employment-screening-results-pending',
    label: 'status_update',
    note: 'Hourly or healthcare hire: drug screen, TB test, fingerprints or medical done, results pending; nothing asked of the candidate',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA', 'en-AU'] as const));
      const field = k.pick(['care', 'service', 'service'] as const);
      const company = field === 'care' ? clinic(k) : k.company();
      const role = k.role(field);
      const coord = k.person(company);
      const bySystem = k.chance(0.4);
      const system = k.system('icims', 'workday', 'bamboohr', 'own');
      const s = sign(
        k,
        coord,
        k.pick(['Onboarding Coordinator', 'HR Coordinator', 'Talent Acquisition Coordinator']),
        company,
      );
      const done = earlier(k, 1, 3);
      const check = k.pick([
        'drug screen',
        'TB test and immunization review',
        'fingerprinting appointment',
        'pre-employment physical',
        'background and drug screening',
      ]);
      const subject = k.pick([
        'Pre-employment screening: results pending',
        `Your ${role} application – screening update`,
        'Background check in progress',
        'Screening status: In progress',
      ]);
      const body = k.paragraphs(
        k.hello(),
        k.pick([
          `Thanks for completing your ${check} on ${nearDay(k, done)}.`,
          `We have received confirmation that your ${check} for the ${role} position has been completed.`,
          `Quick update on your ${role} application: your ${check} is done and we are now waiting on the results.`,
        ]),
        k.pick([
          'Results usually take 3–5 business days. We will contact you as soon as your file is cleared.',
          'The lab typically returns results within a week. Once everything comes back clear, we will reach out about next steps.',
          'Your file is currently marked "Screening – in progress". We will update you once we hear back from the provider.',
        ]),
        k.pick([
          'You do not need to do anything right now.',
          'No further action is needed on your part at this time.',
          'Please do not book another appointment unless we ask you to.',
        ]),
        bySystem ? teamSign(k, company) : s.text,
        bySystem ? k.footer(company, system) : '',
      );
      return {
        from: bySystem ? system.from(company) : k.addr(coord),
        to: to(k),
        subject,
        date: k.date,
        body,
        expected: expect(
          company.name,
          named(role, subject, body),
          bySystem ? [] : [who(coord, 'recruiter', coord.email, s.phone)],
        ),
      };
    },
  },
  {
    id: 'p3-su-reserve-candidate-offer-pending-elsewhere',
    label: 'status_update',
    note: 'TRAP: "we have made an offer to another candidate" but they have not accepted; the candidate is the close second and kept in the process (not a rejection, not an offer)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const sender = k.person(company);
      const isManager = k.chance(0.35);
      const s = sign(
        k,
        sender,
        isManager
          ? k.pick(['Hiring Manager', 'Head of Operations', 'Engineering Manager'])
          : titleRecruiter(k),
        company,
      );
      const answer = k.later(1, 4);
      const by = answer.plusWorkdays(k.int(1, 3));
      const withDate = k.chance(0.55);
      return {
        from: k.addr(sender),
        to: to(k),
        subject: k.pick([
          `${role} – where things stand`,
          'A quick, honest update',
          'Update on your candidacy',
          `Re: ${role} interviews`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I want to be transparent with you: we have made an offer to another candidate for the ${role} role, but they have not accepted yet.`,
            `Here's where we are on ${role}. We extended an offer to one other finalist earlier this week and are waiting on their answer.`,
            `An offer for the ${role} position has gone out to another candidate, and they are still considering it.`,
          ]),
          k.pick([
            'You were a very close second, and we would like to keep you in the process until we hear back.',
            "The panel rated you highly, and if it doesn't work out with them, you would be our first call.",
            'Your application is still very much open — we have not closed any other candidacies.',
          ]),
          withDate
            ? k.pick([
                `We expect their answer by ${nearDay(k, answer)}, and I will update you either way by ${day(k, by)}.`,
                `I will come back to you with a definite answer by ${day(k, by)}.`,
              ])
            : k.pick([
                'I should know more within the week and will update you either way.',
                'I will let you know as soon as I hear anything.',
              ]),
          k.pick([
            'I know this is not the clearest news, and I appreciate your patience.',
            'If anything changes on your side in the meantime, please let me know.',
            '',
          ]),
          s.text,
        ),
        expected: expect(
          company.name,
          role,
          [who(sender, isManager ? 'hiring_manager' : 'recruiter', sender.email, s.phone)],
          withDate ? by.ymd : null,
        ),
      };
    },
  },
  {
    id: 'p3-su-one-line-stage-change-de-fr-es',
    label: 'status_update',
    note: 'German, French or Spanish portal notice: the subject carries it, the body is empty, one status line or a link; role only when the text names it',
    make(k) {
      const lang = k.pick(['de', 'fr', 'es'] as const);
      k.as(lang);
      const company = k.company();
      const system =
        lang === 'de'
          ? k.system('personio', 'successfactors', 'teamtailor', 'workday', 'smartrecruiters')
          : k.system('successfactors', 'teamtailor', 'workday', 'smartrecruiters');
      const role = k.pick(lang === 'de' ? DE_ROLES : lang === 'fr' ? FR_ROLES : ES_ROLES);
      const link = system.link(company, k.token(8));
      const status =
        lang === 'de'
          ? k.pick(['In Prüfung', 'Weitergeleitet an die Fachabteilung', 'Vorauswahl', 'In Bearbeitung'])
          : lang === 'fr'
            ? k.pick(["En cours d'étude", 'Transmise au manager', 'Présélection en cours'])
            : k.pick(['En revisión', 'Enviada al responsable de contratación', 'En proceso de selección']);
      const titled =
        lang === 'de' && k.chance(0.5)
          ? `${role} (m/w/d)`
          : lang === 'fr' && k.chance(0.4)
            ? `${role} H/F`
            : role;
      const subject =
        lang === 'de'
          ? k.pick([
              `Statusänderung: ${titled}`,
              `Ihre Bewerbung bei ${company.name}: neuer Status`,
              `Bewerbungsstatus aktualisiert – ${titled}`,
            ])
          : lang === 'fr'
            ? k.pick([
                `Mise à jour de votre candidature – ${titled}`,
                `Nouveau statut pour votre candidature chez ${company.name}`,
                `Votre candidature : ${status}`,
              ])
            : k.pick([
                `Actualización de tu candidatura – ${titled}`,
                `Tu candidatura en ${company.name} ha cambiado de estado`,
                `Estado de tu candidatura: ${status}`,
              ]);
      const line =
        lang === 'de'
          ? k.pick([
              `Neuer Status: ${status}`,
              `Status Ihrer Bewerbung als ${titled}: ${status}`,
              `Details: ${link}`,
            ])
          : lang === 'fr'
            ? k.pick([
                `Nouveau statut : ${status}`,
                `Statut de votre candidature (${titled}) : ${status}`,
                `Voir le détail : ${link}`,
              ])
            : k.pick([
                `Nuevo estado: ${status}`,
                `Estado de tu candidatura (${titled}): ${status}`,
                `Ver detalles: ${link}`,
              ]);
      const body = k
        .pick(['', line, `${line}\n\n${system.footer(company)}`, `${k.header(company)}\n${line}`])
        .trim();
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject,
        date: k.date,
        body,
        expected: expect(company.name, named(role, subject, body)),
      };
    },
  },
  {
    id: 'p3-su-delay-notice-de-fr-es',
    label: 'status_update',
    note: 'German, French or Spanish apology that the selection is taking longer; candidacy still considered; decisionBy only when a date is given',
    make(k) {
      const lang = k.pick(['de', 'fr', 'es'] as const);
      k.as(lang);
      const company = k.company();
      const role = k.pick(lang === 'de' ? DE_ROLES : lang === 'fr' ? FR_ROLES : ES_ROLES);
      const rec = k.person(company);
      const by = k.later(7, 18);
      const withDate = k.chance(0.55);
      const formal = lang === 'de' || k.chance(0.5);
      const date = day(k, by);
      let subject: string;
      let parts: string[];
      if (lang === 'de') {
        subject = k.pick([
          `Ihre Bewerbung als ${role} – Zwischenstand`,
          'Verzögerung im Auswahlprozess',
          `Kurzes Update zu Ihrer Bewerbung bei ${company.name}`,
        ]);
        parts = [
          k.pick([
            `Guten Tag ${k.candidate.name},`,
            `Sehr geehrte/r ${k.candidate.name},`,
            `Hallo ${k.candidate.first},`,
          ]),
          k.pick([
            `leider verzögert sich unser Auswahlprozess für die Position ${role}.`,
            `der Auswahlprozess für die Stelle ${role} nimmt mehr Zeit in Anspruch als geplant.`,
            `wir möchten Sie kurz informieren, dass sich die Entscheidung zur Position ${role} verschiebt.`,
          ]),
          k.pick([
            'Grund dafür sind Urlaubszeiten in der Fachabteilung.',
            'Wir haben mehr Bewerbungen erhalten als erwartet und möchten jede sorgfältig prüfen.',
            'Einige Gespräche mussten verschoben werden.',
          ]),
          k.pick([
            'Ihre Bewerbung ist selbstverständlich weiterhin im Rennen.',
            'Ihre Unterlagen werden weiterhin berücksichtigt.',
            'Sie sind nach wie vor Teil des Auswahlverfahrens.',
          ]),
          withDate
            ? k.pick([
                `Wir rechnen damit, Ihnen bis zum ${date} eine Rückmeldung geben zu können.`,
                `Spätestens am ${date} melden wir uns bei Ihnen.`,
                `Eine Entscheidung erwarten wir bis ${date}.`,
              ])
            : 'Wir melden uns, sobald wir mehr wissen.',
          `Vielen Dank für Ihre Geduld.\n\nMit freundlichen Grüßen\n${rec.name}\n${k.pick(['Recruiting', 'HR Business Partner', 'Talent Acquisition'])}\n${company.name}`,
        ];
      } else if (lang === 'fr') {
        subject = k.pick([
          `Votre candidature au poste de ${role}`,
          'Point sur notre processus de recrutement',
          `${company.name} – délai de réponse`,
        ]);
        parts = [
          formal ? `Bonjour ${k.candidate.name},` : `Bonjour ${k.candidate.first},`,
          k.pick([
            `Le processus de recrutement pour le poste de ${role} prend plus de temps que prévu.`,
            `Nous tenions à vous informer que notre décision concernant le poste de ${role} sera retardée.`,
            `Notre processus de sélection pour le poste de ${role} s'est allongé.`,
          ]),
          k.pick([
            'Plusieurs membres du jury étaient en congés ces dernières semaines.',
            'Nous avons reçu un nombre important de candidatures.',
            'Un entretien supplémentaire a été ajouté pour tous les candidats retenus à ce stade.',
          ]),
          k.pick([
            'Votre candidature reste bien entendu à l’étude.',
            'Votre profil fait toujours partie des candidatures considérées.',
            'Vous êtes toujours en lice pour ce poste.',
          ]),
          withDate
            ? k.pick([
                `Nous prévoyons de revenir vers vous d'ici le ${date}.`,
                `Vous aurez une réponse au plus tard le ${date}.`,
              ])
            : 'Nous reviendrons vers vous dès que possible.',
          `Merci de votre patience.\n\nBien cordialement,\n${rec.name}\n${k.pick(['Chargé·e de recrutement', 'Responsable RH', 'Talent Acquisition'])}\n${company.name}`,
        ];
      } else {
        subject = k.pick([
          `Tu candidatura para ${role}`,
          'Novedades sobre el proceso de selección',
          `${company.name} – actualización de tu proceso`,
        ]);
        parts = [
          formal ? `Estimado/a ${k.candidate.name}:` : `Hola ${k.candidate.first}:`,
          k.pick([
            `El proceso de selección para el puesto de ${role} se está alargando más de lo previsto.`,
            `Queríamos avisarte de que la decisión sobre la posición de ${role} se va a retrasar.`,
            `Nuestro proceso para ${role} está tardando más de lo que esperábamos.`,
          ]),
          k.pick([
            'Varias personas del equipo han estado de vacaciones.',
            'Hemos recibido muchas más candidaturas de las esperadas.',
            'Hemos añadido una entrevista más al proceso.',
          ]),
          k.pick([
            'Tu candidatura sigue en proceso.',
            'Sigues siendo parte del proceso de selección.',
            'Seguimos teniendo en cuenta tu perfil.',
          ]),
          withDate
            ? k.pick([
                `Esperamos poder darte una respuesta antes del ${date}.`,
                `Te escribiremos como muy tarde el ${date}.`,
              ])
            : 'Te contactaremos en cuanto tengamos novedades.',
          `Gracias por tu paciencia.\n\nUn saludo,\n${rec.name}\n${k.pick(['Equipo de Selección', 'Recursos Humanos', 'Talent Acquisition'])}\n${company.name}`,
        ];
      }
      return {
        from: k.addr(rec),
        to: to(k),
        subject,
        date: k.date,
        body: k.paragraphs(...parts),
        expected: expect(company.name, role, [who(rec, 'recruiter')], withDate ? by.ymd : null),
      };
    },
  },
  {
    id: 'p3-su-sponsorship-check-in-progress',
    label: 'status_update',
    note: 'Process paused while the employer checks whether it can sponsor a visa; the candidate stays in; decisionBy when news is promised by a date',
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'data', 'product', 'care'] as const));
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const by = k.later(5, 12);
      const withDate = k.chance(0.5);
      const visa = k.pick([
        'H-1B transfer',
        'Skilled Worker visa',
        'work permit',
        'visa sponsorship',
        'Blue Card',
      ]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} – sponsorship review`,
          'Quick update on your application',
          'Checking one thing before the next step',
          `Re: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for flagging that you would need a ${visa}. Before we go any further with the ${role} process, our immigration team is checking whether we can support it for this role.`,
            `The hiring team was very positive after reviewing your application for ${role}. The one open question is the ${visa}, which our mobility team is now looking into.`,
            `I've passed your details to our immigration adviser to confirm we can offer ${visa} support for the ${role} position.`,
          ]),
          k.pick([
            'Your application stays active while this is checked; nothing is needed from you for now.',
            "This is a standard step for us, and it doesn't affect how the team sees your application.",
            'You remain in the process in the meantime.',
          ]),
          withDate
            ? k.pick([
                `We expect to hear back by ${nearDay(k, by)}, and I'll update you then.`,
                `I'll have an answer for you by ${day(k, by)}.`,
              ])
            : k.pick([
                'These reviews usually take a week or two.',
                "I'll update you as soon as I hear back.",
              ]),
          s.text,
        ),
        expected: expect(
          company.name,
          role,
          [who(rec, 'recruiter', rec.email, s.phone)],
          withDate ? by.ymd : null,
        ),
      };
    },
  },
  {
    id: 'p3-su-hourly-forwarded-to-store-manager',
    label: 'status_update',
    note: 'Hourly job: application forwarded to the manager of one location who "will contact you if" shifts match (conditional, not a rejection, no interview yet)',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA', 'en-GB', 'en-AU'] as const));
      const company = k.company();
      const role = k.role('service');
      const system = k.system('icims', 'workday', 'own', 'bamboohr');
      const mgr = k.person(company);
      const namesMgr = k.chance(0.5);
      const city = k.pick(CITIES);
      const store = `${k.pick(['#', 'Store ', 'Location '])}${k.digits(4)}`;
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your application has been sent to our ${city} location`,
          `${company.name} – ${role} application update`,
          'Your application is with the hiring manager',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([k.hello(), `Hi ${k.candidate.first}!`]),
          k.pick([
            `Your application for ${role} at our ${city} location (${store}) has been forwarded to the ${namesMgr ? `store manager, ${mgr.name}` : 'store manager'}.`,
            `Good news! We've passed your ${role} application on to the hiring manager at ${company.name} ${city}${namesMgr ? ` (${mgr.name})` : ''}.`,
            `The ${city} team${namesMgr ? `, led by ${mgr.name},` : ''} now has your application for ${role}.`,
          ]),
          k.pick([
            'If your availability matches the open shifts, they will contact you directly by phone or text.',
            'If they would like to meet you, you will hear from them within a few days.',
            'Should the manager want to move forward, they will reach out to set up a chat.',
          ]),
          k.pick([
            'Positions are filled on a rolling basis, so keep an eye on your phone.',
            'You can update your availability at any time in your applicant profile.',
            'Tip: make sure your phone number on file is correct.',
          ]),
          k.pick([
            `Thanks,\n${company.name} Hiring Team`,
            `- The ${company.name} crew`,
            teamSign(k, company),
          ]),
          k.footer(company, system),
        ),
        expected: expect(company.name, role, namesMgr ? [who(mgr, 'hiring_manager', null)] : []),
      };
    },
  },

  // =====================================================================================
  // application_received
  {
    id: 'p3-ar-conditional-next-steps-en',
    label: 'application_received',
    note: 'TRAP: English ATS confirmation full of conditionals ("if we decide not to move forward we will let you know", "should you not be selected we may keep your profile") that must not read as a rejection',
    make(k) {
      const company = k.company();
      const system = k.system(
        'greenhouse',
        'lever',
        'ashby',
        'jobvite',
        'smartrecruiters',
        'workday',
        'icims',
      );
      const role = k.role();
      const weeks = k.pick(['two', 'three', '2–3', 'four']);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Thank you for applying to ${company.name}`,
          `We received your application: ${role}`,
          `${company.name} | Application confirmation`,
          `Your application for ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `Thanks for applying for the ${role} role at ${company.name}. This note confirms we have your application.`,
            `We've received your application for ${role} and appreciate your interest in ${company.name}.`,
            `Your application for ${role} has been submitted successfully.`,
          ]),
          k.pick([
            'If your background is a match, a member of our recruiting team will reach out to arrange a first conversation.',
            'Should your experience align with what the team needs, we will contact you about next steps.',
            'If we would like to learn more, someone from our team will be in touch by email.',
          ]),
          k.pick([
            `If we decide not to move forward, we will still let you know by email — we aim to reply to everyone within ${weeks} weeks.`,
            'Should you not be selected for this role, we may keep your profile on file for future openings unless you ask us not to.',
            `If you are not selected, you'll receive a notification from us; we never leave applicants without an answer.`,
            "In the event that this particular role isn't the right fit, we'll tell you, and we may suggest other openings.",
          ]),
          k.pick([
            'In the meantime, you can read more about how we hire on our careers page.',
            `You can check your status any time: ${system.link(company, k.token(10))}`,
            '',
          ]),
          teamSign(k, company),
          k.footer(company, system),
        ),
        expected: expect(company.name, role),
      };
    },
  },
  {
    id: 'p3-ar-de-konzern-conditional',
    label: 'application_received',
    note: 'TRAP: German corporate confirmation (Workday/SuccessFactors/SmartRecruiters) with Referenznummer, Kandidatenportal and a conditional "Sollten wir Ihnen keine Zusage geben können…" sentence; not an Absage',
    make(k) {
      k.as('de');
      const company = k.company();
      const system = k.system('workday', 'successfactors', 'smartrecruiters', 'own');
      const role = k.pick(DE_ROLES);
      const titled = k.chance(0.6) ? `${role} (m/w/d)` : role;
      const ref = reqId(k);
      const hr = k.person(company);
      const signed = k.chance(0.4);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Bestätigung Ihrer Bewerbung – ${titled} (${ref})`,
          `Ihre Bewerbung bei ${company.name}`,
          `Eingang Ihrer Bewerbung: ${titled}`,
          'Wir haben Ihre Bewerbung erhalten',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Sehr geehrte/r ${k.candidate.name},`,
            `Guten Tag ${k.candidate.name},`,
            `Hallo ${k.candidate.first},`,
          ]),
          k.pick([
            `vielen Dank für Ihre Bewerbung als ${titled}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.`,
            `wir freuen uns über Ihr Interesse an ${company.name} und bestätigen den Eingang Ihrer Bewerbung für die Position ${titled}.`,
            `Ihre Bewerbung für die Stelle ${titled} ist erfolgreich bei uns eingegangen.`,
          ]),
          `Referenznummer: ${ref}\nEingegangen am: ${k.sent.date('de-numeric')}`,
          k.pick([
            'Wir prüfen Ihre Unterlagen sorgfältig und melden uns, sobald wir Ihre Bewerbung gesichtet haben.',
            'Unser Recruiting-Team sieht sich Ihre Unterlagen nun in Ruhe an.',
            'Die Fachabteilung erhält Ihre Unterlagen in den nächsten Tagen zur Durchsicht.',
          ]),
          k.pick([
            'Sollten wir Ihnen keine Zusage geben können, informieren wir Sie selbstverständlich ebenfalls.',
            'Falls Ihr Profil nicht zu dieser Stelle passt, nehmen wir Sie – Ihr Einverständnis vorausgesetzt – gern in unseren Talentpool auf.',
            'Auch wenn es für diese Position nicht passen sollte, erhalten Sie in jedem Fall eine Rückmeldung von uns.',
          ]),
          `Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in unserem Kandidatenportal: ${system.link(company, k.token(8))}`,
          k.chance(0.5)
            ? 'Hinweise zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerberinnen und Bewerber.'
            : '',
          signed
            ? `Mit freundlichen Grüßen\n\n${hr.name}\n${k.pick(['Talent Acquisition', 'Recruiting Center', 'HR Services'])}\n${company.name}`
            : `Mit freundlichen Grüßen\nIhr Recruiting-Team von ${company.name}`,
          system.footer(company),
        ),
        expected: expect(company.name, role, signed ? [who(hr, 'recruiter', null)] : []),
      };
    },
  },
  {
    id: 'p3-ar-fr-es-nl-conditional',
    label: 'application_received',
    note: 'TRAP: French, Spanish or Dutch confirmation whose last paragraph is a conditional about not being selected ("si votre profil ne correspond pas", "en caso de no continuar", "mocht je niet door gaan")',
    make(k) {
      const lang = k.pick(['fr', 'es', 'nl'] as const);
      k.as(lang === 'nl' ? 'de' : lang);
      const company = k.company();
      const system = k.system('teamtailor', 'recruitee', 'smartrecruiters', 'workable', 'own');
      const role = k.pick(lang === 'fr' ? FR_ROLES : lang === 'es' ? ES_ROLES : NL_ROLES);
      const footer = system.footer(company);
      const reply = k.later(8, 14);
      const nlBy = lang === 'nl' && k.chance(0.4);
      let subject: string;
      let parts: string[];
      if (lang === 'fr') {
        subject = k.pick([
          `Confirmation de votre candidature – ${role}`,
          `Merci pour votre candidature chez ${company.name}`,
          'Nous avons bien reçu votre candidature',
        ]);
        parts = [
          k.pick([`Bonjour ${k.candidate.first},`, `Madame, Monsieur,`, `Bonjour ${k.candidate.name},`]),
          k.pick([
            `Nous vous remercions pour votre candidature au poste de ${role} et vous confirmons sa bonne réception.`,
            `Votre candidature pour le poste de ${role} a bien été enregistrée.`,
            `Merci de l'intérêt que vous portez à ${company.name} ! Nous avons bien reçu votre candidature (${role}).`,
          ]),
          k.pick([
            'Notre équipe recrutement va étudier votre profil avec attention.',
            'Nous revenons vers vous dans les meilleurs délais.',
            'Votre dossier sera examiné par le manager du poste dans les prochains jours.',
          ]),
          k.pick([
            'Si votre profil ne correspond pas à nos besoins actuels, nous vous en informerons par e-mail.',
            'Dans le cas où votre candidature ne serait pas retenue, nous vous tiendrons informé(e) et conserverons votre CV avec votre accord.',
            'Si nous ne donnons pas suite, vous recevrez tout de même une réponse de notre part.',
          ]),
          `Cordialement,\nL'équipe recrutement ${company.name}`,
        ];
      } else if (lang === 'es') {
        subject = k.pick([
          `Hemos recibido tu candidatura – ${role}`,
          `Confirmación de candidatura en ${company.name}`,
          'Gracias por inscribirte en nuestra oferta',
        ]);
        parts = [
          k.pick([`Hola ${k.candidate.first}:`, `Estimado/a ${k.candidate.name}:`]),
          k.pick([
            `Te confirmamos que hemos recibido tu candidatura para la oferta de ${role}.`,
            `Gracias por tu interés en ${company.name}. Tu candidatura al puesto de ${role} se ha registrado correctamente.`,
            `Tu inscripción en la oferta de ${role} se ha completado con éxito.`,
          ]),
          k.pick([
            'Nuestro equipo de selección revisará tu perfil con atención.',
            'Revisaremos tu CV en los próximos días.',
            'Si tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.',
          ]),
          k.pick([
            'En caso de no continuar en el proceso, también te lo comunicaremos por correo.',
            'Si finalmente no resultas seleccionado/a, conservaremos tu CV para futuras ofertas, siempre con tu consentimiento.',
            'Aunque tu perfil no encaje en esta ocasión, recibirás una respuesta por nuestra parte.',
          ]),
          `Un saludo,\nEquipo de Talento de ${company.name}`,
        ];
      } else {
        subject = k.pick([
          `Bevestiging van je sollicitatie – ${role}`,
          `Bedankt voor je sollicitatie bij ${company.name}`,
          'We hebben je sollicitatie ontvangen',
        ]);
        parts = [
          k.pick([
            `Hoi ${k.candidate.first},`,
            `Beste ${k.candidate.first},`,
            `Geachte ${k.candidate.name},`,
          ]),
          k.pick([
            `Bedankt voor je sollicitatie op de functie ${role}. Hierbij bevestigen we dat we deze in goede orde hebben ontvangen.`,
            `Je sollicitatie voor ${role} is bij ons binnen. Leuk dat je interesse hebt in ${company.name}!`,
            `We hebben je sollicitatie als ${role} ontvangen.`,
          ]),
          nlBy
            ? `Uiterlijk ${nlDay(k, reply)} laten we je weten of we je willen uitnodigen.`
            : k.pick([
                'We bekijken je cv en motivatie zorgvuldig.',
                'Binnen twee weken hoor je meer van ons.',
                'Het team kijkt deze week naar alle sollicitaties.',
              ]),
          k.pick([
            'Mocht je niet doorgaan naar de volgende ronde, dan laten we je dat ook weten.',
            'Als je profiel niet aansluit bij deze vacature, ontvang je daarover een bericht.',
            'Passen we niet bij elkaar voor deze rol, dan bewaren we je gegevens graag nog een jaar (alleen met jouw toestemming).',
          ]),
          `Met vriendelijke groet,\nTeam Recruitment ${company.name}`,
        ];
      }
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject,
        date: k.date,
        body: k.paragraphs(...parts, system.name === 'own careers site' ? '' : footer),
        expected: expect(company.name, role, [], nlBy ? reply.ymd : null),
      };
    },
  },
  {
    id: 'p3-ar-regional-job-board-sent-to',
    label: 'application_received',
    note: 'Regional job board (invented, German/French/Spanish/Dutch/English) relays "your application was sent to X" with a small job card; similar-jobs line at most',
    make(k) {
      const lang = k.pick(['de', 'fr', 'es', 'nl', 'en'] as const);
      if (lang !== 'en') k.as(lang === 'nl' ? 'de' : lang);
      const company = k.company();
      const role =
        lang === 'de'
          ? k.pick(DE_ROLES)
          : lang === 'fr'
            ? k.pick(FR_ROLES)
            : lang === 'es'
              ? k.pick(ES_ROLES)
              : lang === 'nl'
                ? k.pick(NL_ROLES)
                : k.role();
      const board = {
        de: { name: 'Jobfalke', domain: 'jobfalke.example' },
        fr: { name: 'Boussole Emploi', domain: 'boussole-emploi.example' },
        es: { name: 'TrabajoRadar', domain: 'trabajoradar.example' },
        nl: { name: 'VacatureVink', domain: 'vacaturevink.example' },
        en: { name: 'Hireway', domain: 'hireway.example' },
      }[lang];
      const city = k.pick(CITIES);
      const path = {
        de: 'meine-bewerbungen',
        fr: 'mes-candidatures',
        es: 'mis-candidaturas',
        nl: 'mijn-sollicitaties',
        en: 'my-applications',
      }[lang];
      const link = `https://www.${board.domain}/${path}?ref=${k.token(10)}`;
      const card = `${role}\n${company.name} · ${city}`;
      const text = {
        de: {
          subject: k.pick([
            `Ihre Bewerbung wurde an ${company.name} gesendet`,
            `Bewerbung erfolgreich versendet: ${role}`,
          ]),
          lead: k.pick([
            `Ihre Bewerbung wurde erfolgreich an ${company.name} übermittelt.`,
            `Geschafft! ${company.name} hat Ihre Bewerbung erhalten.`,
            'Ihre Bewerbung ist unterwegs.',
          ]),
          next: k.pick([
            'Den Status verfolgen Sie unter „Meine Bewerbungen“.',
            'Der Arbeitgeber meldet sich direkt bei Ihnen.',
            'Viel Erfolg!',
          ]),
          hello: `Hallo ${k.candidate.first},`,
          foot: `Sie erhalten diese E-Mail, weil Sie sich über ${board.name} beworben haben.`,
        },
        fr: {
          subject: k.pick([
            `Votre candidature a été envoyée à ${company.name}`,
            `Candidature envoyée : ${role}`,
          ]),
          lead: k.pick([
            `Votre candidature a bien été transmise à ${company.name}.`,
            `C'est envoyé ! ${company.name} a reçu votre candidature.`,
            'Votre candidature est partie.',
          ]),
          next: k.pick([
            "Suivez l'avancement dans « Mes candidatures ».",
            "L'employeur vous contactera directement.",
            'Bonne chance !',
          ]),
          hello: `Bonjour ${k.candidate.first},`,
          foot: `Vous recevez cet e-mail car vous avez postulé via ${board.name}.`,
        },
        es: {
          subject: k.pick([`Tu candidatura se ha enviado a ${company.name}`, `Candidatura enviada: ${role}`]),
          lead: k.pick([
            `Tu candidatura se ha enviado correctamente a ${company.name}.`,
            `¡Listo! ${company.name} ya tiene tu candidatura.`,
            'Tu candidatura está en camino.',
          ]),
          next: k.pick([
            'Puedes seguir el estado en «Mis candidaturas».',
            'La empresa se pondrá en contacto contigo directamente.',
            '¡Mucha suerte!',
          ]),
          hello: `Hola ${k.candidate.first}:`,
          foot: `Recibes este correo porque te has inscrito a través de ${board.name}.`,
        },
        nl: {
          subject: k.pick([
            `Je sollicitatie is verstuurd naar ${company.name}`,
            `Sollicitatie verzonden: ${role}`,
          ]),
          lead: k.pick([
            `Je sollicitatie is succesvol verstuurd naar ${company.name}.`,
            `Gelukt! ${company.name} heeft je sollicitatie ontvangen.`,
            'Je sollicitatie is onderweg.',
          ]),
          next: k.pick([
            'Volg de status via „Mijn sollicitaties”.',
            'De werkgever neemt rechtstreeks contact met je op.',
            'Veel succes!',
          ]),
          hello: `Hoi ${k.candidate.first},`,
          foot: `Je ontvangt deze e-mail omdat je via ${board.name} hebt gesolliciteerd.`,
        },
        en: {
          subject: k.pick([
            `Your application was sent to ${company.name}`,
            `Application sent: ${role}`,
            `You applied to ${company.name}`,
          ]),
          lead: k.pick([
            `Your application was sent to ${company.name}.`,
            `Done! ${company.name} has your application.`,
            'Your application is on its way.',
          ]),
          next: k.pick([
            'Track it under "My applications".',
            'The employer will contact you directly if they want to move forward.',
            'Good luck!',
          ]),
          hello: `Hi ${k.candidate.first},`,
          foot: `You're receiving this because you applied through ${board.name}.`,
        },
      }[lang];
      return {
        from: `${board.name} <${k.pick(['noreply', 'notifications', 'no-reply'])}@${board.domain}>`,
        to: k.candidate.email,
        subject: text.subject,
        date: k.date,
        body: k.paragraphs(
          k.pick([`[${board.name}]`, '']),
          text.hello,
          text.lead,
          card,
          text.next,
          link,
          text.foot,
        ),
        expected: expect(company.name, role),
      };
    },
  },
  {
    id: 'p3-ar-emailed-cv-imported-to-ats',
    label: 'application_received',
    note: 'The candidate emailed a CV to a jobs@ mailbox; the ATS confirms it was imported as an application (for a role, or for the general pool: role null); optional profile completion is not a missing-document request',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'teamtailor', 'recruitee', 'bamboohr', 'workable');
      const role = k.role();
      const general = k.chance(0.3);
      const mailbox = `${k.pick(['jobs', 'careers', 'recruiting', 'talent'])}@${company.domain}`;
      const original = `Hello,\n\nPlease find attached my CV${general ? '' : ` for the ${role} position`}. I'd love to be considered.\n\nBest regards,\n${k.candidate.name}`;
      const body = k.paragraphs(
        k.hello(),
        general
          ? k.pick([
              `Thanks for emailing your CV to ${mailbox}. We've added it to our recruiting system as an open application, so our team can consider you for suitable roles.`,
              `We received the CV you sent to ${mailbox} and saved it as a general application in our talent pool.`,
              `Your email to ${mailbox} reached us, and your CV is now in our system as a speculative application.`,
            ])
          : k.pick([
              `Thanks for emailing your CV to ${mailbox}. We've added it to our recruiting system as an application for ${role}.`,
              `We received the CV you sent to ${mailbox} and have registered it as your application for the ${role} role.`,
              `Your emailed application for ${role} has been imported into our hiring system.`,
            ]),
        k.pick([
          'The hiring team will review it alongside other applications.',
          'A recruiter will look at it shortly.',
          "There's nothing more you need to send.",
        ]),
        k.pick([
          `Optional: you can add a cover letter or links to your profile here: ${system.link(company, k.token(9))}`,
          `If you'd like to keep your details up to date, you can create a candidate account: ${system.link(company, k.token(9))}`,
          '',
        ]),
        teamSign(k, company),
        system.footer(company),
        k.chance(0.5) ? k.quote(original, k.candidate, earlier(k, 0, 1)) : '',
      );
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          'Re: CV',
          general ? 'Your open application' : `Re: Application – ${role}`,
          `Thanks for your email – ${company.name}`,
          'We received your CV',
        ]),
        date: k.date,
        body,
        expected: expect(company.name, general ? named(role, body) : role),
      };
    },
  },
  {
    id: 'p3-ar-agency-submitted-to-named-client',
    label: 'application_received',
    note: 'Agency consultant confirms they have formally submitted the CV to a named client for a role (the application has gone to X); company is the client, the consultant is noted',
    make(k) {
      const client = k.company();
      const agency = k.company();
      const agencyName = `${agency.name.split(' ')[0]} ${k.pick(['Recruitment', 'Talent', 'Search', 'Staffing'])}`;
      const agencyDomain = `${agencyName.toLowerCase().replace(/[^a-z]/g, '')}.example`;
      const role = k.role();
      const consultant = k.person();
      const c = {
        ...consultant,
        email: `${ascii(consultant.first)}.${ascii(consultant.last)}@${agencyDomain}`.toLowerCase(),
      };
      const withPhone = k.chance(0.6);
      const chase = k.later(3, 6);
      return {
        from: k.addr(c),
        to: to(k),
        subject: k.pick([
          `Submitted: ${role} at ${client.name}`,
          `Your CV has gone to ${client.name}`,
          `${client.name} – ${role} – submission confirmed`,
          'Re: the role we discussed',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `As discussed, I've now formally submitted your CV to ${client.name} for the ${role} position.`,
            `Quick confirmation that your application for ${role} is now with ${client.name}.`,
            `Thanks for giving me the go-ahead — your profile went over to ${client.name} this morning for their ${role} vacancy.`,
          ]),
          k.pick([
            'I included a short summary of our call and your salary expectations.',
            'I highlighted your recent project work in the cover note.',
            'They have your CV and the availability you gave me.',
          ]),
          k.pick([
            `They usually give feedback within a week; I'll chase them on ${nearDay(k, chase)} if I haven't heard.`,
            "I'll let you know as soon as I hear anything back.",
            'Please do not apply to them directly in the meantime, so we avoid a duplicate application.',
          ]),
          `${k.pick(['Best,', 'Speak soon,', 'Cheers,', 'Kind regards,'])}\n${c.name}\n${k.pick(['Senior Consultant', 'Recruitment Consultant', 'Principal Consultant'])} | ${agencyName}${withPhone ? `\n${c.phone}` : ''}`,
        ),
        expected: expect(client.name, role, [
          who(c, 'agency_consultant', c.email, withPhone ? c.phone : null),
        ]),
      };
    },
  },
  {
    id: 'p3-ar-internal-candidate-confirmation',
    label: 'application_received',
    note: 'Internal mobility confirmation (employee applies to another team): internal careers portal, manager-notification conditional ("your manager will be informed if you move to interview")',
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'successfactors', 'icims', 'own');
      const role = k.role();
      const ref = reqId(k);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          'Internal Application Received',
          `Internal application: ${role} (${ref})`,
          `Thanks for applying internally – ${role}`,
          'Your internal career move: application submitted',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `Thank you for applying internally for ${role} (${ref}). Your application has been received.`,
            `We have received your internal application for the ${role} opening.`,
            `Your application to ${role} through the internal careers portal is complete.`,
          ]),
          k.pick([
            'In line with our internal mobility policy, your current manager will be informed if you move forward to the interview stage.',
            'Your current manager is not notified at this point; we will ask you before sharing anything with them.',
            'Internal candidates are reviewed first, before external applicants for the same role.',
          ]),
          k.pick([
            'The hiring team will review your application and get back to you.',
            'You can follow your application in the Career Hub under "My Applications".',
            'Questions? Contact your HR Business Partner.',
          ]),
          k.pick([
            `${company.name} Internal Mobility`,
            `Talent Acquisition | ${company.name}`,
            `${company.name} Careers Team`,
          ]),
          system.footer(company),
        ),
        expected: expect(company.name, role),
      };
    },
  },
  {
    id: 'p3-ar-duplicate-application-updated',
    label: 'application_received',
    note: 'ATS notices the candidate applied twice: the new submission updated or replaced the existing application (still a receipt, no decision)',
    make(k) {
      const company = k.company();
      const system = k.system('workday', 'icims', 'taleo', 'successfactors', 'smartrecruiters', 'bamboohr');
      const role = k.role();
      const first = earlier(k, 5, 30);
      return {
        from: system.from(company),
        to: to(k),
        subject: k.pick([
          `Application updated: ${role}`,
          `You've already applied for ${role}`,
          'We received your updated application',
          `${company.name}: application resubmitted`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `We noticed you had already applied for ${role} on ${day(k, first)}. We've updated your existing application with the documents you just submitted.`,
            `Thank you for your renewed interest in ${role}. Your new submission replaces the one you sent on ${day(k, first)}.`,
            `Our records show an earlier application from you for ${role}. We've linked both, so the hiring team will see your most recent CV.`,
          ]),
          k.pick([
            'Your place in the review is not affected.',
            'There is no need to apply again.',
            'Your application remains under review.',
          ]),
          `${k.pick(['Job', 'Position', 'Requisition'])}: ${role} – ${reqId(k)}\n${k.pick(['Status', 'Current status'])}: ${k.pick(['Submitted', 'Received', 'Application received'])}`,
          teamSign(k, company),
          k.footer(company, system),
        ),
        expected: expect(company.name, role),
      };
    },
  },

  // =====================================================================================
  // assessment
  {
    id: 'p3-as-private-repo-take-home',
    label: 'assessment',
    note: 'Engineering take-home as an invitation to a private code repository: the clock starts on accepting, submit by pull request; no interview time',
    make(k) {
      const company = k.company();
      const role = k.role('engineering');
      const sender = k.person(company);
      const isManager = k.chance(0.5);
      const s = sign(
        k,
        sender,
        isManager ? k.pick(['Engineering Manager', 'Tech Lead', 'Head of Engineering']) : titleRecruiter(k),
        company,
      );
      const hours = k.pick(['48 hours', '72 hours', 'five days', 'one week']);
      const acceptBy = k.later(2, 5);
      const repo = `${company.slug}-hiring/${k.pick(['take-home', 'exercise', 'challenge'])}-${k.token(5)}`;
      return {
        from: k.addr(sender),
        to: to(k),
        subject: k.pick([
          `${company.name} – take-home exercise for ${role}`,
          'Your coding exercise is ready',
          'Next step: technical exercise (repository invite)',
          `Re: ${role} – next step`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks again for your time so far. The next step for the ${role} role is a short take-home exercise.`,
            `As promised, here's the technical exercise for ${role}.`,
            `Great to move you forward! The next stage of our ${role} process is a practical coding task.`,
          ]),
          k.pick([
            `You should have received an invitation to a private repository (${repo}). Once you accept it, you have ${hours} to submit.`,
            `I've invited you to the private repo ${repo}. The ${hours} window starts when you accept the invite, not when this email arrives.`,
            `Accept the invite to ${repo} whenever you're ready — you'll have ${hours} from that moment.`,
          ]),
          k.pick([
            'The README explains the task. Please spend no more than 3–4 hours on it; we care more about your reasoning than about finishing everything.',
            'Everything you need is in the README. Write tests where they matter and note any trade-offs in a NOTES.md file.',
            'Please keep it to an evening or so of work. Unfinished parts are fine if you explain what you would do next.',
          ]),
          k.pick([
            'To submit, open a pull request against the main branch and let me know by replying here.',
            'When you are done, open a PR and tag me as a reviewer.',
            'Push your work to a branch and open a pull request; that is your submission.',
          ]),
          `Please accept the invitation by ${day(k, acceptBy)} so the link doesn't expire.`,
          k.pick([
            'If you need accommodations or more time because of other commitments, just tell me.',
            'Questions about the task are welcome — reply to this thread.',
            '',
          ]),
          s.text,
        ),
        expected: expect(company.name, role, [
          who(sender, isManager ? 'hiring_manager' : 'recruiter', sender.email, s.phone),
        ]),
      };
    },
  },
  {
    id: 'p3-as-link-reset-extended-deadline',
    label: 'assessment',
    note: "Assessment platform (invented) reissues a link after a technical problem or extends the deadline at the employer's request; old link deactivated, new deadline with time",
    make(k) {
      const company = k.company();
      const role = k.role();
      const platform = k.pick([
        { name: 'Testbridge', domain: 'testbridge.example' },
        { name: 'Skillvault', domain: 'skillvault.example' },
        { name: 'Aptiva Assess', domain: 'aptiva.example' },
      ]);
      const rec = k.person(company);
      const namesRec = k.chance(0.4);
      const due = k.later(2, 6);
      const test = k.pick([
        'Numerical Reasoning Test',
        'Coding Assessment',
        'Situational Judgement Questionnaire',
        'Verbal Reasoning Test',
        'Work Style Profile',
      ]);
      const reason = k.pick(['reset', 'extended', 'new-link'] as const);
      const lead = {
        reset: k.pick([
          `Following the technical issue you reported, we've reset your ${test} for ${company.name}.`,
          `Your ${test} session was interrupted, so we have reset your attempt. Any answers from the interrupted session have been cleared.`,
          `We're sorry about the connection problem during your ${test}. Your attempt has been reset.`,
        ]),
        extended: k.pick([
          `At the request of ${namesRec ? `${rec.name} at ${company.name}` : company.name}, the deadline for your ${test} has been extended.`,
          `Good news: ${company.name} has given you more time to complete the ${test}.`,
          `Your deadline for the ${test} (${company.name}) has been moved.`,
        ]),
        'new-link': k.pick([
          `The link we sent earlier for your ${test} has been deactivated. Please use the new link below.`,
          `We've issued a new invitation link for your ${company.name} ${test}; the previous one will no longer work.`,
          `A fresh link for your ${test} is below. Please ignore the earlier invitation.`,
        ]),
      }[reason];
      const subject = k.pick([
        `Your new ${test} link – ${company.name}`,
        reason === 'extended' ? `Deadline extended: ${test}` : `Your ${test} has been reset`,
        `Action needed: restart your ${company.name} assessment`,
        `${company.name} ${role} assessment – updated invitation`,
      ]);
      const body = k.paragraphs(
        k.hello(true),
        lead,
        k.pick([`Position: ${role}`, `This assessment is part of your application for ${role}.`, '']),
        `${k.pick(['Start assessment', 'Begin your test', 'Open assessment'])}: https://app.${platform.domain}/a/${k.token(16)}`,
        k.pick([
          `New deadline: ${day(k, due)}, ${due.time(k.locale.startsWith('en-US') || k.locale === 'en-CA' ? 'us' : '24h')} (your local time)`,
          `Please complete it by ${day(k, due)} at 23:59.`,
          `The link is valid until ${day(k, due)}.`,
        ]),
        k.pick([
          'Use a laptop or desktop with a stable connection, and allow about 25 minutes without interruptions.',
          'The test is timed once you start. You cannot pause it, so pick a quiet moment.',
          'If you run into another problem, reply to this email with a screenshot and we will help.',
        ]),
        namesRec && k.chance(0.6) ? `Questions about the role? Contact ${rec.name} (${rec.email}).` : '',
        `${platform.name} Candidate Support\nThis message was sent on behalf of ${company.name}.`,
      );
      return {
        from: `${platform.name} ${k.pick(['on behalf of ', 'for ', '| '])}${company.name} <${k.pick(['noreply', 'invitations', 'support'])}@${platform.domain}>`,
        to: k.candidate.email,
        subject,
        date: k.date,
        body,
        expected: expect(company.name, named(role, subject, body), mentioned(rec, 'recruiter', body)),
      };
    },
  },
  {
    id: 'p3-as-design-challenge-brief',
    label: 'assessment',
    note: 'Design challenge brief for design roles: problem statement, deliverables (Figma, a few screens), timebox, send-by date; discussed at a later, not yet scheduled, session',
    make(k) {
      const company = k.company();
      const role = k.role('design');
      const sender = k.person(company);
      const isManager = k.chance(0.55);
      const s = sign(
        k,
        sender,
        isManager ? k.pick(['Design Lead', 'Head of Design', 'Design Manager']) : titleRecruiter(k),
        company,
      );
      const due = k.later(4, 8);
      const prompt = k.pick([
        'Redesign the sign-up flow of a grocery delivery app so that first-time users can place an order in under two minutes.',
        'A clinic wants patients to reschedule appointments without calling. Design the flow on mobile.',
        'Design a dashboard that helps a small warehouse team see which orders are at risk of shipping late.',
        'Improve the onboarding of a budgeting tool for people who have never used one.',
      ]);
      return {
        from: k.addr(sender),
        to: to(k),
        subject: k.pick([
          `${role} – design challenge`,
          'Your design exercise brief',
          `Next step with ${company.name}: design challenge`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for the great conversation. As the next step for the ${role} position, we'd like you to complete a short design challenge.`,
            `Here is the design exercise for the ${role} role, as mentioned on our call.`,
            `The team enjoyed your portfolio. Next up in the ${role} process is a small design challenge.`,
          ]),
          `The brief\n${prompt}`,
          k.pick([
            'What we would like to see:\n- your assumptions and who you designed for\n- 3–5 key screens (low fidelity is fine)\n- a short note on what you would test first',
            'Deliverables:\n• A Figma file or PDF with the main flow\n• One or two sentences per screen explaining your choices\n• Anything you would do differently with more time',
            'Please share:\n1. A quick problem framing\n2. Wireframes or mock-ups for the core flow\n3. Open questions you would bring to the team',
          ]),
          k.pick([
            'Please cap it at about four hours. We are not looking for polish.',
            'Timebox it to an afternoon; rough is absolutely fine.',
            "We respect your time — don't spend more than 3–4 hours.",
          ]),
          k.pick([
            `Send a link to your work by ${day(k, due)}.`,
            `Reply with a link (view access is enough) by ${day(k, due)}.`,
            `Could you share it by ${nearDay(k, due)}?`,
          ]),
          k.pick([
            'We will then set up a session to walk through it together.',
            'If we move ahead, you will present it to two designers in a later round.',
            '',
          ]),
          s.text,
        ),
        expected: expect(company.name, role, [
          who(sender, isManager ? 'hiring_manager' : 'recruiter', sender.email, s.phone),
        ]),
      };
    },
  },
  {
    id: 'p3-as-data-take-home-notebook',
    label: 'assessment',
    note: 'Data take-home: dataset link, questions, notebook or SQL deliverable, time window from download; sent by a data lead or recruiter',
    make(k) {
      const company = k.company();
      const role = k.role('data');
      const sender = k.person(company);
      const isManager = k.chance(0.5);
      const s = sign(
        k,
        sender,
        isManager ? k.pick(['Head of Data', 'Analytics Lead', 'Data Science Manager']) : titleRecruiter(k),
        company,
      );
      const window = k.pick(['48 hours', '72 hours', 'three working days']);
      const dataset = k.pick([
        'a year of anonymised order data (about 200k rows, CSV)',
        'three tables from our subscriptions database (customers, plans, events)',
        'a sample of support tickets with timestamps and resolution codes',
        'website session data for one quarter',
      ]);
      return {
        from: k.addr(sender),
        to: to(k),
        subject: k.pick([
          `${role} – take-home analysis`,
          'Data exercise for the next stage',
          `${company.name}: your analysis task`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `As the next stage for the ${role} role, we'd like you to work through a short analysis task.`,
            `Thanks for a great first conversation. The next step for ${role} is a take-home data exercise.`,
            `Here is the take-home exercise for ${role} that I mentioned.`,
          ]),
          `The dataset is ${dataset}: https://files.${company.domain}/share/${k.token(14)}`,
          k.pick([
            'Questions:\n1. What drove the change in repeat purchases over the year?\n2. Which segment would you focus on, and why?\n3. What would you want to measure next?',
            'Please:\n- clean and describe the data\n- answer the two business questions in the README\n- suggest one experiment',
            'Tasks:\n(a) Write the SQL to build a weekly retention table\n(b) Plot and interpret it\n(c) Summarise your findings in five bullet points',
          ]),
          k.pick([
            'A Jupyter notebook or a short slide deck is fine. Please include your code.',
            'Send back a notebook (or R Markdown) plus a one-page summary.',
            'Any tooling is fine; we will read the code and the write-up.',
          ]),
          k.pick([
            `You have ${window} from when you download the files. Please aim for around three hours of work.`,
            `Start whenever suits you; once you open the dataset, please send your work back within ${window}.`,
            `The link stays active for a week, and the exercise should take you no more than ${window === '48 hours' ? 'an evening' : 'a few hours'}.`,
          ]),
          s.text,
        ),
        expected: expect(company.name, role, [
          who(sender, isManager ? 'hiring_manager' : 'recruiter', sender.email, s.phone),
        ]),
      };
    },
  },
  {
    id: 'p3-as-assessment-hub-checklist',
    label: 'assessment',
    note: 'Assessment hub with a checklist of tasks (reasoning test, questionnaire, one-way video questions), each with duration and status, one due date; ATS or invented platform sender',
    make(k) {
      const company = k.company();
      const role = k.role();
      const viaPlatform = k.chance(0.5);
      const system = k.system('workday', 'smartrecruiters', 'successfactors', 'icims');
      const due = k.later(3, 7);
      const tasks = k.some(
        [
          `Numerical reasoning – ${k.pick([12, 18, 20])} min`,
          `Verbal reasoning – ${k.pick([15, 19])} min`,
          'Work-style questionnaire – about 20 min, untimed',
          `Video questions – ${k.pick([2, 3, 4])} recorded answers, 2 min each`,
          'Situational judgement – about 25 min',
          'Logical reasoning – 15 min',
        ],
        2,
        4,
      );
      const layout = k.pick(['boxes', 'table', 'plain'] as const);
      const list =
        layout === 'boxes'
          ? tasks.map((t) => `☐ ${t}`).join('\n')
          : layout === 'table'
            ? ['Task | Status', ...tasks.map((t) => `${t} | Not started`)].join('\n')
            : tasks.map((t, i) => `${i + 1}. ${t}`).join('\n');
      const link = viaPlatform
        ? `https://hub.aptiva.example/c/${k.token(12)}`
        : system.link(company, k.token(10));
      return {
        from: viaPlatform
          ? `${company.name} via Aptiva Assess <noreply@aptiva.example>`
          : system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Complete your assessments for ${role}`,
          `${company.name}: ${tasks.length} assessment tasks waiting`,
          'Your assessment centre is ready',
          'Next step: online assessments',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          k.pick([
            `Thanks for your application for ${role}. The next step is a set of short online assessments.`,
            `You've been invited to complete ${tasks.length} online tasks as part of your application for ${role} at ${company.name}.`,
            `Your application for ${role} has progressed to the assessment stage.`,
          ]),
          list,
          k.pick([
            `Please complete all tasks by ${day(k, due)}.`,
            `All tasks are due on ${day(k, due)}; you can do them in any order and in separate sittings.`,
            `Your invitation expires on ${day(k, due)}.`,
          ]),
          k.pick([
            'For the video questions you will see each question on screen and have 30 seconds to prepare before recording starts.',
            'There are practice questions before each test. Use a computer rather than a phone.',
            'If you need adjustments (extra time, screen reader), tell us before you start.',
          ]),
          `${k.pick(['Go to your assessments', 'Start now', 'Open assessment hub'])}: ${link}`,
          teamSign(k, company),
          viaPlatform
            ? 'Aptiva Assess processes your results on behalf of the employer.'
            : k.footer(company, system),
        ),
        expected: expect(company.name, role),
      };
    },
  },

  // =====================================================================================
  // reference_request
  {
    id: 'p3-rr-referee-email-bounced',
    label: 'reference_request',
    note: 'Reference-check portal (invented) says the request to one referee bounced or the number is invalid; asks the candidate to correct it or nominate another referee; the referee is noted with the address given',
    make(k) {
      const company = k.company();
      const role = k.role();
      const vendor = k.pick([
        { name: 'RefLedger', domain: 'refledger.example' },
        { name: 'Checkpoint References', domain: 'checkpointrefs.example' },
        { name: 'Trustline Refs', domain: 'trustlinerefs.example' },
      ]);
      const referee = k.person(k.company());
      const [local = '', domain = ''] = referee.email.split('@');
      const cut = k.int(1, Math.max(1, local.length - 2));
      const badEmail = k.pick([
        `${local.slice(0, cut)}${local.slice(cut + 1)}@${domain}`,
        `${local}@${domain.slice(0, 2)}${domain.slice(3)}`,
        `${local.replace('.', '')}@${domain}`,
      ]);
      const shownEmail = k.chance(0.7) ? badEmail : null;
      const by = k.later(1, 4);
      const problem = k.pick([
        `Our request to your referee ${referee.name}${shownEmail ? ` (${shownEmail})` : ''} could not be delivered.`,
        `The email address you gave for ${referee.name} appears to be invalid${shownEmail ? `: ${shownEmail}` : ''}.`,
        `We have been unable to reach ${referee.name}${shownEmail ? ` at ${shownEmail}` : ''} — the message bounced.`,
      ]);
      const body = k.paragraphs(
        k.hello(),
        k.pick([
          `${company.name} has asked us to collect references for your application for ${role}.`,
          `We are completing reference checks on behalf of ${company.name}.`,
          `This is about the reference check for your ${company.name} application.`,
        ]),
        problem,
        k.pick([
          `Please log in and correct the address, or nominate a different referee, by ${day(k, by)}.`,
          `To avoid delays, please update their details or add another referee by ${day(k, by)}.`,
          'Please check the details with your referee and update them in the portal, or replace them with someone else who managed you.',
        ]),
        `${k.pick(['Update referee details', 'Go to your referees', 'Fix now'])}: https://portal.${vendor.domain}/candidate/${k.token(14)}`,
        k.pick([
          'Your other referees have been contacted successfully.',
          'Checks cannot be completed until every referee has responded.',
          '',
        ]),
        `${vendor.name} on behalf of ${company.name}\nThis is an automated message.`,
      );
      return {
        from: `${vendor.name} <${k.pick(['no-reply', 'references', 'notifications'])}@${vendor.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          'Action required: referee details need updating',
          `Referee email undeliverable – ${company.name}`,
          'We could not contact one of your referees',
          `Reference check for ${company.name}: please check details`,
        ]),
        date: k.date,
        body,
        expected: expect(company.name, named(role, body), [
          { name: referee.name, email: shownEmail, phone: null, role: 'reference' },
        ]),
      };
    },
  },
  {
    id: 'p3-rr-character-reference-first-job',
    label: 'reference_request',
    note: 'First job or student hire: no previous employer, so the store or HR asks for one or two character references (teacher, coach, volunteer leader; not family) with phone and relationship',
    make(k) {
      k.as(k.pick(['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-GB'] as const));
      const company = k.company();
      const role = k.pick([
        'Barista',
        'Retail Sales Associate',
        'Line Cook',
        'Front Desk Agent',
        'Warehouse Associate',
        'Teaching Assistant',
      ]);
      const sender = k.person(company, k.pick(['first.last', 'first'] as const));
      const isManager = k.chance(0.5);
      const s = sign(
        k,
        sender,
        isManager
          ? k.pick(['Store Manager', 'Shift Manager', 'General Manager'])
          : k.pick(['HR Assistant', 'People Coordinator']),
        company,
      );
      const by = k.later(2, 5);
      const count = k.pick(['one', 'two']);
      return {
        from: k.addr(sender),
        to: to(k),
        subject: k.pick([
          `${role} – character reference`,
          'References for your application',
          'Quick thing before we can go ahead',
          `Re: ${role} at ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks for coming in to chat about the ${role} job. As this would be your first job, we don't need an employer reference, but we do ask for ${count} character reference${count === 'two' ? 's' : ''}.`,
            `Since you haven't worked before, could you give us ${count} character reference${count === 'two' ? 's' : ''} for the ${role} position instead of an employer reference?`,
            `For first-time workers we ask for ${count} personal reference${count === 'two' ? 's' : ''} before anyone starts as a ${role}.`,
          ]),
          k.pick([
            'A teacher, sports coach, youth leader or someone you volunteered with is perfect. Please not a family member.',
            'It should be an adult who has known you for at least a year — for example a tutor, coach or scout leader — and who is not related to you.',
            'Good choices: a teacher, a club coach, a neighbour you babysat for, a volunteer coordinator. Relatives unfortunately cannot be used.',
          ]),
          k.pick([
            'For each person, please send: full name, how they know you, and a phone number or email.',
            'Just reply with their name, phone number and how you know them.',
            'Reply with their name, relationship to you and best contact number.',
          ]),
          k.pick([
            `If you can send this by ${nearDay(k, by)}, that would be great.`,
            'The sooner we have it, the sooner we can sort out your first shifts.',
            `Please get back to me by ${day(k, by)}.`,
          ]),
          s.text,
        ),
        expected: expect(company.name, role, [
          who(sender, isManager ? 'hiring_manager' : 'recruiter', sender.email, s.phone),
        ]),
      };
    },
  },
  {
    id: 'p3-rr-clinical-credentialing-peer-references',
    label: 'reference_request',
    note: 'Healthcare credentialing coordinator asks for professional peer references (a clinical supervisor within two years) through a credentialing portal; clinical role; coordinator noted',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-CA', 'en-AU', 'en-GB'] as const));
      const company = clinic(k);
      const role = k.role('care');
      const coord = k.person(company);
      const s = sign(
        k,
        coord,
        k.pick([
          'Credentialing Coordinator',
          'Medical Staff Services Specialist',
          'Clinical Onboarding Coordinator',
        ]),
        company,
        0.6,
      );
      const n = k.pick(['two', 'three']);
      const by = k.later(3, 7);
      return {
        from: k.addr(coord),
        to: to(k),
        subject: k.pick([
          'Credentialing: professional references needed',
          `Peer references for your ${role} file`,
          `${company.name} credentialing – references outstanding`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `To complete credentialing for the ${role} position, we require ${n} professional peer references.`,
            `Your credentialing file for ${role} is nearly complete; the remaining item is ${n} professional references.`,
            `As part of the clinical credentialing process for ${role}, please provide ${n} peer references.`,
          ]),
          k.pick([
            'At least one must be a clinical supervisor (charge nurse, nurse manager or attending) who has worked with you within the last two years.',
            'References must have directly observed your clinical practice in the past 24 months; one should be a direct supervisor.',
            'Please include a current or recent supervisor. Co-workers at the same level are fine for the remaining reference.',
          ]),
          k.pick([
            `Enter their details in the credentialing portal: https://credentialing.${company.domain}/provider/${k.token(10)}`,
            `You can add them here: https://${company.slug}.credentialing.example/refs/${k.token(10)} — the system emails each referee a short form.`,
            'Please reply with their name, title, facility, email and phone number, and I will send the forms.',
          ]),
          `We need these by ${day(k, by)} to keep your expected start on track.`,
          s.text,
        ),
        expected: expect(company.name, role, [who(coord, 'recruiter', coord.email, s.phone)]),
      };
    },
  },
  {
    id: 'p3-rr-fr-references',
    label: 'reference_request',
    note: 'French request for "références professionnelles" (coordonnées de deux anciens managers) after the last interview, vous form, sometimes via a cabinet for a named client',
    make(k) {
      k.as('fr');
      const company = k.company();
      const role = k.pick(FR_ROLES);
      const agency = k.chance(0.35);
      const cabinet = `Cabinet ${k.pick(['Arnaud', 'Delmas', 'Lemaire', 'Vidal'])} Conseil`;
      const cabinetDomain = `${cabinet.toLowerCase().replace(/[^a-z]/g, '')}.example`;
      const sender = k.person(agency ? undefined : company);
      const from = agency
        ? { ...sender, email: `${ascii(sender.first).toLowerCase()}@${cabinetDomain}` }
        : sender;
      const withPhone = k.chance(0.5);
      const by = k.later(2, 5);
      const title = agency
        ? 'Consultant recrutement'
        : k.pick(['Responsable recrutement', 'Responsable RH', 'Talent Acquisition Manager']);
      return {
        from: k.addr(from),
        to: to(k),
        subject: k.pick([
          `Références – poste de ${role}`,
          'Demande de références professionnelles',
          `${company.name} : prochaine étape`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Bonjour ${k.candidate.first},`, `Bonjour ${k.candidate.name},`, 'Bonjour,']),
          k.pick([
            `Merci encore pour votre entretien pour le poste de ${role}${agency ? ` chez notre client ${company.name}` : ''}.`,
            `Suite à vos échanges avec l'équipe${agency ? ` ${company.name}` : ''}, nous passons à la dernière étape du processus pour le poste de ${role}.`,
            `Votre candidature au poste de ${role}${agency ? ` (${company.name})` : ''} avance bien.`,
          ]),
          k.pick([
            'Pourriez-vous nous transmettre les coordonnées de deux personnes de référence, idéalement d’anciens managers ?',
            'Nous aurions besoin de deux références professionnelles (nom, fonction, entreprise, téléphone et e-mail).',
            'Pourriez-vous nous indiquer deux référents professionnels que nous pourrions contacter ?',
          ]),
          k.pick([
            'Nous ne contacterons pas votre employeur actuel sans votre accord.',
            'Merci de les prévenir qu’ils seront contactés par téléphone.',
            '',
          ]),
          `Un retour d'ici le ${day(k, by)} serait idéal.`,
          `Bien cordialement,\n${from.name}\n${title}\n${agency ? cabinet : company.name}${withPhone ? `\n${from.phone}` : ''}`,
        ),
        expected: expect(company.name, role, [
          who(from, agency ? 'agency_consultant' : 'recruiter', from.email, withPhone ? from.phone : null),
        ]),
      };
    },
  },
  {
    id: 'p3-rr-relay-form-to-referee',
    label: 'reference_request',
    note: 'Employer attaches its own reference form and asks the candidate to pass it to referees, who return it to a named address by a date; the return address belongs to the sender or a team mailbox',
    make(k) {
      const company = k.company();
      const role = k.role();
      const sender = k.person(company);
      const s = sign(
        k,
        sender,
        k.pick(['HR Officer', 'Recruitment Coordinator', 'People Administrator', 'Office Manager']),
        company,
      );
      const teamBox = k.chance(0.4);
      const returnTo = teamBox ? `references@${company.domain}` : sender.email;
      const by = k.later(4, 9);
      const file = k.pick([
        `Reference_Form_${company.slug}.docx`,
        'Employment reference request.pdf',
        `${role.replace(/[^A-Za-z]+/g, '_')}_reference_form.pdf`,
      ]);
      return {
        from: k.addr(sender),
        to: to(k),
        subject: k.pick([
          `Reference forms – ${role}`,
          'Please pass on to your referees',
          `${company.name}: reference form attached`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `As the next step for the ${role} role, please find our reference form attached (${file}).`,
            `I've attached our standard reference form (${file}) for your ${role} application.`,
            `We're ready to take up references for ${role}. Our form is attached: ${file}.`,
          ]),
          k.pick([
            'Could you forward it to your two referees, ideally your current or most recent line manager and one other manager?',
            'Please send it to your former line manager and one other professional referee.',
            'Please ask two people who have managed you to complete it.',
          ]),
          k.pick([
            `They should return the completed form directly to ${returnTo} by ${day(k, by)}.`,
            `Completed forms go straight back to us at ${returnTo}; we'd appreciate them by ${nearDay(k, by)}.`,
            `Ask them to email it to ${returnTo} — by ${day(k, by)} if at all possible.`,
          ]),
          k.pick([
            'Referees are welcome to attach a letter instead if their company has its own format.',
            'We only need the form, not a separate letter.',
            '',
          ]),
          `[attachment: ${file}]`,
          s.text,
        ),
        expected: expect(company.name, role, [who(sender, 'recruiter', sender.email, s.phone)]),
      };
    },
  },
];
