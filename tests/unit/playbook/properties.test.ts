/**
 * Properties of `plan` over random valid histories (scripts/support/histories.ts). Each
 * property is named after the invariant and the playbook rule it protects; the contract is
 * lib/playbook/README.md. A failure prints the shrunk history as a scenario file, ready for
 * `npm run -s plan -- FILE.json`.
 *
 * A snoozed task is due when the user said (README, "States"), so properties about planned
 * times leave snoozed tasks out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Channel, Task, type TaskState } from '@/lib/model';
import { Scenario } from '@/lib/model/scenario';
import { MAX_DUE_TO_LATE_MS, plan } from '@/lib/playbook';
import {
  EMPLOYER_SIDE,
  type History,
  type RawHistory,
  historyArb,
  parseHistory,
  rawHistoryArb,
  sampleHistories,
  toScenario,
} from '../../../scripts/support/histories';
import { daysBetween, formatInZone, localParts } from '../../../scripts/support/zoned';

// PROPERTY_RUNS=5000 for a deeper hunt; 300 keeps the file within seconds.
const numRuns = Number(process.env.PROPERTY_RUNS ?? 300);
// About 1.5 s per property at 300 runs on a laptop; generous for a loaded 2-core CI.
const timeout = 30_000 + numRuns * 50;
const histories = historyArb();

/** Check a property on `numRuns` random histories, after the pinned examples (known failures). */
function holds(property: (history: History) => void, examples: RawHistory[] = []): void {
  fc.assert(
    fc.property(histories, (history) => {
      property(history);
    }),
    { numRuns, examples: examples.map((raw) => [parseHistory(raw)]) },
  );
}

/**
 * Known counterexamples, pinned so they run every time (random runs find them about once in
 * 2,500 histories). R5.2 + R5.4: the decision date is more than 14 days away, so an interim
 * check-in comes at A + 7 and the next one is fixed at D + 1 business day, even when the
 * interim check-in was only sent later.
 */
function lateInterimCheckIn(sentAt: string, now: string): RawHistory {
  return {
    now,
    settings: { timeZone: 'UTC', maxUnanswered: 2 },
    records: {
      opportunity: {
        company: 'Acme',
        role: 'Marketing Coordinator',
        status: 'awaiting_decision',
        payDiscussed: true,
      },
      people: [{ id: 'p1', name: 'Amy Lee', role: 'recruiter', email: 'amy@acme.example' }],
      interviews: [
        {
          id: 'i1',
          start: '2026-03-02T10:00:00+00:00',
          end: '2026-03-02T11:00:00+00:00',
          interviewers: ['p1'],
          decisionBy: '2026-03-17',
        },
      ],
      touches: [
        {
          at: '2026-03-02T15:00:00+00:00',
          person: 'p1',
          direction: 'sent',
          channel: 'email',
          purpose: 'thank_you',
        },
        { at: sentAt, person: 'p1', direction: 'sent', channel: 'email', purpose: 'check_in' },
      ],
    },
  };
}
/** Interim sent Fri 13 March; check-in 2 still due Wed 18 March, 5 days later (R5.4: at least 7). */
const interimSentLate = lateInterimCheckIn('2026-03-13T10:00:00+00:00', '2026-03-13T12:00:00+00:00');
/** Interim sent 8 April; check-in 2 due 18 March and move_on due 1 April, before it was sent (R5.6). */
const interimSentVeryLate = lateInterimCheckIn('2026-04-08T10:00:00+00:00', '2026-04-08T12:00:00+00:00');

/**
 * R4/R5: the user logs their check-in with the referrer (purpose check_in, to the referrer);
 * the recruiter's check_in:i1:1 becomes done as if the employer had been contacted.
 */
