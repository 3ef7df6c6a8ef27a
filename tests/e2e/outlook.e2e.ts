import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_PAGES, LIVE } from '../../scripts/fixtures/outlook-inbox';
import {
  type ExtensionSession,
  fixturePage,
  launchExtension,
  screenshot,
} from '../../scripts/support/extension';

/**
 * Outlook on the web in real Chromium: the built extension, its real service worker and
 * IndexedDB, and hand-built fixtures of the new Outlook's 2026-11 markup served under
 * https://outlook.live.com (personal accounts) and https://outlook.office.com (work).
 */
type ConversationPage = keyof typeof CONVERSATION_PAGES;

interface Row {
  [key: string]: unknown;
}

describe('Outlook', () => {
  let session: ExtensionSession;
  /** Every request any page made: none may leave for a site that is not a fixture. */
  const requests: string[] = [];
  beforeAll(async () => {
    session = await launchExtension();
    session.context.on('request', (request) => requests.push(request.url()));
  });
  afterAll(async () => {
    await session?.close();
  });

  const openConversation = async (fixture: ConversationPage) =>
    session.openPage(CONVERSATION_PAGES[fixture].url, await fixturePage(`outlook/${fixture}`));
  const threadHost = (page: Page) => page.locator('afterview-ui[data-afterview="thread"]');
  const trackButton = (page: Page) => page.getByRole('button', { name: 'Track follow-up', exact: true });

  it.each<[string, ConversationPage]>([
    ['a newsletter about interviews', 'conversation-newsletter.html'],
    ['a personal conversation', 'conversation-personal.html'],
  ])('offers no button on %s', async (_name, fixture) => {
    const page = await openConversation(fixture);
    // The conversation was read and the background answered: it is not tracked…
    await expect.poll(() => threadHost(page).getAttribute('data-state')).toBe('untracked');
    // …and it is not job mail, so nothing is offered.
    expect(await trackButton(page).count()).toBe(0);
    await page.close();
  });

  it('offers "Track follow-up" on a rejection from an applicant-tracking system', async () => {
    const page = await openConversation('conversation-rejection.html');
    await trackButton(page).waitFor();
    await page.close();
  });

  it('tracks an interview conversation from the button, and the popup shows its first task', async () => {
    const page = await openConversation('conversation-interview.html');
    const button = trackButton(page);
    await button.waitFor();
    await screenshot(page, 'outlook-track-button', page.locator('[id$="_SUBJECT"][role="heading"]'), 16);
    await button.click();

    const dialog = page.getByRole('dialog', { name: 'Track follow-up' });
    await dialog.waitFor();
    // Prefilled by the background from what the page shows: company, role, the recruiter.
    expect(await dialog.getByLabel('Company').inputValue()).toBe('Brightwater Labs');
    expect(await dialog.getByLabel('Role', { exact: true }).inputValue()).toBe('Senior Product Analyst');
    const names = await dialog
      .getByLabel(/^Name of person \d+$/)
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toContain('Priya Natarajan');
    // The interviewer in Cc, whom Outlook shows by name only, is kept (without an address).
    expect(names).toContain('Marcus Okafor');
    // Never the user: Outlook shows Jordan by name only in To, and the reader knows it is them.
    expect(names).not.toContain('Jordan Rivera');
    await dialog.getByRole('button', { name: 'Track' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => threadHost(page).getAttribute('data-state')).toBe('tracked');
    const opportunities = await session.readStore<Row>('opportunities');
    expect(opportunities).toEqual([
      expect.objectContaining({ company: 'Brightwater Labs', role: 'Senior Product Analyst' }),
    ]);
    const people = await session.readStore<Row>('people');
    expect(people).toContainEqual(
      expect.objectContaining({ name: 'Priya Natarajan', email: 'priya.natarajan@brightwater.example' }),
    );
    const threads = await session.readStore<Row>('threads');
    expect(threads).toEqual([
      expect.objectContaining({
        threadId: CONVERSATION_PAGES['conversation-interview.html'].id,
        opportunityId: opportunities[0]!.id,
      }),
    ]);
    const touches = await session.readStore<Row>('touches');
    expect(new Set(touches.map((t) => t.direction))).toEqual(new Set(['sent', 'received']));

    const popup = await session.openExtensionPage('popup.html');
    await popup.locator('.task-title').first().waitFor();
    expect(
      await popup
        .locator('li')
        .filter({ has: popup.locator('.task-title') })
        .first()
        .textContent(),
    ).toContain('Brightwater Labs');
    expect(await popup.locator('[data-site="outlook"]').textContent()).toMatch(/connected/);
    await popup.close();

    // A reply arrives (Outlook adds it to the conversation): it is recorded once.
    const before = touches.length;
    await page.evaluate(() => {
      const messages = [...document.querySelectorAll('[aria-label="Email message"]')];
      const last = messages[messages.length - 1]!;
      const reply = last.cloneNode(true) as Element;
      const date = reply.querySelector('[data-testid="SentReceivedSavedTime"]');
      if (date) date.textContent = 'Mon 11/16/2026 9:15 AM';
      const body = reply.querySelector('[id^="UniqueMessageBody"]');
      if (body) {
        body.id = 'UniqueMessageBody_9';
        body.textContent = 'Hi Jordan, a quick update: the team is still deciding. Thanks for your patience.';
      }
      last.after(reply);
    });
    await expect.poll(async () => (await session.readStore('touches')).length).toBe(before + 1);
    await page.close();
  });

  it('puts a chip on the tracked row and a quiet "Track" on job rows of the inbox, and nothing on others', async () => {
    // Runs after tracking: the interview conversation is tracked.
    const page = await session.openPage(`${LIVE}inbox`, await fixturePage('outlook/inbox-100.html'));
    const interviewRow = page.locator(
      `[data-convid="${CONVERSATION_PAGES['conversation-interview.html'].id}"]`,
    );
    const chip = interviewRow.locator('afterview-ui button');
    await chip.waitFor();
    expect(await chip.textContent()).toBeTruthy();
    // Drawn where people see it: a real size inside the row.
    const box = await chip.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    await interviewRow.scrollIntoViewIfNeeded();
    await screenshot(page, 'outlook-list', interviewRow, 8);

    const personalRow = page.locator(
      `[data-convid="${CONVERSATION_PAGES['conversation-personal.html'].id}"]`,
    );
    const rejectionRow = page.locator(
      `[data-convid="${CONVERSATION_PAGES['conversation-rejection.html'].id}"]`,
    );
    await rejectionRow.getByRole('button', { name: /^Track/ }).waitFor();
    expect(await personalRow.locator('afterview-ui').count()).toBe(0);
    const newsletterRow = page.locator(
      `[data-convid="${CONVERSATION_PAGES['conversation-newsletter.html'].id}"]`,
    );
    expect(await newsletterRow.locator('afterview-ui').count()).toBe(0);
    await page.close();
  });

  it('follows Outlook opening a conversation and going back to the list, without a reload and without leftovers', async () => {
    // Runs after tracking. Outlook changes the address and redraws the reading pane in place.
    const page = await session.openPage(`${LIVE}inbox?spa`, await fixturePage('outlook/inbox-100.html'));
    const interview = CONVERSATION_PAGES['conversation-interview.html'];
    const row = page.locator(`[data-convid="${interview.id}"]`);
    await row.locator('afterview-ui button').waitFor();
    const conversationHtml = await fixturePage('outlook/conversation-interview.html');
    await page.evaluate(
      ([html, url]) => {
        const pane = new DOMParser()
          .parseFromString(html, 'text/html')
          .getElementById('ReadingPaneContainerId')!;
        history.pushState({}, '', url);
        document.getElementById('ReadingPaneContainerId')!.replaceWith(document.importNode(pane, true));
      },
      [conversationHtml, interview.url] as const,
    );
    await expect.poll(() => threadHost(page).getAttribute('data-state')).toBe('tracked');
    // The list beside the conversation keeps its chip.
    expect(await row.locator('afterview-ui button').count()).toBe(1);

    await page.evaluate(() => {
      history.back();
      const empty = document.createElement('div');
      empty.id = 'ReadingPaneContainerId';
      empty.setAttribute('role', 'main');
      empty.setAttribute('aria-label', 'Reading Pane');
      empty.textContent = 'Select an item to read';
      document.getElementById('ReadingPaneContainerId')!.replaceWith(empty);
    });
    await expect.poll(() => threadHost(page).count()).toBe(0);
    expect(await page.locator('afterview-ui[data-afterview="thread"]').count()).toBe(0);
    expect(await row.locator('afterview-ui button').count()).toBe(1);
    await page.close();
  });

  it('inserts the follow-up due for the recipient into a new message, as text to edit', async () => {
    // Runs after tracking: Priya Natarajan is the tracked conversation's recruiter.
    const page = await session.openPage(`${LIVE}inbox?compose`, await fixturePage('outlook/compose.html'));
    const editor = page.getByRole('textbox', { name: 'Message body' });
    const before = (await editor.textContent()) ?? '';
    await page.getByRole('button', { name: 'Insert follow-up', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Inserted' }).count()).toBe(1);
    const text = (await editor.textContent()) ?? '';
    expect(text).toMatch(/^Hi Priya,|^Dear Priya Natarajan,/);
    expect(text.includes(before.trim())).toBe(true);
    expect(await editor.locator('b, script, img').count()).toBe(0);
    await page.close();
  });

  it('keeps hostile markup in a subject and a name as text', async () => {
    const html = (await fixturePage('outlook/conversation-rejection.html')).replaceAll(
      'Lumenwave Careers',
      '&lt;img src=x onerror="window.__owned=1"&gt;Lumenwave Careers',
    );
    const page = await session.openPage(
      `${CONVERSATION_PAGES['conversation-rejection.html'].url}?hostile`,
      html,
    );
    await trackButton(page).click();
    const dialog = page.getByRole('dialog', { name: 'Track follow-up' });
    await dialog.waitFor();
    const names = await dialog
      .getByLabel(/^Name of person \d+$/)
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names.join(' ')).not.toMatch(/<img/);
    expect(await page.evaluate(() => (window as { __owned?: number }).__owned)).toBeUndefined();
    expect(
      await page
        .locator('afterview-ui')
        .evaluateAll((hosts) => hosts.some((h) => h.shadowRoot?.querySelector('img'))),
    ).toBe(false);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('reads a work account at outlook.office.com, where the address has no /0/', async () => {
    const page = await openConversation('work-conversation.html');
    await trackButton(page).waitFor();
    await page.close();
  });

  it('pauses where the layout is not recognised and the popup warns', async () => {
    const page = await session.openPage(
      `${LIVE}inbox?loading`,
      await fixturePage('outlook/no-landmarks.html'),
    );
    await expect
      .poll(async () => (await session.readStore<Row>('sites')).find((s) => s.site === 'outlook')?.layout, {
        timeout: 15_000,
      })
      .toBe('unrecognised');
    expect(await page.locator('afterview-ui').count()).toBe(0);
    const popup = await session.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.locator('[data-site="outlook"]').textContent())
      .toMatch(/Outlook’s layout was not recognised/);
    await popup.close();
    await page.close();
  });

  it('sent no request anywhere but the fixtures and the extension', () => {
    const fixtureHosts = new Set(['outlook.live.com', 'outlook.office.com']);
    const strays = requests.filter((url) => {
      const parsed = new URL(url);
      return /^(?:https?|wss?):$/.test(parsed.protocol) && !fixtureHosts.has(parsed.hostname);
    });
    expect(strays).toEqual([]);
  });
});
