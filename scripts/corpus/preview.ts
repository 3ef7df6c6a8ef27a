/**
 * `npx tsx scripts/corpus/preview.ts <file> [--show N]`: make one family file's emails
 * without writing anything, check each one, and print counts per label (and N samples).
 * For writing families: quick to run, touches no other file.
 */
import { CorpusEmail } from '../support/corpus';
import { familyFiles } from './families';
import { Kit } from './kit';

const [file, ...rest] = process.argv.slice(2);
const families = familyFiles[file ?? ''];
if (!families) {
  console.error(`usage: preview.ts <${Object.keys(familyFiles).join('|')}> [--show N]`);
  process.exit(2);
}
const show = rest.includes('--show') ? Number(rest[rest.indexOf('--show') + 1]) : 0;
const counts = new Map<string, number>();
let shown = 0;
for (const family of families) {
  for (let i = 1; i <= (family.count ?? 10); i++) {
    const sample = family.make(new Kit(`${family.id}#${i}`));
    const email = { id: `${family.id}-${i}`, label: family.label, family: family.id, ...sample };
    const parsed = CorpusEmail.safeParse(email);
    if (!parsed.success)
      throw new Error(
        `${family.id} #${i}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
      );
    if (/undefined|null|NaN|\[object/.test(`${sample.subject}\n${sample.body}`)) {
      throw new Error(`${family.id} #${i}: "undefined", "null" or "NaN" leaked into the text`);
    }
    counts.set(family.label, (counts.get(family.label) ?? 0) + 1);
    if (shown < show && i === 1) {
      shown++;
      console.log(
        `--- ${family.id} (${family.label})\nFrom: ${sample.from}\nTo: ${sample.to}${sample.cc ? `\nCc: ${sample.cc}` : ''}\nSubject: ${sample.subject}\nDate: ${sample.date}\n\n${sample.body}\n\nexpected: ${JSON.stringify(sample.expected)}\n`,
      );
    }
  }
}
console.log(`${families.length} families, ${[...counts.values()].reduce((a, b) => a + b, 0)} emails`);
for (const [label, n] of counts) console.log(`  ${label}: ${n}`);
