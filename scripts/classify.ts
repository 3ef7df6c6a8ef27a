/**
 * The classifier's door: `npm run -s classify < emails.jsonl`. One JSON email a line
 * (`id`, `from`, `to`, `subject`, `date`, `body`) in; one JSON line out per email:
 * `{ id, label, confidence, evidence, company, role, interviewAt, decisionBy, people }`.
 * A bad line gets `{ line, id, error }` naming what is wrong, and the rest still run; the
 * exit code is then 2.
 */
import { createInterface } from 'node:readline';
import { classify } from '../lib/detect/classify';
import { Email } from '../lib/detect/email';
import { extract } from '../lib/detect/extract';

let lineNumber = 0;
let failures = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  lineNumber++;
  if (line.trim() === '') continue;
  console.log(JSON.stringify(classifyLine(line, lineNumber)));
}
process.exitCode = failures > 0 ? 2 : 0;

function classifyLine(line: string, number: number): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    failures++;
    return {
      line: number,
      id: null,
      error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const id =
    typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : null;
  const parsed = Email.safeParse(raw);
  if (!parsed.success) {
    failures++;
    const problems = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`)
      .join('; ');
    return { line: number, id, error: problems };
  }
  const email = parsed.data;
  const verdict = classify(email);
  const found = extract(email);
  return {
    id: email.id ?? null,
    label: verdict.label,
    confidence: verdict.confidence,
    evidence: verdict.evidence.map(({ label, quote, where }) => ({ label, quote, where })),
    company: found.company,
    role: found.role,
    interviewAt: found.interviewAt,
    decisionBy: found.decisionBy,
    people: found.people,
  };
}