const checkInWithReferrer: RawHistory = {
  now: '2026-03-05T12:00:00+00:00',
  settings: { timeZone: 'UTC' },
  records: {
    opportunity: {
      company: 'Acme',
      role: 'Marketing Coordinator',
      status: 'awaiting_decision',
      payDiscussed: true,
      referredBy: 'p2',
    },
    people: [
      { id: 'p1', name: 'Amy Lee', role: 'recruiter', email: 'amy@acme.example' },
      { id: 'p2', name: 'Raj Patel', role: 'referrer', email: 'raj@example.org' },
    ],
    interviews: [
      {
        id: 'i1',
        start: '2026-03-02T10:00:00+00:00',
        end: '2026-03-02T11:00:00+00:00',
        interviewers: ['p1'],
      },
    ],
    touches: [
      {
        at: '2026-03-02T15:00:00+00:00',
        person: 'p1',
        direction: 'sent',
        channel: 'email',
        purpose: 'thank_you',
      },
      {
        at: '2026-03-03T10:00:00+00:00',
        person: 'p2',
        direction: 'sent',
        channel: 'email',
        purpose: 'check_in',
      },
    ],
  },
};

const planOf = (h: History): Task[] => plan(h.records, h.now, h.settings);
const ms = (iso: string): number => Date.parse(iso);
const CLOSING_KINDS: readonly Task['kind'][] = ['rejection_reply', 'linkedin_connect', 'withdrawal_letter'];
const CALLS: readonly Channel[] = ['phone', 'voicemail'];
/** The purpose of the touch that does a task (README, "Tasks", "done when"), where one is named. */
const DONE_BY_PURPOSE: Partial<Record<Task['kind'], string>> = {
  thank_you: 'thank_you',
  value_add_call: 'value_add',
  check_in: 'check_in',
  congrats: 'congrats',
  withdrawal_letter: 'withdrawal',
};
const USER_ALONE: readonly Task['kind'][] = [
  'notes',
  'move_on',
  'review_waiting',
  'prep_next_round',
  'salary_research',
  'compare_offer',
];

// ---------------------------------------------------------------------------------------
// Facts about a history, read from the contract (not from the engine)

/** Ids the user snoozed: their times are the user's, not the plan's. */
function snoozed(h: History): Set<string> {
  return new Set(h.records.taskStates.filter((s) => s.state === 'snoozed').map((s) => s.id));
}

/** A task contacts the employer: its person is on their side, or it has no person but a channel (main contact unknown). */
function towardsEmployer(h: History, task: Task): boolean {
  return task.person === null ? task.channel !== null : isEmployerSide(h, task.person);
}

function isEmployerSide(h: History, personId: string): boolean {
  const person = h.records.people.find((p) => p.id === personId);
  return person !== undefined && EMPLOYER_SIDE.includes(person.role);
}

/** Channels excluded by any interview (cumulative); excluding phone also excludes voicemail. */
function excludedChannels(h: History): Set<Channel> {
  const excluded = new Set(h.records.interviews.flatMap((i) => i.excludedChannels));
  if (excluded.has('phone')) excluded.add('voicemail');
  return excluded;
}

/** A (README "Anchor, D and P"): the later of the latest interview's end and the latest reply. */
function anchorOf(h: History): { at: number; day: string } | null {
  const times = [
    ...h.records.interviews.map((i) => ms(i.end)),
    ...h.records.touches
      .filter((t) => t.direction === 'received' && t.purpose !== 'news')
      .map((t) => ms(t.at)),
  ];
  if (times.length === 0) return null;
  const at = Math.max(...times);
  return { at, day: localParts(at, h.settings.timeZone).date };
}

/** Days from A's day to P, P being the latest date to check back given at or before A (0 if none). */
function allowedInterval(h: History, anchor: { at: number; day: string }): number {
  const sources = [
    ...h.records.interviews.map((i) => ({ at: ms(i.end), p: i.mayCheckBackOn })),
    ...h.records.touches
      .filter((t) => t.direction === 'received' && t.purpose !== 'news')
      .map((t) => ({ at: ms(t.at), p: t.mayCheckBackOn })),
  ].filter((s) => s.p !== null && s.at <= anchor.at);
  const latest = sources.sort((a, b) => a.at - b.at).at(-1);
  if (!latest?.p || latest.p < anchor.day) return 0;
  return daysBetween(anchor.day, latest.p);
}

