/**
 * `npm run -s eval:detect`: classify and extract the labelled corpus and print, for the
 * held-out part (mail the model never learnt from), per-label precision, recall and F1,
 * macro-F1 over labels with ten or more examples, the confusion matrix, and how often each
 * extracted field matches what a careful reader wrote down.
 *
 *   --split test|heldout-handwritten|heldout|train|all   which part (default: heldout, both held-out parts)
 *   --only PREFIX    only ids starting with PREFIX
 *   --errors         list every miss with its evidence
 *   --json           the figures as one JSON object
 */
import { CERTAIN, classify } from '../lib/detect/classify';
import { calibration, evaluate, formatEvaluation } from '../lib/detect/evaluate';
import { extract } from '../lib/detect/extract';
import { type CorpusEmail, loadCorpus } from './support/corpus';
import { trainable } from './train-detect';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const split = option('--split', 'heldout');
const only = option('--only', '');

const parts: Record<string, (e: CorpusEmail) => boolean> = {
  test: (e) => e.split === 'test',
  'heldout-handwritten': (e) => e.split === 'handwritten' && !trainable(e),
  heldout: (e) => !trainable(e),
  train: (e) => trainable(e),
  all: () => true,
};
const chosen = parts[split];
if (!chosen) {
  console.error(`--split must be one of ${Object.keys(parts).join(', ')}`);
  process.exit(2);
}
const corpus = loadCorpus().filter((e) => chosen(e) && e.id.startsWith(only));
const results = corpus.map((email) => ({ email, verdict: classify(email), found: extract(email) }));
const evaluation = evaluate(results.map((r) => ({ expected: r.email.label, predicted: r.verdict.label })));
const calibrated = calibration(
  results.map((r) => ({ confidence: r.verdict.confidence, correct: r.verdict.label === r.email.label })),
);
const certain = results.filter((r) => r.verdict.confidence >= CERTAIN);
const certainRight = certain.filter((r) => r.verdict.label === r.email.label).length;

// Extraction: among emails where the reader wrote a value, how often we found the same one.
const fields = ['company', 'role', 'interviewAt', 'decisionBy'] as const;
const same = (field: (typeof fields)[number], a: string | null, b: string | null) =>
  field === 'interviewAt'
    ? a !== null && b !== null && Date.parse(a) === Date.parse(b)
    : (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
const extraction = fields.map((field) => {
  const scored = results.filter((r) => (r.email.expected?.[field] ?? null) !== null);
  const hits = scored.filter((r) => same(field, r.found[field], r.email.expected![field]!)).length;
  const invented = results.filter(
    (r) => r.email.expected?.[field] === null && r.found[field] !== null,
  ).length;
  return { field, hits, scored: scored.length, invented };
});

if (args.includes('--json')) {
  console.log(
    JSON.stringify({ split, emails: corpus.length, ...evaluation, extraction, ece: calibrated.ece }),
  );
} else {
  console.log(`split: ${split}\n`);
  console.log(formatEvaluation(evaluation, corpus.length));
  console.log(
    `\ncalibration: expected calibration error ${(100 * calibrated.ece).toFixed(1)} points; ` +
      `${certain.length} verdicts at or above ${CERTAIN} (acted on), ${((100 * certainRight) / Math.max(1, certain.length)).toFixed(1)}% right; ` +
      `${results.length - certain.length} below (suggestions)`,
  );
  console.log('\nextraction (emails where a value was expected)');
  for (const { field, hits, scored, invented } of extraction) {
    const pct = scored ? ((100 * hits) / scored).toFixed(1) : '–';
    console.log(
      `${field.padEnd(12)} ${String(hits).padStart(4)}/${String(scored).padEnd(4)} ${pct}%   found where none expected: ${invented}`,
    );
  }
}

if (args.includes('--errors')) {
  console.log('\nmisses:');
  for (const { email, verdict } of results) {
    if (verdict.label === email.label) continue;
    const why = verdict.evidence
      .slice(0, 2)
      .map((e) => `${e.where}:"${e.quote.slice(0, 90)}"`)
      .join(', ');
    console.log(`${email.id} expected ${email.label} got ${verdict.label} (${verdict.confidence}) ${why}`);
  }
}
