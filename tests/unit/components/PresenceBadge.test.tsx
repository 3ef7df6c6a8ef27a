// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PresenceBadge } from '@/components/PresenceBadge';

describe('PresenceBadge', () => {
  it.each([
    ['connecting', /starting/],
    ['connected', /on for this page/],
    ['unreachable', /could not reach its background.*Reload/],
  ] as const)('says what %s means', (state, text) => {
    render(<PresenceBadge state={state} onHide={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(text);
  });

  it('hides on request', () => {
    const onHide = vi.fn();
    render(<PresenceBadge state="connected" onHide={onHide} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide the Afterview badge' }));
    expect(onHide).toHaveBeenCalledOnce();
  });
});
