// @vitest-environment happy-dom
import { render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { parseRoute } from '@/components/dashboard/routes';
import { ruleIds } from '@/lib/ui/rules';

vi.mock('@/lib/messaging/client', () => ({ call: vi.fn() }));

afterEach(() => {
  location.hash = '';
});

describe('rules routes', () => {
  it.each([
    ['#/rules', { name: 'rules', rule: null }],
    ['#/rules/', { name: 'rules', rule: null }],
    ['#/rules/R5.2', { name: 'rules', rule: 'R5.2' }],
    ['#/rules/R10', { name: 'rules', rule: 'R10' }],
    ['#/rules/%E0%A4%A', { name: 'unknown' }],
  ])('%s', (hash, expected) => expect(parseRoute(hash)).toEqual(expected));
});

describe('rules page', () => {
  it('shows every rule as a heading with what Afterview does and why, reached from the navigation', async () => {
    location.hash = '#/rules';
    render(<Dashboard />);
    expect(screen.getByRole('heading', { level: 1, name: 'The playbook' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Afterview' });
    expect(within(nav).getByRole('link', { name: 'Playbook' }).getAttribute('aria-current')).toBe('page');
    const headings = screen
      .getAllByRole('heading')
      .filter((h) => h.tagName === 'H2' || h.tagName === 'H3')
      .map((h) => h.textContent!.split(' — ')[0]);
    expect(headings).toEqual([...ruleIds]);
    const r52 = screen.getByRole('region', { name: /^R5\.2 — / });
    expect(within(r52).getByText('What Afterview does')).toBeTruthy();
    expect(r52.textContent).toMatch(/one business day after/);
    // A contents list links each rule.
    const contents = screen.getByRole('navigation', { name: 'Rules on this page' });
    expect(
      within(contents)
        .getByRole('link', { name: /^R5\.2 — / })
        .getAttribute('href'),
    ).toBe('#/rules/R5.2');
  });

  it('#/rules/R5.2 focuses that rule’s heading', async () => {
    location.hash = '#/rules/R5.2';
    render(<Dashboard />);
    const heading = screen.getByRole('heading', { level: 3, name: /^R5\.2 — / });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.id).toBe('rule-R5-2');

    location.hash = '#/rules/R9';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const r9 = await screen.findByRole('heading', { level: 2, name: /^R9 — / });
    await waitFor(() => expect(document.activeElement).toBe(r9));
  });

  it('has no structural accessibility violations', async () => {
    location.hash = '#/rules/R5.7';
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 3, name: /^R5\.7 — / });
    const result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: true } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('says so for a rule it does not know, and shows them all', async () => {
    location.hash = '#/rules/R42';
    render(<Dashboard />);
    expect(screen.getByRole('alert').textContent).toBe('There is no rule R42. Here are all of them.');
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBe(10);
  });
});
