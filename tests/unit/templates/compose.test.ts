import { describe, expect, it } from 'vitest';
import type { TaskKind } from '@/lib/model';
import { catalog } from '@/lib/templates/catalog';
import { type Composed, compose, type ComposeInput, recheck } from '@/lib/templates/compose';
import { CHANNEL_LIMITS, type DraftChannel } from '@/lib/templates/proofread';
import { type Template, templateId } from '@/lib/templates/template';
import { composeInput, type RecordSet, recordSets } from './records';

/** Who each kind of message goes to in the record sets. */
const recipientOf: Partial<Record<TaskKind, string>> = {
  thank_you: 'amy',
  value_add_call: 'amy',
  check_in: 'rita',
  reference_heads_up: 'cho',
  referrer_check_in: 'dev',
  congrats: 'ben',
  offer_in_writing: 'rita',
  rejection_reply: 'rita',
  linkedin_connect: 'ben',
  withdrawal_letter: 'rita',
};

const set = (name: string): RecordSet => recordSets.find((s) => s.name === name)!;

function draft(recordSet: RecordSet, template: Template, fields: Partial<ComposeInput> = {}): Composed {
  const composed = compose(
    composeInput(recordSet, {
      task: { kind: template.kind, person: recipientOf[template.kind]!, channel: null },
      channel: template.channel,
      tone: template.tone ?? 'warm',
      ...fields,
    }),
  );
  if (!composed) throw new Error(`nothing composed for ${templateId(template)}`);
  return composed;
}

const everyText = (c: Composed) => `${c.subject?.text ?? ''}\n${c.body.text}`;

/** What a message never says: needy, pushy or guilt-tripping lines (PLAYBOOK R5.8). */
const NEEDY =
  /\bwhy\b|haven[’']t heard|not heard back|no reply|didn[’']t (hear|reply|respond)|still waiting|any news|just checking|sorry to (bother|chase)|desperate|beg|chasing/i;

const recipientTemplates = catalog.filter((t) => t.audience === 'recipient');
/** Each message in the situation it is written for: after-decision check-ins after the date. */
const cases = recipientTemplates.flatMap((template) =>
  recordSets
    .filter(
      (s) =>
        (template.stage === 'after_decision') === (s.name === 'after the decision date') ||
        template.stage === null,
    )
    .map((s) => [templateId(template), s.name, template, s] as const),
);

describe('compose: every template over every record set', () => {
  it.each(cases)('%s — %s', (id, _setName, template, recordSet) => {
    const c = draft(recordSet, template);
    expect(c.templateId).toBe(id);
    const text = everyText(c);
    // Never a leaked placeholder, never "null", never markup from values.
    expect(text).not.toMatch(/\{[a-zA-Z?]+\}|\bnull\b|\bundefined\b/);
    expect(text).not.toMatch(NEEDY);
    // Within the channel's limit, with realistic records.
    expect(c.flags.filter((f) => f.code === 'too_long')).toEqual([]);
    const limit = CHANNEL_LIMITS[c.channel as DraftChannel];
    if (limit) expect(c.body.text.length).toBeLessThanOrEqual(limit);
    // Gaps are the only thing that blocks final, and each gap is flagged where it stands.
    expect(c.final).toBe(c.body.gaps.length + (c.subject?.gaps.length ?? 0) === 0);
    const gapFlags = c.flags.filter((f) => f.code === 'gap');
    expect(gapFlags.map((f) => c.body.text.slice(f.start, f.end))).toEqual(
      c.body.gaps.map((g) => `[${g.label}]`),
    );
    // Nothing else is wrong with a default message.
    expect(c.flags.filter((f) => f.code !== 'gap')).toEqual([]);
    // It greets the person it is for.
    // It greets the person it is for (a call script may open with the user's prep).
    expect(c.body.text).toMatch(
      template.tone === 'formal'
        ? /^(Dear|Hello) (Rita Gomez|Amy Lee)\b/m
        : /^(Hi|Dear) (Amy|Rita|Cho|Dev|Ben)\b/m,
    );
  });

  it('fills everything from a complete record set: no gaps, every default final', () => {
    for (const template of recipientTemplates) {
      const recordSet =
        template.stage === 'after_decision' ? set('after the decision date') : set('complete');
      const c = draft(recordSet, template);
      expect(c.body.gaps, templateId(template)).toEqual([]);
      expect(c.final).toBe(true);
    }
  });
});

