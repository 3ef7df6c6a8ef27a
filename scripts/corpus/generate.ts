/**
 * `npm run corpus` writes the generated part of the email corpus from the template
 * families in `families/`: tests/fixtures/emails/gen-<file>.jsonl, one labelled email a
 * line with the extraction a careful reader would make. `npm run corpus -- --check` fails
 * when the files on disk differ from what the families make (CI keeps them in step).
 *
 * Deterministic: each email's random source is seeded by its family id and number. The
 * split is by family, stratified by label: a quarter of each label's families (chosen by
 * a hash of their ids) are `test` and never used for training or tuning.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EmailLabel } from '../../lib/detect/email';
import { type Family, hashString, Kit } from './kit';
import { familyFiles } from './families';

const DIR = resolve('tests/fixtures/emails');
const TEST_SHARE = 4; // one family in four per label is held out

export function testFamilies(all: Family[]): Set<string> {
  const byLabel = new Map<EmailLabel, Family[]>();
  for (const f of all) byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), f]);
  const test = new Set<string>();
  for (const list of byLabel.values()) {
    const ordered = [...list].sort((a, b) => hashString(a.id) - hashString(b.id) || a.id.localeCompare(b.id));
    ordered.forEach((f, i) => {
      if (i % TEST_SHARE === TEST_SHARE - 1) test.add(f.id);
    });
  }
  return test;
}

export function generate(): Map<string, string> {
  const all = Object.values(familyFiles).flat();
  const ids = new Set<string>();
  for (const f of all) {
    if (ids.has(f.id)) throw new Error(`two families are called ${f.id}`);
    ids.add(f.id);
  }
  const test = testFamilies(all);
  const files = new Map<string, string>();
  for (const [file, families] of Object.entries(familyFiles)) {
    const lines: string[] = [];
    for (const family of families) {
      for (let i = 1; i <= (family.count ?? 10); i++) {
        const kit = new Kit(`${family.id}#${i}`);
        const sample = family.make(kit);
        lines.push(
          JSON.stringify({
            id: `gen-${family.id}-${String(i).padStart(2, '0')}`,
            label: family.label,
            family: family.id,
            split: test.has(family.id) ? 'test' : 'train',
            note: sample.note ?? family.note,
            from: sample.from,
            to: sample.to,
            ...(sample.cc ? { cc: sample.cc } : {}),
            subject: sample.subject,
            date: sample.date,
            body: sample.body,
            expected: {
              ...sample.expected,
              people: sample.expected.people.map((p) => ({ ...p, phone: p.phone ?? null })),
            },
          }),
        );
      }
    }
    files.set(join(DIR, `gen-${file}.jsonl`), lines.length ? `${lines.join('\n')}\n` : '');
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, text] of generate()) {
    if (check) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        /* missing counts as stale */
      }
      if (current !== text) {
        console.error(`${path} is out of date: run npm run corpus`);
        stale++;
      }
    } else {
      writeFileSync(path, text);
      console.log(`${path}: ${text.split('\n').filter(Boolean).length} emails`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
