/**
 * What each task answers to (`task.because`): facts the planner gives with every task, which
 * lib/ui/why.ts puts in words. Checked over the team's scenarios (every task kind carries an
 * anchor its kind may carry, and between them every pairing in `becauseKinds` occurs) and on
 * a table of hand-picked cases with the exact anchor expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OpportunityRecords,
  type OpportunityRecordsInput,
  Settings,
  Task,
  type TaskBecause,
  TaskKind,
} from '@/lib/model';
import { plan } from '@/lib/playbook';
import { becauseKinds } from '@/lib/playbook/because';
import { parseScenario } from '@/scripts/scenario-io';

const dir = resolve(__dirname, '../../scenarios');
const scenarios = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const parsed = parseScenario(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
    const { records, now, settings } = parsed.value;
    return { name, tasks: plan(OpportunityRecords.parse(records), now, Settings.parse(settings)) };
  });

describe('every planned task names its anchor', () => {
  it.each(scenarios.map((s) => [s.name, s.tasks] as const))('%s', (_name, tasks) => {
    for (const task of tasks) {
      expect(task.because, task.id).not.toBeNull();
      expect(becauseKinds[task.kind], task.id).toContain(task.because!.kind);
      expect(() => Task.parse(task), task.id).not.toThrow();
    }
  });
});

const settings = Settings.parse({ timeZone: 'America/New_York' });
const interview = {
  id: 'i1',
  start: '2026-03-03T14:00:00-05:00',
  end: '2026-03-03T15:00:00-05:00',
  interviewers: ['amy'],
};
const amy = { id: 'amy', name: 'Amy Lee', role: 'interviewer' as const };

function planFor(input: Partial<OpportunityRecordsInput>, now = '2026-03-03T16:00:00-05:00') {
  const records = OpportunityRecords.parse({
    opportunity: { company: 'Acme', role: 'Analyst', status: 'awaiting_decision', payDiscussed: true },
    people: [amy],
    interviews: [interview],
    ...input,
  });
  return plan(records, new Date(now), settings);
}

const becauseOf = (tasks: Task[], id: string): TaskBecause | null | undefined =>
  tasks.find((t) => t.id === id)?.because;

const afterI1: TaskBecause = { kind: 'interview', at: '2026-03-03T15:00:00-05:00', interviewId: 'i1' };

const cases: Array<[string, Partial<OpportunityRecordsInput>, string, TaskBecause]> = [
  ['R1 notes: the interview', {}, 'notes:i1', afterI1],
  ['R2 thank-you: the interview', {}, 'thank_you:i1:amy', afterI1],
  [
    'R3 value-add call: the interview',
    { interviews: [{ ...interview, mayCall: true }] },
    'value_add_call:i1',
    afterI1,
  ],
  [
    'R4 reference: the first interview',
    { people: [amy, { id: 'ref', name: 'Cleo Ray', role: 'reference' }] },
    'reference_heads_up:ref',
    afterI1,
  ],
  [
    'R4 reference: the request for references',
    {
      people: [amy, { id: 'ref', name: 'Cleo Ray', role: 'reference' }],
      touches: [
        {
          at: '2026-03-04T10:00:00-05:00',
          person: 'amy',
          direction: 'received',
          channel: 'email',
          purpose: 'references_requested',
        },
      ],
    },
    'reference_heads_up:ref',
    { kind: 'references_requested', at: '2026-03-04T10:00:00-05:00' },
  ],
  [
    'R4 referrer: the interview',
    {
      opportunity: { company: 'Acme', role: 'Analyst', status: 'awaiting_decision', referredBy: 'sam' },
      people: [amy, { id: 'sam', name: 'Sam Poe', role: 'referrer' }],
    },
    'referrer_check_in:i1',
    afterI1,
  ],
  [
    'R5.1 first check-in: the check-back day',
    { interviews: [{ ...interview, mayCheckBackOn: '2026-03-10' }] },
    'check_in:i1:1',
    { kind: 'check_back_on', day: '2026-03-10' },
  ],
  [
    'R5.2 first check-in: the decision date',
    { interviews: [{ ...interview, decisionBy: '2026-03-06' }] },
    'check_in:i1:1',
    { kind: 'decision_by', day: '2026-03-06' },
  ],
  [
    'R5.2 interim check-in: a far decision date, counted from the interview',
    { interviews: [{ ...interview, decisionBy: '2026-03-27' }] },
    'check_in:i1:1',
    { kind: 'decision_far', day: '2026-03-27', at: '2026-03-03T15:00:00-05:00' },
  ],
  [
    'R5.2 the check-in after a far decision date: the decision date',
    { interviews: [{ ...interview, decisionBy: '2026-03-27' }] },
    'check_in:i1:2',
    { kind: 'decision_by', day: '2026-03-27' },
  ],
  ['R5.3 first check-in: the interview', {}, 'check_in:i1:1', afterI1],
  [
    'R5.5 first check-in after a reply: the reply',
    {
      touches: [
        {
          at: '2026-03-05T12:00:00-05:00',
          person: 'amy',
          direction: 'received',
          channel: 'email',
          purpose: 'reply',
        },
      ],
    },
    'check_in:reply-20260305T170000Z:1',
    { kind: 'last_reply', at: '2026-03-05T12:00:00-05:00' },
  ],
  [
    'R5.4 second check-in: the first, assumed sent and unanswered',
    {},
    'check_in:i1:2',
    { kind: 'no_reply_since', at: '2026-03-09T09:00:00-04:00', what: 'check_in', sent: false, count: 1 },
  ],
  [
    'R5.4 second check-in: the first, as sent',
    {
      touches: [
        {
          at: '2026-03-09T11:30:00-04:00',
          person: 'amy',
          direction: 'sent',
          channel: 'email',
          purpose: 'check_in',
        },
      ],
    },
    'check_in:i1:2',
    { kind: 'no_reply_since', at: '2026-03-09T11:30:00-04:00', what: 'check_in', sent: true, count: 1 },
  ],
  [
    'R5.6 move on: the last check-in',
    {},
    'move_on:i1',
    { kind: 'no_reply_since', at: '2026-03-16T09:00:00-04:00', what: 'check_in', sent: false, count: 2 },
  ],
  [
    'R9 review while told not to write: the decision date',
    { interviews: [{ ...interview, noContact: true, decisionBy: '2026-03-13' }] },
    'review_waiting:i1',
    { kind: 'decision_by', day: '2026-03-13' },
  ],
  [
    'R9 review without a decision date: the interview',
    { interviews: [{ ...interview, noContact: true }] },
    'review_waiting:i1',
    afterI1,
  ],
  [
    'R9 review without a decision date, after a reply: the reply',
    {
      interviews: [{ ...interview, noContact: true }],
      touches: [
        {
          at: '2026-03-05T12:00:00-05:00',
          person: 'amy',
          direction: 'received',
          channel: 'email',
          purpose: 'reply',
        },
      ],
    },
    'review_waiting:reply-20260305T170000Z',
    { kind: 'last_reply', at: '2026-03-05T12:00:00-05:00' },
  ],
  [
    'R7 congratulations: the news',
    {
      touches: [
        {
          at: '2026-03-04T08:00:00-05:00',
          person: null,
          direction: 'received',
          channel: 'email',
          purpose: 'news',
        },
      ],
    },
    'congrats:20260304T130000Z',
    { kind: 'news', at: '2026-03-04T08:00:00-05:00' },
  ],
  [
    'R6 prepare a scheduled round: that round',
    {
      interviews: [
        interview,
        {
          id: 'i2',
          start: '2026-03-10T10:00:00-04:00',
          end: '2026-03-10T11:00:00-04:00',
          interviewers: ['amy'],
        },
      ],
    },
    'prep_next_round:i2',
    { kind: 'next_round', at: '2026-03-10T10:00:00-04:00', interviewId: 'i2' },
  ],
  [
    'R6 prepare a round they mentioned: the interview where they said so',
    { interviews: [{ ...interview, nextStep: 'a final round with the team' }] },
    'prep_next_round:after:i1',
    { kind: 'next_step', at: '2026-03-03T15:00:00-05:00', interviewId: 'i1' },
  ],
  [
    'R6 pay research: the first interview',
    { opportunity: { company: 'Acme', role: 'Analyst', status: 'awaiting_decision', payDiscussed: false } },
    'salary_research',
    afterI1,
  ],
];

describe('the anchor each task kind carries', () => {
  it.each(cases)('%s', (_name, input, id, expected) => {
    expect(becauseOf(planFor(input), id)).toEqual(expected);
  });

  const offer = { kind: 'offer', at: '2026-03-05T17:00:00-05:00' } as const;
  it.each([['offer_in_writing'], ['compare_offer'], ['salary_research']])('R8 %s: the offer', (id) => {
    const tasks = planFor({
      opportunity: { company: 'Acme', role: 'Analyst', status: 'offer', outcomeAt: '2026-03-05T22:00:00Z' },
    });
    expect(becauseOf(tasks, id)).toEqual(offer);
  });

  it.each([['rejection_reply'], ['linkedin_connect:amy']])('R8 %s: the rejection', (id) => {
    const tasks = planFor({
      opportunity: { company: 'Acme', role: 'Analyst', status: 'closed', outcome: 'rejected' },
      touches: [
        {
          at: '2026-03-06T09:15:00-05:00',
          person: 'amy',
          direction: 'received',
          channel: 'email',
          purpose: 'rejection',
        },
      ],
    });
    expect(becauseOf(tasks, id)).toEqual({ kind: 'rejection', at: '2026-03-06T09:15:00-05:00' });
  });

  it('R8 withdrawal letter: the withdrawal', () => {
    const tasks = planFor({
      opportunity: {
        company: 'Acme',
        role: 'Analyst',
        status: 'closed',
        outcome: 'withdrew',
        outcomeAt: '2026-03-07T10:00:00-05:00',
      },
    });
    expect(becauseOf(tasks, 'withdrawal_letter')).toEqual({
      kind: 'withdrawal',
      at: '2026-03-07T10:00:00-05:00',
    });
  });
});

describe('stored tasks from before reasons were kept', () => {
  it('still parse, with no anchor', () => {
    const old = {
      id: 'notes:i1',
      kind: 'notes',
      person: null,
      earliest: '2026-03-03T15:00:00-05:00',
      due: '2026-03-03T15:00:00-05:00',
      late: '2026-03-04T15:00:00-05:00',
      channel: null,
      rule: 'R1',
      state: 'pending',
    };
    expect(Task.parse(old).because).toBeNull();
  });

  it('refuses an anchor that is not one', () => {
    const task = planFor({}).find((t) => t.id === 'notes:i1')!;
    expect(() => Task.parse({ ...task, because: { kind: 'whim', at: task.due } })).toThrow();
    expect(() => Task.parse({ ...task, because: { kind: 'decision_by', day: 'Friday' } })).toThrow();
  });
});

describe('the set of anchors', () => {
  it('is met in full: every task kind with every anchor its kind may carry', () => {
    const planned = [...scenarios.flatMap((s) => s.tasks), ...cases.flatMap(([, input]) => planFor(input))];
    const seen = new Set(planned.map((t) => `${t.kind}:${t.because!.kind}`));
    const wanted = TaskKind.options.flatMap((kind) =>
      becauseKinds[kind].map((anchor) => `${kind}:${anchor}`),
    );
    expect(wanted.filter((pair) => !seen.has(pair))).toEqual([]);
  });
});
