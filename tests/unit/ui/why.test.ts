import { describe, expect, it } from 'vitest';
import { type BecauseKind, type TaskBecause, TaskKind } from '@/lib/model';
import { firstName } from '@/lib/model/names';
import { becauseKinds } from '@/lib/playbook/because';
import { taskWhy } from '@/lib/ui/why';

const newYork = { locale: 'en-US', timeZone: 'America/New_York' };

/** Task kinds that contact someone: their why-line names that person. */
const contacts = new Set<TaskKind>([
  'thank_you',
  'value_add_call',
  'reference_heads_up',
  'referrer_check_in',
  'check_in',
  'congrats',
  'offer_in_writing',
  'rejection_reply',
  'linkedin_connect',
  'withdrawal_letter',
]);

/** One anchor of each kind, dated Tue Mar 3 (and Fri Mar 27 for a decision), 2026. */
function sample(kind: BecauseKind, sent = true): TaskBecause {
  const at = '2026-03-03T15:00:00-05:00';
  switch (kind) {
    case 'interview':
    case 'next_round':
    case 'next_step':
      return { kind, at, interviewId: 'i1' };
    case 'check_back_on':
    case 'decision_by':
      return { kind, day: '2026-03-03' };
    case 'decision_far':
      return { kind, day: '2026-03-27', at };
    case 'no_reply_since':
      return { kind, at, what: 'check_in', sent, count: 1 };
    default:
      return { kind, at };
  }
}

const pairs: Array<[TaskKind, BecauseKind, boolean]> = TaskKind.options.flatMap((kind) =>
  becauseKinds[kind].flatMap((anchor): Array<[TaskKind, BecauseKind, boolean]> =>
    anchor === 'no_reply_since'
      ? [
          [kind, anchor, true],
          [kind, anchor, false],
        ]
      : [[kind, anchor, true]],
  ),
);

describe('why-lines', () => {
  it.each(pairs)('%s × %s (sent %s) names its date and person', (kind, anchor, sent) => {
    const because = sample(anchor, sent);
    const person = contacts.has(kind) ? 'Amy Lee' : null;
    const why = taskWhy({ kind, because, personName: person, company: 'Acme' }, newYork);
    expect(why).toContain('Tue, Mar 3');
    if (anchor === 'decision_far') expect(why).toContain('Fri, Mar 27');
    if (person) expect(why).toContain('Amy');
    if (kind === 'congrats') expect(why).toContain('Acme');
    expect(why).toMatch(/^[A-Z].{20,150}\.$/);
    expect(why).not.toMatch(/\$\d|null|undefined|\s{2}| ,/);
  });

  it.each(pairs)('%s × %s (sent %s) reads well without a name', (kind, anchor, sent) => {
    const why = taskWhy({ kind, because: sample(anchor, sent), personName: null }, newYork);
    expect(why).toContain('Tue, Mar 3');
    expect(why).not.toMatch(/\$\d|null|undefined|\s{2}| ,/);
  });

  it.each([
    [
      'thank_you',
      { kind: 'interview', at: '2026-11-03T15:00:00-05:00', interviewId: 'i1' },
      'Amy Lee',
      'Thank Amy for your interview on Tue, Nov 3 — a thank-you lands best within a day.',
    ],
    [
      'check_in',
      { kind: 'decision_by', day: '2026-12-11' },
      'Ben Ortiz',
      'They said they would decide by Fri, Dec 11 — this is the next business day after, so ask Ben where things stand.',
    ],
    [
      'check_in',
      { kind: 'no_reply_since', at: '2026-12-01T10:00:00-05:00', what: 'check_in', sent: true, count: 1 },
      'Ben Ortiz',
      'No reply since your check-in on Tue, Dec 1 — another short note to Ben is fair now.',
    ],
    [
      'check_in',
      { kind: 'check_back_on', day: '2026-03-10' },
      null,
      'They said you could check back on Tue, Mar 10 — a short note to them then, not before.',
    ],
    [
      'reference_heads_up',
      { kind: 'references_requested', at: '2026-03-04T10:00:00-05:00' },
      null,
      'They asked for your references on Wed, Mar 4 — let your reference know a call is coming.',
    ],
    [
      'prep_next_round',
      { kind: 'next_round', at: '2026-03-10T10:00:00-04:00', interviewId: 'i2' },
      null,
      'Your next interview is on Tue, Mar 10 — prepare the day before, while there is time.',
    ],
    [
      'rejection_reply',
      { kind: 'rejection', at: '2026-03-06T09:15:00-05:00' },
      'Amy Lee',
      'They said no on Fri, Mar 6 — a gracious reply to Amy leaves you in good standing for the next role.',
    ],
  ] as const)('%s: %j', (kind, because, person, expected) => {
    expect(taskWhy({ kind, because, personName: person }, newYork)).toBe(expected);
  });

  it('puts an instant on its day in the user’s zone, and a date on its own day everywhere', () => {
    const late = { kind: 'interview', at: '2026-03-03T23:30:00-05:00', interviewId: 'i1' } as const;
    const task = { kind: 'notes', because: late, personName: null } as const;
    expect(taskWhy(task, newYork)).toContain('Tue, Mar 3');
    expect(taskWhy(task, { locale: 'en-US', timeZone: 'Europe/Berlin' })).toContain('Wed, Mar 4');
    const decision = {
      kind: 'check_in',
      because: { kind: 'decision_by', day: '2026-03-06' },
      personName: null,
    } as const;
    expect(taskWhy(decision, { locale: 'en-US', timeZone: 'Asia/Kolkata' })).toContain('Fri, Mar 6');
    expect(taskWhy(decision, { locale: 'en-US', timeZone: 'Pacific/Honolulu' })).toContain('Fri, Mar 6');
  });

  it('writes dates in the user’s locale', () => {
    const why = taskWhy(
      { kind: 'check_in', because: { kind: 'decision_by', day: '2026-12-11' }, personName: null },
      { locale: 'de-DE', timeZone: 'Europe/Berlin' },
    );
    expect(why).toContain(
      new Intl.DateTimeFormat('de-DE', {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(new Date('2026-12-11T00:00:00Z')),
    );
  });

  it('falls back to a reason without a date for tasks stored before anchors were kept', () => {
    for (const kind of TaskKind.options) {
      const why = taskWhy({ kind, because: null, personName: 'Amy Lee' }, newYork);
      expect(why, kind).toMatch(/^[A-Z].{10,120}[.]$/);
      expect(why, kind).not.toMatch(/\$\d|null|undefined|\s{2}/);
      if (contacts.has(kind)) expect(why, kind).toContain('Amy');
    }
    expect(taskWhy({ kind: 'check_in', because: null, personName: null }, newYork)).toBe(
      'A short, friendly note to them keeps you in mind without pressing.',
    );
  });

  it('ignores an anchor its kind never carries', () => {
    const odd = { kind: 'offer', at: '2026-03-03T15:00:00-05:00' } as const;
    expect(taskWhy({ kind: 'thank_you', because: odd, personName: 'Amy Lee' }, newYork)).toBe(
      'Thank Amy soon — thank-yous land best the same day.',
    );
  });
});

describe('firstName', () => {
  it.each([
    ['Amy Lee', 'Amy'],
    ['  Jean-Luc  Picard ', 'Jean-Luc'],
    ['Cher', 'Cher'],
    ['', null],
    [null, null],
  ])('%j → %j', (full, expected) => expect(firstName(full)).toBe(expected));
});