/** Main contact (README "People and channels"). */
function mainContact(h: History): string | null {
  for (const role of ['agency_consultant', 'recruiter', 'hiring_manager'] as const) {
    const person = h.records.people.find((p) => p.role === role);
    if (person) return person.id;
  }
  const latest = [...h.records.interviews].sort((a, b) => ms(a.end) - ms(b.end)).at(-1);
  return latest?.interviewers[0] ?? null;
}

/**
 * Check-ins sent since A, in order, each with its place among all of them (0-based). Sent
 * check-ins fill the slots in order (README, check_in "done when"); only those towards the
 * main contact (or nobody in particular) are returned: the weakest reading of "the n-th
 * sent check_in after A", so a touch at place j fills a slot ≤ j + 1 whichever way.
 */
function sentCheckIns(h: History, anchor: { at: number } | null): { at: string; place: number }[] {
  if (!anchor) return [];
  const contact = mainContact(h);
  return h.records.touches
    .filter((t) => t.direction === 'sent' && t.purpose === 'check_in' && ms(t.at) > anchor.at)
    .sort((a, b) => ms(a.at) - ms(b.at))
    .map((t, place) => ({ at: t.at, place, person: t.person }))
    .filter((t) => t.person === null || t.person === contact)
    .map(({ at, place }) => ({ at, place }));
}

/** Check-in slot number from `check_in:<anchor key>:<n>`. */
function slotOf(task: Task): { key: string; n: number } {
  const cut = task.id.lastIndexOf(':');
  return { key: task.id.slice('check_in:'.length, cut), n: Number(task.id.slice(cut + 1)) };
}

// ---------------------------------------------------------------------------------------

describe('the history generator (scripts/support/histories.ts)', () => {
  it('makes valid scenarios: schema, person references, chronology, nothing sent after now', () => {
    for (const raw of fc.sample(rawHistoryArb(), { numRuns: 200 })) {
      const history = parseHistory(raw);
      expect(() => Scenario.parse(JSON.parse(JSON.stringify(toScenario(history))))).not.toThrow();
      const { interviews, touches } = history.records;
      for (let i = 1; i < interviews.length; i++) {
        expect(ms(interviews[i]!.start)).toBeGreaterThanOrEqual(ms(interviews[i - 1]!.end));
      }
      for (const touch of touches) {
        expect(ms(touch.at)).toBeGreaterThanOrEqual(ms(interviews[0]!.start));
        expect(ms(touch.at)).toBeLessThanOrEqual(history.now.getTime());
      }
    }
  });

  it('samples the same realistic histories for the same seed', () => {
    expect(JSON.stringify(sampleHistories(20, 7))).toBe(JSON.stringify(sampleHistories(20, 7)));
    expect(JSON.stringify(sampleHistories(20, 7))).not.toBe(JSON.stringify(sampleHistories(20, 8)));
  });
});

