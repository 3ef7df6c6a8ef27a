// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { OpportunityForm } from '@/components/dashboard/OpportunityForm';
import { detail, opportunity } from './fixtures';
import { fakeBackground, paramsOf } from './mock';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

/** The open opportunity the background says is the same job. */
const followed = {
  id: 'o1',
  company: 'Brightwater Labs',
  role: 'Product Analyst',
  status: 'awaiting_decision',
};

function background(same: typeof followed | null) {
  return fakeBackground({
    sameJob: () => same,
    saveOpportunity: (params) => ({ ...opportunity(), ...(params as object), id: 'o9' }),
    getOpportunity: ({ id }: { id: string }) =>
      detail({
        opportunity: opportunity({
          id,
          company: id === 'o1' ? 'Brightwater Labs' : 'Brightwater Labs, Inc.',
        }),
      }),
  } as Parameters<typeof fakeBackground>[0]);
}

/** The dashboard's "new opportunity" page, filled in for the job and submitted. */
async function addNew(company = 'Brightwater Labs, Inc.', role = 'product analyst') {
  location.hash = '#/new';
  render(<Dashboard />);
  fireEvent.input(screen.getByLabelText('Company'), { target: { value: company } });
  fireEvent.input(screen.getByLabelText('Role'), { target: { value: role } });
  fireEvent.click(screen.getByRole('button', { name: 'Add opportunity' }));
}

afterEach(() => {
  location.hash = '';
});

describe('one opportunity per job in the dashboard', () => {
  it('asks when the job is already followed, and saves nothing', async () => {
    background(followed);
    await addNew();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'You already follow Product Analyst at Brightwater Labs (Awaiting decision).',
    );
    expect(paramsOf('sameJob')).toEqual([{ company: 'Brightwater Labs, Inc.', role: 'product analyst' }]);
    expect(paramsOf('saveOpportunity')).toEqual([]);
    const question = screen.getByRole('group', { name: /You already follow/ });
    const open = within(question).getByRole('link', { name: 'Open it' });
    // Focus moves to the first answer, so the keyboard can take it (or Tab to the other).
    await waitFor(() => expect(document.activeElement).toBe(open));
    expect(within(question).getByRole('button', { name: 'Add it anyway as another job' })).toBeTruthy();
    expect(location.hash).toBe('#/new');
  });

  it('the question has no structural accessibility violations', async () => {
    background(followed);
    await addNew();
    await screen.findByRole('link', { name: 'Open it' });
    // heading-order is the page's own (its h1, then the form's h3), with or without the question.
    const result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, 'heading-order': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('asks again on another save, still without saving', async () => {
    background(followed);
    await addNew();
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Add opportunity' }));
    await waitFor(() => expect(paramsOf('sameJob')).toHaveLength(2));
    expect(screen.getByRole('alert').textContent).toMatch(/You already follow/);
    expect(paramsOf('saveOpportunity')).toEqual([]);
  });

  it('"Open it" opens the opportunity already followed', async () => {
    background(followed);
    await addNew();
    const open = await screen.findByRole('link', { name: 'Open it' });
    expect(open.getAttribute('href')).toBe('#/opportunity/o1');
    fireEvent.click(open);
    await waitFor(() => expect(location.hash).toBe('#/opportunity/o1'));
    expect(await screen.findByRole('heading', { level: 1, name: /Brightwater Labs/ })).toBeTruthy();
    expect(paramsOf('saveOpportunity')).toEqual([]);
  });

  it('"Add it anyway as another job" saves it', async () => {
    background(followed);
    await addNew();
    fireEvent.click(await screen.findByRole('button', { name: 'Add it anyway as another job' }));
    await waitFor(() => expect(location.hash).toBe('#/opportunity/o9'));
    expect(paramsOf('saveOpportunity')).toEqual([
      expect.objectContaining({
        company: 'Brightwater Labs, Inc.',
        role: 'product analyst',
        status: 'applied',
      }),
    ]);
  });

  it('shows why "add anyway" failed, and keeps the question', async () => {
    fakeBackground({
      sameJob: () => followed,
      saveOpportunity: () => {
        throw new Error('The store is full');
      },
    });
    await addNew();
    fireEvent.click(await screen.findByRole('button', { name: 'Add it anyway as another job' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('The store is full'),
    );
    expect(screen.getByRole('link', { name: 'Open it' })).toBeTruthy();
  });

  it('saves at once when no open opportunity is the same job', async () => {
    background(null);
    await addNew('Copperleaf Systems', 'Data Engineer');
    await waitFor(() => expect(location.hash).toBe('#/opportunity/o9'));
    expect(paramsOf('sameJob')).toEqual([{ company: 'Copperleaf Systems', role: 'Data Engineer' }]);
    expect(paramsOf('saveOpportunity')).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'Open it' })).toBeNull();
  });

  it('withdraws the question when the company or role changes', async () => {
    background(followed);
    await addNew();
    await screen.findByRole('link', { name: 'Open it' });
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Data Engineer' } });
    expect(screen.queryByRole('link', { name: 'Open it' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('never asks when editing an existing opportunity', async () => {
    background(followed);
    const onSaved = vi.fn();
    render(<OpportunityForm initial={opportunity()} people={[]} onSaved={onSaved} />);
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Senior Product Analyst' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(paramsOf('sameJob')).toEqual([]);
    expect(paramsOf('saveOpportunity')).toEqual([
      expect.objectContaining({ id: 'o1', company: 'Brightwater Labs', role: 'Senior Product Analyst' }),
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
