import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { Email, EmailLabel } from '../../lib/detect/email';

/** One labelled email of our corpus (tests/fixtures/emails/*.jsonl), written by the team. */
export const CorpusEmail = Email.extend({
  id: z.string(),
  label: EmailLabel,
  note: z.string().optional(),
  expected: z
    .object({
      company: z.string().nullable(),
      role: z.string().nullable(),
      interviewAt: z.string().nullable(),
      decisionBy: z.string().nullable(),
    })
    .partial()
    .optional(),
});
export type CorpusEmail = z.infer<typeof CorpusEmail>;

export const corpusDir = resolve('tests/fixtures/emails');

/** Every email of the corpus, checked; a bad line throws naming its file and line. */
export function loadCorpus(dir = corpusDir): CorpusEmail[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${name}:${index + 1}` }))
        .filter(({ line }) => line.trim() !== '')
        .map(({ line, where }) => {
          const parsed = CorpusEmail.safeParse(JSON.parse(line));
          if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues[0]?.message}`);
          return parsed.data;
        }),
    );
}
