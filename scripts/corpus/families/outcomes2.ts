/**
 * Second-round outcome families: rejections, offers and status updates in shapes the first
 * round did not have — other ATS and HR systems (Oracle, UKG, ADP, Rippling, Paycom,
 * Pinpoint, Comeet, JazzHR, Breezy…), table layouts, decisions that come last, terse
 * managers, long legalese, Portuguese/Italian/Dutch and mixed-language mail, and a few
 * traps labelled by what they truly are.
 */
import type { Company, Family, Kit, Moment } from '../kit';

// ---------------------------------------------------------------------------------------
// Small helpers for this file

import { day, exp, sign, to, who } from './outcome-helpers';

const MONTHS = [
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

/** A near date without the year ("Friday, March 13" / "Friday 13 March"). */
function nearDay(k: Kit, m: Moment): string {
  const mon = MONTHS[m.month - 1]!;
  if (k.locale === 'en-US' || k.locale === 'en-CA')
    return k.pick([
      `${m.weekdayName}, ${mon} ${m.day}`,
      `${mon} ${m.day}`,
      `${m.weekdayName} ${m.month}/${m.day}`,
    ]);
  return k.pick([
    `${m.weekdayName} ${m.day} ${mon}`,
    `${m.day} ${mon}`,
    `${m.weekdayName} (${m.day}/${m.month})`,
  ]);
}

/** A moment some days before the email was sent. */
function earlier(k: Kit, minDays: number, maxDays: number): Moment {
  return k.sent.plusDays(-k.int(minDays, maxDays), k.pick([9, 10, 11, 14, 15, 16]), k.pick([0, 30]));
}

function reqId(k: Kit): string {
  return k.pick([
    `R${k.digits(6)}`,
    `REQ-${k.digits(5)}`,
    `JR-${k.digits(7)}`,
    `${k.digits(4)}-${k.token(3).toUpperCase()}`,
    `IRC${k.digits(6)}`,
    `${k.digits(8)}`,
  ]);
}

function titleRecruiter(k: Kit): string {
  return k.pick([
    'Recruiter',
    'Senior Recruiter',
    'Talent Acquisition Partner',
    'Talent Partner',
    'Technical Recruiter',
    'Recruitment Coordinator',
    'People Partner',
    'Talent Acquisition Specialist',
  ]);
}

function titleManager(k: Kit, role: string): string {
  if (/Engineer|Developer|Reliability|DevOps/.test(role))
    return k.pick(['Engineering Manager', 'Head of Engineering', 'Director of Engineering', 'CTO']);
  if (/Design|UX|Content Designer/.test(role))
    return k.pick(['Design Lead', 'Head of Design', 'Design Manager']);
  if (/Nurse|Dental|Pharmacy|Therap|Medical/.test(role))
    return k.pick(['Nurse Manager', 'Clinical Director', 'Practice Manager']);
  if (/Store|Barista|Warehouse|Desk|Driver|Cook|Retail|Forklift|Customer Service/.test(role))
    return k.pick(['Store Manager', 'Shift Lead', 'Site Manager', 'Operations Manager']);
  return k.pick(['Hiring Manager', 'Team Lead', 'Director', 'Head of Operations', 'VP, Operations']);
}

function teamSign(k: Kit, company: Company): string {
  return k.pick([
    `${company.name} Talent Acquisition`,
    `The ${company.name} Recruiting Team`,
    `${company.name} People Team`,
    `Talent Team | ${company.name}`,
    `Human Resources\n${company.name}`,
    `The Hiring Team at ${company.name}`,
  ]);
}

function wishes(k: Kit): string {
  return k.pick([
    'We wish you every success in your job search.',
    'Best of luck with your search.',
    'We wish you all the best in your future endeavours.',
    'Good luck in whatever comes next.',
    'We hope our paths cross again.',
    '',
  ]);
}

/** A system that sends candidate mail for a company (HR suites and smaller ATS). */
interface Src {
  name: string;
  from(c: Company): string;
  footer(c: Company): string;
  link(c: Company, t: string): string;
}

const SRC: Record<string, Src> = {
  oracle: {
    name: 'Oracle Recruiting Cloud',
    from: (c) => `${c.name} Careers <no-reply@${c.slug}.fa.ocs.oraclecloud.com>`,
    footer: () => 'This is an automatically generated email. Please do not reply to this message.',
    link: (c, t) =>
      `https://${c.slug}.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile?token=${t}`,
  },
  ukg: {
    name: 'UKG Pro Recruiting',
    from: (c) => `${c.name} Recruiting <noreply@recruiting.ultipro.com>`,
    footer: () => 'Powered by UKG Pro Recruiting. Please do not reply to this automated message.',
    link: (c, t) => `https://recruiting.ultipro.com/${c.slug.slice(0, 5).toUpperCase()}1000/JobBoard/${t}`,
  },
  adp: {
    name: 'ADP Workforce Now',
    from: (c) => `${c.name} via ADP <recruitment_noreply@adp.com>`,
    footer: () =>
      'This message was sent through ADP Workforce Now® Recruitment Management. ADP does not make hiring decisions.',
    link: (_c, t) => `https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=${t}`,
  },
  rippling: {
    name: 'Rippling',
    from: (c) => `${c.name} via Rippling <no-reply@rippling.com>`,
    footer: () =>
      'Rippling · 55 2nd Street, San Francisco, CA · You are receiving this email because of an application.',
    link: (c, t) => `https://app.rippling.com/candidate/${c.slug}/${t}`,
  },
  paycom: {
    name: 'Paycom',
    from: (c) => `${c.name} <no-reply@paycomonline.net>`,
    footer: () => 'This is an automated notification generated by Paycom. Do not reply.',
    link: (_c, t) => `https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=${t}`,
  },
  paylocity: {
    name: 'Paylocity',
    from: (c) => `${c.name} <noreply@paylocity.com>`,
    footer: () => 'Sent via Paylocity Recruiting. Replies to this address are not monitored.',
    link: (_c, t) => `https://recruiting.paylocity.com/Recruiting/Jobs/Details/${t}`,
  },
  pinpoint: {
    name: 'Pinpoint',
    from: (c) => `${c.name} Careers <notifications@pinpointhq.com>`,
    footer: () => 'Sent with Pinpoint · Privacy notice',
    link: (c, t) => `https://${c.slug}.pinpointhq.com/en/applications/${t}`,
  },
  comeet: {
    name: 'Comeet',
    from: (c) => `${c.name} Recruiting <noreply@comeet.co>`,
    footer: () => 'Powered by Comeet',
    link: (c, t) => `https://www.comeet.com/jobs/${c.slug}/${t}`,
  },
  jazzhr: {
    name: 'JazzHR',
    from: (c) => `${c.name} <noreply@applytojob.com>`,
    footer: () => 'Powered by JazzHR',
    link: (c, t) => `https://${c.slug}.applytojob.com/apply/${t}`,
  },
  breezy: {
    name: 'Breezy HR',
    from: (c) => `${c.name} <notifications@breezy.hr>`,
    footer: () => 'Sent by Breezy HR on behalf of the hiring team.',
    link: (c, t) => `https://${c.slug}.breezy.hr/p/${t}`,
  },
  zoho: {
    name: 'Zoho Recruit',
    from: (c) => `${c.name} Hiring <notification@zohorecruit.com>`,
    footer: () => 'This email was sent using Zoho Recruit.',
    link: (c, t) => `https://${c.slug}.zohorecruit.com/jobs/Careers/${t}`,
  },
  manatal: {
    name: 'Manatal',
    from: (c) => `${c.name} <no-reply@manatal.com>`,
    footer: () => 'Sent via Manatal',
    link: (c, t) => `https://www.careers-page.com/${c.slug}/job/${t}`,
  },
  homerun: {
    name: 'Homerun',
    from: (c) => `${c.name} <jobs@homerun.co>`,
    footer: () => 'Sent with Homerun',
    link: (c, t) => `https://${c.slug}.homerun.co/${t}`,
  },
  join: {
    name: 'JOIN',
    from: (c) => `${c.name} via JOIN <no-reply@join.com>`,
    footer: () => 'JOIN Solutions AG · Sent on behalf of the employer.',
    link: (c, t) => `https://join.com/companies/${c.slug}/${t}`,
  },
};

function src(k: Kit, ...names: string[]): Src {
  return SRC[k.pick(names.length ? names : Object.keys(SRC))]!;
}

/** Boilerplate paragraphs big-company templates wrap around the sentence that matters. */
function legalese(k: Kit, company: Company): string[] {
  return k.some(
    [
      `${company.name} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, protected veteran status, or any other characteristic protected by applicable law.`,
      `PRIVACY NOTICE: Personal data submitted in connection with your application is processed in accordance with the ${company.name} Candidate Privacy Notice. Unless you have consented to a longer period, your data will be retained for no longer than is necessary for the purposes for which it was collected and will then be deleted or anonymised.`,
      `Recruitment fraud warning: ${company.name} will never ask candidates for payment, bank details or copies of identity documents by email or messaging apps before a formal offer. If you receive such a request, please report it to fraud@${company.domain}.`,
      `This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.`,
      `Reasonable accommodations: if you require an accommodation at any stage of our recruitment process, please contact accommodations@${company.domain}.`,
      `${company.name} participates in E-Verify. Information about E-Verify and your right to work is available on our careers site.`,
    ],
    2,
    4,
  );
}

// ---------------------------------------------------------------------------------------
// Rejections

const rejections: Family[] = [
  {
    id: 'rej2-decision-in-last-paragraph',
    label: 'rejection',
    note: 'Long warm recap of the whole process (stages, interviewers, what the team liked); the decision only in the closing paragraph',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const stages = k.pick([
        'the phone screen, the technical conversation and the final panel',
        'three rounds of interviews',
        'the case study presentation and the conversations with the team',
        'your interviews with the team over the past few weeks',
      ]);
      const liked = k.pick([
        'The panel particularly enjoyed hearing about how you approached stakeholder management in your current role.',
        'Everyone commented on how well prepared you were, and your questions about our roadmap were excellent.',
        'Your presentation sparked a genuinely useful discussion within the team afterwards.',
        'It was clear how much thought you had put into understanding our customers.',
      ]);
      const context = k.pick([
        `As you know, this ${role} hire is an important one for us, and we received a very high number of strong applications.`,
        `We have been running this search for ${role} for a while now, and it has been a competitive process.`,
        'We took our time with this decision and spoke to a lot of people in the team before reaching it.',
      ]);
      const decision = k.pick([
        "It is for that reason that, after a lot of deliberation, we have decided not to move forward with your application — we've chosen a candidate whose experience is closer to what the team needs right now.",
        'Having compared all finalists carefully, I am sorry to say that we will not be offering you the position on this occasion.',
        'In the end, though, we have decided to proceed with another candidate, and so we will not be taking your application further.',
        "Which makes this harder to write: we won't be progressing you to an offer this time.",
      ]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} — thank you`,
          `Following up: ${company.name}`,
          `Your ${role} interviews`,
          'Thank you',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I wanted to thank you personally for the time you have given us during ${stages}.`,
            `Thank you again for everything you put into ${stages}.`,
          ]),
          liked,
          context,
          k.chance(0.5)
            ? k.pick([
                "I'd be very happy to share more detailed feedback on a call if that would be helpful.",
                'If you would like feedback, just reply and I will set something up.',
              ])
            : '',
          decision,
          wishes(k),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej2-terse-manager-mobile',
    label: 'rejection',
    note: 'Busy hiring manager typing on a phone: one to three lines, no courtesy frame, "Sent from my iPhone"',
    make(k) {
      const company = k.company();
      const role = k.role();
      const hm = k.person(company, k.pick(['first.last', 'first', 'flast'] as const));
      const line = k.pick([
        `thanks for coming in last week. we've gone with someone else for the ${role} role. appreciate your time, good luck`,
        `Hi ${k.candidate.first} - quick one, we're not going to move ahead with you for this one. Thanks for the time.`,
        `${k.candidate.first}, decided to go another direction on the ${role} spot. Sorry it's not better news. All the best`,
        `Hey, thanks for chatting. Honestly you're a bit more junior than what we need for this one so we'll pass for now. Good luck out there`,
        `Thx for interviewing w us. We went w an internal person in the end. Best of luck!`,
      ]);
      const sig = k.pick([
        `${hm.first}\n${titleManager(k, role)}, ${company.name}\nSent from my iPhone`,
        `${hm.first} | ${company.name}`,
        'Sent from my iPhone',
        'Sent from my Android',
        `${hm.first}\nSent from Outlook for iOS`,
        hm.first,
        `- ${hm.first[0]}`,
        `${hm.first}\n\nGet Outlook for Android`,
      ]);
      return {
        from: k.addr(hm),
        to: k.candidate.email,
        subject: k.pick([
          `Re: ${role}`,
          `Re: ${role} interview`,
          `${company.name}`,
          'Re: following up',
          `re: ${role.toLowerCase()}`,
        ]),
        date: k.date,
        body: k.paragraphs(line, sig),
        expected: exp(company.name, role, [who(hm, 'hiring_manager')]),
      };
    },
  },
  {
    id: 'rej2-big-corp-legalese-one-sentence',
    label: 'rejection',
    note: 'Corporate template: several paragraphs of EEO, privacy, fraud and confidentiality boilerplate around the one sentence that matters',
    make(k) {
      const company = k.company();
      const role = k.role();
      const req = reqId(k);
      const system = k.chance(0.5) ? src(k, 'oracle', 'ukg', 'adp') : null;
      const kitSys = system ? null : k.system('workday', 'successfactors', 'taleo', 'icims');
      const boiler = legalese(k, company);
      const decision = k.pick([
        `Following a review of your qualifications against the requirements of the position, we regret to inform you that you have not been selected for further consideration for ${role} (${req}).`,
        `Please be advised that the hiring team has elected to pursue other applicants for requisition ${req}, ${role}.`,
        `We have concluded our review for ${role} (Requisition ${req}) and will not be proceeding with your candidacy.`,
      ]);
      return {
        from: system ? system.from(company) : kitSys!.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} – Requisition ${req} – ${role}`,
          `Regarding Your Application (${req})`,
          `Application Update – ${role} – ${req}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(true),
          `Thank you for your interest in career opportunities with ${company.name} and its affiliated companies and subsidiaries (collectively, "${company.name}").`,
          k.pick([
            `${company.name} receives a large number of applications for each posted position and reviews each one carefully in accordance with its established selection procedures and applicable law.`,
            'Our selection process is designed to identify the applicants whose qualifications most closely match the requirements of each position as posted.',
          ]),
          decision,
          k.pick([
            'Your profile will remain in our candidate database in accordance with our data retention policy, and you are welcome to apply to other positions for which you believe you are qualified.',
            'We encourage you to continue to monitor our careers website for future opportunities.',
          ]),
          `Sincerely,\n${teamSign(k, company)}`,
          ...boiler,
          system ? system.footer(company) : kitSys!.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej2-oracle-table-status-not-selected',
    label: 'rejection',
    note: 'HTML-table-to-text layout: header row and a pipe-separated row ending in "Not selected"; little prose',
    make(k) {
      const company = k.company();
      const role = k.role();
      const req = reqId(k);
      const system = src(k, 'oracle', 'ukg', 'paylocity', 'pinpoint');
      const city = k.pick([
        'Chicago, IL',
        'London, GB',
        'Remote',
        'Toronto, ON',
        'Austin, TX',
        'Manchester',
        'Bengaluru',
      ]);
      const applied = day(k, earlier(k, 10, 40));
      const status = k.pick([
        'Not selected',
        'Not Selected',
        'Unsuccessful',
        'Not progressing',
        'Closed – not selected',
      ]);
      const layout = k.pick([
        `Job Title | Requisition | Location | Applied | Status\n${role} | ${req} | ${city} | ${applied} | ${status}`,
        `Position: ${role}\t|\tLocation: ${city}\t|\tStatus: ${status}`,
        `| Position | ${role} |\n| Job ID | ${req} |\n| Location | ${city} |\n| Date applied | ${applied} |\n| Status | ${status} |`,
        `POSITION\n${role}\nREQUISITION\n${req}\nAPPLICATION STATUS\n${status}`,
      ]);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          'Your job application status',
          `Application status – ${role}`,
          `${company.name}: application update`,
          'Status update',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick([k.hello(true), `Dear Candidate,`, `Hello ${k.candidate.first},`]),
          k.pick([
            'Your application status has been updated. Details are shown below.',
            'There has been a change to the status of the following application:',
            'Here is the latest on your application:',
          ]),
          layout,
          k.pick([
            'Thank you for the time you invested in applying. We encourage you to explore other openings.',
            `Thank you for considering ${company.name}.`,
            '',
          ]),
          `My applications: ${system.link(company, k.token(12))}`,
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej2-bilingual-english-below',
    label: 'rejection',
    note: 'Mixed-language mail: German/French/Spanish paragraph first, then "English version below" with the same rejection',
    make(k) {
      const lang = k.pick(['de', 'fr', 'es'] as const);
      k.as(lang);
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'product', 'data', 'business'] as const));
      const rec = k.person(company);
      const local = {
        de: `Guten Tag ${k.candidate.last},\n\nvielen Dank für Ihre Bewerbung als ${role} und Ihr Interesse an ${company.name}. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben.\n\nWir wünschen Ihnen für Ihre Zukunft alles Gute.`,
        fr: `Bonjour ${k.candidate.first},\n\nNous vous remercions pour votre candidature au poste de ${role} chez ${company.name}. Après étude attentive, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.\n\nNous vous souhaitons pleine réussite.`,
        es: `Hola ${k.candidate.first}:\n\nGracias por tu interés en el puesto de ${role} en ${company.name}. Lamentablemente, hemos decidido seguir adelante con otros perfiles que se ajustan más a lo que buscamos.\n\nTe deseamos mucha suerte.`,
      }[lang];
      const marker = {
        de: k.pick(['--- English version below ---', '*** ENGLISH ***', '(English below)']),
        fr: k.pick(['--- English version below ---', '[EN]', '(English below)']),
        es: k.pick(['--- English version below ---', '— ENGLISH —', '(English below)']),
      }[lang];
      const english = `Hello ${k.candidate.first},\n\n${k.pick([
        `Thank you for applying for the ${role} position at ${company.name}. Unfortunately we have decided to continue with other candidates.`,
        `Thanks for your application for ${role}. We regret to tell you that we will not be moving forward with it.`,
      ])}\n\n${k.pick(['We wish you all the best.', 'Good luck with your search.'])}`;
      const sig = k.chance(0.6)
        ? `${rec.name}\n${titleRecruiter(k)} | ${company.name}`
        : teamSign(k, company);
      const named = sig.includes(rec.name);
      return {
        from: named ? k.addr(rec) : `${company.name} Recruiting <jobs@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `${role} – ${company.name}`,
          {
            de: 'Ihre Bewerbung / Your application',
            fr: 'Votre candidature / Your application',
            es: 'Tu candidatura / Your application',
          }[lang],
        ]),
        date: k.date,
        body: k.paragraphs(local, marker, english, sig),
        expected: exp(company.name, role, named ? [who(rec, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'rej2-portuguese-candidatura',
    label: 'rejection',
    note: 'Portuguese rejection (Portugal and Brazil registers): "decidimos avançar com outros candidatos", "não foi selecionada"',
    make(k) {
      k.as(k.chance(0.5) ? 'en-GB' : 'es');
      const company = k.company();
      const role = k.pick([
        'Analista de Dados',
        'Engenheiro de Software',
        'Gestor de Produto',
        'Assistente Administrativo',
        'Designer de Produto',
        'Técnico de Suporte',
        k.role(),
      ]);
      const rec = k.person(company);
      const named = k.chance(0.5);
      const decision = k.pick([
        `Após uma análise cuidadosa, decidimos avançar com outros candidatos cujo perfil se aproxima mais das necessidades atuais da função.`,
        `Infelizmente, informamos que a sua candidatura não foi selecionada para a próxima fase do processo.`,
        `Neste momento, optámos por não dar seguimento à sua candidatura.`,
        `Lamentamos informar que o processo para a vaga de ${role} foi concluído e o seu perfil não foi selecionado.`,
      ]);
      return {
        from: named ? k.addr(rec) : `Recrutamento ${company.name} <recrutamento@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Candidatura – ${role}`,
          `A sua candidatura na ${company.name}`,
          `Retorno do processo seletivo – ${role}`,
          `Atualização da sua candidatura`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Olá ${k.candidate.first},`,
            `Caro(a) ${k.candidate.name},`,
            `Prezado(a) ${k.candidate.first},`,
          ]),
          k.pick([
            `Agradecemos o seu interesse na vaga de ${role} na ${company.name} e o tempo dedicado ao nosso processo.`,
            `Obrigado por se candidatar à posição de ${role}.`,
          ]),
          decision,
          k.pick([
            'Manteremos o seu currículo na nossa base de dados para futuras oportunidades.',
            'Convidamos a acompanhar as nossas vagas e a candidatar-se novamente no futuro.',
            '',
          ]),
          k.pick([
            'Desejamos-lhe muito sucesso.',
            'Desejamos sucesso na sua trajetória profissional!',
            'Boa sorte!',
          ]),
          named
            ? `${k.pick(['Cumprimentos,', 'Atenciosamente,', 'Com os melhores cumprimentos,'])}\n${rec.name}\n${k.pick(['Recrutamento e Seleção', 'Talent Acquisition', 'Recursos Humanos'])} | ${company.name}`
            : `${k.pick(['Atenciosamente,', 'Cumprimentos,'])}\nEquipa de Recrutamento ${company.name}`,
        ),
        expected: exp(company.name, role, named ? [who(rec, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'rej2-italian-candidatura-non-selezionata',
    label: 'rejection',
    note: 'Italian rejection: "la sua candidatura non è stata selezionata", Lei form, sometimes with GDPR line',
    make(k) {
      k.as('fr');
      const company = k.company();
      const role = k.pick([
        'Sviluppatore Backend',
        'Project Manager',
        'Addetto alle Vendite',
        'Contabile Senior',
        'Data Analyst',
        'Responsabile Marketing',
        k.role(),
      ]);
      const rec = k.person(company);
      const named = k.chance(0.5);
      return {
        from: named ? k.addr(rec) : `${company.name} Risorse Umane <selezione@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Esito candidatura – ${role}`,
          `La sua candidatura presso ${company.name}`,
          `Riscontro candidatura ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Gentile ${k.candidate.name},`,
            `Gentile ${k.candidate.first},`,
            `Buongiorno ${k.candidate.first},`,
          ]),
          k.pick([
            `La ringraziamo per l'interesse dimostrato nei confronti di ${company.name} e per aver inviato la sua candidatura per la posizione di ${role}.`,
            `grazie per aver partecipato al processo di selezione per il ruolo di ${role}.`,
          ]),
          k.pick([
            'Dopo un’attenta valutazione, siamo spiacenti di comunicarle che la sua candidatura non è stata selezionata per le fasi successive.',
            'Purtroppo abbiamo deciso di proseguire con altri profili più in linea con le esigenze attuali.',
            'Le comunichiamo che la posizione è stata assegnata a un altro candidato.',
          ]),
          k.pick([
            'Il suo curriculum resterà nel nostro database, nel rispetto del Regolamento UE 2016/679 (GDPR), per eventuali future opportunità.',
            'La invitiamo a consultare il nostro sito per future posizioni aperte.',
            '',
          ]),
          named
            ? `${k.pick(['Cordiali saluti,', 'Un cordiale saluto,', 'Distinti saluti,'])}\n${rec.name}\nHR ${company.name}`
            : `${k.pick(['Cordiali saluti,', 'Distinti saluti,'])}\nUfficio Risorse Umane – ${company.name}`,
        ),
        expected: exp(company.name, role, named ? [who(rec, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'rej2-dutch-helaas-afwijzing',
    label: 'rejection',
    note: 'Dutch rejection: "helaas hebben we besloten", je/u forms, Homerun/Recruitee-style or personal',
    make(k) {
      k.as('de');
      const company = k.company();
      const role = k.pick([
        'Medewerker Klantenservice',
        'Software Developer',
        'Accountmanager',
        'Financieel Administrateur',
        'Projectleider',
        k.role(),
      ]);
      const rec = k.person(company);
      const named = k.chance(0.5);
      const system = src(k, 'homerun', 'join', 'comeet');
      return {
        from: named ? k.addr(rec) : system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Je sollicitatie bij ${company.name}`,
          `Sollicitatie ${role}`,
          `Update over je sollicitatie`,
          `Reactie op uw sollicitatie – ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Hoi ${k.candidate.first},`,
            `Beste ${k.candidate.first},`,
            `Geachte heer/mevrouw ${k.candidate.last},`,
          ]),
          k.pick([
            `Bedankt voor je sollicitatie op de functie ${role} en je interesse in ${company.name}.`,
            `Hartelijk dank voor uw sollicitatie als ${role}.`,
          ]),
          k.pick([
            'Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We hebben gekozen voor kandidaten van wie de ervaring beter aansluit bij de functie.',
            'We hebben alle sollicitaties zorgvuldig bekeken. Helaas moeten we je laten weten dat je niet door bent naar de volgende ronde.',
            'Na zorgvuldige overweging hebben wij besloten u niet uit te nodigen voor een gesprek.',
          ]),
          k.pick([
            'We bewaren je gegevens nog vier weken, tenzij je ons toestemming geeft om ze langer te bewaren.',
            'Veel succes met je zoektocht!',
            '',
          ]),
          named
            ? `${k.pick(['Groet,', 'Met vriendelijke groet,', 'Hartelijke groet,'])}\n${rec.name}\n${company.name}`
            : `Met vriendelijke groet,\nTeam ${company.name}\n\n${system.footer(company)}`,
        ),
        expected: exp(company.name, role, named ? [who(rec, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'rej2-after-reference-checks',
    label: 'rejection',
    note: 'Rejection at the very end, after references were taken; delicate wording, mentions referees (who are not people to list)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${role} – outcome`,
          `Update following references`,
          `${company.name} – final decision`,
          `Re: references`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            'Thank you for your patience while we completed the final stage of the process, and please pass on our thanks to your referees for making time to speak with us.',
            'Thanks for putting us in touch with your referees so quickly last week.',
            'I appreciate you bearing with us while we completed reference checks.',
          ]),
          k.pick([
            `Having now concluded that stage, we have decided not to proceed with your application for the ${role} role.`,
            `Unfortunately, following the reference stage, the hiring team has decided not to move forward with an offer.`,
            `I'm sorry to let you know that we won't be progressing to an offer for the ${role} position.`,
          ]),
          k.pick([
            'As the references were given in confidence, I am not able to share their content, but I am happy to talk through the rest of the process.',
            "I know this is disappointing news at such a late stage, and I'm sorry.",
            'I realise this is not the outcome you were hoping for after such a long process.',
          ]),
          wishes(k),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej2-after-assessment-centre',
    label: 'rejection',
    note: 'Graduate/early-careers rejection after an assessment centre or case day, with per-exercise score bands',
    make(k) {
      const company = k.company();
      const role = k.pick([
        `${k.pick(['Graduate', 'Summer', 'Early Careers'])} ${k.pick(['Analyst', 'Engineer', 'Consultant', 'Management Trainee'])} Programme`,
        `${k.role(k.pick(['business', 'data', 'engineering'] as const))} Apprenticeship`,
      ]);
      const ex = k.some(
        [
          'Group exercise',
          'Case study presentation',
          'Written exercise',
          'Competency interview',
          'Role play',
          'In-tray exercise',
        ],
        3,
        4,
      );
      const bands = ex
        .map((e) => `${e}: ${k.pick(['Meets', 'Partially meets', 'Below', 'Strong', 'Partially meets'])}`)
        .join('\n');
      const showBands = k.chance(0.6);
      const when = k.pick(['last week', 'on Tuesday', 'recently', `on ${nearDay(k, earlier(k, 5, 12))}`]);
      return {
        from: k.pick([
          `${company.name} Early Careers <earlycareers@${company.domain}>`,
          `${company.name} Graduate Recruitment <graduates@${company.domain}>`,
        ]),
        to: k.candidate.email,
        subject: k.pick([
          'Assessment Centre outcome',
          `${role}: your assessment day result`,
          `Your ${company.name} assessment centre`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Thank you for attending the ${company.name} assessment centre ${when} for our ${role}.`,
          k.pick([
            'Our assessors have now met to review the evidence from every exercise. We are sorry to tell you that on this occasion you have not been successful and we will not be able to offer you a place.',
            'Competition for places was exceptionally strong this year and, unfortunately, your overall score fell below the threshold needed to progress to an offer.',
            'Following the wash-up session, we regret that we will not be taking your application further.',
          ]),
          showBands ? `Your results by exercise:\n${bands}` : '',
          showBands
            ? 'Each exercise is scored independently against our competency framework; the scores above are shared to help your development.'
            : 'Individual feedback reports will be available through your candidate account within 10 working days.',
          k.pick([
            'You are welcome to apply again to next year’s intake.',
            'We hope you will consider applying to us again in future.',
            '',
          ]),
          `Kind regards,\n${company.name} Early Careers Team`,
          k.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
];

rejections.push(
  {
    id: 'rej2-closing-the-search',
    label: 'rejection',
    note: '"We\'ve decided to close this search": retained search partner or in-house lead closes a senior search without hiring the candidate',
    make(k) {
      const company = k.company();
      const role = k.pick([
        'VP of Engineering',
        'Chief Financial Officer',
        'Head of Product',
        'Director of Operations',
        'General Counsel',
        'Chief People Officer',
        k.role(),
      ]);
      const inHouse = k.chance(0.5);
      const firm = inHouse
        ? ''
        : `${k.pick(['Ashcombe', 'Whitlow', 'Hartmoor', 'Kellan', 'Brookfield'])} ${k.pick(['Search', 'Partners', 'Executive Search', 'Associates'])}`;
      const firmSlug = firm.toLowerCase().replace(/[^a-z]/g, '');
      const partner = k.person(
        inHouse ? company : { name: firm, slug: firmSlug, domain: `${firmSlug}.example` },
      );
      const s = sign(
        k,
        partner,
        inHouse
          ? k.pick(['Head of Executive Search', 'Director, Talent'])
          : k.pick(['Partner', 'Principal', 'Managing Partner']),
        inHouse ? company : null,
      );
      return {
        from: k.addr(partner),
        to: k.addr(k.candidate),
        subject: k.pick([
          `${company.name} – ${role} search`,
          `${role} search update`,
          `Closing the loop on ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `I wanted to let you know directly that ${company.name} has decided to close the ${role} search.`,
            `We've decided to close this search. After a lot of discussion, the board has chosen to ${k.pick(['restructure the role internally', 'promote from within', 'pause the hire until next year'])}.`,
            `${company.name} has concluded the ${role} search and the role will not be filled from the current slate.`,
          ]),
          k.pick([
            'This means we will not be taking your candidacy forward, and I am sorry to be bringing you this news after the time you have invested.',
            'As a result your candidacy will not progress any further.',
            'I appreciate how much thought you put into the conversations, and I am sorry this one did not come to fruition.',
          ]),
          k.pick([
            "I'd very much like to stay in touch for future mandates.",
            'Do let me know if a short call to debrief would be useful.',
            '',
          ]),
          firm ? `${s.text}\n${firm}` : s.text,
        ),
        expected: exp(company.name, role, [
          who(partner, inHouse ? 'recruiter' : 'agency_consultant', partner.email, s.phone),
        ]),
      };
    },
  },
  {
    id: 'rej2-hr-suite-dispositioned',
    label: 'rejection',
    note: 'HR-suite recruiting module (UKG, ADP, Paycom, Paylocity) in system-speak: "dispositioned", disposition reason field',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = src(k, 'ukg', 'adp', 'paycom', 'paylocity');
      const reason = k.pick([
        'Other candidate more closely met requirements',
        'Position filled',
        'Minimum qualifications not met',
        'Candidate not selected',
        'Requisition closed',
        'Better qualified applicant selected',
      ]);
      const jobNo = reqId(k);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Candidate Disposition Notification`,
          `Your application for ${role}`,
          `Application ${jobNo} has been updated`,
          `${company.name} Applicant Notification`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Dear ${k.candidate.first},`,
            `${k.candidate.first} ${k.candidate.last},`,
            'Dear Applicant,',
          ]),
          k.pick([
            `Your application for the position of ${role} has been dispositioned.`,
            `The hiring team has completed its review of applicants for ${role} (Job ${jobNo}). Your application has been dispositioned and will not move forward.`,
            `This notice is to inform you that you were not selected for the ${role} position.`,
          ]),
          k.pick([`Disposition Reason: ${reason}`, `Reason: ${reason}`, `Status: Not Selected – ${reason}`]),
          k.pick([
            `Thank you for your interest in ${company.name}. You may continue to view and apply for open positions through the applicant portal.`,
            'We appreciate your interest and encourage you to apply for future openings that match your skills.',
          ]),
          `${system.link(company, k.digits(6))}`,
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej2-smb-ats-merge-field-glitch',
    label: 'rejection',
    note: 'Small-business ATS template (JazzHR, Breezy, Zoho, Manatal) with leftover merge fields or generic greeting; role and company still named',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = src(k, 'jazzhr', 'breezy', 'zoho', 'manatal');
      const greet = k.pick([
        'Hi {{candidate.first_name}},',
        'Dear [Candidate First Name],',
        'Hello,',
        'Hi there,',
        'Dear Applicant,',
        `Hi ${k.candidate.first},`,
      ]);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Thank you for applying to ${company.name}!`,
          `${role} at ${company.name}`,
          `Re: ${role}`,
          `Your application – ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          greet,
          k.pick([
            `Thank you for your interest in the ${role} position with ${company.name}. We have reviewed your application and, while your background is impressive, we have decided to pursue other applicants whose qualifications better match our needs.`,
            `Thanks for applying for ${role}! Our team looked over every application and we've decided not to move your application forward at this time.`,
            `We appreciate you applying to be our next ${role}. Unfortunately, we will not be moving forward with your candidacy.`,
          ]),
          k.pick([
            'Please feel free to apply for other openings on our careers page.',
            `We'll keep your resume on file in case something opens up that's a better fit.`,
            '',
          ]),
          k.pick([
            `Sincerely,\n${company.name} Hiring Team`,
            `Thanks,\n{{sender.full_name}}\n${company.name}`,
            `Best,\nThe team at ${company.name}`,
          ]),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej2-awkward-translation',
    label: 'rejection',
    note: 'English awkwardly translated from another language: "your candidature has not been retained", "we must inform you"',
    make(k) {
      k.as(k.pick(['de', 'fr', 'es', 'en-IN'] as const));
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const named = k.chance(0.6);
      return {
        from: named ? k.addr(rec) : `${company.name} HR <hr@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Your candidature for ${role}`,
          `Answer to your application`,
          `Concerning your application as ${role}`,
          `Feedback to your candidacy`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([
            `Dear Mr./Ms. ${k.candidate.last},`,
            `Dear ${k.candidate.name},`,
            `Dear Sir or Madam,`,
            `Good day ${k.candidate.first},`,
          ]),
          k.pick([
            `We thank you very much for your candidature and for the interest you have shown to our company ${company.name}.`,
            `Thank you for having sent us your application documents for the position ${role}.`,
          ]),
          k.pick([
            'After an intensive examination of all the candidatures we must inform you that your candidature has not been retained for the continuation of the process.',
            'We regret to inform you that we cannot consider your profile further, since other candidates correspond more exactly to the requirements of the post.',
            'Unfortunately we have to give you a negative answer this time.',
            'To our regret we have decided for another candidate.',
          ]),
          k.pick([
            'Please do not see this decision as a judgement of your qualification.',
            'Your documents will be deleted after the end of the process in accordance with the data protection.',
            'We would be happy if you apply again by us in the future.',
          ]),
          k.pick([
            'For your further professional way we wish you all the best and much success.',
            'We wish you for the future all the best.',
          ]),
          named
            ? `With kind regards\n${rec.name}\nHuman Resources\n${company.name}`
            : `With kind regards\nYour HR Team\n${company.name}`,
        ),
        expected: exp(company.name, role, named ? [who(rec, 'recruiter')] : []),
      };
    },
  },
  {
    id: 'rej2-academic-search-committee',
    label: 'rejection',
    note: 'University faculty/postdoc search committee letter: position offered to and accepted by another candidate; chair signs',
    make(k) {
      const uni = k.company();
      const school = `${k.pick(['Northgate', 'Whitby', 'Alderton', 'Marwick', 'Ellesmere'])} University`;
      const company = {
        ...uni,
        name: school,
        slug: school.toLowerCase().replace(/\s+/g, ''),
        domain: `${school.toLowerCase().replace(/\s+/g, '')}.example`,
      };
      const dept = k.pick([
        'Computer Science',
        'Chemistry',
        'Economics',
        'History',
        'Mechanical Engineering',
        'Psychology',
      ]);
      const role = k.pick([
        `Assistant Professor of ${dept}`,
        `Postdoctoral Research Associate`,
        `Lecturer in ${dept}`,
        `Research Fellow`,
        `Teaching Fellow in ${dept}`,
      ]);
      const chair = k.person(company);
      const fromChair = k.chance(0.5);
      return {
        from: fromChair
          ? k.addr(chair)
          : `${dept} Faculty Search <${dept.toLowerCase().replace(/\s+/g, '')}-search@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `${role} search`,
          `Department of ${dept} – faculty search`,
          `Your application: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `On behalf of the search committee, thank you for your application for the position of ${role} in the Department of ${dept} at ${company.name}.`,
          k.pick([
            'The committee received over two hundred applications, many of them outstanding, and the selection was very difficult.',
            'We were fortunate to receive an exceptionally strong pool of applicants.',
          ]),
          k.pick([
            'I am writing to let you know that the search has concluded: the position was offered to another candidate, who has accepted.',
            'I regret to inform you that you were not among the candidates selected for a campus visit, and the search has now concluded.',
            'We have now completed our search and have made an appointment to the position.',
          ]),
          k.pick([
            'We thank you for your interest in our department and wish you well in your research and career.',
            'With best wishes for your future work,',
          ]),
          `${k.pick(['Sincerely,', 'Yours sincerely,', 'With best regards,'])}\n\n${k.pick(['Prof.', 'Dr.'])} ${chair.name}\nChair, ${dept} Search Committee\n${company.name}`,
        ),
        expected: exp(company.name, role, [who(chair, 'hiring_manager', fromChair ? chair.email : null)]),
      };
    },
  },
  {
    id: 'rej2-civil-service-sift-result',
    label: 'rejection',
    note: 'Government portal notice: sift/eligibility outcome with scores, "not referred", "unsuccessful at sift" — structured, formal',
    make(k) {
      const company = k.company();
      const agency = k.pick([
        `Department for ${k.pick(['Transport', 'Work and Pensions', 'Environment', 'Digital Services'])}`,
        `${k.pick(['State', 'County', 'City'])} ${k.pick(['Department of Revenue', 'Department of Health', 'Parks Department', 'Public Works'])}`,
        `City of ${k.pick(['Riverton', 'Lakeside', 'Fairhaven', 'Millbrook'])}`,
      ]);
      const role = k.pick([
        'Policy Advisor',
        'Administrative Officer',
        'Caseworker',
        'Program Analyst',
        'Procurement Specialist',
        'HR Generalist',
        'Data Analyst',
        'Project Manager',
      ]);
      const ref = k.digits(6);
      const us = k.locale === 'en-US';
      const block = us
        ? `Announcement Number: ${k.token(2).toUpperCase()}-${k.digits(2)}-${ref}\nPosition: ${role}, GS-${k.int(7, 13)}\nResult: ${k.pick(['Eligible – Not Referred', 'Qualified – Not Among Best Qualified', 'Not Selected'])}`
        : `Vacancy reference: ${ref}\nJob title: ${role}\nGrade: ${k.pick(['EO', 'HEO', 'SEO', 'Grade 7'])}\nSift outcome: Unsuccessful\nBehaviour scores: ${k.int(2, 3)} / ${k.int(2, 4)} / ${k.int(3, 4)} (pass mark 4 in each)`;
      const explain = us
        ? k.pick([
            'Your application was reviewed and you were found qualified for this position; however, you were not among the best qualified candidates referred to the selecting official.',
            'The selecting official has made a selection for this announcement and you were not selected.',
          ])
        : k.pick([
            'Unfortunately you have not been successful at the sift stage on this occasion, as you did not meet the minimum score required in every behaviour.',
            'We regret to inform you that your application was not successful at the sift stage.',
          ]);
      return {
        from: us
          ? `${agency} <no-reply@hr.${company.slug}.gov.example>`
          : `${agency} Recruitment <noreply@jobs.${company.slug}.gov.example>`,
        to: k.candidate.email,
        subject: us
          ? k.pick([`Notice of Results – ${role}`, `Application Status Update: ${role}`])
          : k.pick([`${ref} – ${role} – Sift result`, `Outcome of your application ${ref}`]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `This notice concerns your application to ${agency}.`,
          block,
          explain,
          us
            ? 'You may view the details of your application in your account. Please do not reply to this message.'
            : 'Feedback on your sift score is provided above. You can view your application in your account.',
          k.pick([
            'Thank you for your interest in public service.',
            'Thank you for your interest in working with us.',
          ]),
        ),
        expected: exp(agency, role),
      };
    },
  },
  {
    id: 'rej2-staffing-job-order-closed',
    label: 'rejection',
    note: 'Staffing firm system notice: the job order/assignment you were submitted to is filled or closed; client usually unnamed (company null)',
    make(k) {
      const firm = `${k.pick(['Apex', 'Keystone', 'Prime', 'TrueNorth', 'Cobalt', 'Allied'])} ${k.pick(['Staffing', 'Workforce Solutions', 'Talent', 'Personnel'])}`;
      const slug = firm.toLowerCase().replace(/[^a-z]/g, '');
      const role = k.role(k.pick(['service', 'business', 'care', 'engineering'] as const));
      const client = k.company();
      const named = k.chance(0.3);
      const consultant = k.person({ name: firm, slug, domain: `${slug}.example` });
      const signed = k.chance(0.5);
      const job = `#${k.digits(5)}`;
      return {
        from: signed ? k.addr(consultant) : `${firm} <noreply@${slug}.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `Job ${job} update`,
          `Update: ${role} assignment`,
          `${role} – position filled`,
          `Regarding job order ${job}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Hi ${k.candidate.first},`,
          k.pick([
            `The ${role} ${k.pick(['assignment', 'position', 'job order'])} ${named ? `at ${client.name} ` : ''}(${job}) that you were submitted to has been filled.`,
            `Quick update: the client has closed the ${role} opening ${job}${named ? ` at ${client.name}` : ''} and went with another candidate.`,
            `Unfortunately the ${role} job ${job}${named ? ` with ${client.name}` : ''} has been closed and your submittal was not selected.`,
          ]),
          k.pick([
            `Your profile stays active with ${firm}, and we'll match you to new assignments as they come in.`,
            'Please keep your availability up to date in the app so we can place you on the next one.',
            'Check the app for new jobs near you.',
          ]),
          signed
            ? `Thanks,\n${consultant.name}\n${k.pick(['Staffing Specialist', 'Recruiter', 'Account Manager'])} | ${firm}`
            : `${firm}\nReply STOP to opt out of text alerts.`,
        ),
        expected: exp(named ? client.name : null, role, signed ? [who(consultant, 'agency_consultant')] : []),
      };
    },
  },
  {
    id: 'rej2-subject-misleads',
    label: 'rejection',
    note: 'Subject that reads like good news or scheduling ("Next steps", "Your interview with X", "Exciting update") over a rejection body',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.pick([k.addr(rec), `${rec.name} (${company.name}) <${rec.email}>`]),
        to: to(k),
        subject: k.pick([
          'Next steps',
          `Your interview with ${company.name}`,
          `Exciting times at ${company.name}!`,
          `${role} – next steps`,
          'Following up on your interview',
          'Quick update + next steps',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thanks again for interviewing for the ${role} position. It has been an exciting few weeks here — we're growing fast and met a lot of great people.`,
            `I promised I'd let you know the next steps after your interview for ${role}.`,
          ]),
          k.pick([
            "Unfortunately, the next step for us is to move ahead with another candidate, so we won't be continuing with your application.",
            'The team has met and decided not to move forward with your candidacy for this role.',
            "I'm sorry to say we've decided to proceed with other candidates at this stage.",
          ]),
          k.pick([
            `I'll keep an eye out for other roles at ${company.name} that could suit you.`,
            'Thank you for your time and interest.',
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej2-months-late-after-silence',
    label: 'rejection',
    note: 'Rejection sent long after silence: opens with an apology for the delay (reads like a status update), decision follows',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = k.chance(0.5) ? src(k, 'pinpoint', 'comeet', 'breezy', 'join') : null;
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const monthApplied = MONTHS[earlier(k, 60, 150).month - 1]!;
      return {
        from: system ? system.from(company) : k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `Your application for ${role}`,
          'Sorry for the delay',
          `Update – ${role} (applied ${monthApplied})`,
          'An update, finally',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `First, our apologies for taking so long to get back to you about the ${role} role you applied for in ${monthApplied}.`,
            `I'm sorry for the long silence since you applied to ${company.name} in ${monthApplied} — the process took far longer than we planned.`,
            `You applied for ${role} back in ${monthApplied}, and you deserved a reply much sooner than this.`,
          ]),
          k.pick([
            'We had a reorganisation in the team and the hiring plan changed several times along the way.',
            'We received many more applications than expected and it has taken us a while to work through them.',
            '',
          ]),
          k.pick([
            'We have now made our decision and, unfortunately, we will not be moving forward with your application.',
            'The position has since been filled, so we will be closing your application.',
            "I'm afraid the news isn't what you hoped: we've decided to progress with other candidates.",
          ]),
          wishes(k),
          system ? `${teamSign(k, company)}\n\n${system.footer(company)}` : s.text,
        ),
        expected: exp(company.name, role, system ? [] : [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'rej2-one-way-video-outcome',
    label: 'rejection',
    note: 'After a one-way video interview or online assessment: outcome sent by the assessment platform on behalf of the employer',
    make(k) {
      const company = k.company();
      const role = k.role();
      const platform = k.pick(['HireVue', 'Sapia', 'Willo', 'Spark Hire', 'Modern Hire']);
      const what = k.pick(['video interview', 'recorded interview', 'online assessment', 'chat interview']);
      return {
        from: `${company.name} via ${platform} <no-reply@${platform.toLowerCase().replace(/\s+/g, '')}mail.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} – outcome of your ${what}`,
          `Thanks for completing your ${what}`,
          `${role}: application update`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          `Thank you for completing the ${what} for the ${role} position at ${company.name}.`,
          k.pick([
            `Our hiring team has reviewed your responses, and we will not be progressing your application to the next stage.`,
            `We've carefully considered your ${what} and unfortunately we won't be moving forward at this time.`,
            `Having reviewed all ${what}s, we have decided to continue with other candidates.`,
          ]),
          k.chance(0.5)
            ? `As a thank you, here is your personalised insights report based on your responses: https://insights.${platform.toLowerCase().replace(/\s+/g, '')}mail.example/r/${k.token(10)}`
            : '',
          wishes(k),
          teamSign(k, company),
          `This message was sent by ${platform} on behalf of ${company.name}.`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej2-reason-checkbox-form',
    label: 'rejection',
    note: 'Structured feedback form layout: tick-box list of reasons with one marked [x], from a mid-size company ATS',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = src(k, 'pinpoint', 'comeet', 'zoho', 'homerun');
      const reasons = [
        'Another candidate more closely matched the requirements',
        'The role requires experience in a specific domain',
        'Location / right to work requirements',
        'The position has been filled internally',
        'Salary expectations outside the range for this role',
      ];
      const chosen = k.int(0, reasons.length - 1);
      const list = reasons.map((r, i) => `${i === chosen ? '[x]' : '[ ]'} ${r}`).join('\n');
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Feedback on your application – ${role}`,
          `${company.name}: your application`,
          `Outcome: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `We believe every applicant deserves a clear answer. We will not be moving forward with your application for ${role}, and below is the main reason:`,
          list,
          k.pick([
            'This is a standard form; if you would like to know more, reply to this message and a member of the team will respond.',
            'We hope this is useful. Applying to other roles with us will not be affected.',
          ]),
          `${teamSign(k, company)}\n\n${system.footer(company)}`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej2-sms-relay-hourly',
    label: 'rejection',
    note: 'Text-message conversation relayed to email by a high-volume hiring platform; the decision line is the last message',
    make(k) {
      const company = k.company();
      const role = k.role('service');
      const store = `#${k.digits(4)}`;
      const time1 = earlier(k, 1, 4);
      return {
        from: `${company.name} Hiring <texts@${company.slug}.hiringtext.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `New message from ${company.name} Hiring`,
          `You have 1 new text message`,
          `${company.name} Store ${store}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          `Your conversation with ${company.name} Hiring (Store ${store})`,
          `${company.name} · ${time1.date('us-short')} ${time1.time('us-lower')}\nThanks for applying for ${role}! We'll text you with updates.`,
          `${company.name} · ${k.sent.date('us-short')} ${k.sent.time('us-lower')}\n${k.pick([
            `Hi ${k.candidate.first}, thanks again for your interest. The ${role} position at Store ${store} has been filled and we won't be moving forward with your application.`,
            `Hi ${k.candidate.first}! Unfortunately we've selected other applicants for ${role}. Feel free to apply to other locations!`,
            `Update: we are no longer considering your application for ${role}. Thank you for applying!`,
          ])}`,
          'Reply to this email or text back to respond. Msg & data rates may apply. Reply STOP to unsubscribe.',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'rej2-closing-the-loop-sourcing-tool',
    label: 'rejection',
    note: 'Startup recruiter using a sequencing tool (Gem/Dover style) "closing the loop" after a screen; casual, P.S. with a referral ask',
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'product', 'design', 'data'] as const));
      const rec = k.person(company, 'first');
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: k.pick([
          `closing the loop – ${role}`,
          `${company.name} x ${k.candidate.first}`,
          `Re: ${company.name} ${role}`,
          'Closing the loop',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hey ${k.candidate.first},`, `Hi ${k.candidate.first}!`]),
          k.pick([
            `Wanted to close the loop after our chat — the team decided not to move forward for the ${role} role right now.`,
            `Closing the loop here: we're going to pass on moving forward for ${role}. The team is prioritising folks with more ${k.pick(['infra', 'B2B', 'early-stage', 'consumer'])} experience for this hire.`,
            `Thanks so much for the time last week. Unfortunately we won't be moving to the next round for ${role}.`,
          ]),
          k.pick([
            'Really appreciate you taking the time.',
            'Hope we get to work together at some point.',
            '',
          ]),
          k.chance(0.5) ? 'P.S. if you know anyone who might be a fit, I would love an intro!' : '',
          `${rec.first}\n${k.pick(['Talent', 'Recruiting', 'Founding Recruiter'])} @ ${company.name}`,
          k.chance(0.4) ? `Unsubscribe from these emails: https://unsub.gem-mail.example/${k.token(14)}` : '',
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'rej2-speculative-no-openings',
    label: 'rejection',
    note: 'Reply to an unsolicited/speculative application: no suitable opening, nothing to offer; role usually unnamed',
    make(k) {
      const company = k.company();
      const rec = k.person(company);
      const named = k.chance(0.6);
      const s = sign(
        k,
        rec,
        k.pick(['HR Manager', 'Office Manager', 'People & Culture', 'Recruitment Advisor']),
        company,
      );
      const area = k.pick(['design', 'engineering', 'marketing', 'finance', 'operations']);
      const mentionRole = k.chance(0.3);
      const role = mentionRole ? k.role() : null;
      return {
        from: named ? k.addr(rec) : `${company.name} Jobs <jobs@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          'Re: Speculative application',
          'Re: Open application',
          `Re: ${role ?? 'CV'}`,
          'Your unsolicited application',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for sending us your CV and for thinking of ${company.name}.`,
            `Thanks for your open application${role ? ` for a ${role} position` : ''} — it's always nice to hear from people who want to join us.`,
          ]),
          k.pick([
            `Unfortunately we don't have any openings in ${area} at the moment that match your profile, so we aren't able to take your application further.`,
            `At present we have no vacancies that would suit your experience, and we're unable to offer you a position.`,
            'We are not recruiting for this kind of role at the moment, so we will not be progressing your application.',
          ]),
          k.pick([
            'Please keep an eye on our careers page for future vacancies.',
            'We do not keep speculative CVs on file, so do apply again if a relevant role is advertised.',
            '',
          ]),
          named ? s.text : teamSign(k, company),
        ),
        expected: exp(company.name, role, named ? [who(rec, 'recruiter', rec.email, s.phone)] : []),
      };
    },
  },
);

