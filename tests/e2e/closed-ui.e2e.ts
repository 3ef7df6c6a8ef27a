import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, fixturePage, launchExtension } from '../../scripts/support/extension';

/**
 * What Gmail's own scripts can do to our in-page UI, in the build exactly as users get it:
 * closed shadow roots, and only the user's own (trusted) events acting. Fixture: Gmail's
 * 2026-11 markup (tests/fixtures/pages/gmail) served under https://mail.google.com.
 */
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD';

const openThread = async (session: ExtensionSession) =>
  session.openPage(THREAD, await fixturePage('gmail/thread-interview.html'));
const threadHost = (page: Page) => page.locator('afterview-ui[data-afterview="thread"]');

/** Let any handler a made-up event could have reached run, and Preact draw what it changed. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => setTimeout(done, 300)));

describe('In-page UI as users get it: closed to the page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ inspectableUi: false });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the page out: no shadow root to read, no state on the host, made-up clicks do nothing', async () => {
    const page = await openThread(session);
    const host = threadHost(page);
    // The button is drawn: the host (a line under the subject) takes its height.
    await expect.poll(async () => (await host.boundingBox())?.height ?? 0).toBeGreaterThan(10);

    const seen = await host.evaluate((el) => ({
      root: el.shadowRoot,
      state: el.getAttribute('data-state'),
      text: el.textContent,
    }));
    expect(seen).toEqual({ root: null, state: null, text: '' });

    // The page tries to press our button: on the host, and with keys, as scripts can.
    await host.evaluate((el) => {
      (el as HTMLElement).click();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    });
    await settle(page);
    expect(await page.locator('afterview-ui').count()).toBe(1);

    // The user's own click (the button starts the line) opens the panel; Enter in its first
    // field tracks the thread.
    const box = (await host.boundingBox())!;
    await page.mouse.click(box.x + 24, box.y + box.height / 2);
    await expect.poll(() => page.locator('afterview-ui').count()).toBe(2);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await session.readStore('opportunities')).length).toBe(1);
    await page.close();
  });
});

describe('In-page UI opened for inspection: still only the user acts', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('ignores clicks and form submissions a page script makes up inside our root', async () => {
    const page = await openThread(session);
    const button = page.getByRole('button', { name: 'Track follow-up', exact: true });
    await button.waitFor();

    // A script reaching inside (possible only with the developer setting) presses the button…
    await threadHost(page).evaluate((el) => el.shadowRoot!.querySelector('button')?.click());
    await settle(page);
    const dialog = page.getByRole('dialog', { name: 'Track follow-up' });
    expect(await dialog.count()).toBe(0);

    // …the user presses it, and the script then tries to submit the form for them.
    await button.click();
    await dialog.waitFor();
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('afterview-ui')) {
        const form = host.shadowRoot?.querySelector('form');
        if (!form) continue;
        form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
        form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
      }
    });
    await settle(page);
    expect(await session.readStore('opportunities')).toEqual([]);
    expect(await dialog.count()).toBe(1);

    // The user's own press of Track still works.
    await dialog.getByRole('button', { name: 'Track', exact: true }).click();
    await expect.poll(async () => (await session.readStore('opportunities')).length).toBe(1);
    await page.close();
  });
});
