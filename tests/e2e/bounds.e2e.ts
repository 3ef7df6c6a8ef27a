import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, fixturePage, launchExtension } from '../../scripts/support/extension';

/**
 * Long unbroken words (issue 17, defect 9): a 300-character company or name without a space
 * must wrap wherever it is shown, never widen the popup, the dashboard or Afterview's in-page
 * UI. Real Chromium, the real background and IndexedDB, records made through the protocol.
 */
const LONG_COMPANY = `Co${'m'.repeat(296)}ny`;
const LONG_NAME = `Al${'x'.repeat(296)}ey`;
const LONG_ROLE = `Analy${'s'.repeat(292)}ist`;
const PRIYA = 'https://www.linkedin.com/in/priya-natarajan-example/';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const INTERVIEW_THREAD = 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD';

interface Reply<T> {
  ok: boolean;
  result: T;
  error?: unknown;
}

/**
 * How wide the page's content is, the elements that stick out past the viewport, and those
 * whose text runs out of their own box (a box can stay in place while its text overflows it).
 */
async function overflow(page: Page): Promise<{ scrollWidth: number; width: number; wide: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().right)}px)`;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => {
        if (['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(element.tagName)) return false;
        const box = element.getBoundingClientRect();
        if (box.width <= 1) return false;
        return (
          box.right > width + 1 || (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1)
        );
      })
      .map(name);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 8) };
  });
}

async function expectWithin(page: Page, width: number): Promise<void> {
  const seen = await overflow(page);
  expect(seen.wide).toEqual([]);
  expect(seen.scrollWidth).toBeLessThanOrEqual(width);
}

async function boxOf(locator: Locator): Promise<{ x: number; width: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return box;
}

describe('long unbroken words', () => {
  let session: ExtensionSession;
  let opportunityId: string;

  beforeAll(async () => {
    session = await launchExtension();
    const settings = (await session.call('getSettings')) as Reply<Record<string, unknown>>;
    await session.call('saveSettings', { ...settings.result, name: 'Jordan Rivera', phone: '+1 555 0199' });

    const opportunity = (await session.call('saveOpportunity', {
      company: LONG_COMPANY,
      role: LONG_ROLE,
      status: 'awaiting_decision',
      appliedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
    })) as Reply<{ id: string }>;
    expect(opportunity.ok, JSON.stringify(opportunity)).toBe(true);
    opportunityId = opportunity.result.id;
    const person = (await session.call('savePerson', {
      opportunityId,
      name: LONG_NAME,
      role: 'interviewer',
      email: `${'a'.repeat(60)}@${'b'.repeat(60)}.example`,
      linkedinUrl: PRIYA,
    })) as Reply<{ id: string }>;
    expect(person.ok, JSON.stringify(person)).toBe(true);
    // Yesterday's interview: its thank-you is due.
    const start = new Date(Date.now() - 26 * 3_600_000);
    start.setUTCMinutes(0, 0, 0);
    const interview = (await session.call('saveInterview', {
      opportunityId,
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
      interviewers: [person.result.id],
    })) as Reply<unknown>;
    expect(interview.ok, JSON.stringify(interview)).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the popup, its task item and the draft within 400 px', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 640 });
    const task = popup.locator('li.task').filter({ hasText: LONG_NAME }).first();
    await task.waitFor();
    expect(await task.textContent()).toContain(LONG_COMPANY);
    const body = await boxOf(popup.locator('body'));
    const item = await boxOf(task);
    expect(item.x + item.width).toBeLessThanOrEqual(body.x + body.width + 1);
    expect(item.width).toBeLessThanOrEqual(400);
    await expectWithin(popup, 400);

    await task.getByRole('button', { name: 'Draft' }).click();
    await popup.getByRole('button', { name: 'Mark as sent' }).waitFor();
    await expectWithin(popup, 400);
    await popup.close();
  });

  it('keeps the dashboard within 1280 px: opportunity page, board and list', async () => {
    const dashboard = await session.openExtensionPage(`dashboard.html#/opportunity/${opportunityId}`);
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    await dashboard.getByRole('heading', { name: 'Timeline' }).waitFor();
    await dashboard.locator('.person-name').waitFor();
    await expectWithin(dashboard, 1280);

    // The forms list the people by name (a select, a group of boxes): one form at a time.
    for (const name of ['Add a contact', 'Capture notes', 'Edit']) {
      await dashboard.getByRole('button', { name, exact: true }).first().click();
      await dashboard.locator('form').first().waitFor();
      await expectWithin(dashboard, 1280);
    }

    for (const hash of ['#/', '#/list']) {
      await dashboard.goto(dashboard.url().replace(/#.*$/, hash));
      await dashboard.getByText(LONG_COMPANY).first().waitFor();
      await expectWithin(dashboard, 1280);
    }
    await dashboard.close();
  });

  it('truncates an in-page chip with an ellipsis (LinkedIn profile)', async () => {
    const page = await session.openPage(PRIYA, await fixturePage('linkedin/profile-2024.html'));
    await page.setViewportSize({ width: 1280, height: 900 });
    const host = page.locator('afterview-ui[data-afterview="profile"]');
    await expect.poll(() => host.getAttribute('data-state')).toBe('tracked');
    const chip = page.getByRole('button', { name: new RegExp(`^${LONG_COMPANY} · `) });
    await chip.waitFor();
    const seen = await chip.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        textOverflow: style.textOverflow,
        whiteSpace: style.whiteSpace,
        clipped: element.scrollWidth > element.clientWidth,
        width: element.getBoundingClientRect().width,
      };
    });
    expect(seen).toMatchObject({ textOverflow: 'ellipsis', whiteSpace: 'nowrap', clipped: true });
    expect(seen.width).toBeLessThanOrEqual(400);
    expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(1280);
    await page.close();
  });

  it('keeps the Track panel within its width when a name is one long word (Gmail)', async () => {
    const page = await session.openPage(
      `${GMAIL}#inbox/${INTERVIEW_THREAD}`,
      await fixturePage('gmail/thread-interview.html'),
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Track follow-up', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Track follow-up' });
    await dialog.waitFor();
    await dialog.getByLabel('Name of person 1').fill(LONG_NAME);
    await dialog.getByLabel('Company').fill(LONG_COMPANY);
    await dialog.getByLabel('Role', { exact: true }).fill(LONG_ROLE);
    // The same job is followed already: the panel says so, naming company and role.
    await dialog.getByRole('button', { name: 'Track' }).click();
    await dialog.getByRole('group', { name: /^You already follow/ }).waitFor();
    const seen = await dialog.evaluate((panel) => {
      const right = panel.getBoundingClientRect().right;
      return {
        scrollWidth: panel.scrollWidth,
        clientWidth: panel.clientWidth,
        wide: [...panel.querySelectorAll('*')]
          .filter(
            (element) =>
              element.getBoundingClientRect().right > right + 1 ||
              (element.tagName !== 'INPUT' &&
                element.clientWidth > 0 &&
                element.scrollWidth > element.clientWidth + 1),
          )
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      };
    });
    expect(seen.wide).toEqual([]);
    expect(seen.scrollWidth).toBeLessThanOrEqual(seen.clientWidth);
    await page.close();
  });
});