// ---------------------------------------------------------------------------------------
// Offers

function money(k: Kit, low: number, high: number): string {
  const n = k.int(low, high) * 1000;
  const cur =
    k.locale === 'en-GB'
      ? '£'
      : k.locale === 'de' || k.locale === 'fr' || k.locale === 'es'
        ? '€'
        : k.locale === 'en-IN'
          ? '₹'
          : '$';
  return k.locale === 'en-IN'
    ? `${cur}${(n * 20).toLocaleString('en-IN')}`
    : `${cur}${n.toLocaleString('en-US')}`;
}

const offers: Family[] = [
  {
    id: 'offer2-rippling-offer-letter-sign',
    label: 'offer',
    note: 'Modern HR platform (Rippling/Gusto-like) notice: "X sent you an offer letter", review & sign button, onboarding steps listed after',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = src(k, 'rippling', 'paylocity', 'paycom');
      const hm = k.person(company);
      const start = k.later(10, 30);
      const sender = k.chance(0.5);
      const expires = k.later(3, 7);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `${company.name} sent you an offer letter`,
          `Action required: review your offer from ${company.name}`,
          `Your offer letter for ${role} is ready to sign`,
          `${sender ? hm.first : company.name} has sent you a document to sign`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          sender
            ? `${hm.name} at ${company.name} has sent you an offer letter for the ${role} position.`
            : `${company.name} has sent you an offer letter for the ${role} position.`,
          k.pick([
            `Please review and sign by ${day(k, expires)}.`,
            `This offer expires on ${day(k, expires)}.`,
            '',
          ]),
          `[ Review & Sign ] ${system.link(company, k.token(16))}`,
          k.pick([
            `Once you sign, you'll be invited to complete onboarding: personal details, tax forms, direct deposit and I-9 verification.`,
            `After signing you'll get access to your onboarding checklist (${k.some(['tax withholding', 'emergency contacts', 'bank details', 'equipment shipping address', 'benefits enrollment'], 2, 4).join(', ')}).`,
          ]),
          k.pick([`Anticipated start date: ${day(k, start)}`, '']),
          system.footer(company),
        ),
        expected: exp(company.name, role, sender ? [who(hm, 'hiring_manager', null)] : []),
      };
    },
  },
  {
    id: 'offer2-enterprise-hr-offer-details-table',
    label: 'offer',
    note: 'UKG/ADP/Oracle enterprise offer notification with an offer-details table (department, manager, FLSA, pay rate, start date) and a portal task',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = src(k, 'ukg', 'adp', 'oracle');
      const manager = k.person(company);
      const start = k.later(10, 25);
      const hourly = k.chance(0.4);
      const pay = hourly
        ? `$${k.int(17, 42)}.${k.pick(['00', '50', '25', '75'])} per hour`
        : `${money(k, 55, 160)} annually`;
      const table = [
        `Position Title: ${role}`,
        `Department: ${k.pick(['Operations', 'Technology', 'Finance', 'Customer Care', 'Clinical Services', 'Sales'])}`,
        `Reports To: ${manager.name}`,
        `Employment Type: ${k.pick(['Full-Time, Regular', 'Part-Time, Regular', 'Full-Time, Temporary'])}`,
        `FLSA Status: ${hourly ? 'Non-Exempt' : 'Exempt'}`,
        `Compensation: ${pay}`,
        `Proposed Start Date: ${day(k, start)}`,
      ];
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          'Offer Pending – Action Required',
          `Job Offer: ${role}`,
          `You have received an offer from ${company.name}`,
          'New task: Review Offer',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Congratulations! ${company.name} has extended an offer of employment to you. A summary of the offer is below.`,
            `We are pleased to extend to you the following offer of employment with ${company.name}.`,
          ]),
          k.chance(0.5) ? table.map((l) => l.replace(': ', ' | ')).join('\n') : table.join('\n'),
          `To review the full offer letter and accept or decline electronically, log in to the candidate portal within ${k.pick(['3', '5', '7'])} business days: ${system.link(company, k.token(10))}`,
          k.pick([
            'This offer is contingent upon successful completion of a background check and drug screen.',
            'This offer is contingent upon verification of your eligibility to work.',
            '',
          ]),
          system.footer(company),
        ),
        expected: exp(company.name, role, [who(manager, 'hiring_manager', null)]),
      };
    },
  },
  {
    id: 'offer2-compensation-breakdown-table',
    label: 'offer',
    note: 'Recruiter email laying out a tech offer as a compensation table (base, bonus, equity, sign-on, benefits), letter to follow',
    make(k) {
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'product', 'data', 'design'] as const));
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const deadline = k.later(3, 6);
      const rows = [
        ['Base salary', money(k, 120, 240)],
        ['Annual bonus target', `${k.pick([10, 12, 15, 20])}%`],
        [
          'Equity',
          `${k.int(2, 40) * 1000} ${k.pick(['RSUs', 'stock options'])} vesting over 4 years (1-year cliff)`,
        ],
        ['Sign-on bonus', money(k, 10, 50)],
        ['PTO', k.pick(['Unlimited', '25 days', '20 days + company holidays'])],
        ['401(k)/pension', k.pick(['4% match', '5% employer contribution', '6% match'])],
      ];
      const useMd = k.chance(0.5);
      const table = useMd
        ? `| Component | Details |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`
        : rows.map(([a, b]) => `${a}:\t${b}`).join('\n');
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${company.name} – offer details`,
          `Your offer: ${role}`,
          `Offer summary – ${role}`,
          'Numbers, as promised',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Congrats again! As promised, here's the breakdown of your offer for ${role}:`,
            `We're thrilled to offer you the ${role} role at ${company.name}. Here is the full compensation package:`,
            `Following our call, please find below the details of your offer for the ${role} position.`,
          ]),
          table,
          k.pick([
            `The formal offer letter will come through DocuSign shortly. We'd love to hear back by ${nearDay(k, deadline)}.`,
            `Let me know if you have any questions — happy to jump on a call. The offer is open until ${day(k, deadline)}.`,
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'offer2-relocation-package',
    label: 'offer',
    note: 'Offer centred on a relocation package (lump sum, temporary housing, visa support, flights); the job offer stated once',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, k.pick(['Global Mobility Partner', titleRecruiter(k)]), company);
      const city = k.pick([
        'Amsterdam',
        'Dublin',
        'Singapore',
        'Austin',
        'Toronto',
        'Berlin',
        'Sydney',
        'Lisbon',
      ]);
      const items = k.some(
        [
          `Relocation lump sum of ${money(k, 5, 20)} (net)`,
          `${k.pick([30, 45, 60])} days of temporary furnished housing in ${city}`,
          'One-way economy flights for you and your dependants',
          'Visa and work permit sponsorship, handled by our immigration partner',
          'Shipment of household goods (up to a 20ft container)',
          'Two days of home-finding support with a local agent',
          'Tax advice for the year of the move',
        ],
        3,
        6,
      );
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Your offer and relocation to ${city}`,
          `${role} – offer & relocation package`,
          `Offer of employment – ${company.name} ${city}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I'm delighted to confirm that we would like to offer you the ${role} position based in our ${city} office.`,
            `Great news — ${company.name} is offering you the role of ${role} in ${city}!`,
          ]),
          'Since this involves a move, we have put together the following relocation package:',
          items.map((i) => `• ${i}`).join('\n'),
          k.pick([
            'Your offer letter is attached; the relocation policy is included as a schedule.',
            'The contract and the relocation agreement will follow from our HR team.',
          ]),
          k.pick(['Relocation support is subject to a 12-month repayment clause, pro-rated.', '']),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'offer2-internship-stipend',
    label: 'offer',
    note: 'Internship/co-op offer from a team lead or lab: dates, stipend, "we\'d love to have you as our intern"; informal to semi-formal',
    make(k) {
      const company = k.company();
      const area = k.pick([
        'Software Engineering',
        'Data Science',
        'Marketing',
        'Product Design',
        'Finance',
        'Research',
      ]);
      const role = k.pick([`${area} Intern`, `${area} Co-op`, `Summer ${area} Intern`, `${area} Internship`]);
      const lead = k.person(company);
      const start = k.later(20, 60);
      const weeks = k.pick([10, 12, 16, 24]);
      const stipend = k.pick([
        `$${k.int(22, 55)}/hour`,
        `£${k.int(1800, 2600)} per month`,
        `€${k.int(1000, 2200)} per month`,
        `a monthly stipend of ${money(k, 1, 3)}`,
      ]);
      const s = sign(
        k,
        lead,
        k.pick(['Team Lead', 'University Programs', 'Lab Manager', 'Engineering Manager']),
        company,
      );
      return {
        from: k.addr(lead),
        to: k.candidate.email,
        subject: k.pick([
          `Internship at ${company.name} 🎉`,
          `${role} – welcome!`,
          `Your ${role} offer`,
          `Summer with ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `We'd love to have you join us as our ${role} this ${k.pick(['summer', 'term', 'year'])}!`,
            `I'm very happy to offer you a place as ${role} at ${company.name}.`,
            `Thanks for the great conversations — the team was unanimous: we would like you to be our ${role}.`,
          ]),
          `Details:\n- Start: ${day(k, start)}\n- Duration: ${weeks} weeks\n- Compensation: ${stipend}\n- Location: ${k.pick(['Hybrid', 'On-site', 'Remote'])}`,
          k.pick([
            "A formal letter will come from HR in the next couple of days. Just reply to let me know you're in!",
            'Please confirm within a week whether you accept; your university may need the agreement signed for credit.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(lead, 'hiring_manager', lead.email, s.phone)]),
      };
    },
  },
  {
    id: 'offer2-public-sector-conditional-appointment',
    label: 'offer',
    note: 'Public-sector/NHS-style conditional (provisional) offer of appointment with pay band/grade and pre-employment checks listed',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-US'] as const));
      const company = k.company();
      const employer = k.pick([
        `${k.pick(['Ashford', 'Kingsbridge', 'Moorland', 'Westgate', 'Upland'])} ${k.pick(['Borough Council', 'NHS Foundation Trust', 'County Council', 'Water Authority'])}`,
        `City of ${k.pick(['Fairhaven', 'Millbrook', 'Riverton'])}`,
      ]);
      const role = k.pick([
        'Registered Nurse',
        'Administrative Officer',
        'Planning Officer',
        'Social Worker',
        'Pharmacy Technician',
        'IT Support Analyst',
        'Finance Officer',
      ]);
      const ref = `${k.digits(3)}-${k.token(4).toUpperCase()}-${k.digits(4)}`;
      const grade = k.pick([
        `Band ${k.int(3, 7)}`,
        `Grade ${k.int(4, 9)}`,
        `Scale ${k.int(3, 6)}, SCP ${k.int(10, 30)}`,
      ]);
      const checks = k.some(
        [
          'satisfactory references covering three years',
          'enhanced DBS (criminal record) check',
          'occupational health clearance',
          'proof of right to work',
          'verification of professional registration',
          'security vetting (BPSS)',
        ],
        3,
        5,
      );
      const officer = k.person(company);
      return {
        from: `${employer} Recruitment <recruitment@${employer.toLowerCase().replace(/[^a-z]/g, '')}.gov.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `Conditional offer of employment – ${ref}`,
          `Provisional offer: ${role}`,
          `${ref} ${role} – Conditional Offer`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Vacancy reference: ${ref}\nPost: ${role}\nPay: ${grade}\nHours: ${k.pick(['37.5 per week', '30 per week', 'full time'])}`,
          k.pick([
            `Further to your recent interview, I am pleased to offer you the post of ${role} with ${employer}, on a conditional basis.`,
            `I am writing to make you a conditional offer of appointment to the above post.`,
          ]),
          `This offer is conditional upon the following pre-employment checks:\n${checks.map((c, i) => `${i + 1}. ${c}`).join('\n')}`,
          'A start date will be agreed with your manager once all checks are complete. Please log in to your account and accept or decline this conditional offer within 5 working days.',
          `Yours sincerely,\n\n${officer.name}\nRecruitment Officer\n${employer}`,
        ),
        expected: exp(employer, role, [who(officer, 'recruiter', null)]),
      };
    },
  },
  {
    id: 'offer2-join-us-without-offer-word',
    label: 'offer',
    note: 'Offer that never uses the word offer: "we\'d love you to join us as X, starting Y", "welcome aboard", salary in passing',
    make(k) {
      const company = k.company();
      const role = k.role();
      const hm = k.person(company);
      const s = sign(k, hm, titleManager(k, role), company);
      const start = k.later(10, 30);
      return {
        from: k.addr(hm),
        to: to(k),
        subject: k.pick([
          'Welcome aboard!',
          `Joining ${company.name}`,
          'Good news',
          `${role} – we'd love to have you`,
          'Re: last week',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `We'd love you to join us as ${role}, starting ${nearDay(k, start)}.`,
            `The team and I have talked it over and we would really like you to come and work with us as our new ${role}. Could you start on ${nearDay(k, start)}?`,
            `It's a yes from us! We want you on the team as ${role}, ideally from ${nearDay(k, start)}.`,
            `I'm delighted to confirm your appointment as ${role} at ${company.name}, commencing ${day(k, start)}.`,
          ]),
          k.pick([
            `We can do ${money(k, 45, 130)} a year plus the usual benefits, as we discussed.`,
            `Salary would be ${money(k, 45, 130)}, with the standard holiday and pension.`,
            'Package is as we discussed on the phone.',
          ]),
          k.pick([
            'Our people team will send the contract over this week — let me know if you are happy to go ahead.',
            "If you're in, just reply here and I'll get the paperwork moving.",
            'Shout if you have any questions before you say yes.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(hm, 'hiring_manager', hm.email, s.phone)]),
      };
    },
  },
  {
    id: 'offer2-call-recap-written-summary',
    label: 'offer',
    note: 'Written recap right after a verbal offer call ("great speaking just now, as discussed…"), bullets, next steps',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const start = k.later(14, 30);
      const deadline = k.later(2, 5);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          'Recap of our call',
          `Offer recap – ${role}`,
          `Following our conversation – ${company.name}`,
          'As discussed',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Great speaking with you just now — congratulations again! As discussed, here is a written summary of the offer for the ${role} role:`,
            `Thanks for taking my call earlier. To recap what we went through for your ${role} offer:`,
          ]),
          [
            `- Salary: ${money(k, 50, 190)}`,
            k.chance(0.6) ? `- Bonus: ${k.pick(['10%', '15%', 'discretionary, up to 20%'])}` : '',
            `- Start date: ${nearDay(k, start)} (flexible)`,
            `- ${k.pick(['Hybrid, 2 days a week in the office', 'Fully remote', 'Office-based'])}`,
            `- ${k.pick(['25 days holiday', '20 days PTO', 'Unlimited PTO'])}`,
          ]
            .filter(Boolean)
            .join('\n'),
          k.pick([
            `Your official offer letter will arrive from our HR system tomorrow. Could you let me know your decision by ${nearDay(k, deadline)}?`,
            `Take the weekend to think it over and let me know by ${nearDay(k, deadline)}. Happy to answer any questions in the meantime.`,
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'offer2-pt-it-nl-proposta',
    label: 'offer',
    note: 'Offer in Portuguese, Italian or Dutch ("temos o prazer", "siamo lieti di offrirle", "aanbod"), contract to follow',
    make(k) {
      const lang = k.pick(['pt', 'it', 'nl'] as const);
      k.as(lang === 'pt' ? 'en-GB' : 'de');
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'business', 'data', 'product'] as const));
      const rec = k.person(company);
      const start = k.later(15, 40);
      const salary = `€${(k.int(28, 85) * 1000).toLocaleString('de-DE')}`;
      const body = {
        pt: [
          `Olá ${k.candidate.first},`,
          `Temos o prazer de lhe fazer uma proposta para a posição de ${role} na ${company.name}.`,
          `Remuneração anual bruta: ${salary}\nData de início prevista: ${start.date('uk-numeric')}`,
          'Em anexo segue a carta-proposta. Pedimos que nos dê uma resposta até ao final da próxima semana.',
          `Com os melhores cumprimentos,\n${rec.name}\nRecursos Humanos | ${company.name}`,
        ],
        it: [
          `Gentile ${k.candidate.name},`,
          `siamo lieti di offrirle la posizione di ${role} presso ${company.name}.`,
          `Retribuzione annua lorda (RAL): ${salary}\nData di inizio: ${start.date('uk-numeric')}\nContratto: tempo indeterminato`,
          'In allegato trova la lettera di offerta; la preghiamo di restituirla firmata entro 7 giorni.',
          `Cordiali saluti,\n${rec.name}\nHR ${company.name}`,
        ],
        nl: [
          `Beste ${k.candidate.first},`,
          `Wat leuk dat we je een aanbod kunnen doen voor de functie ${role} bij ${company.name}!`,
          `Bruto jaarsalaris: ${salary} (incl. 8% vakantiegeld)\nStartdatum: ${start.date('uk-numeric')}\nContract: 12 maanden, met uitzicht op vast`,
          'Het arbeidscontract volgt via e-mail ter ondertekening. Laat je ons weten of je akkoord gaat?',
          `Hartelijke groet,\n${rec.name}\nHR | ${company.name}`,
        ],
      }[lang];
      return {
        from: k.addr(rec),
        to: k.candidate.email,
        subject: {
          pt: k.pick([`Proposta de emprego – ${role}`, `Proposta ${company.name}`]),
          it: k.pick([`Offerta di lavoro – ${role}`, `Proposta di assunzione ${company.name}`]),
          nl: k.pick([`Aanbod ${role}`, `Ons aanbod – ${company.name}`]),
        }[lang],
        date: k.date,
        body: k.paragraphs(...body),
        expected: exp(company.name, role, [who(rec, 'recruiter')]),
      };
    },
  },
  {
    id: 'offer2-contract-engagement-day-rate',
    label: 'offer',
    note: 'Contract/freelance engagement offer: day rate, term, IR35/SOW wording, "we\'d like to engage you"; direct from the client company',
    make(k) {
      const company = k.company();
      const role = k.pick([
        `${k.role('engineering')} (Contract)`,
        `Interim ${k.pick(['Finance Manager', 'Head of Product', 'Project Manager'])}`,
        `Freelance ${k.role('design')}`,
      ]);
      const cleanRole = role.replace(' (Contract)', '');
      const hm = k.person(company);
      const s = sign(
        k,
        hm,
        k.pick(['Delivery Lead', 'Head of Engineering', 'Programme Director', 'Procurement']),
        company,
      );
      const start = k.later(5, 15);
      const rate = k.pick([
        `£${k.int(45, 90) * 10}/day`,
        `$${k.int(70, 160)}/hour`,
        `€${k.int(50, 95) * 10} per day`,
      ]);
      return {
        from: k.addr(hm),
        to: to(k),
        subject: k.pick([
          `Engagement – ${cleanRole}`,
          `Contract offer: ${cleanRole}`,
          'Statement of Work for your review',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Following our conversations, we would like to engage you as ${cleanRole} on the ${k.pick(['payments migration', 'data platform', 'rebrand', 'ERP rollout'])} project.`,
            `We're pleased to offer you a contract as ${cleanRole} with ${company.name}.`,
          ]),
          `Rate: ${rate}\nInitial term: ${k.pick(['3 months', '6 months', '12 weeks'])}, with an option to extend\nStart: ${day(k, start)}\n${k.pick(['Status: outside IR35 (determination attached)', 'Invoicing: monthly, net 30', 'Engagement via your limited company'])}`,
          'Please review the attached Statement of Work and return it signed, along with your certificate of insurance.',
          s.text,
        ),
        expected: exp(company.name, cleanRole, [who(hm, 'hiring_manager', hm.email, s.phone)]),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// Status updates

