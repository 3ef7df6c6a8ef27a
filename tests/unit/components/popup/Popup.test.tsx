// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/Popup';
import { call } from '@/lib/messaging/client';
import type { PopupData } from '@/lib/messaging/protocol';
import { fakeCall, popupData, type Replies, task } from './fixtures';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

const amy = task();
const ben = task({
  id: 'check_in:p2:1',
  kind: 'check_in',
  person: 'p2',
  personName: 'Ben Ortiz',
  company: 'Globex',
  role: 'Data Analyst',
  channel: 'phone',
  rule: 'R5.3',
  due: '2026-03-01T10:00:00-05:00',
  opportunityId: 'o2',
});
const notes = task({
  id: 'notes:i1',
  kind: 'notes',
  person: null,
  personName: null,
  channel: null,
  rule: 'R1',
  due: '2026-03-05T09:00:00-05:00',
  company: 'Initech',
  role: 'Product Designer',
  opportunityId: 'o3',
});
const full = popupData({
  overdue: [ben],
  dueToday: [amy],
  comingUp: [notes],
  totals: { overdue: 1, dueToday: 1 },
  counts: { applied: 2, interviewing: 1, awaiting_decision: 1, offer: 0, closed: 0 },
  warnings: [{ code: 'few_active', rule: 'R6', message: 'Keep applying: only 2 opportunities are active.' }],
});

function setup(data: PopupData | (() => PopupData), extra: Replies = {}) {
  const fake = fakeCall({
    siteStatus: () => [],
    proposals: () => [],
    popupData: typeof data === 'function' ? data : () => data,
    setTaskState: (params) => params as never,
    ...extra,
  });
  vi.mocked(call).mockImplementation(fake as never);
  render(<Popup />);
  return fake;
}

const setTaskStateCalls = (fake: ReturnType<typeof fakeCall>) =>
  fake.mock.calls.filter(([method]) => method === 'setTaskState').map(([, params]) => params);

describe('Popup task list', () => {
  it('shows overdue and due today first, then coming up, each with why, rule, company, channel and due time', async () => {
    setup(full);
    const headings = (await screen.findAllByRole('heading', { level: 3 })).map((h) => h.textContent);
    expect(headings).toEqual(['Overdue (1)', 'Due today (1)', 'Coming up (1)']);

    const item = screen.getByRole('listitem', { name: 'Send a thank-you — Amy Lee' });
    expect(item.textContent).toContain('Acme · Email · Due Mon, Mar 2, 5:00 PM');
    expect(item.textContent).toContain(
      'Thank Amy for your interview on Mon, Mar 2 — a thank-you lands best within a day.',
    );
    const rule = within(item).getByRole('link', { name: /Rule R2/ });
    expect(rule.textContent).toBe('R2');
    expect(rule.getAttribute('href')).toMatch(/\/dashboard\.html#\/rules\/R2$/);
    expect(within(item).getByRole('button', { name: 'Draft' })).toBeTruthy();

    const overdue = screen.getByRole('region', { name: 'Overdue (1)' });
    expect(within(overdue).getByText('Check in — Ben Ortiz')).toBeTruthy();
    expect(overdue.textContent).toContain('Globex · Phone · Due Sun, Mar 1, 10:00 AM');
    // A task that contacts no one has nothing to draft.
    const notesItem = screen.getByRole('listitem', { name: 'Write down your interview notes' });
    expect(within(notesItem).queryByRole('button', { name: 'Draft' })).toBeNull();
  });

  it('shows pipeline counts and health warnings with their rule', async () => {
    setup(full);
    const pipeline = await screen.findByText(/2 applied/);
    expect(pipeline.textContent).toBe('2 applied · 1 interviewing · 1 awaiting decision');
    expect(screen.getByText(/Keep applying/).textContent).toBe(
      'Keep applying: only 2 opportunities are active. (R6)',
    );
  });

  it('tags sample tasks', async () => {
    setup(popupData({ dueToday: [task({ demo: true })], totals: { overdue: 0, dueToday: 1 } }));
    const item = await screen.findByRole('listitem', { name: 'Send a thank-you — Amy Lee' });
    expect(within(item).getByText('Sample')).toBeTruthy();
  });

  it.each([
    ['amy', ['Send a thank-you — Amy Lee']],
    ['GLOBEX', ['Check in — Ben Ortiz']],
    ['designer', ['Write down your interview notes']],
    ['check in', ['Check in — Ben Ortiz']],
    ['thank_you', ['Send a thank-you — Amy Lee']],
    ['', ['Check in — Ben Ortiz', 'Send a thank-you — Amy Lee', 'Write down your interview notes']],
  ])('search %j keeps only matching tasks', async (query, titles) => {
    setup(full);
    fireEvent.input(await screen.findByRole('searchbox', { name: 'Search tasks' }), {
      target: { value: query },
    });
    expect([...document.querySelectorAll('.task-title')].map((el) => el.textContent)).toEqual(titles);
  });

  it('says when nothing matches the search', async () => {
    setup(full);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'zebra' } });
    expect(screen.getByRole('status').textContent).toBe('No task matches “zebra”.');
  });
});