describe('plan: properties over random histories', () => {
  it(
    'R10/R5.7: every task has earliest ≤ due ≤ late, times as local ISO with the zone offset, and a unique id',
    () => {
      const localIso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
      holds((h) => {
        const tasks = planOf(h);
        for (const task of tasks) {
          expect(() => Task.parse(task), task.id).not.toThrow();
          for (const time of [task.earliest, task.due, task.late]) {
            expect(time, task.id).toMatch(localIso);
            // The wall clock and offset are the zone's at that instant (across DST too).
            expect(time, task.id).toBe(formatInZone(ms(time), h.settings.timeZone));
          }
          expect(ms(task.earliest), task.id).toBeLessThanOrEqual(ms(task.due));
          expect(ms(task.due), task.id).toBeLessThanOrEqual(ms(task.late));
        }
        const ids = tasks.map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        const people = new Set(h.records.people.map((p) => p.id));
        for (const task of tasks) if (task.person !== null) expect(people, task.id).toContain(task.person);
      });
    },
    timeout,
  );

  it(
    'no task becomes late more than MAX_DUE_TO_LATE_MS after it is due (the store finds due tasks by it)',
    () => {
      holds((h) => {
        for (const task of planOf(h)) {
          expect(ms(task.late) - ms(task.due), task.id).toBeLessThanOrEqual(MAX_DUE_TO_LATE_MS);
        }
      });
    },
    timeout,
  );

  it(
    'R10: tasks are sorted by due, then id',
    () => {
      holds((h) => {
        const tasks = planOf(h);
        for (let i = 1; i < tasks.length; i++) {
          const [a, b] = [tasks[i - 1]!, tasks[i]!];
          const inOrder = ms(a.due) < ms(b.due) || (ms(a.due) === ms(b.due) && a.id < b.id);
          expect(inOrder, `${a.id} (${a.due}) before ${b.id} (${b.due})`).toBe(true);
        }
      });
    },
    timeout,
  );

  it(
    'R5.4: consecutive pending check-ins keep the allowed interval and the first gap, gaps never shrink, and none comes soon after a sent one',
    () => {
      holds(
        (h) => {
          const anchor = anchorOf(h);
          const tasks = planOf(h).filter((t) => t.kind === 'check_in');
          if (!anchor || tasks.length === 0) return;
          const firstGap = h.settings.checkInGaps[0]!;
          const minGap = Math.max(firstGap, allowedInterval(h, anchor));
          const skip = snoozed(h);
          const dayOf = (iso: string) => localParts(ms(iso), h.settings.timeZone).date;
          // A check-in still to do waits at least the first gap after one sent into an earlier slot.
          const sent = sentCheckIns(h, anchor);
          for (const task of tasks) {
            if (task.state !== 'pending' || skip.has(task.id)) continue;
            for (const touch of sent.filter((t) => t.place < slotOf(task).n - 1)) {
              expect(
                daysBetween(dayOf(touch.at), dayOf(task.due)),
                `${task.id} due ${task.due}, a check-in was sent ${touch.at}`,
              ).toBeGreaterThanOrEqual(firstGap);
            }
          }
          const byKey = new Map<string, Task[]>();
          for (const t of tasks) byKey.set(slotOf(t).key, [...(byKey.get(slotOf(t).key) ?? []), t]);
          for (const chain of byKey.values()) {
            chain.sort((a, b) => slotOf(a).n - slotOf(b).n);
            let previousGap: number | null = null;
            for (let i = 1; i < chain.length; i++) {
              const [a, b] = [chain[i - 1]!, chain[i]!];
              const consecutive =
                slotOf(b).n === slotOf(a).n + 1 &&
                a.state === 'pending' &&
                b.state === 'pending' &&
                !skip.has(a.id) &&
                !skip.has(b.id);
              if (!consecutive) {
                previousGap = null;
                continue;
              }
              const gap = daysBetween(dayOf(a.due), dayOf(b.due));
              expect(gap, `${a.id} → ${b.id}`).toBeGreaterThanOrEqual(minGap);
              if (previousGap !== null) expect(gap, `gap before ${b.id}`).toBeGreaterThanOrEqual(previousGap);
              previousGap = gap;
            }
          }
        },
        [interimSentLate, interimSentVeryLate],
      );
    },
    timeout,
  );

  it(
    'R5.6: open check-ins plus check-ins sent since the anchor never exceed maxUnanswered; move_on comes last',
    () => {
      holds(
        (h) => {
          const tasks = planOf(h);
          const checkIns = tasks.filter((t) => t.kind === 'check_in');
          const max = h.settings.maxUnanswered;
          expect(checkIns.length).toBeLessThanOrEqual(max);
          const open = checkIns.filter((t) => t.state === 'pending' || t.state === 'snoozed');
          const filledSlots = sentCheckIns(h, anchorOf(h)).filter((t) => t.place < max);
          if (open.length > 0) expect(open.length + filledSlots.length).toBeLessThanOrEqual(max);
          // move_on follows the last slot: after every open check-in and after every check-in
          // sent into a slot (a done check-in keeps its planned due, which may come later).
          const moveOns = tasks.filter((t) => t.kind === 'move_on');
          expect(moveOns.length).toBeLessThanOrEqual(1);
          const moveOn = moveOns[0];
          const skip = snoozed(h);
          if (moveOn && !skip.has(moveOn.id)) {
            for (const checkIn of open.filter((t) => !skip.has(t.id))) {
              expect(ms(moveOn.due), `${moveOn.id} after ${checkIn.id}`).toBeGreaterThan(ms(checkIn.due));
            }
            for (const touch of filledSlots) {
              expect(ms(moveOn.due), `${moveOn.id} after the check-in sent ${touch.at}`).toBeGreaterThan(
                ms(touch.at),
              );
            }
          }
        },
        [interimSentVeryLate],
      );
    },
    timeout,
  );

  it(
    'R9: "no contact" leaves no open task towards the employer, and no open task uses an excluded channel',
    () => {
      holds((h) => {
        // Strict even where the user set a state: an instruction beats every default (R9),
        // and a state from the records (skipped by R9) comes before a task state (README).
        const open = planOf(h).filter(
          (t) => (t.state === 'pending' || t.state === 'snoozed') && towardsEmployer(h, t),
        );
        if (h.records.interviews.some((i) => i.noContact)) {
          expect(
            open.map((t) => t.id),
            'open tasks towards the employer',
          ).toEqual([]);
        }
        const excluded = excludedChannels(h);
        for (const task of open) {
          expect(excluded.has(task.channel!), `${task.id} uses ${task.channel}`).toBe(false);
        }
      });
    },
    timeout,
  );

  it(
    'R5.7: calls are due on a weekday within the best time or working hours; every contact is due on a business day',
    () => {
      holds((h) => {
        const skip = snoozed(h);
        for (const task of planOf(h)) {
          if (task.channel === null || skip.has(task.id)) continue;
          const due = localParts(ms(task.due), h.settings.timeZone);
          expect(due.weekday, `${task.id} due ${task.due}`).toBeLessThanOrEqual(5);
          // earliest moves the same way (README "Time"), and never past due.
          const earliest = localParts(ms(task.earliest), h.settings.timeZone);
          expect(earliest.weekday, `${task.id} earliest ${task.earliest}`).toBeLessThanOrEqual(5);
          if (task.state !== 'pending' || !CALLS.includes(task.channel)) continue;
          const person = h.records.people.find((p) => p.id === task.person);
          const [start, end] = person?.bestTime ?? h.settings.workday;
          expect(due.clock >= `${start}:00` && due.clock <= `${end}:00`, `${task.id} due ${task.due}`).toBe(
            true,
          );
        }
      });
    },
    timeout,
  );

  it(
    'R10: planning is pure: the same input gives deep-equal output and the records are not changed',
    () => {
      holds((h) => {
        const before = structuredClone(h.records);
        const first = planOf(h);
        expect(h.records).toEqual(before);
        const second = plan(structuredClone(h.records), new Date(h.now.getTime()), { ...h.settings });
        expect(second).toEqual(first);
      });
    },
    timeout,
  );

  it(
    'R10: done, skipped and snoozed states survive replanning; a snoozed task returns at its snooze time',
    () => {
      holds((h) => {
        const tasks = new Map(planOf(h).map((t) => [t.id, t]));
        for (const state of h.records.taskStates) {
          const task = tasks.get(state.id);
          if (!task || state.state === 'pending') continue;
          // A state from the records (done by a touch, skipped by R9) comes first (README, "States").
          if (task.state === 'done' || task.state === 'skipped') continue;
          if (state.state === 'snoozed') {
            const until = ms(state.until);
            expect(task.state, task.id).toBe(until > h.now.getTime() ? 'snoozed' : 'pending');
            expect(ms(task.due), task.id).toBe(until);
          } else {
            expect.unreachable(`${task.id} is ${task.state} though the user marked it ${state.state}`);
          }
        }
      });
    },
    timeout,
  );

  it(
    'R10: a task is done only by the user or by a touch sent to its person (or to nobody in particular, or, for the employer, someone on their side)',
    () => {
      holds(
        (h) => {
          const markedDone = new Set(h.records.taskStates.filter((s) => s.state === 'done').map((s) => s.id));
          const sent = h.records.touches.filter((t) => t.direction === 'sent');
          const anchor = anchorOf(h);
          for (const task of planOf(h)) {
            if (task.state !== 'done' || markedDone.has(task.id)) continue;
            // Tasks for the user alone are done by a task state only (README, "Tasks").
            expect(USER_ALONE, `${task.id} is done without a task state`).not.toContain(task.kind);
            // The kind's own touch ("done when"): its purpose, or LinkedIn for a connection; a
            // check-in counts only after A.
            const purpose = DONE_BY_PURPOSE[task.kind];
            const matching = sent.filter(
              (t) =>
                (purpose === undefined || t.purpose === purpose) &&
                (task.kind !== 'linkedin_connect' || t.channel === 'linkedin') &&
                (task.kind !== 'check_in' || (anchor !== null && ms(t.at) > anchor.at)),
            );
            // To that person, or to nobody in particular (README, "done when"). Leniently, a touch to
            // someone else on the employer's side may stand in for the employer's main contact;
            // a referrer or a reference never does.
            const touched = matching.some(
              (t) =>
                task.person === null ||
                t.person === null ||
                t.person === task.person ||
                (towardsEmployer(h, task) && isEmployerSide(h, t.person)),
            );
            expect(touched, `${task.id} is done without a touch sent to ${task.person}`).toBe(true);
          }
        },
        [checkInWithReferrer],
      );
    },
    timeout,
  );

  it(
    'R2: no thank-you is offered more than 7 days after the interview unless done or skipped',
    () => {
      holds((h) => {
        const tasks = planOf(h);
        for (const interview of h.records.interviews) {
          if (h.now.getTime() - ms(interview.end) <= 8 * 86_400_000) continue;
          const open = tasks.filter(
            (t) =>
              t.id.startsWith(`thank_you:${interview.id}:`) && t.state !== 'done' && t.state !== 'skipped',
          );
          expect(open.map((t) => t.id)).toEqual([]);
        }
      });
    },
    timeout,
  );

  it(
    'R10: feeding the returned done/skipped/snoozed states back gives the same ids and times',
    () => {
      holds((h) => {
        const first = planOf(h);
        const states = new Map<string, TaskState>(h.records.taskStates.map((s) => [s.id, s]));
        for (const task of first) {
          if (task.state === 'done') states.set(task.id, { id: task.id, state: 'done' });
          if (task.state === 'skipped')
            states.set(task.id, { id: task.id, state: 'skipped', reason: task.reason ?? null });
          if (task.state === 'snoozed')
            states.set(task.id, { id: task.id, state: 'snoozed', until: task.due });
        }
        const second = plan({ ...h.records, taskStates: [...states.values()] }, h.now, h.settings);
        const shape = (tasks: Task[]) => tasks.map(({ reason: _reason, ...task }) => task);
        expect(shape(second)).toEqual(shape(first));
      });
    },
    timeout,
  );

  it(
    'R10/R8: a closed opportunity keeps only the closing tasks of its outcome',
    () => {
      holds((h) => {
        const { status, outcome } = h.records.opportunity;
        if (status !== 'closed') return;
        for (const task of planOf(h)) {
          expect(CLOSING_KINDS, task.id).toContain(task.kind);
          if (task.kind === 'withdrawal_letter') expect(outcome, task.id).toBe('withdrew');
          else expect(outcome, task.id).toBe('rejected');
        }
      });
    },
    timeout,
  );
});
