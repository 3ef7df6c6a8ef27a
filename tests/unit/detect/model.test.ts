import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { Email } from '@/lib/detect/email';
import { bucketOf, featuresOf, HASH_BITS, SHAPE, SUBJECT, wordHash } from '@/lib/detect/features';
import {
  decodeBase64,
  encodeBase64,
  loadModel,
  type Model,
  ModelFile,
  probabilities,
  shippedModel,
} from '@/lib/detect/model';
import shipped from '@/lib/detect/model.json';

const email = (subject: string, body: string, from = 'Sam Doe <sam@northwind.example>') =>
  Email.parse({ from, to: 'me@example.org', subject, date: '2026-03-02T10:00:00-05:00', body });

describe('features', () => {
  it('remembers which sentence each word came from, so verdicts can quote it', () => {
    const f = featuresOf(email('Hello', 'First line here.\nUnfortunately we chose another candidate.'));
    expect(f.sentences).toEqual(['First line here.', 'Unfortunately we chose another candidate.']);
    const sources = new Set(Array.from(f.sources.subarray(0, f.size)));
    expect(sources).toContain(0);
    expect(sources).toContain(1);
    expect(sources).toContain(SUBJECT);
    expect(sources).toContain(SHAPE);
  });

  it('never reads the quoted part of a reply', () => {
    const reply = featuresOf(
      email(
        'Re: x',
        'Thanks!\n\nOn Mon, Mar 2, 2026 at 9:14 AM Amy <amy@x.example> wrote:\n> We regret to inform you.',
      ),
    );
    expect(reply.sentences).toEqual(['Thanks!']);
  });

  it('sets conditional sentences apart from statements', () => {
    const statement = featuresOf(email('', 'You were not selected.'));
    const conditional = featuresOf(email('', 'If you were not selected, we will not write.'));
    const words = (f: ReturnType<typeof featuresOf>) => new Set(Array.from(f.buckets.subarray(0, f.size)));
    // "not selected" as a statement and inside a conditional land in different buckets.
    const shared = [...words(statement)].filter((b) => words(conditional).has(b));
    expect(shared.length).toBeLessThan(words(statement).size / 2);
  });

  it('hashes words the same whether scanned or looked up, folding numbers', () => {
    expect(wordHash('2026')).toBe(wordHash('7'));
    expect(wordHash('offer')).not.toBe(wordHash('offers'));
    expect(bucketOf('k:ats')).toBeLessThan(1 << HASH_BITS);
  });

  it('reads at most a bounded amount of a huge email', () => {
    const f = featuresOf(email('Digest', 'word. '.repeat(80_000)));
    expect(f.size).toBeLessThan(20_000);
  });

  it('guards: no job words, media interviews and offers that are not offers', () => {
    expect(featuresOf(email('Lunch', 'See you at noon.')).guards.noJobContext).toBe(true);
    expect(featuresOf(email('Podcast', 'Join our podcast for an interview.')).guards.notAJobInterview).toBe(
      'podcast',
    );
    expect(
      featuresOf(email('Role', 'We will not be extending an offer for the role.')).guards.negatedOffer,
    ).toBe(true);
  });

  it.each([
    [
      'a university that hires',
      'Interview: Cedar University',
      'Your Designer interview with Cedar University is on Friday.',
      null,
    ],
    [
      'a dial-in participant code',
      'Interview confirmed',
      'Your interview is on Friday.\nParticipant code: 4411',
      null,
    ],
    [
      'a research study in the subject',
      'Research study: 30 minutes',
      'Could we interview you about the app?',
      'research study',
    ],
    [
      'a journalist beside the interview',
      'Quick question',
      'I am a journalist and would love to interview you.',
      'journalist',
    ],
  ])('a media or research interview is told apart from %s', (_, subject, body, expected) => {
    expect(featuresOf(email(subject, body)).guards.notAJobInterview).toBe(expected);
  });

  it.each([
    'After review, we have decided to continue with other applicants.',
    'Another applicant has been selected for the position.',
    'Sadly we are unable to take this further.',
    'The position has since been filled.',
  ])('a decision said in concepts we know counts as said: "%s"', (sentence) => {
    expect(featuresOf(email('Your application', sentence)).phrases.has('label:rejection')).toBe(true);
  });

  it('a decision shape inside a conditional sentence does not count as said', () => {
    const f = featuresOf(
      email('Your application', 'If another applicant is selected, we will write to you.'),
    );
    expect(f.phrases.has('label:rejection')).toBe(false);
  });
});

describe('the model file', () => {
  it('round-trips bytes through base64', () => {
    const bytes = Uint8Array.from({ length: 257 }, (_, i) => (i * 37) % 256);
    expect(Array.from(decodeBase64(encodeBase64(bytes)))).toEqual(Array.from(bytes));
  });

  it('refuses a file whose weights do not fit its labels', () => {
    const file = ModelFile.parse(shipped);
    expect(() => loadModel({ ...file, weights: encodeBase64(new Uint8Array(10)) })).toThrow(/wrong size/);
    expect(() => loadModel({ ...file, hashBits: 3 })).toThrow();
  });

  it('ships a versioned, calibrated model over every label', () => {
    const model = shippedModel();
    expect(model.version).toMatch(/^2\.[0-9a-z]+$/);
    expect(model.labels).toContain('rejection');
    expect(model.temperature).toBeGreaterThan(0);
    expect(model.weights.length).toBe((1 << HASH_BITS) * model.labels.length);
  });

  it('turns scores into probabilities that sum to one, flatter at a higher temperature', () => {
    const sharp = probabilities([2, 1, 0]);
    const flat = probabilities([2, 1, 0], 3);
    expect(sharp.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(flat[0]!).toBeLessThan(sharp[0]!);
  });
});

describe('the rejection and offer bars', () => {
  /** A model that leans to `label` on every word, by `strength` per feature. */
  function leaning(label: string, strength: number, bar: { min: number; unsaidMin: number }): Model {
    const labels = shippedModel().labels;
    const L = labels.length;
    const weights = new Float32Array((1 << HASH_BITS) * L);
    const at = labels.indexOf(label as (typeof labels)[number]);
    for (let b = 0; b < 1 << HASH_BITS; b++) weights[b * L + at] = strength;
    const bars = { rejection: bar, offer: bar };
    return { version: 'test', labels, temperature: 1, bars, weights, scales: new Float32Array(L).fill(1) };
  }
  const plain = email(
    'Your application',
    'Thanks for your time with the team about the Analyst role last week.',
  );
  const said = email(
    'Your application',
    'We regret to inform you that we will not be moving forward with your candidacy for the role.',
  );

  it('withholds a rejection below its bar as a status update, quoting what made it look like one', () => {
    const verdict = classify(plain, leaning('rejection', 1, { min: 1, unsaidMin: 1 }));
    expect(verdict.label).toBe('status_update');
    expect(verdict.evidence.length).toBeGreaterThan(0);
    for (const e of verdict.evidence) expect(e.label).toBe('rejection');
  });

  it('asks for a known decision phrase below the higher bar', () => {
    const bars = { min: 0, unsaidMin: 1 };
    expect(classify(plain, leaning('rejection', 0.2, bars)).label).toBe('status_update');
    expect(classify(said, leaning('rejection', 0.2, bars)).label).toBe('rejection');
  });
});
