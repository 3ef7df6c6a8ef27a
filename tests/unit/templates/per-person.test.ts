import { describe, expect, it } from 'vitest';
import {
  Interview,
  InterviewNotes,
  type OpportunityRecords,
  OpportunityRecords as RecordsSchema,
} from '@/lib/model';
import { StoredInterview } from '@/lib/model/stored';
import { catalog } from '@/lib/templates/catalog';
import { type Composed, compose, recheck } from '@/lib/templates/compose';
import { CHANNEL_LIMITS, type Draft, type OtherNote, proofread } from '@/lib/templates/proofread';
import { type Template, templateId, wordingFor, wordings } from '@/lib/templates/template';
import { composeInput, type RecordSet, recordSets } from './records';

/**
 * Issue 16: after an interview with several people, each thank-you is that person's own:
 * it draws on what they said, its wording differs from the others' notes, and the
 * proofreader flags a paragraph copied from one note into another.
 */

const MARCUS = {
  id: 'marcus',
  name: 'Marcus Webb',
  role: 'interviewer' as const,
  email: 'marcus@northwind.example',
};
const MARCUS_SAID = 'the plan to retire the old warehouse';

/** A record set with a third interviewer (Marcus), and the notes changed as asked. */
function withThree(set: RecordSet, specifics?: Record<string, string> | null): RecordSet {
  const records: OpportunityRecords = structuredClone(set.records);
  records.people.push({
    ...MARCUS,
    phone: null,
    linkedinUrl: null,
    title: null,
    prefers: null,
    bestTime: null,
  });
  const interview = records.interviews[0]!;
  interview.interviewers = [...interview.interviewers, 'marcus'];
  if (specifics === null) interview.notes = null;
  else if (interview.notes) {
    interview.notes.specifics = specifics ?? { ...interview.notes.specifics, marcus: MARCUS_SAID };
  }
  return { ...set, name: `${set.name}, three interviewers`, records: RecordsSchema.parse(records) };
}

const set = (name: string) => withThree(recordSets.find((s) => s.name === name)!);
const complete = set('complete');
/** Who is where in the interview's list: Amy first, Ben second, Marcus third. */
const PEOPLE = [
  { id: 'amy', first: 'Amy', said: 'the move to the new billing system' },
  { id: 'ben', first: 'Ben', said: 'how the on-call rota works' },
  { id: 'marcus', first: 'Marcus', said: MARCUS_SAID },
] as const;

function thank(recordSet: RecordSet, person: string, template: Template, fields = {}): Composed {
  const composed = compose(
    composeInput(recordSet, {
      task: { kind: 'thank_you', person, channel: null },
      channel: template.channel,
      tone: template.tone ?? 'warm',
      ...fields,
    }),
  );
  if (!composed) throw new Error(`nothing composed for ${templateId(template)}`);
  return composed;
}

const thankYous = catalog.filter((t) => t.kind === 'thank_you' && t.audience === 'recipient');
const written = thankYous.filter((t) => ['email', 'letter', 'linkedin'].includes(t.channel));

