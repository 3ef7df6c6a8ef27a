import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  fixturePage,
  launchExtension,
  screenshot,
} from '../../scripts/support/extension';

/**
 * Gmail in real Chromium: the built extension, its real service worker and IndexedDB, and
 * hand-built fixtures of Gmail's 2026-11 markup served under https://mail.google.com.
 */
const GMAIL = 'https://mail.google.com/mail/u/0/';
const threads = {
  interview: 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD',
  newsletter: 'FMfcgzQgLwTbRkVmSpXdNcHjZqBfWtGy',
  personal: 'FMfcgzQgMbVcRtLsKpWnHxJdZfTqBvNy',
};

interface Row {
  [key: string]: unknown;
}

describe('Gmail', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  const open = async (fixture: string, hash: string) =>
    session.openPage(`${GMAIL}#${hash}`, await fixturePage(`gmail/${fixture}.html`));
  const threadHost = (page: Page) => page.locator('afterview-ui[data-afterview="thread"]');

  it.each([
    ['a newsletter about interviews', 'thread-newsletter', threads.newsletter],
    ['a personal thread', 'thread-personal', threads.personal],
  ])('offers no button on %s', async (_name, fixture, id) => {
    const page = await open(fixture, `inbox/${id}`);
    // The thread was read and the background answered: it is not tracked…
    await expect.poll(() => threadHost(page).getAttribute('data-state')).toBe('untracked');
    // …and it is not job mail, so nothing is offered.
    expect(await page.getByRole('button', { name: 'Track follow-up', exact: true }).count()).toBe(0);
    await page.close();
  });

  it('tracks an interview thread from the button, and the popup shows its first task', async () => {
    const page = await open('thread-interview', `inbox/${threads.interview}`);
    const button = page.getByRole('button', { name: 'Track follow-up', exact: true });
    await button.waitFor();
    await screenshot(
      page,
      'gmail-track-button',
      page.locator('h2').filter({ hasText: 'Interview' }).first(),
      16,
    );
    await button.click();

    const dialog = page.getByRole('dialog', { name: 'Track follow-up' });
    await dialog.waitFor();
    // Escape closes without writing anything.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await session.readStore('opportunities')).toEqual([]);

    await button.click();
    await dialog.waitFor();
    const company = dialog.getByLabel('Company');
    const role = dialog.getByLabel('Role', { exact: true });
    // The background read the thread (the page holds no classifier) and the panel is
    // prefilled with what it found: the company, the role, and everyone on the employer's
    // side — the recruiter who wrote (From) and the interviewer in Cc — never Jordan.
    expect(await company.inputValue()).toBe('Brightwater Labs');
    expect(await role.inputValue()).toBe('Senior Product Analyst');
    const names = dialog.getByLabel(/^Name of person \d+$/);
    expect(await names.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual([
      'Priya Natarajan',
      'Marcus Okafor',
    ]);
    // Priya signs as the recruiter; the extractor may read her as the hiring manager.
    expect(['recruiter', 'hiring_manager']).toContain(
      await dialog.getByLabel('Role of Priya Natarajan').inputValue(),
    );
    expect(await dialog.getByLabel('Role of Marcus Okafor').inputValue()).toBe('interviewer');
    const companyName = await company.inputValue();
    // Read from the email in the browser's zone (UTC here), not shifted to another Friday.
    expect(await dialog.getByLabel('They will decide by').inputValue()).toBe('2026-11-13');
    await screenshot(page, 'gmail-track-panel');
    await dialog.getByRole('button', { name: 'Track' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The button has become a status chip, and the records are in IndexedDB.
    await expect.poll(() => threadHost(page).getAttribute('data-state')).toBe('tracked');
    expect(await page.getByRole('button', { name: 'Track follow-up', exact: true }).count()).toBe(0);
    const opportunities = await session.readStore<Row>('opportunities');
    expect(opportunities).toEqual([expect.objectContaining({ company: companyName })]);
    const linked = await session.readStore<Row>('threads');
    expect(linked).toEqual([
      expect.objectContaining({ opportunityId: opportunities[0]!.id, label: expect.any(String) }),
    ]);
    const touches = await session.readStore<Row>('touches');
    expect(touches.length).toBeGreaterThanOrEqual(2);
    expect(new Set(touches.map((t) => t.direction))).toEqual(new Set(['sent', 'received']));
    // Privacy: a snippet, never the whole body (the setting is off by default).
    expect(touches.every((t) => t.body === null)).toBe(true);

    const popup = await session.openExtensionPage('popup.html');
    const tasks = popup.locator('.task-title');
    await tasks.first().waitFor();
    const firstTask = await popup
      .locator('li')
      .filter({ has: popup.locator('.task-title') })
      .first()
      .textContent();
    expect(firstTask).toContain(companyName);
    await popup.close();

    // A reply arrives in the tracked thread (Gmail appends it to the page): it is recorded once.
    const before = touches.length;
    await page.evaluate(() => {
      const messages = [...document.querySelectorAll('[data-message-id]')];
      const last = messages[messages.length - 1]!;
      const reply = last.cloneNode(true) as Element;
      reply.setAttribute('data-message-id', '#msg-f:1851111111111111111');
      reply.setAttribute('data-legacy-message-id', '19b0000000000001');
      reply.querySelector('.g3')?.setAttribute('title', 'Mon, Nov 16, 2026, 9:15 AM');
      const body = reply.querySelector('.a3s');
      if (body)
        body.textContent = 'Hi Jordan, a quick update: the team is still deciding. Thanks for your patience.';
      last.after(reply);
    });
    await expect.poll(async () => (await session.readStore('touches')).length).toBe(before + 1);
    const added = (await session.readStore<Row>('touches')).find(
      (t) => t.gmailMessageId === '19b0000000000001',
    );
    expect(added).toMatchObject({ direction: 'received', channel: 'email' });
    await page.close();
  });

  /** A list row by its thread's legacy id (its subject span carries the permanent one). */
  const rowOf = (page: Page, legacyId: string) =>
    page
      .locator('tr')
      .filter({ has: page.locator(`[data-thread-id="#thread-f:${BigInt(`0x${legacyId}`)}"]`) });
  const rowHost = (page: Page, legacyId: string) =>
    rowOf(page, legacyId).locator('afterview-ui[data-afterview="row"]');

  /**
   * Our piece of a row is where people see it: a real size, and nothing around it in the row
   * drawn at no size (a hidden summary, a collapsed cell).
   */
  async function expectInSight(host: Locator) {
    const box = await host.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    const hiddenAround = await host.evaluate((element) => {
      const out: string[] = [];
      for (let node = element.parentElement; node && node.localName !== 'tr'; node = node.parentElement) {
        const rect = node.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1 || !node.checkVisibility()) out.push(node.className);
      }
      return out;
    });
    expect(hiddenAround).toEqual([]);
  }

  it.each([
    // Runs after tracking: Brightwater's thread is tracked, and is on the summary page.
    [
      'the classic list with the reading pane on the right',
      'inbox-classic',
      'inbox',
      '1a1d1d5eb60d5c16',
      null,
    ],
    [
      'an inbox whose rows carry a hidden summary',
      'inbox-summary',
      'inbox/p3',
      '1a19f15abc00a0a0',
      '1a187cbc1c0134c6',
    ],
  ])(
    'on %s, puts the Track button and the chips in sight, and tracks from the list',
    async (_name, fixture, hash, jobRow, trackedRow) => {
      const page = await open(fixture, hash);
      if (trackedRow) {
        const chip = rowHost(page, trackedRow).locator('.av-chip');
        await chip.waitFor();
        await expectInSight(rowHost(page, trackedRow));
      }
      const host = rowHost(page, jobRow);
      const track = host.getByRole('button', { name: /^Track follow-up: / });
      await track.waitFor();
      await expectInSight(host);
      // One piece per row, however many copies of the subject the row holds.
      expect(await host.count()).toBe(1);

      await track.click();
      const dialog = page.getByRole('dialog', { name: 'Track follow-up' });
      await dialog.waitFor();
      const company = `Fixture ${fixture}`;
      await dialog.getByLabel('Company').fill(company);
      await dialog.getByLabel('Role', { exact: true }).fill('Analyst');
      await dialog.getByRole('button', { name: 'Track' }).click();
      await dialog.waitFor({ state: 'detached' });

      // The row's button has become the thread's chip, in sight too.
      await host.locator('.av-chip').waitFor();
      await expectInSight(host);
      // Every row was read: the layout is recognised, not partly.
      const layout = (await session.readStore<Row>('sites')).find((s) => s.site === 'gmail')?.layout;
      expect(layout).toBe('recognised');
      const opportunity = (await session.readStore<Row>('opportunities')).find((o) => o.company === company);
      expect(await session.readStore<Row>('threads')).toContainEqual(
        expect.objectContaining({ threadId: jobRow, opportunityId: opportunity?.id }),
      );
      await page.close();
    },
  );

  it('inserts the follow-up due for the recipient into a new message, as text to edit', async () => {
    // Runs after tracking: Priya Natarajan is the tracked thread's recruiter.
    const page = await open('compose', 'inbox?compose=new');
    const editor = page.getByRole('textbox', { name: 'Message Body' });
    const draftBefore = await editor.textContent();
    await page.getByRole('button', { name: 'Insert follow-up', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Inserted' }).count()).toBe(1);
    const text = (await editor.textContent()) ?? '';
    expect(text).toMatch(/^Hi Priya,|^Dear Priya Natarajan,/);
    // The user's own started text is still there, after the inserted message.
    expect(text.includes((draftBefore ?? '').trim())).toBe(true);
    expect(await editor.locator('b, script, img').count()).toBe(0);
    await page.close();
  });

  it('pauses where the layout is not recognised, says so once, and the popup warns', async () => {
    const page = await open('no-landmarks', 'inbox');
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().includes('[afterview]'))
        warnings.push(message.text());
    });
    await expect
      .poll(async () => (await session.readStore<Row>('sites')).find((s) => s.site === 'gmail')?.layout, {
        timeout: 15_000,
      })
      .toBe('unrecognised');
    expect(await page.locator('afterview-ui').count()).toBe(0);
    const popup = await session.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.locator('[data-site="gmail"]').textContent())
      .toMatch(/layout was not recognised/);
    expect(warnings).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});
