import { afterEach, describe, expect, it } from 'vitest';
import { fixturePage } from '../../scripts/support/extension';
import { attributeOf, type FirefoxSession, launchFirefox } from '../../scripts/support/firefox';

/**
 * The background in Firefox is an MV3 event page: Firefox unloads it when idle and loads it
 * again for the next event. Nothing may live only in its memory. Two ways it stops here: the
 * call about:debugging's "Terminate Background Script" makes (exactly when the test says), and
 * Firefox's own idle timeout, shortened by its preference (as it happens to users).
 */
interface Reply<T> {
  ok: boolean;
  result: T;
  error?: { code: string; message: string };
}

const opportunity = {
  company: 'Example Corp',
  role: 'Data Analyst',
  status: 'interviewing',
  payDiscussed: true,
};
const GMAIL = 'https://mail.google.com/mail/u/0/';
const presence = 'afterview-presence >>> [role="status"]';

describe('background: the event page stopped and started again in Firefox', () => {
  let session: FirefoxSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('keeps what a content script and a page wrote when the event page is terminated', async () => {
    session = await launchFirefox();
    const gmail = await session.openPage(`${GMAIL}#inbox`, await fixturePage('gmail-shell.html'));
    // "connected" only once the background answered the content script.
    await expect.poll(() => attributeOf(gmail, presence, 'data-state')).toBe('connected');
    const saved = (await session.call('saveOpportunity', opportunity)) as Reply<{ id: string }>;
    expect(saved.ok).toBe(true);
    expect(await session.isBackgroundRunning()).toBe(true);

    await session.stopBackground();
    await expect.poll(() => session!.isBackgroundRunning()).toBe(false);

    // A content script's message wakes a fresh event page: the interview thread is read and
    // its button offered, which needs the background's answer.
    const thread = await session.openPage(
      `${GMAIL}#inbox/FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD`,
      await fixturePage('gmail/thread-interview.html'),
    );
    await thread.waitForSelector('afterview-ui[data-afterview="thread"] >>> button.av-button');
    expect(await session.isBackgroundRunning()).toBe(true);

    // Everything written before the stop is read back from IndexedDB.
    const listed = (await session.call('listOpportunities')) as Reply<Array<{ id: string; company: string }>>;
    expect(listed.result.map((o) => [o.id, o.company])).toEqual([[saved.result.id, 'Example Corp']]);
    const sites = (await session.call('siteStatus')) as Reply<Array<{ site: string; visits: number }>>;
    expect(sites.result.map((s) => s.site)).toEqual(['gmail']);
    expect(sites.result[0]!.visits).toBeGreaterThanOrEqual(2);
  });

  it('is unloaded by Firefox when idle, and a message from our page loads it again', async () => {
    // Firefox's default is 30 s of idleness; 2 s keeps the test short.
    session = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 2_000 } });
    const saved = (await session.call('saveOpportunity', opportunity)) as Reply<{ id: string }>;
    expect(saved.ok).toBe(true);

    // Nobody touches the background now: Firefox alone stops it.
    await expect.poll(() => session!.isBackgroundRunning(), { timeout: 30_000 }).toBe(false);

    const listed = (await session.call('listOpportunities')) as Reply<Array<{ id: string; company: string }>>;
    expect(listed.result.map((o) => [o.id, o.company])).toEqual([[saved.result.id, 'Example Corp']]);
    expect(await session.isBackgroundRunning()).toBe(true);
  });
});
