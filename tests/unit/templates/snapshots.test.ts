import { describe, expect, it } from 'vitest';
import { catalog } from '@/lib/templates/catalog';
import { compose } from '@/lib/templates/compose';
import { templateId, wordings } from '@/lib/templates/template';
import { composeInput, type RecordSet, recordSets } from './records';

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

/**
 * The other wordings of a thank-you, as the second and third interviewer get them (Ben, and
 * Marcus added to the interview), kept as `defaults/<id>.2.txt` and `.3.txt`.
 */
describe('other wordings, as rendered', () => {
  const complete = recordSets.find((s) => s.name === 'complete')!;
  const records = structuredClone(complete.records);
  records.people.push({
    id: 'marcus',
    name: 'Marcus Webb',
    role: 'interviewer',
    email: 'marcus@northwind.example',
    phone: null,
    linkedinUrl: null,
    title: null,
    prefers: null,
    bestTime: null,
  });
  const interview = records.interviews[0]!;
  interview.interviewers.push('marcus');
  interview.notes!.specifics.marcus = 'the plan to retire the old warehouse';
  const three: RecordSet = { ...complete, records };
  const cases = catalog.flatMap((t) =>
    wordings(t)
      .slice(1)
      .map((_w, i) => [`${templateId(t)}.${i + 2}`, t, interview.interviewers[i + 1]!] as const),
  );
  it.each(cases)('%s', async (name, template, person) => {
    const composed = compose(
      composeInput(three, {
        task: { kind: template.kind, person, channel: null },
        channel: template.channel,
        tone: template.tone ?? 'warm',
      }),
    )!;
    const file = [composed.subject ? `Subject: ${composed.subject.text}\n` : '', composed.body.text, ''].join(
      '\n',
    );
    await expect(file).toMatchFileSnapshot(`./defaults/${name}.txt`);
  });
});
