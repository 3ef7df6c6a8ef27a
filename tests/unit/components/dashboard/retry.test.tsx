// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { InterviewForm } from '@/components/dashboard/InterviewForm';
import { OpportunityForm } from '@/components/dashboard/OpportunityForm';
import { PersonForm } from '@/components/dashboard/PersonForm';
import { TouchForm } from '@/components/dashboard/TouchForm';
import { detail, opportunity } from './fixtures';
import { fakeBackground, paramsOf } from './mock';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

/**
 * A background whose first save is committed but answered with an error (the worker stopped
 * before it could answer), as the store does: a record without an id gets a new one.
 */
function interruptedOnce(method: string) {
  const stored = new Map<string, Record<string, unknown>>();
  let answered = 0;
  const mock = fakeBackground({
    sameJob: (params) => {
      const { company } = params as { company: string };
      const same = [...stored.values()].find((o) => o.company === company);
      return same ? { id: same.id, company, role: same.role, status: 'applied' } : null;
    },
    [method]: (params) => {
      const record = { ...(params as object), id: (params as { id?: string }).id ?? crypto.randomUUID() };
      stored.set(record.id, record);
      if (answered++ === 0) throw new Error('The background stopped before answering');
      return { ...opportunity(), ...record };
    },
  });
  return { mock, stored };
}

/** Fill the form, submit it, and submit again after the lost answer's error. */
async function submitTwice(
  form: ComponentChildren,
  button: string,
  method: string,
  fill: Record<string, string> = {},
) {
  const { stored } = interruptedOnce(method);
  render(<>{form}</>);
  for (const [label, value] of Object.entries(fill)) {
    fireEvent.input(screen.getByLabelText(label), { target: { value } });
  }
  fireEvent.click(screen.getByRole('button', { name: button }));
  await screen.findByText('The background stopped before answering');
  fireEvent.click(screen.getByRole('button', { name: button }));
  await waitFor(() => expect(paramsOf(method)).toHaveLength(2));
  const [first, second] = paramsOf(method) as Array<{ id?: string }>;
  expect(first!.id).toEqual(expect.any(String));
  expect(second!.id).toBe(first!.id);
  expect(stored.size).toBe(1);
}

const { people } = detail();
const noop = () => {};

describe('a create sent again after a lost answer is the same record', () => {
  it('adding a person', async () => {
    await submitTwice(
      <PersonForm opportunityId="o1" initial={null} onSaved={noop} onCancel={noop} />,
      'Add a person',
      'savePerson',
      { Name: 'Chris Park' },
    );
  });

  it('adding a contact', async () => {
    await submitTwice(
      <TouchForm opportunityId="o1" people={people} onSaved={noop} onCancel={noop} />,
      'Add a contact',
      'addTouch',
    );
  });

  it('recording an interview', async () => {
    await submitTwice(
      <InterviewForm opportunityId="o1" people={people} initial={null} onSaved={noop} onCancel={noop} />,
      'Save interview',
      'saveInterview',
      { Start: '2026-03-02T14:00', End: '2026-03-02T15:00' },
    );
  });

  it('adding an opportunity, without asking about the one the lost answer saved', async () => {
    const onSaved = vi.fn();
    const { stored } = interruptedOnce('saveOpportunity');
    render(<OpportunityForm initial={null} people={[]} onSaved={onSaved} />);
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Copperleaf Systems' } });
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Data Engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add opportunity' }));
    await screen.findByText('The background stopped before answering');
    fireEvent.click(screen.getByRole('button', { name: 'Add opportunity' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [first, second] = paramsOf('saveOpportunity') as Array<{ id?: string }>;
    expect(first!.id).toEqual(expect.any(String));
    expect(second!.id).toBe(first!.id);
    expect(stored.size).toBe(1);
    expect(screen.queryByText(/You already follow/)).toBeNull();
  });

  it('editing keeps the record’s own id', async () => {
    const amy = people[0]!;
    const { mock } = interruptedOnce('savePerson');
    render(<PersonForm opportunityId="o1" initial={amy} onSaved={noop} onCancel={noop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(mock).toHaveBeenCalledWith('savePerson', expect.objectContaining({ id: amy.id })),
    );
  });
});
