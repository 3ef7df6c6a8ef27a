import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { Email, type EmailLabel } from '@/lib/detect/email';
import { evaluate } from '@/lib/detect/evaluate';

const email = (subject: string, body: string, from = 'Sam Doe <sam@northwind.example>') =>
  Email.parse({ from, to: 'me@example.org', subject, date: '2026-03-02T10:00:00-05:00', body });

describe('classify: one label per kind of email', () => {
  it.each<[string, string, string, EmailLabel, string?]>([
    [
      'a confirmation of application',
      'Thank you for applying to Northwind',
      'We have received your application for Analyst and will review it shortly.',
      'application_received',
    ],
    [
      'an invitation to interview',
      'Next steps',
      "We'd like to invite you to a first interview. Could you share your availability for next week?",
      'interview_request',
    ],
    [
      'a second round',
      'Update',
      "Great news: we'd like to move forward with you to the next round of interviews.",
      'interview_request',
    ],
    [
      'a confirmed interview',
      'Interview confirmed: Tue Mar 3, 2pm ET',
      'Your interview is confirmed for Tuesday, March 3 at 2pm ET. Zoom: https://zoom.us/j/123',
      'interview_scheduled',
    ],
    [
      'a coding test',
      'Your coding challenge',
      'Please complete the online assessment within 5 days using the link below.',
      'assessment',
    ],
    [
      'a request for references',
      'References',
      'Could you send us the contact details of two references before Friday?',
      'reference_request',
    ],
    [
      'a rejection',
      'Your application',
      'Unfortunately, we have decided to move forward with other candidates.',
      'rejection',
    ],
    [
      'an offer',
      'Offer',
      'We are delighted to offer you the position of Analyst. Your offer letter is attached.',
      'offer',
    ],
    [
      'a status update',
      'Quick update',
      'The team is still interviewing, and we expect to make a decision by the end of next week.',
      'status_update',
    ],
    [
      'recruiter outreach',
      'Opportunity at a fintech',
      'I came across your profile and would you be interested in a quick call about a senior role?',
      'recruiter_outreach',
    ],
    [
      'a job alert',
      '12 new jobs for "data analyst"',
      'Jobs you may be interested in: Data Analyst at Contoso. See all jobs.',
      'job_alert',
      'LinkedIn <jobalerts-noreply@linkedin.com>',
    ],
    ['a receipt', 'Your order', 'Thanks for your order #1234. It ships tomorrow.', 'other'],
    // Spanish, French and German.
    [
      'a Spanish rejection',
      'Su candidatura',
      'Lamentablemente, hemos decidido continuar con otros candidatos.',
      'rejection',
    ],
    [
      'a French invitation',
      'Entretien',
      'Nous aimerions vous inviter à un entretien la semaine prochaine.',
      'interview_request',
    ],
    [
      'a German rejection',
      'Ihre Bewerbung',
      'Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.',
      'rejection',
    ],
    [
      'a German confirmation',
      'Bewerbung',
      'Vielen Dank für Ihre Bewerbung. Wir melden uns bald.',
      'application_received',
    ],
  ])('%s', (_name, subject, body, expected, from) => {
    const verdict = classify(email(subject, body, from));
    expect(verdict.label).toBe(expected);
    // The evidence quotes the email itself.
    const quoted = verdict.evidence.filter((e) => e.label === expected && e.where !== 'from');
    if (expected !== 'other') expect(quoted.length).toBeGreaterThan(0);
    for (const e of quoted) expect(`${subject}\n${body}`).toContain(e.quote);
  });
});

describe('classify: the traps', () => {
  it.each<[string, string, string, EmailLabel]>([
    [
      'a confirmation that says what happens if not selected is not a rejection',
      'Application received',
      'Thanks for applying! If you are not selected for an interview, we will not be able to contact you individually.',
      'application_received',
    ],
    [
      'a next round is not an offer',
      'Good news',
      "We're excited to move forward with you into the final round of interviews. What times work best for you?",
      'interview_request',
    ],
    [
      'a podcast interview is not a job interview',
      'Interview on our podcast?',
      "We'd love to invite you for an interview on our podcast episode about data.",
      'other',
    ],
    [
      'a user-research interview is not a job interview',
      'Research study',
      "We'd like to invite you to a 30-minute interview about your experience with our app as part of a research study.",
      'other',
    ],
    [
      'a discount "offer" is not a job offer',
      'Special offer',
      'We offer 20% off all courses this week only.',
      'other',
    ],
  ])('%s', (_name, subject, body, expected) => {
    expect(classify(email(subject, body)).label).toBe(expected);
  });

  it('reads interview tips as a mailing, never as an invitation', () => {
    // Career newsletters are `job_alert` in our corpus, everyday ones `other`: either way,
    // "interview" in a newsletter must not make an interview to track.
    const label = classify(
      email(
        'How to ace your next interview',
        'This week in our newsletter: 7 questions to prepare for your interview. Unsubscribe anytime.',
      ),
    ).label;
    expect(['job_alert', 'other']).toContain(label);
  });

  it('decides by the new text of a reply, never the quoted message', () => {
    const body = [
      'Thanks Amy, that works for me. Looking forward to it.',
      '',
      'On Mon, Mar 2, 2026 at 9:14 AM Amy Lee <amy@northwind.example> wrote:',
      '> Unfortunately, we have decided to move forward with other candidates.',
    ].join('\n');
    expect(classify(email('Re: Your application', body)).label).not.toBe('rejection');
  });

  it('leans away from rejection and offer when the evidence is mixed', () => {
    // One rejection phrase against strong status-update wording: not a rejection.
    const verdict = classify(
      email(
        'Update on your application',
        'We are still reviewing applications and expect to make a decision soon. Sadly, we have been slower than we hoped.',
      ),
    );
    expect(verdict.label).toBe('status_update');
  });
});

describe('confidence', () => {
  it('is higher for a clear email than for a vague one, and within 0–1', () => {
    const clear = classify(
      email('Offer of employment', 'We are delighted to offer you the role. The offer letter is attached.'),
    );
    const vague = classify(email('Hello', 'Any interview news?'));
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
    for (const c of [clear.confidence, vague.confidence]) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});

describe('evaluate', () => {
  it('computes precision, recall, macro-F1 and the confusion matrix', () => {
    const result = evaluate([
      { expected: 'offer', predicted: 'offer' },
      { expected: 'offer', predicted: 'status_update' },
      { expected: 'rejection', predicted: 'rejection' },
      { expected: 'status_update', predicted: 'rejection' },
    ]);
    const offer = result.perLabel.find((s) => s.label === 'offer')!;
    const rejection = result.perLabel.find((s) => s.label === 'rejection')!;
    expect([offer.precision, offer.recall, offer.support]).toEqual([1, 0.5, 2]);
    expect([rejection.precision, rejection.recall]).toEqual([0.5, 1]);
    expect(result.confusion.status_update.rejection).toBe(1);
    expect(result.accuracy).toBe(0.5);
    // Macro-F1 over the three labels present: offer 2/3, rejection 2/3, status_update 0.
    expect(result.macroF1).toBeCloseTo(4 / 9, 5);
  });
});
