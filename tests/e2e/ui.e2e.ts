import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, screenshot } from '../../scripts/support/extension';

/**
 * The popup and the dashboard in real Chromium, over the real background and IndexedDB:
 * the whole journey from sample data to a sent thank-you and the next task, an outcome and
 * its close-out tasks, and an axe-core accessibility check of every page.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Violations axe finds on the page as it stands (run inside the page, CSP notwithstanding). */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate('axe.run(document).then((r) => r.violations)')) as AxeViolation[];
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('popup and dashboard', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    // The user's own details sign the messages (otherwise the signature stays a gap).
    const reply = (await session.call('getSettings')) as { ok: true; result: Record<string, unknown> };
    await session.call('saveSettings', { ...reply.result, name: 'Jordan Rivera', phone: '+1 555 0199' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('goes from sample data to a drafted, sent thank-you, and shows the next task', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 640 });
    expect(await axe(popup)).toEqual([]);
    await screenshot(popup, 'popup-empty');
    await popup.getByRole('button', { name: 'Try it with sample data' }).click();

    const thanks = popup.locator('li.task').filter({ hasText: 'Send a thank-you — Amy Lee' });
    await thanks.waitFor();
    expect(await thanks.textContent()).toMatch(/Northwind Traders \(sample\)/);
    expect(await axe(popup)).toEqual([]);
    await screenshot(popup, 'popup');

    await thanks.getByRole('button', { name: 'Draft' }).click();
    const body = popup.getByRole('textbox', { name: /message|body/i }).last();
    await expect.poll(async () => body.inputValue()).toMatch(/^Hi Amy,/);
    expect(await axe(popup)).toEqual([]);
    await screenshot(popup, 'popup-draft');

    const gmail = new URL((await popup.getByRole('link', { name: /Open in Gmail/ }).getAttribute('href'))!);
    expect(gmail.origin + gmail.pathname).toBe('https://mail.google.com/mail/');
    expect(gmail.searchParams.get('view')).toBe('cm');
    expect(gmail.searchParams.get('to')).toBe('amy@northwind.example');
    expect(gmail.searchParams.get('su')).toBeTruthy();
    expect(gmail.searchParams.get('body')).toBe(await body.inputValue());

    await popup.getByRole('button', { name: 'Mark as sent' }).click();
    await thanks.waitFor({ state: 'detached' });
    const touches = await session.readStore<{ person: string; purpose: string }>('touches');
    expect(touches).toEqual([expect.objectContaining({ person: 'sample-amy', purpose: 'thank_you' })]);
    // The next step for this opportunity is planned and listed: a check-in.
    await popup
      .locator('li.task')
      .filter({ hasText: /Check in/ })
      .first()
      .waitFor();
    await popup.close();
  });

  it('records a rejection from the dashboard and shows its close-out tasks', async () => {
    const dashboard = await session.openExtensionPage('dashboard.html#/opportunity/sample-northwind');
    await dashboard.setViewportSize({ width: 1200, height: 900 });
    await dashboard.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(await axe(dashboard)).toEqual([]);
    await dashboard.getByRole('button', { name: 'Rejection' }).click();
    await dashboard.getByRole('button', { name: 'Yes, record it' }).click();
    await dashboard
      .getByText(/Reply graciously/)
      .first()
      .waitFor();
    expect(await dashboard.getByText(/Connect on LinkedIn/).count()).toBeGreaterThan(0);
    const [closed] = (
      await session.readStore<{ id: string; status: string; outcome: string }>('opportunities')
    ).filter((o) => o.id === 'sample-northwind');
    expect(closed).toMatchObject({ status: 'closed', outcome: 'rejected' });

    await dashboard.goto(dashboard.url().replace(/#.*$/, '#/'));
    await dashboard.getByRole('region', { name: /Closed/ }).waitFor();
    expect(await axe(dashboard)).toEqual([]);
    await screenshot(dashboard, 'dashboard');
    await dashboard.close();
  });

  it('has an accessible settings page', async () => {
    const settings = await session.openExtensionPage('dashboard.html#/settings');
    await settings.setViewportSize({ width: 1200, height: 900 });
    await settings.getByLabel(/^Your name/).waitFor();
    expect(await axe(settings)).toEqual([]);
    await screenshot(settings, 'settings');
    await settings.close();
  });
});
