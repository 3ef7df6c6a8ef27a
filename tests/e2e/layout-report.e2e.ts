import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, fixturePage, launchExtension } from '../../scripts/support/extension';

/**
 * "Save a layout report" in real Chromium: a Gmail fixture served under mail.google.com, the
 * popup opened as a tab (so it reports on the most recently used Gmail tab), a real download,
 * and the file read back: the page's structure is there, none of its people or addresses.
 */
const GMAIL = 'https://mail.google.com/mail/u/0/';

interface Row {
  [key: string]: unknown;
}
interface Node {
  tag: string;
  values?: Record<string, string>;
  hits?: string[];
  shadow?: Array<Node | string>;
  children?: Array<Node | string>;
}

const nodes = (node: Node | string): Array<Node | string> =>
  typeof node === 'string'
    ? [node]
    : [node, ...[...(node.shadow ?? []), ...(node.children ?? [])].flatMap(nodes)];
const elements = (root: Node) => nodes(root).filter((n): n is Node => typeof n !== 'string');

describe('Save a layout report', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  const gmailLayout = async () =>
    (await session.readStore<Row>('sites')).find((s) => s.site === 'gmail')?.layout;

  /** Open the popup, press the Gmail line's button, and read back the file it saves. */
  async function saveReport(): Promise<{ popup: Page; text: string; fileName: string }> {
    const popup = await session.openExtensionPage('popup.html');
    const button = popup
      .locator('[data-site="gmail"]')
      .getByRole('button', { name: 'Save a layout report of the Gmail page' });
    await button.waitFor();
    const [download] = await Promise.all([popup.waitForEvent('download'), button.click()]);
    const text = await readFile((await download.path())!, 'utf8');
    return { popup, text, fileName: download.suggestedFilename() };
  }

  it('saves the outline of a page whose layout is not recognised, with none of its text', async () => {
    const page = await session.openPage(`${GMAIL}#inbox`, await fixturePage('gmail/no-landmarks.html'));
    await expect.poll(gmailLayout, { timeout: 15_000 }).toBe('unrecognised');

    const { popup, text, fileName } = await saveReport();
    expect(fileName).toMatch(/^afterview-layout-gmail-\d{4}-\d{2}-\d{2}\.json$/);
    const report = JSON.parse(text) as { outline: Node; [key: string]: unknown };
    expect(report).toMatchObject({
      kind: 'afterview-layout-report',
      site: 'gmail',
      path: '/mail/u/N/#inbox',
      language: 'en',
      layout: { status: 'unrecognised' },
    });
    expect(elements(report.outline).some((n) => n.values?.role === 'progressbar')).toBe(true);
    for (const secret of ['jordan', 'rivera', 'example.com', '@', 'loading', 'try again', 'https:', '42%']) {
      expect(text.toLowerCase(), secret).not.toContain(secret);
    }
    // Afterview's own badge is no part of the page.
    expect(text).not.toContain('afterview-presence');
    // The popup says what it saved, and that it holds no text or addresses.
    const said = popup.locator('[data-site="gmail"] [role="status"]').filter({ hasText: fileName });
    await expect.poll(() => said.textContent()).toMatch(/no text, no names, no addresses/);
    await popup.close();
    await page.close();
  });

  it('saves the outline of a recognised inbox: structure and our selectors’ hits, no person', async () => {
    const page = await session.openPage(`${GMAIL}#inbox`, await fixturePage('gmail/inbox-100.html'));
    await expect.poll(gmailLayout, { timeout: 15_000 }).not.toBe('unrecognised');
    // Everything personal in the page: who wrote, their addresses, subjects, thread ids, dates.
    const secrets = await page.evaluate(() => {
      const values = (selector: string, attribute: string) =>
        [...document.querySelectorAll(selector)].map((e) => e.getAttribute(attribute) ?? '');
      return [
        ...values('[email]', 'email'),
        ...values('[email]', 'name'),
        ...values('[data-legacy-thread-id]', 'data-legacy-thread-id'),
        ...values('[data-thread-id]', 'data-thread-id'),
        ...values('td span[title]', 'title'),
        ...[...document.querySelectorAll('[data-thread-id]')].map((e) => e.textContent ?? ''),
      ].filter((value) => value.trim().length >= 4);
    });
    expect(secrets.length).toBeGreaterThan(100);

    const { popup, text } = await saveReport();
    const report = JSON.parse(text) as { outline: Node; landmarks: Row[]; counts: Row };
    const lower = text.toLowerCase();
    for (const secret of new Set(secrets)) expect(lower, secret).not.toContain(secret.trim().toLowerCase());
    expect(lower).not.toContain('@');
    // The chips Afterview draws in the rows are left out.
    expect(text).not.toContain('afterview-ui');
    // What a fixture needs: the list's structure and which of our selectors found what.
    expect(report.landmarks).toContainEqual(expect.objectContaining({ name: 'thread list', alternative: 0 }));
    expect(elements(report.outline).some((n) => n.hits?.includes('thread list row'))).toBe(true);
    expect(elements(report.outline).some((n) => n.values?.role === 'grid')).toBe(true);
    expect(report.counts.nodes).toBeLessThanOrEqual(5_001);
    await popup.close();
    await page.close();
  });
});
