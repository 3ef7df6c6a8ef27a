import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_PAGES } from '../../scripts/fixtures/outlook-inbox';
import { fixturePage } from '../../scripts/support/extension';
import {
  attributeOf,
  type FirefoxSession,
  launchFirefox,
  textsOf,
  valuesOf,
} from '../../scripts/support/firefox';

/**
 * Outlook on the web in real Firefox: the Firefox build, its event page and IndexedDB, and
 * the hand-built fixture of the new Outlook's 2026-11 markup served under https://outlook.live.com.
 */
const thread = 'afterview-ui[data-afterview="thread"]';
const dialog = 'afterview-ui >>> form[role="dialog"]';
const interview = CONVERSATION_PAGES['conversation-interview.html'];

interface Row {
  [key: string]: unknown;
}

describe('Outlook in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('tracks an interview conversation from the button, and the popup shows its first task', async () => {
    const page = await session.openPage(
      interview.url,
      await fixturePage('outlook/conversation-interview.html'),
    );
    const button = await page.waitForSelector(`${thread} >>> button.av-button`);
    expect(await button!.evaluate((b) => b.textContent)).toBe('Track follow-up');
    await button!.click();

    // Escape closes the panel without writing anything.
    await page.waitForSelector(dialog);
    await page.keyboard.press('Escape');
    await page.waitForSelector(dialog, { hidden: true });
    expect(await session.readStore('opportunities')).toEqual([]);

    await button!.click();
    await page.waitForSelector(dialog);
    // Prefilled by the background from what the page shows: company, role, the people.
    expect(await valuesOf(page, 'afterview-ui >>> #av-company')).toEqual(['Brightwater Labs']);
    expect(await valuesOf(page, 'afterview-ui >>> #av-role')).toEqual(['Senior Product Analyst']);
    const names = await valuesOf(page, 'afterview-ui >>> input[aria-label^="Name of person"]');
    expect(names).toEqual(expect.arrayContaining(['Priya Natarajan', 'Marcus Okafor']));
    expect(names).not.toContain('Jordan Rivera');
    await (await page.waitForSelector(`${dialog} button[type="submit"]`))!.click();
    await page.waitForSelector(dialog, { hidden: true });

    await expect.poll(() => attributeOf(page, thread, 'data-state')).toBe('tracked');
    const opportunities = await session.readStore<Row>('opportunities');
    expect(opportunities).toEqual([
      expect.objectContaining({ company: 'Brightwater Labs', role: 'Senior Product Analyst' }),
    ]);
    expect(await session.readStore<Row>('people')).toContainEqual(
      expect.objectContaining({ name: 'Priya Natarajan', email: 'priya.natarajan@brightwater.example' }),
    );
    expect(await session.readStore<Row>('threads')).toEqual([
      expect.objectContaining({ threadId: interview.id, opportunityId: opportunities[0]!.id }),
    ]);

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector('.task-title');
    const [firstTask] = await textsOf(popup, 'li:has(.task-title)');
    expect(firstTask).toContain('Brightwater Labs');
    expect(await textsOf(popup, 'li[data-site="outlook"]')).toEqual([expect.stringMatching(/connected/)]);
    await popup.close();
    await page.close();

    // Nothing any page asked for left for a real site: every request was a fixture's.
    const strays = session.requests.filter((url) => {
      const parsed = new URL(url);
      return /^(?:https?|wss?):$/.test(parsed.protocol) && parsed.hostname !== 'outlook.live.com';
    });
    expect(session.requests).toContain(interview.url);
    expect(strays).toEqual([]);
  });
});
