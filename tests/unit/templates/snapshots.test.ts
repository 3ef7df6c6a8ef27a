import { describe, expect, it } from 'vitest';
import { catalog } from '@/lib/templates/catalog';
import { compose } from '@/lib/templates/compose';
import { templateId } from '@/lib/templates/template';
import { composeInput, recordSets } from './records';

/**
 * Every default message, rendered from the complete record set, is kept as a text file in
 * tests/unit/templates/defaults/: a wording change shows up in review as a diff of prose.
 * (Update with `npx vitest run tests/unit/templates/snapshots.test.ts -u`.)
 */
const recipient: Record<string, string> = {
  thank_you: 'amy',
  value_add_call: 'amy',
  reference_heads_up: 'cho',
  referrer_check_in: 'dev',
  congrats: 'ben',
  linkedin_connect: 'ben',
};

describe('default templates, as rendered', () => {
  it.each(catalog.map((t) => [templateId(t), t] as const))('%s', async (id, template) => {
    const setName =
      template.audience === 'agency'
        ? 'agency consultant'
        : template.stage === 'after_decision'
          ? 'after the decision date'
          : 'complete';
    const set = recordSets.find((s) => s.name === setName)!;
    const composed = compose(
      composeInput(set, {
        task: { kind: template.kind, person: recipient[template.kind] ?? 'rita', channel: null },
        channel: template.channel,
        tone: template.tone ?? 'warm',
      }),
    )!;
    const shown = template.audience === 'agency' ? composed.agencyPreview! : composed;
    expect(shown.templateId).toBe(id);
    const file = [shown.subject ? `Subject: ${shown.subject.text}\n` : '', shown.body.text, ''].join('\n');
    await expect(file).toMatchFileSnapshot(`./defaults/${id}.txt`);
  });
});