describe('Popup task actions', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T14:00:00Z')); // 09:00 in New York
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const key = { opportunityId: 'o1', id: 'thank_you:p1' };

  it.each([
    ['Done', [], { ...key, state: 'done' }, 'Marked done: Send a thank-you — Amy Lee'],
    [
      'Snooze',
      ['Later today'],
      { ...key, state: 'snoozed', until: '2026-03-02T17:00:00.000Z' },
      'Snoozed until',
    ],
    [
      'Snooze',
      ['Tomorrow, 9:00'],
      { ...key, state: 'snoozed', until: '2026-03-03T14:00:00.000Z' },
      'Snoozed until Tue',
    ],
    // Daylight saving time starts on March 8: 9:00 in New York is then 13:00 UTC.
    [
      'Snooze',
      ['Next week'],
      { ...key, state: 'snoozed', until: '2026-03-09T13:00:00.000Z' },
      'Snoozed until Mon',
    ],
  ])(
    '%s %j calls setTaskState, reloads, and Undo sets it back to pending',
    async (button, choices, params, said) => {
      let loads = 0;
      const fake = setup(() => {
        loads++;
        return full;
      });
      const item = await screen.findByRole('listitem', { name: 'Send a thank-you — Amy Lee' });
      fireEvent.click(within(item).getByRole('button', { name: button }));
      for (const choice of choices) fireEvent.click(within(item).getByRole('button', { name: choice }));

      await waitFor(() => expect(setTaskStateCalls(fake)).toEqual([params]));
      const status = await screen.findByRole('status');
      expect(status.textContent).toContain(said);
      await waitFor(() => expect(loads).toBe(2));

      fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(setTaskStateCalls(fake)).toEqual([params, { ...key, state: 'pending' }]));
      await waitFor(() => expect(loads).toBe(3));
      expect((await screen.findByRole('status')).textContent).toBe(
        'Back on your list: Send a thank-you — Amy Lee',
      );
    },
  );

  it('Skip asks for a reason in a small form, then skips with it', async () => {
    const fake = setup(full);
    const item = await screen.findByRole('listitem', { name: 'Send a thank-you — Amy Lee' });
    fireEvent.click(within(item).getByRole('button', { name: 'Skip' }));
    const reason = within(item).getByLabelText('Why skip it?');
    expect(document.activeElement).toBe(reason);
    fireEvent.input(reason, { target: { value: 'We spoke on the phone' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Skip task' }));
    await waitFor(() =>
      expect(setTaskStateCalls(fake)).toEqual([
        { ...key, state: 'skipped', reason: 'We spoke on the phone' },
      ]),
    );
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Skipped: Send a thank-you — Amy Lee');
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(setTaskStateCalls(fake)[1]).toEqual({ ...key, state: 'pending' }));
  });

  it('says so when an action fails', async () => {
    setup(full, {
      setTaskState: () => {
        throw new Error('disk full');
      },
    });
    const item = await screen.findByRole('listitem', { name: 'Send a thank-you — Amy Lee' });
    fireEvent.click(within(item).getByRole('button', { name: 'Done' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That did not work: disk full');
  });
});

describe('Popup empty state and sample data', () => {
  it('explains, and loads sample data on request', async () => {
    let loaded = false;
    const fake = setup(
      () =>
        loaded
          ? popupData({
              dueToday: [task({ demo: true })],
              totals: { overdue: 0, dueToday: 1 },
              counts: { applied: 0, interviewing: 1, awaiting_decision: 0, offer: 0, closed: 0 },
            })
          : popupData(),
      {
        loadSampleData: () => {
          loaded = true;
          return { opportunities: 1 };
        },
      },
    );
    expect(await screen.findByRole('heading', { name: 'Welcome to Afterview' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try it with sample data' }));
    expect(await screen.findByText('Sample')).toBeTruthy();
    expect(fake.mock.calls.filter(([m]) => m === 'loadSampleData')).toEqual([['loadSampleData', {}]]);
    expect(screen.queryByRole('heading', { name: 'Welcome to Afterview' })).toBeNull();
  });

  it('says there is nothing due when there are opportunities but no tasks', async () => {
    setup(popupData({ counts: { applied: 1, interviewing: 0, awaiting_decision: 0, offer: 0, closed: 0 } }));
    expect(await screen.findByText(/Nothing to do right now/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try it with sample data' })).toBeNull();
  });

  it('asks before removing sample data, and Cancel keeps it', async () => {
    const demo = popupData({
      dueToday: [task({ demo: true })],
      totals: { overdue: 0, dueToday: 1 },
      counts: { applied: 0, interviewing: 1, awaiting_decision: 0, offer: 0, closed: 0 },
    });
    let removed = false;
    const fake = setup(() => (removed ? popupData() : demo), {
      removeSampleData: () => {
        removed = true;
        return { removed: 1 };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove sample data' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Remove the sample jobs');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.mock.calls.some(([m]) => m === 'removeSampleData')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Remove sample data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove them' }));
    expect(await screen.findByRole('button', { name: 'Try it with sample data' })).toBeTruthy();
    expect(fake.mock.calls.filter(([m]) => m === 'removeSampleData')).toEqual([['removeSampleData', {}]]);
  });
});

describe('Popup links', () => {
  it('opens the dashboard in a tab and keeps the sites section', async () => {
    setup(full);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(await screen.findByRole('button', { name: 'Open dashboard' }));
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/dashboard\.html$/) as unknown as string,
    });
    expect(screen.getByRole('heading', { name: 'Where Afterview is on' })).toBeTruthy();
  });
});
