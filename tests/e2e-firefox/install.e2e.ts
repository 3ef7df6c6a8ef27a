import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, textsOf } from '../../scripts/support/firefox';

interface Manifest {
  manifest_version: number;
  background?: { scripts?: string[]; persistent?: boolean; service_worker?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
}

describe('install: the Firefox build as a temporary add-on in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs as an MV3 add-on with an event page, in a Firefox its manifest accepts', async () => {
    const page = await session.extensionContextPage();
    const manifest = await page.evaluate(() => browser.runtime.getManifest() as unknown);
    const { manifest_version, background, browser_specific_settings } = manifest as Manifest;
    expect(manifest_version).toBe(3);
    // An event page: scripts, not persistent (Firefox gives MV3 no background service worker).
    expect(background?.scripts).toEqual([`${session.origin}/background.js`]);
    expect(background?.persistent).toBeFalsy();
    expect(background?.service_worker).toBeFalsy();
    expect(browser_specific_settings?.gecko?.id).toBe(session.addonId);
    const version = await session.browser.version();
    const tested = parseFloat(/(\d+\.\d+)/.exec(version)?.[1] ?? 'NaN');
    expect(tested).toBeGreaterThanOrEqual(parseFloat(browser_specific_settings!.gecko!.strict_min_version!));
  });

  it('renders the popup: no site seen yet', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect
      .poll(() => textsOf(popup, 'li[data-site="gmail"]'))
      .toEqual([expect.stringMatching(/^Gmail not seen yet/)]);
    expect(await textsOf(popup, 'li[data-site="outlook"]')).toEqual([
      expect.stringMatching(/^Outlook not seen yet/),
    ]);
    expect(await textsOf(popup, 'li[data-site="linkedin"]')).toEqual([
      expect.stringMatching(/^LinkedIn not seen yet/),
    ]);
    await popup.close();
  });
});