const statuses: Family[] = [
  {
    id: 'status2-portal-table-stage-change',
    label: 'status_update',
    note: 'Enterprise portal status-change notice as a table: previous status → new status (Hiring Manager Review, Under Consideration)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = src(k, 'oracle', 'ukg', 'paylocity', 'adp');
      const req = reqId(k);
      const prev = k.pick(['Submitted', 'New', 'Application Received', 'Recruiter Screen']);
      const next = k.pick([
        'Hiring Manager Review',
        'Under Consideration',
        'In Review',
        'Shortlisted – Pending Review',
        'Application Reviewed',
      ]);
      const layout = k.pick([
        `Requisition | Job Title | Previous Status | Current Status\n${req} | ${role} | ${prev} | ${next}`,
        `Job: ${role} (${req})\nPrevious status: ${prev}\nCurrent status: ${next}\nUpdated: ${k.sent.date(k.locale === 'en-US' ? 'us-numeric' : 'uk-numeric')}`,
        `| Job Title | ${role} |\n| Requisition ID | ${req} |\n| Status | ${prev} → ${next} |`,
      ]);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          'Application Status Update',
          `Status change: ${role}`,
          `${company.name} – your application has been updated`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.pick([k.hello(true), 'Dear Candidate,']),
          'The status of your application has changed:',
          layout,
          k.pick([
            'No action is required from you at this time. You will be contacted if the hiring team would like to proceed.',
            'We will notify you of any further changes.',
            'You can track progress at any time in your candidate profile.',
          ]),
          `${system.link(company, k.token(12))}`,
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'status2-moved-to-next-step-no-invite',
    label: 'status_update',
    note: '"Your application has moved to the next step" with no invitation, link or time; someone will be in touch',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = k.chance(0.6)
        ? src(k, 'pinpoint', 'comeet', 'breezy', 'jazzhr', 'homerun', 'join')
        : null;
      return {
        from: system ? system.from(company) : `${company.name} Careers <careers@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `You've moved to the next step – ${role}`,
          'Your application has progressed',
          `Good news about your ${company.name} application`,
          `${role}: next stage`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Your application for ${role} has moved to the next step of our process.`,
            `Good news — the team has reviewed your application for ${role} and moved it forward to the next stage.`,
            `We're happy to let you know that your application for ${role} is progressing.`,
          ]),
          k.pick([
            'A member of our team will be in touch in the coming days with more details.',
            "There's nothing you need to do right now; we'll reach out about what comes next.",
            'Our recruiters will contact you directly once the hiring manager has finished reviewing the shortlist.',
          ]),
          k.pick([
            'Thank you for your patience.',
            `In the meantime, you can learn more about life at ${company.name} on our blog.`,
            '',
          ]),
          teamSign(k, company),
          system ? system.footer(company) : '',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'status2-references-being-contacted-no-ask',
    label: 'status_update',
    note: 'Reference stage notice that asks nothing of the candidate: referees have been contacted, we will update you (not a reference_request)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const by = k.later(3, 8);
      const dated = k.chance(0.5);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          'Reference update',
          `${role} – where things stand`,
          `Quick update from ${company.name}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            'Just a quick note to let you know we have now reached out to both of your referees.',
            "We've received one of your references back and are waiting on the second.",
            'Our reference provider has contacted the referees you gave us, and the checks are under way.',
          ]),
          k.pick([
            'Nothing needed from you at this point.',
            'There is nothing you need to do; I just wanted to keep you in the loop.',
            'No action needed on your side.',
          ]),
          dated
            ? `We expect to have everything back and be in touch by ${nearDay(k, by)}.`
            : "I'll be in touch as soon as they're complete.",
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)], dated ? by.ymd : null),
      };
    },
  },
  {
    id: 'status2-background-check-progress-vendor',
    label: 'status_update',
    note: 'Screening vendor progress notices: report in progress / item pending / complete and sent to the employer — no action asked',
    make(k) {
      const company = k.company();
      const vendor = k.pick([
        'ClearPath Screening',
        'VerityCheck',
        'TrueBackground',
        'CertiScreen',
        'Sterlingly Checks',
      ]);
      const vslug = vendor.toLowerCase().replace(/[^a-z]/g, '');
      const state = k.pick(['in progress', 'pending', 'complete'] as const);
      const pend = k.pick([
        'County criminal search – Travis County, TX',
        'Employment verification – previous employer',
        'Education verification',
        'Motor vehicle record',
      ]);
      const role = k.chance(0.4) ? k.role() : null;
      return {
        from: `${vendor} <notifications@${vslug}.example>`,
        to: k.candidate.email,
        subject: {
          'in progress': `Your background check for ${company.name} is in progress`,
          pending: `Update: one item on your ${company.name} report is still pending`,
          complete: `Your background check is complete`,
        }[state],
        date: k.date,
        body: k.paragraphs(
          `[image: ${vendor}]`,
          k.hello(),
          {
            'in progress': `Your background check requested by ${company.name}${role ? ` for the ${role} position` : ''} is in progress. Most checks complete within 3–5 business days.`,
            pending: `Most of your screening for ${company.name} is done. The following item is still pending:\n\n  • ${pend}\n\nDelays like this are common and usually resolve within a few business days.`,
            complete: `Your background check for ${company.name} has been completed and the report has been delivered to the employer. ${company.name} will contact you about next steps.`,
          }[state],
          k.pick(['You do not need to do anything at this time.', 'No action is required.', '']),
          `Track your order: https://candidate.${vslug}.example/orders/${k.token(10)}`,
          `Under the Fair Credit Reporting Act, you may request a copy of your report at any time. ${vendor} does not make hiring decisions.`,
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'status2-hiring-freeze-candid-note',
    label: 'status_update',
    note: 'Recruiter candidly reports a hiring freeze: process paused, candidate kept, sometimes a date to hear more by (no decision)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const by = k.later(10, 20);
      const dated = k.chance(0.4);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          'Hiring freeze – an honest update',
          `${role} – pause`,
          'Update from our side',
          'Re: next steps',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `I want to be upfront with you: ${company.name} announced a company-wide hiring freeze this morning.`,
            'Some news from our side — leadership has frozen all new hiring while they review budgets for next quarter.',
            'Quick heads-up: we have been asked to pause all open searches, including this one, for now.',
          ]),
          k.pick([
            `This is not a reflection on you — you are still very much our preferred candidate for ${role}, and your application stays open.`,
            `Your application for ${role} remains active and nothing about the team's view of you has changed.`,
            `We're keeping your application for ${role} on hold rather than closing it.`,
          ]),
          dated
            ? `We expect to know more by ${nearDay(k, by)}, and I'll update you then either way.`
            : "I don't have a timeline yet, but I'll let you know as soon as I hear anything.",
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)], dated ? by.ymd : null),
      };
    },
  },
  {
    id: 'status2-thanks-for-your-patience',
    label: 'status_update',
    note: '"Thanks for your patience" holding note: still interviewing/finalising, next week-ish, sometimes a date',
    make(k) {
      const company = k.company();
      const role = k.role();
      const fromSystem = k.chance(0.35);
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const by = k.later(4, 10);
      const dated = k.chance(0.5);
      return {
        from: fromSystem ? `${company.name} Talent Team <talent@${company.domain}>` : k.addr(rec),
        to: to(k),
        subject: k.pick([
          'Thanks for your patience',
          `${role} – still with us?`,
          'A quick update',
          `Re: ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `Thank you for your patience while we work through the ${role} process.`,
            'Thanks so much for bearing with us — I know it has been a little while.',
            `Thanks for your patience! We're still finishing up interviews for ${role}.`,
          ]),
          k.pick([
            'We have a couple more conversations scheduled this week before the team can compare notes.',
            'The hiring manager has been travelling, so debriefs have taken longer than usual.',
            'We are still finalising interviews with a few remaining candidates.',
          ]),
          dated
            ? `We expect to come back to everyone by ${nearDay(k, by)}.`
            : "We'll be back in touch as soon as we can.",
          fromSystem ? teamSign(k, company) : s.text,
        ),
        expected: exp(
          company.name,
          role,
          fromSystem ? [] : [who(rec, 'recruiter', rec.email, s.phone)],
          dated ? by.ymd : null,
        ),
      };
    },
  },
  {
    id: 'status2-recruiter-handover',
    label: 'status_update',
    note: '"I\'m taking over your application": new recruiter introduces themself after the previous one left or moved; previous recruiter named',
    make(k) {
      const company = k.company();
      const role = k.role();
      const fresh = k.person(company);
      const old = k.person(company);
      const s = sign(k, fresh, titleRecruiter(k), company, k.chance(0.6));
      const ccOld = k.chance(0.3);
      return {
        from: k.addr(fresh),
        to: to(k),
        cc: ccOld ? k.addr(old) : undefined,
        subject: k.pick([
          `Introduction – your ${role} application`,
          'New point of contact',
          `${company.name}: I'm taking over from ${old.first}`,
          'Hello from your new recruiter',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `My name is ${fresh.first} and I'm taking over your application for ${role} from ${old.name}, who ${k.pick(['has left the company', 'has moved to another team', 'is going on parental leave'])}.`,
            `${old.first} ${old.last} has handed your application over to me, so I'll be your point of contact from now on.`,
            `I'm ${fresh.name}, and I'll be looking after the ${role} search going forward${ccOld ? ` (${old.first}, cc'd, is moving on)` : ''}.`,
          ]),
          k.pick([
            "I've read through your notes and everything is still on track; there's nothing you need to redo.",
            'Your application is still under review with the hiring team, and I will update you as soon as there is news.',
            "I'm catching up with the hiring manager this week and will be in touch after that.",
          ]),
          k.pick([
            'Feel free to reach out with any questions.',
            'Please update any saved contacts to my address.',
            '',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [
          who(fresh, 'recruiter', fresh.email, s.phone),
          who(old, 'recruiter', ccOld ? old.email : null),
        ]),
      };
    },
  },
  {
    id: 'status2-smb-ats-stage-notification',
    label: 'status_update',
    note: 'Short stage-change notification from a small-business ATS; stage names without any invitation ("Stage: Hiring manager review")',
    make(k) {
      const company = k.company();
      const role = k.role();
      const system = src(k, 'breezy', 'jazzhr', 'zoho', 'manatal', 'join', 'homerun');
      const stage = k.pick([
        'Reviewed',
        'Hiring manager review',
        'Shortlisted',
        'Under review',
        'Team review',
        'Qualified',
      ]);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your application for ${role} was updated`,
          `${company.name}: application update`,
          `Status: ${stage}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.pick([`Hi ${k.candidate.first},`, 'Hi,', '']),
          k.pick([
            `Your application for ${role} at ${company.name} moved to: ${stage}.`,
            `Update: ${company.name} has moved your application for ${role} to the "${stage}" stage.`,
            `Application: ${role}\nCompany: ${company.name}\nStage: ${stage}`,
          ]),
          k.pick([
            'You will hear from the team directly if they want to take the next step.',
            'Nothing to do for now.',
            '',
          ]),
          system.footer(company),
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'status2-pt-it-nl-em-analise',
    label: 'status_update',
    note: 'Status update in Portuguese, Italian or Dutch: application under review, still in process, sometimes a date',
    make(k) {
      const lang = k.pick(['pt', 'it', 'nl'] as const);
      k.as(lang === 'pt' ? 'en-GB' : 'de');
      const company = k.company();
      const role = k.role(k.pick(['engineering', 'business', 'data'] as const));
      const by = k.later(5, 12);
      const dated = k.chance(0.5);
      const d = by.date('uk-numeric');
      const body = {
        pt: [
          `Olá ${k.candidate.first},`,
          `Queremos informar que a sua candidatura para ${role} está em análise pela equipa de recrutamento.`,
          dated
            ? `Prevemos dar-lhe uma resposta até ${d}.`
            : 'Entraremos em contacto assim que houver novidades.',
          `Obrigado pela sua paciência,\nEquipa de Recrutamento ${company.name}`,
        ],
        it: [
          `Gentile ${k.candidate.first},`,
          `la informiamo che la sua candidatura per la posizione di ${role} è attualmente in fase di valutazione.`,
          dated
            ? `Contiamo di darle un riscontro entro il ${d}.`
            : 'Sarà nostra cura ricontattarla non appena possibile.',
          `Cordiali saluti,\nUfficio Selezione – ${company.name}`,
        ],
        nl: [
          `Hoi ${k.candidate.first},`,
          `Even een update: we zijn je sollicitatie voor ${role} nog aan het bekijken. Er is nog geen beslissing genomen.`,
          dated ? `We laten uiterlijk ${d} van ons horen.` : 'Je hoort zo snel mogelijk van ons.',
          `Groet,\nTeam ${company.name}`,
        ],
      }[lang];
      return {
        from: `${company.name} <jobs@${company.domain}>`,
        to: k.candidate.email,
        subject: {
          pt: k.pick(['A sua candidatura está em análise', `Atualização – ${role}`]),
          it: k.pick(['Aggiornamento sulla sua candidatura', `Candidatura ${role} – in valutazione`]),
          nl: k.pick(['Update over je sollicitatie', `Sollicitatie ${role}`]),
        }[lang],
        date: k.date,
        body: k.paragraphs(...body),
        expected: exp(company.name, role, [], dated ? by.ymd : null),
      };
    },
  },
  {
    id: 'status2-considered-for-another-team',
    label: 'status_update',
    note: 'Application shared with another team or role as well; no decision on either, nothing scheduled',
    make(k) {
      const company = k.company();
      const role = k.role();
      const other = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Your application – ${role}`,
          'An update and a question of fit',
          `${company.name} – sharing your profile`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `While the ${role} team is still reviewing applications, I've also shared your profile with the hiring manager for our ${other} opening, as I think there's overlap.`,
            `Quick update: your application for ${role} is still being reviewed. In the meantime another team (${other}) asked to look at your CV too.`,
          ]),
          k.pick([
            "You don't need to do anything — this doesn't affect your original application.",
            "If you'd rather not be considered for the second role, just let me know; otherwise no action needed.",
          ]),
          k.pick([
            "I'll come back to you once I've heard from both teams.",
            'I will update you as soon as I hear back.',
          ]),
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'status2-assessment-results-received',
    label: 'status_update',
    note: 'After a test or take-home: results received, team reviewing; no decision, no new assessment',
    make(k) {
      const company = k.company();
      const role = k.role();
      const what = k.pick([
        'online assessment',
        'coding exercise',
        'take-home task',
        'case study',
        'personality questionnaire',
        'numerical reasoning test',
      ]);
      const by = k.later(3, 8);
      const dated = k.chance(0.4);
      const system = k.chance(0.5) ? src(k, 'pinpoint', 'comeet', 'zoho', 'oracle') : null;
      return {
        from: system ? system.from(company) : `${company.name} Recruiting <recruiting@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `We've received your ${what}`,
          `${role}: assessment received`,
          `Thanks for completing the ${what}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          `Thank you for completing the ${what} for the ${role} role — we've received your submission.`,
          k.pick([
            'The hiring team is now reviewing the results together with your application.',
            'Submissions are reviewed by two members of the team independently, which usually takes a few days.',
          ]),
          dated
            ? `You can expect to hear from us by ${day(k, by)}.`
            : 'We will be in touch once the review is complete.',
          teamSign(k, company),
          system ? system.footer(company) : '',
        ),
        expected: exp(company.name, role, [], dated ? by.ymd : null),
      };
    },
  },
  {
    id: 'status2-job-reposted-reassurance',
    label: 'status_update',
    note: "Reassurance that a re-posted advert does not affect the candidate's application, still under review",
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `Re: ${role} reposted?`,
          `About the ${role} listing`,
          'Your application is still active',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `You may have noticed that the ${role} advert went live again on a few job boards this week.`,
            `Thanks for your message — yes, the ${role} listing was reposted.`,
          ]),
          k.pick([
            "That's just to widen the pool for a second opening on the same team; it doesn't change anything for your application, which is still with the hiring manager.",
            'This is an automatic refresh our job boards do every 30 days. Your application is still active and under review.',
          ]),
          "I'll be in touch as soon as there's an update.",
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'status2-decision-date-moved',
    label: 'status_update',
    note: 'Timeline shifted: the old date is mentioned, a NEW expected decision date is given (decisionBy is the new one)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const oldDate = k.later(0, 2);
      const by = k.later(6, 14);
      const system = k.chance(0.3);
      return {
        from: system ? `${company.name} Careers <careers@${company.domain}>` : k.addr(rec),
        to: to(k),
        subject: k.pick(['Change to our timeline', `${role} – revised timeline`, 'Update on timing']),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            `We had hoped to make a decision on the ${role} role by ${nearDay(k, oldDate)}, but our timeline has moved.`,
            `When we last spoke I said we'd have news by ${nearDay(k, oldDate)}. Unfortunately that's slipped.`,
          ]),
          k.pick([
            'One of the panel members was unwell, so the final interviews have been pushed back a week.',
            'We added one more interview to the process, for all remaining candidates.',
            'Budget sign-off for the role is taking longer than expected.',
          ]),
          `We now expect to confirm the outcome by ${day(k, by)}.`,
          'Thank you for your understanding.',
          system ? teamSign(k, company) : s.text,
        ),
        expected: exp(company.name, role, system ? [] : [who(rec, 'recruiter', rec.email, s.phone)], by.ymd),
      };
    },
  },
  {
    id: 'status2-government-referred-to-hiring-manager',
    label: 'status_update',
    note: 'Government portal "Notice of Results": eligible and referred to the selecting official — progress, no decision, no interview',
    make(k) {
      k.as(k.pick(['en-US', 'en-US', 'en-AU', 'en-CA'] as const));
      const agency = `${k.pick(['State', 'County', 'Federal'])} ${k.pick(['Department of Transportation', 'Department of Health Services', 'Parks and Recreation', 'Office of Budget'])}`;
      const slug = agency
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .slice(0, 20);
      const role = k.pick([
        'Program Analyst',
        'Administrative Officer',
        'IT Specialist',
        'Caseworker',
        'Financial Analyst',
        'Engineering Technician',
      ]);
      const ann = `${k.token(3).toUpperCase()}-${k.digits(2)}-${k.digits(6)}`;
      return {
        from: `${agency} <no-reply@careers.${slug}.gov.example>`,
        to: k.candidate.email,
        subject: k.pick([
          `Notice of Results – ${ann}`,
          `Application Status: Referred – ${role}`,
          'Your application status has changed',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Announcement: ${ann}\nPosition: ${role}\nStatus: ${k.pick(['Eligible – Referred', 'Referred to Hiring Manager', 'Qualified – Referred'])}`,
          k.pick([
            'Your application has been reviewed, and you have been found eligible and qualified. Your name has been referred to the selecting official for further consideration.',
            'We have determined you are among the best qualified applicants and your application has been forwarded to the hiring manager.',
          ]),
          'Being referred does not guarantee an interview or a job offer. If the hiring manager wants to interview you, you will be contacted directly. You will receive another notice once a final decision is made.',
          'Please do not reply to this automated message.',
        ),
        expected: exp(agency, role),
      };
    },
  },
  {
    id: 'status2-documents-verified-no-action',
    label: 'status_update',
    note: 'Onboarding-free pre-hire notice: right-to-work/qualification documents verified, file passed to the next step; nothing asked',
    make(k) {
      const company = k.company();
      const role = k.role();
      const docs = k
        .some(
          [
            'passport',
            'right-to-work share code',
            'degree certificate',
            'professional registration',
            'driving licence',
          ],
          1,
          3,
        )
        .join(', ');
      const coord = k.person(company);
      const named = k.chance(0.5);
      return {
        from: named ? k.addr(coord) : `${company.name} Resourcing <resourcing@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          'Documents verified',
          `${role} – document check complete`,
          'Your pre-employment documents',
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          `Thank you for providing your ${docs}. We have now verified these documents for your application for ${role}.`,
          k.pick([
            'Your file has been passed back to the hiring team, who will confirm the next steps with you.',
            'This completes the document stage. The remaining stages of the process are unchanged and the hiring team will be in touch.',
          ]),
          'No further action is needed from you at this time.',
          named ? `Regards,\n${coord.name}\nResourcing Coordinator\n${company.name}` : teamSign(k, company),
        ),
        expected: exp(company.name, role, named ? [who(coord, 'recruiter')] : []),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// Traps labelled by what they truly are

const traps: Family[] = [
  {
    id: 'trap2-received-silence-means-unsuccessful',
    label: 'application_received',
    note: 'TRAP: acknowledgement of receipt that says "if you do not hear from us within 4 weeks, please consider your application unsuccessful"',
    make(k) {
      k.as(k.pick(['en-GB', 'en-GB', 'en-AU', 'en-IN', 'en-US'] as const));
      const company = k.company();
      const role = k.role();
      const weeks = k.pick(['two', 'three', 'four', '4', '6', '14 days', '30 days']);
      const period = /days/.test(weeks) ? weeks : `${weeks} weeks`;
      const system = k.chance(0.5) ? src(k, 'pinpoint', 'zoho', 'manatal', 'jazzhr') : null;
      return {
        from: system ? system.from(company) : `${company.name} Recruitment <recruitment@${company.domain}>`,
        to: k.candidate.email,
        subject: k.pick([
          `Application received – ${role}`,
          `Thank you for your application: ${role}`,
          `Acknowledgement – ${role}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(true),
          k.pick([
            `Thank you for applying for the position of ${role} at ${company.name}. This email confirms that we have received your application.`,
            `We acknowledge receipt of your application for ${role}.`,
          ]),
          'Our team will review all applications after the closing date.',
          k.pick([
            `Due to the volume of applications, only shortlisted candidates will be contacted. If you have not heard from us within ${period} of the closing date, please consider your application unsuccessful.`,
            `If you do not hear from us within ${period}, please assume that your application has not been successful on this occasion.`,
            `Please note that if we do not contact you within ${period}, your application has unfortunately been unsuccessful.`,
          ]),
          'Thank you for your interest in joining us.',
          teamSign(k, company),
          system ? system.footer(company) : '',
        ),
        expected: exp(company.name, role),
      };
    },
  },
  {
    id: 'trap2-no-decision-made-yet',
    label: 'status_update',
    note: 'TRAP: reply to the candidate asking whether they got the job: "no decision has been made yet" (negation of decision words)',
    make(k) {
      const company = k.company();
      const role = k.role();
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const asked = earlier(k, 1, 3);
      const q = k.pick([
        `Hi ${rec.first},\nI hope you're well. I wanted to check in on the ${role} role — has a decision been made? I'm still very interested.\nThanks,\n${k.candidate.first}`,
        `Hello, just following up on my interview for ${role}. Any news?\n${k.candidate.name}`,
      ]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: `Re: ${k.pick([`${role} – following up`, 'Checking in', `${role} interview`])}`,
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          k.pick([
            'Thanks for checking in! No decision has been made yet — we are still interviewing a couple of candidates.',
            "Good to hear from you. To be transparent, we haven't made a decision yet; the team meets again next week.",
            "No final decision yet, I'm afraid. You are definitely still in the process.",
            'Nothing has been decided so far — we have not rejected anyone or made any offers at this stage.',
          ]),
          k.pick(["I'll let you know as soon as I have news.", 'Thanks for your patience.', 'Speak soon.']),
          s.text,
          k.quote(q, k.candidate, asked),
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
  {
    id: 'trap2-rejected-other-role-invited-this-one',
    label: 'interview_request',
    note: 'TRAP: rejection for one role AND invitation to interview for another in the same mail; no time fixed (booking link or availability)',
    make(k) {
      const company = k.company();
      const first = k.role();
      let role = k.role();
      if (role === first) role = `Senior ${first}`;
      const rec = k.person(company);
      const s = sign(k, rec, titleRecruiter(k), company);
      const link = k.chance(0.5);
      const rejectFirst = k.chance(0.6);
      const rej = k.pick([
        `We won't be moving forward with your application for ${first} — the team went with someone with more direct experience.`,
        `Unfortunately the ${first} position has been filled, so that application is now closed.`,
        `You weren't selected for the ${first} role.`,
      ]);
      const inv = k.pick([
        `However, the hiring manager for our ${role} opening saw your profile and would like to interview you for that role instead.`,
        `The good news: we think you'd be a strong fit for ${role}, and we'd like to invite you to an interview for it.`,
      ]);
      return {
        from: k.addr(rec),
        to: to(k),
        subject: k.pick([
          `${first} / ${role}`,
          `Your application – and another opportunity`,
          `Interview invitation: ${role}`,
          `Re: ${first}`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.hello(),
          rejectFirst ? rej : inv,
          rejectFirst ? inv : `As for ${first}: ${rej.charAt(0).toLowerCase()}${rej.slice(1)}`,
          link
            ? `If you're interested, please pick a 45-minute slot here: https://calendly.com/${rec.first.toLowerCase()}-${company.slug}/interview`
            : 'If that sounds interesting, could you send me a few times that work for you next week?',
          s.text,
        ),
        expected: exp(company.name, role, [who(rec, 'recruiter', rec.email, s.phone)]),
      };
    },
  },
];

/**
 * What a careful reader can write down is only what the email shows: a role or company that
 * the chosen wording left out of the subject, sender and body becomes null.
 */
function grounded(f: Family): Family {
  return {
    ...f,
    make(k) {
      const s = f.make(k);
      const text = `${s.from}\n${s.subject}\n${s.body}`.toLowerCase();
      const e = s.expected;
      if (e.role && !text.includes(e.role.toLowerCase())) e.role = null;
      if (e.company && !text.includes(e.company.toLowerCase())) e.company = null;
      return s;
    },
  };
}

export const families: Family[] = [...rejections, ...offers, ...statuses, ...traps].map(grounded);
