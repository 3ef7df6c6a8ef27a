import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage } from '../../scripts/support/extension';
import {
  attributeOf,
  type FirefoxSession,
  launchFirefox,
  textsOf,
  valuesOf,
} from '../../scripts/support/firefox';

/**
 * Gmail in real Firefox: the Firefox build, its event page and IndexedDB, and the hand-built
 * fixture of Gmail's 2026-11 markup served under https://mail.google.com.
 */
const GMAIL = 'https://mail.google.com/mail/u/0/';
const INTERVIEW = 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD';

// Our in-page UI lives in (here inspectable) shadow roots: `>>>` reaches inside.
const thread = 'afterview-ui[data-afterview="thread"]';
const dialog = 'afterview-ui >>> form[role="dialog"]';

interface Row {
  [key: string]: unknown;
}

describe('Gmail in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('tracks an interview thread from the button, and the popup shows its first task', async () => {
    const page = await session.openPage(
      `${GMAIL}#inbox/${INTERVIEW}`,
      await fixturePage('gmail/thread-interview.html'),
    );
    const button = await page.waitForSelector(`${thread} >>> button.av-button`);
    expect(await button!.evaluate((b) => b.textContent)).toBe('Track follow-up');
    await button!.click();

    // The panel, prefilled by the background from the thread (the page holds no classifier).
    await page.waitForSelector(dialog);
    expect(await textsOf(page, `${dialog} h2`)).toEqual(['Track follow-up']);
    expect(await valuesOf(page, 'afterview-ui >>> #av-company')).toEqual(['Brightwater Labs']);
    expect(await valuesOf(page, 'afterview-ui >>> #av-role')).toEqual(['Senior Product Analyst']);
    expect(await valuesOf(page, 'afterview-ui >>> input[aria-label^="Name of person"]')).toEqual([
      'Priya Natarajan',
      'Marcus Okafor',
    ]);
    // Read from the email in the browser's zone, not shifted to another Friday.
    expect(await valuesOf(page, 'afterview-ui >>> #av-decision')).toEqual(['2026-11-13']);
    await (await page.waitForSelector(`${dialog} button[type="submit"]`))!.click();
    await page.waitForSelector(dialog, { hidden: true });

    // The button has become a status chip, and the records are in IndexedDB.
    await expect.poll(() => attributeOf(page, thread, 'data-state')).toBe('tracked');
    const opportunities = await session.readStore<Row>('opportunities');
    expect(opportunities).toEqual([
      expect.objectContaining({ company: 'Brightwater Labs', role: 'Senior Product Analyst' }),
    ]);
    expect(await session.readStore<Row>('threads')).toEqual([
      expect.objectContaining({ opportunityId: opportunities[0]!.id }),
    ]);
    const touches = await session.readStore<Row>('touches');
    expect(new Set(touches.map((t) => t.direction))).toEqual(new Set(['sent', 'received']));

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector('.task-title');
    const [firstTask] = await popup.$$eval('li:has(.task-title)', (items) =>
      items.map((li) => li.textContent ?? ''),
    );
    expect(firstTask).toContain('Brightwater Labs');
    expect(await textsOf(popup, 'li[data-site="gmail"]')).toEqual([
      expect.stringMatching(/^Gmail connected/),
    ]);
    await popup.close();

    // A reply arrives in the tracked thread (Gmail appends it to the page): it is recorded once.
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
    await expect.poll(async () => (await session.readStore('touches')).length).toBe(touches.length + 1);
    expect(
      (await session.readStore<Row>('touches')).find((t) => t.gmailMessageId === '19b0000000000001'),
    ).toMatchObject({ direction: 'received', channel: 'email' });
    await page.close();
  });
});
