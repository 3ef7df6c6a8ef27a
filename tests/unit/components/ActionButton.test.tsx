// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ActionButton } from '@/components/ActionButton';

describe('ActionButton', () => {
  it('says what the action did, and keeps the button unless it is a one-time action', async () => {
    render(<ActionButton label="Insert" failure="Could not insert" action={async () => 'Inserted.'} />);
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }));
    expect((await screen.findByRole('status')).textContent).toBe('Inserted.');
    expect(screen.getByRole('button', { name: 'Insert' })).toBeTruthy();
  });

  it('replaces a one-time button with its note, and says why when it fails', async () => {
    render(
      <ActionButton
        label="Track"
        failure="Could not track"
        once
        action={async () => {
          throw new Error('storage is full');
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Track' }));
    expect((await screen.findByRole('status')).textContent).toBe('Could not track: storage is full');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('counts a field’s characters against its limit as it changes', () => {
    const field = document.createElement('textarea');
    render(
      <ActionButton
        label="Insert note"
        failure="x"
        action={async () => ''}
        counter={{ field, limit: 300 }}
      />,
    );
    expect(document.querySelector('[data-counter]')?.textContent).toBe('0/300');
    field.value = 'Hi Sam';
    fireEvent.input(field);
    expect(document.querySelector('[data-counter]')?.textContent).toBe('6/300');
  });
});
