import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { Email, EmailLabel } from '../../lib/detect/email';

/** A person a careful reader would note from the email, with what they are in the process. */
export const ExpectedPerson = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable().default(null),
  role: z.enum(['recruiter', 'interviewer', 'hiring_manager', 'agency_consultant', 'reference']).nullable(),
});
export type ExpectedPerson = z.infer<typeof ExpectedPerson>;

export const Expected = z
  .object({
    company: z.string().nullable(),
    role: z.string().nullable(),
    interviewAt: z.string().nullable(),
    decisionBy: z.string().nullable(),
    people: z.array(ExpectedPerson),
  })
  .partial();
export type Expected = z.infer<typeof Expected>;

/**
 * Which part of the corpus an email belongs to. `train`: the model learns from it.
 * `test`: generated from template families the model never saw, reported on its own.
 * `handwritten`: the 315 emails three of us wrote by hand before the model existed; never
 * trained on, reported on their own as the closest thing to mail nobody templated.
 */
export const Split = z.enum(['train', 'test', 'handwritten']);
export type Split = z.infer<typeof Split>;

/** One labelled email of our corpus (tests/fixtures/emails/*.jsonl), written by the team. */
export const CorpusEmail = Email.extend({
  id: z.string(),
  label: EmailLabel,
  note: z.string().optional(),
  /** The template family it was generated from (generated files only). */
  family: z.string().optional(),
  split: Split.default('handwritten'),
  expected: Expected.optional(),
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
