import { describe, expect, it } from 'vitest';
import { TaskKind } from '@/lib/model';
import { catalog, channelsFor, defaultTemplate } from '@/lib/templates/catalog';
import { checkOverride } from '@/lib/templates/overrides';
import { templateId, TONES, wordings } from '@/lib/templates/template';

/** The kinds that contact someone (R2, R3, R4, R5, R7, R8); the rest are for the user alone. */
const contactKinds: Record<string, string[]> = {
  thank_you: ['email', 'letter', 'linkedin', 'phone', 'voicemail'],
  value_add_call: ['phone', 'voicemail'],
  reference_heads_up: ['email', 'phone', 'linkedin'],
  referrer_check_in: ['email', 'linkedin'],
  check_in: ['email', 'linkedin', 'phone', 'voicemail'],
  congrats: ['email', 'linkedin', 'letter'],
  offer_in_writing: ['email', 'phone'],
  rejection_reply: ['email', 'linkedin'],
  linkedin_connect: ['linkedin_note'],
  withdrawal_letter: ['email', 'letter'],
};

describe('the template catalog', () => {
  it.each(TaskKind.options)('has the right channels for %s', (kind) => {
    expect(channelsFor(kind)).toEqual(contactKinds[kind] ?? []);
  });

  it('names every template uniquely, and finds each by its name', () => {
    const ids = catalog.map(templateId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of catalog) expect(defaultTemplate(templateId(template))).toBe(template);
  });

  it('offers both tones for every thank-you and check-in channel, and both stages for check-ins', () => {
    for (const kind of ['thank_you', 'check_in'] as const) {
      for (const channel of contactKinds[kind]!) {
        const stages = kind === 'check_in' ? ['before_decision', 'after_decision'] : [null];
        for (const tone of TONES) {
          for (const stage of stages) {
            expect(
              catalog.some(
                (t) => t.kind === kind && t.channel === channel && t.tone === tone && t.stage === stage,
              ),
              `${kind} ${channel} ${tone} ${stage}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it.each(catalog.map((t) => [templateId(t), t] as const))(
    '%s uses only placeholders Afterview fills, and a subject only for email',
    (id, template) => {
      // Every wording (a thank-you has three), as a user could keep it as their own.
      for (const wording of wordings(template)) {
        expect(checkOverride(id, wording)).toEqual([]);
        expect(wording.subject !== null).toBe(template.channel === 'email');
      }
    },
  );
});
