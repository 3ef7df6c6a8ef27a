import type { MessageTone, TaskKind } from '../model';
import type { DraftChannel } from './proofread';

/** How a thank-you or check-in sounds: "Dear Amy Lee" and measured, or "Hi Amy" and friendly. */
export type Tone = MessageTone;
export const TONES: readonly Tone[] = ['warm', 'formal'];

/** A check-in reads differently once the date they said they would decide has passed (R5.8). */
export type Stage = 'before_decision' | 'after_decision';

/**
 * One message in the catalog: plain text with `{placeholders}` (see render.ts). Thank-yous
 * and check-ins come in both tones; check-ins in both stages. `audience: 'agency'` is the
 * note that offers an agency consultant the thank-you draft first (R2).
 */
export interface Template {
  kind: TaskKind;
  channel: DraftChannel;
  tone: Tone | null;
  stage: Stage | null;
  audience: 'recipient' | 'agency';
  /** Email only. */
  subject: string | null;
  body: string;
  /**
   * Other wordings of the same message (thank-yous): when several people from one interview
   * are thanked, each gets a different one, so their notes share no paragraph. The first
   * wording is `subject` and `body`; see `wordingFor`.
   */
  variants?: readonly Wording[];
}

/** One way to word a message: its subject (email only) and body. */
export interface Wording {
  subject: string | null;
  body: string;
}

/** A stable name for a template, used to keep the user's own version: `check_in.email.warm.after_decision`. */
export function templateId(t: Pick<Template, 'kind' | 'channel' | 'tone' | 'stage' | 'audience'>): string {
  return [t.kind, t.channel, t.tone, t.stage, t.audience === 'agency' ? 'via_agency' : null]
    .filter(Boolean)
    .join('.');
}

type Variant = Partial<Pick<Template, 'tone' | 'stage' | 'audience'>>;

/**
 * Catalog entries are written as `message(kind, channel, variant, subject, body)`, with
 * other wordings after the body where a message has them.
 */
export function message(
  kind: TaskKind,
  channel: DraftChannel,
  variant: Variant,
  subject: string | null,
  body: string,
  ...others: Wording[]
): Template {
  return {
    kind,
    channel,
    tone: variant.tone ?? null,
    stage: variant.stage ?? null,
    audience: variant.audience ?? 'recipient',
    subject,
    body: trim(body),
    ...(others.length ? { variants: others.map((w) => ({ subject: w.subject, body: trim(w.body) })) } : {}),
  };
}

/** Every wording of a template, the default first. */
export function wordings(t: Pick<Template, 'subject' | 'body' | 'variants'>): Wording[] {
  return [{ subject: t.subject, body: t.body }, ...(t.variants ?? [])];
}

/**
 * The wording for the person at `position` in the interview's list of interviewers: the
 * first gets the default, the second the next wording, and so on, starting over after the
 * last. Deterministic, so the same person always gets the same note.
 */
export function wordingFor(t: Pick<Template, 'subject' | 'body' | 'variants'>, position: number): Wording {
  const all = wordings(t);
  const n = Number.isFinite(position) ? Math.max(0, Math.trunc(position)) : 0;
  return all[n % all.length]!;
}

function trim(body: string): string {
  return body.replace(/^\n/, '').replace(/\n$/, '');
}
