import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../../scripts/support/extension';

/**
 * Why-lines and the rules page in real Chromium, over the real background and IndexedDB:
 * every why-line in the popup names its anchor (a date or a person), and a task's rule id
 * opens the dashboard's playbook page, in a new tab, at that rule.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate('axe.run(document).then((r) => r.violations)')) as Array<{
    id: string;
    nodes: Array<{ target: string[] }>;
  }>;
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const zone = 'America/New_York';
const HOUR = 3_600_000;

/** "Tue, Nov 3" as the popup writes a day (en-US, the user's zone). */
const dayIn = (instant: number, timeZone = zone) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(
    new Date(instant),
  );

async function ok<T>(session: ExtensionSession, method: string, params: unknown): Promise<T> {
  const reply = (await session.call(method, params)) as { ok: boolean; result: T; error?: unknown };
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.result;
}

describe('why-lines and the rules page', () => {
  let session: ExtensionSession;
  const end = Date.now() - HOUR;
  const decision = new Date(end + 5 * 24 * HOUR).toISOString().slice(0, 10);

  beforeAll(async () => {
    session = await launchExtension();
    const settings = await ok<Record<string, unknown>>(session, 'getSettings', {});
    await ok(session, 'saveSettings', { ...settings, timeZone: zone, name: 'Jordan Rivera' });

    // The sample data, and an opportunity with an interview that just ended, through the real protocol.
    await ok(session, 'loadSampleData', {});
    const opportunity = await ok<{ id: string }>(session, 'saveOpportunity', {
      company: 'Harbor Lights Studio',
      role: 'Production Assistant',
      status: 'interviewing',
    });
    const person = await ok<{ id: string }>(session, 'savePerson', {
      opportunityId: opportunity.id,
      name: 'Priya Natarajan',
      role: 'interviewer',
      email: 'priya@harborlights.example',
    });
    await ok(session, 'saveInterview', {
      opportunityId: opportunity.id,
      start: new Date(end - HOUR).toISOString(),
      end: new Date(end).toISOString(),
      format: 'video',
      interviewers: [person.id],
      decisionBy: decision,
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('names each task’s anchor in the popup, and opens its rule from the rule id', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 640 });
    const thanks = popup.locator('li.task').filter({ hasText: 'Send a thank-you — Priya Natarajan' });
    await thanks.waitFor();

    // Every why-line names its anchor's day, and the person when the task has one.
    const items = await popup.locator('li.task').all();
    expect(items.length).toBeGreaterThan(3);
    const date = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}\b/;
    for (const item of items) {
      const title = (await item.locator('.task-title').textContent()) ?? '';
      const line = (await item.locator('.why').textContent()) ?? '';
      expect(line, title).toMatch(date);
      const person = title.split(' — ')[1];
      if (person) expect(line, title).toContain(person.split(' ')[0]);
    }
    // Ours names the person and the interview's day in the user's zone.
    const why = await thanks.locator('.why').textContent();
    expect(why).toContain(`Thank Priya for your interview on ${dayIn(end)}`);

    // A coming check-in names the decision date they gave.
    const decisionDay = dayIn(Date.parse(`${decision}T12:00:00Z`), 'UTC');
    const checkIn = popup.locator('li.task').filter({ hasText: 'Check in — Priya Natarajan' }).first();
    await checkIn.waitFor();
    expect(await checkIn.locator('.why').textContent()).toContain(`decide by ${decisionDay}`);
    expect(await axe(popup)).toEqual([]);

    // The rule id opens the playbook at that rule, in a new tab.
    const link = thanks.getByRole('link', { name: 'Rule R2: read it in the playbook' });
    expect(await link.getAttribute('target')).toBe('_blank');
    const [rules] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await rules.waitForLoadState();
    expect(new URL(rules.url()).pathname).toBe('/dashboard.html');
    expect(new URL(rules.url()).hash).toBe('#/rules/R2');
    const heading = rules.getByRole('heading', { level: 2, name: /^R2 — Thank each interviewer/ });
    await heading.waitFor();
    await expect.poll(() => rules.evaluate(() => document.activeElement?.id)).toBe('rule-R2');
    expect(
      await rules
        .getByRole('navigation', { name: 'Afterview' })
        .getByRole('link', { name: 'Playbook' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await rules.close();

    // A sub-rule: the check-in after the decision date.
    const [subRule] = await Promise.all([
      session.context.waitForEvent('page'),
      checkIn.getByRole('link', { name: 'Rule R5.2: read it in the playbook' }).click(),
    ]);
    await subRule.waitForLoadState();
    const r52 = subRule.getByRole('heading', { level: 3, name: /^R5\.2 — When they gave a decision date/ });
    await r52.waitFor();
    await expect.poll(() => subRule.evaluate(() => document.activeElement?.id)).toBe('rule-R5-2');
    expect(await r52.isVisible()).toBe(true);
    await subRule.setViewportSize({ width: 1200, height: 900 });
    expect(await axe(subRule)).toEqual([]);
    await subRule.close();
    await popup.close();
  });

  it('links the rule ids on the opportunity page’s timeline to the same page', async () => {
    const dashboard = await session.openExtensionPage('dashboard.html#/');
    await dashboard.setViewportSize({ width: 1200, height: 900 });
    await dashboard.getByRole('link', { name: 'Playbook' }).click();
    await dashboard.getByRole('heading', { level: 1, name: 'The playbook' }).waitFor();
    expect(await dashboard.getByRole('heading', { level: 2 }).count()).toBe(10);

    const [opportunity] = await ok<Array<{ id: string; company: string }>>(
      session,
      'listOpportunities',
      {},
    ).then((list) => list.filter((o) => o.company === 'Harbor Lights Studio'));
    await dashboard.goto(dashboard.url().replace(/#.*$/, `#/opportunity/${opportunity!.id}`));
    await dashboard.getByRole('heading', { name: 'Timeline' }).waitFor();
    await dashboard.getByRole('link', { name: 'Rule R1: read it in the playbook' }).first().click();
    const r1 = dashboard.getByRole('heading', { level: 2, name: /^R1 — / });
    await r1.waitFor();
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.id)).toBe('rule-R1');
    await dashboard.close();
  });
});
