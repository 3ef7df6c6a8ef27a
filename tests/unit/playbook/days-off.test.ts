/**
 * Days off (public holidays of `settings.holidayCountry`, the user's own `settings.daysOff`)
 * in the plan: lib/playbook/README.md, "Time". Properties over the random histories of
 * properties.test.ts, each given a country and a few days off near its interviews, and the
 * Thanksgiving scenario with and without its country.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OpportunityRecords, Settings, type Task } from '@/lib/model';
import { plan } from '@/lib/playbook';
import { createContext } from '@/lib/playbook/context';
import { at, type Day, formatDay, parseDay } from '@/lib/time/calendar';
import { publicHolidays } from '@/lib/time/holidays';
import { planScenario } from '@/scripts/scenario-io';
import { type History, historyArb } from '../../../scripts/support/histories';
import { localParts } from '../../../scripts/support/zoned';

const numRuns = Number(process.env.PROPERTY_RUNS ?? 300);
const timeout = 30_000 + numRuns * 50;

const USER_ALONE: readonly Task['kind'][] = [
  'notes',
  'move_on',
  'review_waiting',
  'prep_next_round',
  'salary_research',
  'compare_offer',
];

const COUNTRIES = [null, 'US', 'DE', 'GB', 'IN', 'JP', 'AE', 'BR'] as const;

interface WithDaysOff {
  history: History;
  own: Set<string>;
}

/** A history, a country, and up to four days off or ranges from a week before its first interview (or now) on. */
const arbitrary: fc.Arbitrary<WithDaysOff> = fc
  .tuple(
    historyArb(),
    fc.constantFrom(...COUNTRIES),
    fc.array(fc.tuple(fc.integer({ min: -7, max: 90 }), fc.integer({ min: 0, max: 12 })), { maxLength: 4 }),
  )
  .map(([history, holidayCountry, spans]) => {
    const zone = history.settings.timeZone;
    const start = history.records.interviews[0]?.start;
    const first = parseDay(localParts(start ? Date.parse(start) : history.now.getTime(), zone).date);
    const own = new Set<string>();
    const daysOff = spans.map(([offset, length]) => {
      for (let d = 0; d <= length; d++) own.add(formatDay(first + offset + d));
      const from = formatDay(first + offset);
      return length === 0 ? from : `${from}/${formatDay(first + offset + length)}`;
    });
    const settings = Settings.parse({ ...history.settings, holidayCountry, daysOff });
    return { history: { ...history, settings }, own };
  });

/** Whether a local date is a day off: the country's public holiday or one of the user's own. */
function isDayOff(w: WithDaysOff, date: string): boolean {
  const country = w.history.settings.holidayCountry;
  const day: Day = parseDay(date);
  return w.own.has(date) || (country !== null && publicHolidays(country, Number(date.slice(0, 4))).has(day));
}

function holds(property: (w: WithDaysOff) => void): void {
  fc.assert(
    fc.property(arbitrary, (w) => {
      property(w);
    }),
    { numRuns },
  );
}

const snoozed = (h: History) =>
  new Set(h.records.taskStates.filter((s) => s.state === 'snoozed').map((s) => s.id));

describe('days off in the plan: properties over random histories', () => {
  it(
    'R5.7: no task that contacts someone is due (or opens) on a weekend or a day off',
    () => {
      holds((w) => {
        const { history: h } = w;
        const skip = snoozed(h);
        for (const task of plan(h.records, h.now, h.settings)) {
          if (task.channel === null || skip.has(task.id)) continue;
          for (const [field, time] of [
            ['due', task.due],
            ['earliest', task.earliest],
          ] as const) {
            const local = localParts(Date.parse(time), h.settings.timeZone);
            expect(local.weekday, `${task.id} ${field} ${time}`).toBeLessThanOrEqual(5);
            expect(isDayOff(w, local.date), `${task.id} ${field} ${time} is a day off`).toBe(false);
          }
        }
      });
    },
    timeout,
  );

  it(
    'a task for the user alone due on a weekend or a day off has no business day to go back to after its earliest, and none to go forward to before its late',
    () => {
      holds((w) => {
        const { history: h } = w;
        const zone = h.settings.timeZone;
        const skip = snoozed(h);
        const isBusiness = (date: string) => {
          const day = parseDay(date);
          const weekday = localParts(at(day, '12:00', 'UTC'), 'UTC').weekday;
          return weekday <= 5 && !isDayOff(w, date);
        };
        for (const task of plan(h.records, h.now, h.settings)) {
          if (!USER_ALONE.includes(task.kind) || skip.has(task.id)) continue;
          const dueDay = parseDay(localParts(Date.parse(task.due), zone).date);
          if (isBusiness(formatDay(dueDay))) continue;
          const earliestDay = parseDay(localParts(Date.parse(task.earliest), zone).date);
          for (let day = earliestDay; day < dueDay; day++) {
            expect(isBusiness(formatDay(day)), `${task.id} due ${task.due}: ${formatDay(day)} is free`).toBe(
              false,
            );
          }
          let next = dueDay + 1;
          while (!isBusiness(formatDay(next))) next++;
          expect(
            at(next, h.settings.workday[0], zone),
            `${task.id} due ${task.due} could wait for ${formatDay(next)}`,
          ).toBeGreaterThan(Date.parse(task.late));
        }
      });
    },
    timeout,
  );

  it(
    'R6: preparing for an interview is never due after it starts',
    () => {
      holds(({ history: h }) => {
        const skip = snoozed(h);
        for (const task of plan(h.records, h.now, h.settings)) {
          if (task.kind !== 'prep_next_round' || task.id.startsWith('prep_next_round:after:')) continue;
          if (skip.has(task.id)) continue;
          const interview = h.records.interviews.find((i) => task.id === `prep_next_round:${i.id}`)!;
          expect(Date.parse(task.due), task.id).toBeLessThanOrEqual(Date.parse(interview.start));
        }
      });
    },
    timeout,
  );

  it(
    'R10: with days off, planning is still pure and every task keeps earliest ≤ due ≤ late',
    () => {
      holds(({ history: h }) => {
        const first = plan(h.records, h.now, h.settings);
        expect(plan(structuredClone(h.records), new Date(h.now.getTime()), { ...h.settings })).toEqual(first);
        for (const task of first) {
          expect(Date.parse(task.earliest), task.id).toBeLessThanOrEqual(Date.parse(task.due));
          expect(Date.parse(task.due), task.id).toBeLessThanOrEqual(Date.parse(task.late));
        }
      });
    },
    timeout,
  );
});

