// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type PanelValues, TrackPanel } from '@/components/TrackPanel';

const initial: PanelValues = {
  company: 'Brightwater Labs',
  role: '',
  people: [{ name: 'Priya Natarajan', email: 'priya@brightwater.example', phone: null, role: 'recruiter' }],
  interviewAt: '2026-11-03T14:00',
  decisionBy: '2026-11-13',
};

function setup(onConfirm = vi.fn(async () => {})) {
  const onClose = vi.fn();
  render(
    <TrackPanel
      heading="Track follow-up"
      initial={initial}
      labelText="This looks like a scheduled interview."
      evidence={['your interview is confirmed']}
      confirmLabel="Track"
      onConfirm={onConfirm}
      onClose={onClose}
    />,
  );
  return { onConfirm, onClose };
}

describe('TrackPanel', () => {
  it('is a labelled dialog, focuses its first field, and shows why with the quote', () => {
    setup();
    expect(screen.getByRole('dialog', { name: 'Track follow-up' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Company'));
    expect(screen.getByText('“your interview is confirmed”')).toBeTruthy();
  });

  it('asks for what is missing instead of saving', async () => {
    const { onConfirm } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Track' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/company and the role/);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('sends the user’s corrections, including a person’s role', async () => {
    const { onConfirm } = setup();
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Senior Product Analyst' } });
    fireEvent.change(screen.getByLabelText('Role of Priya Natarajan'), {
      target: { value: 'hiring_manager' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Track' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(onConfirm).toHaveBeenCalledWith({
      ...initial,
      role: 'Senior Product Analyst',
      people: [{ ...initial.people[0], role: 'hiring_manager' }],
    });
  });

  it('shows the background’s error and stays open', async () => {
    setup(
      vi.fn(async () => {
        throw new Error('params.company: too long');
      }),
    );
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Analyst' } });
    fireEvent.click(screen.getByRole('button', { name: 'Track' }));
    expect((await screen.findByRole('alert')).textContent).toBe('params.company: too long');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('closes on Escape and on Cancel without saving', () => {
    const { onClose, onConfirm } = setup();
    fireEvent.keyDown(screen.getByLabelText('Company'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