describe('compose: content rules', () => {
  const complete = set('complete');

  it.each(recipientTemplates.filter((t) => t.kind === 'thank_you').map((t) => [templateId(t), t] as const))(
    '%s: thanks for the role, names the specific thing, promises the check-in date',
    (_id, template) => {
      const text = draft(complete, template).body.text;
      expect(text).toContain('Data Analyst');
      expect(text).toContain('the move to the new billing system');
      expect(text).toContain('Monday, March 16'); // the first planned check-in (R2)
      expect(text).not.toContain('how the on-call rota works'); // Ben's, not Amy's
    },
  );

  it('puts a thank-you email in the playbook’s order: thanks, interest, specific, strength, evidence, forgotten, promise, contact', () => {
    for (const tone of ['warm', 'formal'] as const) {
      const text = draft(
        complete,
        catalog.find((t) => t.kind === 'thank_you' && t.channel === 'email' && t.tone === tone)!,
      ).body.text;
      const order = [
        'Data Analyst',
        'Northwind Traders',
        'the move to the new billing system',
        'untangling messy data',
        'three days to four hours',
        'SQL training',
        'Monday, March 16',
        '+1 555 0199',
      ].map((part) => text.indexOf(part));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });

  it('thanks each of several interviewers for what that person said', () => {
    const template = catalog.find(
      (t) => t.kind === 'thank_you' && t.channel === 'email' && t.tone === 'warm',
    )!;
    const toBen = draft(complete, template, { task: { kind: 'thank_you', person: 'ben', channel: 'email' } });
    expect(toBen.body.text).toMatch(/^Hi Ben,/);
    expect(toBen.body.text).toContain('how the on-call rota works');
    expect(toBen.body.text).not.toContain('billing system');
    expect(toBen.flags).toEqual([]);
  });

  it('refuses to be final without the specific thing, and says so', () => {
    const template = catalog.find(
      (t) => t.kind === 'thank_you' && t.channel === 'email' && t.tone === 'warm',
    )!;
    const noNotes = {
      ...complete,
      records: {
        ...complete.records,
        interviews: complete.records.interviews.map((i) => ({ ...i, notes: null })),
      },
    };
    const c = draft(noNotes, template);
    expect(c.final).toBe(false);
    expect(c.body.text).toContain('[something specific Amy said]');
    expect(c.flags.map((f) => f.code)).toContain('gap');
    // Deleting the gap's sentence does not make it final: the thank-you still lacks the detail.
    const withoutLine = c.body.text.replace(/^What you said about .*$/m, '');
    const vague = recheck(c, { subject: c.subject!.text, text: withoutLine });
    expect(vague.final).toBe(false);
    expect(vague.flags.map((f) => f.code)).toContain('missing_specific');
    // Filling it in does.
    const filled = c.body.text.replace('[something specific Amy said]', 'the Lisbon launch');
    expect(recheck(c, { subject: c.subject!.text, text: filled.replace(/\[[^\]]+\]/g, 'x') }).final).toBe(
      true,
    );
  });

  const checkIn = (channel: string, stage: string, tone = 'warm') =>
    catalog.find(
      (t) => t.kind === 'check_in' && t.channel === channel && t.stage === stage && t.tone === tone,
    )!;

  it.each(['warm', 'formal'])('a %s check-in call asks the R5.8 questions after the blurb', (tone) => {
    const text = draft(complete, checkIn('phone', 'before_decision', tone)).body.text;
    const parts = [
      'I’m the analyst who rebuilt the freight dashboard',
      'Do you have everything you need from me?',
      /still (in the running|under consideration)/,
      /second round/,
      /timeframe/,
      'Is the next step still a panel with the team?',
      /May I check back with you, and when/,
    ];
    let from = 0;
    for (const part of parts) {
      const at = typeof part === 'string' ? text.indexOf(part, from) : text.slice(from).search(part) + from;
      expect(at, String(part)).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it.each(['email', 'linkedin', 'phone', 'voicemail'])(
    'a %s check-in after the decision date mentions their timeframe and never asks why',
    (channel) => {
      for (const tone of ['warm', 'formal']) {
        const c = draft(set('after the decision date'), checkIn(channel, 'after_decision', tone));
        expect(c.stage).toBe('after_decision');
        expect(c.body.text).toContain('Friday, March 13');
        expect(c.body.text).not.toMatch(NEEDY);
      }
    },
  );

  it('picks the stage from the dates: before D, on D, after D, and a reply that moves D', () => {
    const { records } = set('complete');
    const stageOn = (now: string, r = records) =>
      draft({ ...set('complete'), records: r, now: new Date(now) }, checkIn('email', 'before_decision'))
        .stage;
    expect(stageOn('2026-03-12T12:00:00-04:00')).toBe('before_decision');
    expect(stageOn('2026-03-13T23:30:00-04:00')).toBe('before_decision'); // still the 13th in New York
    expect(stageOn('2026-03-14T00:30:00-04:00')).toBe('after_decision');
    const reply = {
      at: '2026-03-10T10:00:00-04:00',
      person: 'rita',
      direction: 'received' as const,
      channel: 'email' as const,
      purpose: 'reply' as const,
      decisionBy: '2026-03-27',
      mayCheckBackOn: null,
      note: null,
    };
    const moved = { ...records, touches: [...records.touches, reply] };
    expect(stageOn('2026-03-16T12:00:00-04:00', moved)).toBe('before_decision');
  });

  it('does not mention a decision date nobody gave', () => {
    const c = draft(set('no decision date'), checkIn('email', 'before_decision'));
    expect(c.stage).toBe('before_decision');
    expect(c.body.text).not.toMatch(/decide|decision/i);
  });

  it.each(['thank_you', 'check_in', 'value_add_call'] as const)(
    'a %s voicemail says who, which role, and the callback number twice — or shows the gap',
    (kind) => {
      const template = catalog.find(
        (t) => t.kind === kind && t.channel === 'voicemail' && t.stage !== 'after_decision',
      )!;
      const c = draft(complete, template);
      expect(c.body.text).toContain('Jordan Rivera');
      expect(c.body.text).toContain('Data Analyst');
      expect(c.body.text.split('+1 555 0199')).toHaveLength(3);
      const noPhone = draft(set('missing phone'), template);
      expect(noPhone.body.text.split('[your phone number]')).toHaveLength(3);
      expect(noPhone.final).toBe(false);
    },
  );

  it('drops the optional phone line, and only that line, when the user has no number', () => {
    const template = catalog.find(
      (t) => t.kind === 'thank_you' && t.channel === 'email' && t.tone === 'warm',
    )!;
    const c = draft(set('missing phone'), template);
    expect(c.body.text).toContain('I’ll be in touch on Monday, March 16');
    expect(c.body.text).not.toMatch(/I’m at|\[your phone/);
    expect(c.final).toBe(true);
  });

  it('offers an agency consultant the thank-you first, with the draft under the note', () => {
    const template = catalog.find(
      (t) => t.kind === 'thank_you' && t.channel === 'email' && t.tone === 'warm',
    )!;
    const c = draft(set('agency consultant'), template);
    expect(c.hints[0]).toContain('Sam Wu');
    expect(c.agencyPreview?.body.text).toMatch(/^Hi Sam,/);
    expect(c.agencyPreview?.subject?.text).toContain('Amy Lee');
    expect(c.agencyPreview?.body.text).toContain(c.body.text);
    expect(c.agencyPreview?.flags).toEqual([]);
    expect(draft(complete, template).agencyPreview).toBeNull();
    const checkInForAgency = draft(set('agency consultant'), checkIn('email', 'before_decision'));
    expect(checkInForAgency.agencyPreview).toBeNull();
  });

  it('names the news in a congratulation, and asks nothing about the process', () => {
    for (const template of catalog.filter((t) => t.kind === 'congrats')) {
      const text = draft(complete, template).body.text;
      expect(text).toContain('the new Lisbon office');
      expect(text).not.toMatch(/\?|decision|timeframe|check back/);
    }
  });

  it('writes dates in the user’s locale', () => {
    const template = catalog.find(
      (t) => t.kind === 'thank_you' && t.channel === 'email' && t.tone === 'warm',
    )!;
    expect(draft(complete, template, { locale: 'de-DE' }).body.text).toContain('Montag, 2. März');
    expect(draft(complete, template, { locale: 'en-GB' }).body.text).toContain('Monday 2 March');
  });

  it('treats values as plain text: markup from a page stays visible text', () => {
    const template = catalog.find((t) => t.kind === 'rejection_reply' && t.channel === 'email')!;
    const company = '<img src=x onerror=alert(1)>';
    const records = { ...complete.records, opportunity: { ...complete.records.opportunity, company } };
    expect(draft({ ...complete, records }, template).body.text).toContain(`getting to know ${company}.`);
  });

  it('returns nothing for tasks that contact no one, and falls back to a channel the kind has', () => {
    const input = composeInput(complete, { task: { kind: 'salary_research', person: null, channel: null } });
    expect(compose(input)).toBeNull();
    const card = compose(
      composeInput(complete, { task: { kind: 'check_in', person: 'rita', channel: 'letter' } }),
    );
    expect(card?.channel).toBe('email');
    const call = compose(
      composeInput(complete, { task: { kind: 'check_in', person: 'rita', channel: 'phone' } }),
    );
    expect(call?.channel).toBe('phone');
    expect(call?.channels).toEqual(['email', 'linkedin', 'phone', 'voicemail']);
    const note = compose(
      composeInput(complete, { task: { kind: 'linkedin_connect', person: 'ben', channel: 'linkedin' } }),
    );
    expect(note?.channel).toBe('linkedin_note');
  });

  it('uses the user’s own version when they kept one, and the default after a reset', () => {
    const template = catalog.find((t) => t.kind === 'rejection_reply' && t.channel === 'email')!;
    const overrides = {
      [templateId(template)]: {
        subject: 'Thanks, {firstName}',
        body: 'Hi {firstName},\n\nThank you, truly.\n\n{signature}',
      },
    };
    const mine = draft(complete, template, { overrides });
    expect(mine.edited).toBe(true);
    expect(mine.subject?.text).toBe('Thanks, Rita');
    expect(mine.body.text).toBe('Hi Rita,\n\nThank you, truly.\n\nJordan Rivera\n+1 555 0199');
    const reset = draft(complete, template, { overrides: {} });
    expect(reset.edited).toBe(false);
    expect(reset.body.text).toContain('Thank you for letting me know.');
  });
});

describe('recheck: every proofreading flag on the user’s edits', () => {
  const template = catalog.find(
    (t) =>
      t.kind === 'check_in' && t.channel === 'email' && t.tone === 'warm' && t.stage === 'before_decision',
  )!;
  const c = draft(set('complete'), template);
  const note = draft(
    set('complete'),
    catalog.find((t) => t.kind === 'linkedin_connect')!,
  );

  it.each([
    ['gap', c, c.body.text.replace('Rita', '[their first name]'), 'their first name'],
    ['doubled_word', c, c.body.text.replace('check in on the', 'check in on the the'), 'the the'],
    ['no_end_punctuation', c, c.body.text.replace('examples of my work?', 'examples of my work'), 'work'],
    ['wrong_greeting', c, c.body.text.replace('Hi Rita', 'Hi Priya'), 'Priya'],
    ['wrong_company', c, c.body.text.replace('Data Analyst role', 'Data Analyst role at Contoso'), 'Contoso'],
    ['too_long', note, `${note.body.text} ${'I would love to keep in touch. '.repeat(6)}`, ''],
  ] as const)('%s', (code, composed, text, pointsAt) => {
    const result = recheck(composed, { subject: composed.subject?.text ?? null, text });
    const flag = result.flags.find((f) => f.code === code);
    expect(flag, JSON.stringify(result.flags)).toBeDefined();
    if (pointsAt) expect(text.slice(flag!.start, flag!.end)).toContain(pointsAt);
    expect(flag!.message.length).toBeGreaterThan(20);
    expect(result.final).toBe(code !== 'gap');
  });

  it('missing_specific (thank-you), and a clean edit has no flags', () => {
    const thanks = draft(
      set('complete'),
      catalog.find((t) => t.kind === 'thank_you' && t.channel === 'linkedin' && t.tone === 'warm')!,
    );
    const vague = thanks.body.text.replace(
      ' What you said about the move to the new billing system really stuck with me, and it’s',
      ' It’s',
    );
    expect(recheck(thanks, { subject: null, text: vague }).flags.map((f) => f.code)).toEqual([
      'missing_specific',
    ]);
    expect(recheck(c, { subject: c.subject!.text, text: c.body.text })).toEqual({ flags: [], final: true });
  });
});
