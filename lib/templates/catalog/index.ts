import type { TaskKind } from '../../model';
import type { DraftChannel } from '../proofread';
import { type Stage, type Template, type Tone, templateId } from '../template';
import { checkInTemplates } from './check-in';
import { networkTemplates } from './network';
import { outcomeTemplates } from './outcomes';
import { thankYouTemplates } from './thank-you';
import { valueAddTemplates } from './value-add';

/** Every default message, one per kind × channel (× tone × stage where those apply). */
export const catalog: readonly Template[] = [
  ...thankYouTemplates,
  ...checkInTemplates,
  ...valueAddTemplates,
  ...networkTemplates,
  ...outcomeTemplates,
];

const byId = new Map(catalog.map((template) => [templateId(template), template]));

export function defaultTemplate(id: string): Template | undefined {
  return byId.get(id);
}

/** The channels a kind has messages for, in the order offered (the first is the fallback). */
export function channelsFor(kind: TaskKind): DraftChannel[] {
  const channels: DraftChannel[] = [];
  for (const t of catalog) {
    if (t.kind === kind && t.audience === 'recipient' && !channels.includes(t.channel))
      channels.push(t.channel);
  }
  return channels;
}

export interface TemplateChoice {
  kind: TaskKind;
  channel: DraftChannel;
  tone: Tone;
  stage: Stage;
  audience?: Template['audience'];
}

/** The catalog entry for a choice: tone and stage only count where the kind has variants. */
export function findTemplate(choice: TemplateChoice): Template | undefined {
  const audience = choice.audience ?? 'recipient';
  return catalog.find(
    (t) =>
      t.kind === choice.kind &&
      t.channel === choice.channel &&
      t.audience === audience &&
      (t.tone === null || t.tone === choice.tone) &&
      (t.stage === null || t.stage === choice.stage),
  );
}
