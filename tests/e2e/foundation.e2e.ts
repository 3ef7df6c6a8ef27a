import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, fixturePage, launchExtension } from '../../scripts/support/extension';

interface SiteRow {
  site: string;
  visits: number;
  lastSeen: string;
}

describe('foundation: the built extension in real Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads its service worker, which answers as Afterview', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await (await session.serviceWorker()).evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Afterview');
    // Host access to the supported sites only: Gmail, Outlook on the web's mail, LinkedIn.
    expect(manifest.host_permissions).toEqual([
      'https://mail.google.com/*',
      'https://outlook.live.com/mail/*',
      'https://outlook.office.com/mail/*',
      'https://outlook.office365.com/mail/*',
      'https://outlook.cloud.microsoft/mail/*',
      'https://www.linkedin.com/*',
    ]);
  });

  it('runs on Gmail and LinkedIn, stores each visit in IndexedDB, and not elsewhere', async () => {
    const elsewhere = await session.openPage(
      'https://jobs.example.org/openings',
      await fixturePage('elsewhere.html'),
    );

    const gmail = await session.openPage(
      'https://mail.google.com/mail/u/0/#inbox',
      await fixturePage('gmail-shell.html'),
    );
    // The fixture itself is served (not a 404 page) under the real origin.
    expect(await gmail.title()).toBe('Inbox - jordan.sample@gmail.com - Gmail');
    // The badge only turns "connected" after the background answered the content script.
    await expect
      .poll(() => gmail.locator('afterview-presence [role="status"]').getAttribute('data-state'))
      .toBe('connected');

    const linkedin = await session.openPage(
      'https://www.linkedin.com/feed/',
      await fixturePage('linkedin-shell.html'),
    );
    await expect
      .poll(() => linkedin.locator('afterview-presence [role="status"]').getAttribute('data-state'))
      .toBe('connected');

    const sites = await session.readStore<SiteRow>('sites');
    expect(sites.map((s) => [s.site, s.visits])).toEqual([
      ['gmail', 1],
      ['linkedin', 1],
    ]);
    // Both content scripts ran to completion after this page loaded: none ran here.
    expect(await elsewhere.locator('afterview-presence').count()).toBe(0);
  });

  it('shows the stored sites in the popup', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.locator('li[data-site="gmail"]').textContent())
      .toMatch(/Gmail connected · seen/);
    expect(await popup.locator('li[data-site="linkedin"]').textContent()).toMatch(
      /LinkedIn connected · seen/,
    );
  });

  it('lets the user hide the badge from the keyboard', async () => {
    const gmail = await session.openPage(
      'https://mail.google.com/mail/u/1/#inbox',
      await fixturePage('gmail-shell.html'),
    );
    const hide = gmail.getByRole('button', { name: 'Hide the Afterview badge' });
    await hide.focus();
    await gmail.keyboard.press('Enter');
    await expect.poll(() => gmail.locator('afterview-presence').count()).toBe(0);
  });
});
