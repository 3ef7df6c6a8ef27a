import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { INSPECTABLE_UI_KEY } from '../../lib/content/inspectable';

/**
 * The Firefox twin of scripts/support/extension.ts: the built Firefox extension, installed as
 * a temporary add-on in real Firefox (Debian's Firefox ESR; never downloaded), driven by
 * puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock Firefox). Fixture pages
 * are served under the real origins by request interception; no real site is contacted.
 */

/** The unpacked Firefox build (`npm run build` writes it; AFTERVIEW_OUT_DIR moves it). */
export const firefoxExtensionDir = resolve(process.env.AFTERVIEW_OUT_DIR || '.output', 'firefox-mv3');

/**
 * The `moz-extension://` host we pin (Firefox picks a random one per profile otherwise), so
 * tests can open our pages by address. Any UUID works; this one is only ever used here.
 */
export const EXTENSION_UUID = '6f1a6a3e-3c57-4b7e-9d3c-a1f7e2000001';

const installHint =
  'Install Firefox ESR 142 or newer (Debian bookworm: `apt-get install -y -t bookworm-security firefox-esr`; ' +
  "the main repository's ESR 140 is too old) or set FIREFOX_PATH to a Firefox binary.";

/** The Firefox to drive: FIREFOX_PATH if set, else Debian's ESR or a system Firefox. Never downloads one. */
export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist. ${installHint}`);
    return fromEnv;
  }
  const found = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
  if (!found) throw new Error(`No Firefox found. ${installHint}`);
  return found;
}

/** The manifest's gecko id and strict_min_version: the add-on's id, and the oldest Firefox it accepts. */
function geckoSettings(): { id: string; minVersion: number } {
  const manifestPath = resolve(firefoxExtensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built Firefox extension in ${firefoxExtensionDir}: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  };
  const gecko = manifest.browser_specific_settings?.gecko;
  if (!gecko?.id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  return { id: gecko.id, minVersion: parseFloat(gecko.strict_min_version ?? '0') };
}

/**
 * Fail before launching, in words, when this Firefox is older than the manifest allows:
 * installing the add-on would otherwise fail with a bare protocol error.
 */
function checkVersion(executable: string, minVersion: number): void {
  const output = execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const version = parseFloat(/(\d+\.\d+)/.exec(output)?.[1] ?? 'NaN');
  if (!(version >= minVersion)) {
    throw new Error(
      `${executable} is ${output.trim()}, older than the manifest's strict_min_version ${minVersion}. ${installHint}`,
    );
  }
}

/** The parts of puppeteer's BiDi objects we use that its typings do not expose (puppeteer-core is pinned). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  addonId: string;
  /** Our pages' origin, moz-extension://<EXTENSION_UUID>. */
  origin: string;
  /** Every request a page we opened made (data: URLs included), served, refused or let through. */
  requests: string[];
  /** Serve `html` at `url` (an https URL on any origin) and open it in a new tab. */
  openPage(url: string, html: string): Promise<Page>;
  /** Serve `html` at `url` and navigate an open page there (the same tab). */
  goto(page: Page, url: string, html?: string): Promise<void>;
  /** Open one of our own pages, e.g. `popup.html`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Every record of one object store of the extension's real IndexedDB. */
  readStore<T = unknown>(storeName: string): Promise<T[]>;
  /** An extension page kept open to read state and call `browser.*` from our origin. */
  extensionContextPage(): Promise<Page>;
  /** Send a protocol request as our own pages do; answers the raw reply. */
  call(method: string, params?: unknown): Promise<unknown>;
  /** Stop the event page, as about:debugging's "Terminate Background Script" does. */
  stopBackground(): Promise<void>;
  /** Whether the event page is loaded now. */
  isBackgroundRunning(): Promise<boolean>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Our in-page UI in open shadow roots, so `>>>` can look inside (INSPECTABLE_UI_KEY); true by default. */
  inspectableUi?: boolean;
  /** Firefox preferences on top of ours (e.g. a short `extensions.background.idle.timeout`). */
  prefs?: Record<string, unknown>;
}

