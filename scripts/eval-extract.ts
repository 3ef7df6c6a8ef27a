/**
 * `npx tsx scripts/eval-extract.ts`: extract every labelled email of the corpus and print,
 * per split (handwritten, train, test), how often each field matches what the reader wrote
 * (lib/detect/evaluate-extraction.ts), then the extraction speed over job mail.
 *
 *   --errors          list every miss, on train and handwritten only (test stays unseen)
 *   --field NAME      with --errors: only that field (company, role, interviewAt, decisionBy, people)
 *   --only PREFIX     only ids starting with PREFIX
 *   --no-bench        skip the timing
 *   --dir PATH        read the corpus from PATH (a frozen copy, to compare two versions of the
 *                     code while the generated corpus keeps changing)
 *   --test            also print the test split's figures (only for the final report: the
 *                     test split is never looked at while tuning)
 */
import type { Extraction } from '../lib/detect/email';
import {
  type ExtractionScore,
  evaluateExtraction,
  matchPeople,
  SCALAR_FIELDS,
  sameValue,
} from '../lib/detect/evaluate-extraction';
import { extract } from '../lib/detect/extract';
import { type CorpusEmail, loadCorpus, type Split } from './support/corpus';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? '') : '');
const only = option('--only');
const fieldFilter = option('--field');

const dir = option('--dir');
const corpus = (dir ? loadCorpus(dir) : loadCorpus()).filter((e) => e.id.startsWith(only));
const results = corpus.map((email) => ({ email, found: extract(email) }));
const splits: Split[] = ['handwritten', 'train', 'test'];

const pct = (a: number, b: number) => (b === 0 ? '    –' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

function print(split: string, n: number, s: ExtractionScore): void {
  console.log(`\n${split} (${n} emails)`);
  for (const field of SCALAR_FIELDS) {
    const f = s[field];
    console.log(
      `  ${field.padEnd(12)} ${String(f.hits).padStart(4)}/${String(f.scored).padEnd(4)} ${pct(f.hits, f.scored)}   invented ${f.invented}/${f.none}`,
    );
  }
  const p = s.people;
  if (p.emails > 0) {
    console.log(
      `  people       precision ${pct(p.matched, p.found)} (${p.matched}/${p.found})  recall ${pct(p.matched, p.expected)} (${p.matched}/${p.expected})  phone owner ${pct(p.phonesRight, p.phones)} (${p.phonesRight}/${p.phones})  role ${pct(p.rolesRight, p.roles)} (${p.rolesRight}/${p.roles})`,
    );
  }
}

for (const split of splits) {
  if (split === 'test' && !args.includes('--test')) continue;
  const part = results.filter((r) => r.email.split === split);
  if (part.length === 0) continue;
  print(
    split,
    part.length,
    evaluateExtraction(part.map((r) => ({ expected: r.email.expected ?? {}, found: r.found }))),
  );
}

if (args.includes('--errors')) {
  console.log('\nmisses (train and handwritten only):');
  const show = (v: unknown) => JSON.stringify(v);
  for (const { email, found } of results) {
    if (email.split === 'test') continue; // never tune on the test split
    const expected = email.expected ?? {};
    const lines: string[] = [];
    for (const field of SCALAR_FIELDS) {
      if (fieldFilter && fieldFilter !== field) continue;
      const want = expected[field];
      if (want === undefined) continue;
      if (want === null ? found[field] !== null : !sameValue(field, want, found[field]))
        lines.push(`  ${field}: expected ${show(want)} found ${show(found[field])}`);
    }
    if (expected.people && (!fieldFilter || fieldFilter === 'people')) {
      const pairs = matchPeople(expected.people, found.people);
      const bad =
        pairs.length !== expected.people.length ||
        pairs.length !== found.people.length ||
        pairs.some(
          ([e, f]) =>
            (e.phone ?? '').replace(/\D/g, '') !== (f.phone ?? '').replace(/\D/g, '') ||
            (e.role ?? null) !== (f.role ?? null),
        );
      if (bad)
        lines.push(`  people: expected ${show(expected.people)}\n          found    ${show(found.people)}`);
    }
    if (lines.length === 0) continue;
    console.log(`${email.id} [${email.split}] from ${show(email.from)} subject ${show(email.subject)}`);
    console.log(lines.join('\n'));
  }
}

if (!args.includes('--no-bench')) {
  // Speed over job mail (what extraction runs on: not "other", not "job_alert"), a warm-up
  // pass then timed passes.
  const job: CorpusEmail[] = corpus.filter((e) => e.label !== 'other' && e.label !== 'job_alert');
  let sink: Extraction | null = null;
  for (const e of job) sink = extract(e);
  // Rounds over all job mail; the machine is shared, so the best and the median round are
  // both shown (compare two versions back to back).
  const rates: number[] = [];
  for (let round = 0; round < 7; round++) {
    const t0 = performance.now();
    for (const e of job) sink = extract(e);
    rates.push((1000 * job.length) / (performance.now() - t0));
  }
  rates.sort((a, b) => a - b);
  const best = rates[rates.length - 1] ?? 0;
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  console.log(
    `\nspeed: best ${Math.round(best)} emails/s, median ${Math.round(median)} over ${job.length} job emails × ${rates.length} rounds (${(1000 / best).toFixed(3)} ms each)${sink ? '' : ''}`,
  );
}
