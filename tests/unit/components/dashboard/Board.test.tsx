// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { UserSettings } from '@/lib/model';
import { detail, opportunity, summaryOf, task } from './fixtures';
import { fakeBackground } from './mock';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

const opportunities = [
  opportunity({ id: 'o1', company: 'Brightwater Labs', status: 'awaiting_decision' }),
  opportunity({ id: 'o2', company: 'Copperleaf Systems', role: 'Data Lead', status: 'applied', demo: true }),
  opportunity({ id: 'o3', company: 'Meadowgate Health', status: 'closed', outcome: 'rejected' }),
  opportunity({
    id: 'o4',
    company: 'Northwind',
    status: 'awaiting_decision',
    updatedAt: '2026-01-01T00:00:00Z',
  }),
];

function detailOf(id: string) {
  const o = opportunities.find((x) => x.id === id)!;
  return detail({
    opportunity: o,
    tasks:
      id === 'o1' ? detail().tasks : [task('check_in', '2026-03-20T10:00:00-04:00', { opportunityId: id })],
  });
}

function background() {
  return fakeBackground({
    listOpportunities: () => opportunities,
    opportunitySummaries: () => opportunities.map((o) => summaryOf(detailOf(o.id))),
    getOpportunity: (params) => detailOf((params as { id: string }).id),
  });
}

afterEach(() => {
  location.hash = '';
});

describe('dashboard board', () => {
  it('groups the opportunities by status, each card with its next task and a Sample tag for demo records', async () => {
    background();
    location.hash = '#/';
    render(<Dashboard />);
    const awaiting = await screen.findByRole('region', { name: /Awaiting decision/ });
    expect(within(awaiting).getByText('Brightwater Labs')).toBeTruthy();
    expect(within(awaiting).getByText('Northwind')).toBeTruthy();
    // The next open task, not the done ones.
    expect(within(awaiting).getByText(/Check in — Amy Lee/)).toBeTruthy();
    expect(within(awaiting).queryByText(/Send a thank-you/)).toBeNull();

    const applied = screen.getByRole('region', { name: /Applied/ });
    expect(within(applied).getByText('Copperleaf Systems')).toBeTruthy();
    expect(within(applied).getByText('Sample')).toBeTruthy();
    expect(within(applied).queryByText('Brightwater Labs')).toBeNull();

    const closed = screen.getByRole('region', { name: /Closed/ });
    expect(within(closed).getByText('Meadowgate Health')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /Interviewing/ })).getByText('None')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /Offer/ })).getByText('None')).toBeTruthy();

    const link = within(awaiting).getByRole('link', { name: 'Brightwater Labs' });
    expect(link.getAttribute('href')).toBe('#/opportunity/o1');
  });

  it('has the navigation landmarks and shows the settings at #/settings', async () => {
    fakeBackground({
      getSettings: () => UserSettings.parse({ timeZone: 'America/New_York', name: 'Jordan Rivera' }),
    });
    location.hash = '#/settings';
    render(<Dashboard />);
    const nav = screen.getByRole('navigation');
    expect(within(nav).getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('#/settings');
    expect(within(nav).getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(((await screen.findByLabelText(/^Your name/)) as HTMLInputElement).value).toBe('Jordan Rivera');
  });

  it('shows why the board could not load', async () => {
    fakeBackground({
      opportunitySummaries: () => {
        throw new Error('storage unavailable');
      },
    });
    location.hash = '#/';
    render(<Dashboard />);
    expect((await screen.findByRole('alert')).textContent).toContain('storage unavailable');
  });

  it('lists every opportunity in a table sorted by the column asked for', async () => {
    background();
    location.hash = '#/list';
    render(<Dashboard />);
    const table = await screen.findByRole('table');
    const companies = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(companies()).toEqual([
      'Brightwater Labs',
      'Copperleaf SystemsSample',
      'Meadowgate Health',
      'Northwind',
    ]);
    fireEvent.click(within(table).getByRole('button', { name: /Company/ }));
    expect(companies()).toEqual([
      'Northwind',
      'Meadowgate Health',
      'Copperleaf SystemsSample',
      'Brightwater Labs',
    ]);
    expect(
      within(table)
        .getByRole('columnheader', { name: /Company/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    fireEvent.click(within(table).getByRole('button', { name: /Status/ }));
    expect(companies()[0]).toBe('Copperleaf SystemsSample');
    expect(companies()[3]).toBe('Meadowgate Health');
  });

  it('adds an opportunity by hand and opens it', async () => {
    const mock = fakeBackground({
      sameJob: () => null,
      saveOpportunity: (params) => ({ ...opportunity(), ...(params as object), id: 'o9' }),
      getOpportunity: () => detail({ opportunity: opportunity({ id: 'o9', company: 'Acme' }) }),
    });
    location.hash = '#/new';
    render(<Dashboard />);
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Acme' } });
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add opportunity' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the company and the role.');
    expect(mock).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Marketing Coordinator' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'interviewing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add opportunity' }));
    await waitFor(() => expect(location.hash).toBe('#/opportunity/o9'));
    expect(mock).toHaveBeenCalledWith(
      'saveOpportunity',
      expect.objectContaining({
        company: 'Acme',
        role: 'Marketing Coordinator',
        status: 'interviewing',
        culture: null,
        payDiscussed: false,
        appliedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/),
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme' })).toBeTruthy();
  });
});