export async function launchFirefox({
  inspectableUi = true,
  prefs = {},
}: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const executablePath = firefoxPath();
  const { id: addonId, minVersion } = geckoSettings();
  checkVersion(executablePath, minVersion);

  // puppeteer makes a fresh profile in the temp directory and removes it on close.
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets the tests evaluate in Firefox's own (chrome) scope: stopping the event page needs it.
    args: ['--remote-allow-system-access'],
    timeout: 90_000,
    protocolTimeout: 90_000,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      // Belt and braces for "no real site": puppeteer already points Firefox's own services at
      // dummy hosts, and every page we open is intercepted; anything else that slips through
      // goes to a proxy that is not there.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      ...prefs,
    },
  });

  try {
    // A temporary add-on, as about:debugging loads one: unsigned, removed when Firefox closes.
    await firefox.installExtension(firefoxExtensionDir);
  } catch (error) {
    await firefox.close();
    throw error;
  }

  const connection = (firefox as unknown as { connection: BidiConnection }).connection;
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const fixtures = new Map<string, string>();
  const requests: string[] = [];
  // Requests carry no #fragment (Gmail's views live there), so pages are keyed without it.
  const keyOf = (url: string) => url.split('#')[0]!;

  const serve = (request: HTTPRequest) => {
    const url = request.url();
    requests.push(url);
    const body = fixtures.get(keyOf(url));
    // Every http(s) request that is not a fixture is refused, like the Chromium fixture does;
    // the rest (Firefox intercepts data: URLs too, e.g. a fixture's inline font) goes on.
    const answer =
      body !== undefined
        ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
        : /^https?:/.test(url)
          ? request.respond({ status: 404, contentType: 'text/plain', body: 'not a fixture' })
          : request.continue();
    answer.catch(() => {
      // The page went away while we answered: nothing to serve.
    });
  };

  /** A new tab whose every http(s) request goes through `serve`. */
  const interceptedPage = async (): Promise<Page> => {
    const page = await firefox.newPage();
    await page.setRequestInterception(true);
    page.on('request', serve);
    return page;
  };

  /**
   * Evaluate in Firefox's own scope (the browser window), where the add-on manager lives;
   * needs --remote-allow-system-access.
   */
  const inChromeScope = async <T>(expression: string): Promise<T> => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const [window] = tree.result.contexts as Array<{ context: string }>;
    if (!window) throw new Error('Firefox has no chrome window to evaluate in');
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
    });
    const evaluation = result as { type: string; result?: { value?: unknown }; exceptionDetails?: unknown };
    if (evaluation.type !== 'success') {
      throw new Error(`Chrome-scope evaluation failed: ${JSON.stringify(evaluation.exceptionDetails)}`);
    }
    return evaluation.result?.value as T;
  };
  const debugUtils = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.DebugUtils`;

  let contextPage: Page | null = null;
  const session: FirefoxSession = {
    browser: firefox,
    addonId,
    origin,
    requests,
    async openPage(url, html) {
      fixtures.set(keyOf(url), html);
      const page = await interceptedPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async goto(page, url, html) {
      if (html !== undefined) fixtures.set(keyOf(url), html);
      await page.goto(url, { waitUntil: 'load' });
    },
    async openExtensionPage(path) {
      const page = await firefox.newPage();
      // page.goto never sees an extension page's load event (Mozilla bug 1755014): navigate
      // the browsing context itself and wait for it to complete.
      const frame = page.mainFrame() as unknown as BidiFrame;
      await frame.browsingContext.navigate(`${origin}/${path}`, 'complete');
      return page;
    },
    async readStore<T>(storeName: string) {
      // Read from an extension page, not the background: the event page may be stopped.
      const page = await session.extensionContextPage();
      return page.evaluate(
        (name) =>
          new Promise<T[]>((done, fail) => {
            const open = indexedDB.open('afterview');
            // Reading must not create the database the extension has not created yet.
            open.onupgradeneeded = () => open.transaction?.abort();
            open.onerror = () => fail(new Error(`Cannot open Afterview's database: ${open.error?.message}`));
            open.onsuccess = () => {
              const db = open.result;
              try {
                const request = db.transaction(name, 'readonly').objectStore(name).getAll();
                request.onsuccess = () => done(request.result as T[]);
                request.onerror = () => fail(request.error);
              } catch (error) {
                fail(error);
              } finally {
                db.close();
              }
            };
          }),
        storeName,
      );
    },
    async extensionContextPage() {
      if (!contextPage || contextPage.isClosed()) contextPage = await session.openExtensionPage('popup.html');
      return contextPage;
    },
    async call(method, params = {}) {
      const page = await session.extensionContextPage();
      return page.evaluate(
        (m, p) => browser.runtime.sendMessage({ afterview: 1, method: m, params: p }),
        method,
        params,
      );
    },
    async stopBackground() {
      // The call about:debugging's "Terminate Background Script" makes; it throws for a
      // persistent background, so this also proves ours is an event page.
      await inChromeScope(`${debugUtils}.terminateBackgroundScript(${JSON.stringify(addonId)})`);
    },
    async isBackgroundRunning() {
      return (
        (await inChromeScope<boolean | undefined>(
          `${debugUtils}.isBackgroundScriptRunning(${JSON.stringify(addonId)}) ?? false`,
        )) === true
      );
    },
    async close() {
      await firefox.close();
    },
  };

  try {
    if (inspectableUi) {
      const page = await session.extensionContextPage();
      await page.evaluate((key) => browser.storage.local.set({ [key]: true }), INSPECTABLE_UI_KEY);
    }
  } catch (error) {
    await firefox.close();
    throw error;
  }
  return session;
}

/** An attribute of the first element `selector` finds (P-selectors such as `>>>` pierce our shadow roots), or null. */
export async function attributeOf(page: Page, selector: string, name: string): Promise<string | null> {
  const element = await page.$(selector);
  if (!element) return null;
  try {
    return await element.evaluate((e, n) => e.getAttribute(n), name);
  } finally {
    await element.dispose();
  }
}

/** The text of every element `selector` finds, in document order. */
export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((e) => e.textContent ?? ''));
}

/** The value of every form field `selector` finds, in document order. */
export function valuesOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((e) => (e as HTMLInputElement).value));
}
