// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { detail, opportunity, summaryOf } from './fixtures';
import { fakeBackground } from './mock';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

/** Structural checks (names, labels, landmarks, ARIA); contrast needs a real browser. */
async function violations() {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: true } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(() => {
  location.hash = '';
});

describe('dashboard accessibility', () => {
  it('board, list and opportunity page (with every form open) have no structural violations', async () => {
    fakeBackground({
      listOpportunities: () => [opportunity({ demo: true })],
      opportunitySummaries: () => [summaryOf(detail({ opportunity: opportunity({ demo: true }) }))],
      getOpportunity: () => detail(),
    });
    location.hash = '#/';
    const view = render(<Dashboard />);
    await screen.findByRole('region', { name: /Applied/ });
    expect(await violations()).toEqual([]);
    view.unmount();

    location.hash = '#/list';
    const list = render(<Dashboard />);
    await screen.findByRole('table');
    expect(await violations()).toEqual([]);
    list.unmount();

    location.hash = '#/opportunity/o1';
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: /Brightwater Labs/ });
    fireEvent.click(screen.getByRole('button', { name: 'Record an interview' }));
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rejection' }));
    expect(await violations()).toEqual([]);
  });
});