describe('days off in the plan: examples', () => {
  const thanksgiving = JSON.parse(
    readFileSync(resolve(__dirname, '../../scenarios/r5-7-thanksgiving-check-in-new-york.json'), 'utf8'),
  ) as { settings: Record<string, unknown> };

  it('without the country, the Thanksgiving scenario’s check-in is due on Thanksgiving itself', () => {
    const tasks = planScenario({
      ...thanksgiving,
      settings: { ...thanksgiving.settings, holidayCountry: null },
    });
    expect(tasks.find((t) => t.id === 'check_in:i1:1')?.due).toBe('2026-11-26T09:00:00-05:00');
    const withCountry = planScenario(thanksgiving);
    expect(withCountry.find((t) => t.id === 'check_in:i1:1')?.due).toBe('2026-11-27T09:00:00-05:00');
  });

  it('the user’s own day off moves a check-in like a holiday does', () => {
    const tasks = planScenario({ ...thanksgiving, settings: { daysOff: ['2026-11-26/2026-11-27'] } });
    expect(tasks.find((t) => t.id === 'check_in:i1:1')?.due).toBe('2026-11-30T09:00:00-05:00');
  });

  it('the context carries the days off; without them, the user’s own days from the settings', () => {
    const records = OpportunityRecords.parse({
      opportunity: { company: 'Example Corp', role: 'Analyst', status: 'awaiting_decision' },
    });
    const settings = Settings.parse({ holidayCountry: 'US', daysOff: ['2026-12-24'] });
    const ctx = createContext(records, new Date('2026-12-01T12:00:00Z'), settings);
    expect(ctx.daysOff.has(parseDay('2026-12-24'))).toBe(true);
    // Public holidays come only from `plan`, which loads them (lib/time/holidays.ts).
    expect(ctx.daysOff.has(parseDay('2026-12-25'))).toBe(false);
  });

  it('a Sunday preparation with a holiday on the Friday comes to the Thursday before', () => {
    // Round two on Monday 6 April 2026 (Easter Monday is a holiday in Germany, but the
    // interview was set for then anyway): prep due Sunday → Good Friday is off → Thursday.
    const records = OpportunityRecords.parse({
      opportunity: { company: 'Example GmbH', role: 'Analyst', status: 'interviewing', payDiscussed: true },
      people: [{ id: 'p1', name: 'Eva Example', role: 'interviewer', email: 'eva@example.example' }],
      interviews: [
        {
          id: 'i1',
          start: '2026-03-30T10:00:00+02:00',
          end: '2026-03-30T11:00:00+02:00',
          interviewers: ['p1'],
        },
        {
          id: 'i2',
          start: '2026-04-06T10:00:00+02:00',
          end: '2026-04-06T11:00:00+02:00',
          interviewers: ['p1'],
        },
      ],
    });
    const settings = Settings.parse({ timeZone: 'Europe/Berlin', holidayCountry: 'DE' });
    const prep = plan(records, new Date('2026-03-31T12:00:00+02:00'), settings).find(
      (t) => t.id === 'prep_next_round:i2',
    );
    expect(prep?.due).toBe('2026-04-02T09:00:00+02:00');
    const without = plan(records, new Date('2026-03-31T12:00:00+02:00'), {
      ...settings,
      holidayCountry: null,
    });
    expect(without.find((t) => t.id === 'prep_next_round:i2')?.due).toBe('2026-04-03T09:00:00+02:00');
  });
});
