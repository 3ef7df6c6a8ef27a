import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { EmailLabel } from '@/lib/detect/email';
import { evaluate } from '@/lib/detect/evaluate';
import { loadCorpus } from '../../support/corpus';

/**
 * The floors we reached and recorded (README, "Email understanding"). The suite fails if
 * a change makes the classifier worse on our corpus; raise them when it gets better.
 */
const FLOORS = { macroF1: 0.68, rejectionPrecision: 0.95, offerPrecision: 1 };

const corpus = loadCorpus();

describe('the labelled email corpus', () => {
  it('has at least 300 emails with unique ids, covering every label', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((e) => e.label))).toEqual(new Set(EmailLabel.options));
  });

  it('is classified at or above the recorded floors', () => {
    const result = evaluate(
      corpus.map((email) => ({ expected: email.label, predicted: classify(email).label })),
    );
    const precision = (label: string) => result.perLabel.find((s) => s.label === label)!.precision;
    expect(result.macroF1).toBeGreaterThanOrEqual(FLOORS.macroF1);
    // A wrong rejection or offer is worse than a missed one.
    expect(precision('rejection')).toBeGreaterThanOrEqual(FLOORS.rejectionPrecision);
    expect(precision('offer')).toBeGreaterThanOrEqual(FLOORS.offerPrecision);
  });
});