/** The paragraphs between the greeting and the sign-off, with names taken out (test's own reading). */
function middleParagraphs(text: string): string[] {
  const paragraphs = text.split(/\n\s*\n/);
  return paragraphs
    .slice(1, -1) // the greeting; the sign-off or the name at the end
    .map((p) =>
      p
        .toLowerCase()
        .replace(/amy|lee|ben|okafor|marcus|webb/g, '·')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

describe('the catalog: every written thank-you has three wordings', () => {
  it.each(written.map((t) => [templateId(t), t] as const))('%s', (_id, template) => {
    const all = wordings(template);
    expect(all).toHaveLength(3);
    // Each wording is its own: no paragraph of one is in another.
    const bodies = all.map((w) => w.body.split(/\n\s*\n/).slice(1, -1));
    for (const [i, a] of bodies.entries()) {
      for (const b of bodies.slice(i + 1)) expect(a.filter((p) => b.includes(p))).toEqual([]);
    }
    // The subject is an email's alone, and differs between wordings.
    expect(all.every((w) => (w.subject !== null) === (template.channel === 'email'))).toBe(true);
    if (template.channel === 'email') expect(new Set(all.map((w) => w.subject)).size).toBe(3);
  });

  it('picks the wording by position, and starts over after the last', () => {
    const template = written[0]!;
    const all = wordings(template);
    expect(
      [0, 1, 2, 3, 4, -1, Number.NaN].map((p) =>
        all.findIndex((w) => w.body === wordingFor(template, p).body),
      ),
    ).toEqual([0, 1, 2, 0, 1, 0, 0]);
    // A template without other wordings always gives its own.
    const checkIn = catalog.find((t) => t.kind === 'check_in')!;
    expect(wordingFor(checkIn, 2)).toEqual({ subject: checkIn.subject, body: checkIn.body });
  });
});

/** Every thank-you (each channel and tone), for each of the three people, over every record set. */
const everyCase = thankYous.flatMap((template) =>
  recordSets
    .map((s) => withThree(s))
    .flatMap((s) => PEOPLE.map((p) => [templateId(template), s.name, p.first, template, s, p.id] as const)),
);

describe('each wording, as composed for each person', () => {
  it.each(everyCase)('%s — %s — to %s', (_id, _set, first, template, recordSet, person) => {
    const c = thank(recordSet, person, template);
    const text = `${c.subject?.text ?? ''}\n${c.body.text}`;
    expect(text).not.toMatch(/\{[a-zA-Z?]+\}|\bnull\b|\bundefined\b/);
    const limit = CHANNEL_LIMITS[c.channel];
    if (limit) expect(c.body.text.length).toBeLessThanOrEqual(limit);
    const gapFlags = c.flags.filter((f) => f.code === 'gap');
    expect(gapFlags.map((f) => c.body.text.slice(f.start, f.end))).toEqual(
      c.body.gaps.map((g) => `[${g.label}]`),
    );
    expect(c.flags.filter((f) => f.code !== 'gap')).toEqual([]);
    expect(c.final).toBe(c.body.gaps.length + (c.subject?.gaps.length ?? 0) === 0);
    expect(c.body.text).toMatch(new RegExp(`^(Hi|Dear|Hello) ${first}\\b`));
  });

  it.each(['warm', 'formal'] as const)(
    'keeps the playbook’s order in every %s email wording: thanks, interest, specific, strength, evidence, forgotten, promise, contact',
    (tone) => {
      const template = thankYous.find((t) => t.channel === 'email' && t.tone === tone)!;
      for (const person of PEOPLE) {
        const text = thank(complete, person.id, template).body.text;
        const order = [
          'Data Analyst',
          'Northwind Traders',
          person.said,
          'untangling messy data',
          'three days to four hours',
          'SQL training',
          'Monday, March 16',
          '+1 555 0199',
        ].map((part) => text.indexOf(part));
        expect(
          order.every((at) => at >= 0),
          `${person.first}: ${text}`,
        ).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
      }
    },
  );
});

describe('notes to several interviewers of one interview', () => {
  const noNotes = withThree(
    recordSets.find((s) => s.name === 'complete')!,
    null,
  );
  const cases = written.flatMap((template) =>
    [complete, set('missing phone'), noNotes].map(
      (s) => [templateId(template), s.name, template, s] as const,
    ),
  );

  it.each(cases)('%s — %s: no two share a paragraph', (_id, _set, template, recordSet) => {
    const notes = PEOPLE.map((p) => ({ person: p, composed: thank(recordSet, p.id, template) }));
    for (const [i, a] of notes.entries()) {
      for (const b of notes.slice(i + 1)) {
        const theirs = middleParagraphs(b.composed.body.text);
        expect(middleParagraphs(a.composed.body.text).filter((p) => theirs.includes(p))).toEqual([]);
      }
      // And the proofreader agrees, given the others' notes.
      const otherNotes: OtherNote[] = notes
        .filter((n) => n !== a)
        .map((n) => ({ to: n.composed.recipient!.name, text: n.composed.body.text }));
      const again = recheck(
        { ...a.composed, check: { ...a.composed.check, otherNotes } },
        { subject: a.composed.subject?.text ?? null, text: a.composed.body.text },
      );
      expect(again.flags.filter((f) => f.code === 'shared_paragraph')).toEqual([]);
      // Composed with the others' notes from the start: the same.
      const withOthers = thank(recordSet, a.person.id, template, { otherNotes });
      expect(withOthers.flags).toEqual(a.composed.flags);
      expect(withOthers.check.otherNotes).toEqual(otherNotes);
    }
  });

  it.each(written.map((t) => [templateId(t), t] as const))(
    '%s: a paragraph copied from Amy’s note into Ben’s is flagged, the greeting and sign-off are not',
    (_id, template) => {
      const amy = thank(complete, 'amy', template);
      const ben = thank(complete, 'ben', template, {
        otherNotes: [{ to: 'Amy Lee', text: amy.body.text }],
      });
      const [, copied] = amy.body.text.split(/\n\s*\n/); // Amy's opening paragraph
      const [greeting, own, ...rest] = ben.body.text.split(/\n\s*\n/);
      const edited = [greeting, copied, own, ...rest].join('\n\n');
      const result = recheck(ben, { subject: ben.subject?.text ?? null, text: edited });
      const shared = result.flags.filter((f) => f.code === 'shared_paragraph');
      expect(shared.map((f) => edited.slice(f.start, f.end))).toEqual([copied]);
      expect(shared[0]!.message).toBe(
        'The paragraph on line 3 is the same as in your note to Amy — make it about what Ben said.',
      );
      expect(result.final).toBe(true);
      // Unedited, Ben's note shares nothing with Amy's.
      expect(recheck(ben, { subject: ben.subject?.text ?? null, text: ben.body.text }).flags).toEqual([]);
    },
  );

  it.each(thankYous.map((t) => [templateId(t), t] as const))(
    '%s: each person’s note names what that person said, and no one else’s',
    (_id, template) => {
      for (const person of PEOPLE) {
        const text = thank(complete, person.id, template).body.text;
        expect(text).toContain(person.said);
        for (const other of PEOPLE.filter((p) => p !== person)) expect(text).not.toContain(other.said);
      }
    },
  );

  const withoutBen = withThree(
    recordSets.find((s) => s.name === 'complete')!,
    {
      amy: 'the move to the new billing system',
      ben: '   ',
      marcus: MARCUS_SAID,
    },
  );
  it.each(thankYous.map((t) => [templateId(t), t] as const))(
    '%s: no topic for Ben → a gap that names him, and no invented detail',
    (_id, template) => {
      const c = thank(withoutBen, 'ben', template);
      const gap = c.body.gaps.find((g) => g.name === 'specific');
      expect(gap?.label).toBe('something specific Ben said');
      expect(c.body.text.slice(gap!.start, gap!.end)).toBe('[something specific Ben said]');
      expect(c.final).toBe(false);
      expect(c.flags.find((f) => f.code === 'gap')?.message).toContain('something specific Ben said');
      for (const other of PEOPLE) expect(c.body.text).not.toContain(other.said);
      // The others keep theirs.
      expect(thank(withoutBen, 'marcus', template).body.text).toContain(MARCUS_SAID);
    },
  );

  it('someone thanked who is not on the interview’s list still gets a wording, and a gap for the detail', () => {
    const template = thankYous.find((t) => t.channel === 'email' && t.tone === 'warm')!;
    const c = thank(complete, 'rita', template);
    expect(c.body.text).toMatch(/^Hi Rita,/);
    expect(c.body.text).toContain('[something specific Rita said]');
    // After Amy, Ben and Marcus: the first wording again.
    expect(c.body.text).toContain('Thank you for making time to talk with me');
  });

  it('uses the user’s own version for everyone (then the proofreader points out what they share)', () => {
    const template = thankYous.find((t) => t.channel === 'email' && t.tone === 'warm')!;
    const overrides = {
      [templateId(template)]: {
        subject: 'Thanks, {firstName}',
        body: 'Hi {firstName},\n\nThank you for the conversation about the {role} role at {company} today.\n\nYou mentioned {specific}, and I have thought about it since.\n\nBest,\n{signature}',
      },
    };
    const amy = thank(complete, 'amy', template, { overrides });
    const ben = thank(complete, 'ben', template, {
      overrides,
      otherNotes: [{ to: 'Amy Lee', text: amy.body.text }],
    });
    expect(ben.subject?.text).toBe('Thanks, Ben');
    const shared = ben.flags.filter((f) => f.code === 'shared_paragraph');
    expect(shared.map((f) => ben.body.text.slice(f.start, f.end))).toEqual([
      'Thank you for the conversation about the Data Analyst role at Northwind Traders today.',
    ]);
    expect(ben.final).toBe(true); // a warning, not a blocker
  });
});

describe('proofread: shared_paragraph', () => {
  const MARCUS_NOTE = [
    'Hi Marcus,',
    '',
    'Thank you for talking with me on Monday about the Data Analyst role at Northwind.',
    '',
    'Your point about the warehouse migration has stayed with me, Marcus.',
    '',
    'I’ll be in touch on Monday, March 16.',
    '',
    'Best,',
    'Jordan Rivera',
  ].join('\n');

  const PRIYA_NOTE = [
    'Hi Priya,',
    '',
    'I enjoyed hearing how the analytics team plans its quarter.',
    '',
    'I’ll follow up on Monday, March 16 to hear where things stand.',
    '',
    'Best,',
    'Jordan Rivera',
  ].join('\n');

  function draft(text: string, over: Partial<Draft> = {}): Draft {
    return {
      text,
      subject: 'Thank you',
      channel: 'email',
      kind: 'thank_you',
      recipient: { name: 'Priya Shah', firstName: 'Priya' },
      company: 'Northwind',
      specificDetail: 'how the analytics team plans its quarter',
      otherNotes: [{ to: 'Marcus Webb', text: MARCUS_NOTE }],
      ...over,
    };
  }

  type Case = { name: string; text: string; over?: Partial<Draft>; expect: string[] };
  const cases: Case[] = [
    { name: 'an own note shares nothing', text: PRIYA_NOTE, expect: [] },
    {
      name: 'a copied paragraph',
      text: PRIYA_NOTE.replace(
        'I’ll follow up on Monday, March 16 to hear where things stand.',
        'Thank you for talking with me on Monday about the Data Analyst role at Northwind.',
      ),
      expect: ['Thank you for talking with me on Monday about the Data Analyst role at Northwind.'],
    },
    {
      name: 'copied with the name changed',
      text: PRIYA_NOTE.replace(
        '\n\nBest,',
        '\n\nYour point about the warehouse migration has stayed with me, Priya.\n\nBest,',
      ),
      expect: ['Your point about the warehouse migration has stayed with me, Priya.'],
    },
    {
      name: 'copied with other case, spacing and line breaks',
      text: PRIYA_NOTE.replace(
        'I enjoyed hearing how the analytics team plans its quarter.',
        'I enjoyed hearing how the analytics team plans its quarter.\n\nTHANK you for talking with me  on Monday\nabout the data analyst role at Northwind!',
      ),
      expect: ['THANK you for talking with me  on Monday\nabout the data analyst role at Northwind!'],
    },
    {
      name: 'the shared greeting and sign-off are not flagged',
      text: 'Hi Marcus,\n\nI enjoyed hearing how the analytics team plans its quarter.\n\nBest,\nJordan Rivera',
      over: {
        recipient: { name: 'Marcus Webb', firstName: 'Marcus' },
        otherNotes: [{ to: 'Priya Shah', text: PRIYA_NOTE.replace('Hi Priya', 'Hi Marcus') }],
      },
      expect: ['I enjoyed hearing how the analytics team plans its quarter.'],
    },
    {
      name: 'greeting, sign-off and a signature block alike are not flagged',
      text: 'Hi Priya,\n\nI enjoyed hearing how the analytics team plans its quarter.\n\nBest,\nJordan Rivera\n+1 555 0199',
      over: {
        otherNotes: [
          {
            to: 'Marcus Webb',
            text: 'Hi Marcus,\n\nSomething else entirely, about the warehouse.\n\nBest,\nJordan Rivera\n+1 555 0199',
          },
        ],
      },
      expect: [],
    },
    {
      name: 'a name under the last paragraph, without a sign-off line',
      text: 'Hi Priya,\n\nThe analytics plan sounds great.\n\nJordan Q Rivera Smith',
      over: {
        otherNotes: [
          {
            to: 'Marcus Webb',
            text: 'Hi Marcus,\n\nThe warehouse plan sounds great.\n\nJordan Q Rivera Smith',
          },
        ],
      },
      expect: [],
    },
    {
      name: 'a short common line is not flagged',
      text: `${PRIYA_NOTE.replace('\n\nBest,', '\n\nSee you soon.\n\nBest,')}`,
      over: {
        otherNotes: [
          { to: 'Marcus Webb', text: MARCUS_NOTE.replace('\n\nBest,', '\n\nSee you soon.\n\nBest,') },
        ],
      },
      expect: [],
    },
    {
      name: 'an earlier note to the same person is not compared',
      text: MARCUS_NOTE.replace(/Marcus/g, 'Priya'),
      over: { otherNotes: [{ to: 'Priya Shah', text: MARCUS_NOTE.replace(/Marcus/g, 'Priya') }] },
      expect: [],
    },
    {
      name: 'without other notes, nothing to compare',
      text: MARCUS_NOTE.replace(/Marcus/g, 'Priya'),
      over: { otherNotes: [] },
      expect: [],
    },
    {
      name: 'only thank-yous are compared',
      text: MARCUS_NOTE.replace(/Marcus/g, 'Priya'),
      over: { kind: 'check_in' },
      expect: [],
    },
  ];

  it.each(cases)('$name', (c) => {
    const d = draft(c.text, c.over);
    const flags = proofread(d).filter((f) => f.code === 'shared_paragraph');
    expect(flags.map((f) => d.text.slice(f.start, f.end))).toEqual(c.expect);
  });

  it('says which note, and whose words to use instead', () => {
    const text = PRIYA_NOTE.replace(
      '\n\nBest,',
      '\n\nYour point about the warehouse migration has stayed with me, Priya.\n\nBest,',
    );
    const [flag] = proofread(draft(text)).filter((f) => f.code === 'shared_paragraph');
    expect(flag?.message).toBe(
      'The paragraph on line 7 is the same as in your note to Marcus — make it about what Priya said.',
    );
  });

  it('never throws on odd other notes', () => {
    const odd = [
      null,
      [null, 3, 'text', { to: 5, text: null }, { text: MARCUS_NOTE }],
      [{ to: '', text: '\n\n\n' }],
      [{ to: 'Marcus', text: 'word '.repeat(40000) }],
    ] as unknown as OtherNote[][];
    for (const otherNotes of odd) expect(() => proofread(draft(PRIYA_NOTE, { otherNotes }))).not.toThrow();
    // A note without a name still counts; the message says "someone else".
    const flags = proofread(draft(MARCUS_NOTE.replace(/Marcus/g, 'Priya'), { otherNotes: odd[1]! }));
    expect(flags.find((f) => f.code === 'shared_paragraph')?.message).toContain('your note to someone else');
  });
});

describe('interview notes: what each person said', () => {
  it.each([
    ['notes from before any per-person detail', { keyPoints: 'scope: two teams' }],
    ['empty notes', {}],
    ['notes with details for some people', { specifics: { amy: 'billing' } }],
  ])('%s still parse', (_name, notes) => {
    const parsed = InterviewNotes.parse(notes);
    expect(parsed.specifics).toEqual((notes as { specifics?: object }).specifics ?? {});
    expect(parsed.problems).toEqual([]);
  });

  it('old stored interviews (no notes at all, or notes without details) still parse and draft', () => {
    const old = {
      id: 'i0',
      opportunityId: 'o1',
      start: '2025-11-03T10:00:00Z',
      end: '2025-11-03T11:00:00Z',
      interviewers: ['amy'],
    };
    expect(StoredInterview.parse(old).notes).toBeNull();
    expect(Interview.parse({ ...old, notes: { keyPoints: 'x', strength: 'y' } }).notes?.specifics).toEqual(
      {},
    );
    const records = RecordsSchema.parse({
      ...recordSets[0]!.records,
      interviews: [{ ...old, notes: { keyPoints: 'x', strength: 'untangling messy data' } }],
    });
    const template = thankYous.find((t) => t.channel === 'email' && t.tone === 'warm')!;
    const c = thank({ ...recordSets[0]!, records }, 'amy', template);
    expect(c.body.text).toContain('[something specific Amy said]');
  });

  it('keeps each detail bounded', () => {
    expect(InterviewNotes.safeParse({ specifics: { amy: 'x'.repeat(10_001) } }).success).toBe(false);
    expect(InterviewNotes.safeParse({ specifics: { '': 'billing' } }).success).toBe(false);
  });
});
