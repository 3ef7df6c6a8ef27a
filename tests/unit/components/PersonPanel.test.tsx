// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PersonPanel } from '@/components/PersonPanel';

const choices = [
  { id: 'o1', company: 'Copperleaf Systems', role: 'Analyst' },
  { id: 'o2', company: 'Brightwater Labs', role: 'Senior Product Analyst' },
];

function setup(company: string | null, onConfirm = vi.fn(async () => {})) {
  const onClose = vi.fn();
  render(
    <PersonPanel
      name="Priya Natarajan"
      headline="Senior Recruiter"
      company={company}
      choices={choices}
      onConfirm={onConfirm}
      onClose={onClose}
    />,
  );
  return { onConfirm, onClose };
}

describe('PersonPanel', () => {
  it('picks the opportunity at the profile’s company when there is one', async () => {
    const { onConfirm } = setup('Brightwater Labs');
    expect((screen.getByLabelText('Opportunity') as HTMLSelectElement).value).toBe('o2');
    expect(screen.queryByLabelText('Company')).toBeNull();
    fireEvent.change(screen.getByLabelText('Priya Natarajan is your…'), { target: { value: 'recruiter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onConfirm).toHaveBeenCalledWith(
        expect.objectContaining({ opportunityId: 'o2', personRole: 'recruiter' }),
      ),
    );
  });

  it('offers a new opportunity with the company prefilled, and asks for the role', async () => {
    const { onConfirm } = setup('Meadowgate Health');
    expect((screen.getByLabelText('Opportunity') as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('Meadowgate Health');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/company and the role/);
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Role you applied for'), { target: { value: 'Data Lead' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onConfirm).toHaveBeenCalledWith({
        opportunityId: '',
        company: 'Meadowgate Health',
        role: 'Data Lead',
        personRole: 'interviewer',
      }),
    );
  });

  it('closes on Escape without saving', () => {
    const { onClose, onConfirm } = setup(null);
    fireEvent.keyDown(screen.getByLabelText('Opportunity'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
