/**
 * `npm run -s eval:detect`: classify and extract every email of our labelled corpus and
 * print per-label precision, recall and F1, macro-F1, the confusion matrix, and how often
 * each extracted field matches what a careful reader wrote down. `--errors` lists misses;
 * `--only PREFIX` (e.g. `--only int-`) scores one part of the corpus.
 */
import { classify } from '../lib/detect/classify';
import { evaluate, formatEvaluation } from '../lib/detect/evaluate';
import { extract } from '../lib/detect/extract';
import { loadCorpus } from '../tests/support/corpus';

const args = process.argv.slice(2);
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';
const corpus = loadCorpus().filter((email) => email.id.startsWith(only));
const results = corpus.map((email) => ({ email, verdict: classify(email), found: extract(email) }));
const pairs = results.map((r) => ({ expected: r.email.label, predicted: r.verdict.label }));
console.log(formatEvaluation(evaluate(pairs), corpus.length));

// Extraction: among emails where the reader wrote a value, how often we found the same one.
const fields = ['company', 'role', 'interviewAt', 'decisionBy'] as const;
const same = (field: (typeof fields)[number], a: string | null, b: string | null) =>
  field === 'interviewAt'
    ? a !== null && b !== null && Date.parse(a) === Date.parse(b)
    : (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
console.log('\nextraction (emails where a value was expected)');
for (const field of fields) {
  const scored = results.filter((r) => (r.email.expected?.[field] ?? null) !== null);
  const hits = scored.filter((r) => same(field, r.found[field], r.email.expected![field]!)).length;
  const invented = results.filter(
    (r) => (r.email.expected?.[field] ?? null) === null && r.found[field] !== null,
  ).length;
  const pct = scored.length ? ((100 * hits) / scored.length).toFixed(1) : '–';
  console.log(
    `${field.padEnd(12)} ${String(hits).padStart(4)}/${String(scored.length).padEnd(4)} ${pct}%   found where none expected: ${invented}`,
  );
}

if (args.includes('--errors')) {
  console.log('\nmisses:');
  for (const { email, verdict } of results) {
    if (verdict.label === email.label) continue;
    const why = verdict.evidence
      .slice(0, 3)
      .map((e) => `${e.label}:"${e.quote}"`)
      .join(', ');
    console.log(
      `${email.id} expected ${email.label} got ${verdict.label} (${verdict.confidence}) ${why} — ${email.note ?? ''}`,
    );
  }
}
