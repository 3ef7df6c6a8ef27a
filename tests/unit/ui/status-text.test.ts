import { describe, expect, it } from 'vitest';
import { statusLine } from '@/lib/ui/status-text';

const now = new Date('2026-03-02T12:00:00-05:00'); // Monday, March 2 in New York
const open = { status: 'awaiting_decision' as const, outcome: null };
const task = (kind: 'thank_you' | 'check_in', due: string, state: 'pending' | 'done' = 'pending') => ({
  kind,
  due,
  state,
});

describe('statusLine', () => {
  it.each([
    [
      'a task due today',
      [task('thank_you', '2026-03-02T17:00:00-05:00')],
      null,
      'Thank-you due today',
      'due',
    ],
    ['an overdue task', [task('thank_you', '2026-02-27T17:00:00-05:00')], null, 'Thank-you overdue', 'due'],
    [
      'the next task on a later day',
      [task('check_in', '2026-03-06T09:00:00-05:00')],
      null,
      'Check in Mar 6',
      'next',
    ],
    [
      'a check-in after the decision date: waiting',
      [task('check_in', '2026-03-16T09:00:00-04:00')],
      '2026-03-13',
      'Waiting — decision by Mar 13',
      'waiting',
    ],
    [
      'done tasks do not count',
      [task('thank_you', '2026-03-02T17:00:00-05:00', 'done')],
      null,
      'Tracked',
      'waiting',
    ],
    [
      'late at night in New York is still today',
      [task('thank_you', '2026-03-02T23:30:00-05:00')],
      null,
      'Thank-you due today',
      'due',
    ],
  ] as const)('%s', (_name, tasks, decisionBy, text, tone) => {
    expect(
      statusLine({
        opportunity: open,
        tasks,
        decisionBy,
        now,
        timeZone: 'America/New_York',
        locale: 'en-US',
      }),
    ).toEqual({
      text,
      tone,
    });
  });

  it('says how a closed opportunity ended', () => {
    expect(
      statusLine({
        opportunity: { status: 'closed', outcome: 'rejected' },
        tasks: [task('check_in', '2026-03-06T09:00:00-05:00')],
        decisionBy: null,
        now,
        timeZone: 'UTC',
        locale: 'en-US',
      }),
    ).toEqual({ text: 'Closed — not selected', tone: 'closed' });
  });
});
