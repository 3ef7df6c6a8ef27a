/**
 * One worked family, as a model for the others: a Greenhouse-style rejection after an
 * application, wording varied inside the family.
 */
import type { Family } from '../kit';

export const families: Family[] = [
  {
    id: 'ats-rejection-after-application-plain',
    label: 'rejection',
    note: 'ATS rejection after an application: courtesy first, the decision in the middle, footer after',
    make(k) {
      const company = k.company();
      const system = k.system('greenhouse', 'lever', 'ashby', 'workday');
      const role = k.role();
      const opening = k.pick([
        `Thank you for your interest in the ${role} position at ${company.name}.`,
        `Thanks so much for applying to ${company.name} for the ${role} role.`,
        `We appreciate you taking the time to apply for ${role} at ${company.name}.`,
      ]);
      const decision = k.pick([
        'After careful review, we have decided to move forward with other candidates whose experience more closely matches our current needs.',
        'Unfortunately, we will not be moving forward with your application at this time.',
        'We regret to inform you that you have not been selected to progress to the next stage.',
      ]);
      return {
        from: system.from(company),
        to: k.candidate.email,
        subject: k.pick([
          `Your application to ${company.name}`,
          `${company.name} - ${role}`,
          `Update on your application`,
        ]),
        date: k.date,
        body: k.paragraphs(
          k.header(company),
          k.hello(),
          opening,
          decision,
          k.pick([
            'We wish you the best in your search.',
            'We encourage you to apply for future openings.',
            '',
          ]),
          k.pick(['Best,', 'Regards,', 'Sincerely,']) + `\n${company.name} Talent Acquisition`,
          k.footer(company, system),
        ),
        expected: { company: company.name, role, interviewAt: null, decisionBy: null, people: [] },
      };
    },
  },
];
