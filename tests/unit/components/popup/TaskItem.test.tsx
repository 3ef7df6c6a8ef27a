// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TaskItem } from '@/components/popup/TaskItem';
import type { TaskView } from '@/lib/messaging/protocol';
import { task } from './fixtures';

const newYork = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'America/New_York',
});

function show(view: TaskView, when = newYork) {
  render(
    <ul>
      <TaskItem task={view} when={when} busy={false} onAction={vi.fn()} />
    </ul>,
  );
  return screen.getByRole('listitem');
}

describe('TaskItem', () => {
  it('says why, naming the person and the interview’s day', () => {
    const item = show(task());
    const why = item.querySelector('.why')!;
    expect(why.textContent).toContain('Thank Amy for your interview on Mon, Mar 2');
  });

  it.each<[string, Partial<TaskView>, RegExp]>([
    [
      'a check-in after the decision date',
      {
        kind: 'check_in',
        rule: 'R5.2',
        personName: 'Ben Ortiz',
        because: { kind: 'decision_by', day: '2026-12-11' },
      },
      /decide by Fri, Dec 11 — this is the next business day after, so ask Ben/,
    ],
    [
      'a second check-in',
      {
        kind: 'check_in',
        rule: 'R5.4',
        personName: 'Ben Ortiz',
        because: {
          kind: 'no_reply_since',
          at: '2026-12-01T10:00:00-05:00',
          what: 'check_in',
          sent: true,
          count: 1,
        },
      },
      /No reply since your check-in on Tue, Dec 1 — another short note to Ben/,
    ],
    [
      'a move-on after planned check-ins',
      {
        kind: 'move_on',
        rule: 'R5.6',
        person: null,
        personName: null,
        channel: null,
        because: {
          kind: 'no_reply_since',
          at: '2026-12-15T09:00:00-05:00',
          what: 'check_in',
          sent: false,
          count: 2,
        },
      },
      /If your check-in planned for Tue, Dec 15 goes unanswered too/,
    ],
    [
      'a task stored before reasons were kept',
      { kind: 'check_in', rule: 'R5.3', personName: 'Ben Ortiz', because: null },
      /A short, friendly note to Ben keeps you in mind/,
    ],
  ])('says why for %s', (_name, over, expected) => {
    expect(show(task(over)).querySelector('.why')!.textContent).toMatch(expected);
  });

  it('formats the anchor’s day in the zone and locale of the list', () => {
    const late = task({ because: { kind: 'interview', at: '2026-03-02T23:30:00-05:00', interviewId: 'i1' } });
    const berlin = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'short' });
    const text = show(late, berlin).querySelector('.why')!.textContent!;
    const day = new Intl.DateTimeFormat('de-DE', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: 'Europe/Berlin',
    }).format(new Date('2026-03-03T12:00:00Z'));
    expect(text).toContain(day);
  });

  it('links the rule id to the rules page at that rule, in a new tab', () => {
    const item = show(
      task({ rule: 'R5.2', kind: 'check_in', because: { kind: 'decision_by', day: '2026-03-06' } }),
    );
    const link = within(item).getByRole('link', { name: 'Rule R5.2: read it in the playbook' });
    expect(link.textContent).toBe('R5.2');
    expect(link.getAttribute('href')).toBe('chrome-extension://test-extension-id/dashboard.html#/rules/R5.2');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    // The why-line and its rule stay together.
    expect(item.querySelector('.why')!.contains(link)).toBe(true);
  });
});
