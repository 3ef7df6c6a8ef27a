// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/Popup';
import { TaskList } from '@/components/popup/TaskList';
import { call } from '@/lib/messaging/client';
import type { PopupData } from '@/lib/messaging/protocol';
import { fakeCall, popupData, task } from './fixtures';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

// Interview-day quiet (issue 16). Today is Tue Mar 3 in New York; the 7th day after is Mar 10.
const due = (at: string, over: Parameters<typeof task>[0]) =>
  task({ due: at, dueAt: Date.parse(at), ...over });
const overdue = due('2026-03-02T17:00:00-05:00', { id: 'thank_you:p1' });
const today = due('2026-03-03T17:00:00-05:00', {
  id: 'notes:i1',
  kind: 'notes',
  person: null,
  personName: null,
  channel: null,
  rule: 'R1',
});
const nextWeek = due('2026-03-10T09:00:00-04:00', {
  id: 'check_in:p2:1',
  kind: 'check_in',
  person: 'p2',
  personName: 'Ben Ortiz',
  company: 'Globex',
  opportunityId: 'o2',
});
const weeksAway = due('2026-03-24T09:00:00-04:00', {
  id: 'check_in:p3:2',
  kind: 'check_in',
  person: 'p3',
  personName: 'Cleo Park',
  company: 'Initech',
  opportunityId: 'o3',
});
const monthAway = due('2026-04-07T09:00:00-04:00', {
  id: 'move_on:i9',
  kind: 'move_on',
  person: null,
  personName: null,
  company: 'Umbrella',
  role: 'Data Analyst',
  opportunityId: 'o4',
});
const interviewToday: PopupData['interviewToday'] = {
  start: '2026-03-03T14:00:00-05:00',
  company: 'Brightwater Labs',
  opportunityId: 'o9',
  over: false,
  foldAfter: Date.parse('2026-03-11T00:00:00-04:00') - 1,
};
const lists = {
  overdue: [overdue],
  dueToday: [today],
  comingUp: [nextWeek, weeksAway, monthAway],
  totals: { overdue: 1, dueToday: 1 },
};

function show(data: PopupData, query = '') {
  return render(<TaskList data={data} locale="en-US" query={query} busy={false} onAction={() => {}} />);
}

const titles = (root: ParentNode = document) =>
  [...root.querySelectorAll('.task-title')].map((el) => el.textContent);

describe('TaskList on an interview day', () => {
  it('says when the interview is, and folds tasks due after the next 7 days under a closed disclosure', () => {
    show(popupData({ ...lists, interviewToday }));
    expect(screen.getByText(/^Interview today/).textContent).toBe(
      'Interview today: 2:00 PM, Brightwater Labs — good luck',
    );
    // Overdue, today and the next 7 days stay in view.
    expect(titles()).toEqual([
      'Send a thank-you — Amy Lee',
      'Write down your interview notes',
      'Check in — Ben Ortiz',
    ]);
    expect(screen.getByRole('heading', { name: 'Coming up (1)' })).toBeTruthy();
    const fold = screen.getByRole('button', { name: 'Later (2) — folded on your interview day' });
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Check in — Cleo Park')).toBeNull();
  });

  it('shows the folded tasks when the disclosure is opened, and hides them again', () => {
    show(popupData({ ...lists, interviewToday }));
    const fold = screen.getByRole('button', { name: /^Later \(2\)/ });
    fireEvent.click(fold);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    const later = screen.getByRole('region', { name: 'Later (2) — folded on your interview day' });
    expect(titles(later)).toEqual(['Check in — Cleo Park', 'Decide whether to move on']);
    expect(document.getElementById(fold.getAttribute('aria-controls')!)).toBe(later.querySelector('ul'));
    // Folded tasks keep their actions.
    expect(within(later).getAllByRole('button', { name: 'Done' })).toHaveLength(2);
    fireEvent.click(fold);
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(titles(later)).toEqual([]);
  });

  it('folds nothing on a day without an interview', () => {
    show(popupData(lists));
    expect(screen.queryByText(/Interview today/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Later/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Coming up (3)' })).toBeTruthy();
    expect(titles()).toHaveLength(5);
  });

  it('shows a folded task that matches the search', () => {
    show(popupData({ ...lists, interviewToday }), 'initech');
    expect(titles()).toEqual(['Check in — Cleo Park']);
    expect(screen.getByRole('heading', { name: 'Coming up (1)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Later/ })).toBeNull();
  });

  it('shows only the fold when every task is weeks away', () => {
    show(popupData({ comingUp: [weeksAway], interviewToday }));
    expect(screen.queryByText(/Nothing to do right now/)).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Later (1) — folded on your interview day' })).toBeTruthy();
  });

  it('still names the interview when nothing is due, and after it is over', () => {
    show(popupData({ interviewToday: { ...interviewToday, over: true } }));
    expect(screen.getByText(/^Interview today/).textContent).toBe(
      'Interview today: 2:00 PM, Brightwater Labs — done; the rest can wait',
    );
    expect(screen.getByText(/Nothing to do right now/)).toBeTruthy();
  });
});

describe('Popup on an interview day', () => {
  it('finds a folded task through the search box, and folds it again once the search is cleared', async () => {
    const fake = fakeCall({
      siteStatus: () => [],
      proposals: () => [],
      popupData: () => popupData({ ...lists, interviewToday }),
    });
    vi.mocked(call).mockImplementation(fake as never);
    render(<Popup />);
    const fold = await screen.findByRole('button', { name: /^Later \(2\)/ });
    expect(fold.getAttribute('aria-expanded')).toBe('false');

    const search = screen.getByRole('searchbox', { name: 'Search tasks' });
    fireEvent.input(search, { target: { value: 'cleo' } });
    expect(titles()).toEqual(['Check in — Cleo Park']);

    fireEvent.input(search, { target: { value: '' } });
    expect(titles()).not.toContain('Check in — Cleo Park');
    expect(screen.getByRole('button', { name: /^Later \(2\)/ }).getAttribute('aria-expanded')).toBe('false');
  });
});
