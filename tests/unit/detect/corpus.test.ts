import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { EmailLabel } from '@/lib/detect/email';
import { evaluate } from '@/lib/detect/evaluate';
import { atsSender } from '@/lib/detect/senders';
import { senderOf } from '@/lib/detect/text';
import { generate } from '../../../scripts/corpus/generate';
import { trainable } from '../../../scripts/train-detect';
import { loadCorpus } from '../../../scripts/support/corpus';

/**
 * The floors we reached on mail the model never learnt from, and recorded (README, "Email
 * understanding"). The suite fails if a change makes the classifier worse; raise them when
 * it gets better.
 */
const FLOORS = { macroF1: 0.81, rejectionPrecision: 0.93, offerPrecision: 0.93, rejectionRecall: 0.72 };

const corpus = loadCorpus();
const generated = corpus.filter((e) => e.family !== undefined);

describe('the labelled email corpus', () => {
  it('has at least 2,500 emails with unique ids, covering every label in train and test', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(2500);
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    for (const split of ['train', 'test'] as const) {
      const labels = new Set(corpus.filter((e) => e.split === split).map((e) => e.label));
      expect(labels).toEqual(new Set(EmailLabel.options));
    }
  });

  it('is what the template families make (npm run corpus)', () => {
    for (const [path, text] of generate()) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('splits by family: no family has emails on both sides', () => {
    const sides = new Map<string, Set<string>>();
    for (const e of generated) sides.set(e.family!, (sides.get(e.family!) ?? new Set()).add(e.split));
    for (const [family, split] of sides) expect(split.size, family).toBe(1);
  });

  it('expects only a company and role that the email itself names', () => {
    const misses = generated.flatMap((e) => {
      const text = `${e.from}\n${e.subject}\n${e.body}`.toLowerCase();
      return (['company', 'role'] as const)
        .map((field) => e.expected?.[field])
        .filter((value): value is string => typeof value === 'string' && !text.includes(value.toLowerCase()))
        .map((value) => `${e.id}: ${value}`);
    });
    expect(misses).toEqual([]);
  });

  it('gives no real person an address: people are on .example domains; systems may be named', () => {
    // A real service's machine mailbox (a hiring system's, a marketplace's no-reply) names
    // no person; anything else must be on an invented domain.
    const machine =
      /^(?:no-?reply|do-?not-?reply|notifications?|alerts?|jobs?|team|hello|info|support|mail|email|news|updates?|messages?|invitations?|calendar|reminders?|careers?|messenger|offers|[\w.-]*(?:noreply|notify|alerts?))[\w.+-]*@/;
    const invented = (address: string | null) =>
      address === null ||
      /\.example$|@example\.(?:com|org)$/.test(address) ||
      atsSender(address) !== null ||
      machine.test(address);
    const real = generated.flatMap((e) =>
      [e.from, ...e.to.split(','), ...e.cc.split(',')]
        .filter((header) => header.trim() !== '')
        .map((header) => senderOf(header).address)
        .filter((address) => !invented(address))
        .map((address) => `${e.id}: ${address}`),
    );
    expect(real).toEqual([]);
  });
});

describe('the classifier on held-out mail (test families and the hand-written interviews file)', () => {
  const heldOut = corpus.filter((e) => !trainable(e));
  const result = evaluate(
    heldOut.map((email) => ({ expected: email.label, predicted: classify(email).label })),
  );
  const score = (label: string) => result.perLabel.find((s) => s.label === label)!;

  it('holds the recorded macro-F1 floor', () => {
    expect(result.macroF1).toBeGreaterThanOrEqual(FLOORS.macroF1);
  });

  it('calls a rejection or an offer only when it is one', () => {
    // A wrong rejection or offer is worse than a missed one.
    expect(score('rejection').precision).toBeGreaterThanOrEqual(FLOORS.rejectionPrecision);
    expect(score('offer').precision).toBeGreaterThanOrEqual(FLOORS.offerPrecision);
  });

  it('finds the rejections', () => {
    expect(score('rejection').recall).toBeGreaterThanOrEqual(FLOORS.rejectionRecall);
  });
});
