import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page, type Worker } from 'playwright-core';
import { INSPECTABLE_UI_KEY } from '../../lib/content/inspectable';
import { chromiumPath, loadExtensionArgs, quietChromiumArgs } from '../browser';

/** The unpacked Chrome build the e2e tests load (`npm run build` writes it; AFTERVIEW_OUT_DIR moves it). */
export const extensionDir = resolve(process.env.AFTERVIEW_OUT_DIR || '.output', 'chrome-mv3');

/** Pages we serve under the real origins. Anything else is refused: no real site is contacted. */
export type FixtureRoutes = Record<string, string>;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker as it is now (it can be stopped and restarted). */
  serviceWorker(): Promise<Worker>;
  /** Serve `html` at `url` (an https URL on any origin) and open it in a new tab. */
  openPage(url: string, html: string): Promise<Page>;
  /** Open one of our own pages, e.g. `popup.html`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Every record of one object store of the extension's real IndexedDB. */
  readStore<T = unknown>(storeName: string): Promise<T[]>;
  /** An extension page kept open to read state and call `chrome.*` from our origin. */
  extensionContextPage(): Promise<Page>;
  /** Send a protocol request as our own pages do; answers the raw reply. */
  call(method: string, params?: unknown): Promise<unknown>;
  /** Stop the service worker, as the browser does when it is idle (CDP Target.closeTarget). */
  stopServiceWorker(): Promise<void>;
  isServiceWorkerRunning(): Promise<boolean>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Our in-page UI in open shadow roots, so tests can look inside (the developer setting
   * INSPECTABLE_UI_KEY; true here by default). False runs the UI exactly as users get it:
   * closed roots, as the tests of what a page's own scripts can reach need.
   */
  inspectableUi?: boolean;
}

export async function launchExtension({
  inspectableUi = true,
}: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'afterview-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...loadExtensionArgs(extensionDir), ...quietChromiumArgs],
  });

  const pages = new Map<string, string>();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const body = pages.get(url);
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else if (url.startsWith('https://')) {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    } else {
      await route.fallback();
    }
  });

  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;

  let contextPage: Page | null = null;
  const session: ExtensionSession = {
    context,
    extensionId,
    serviceWorker,
    async openPage(url, html) {
      // Requests carry no #fragment (Gmail's views live there), so pages are keyed without it.
      pages.set(url.split('#')[0]!, html);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async readStore<T>(storeName: string) {
      // Read from an extension page, not the worker: the worker may be stopped or replaced.
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
      return page.evaluate(([m, p]) => chrome.runtime.sendMessage({ afterview: 1, method: m, params: p }), [
        method,
        params,
      ] as const);
    },
    async stopServiceWorker() {
      const page = await session.extensionContextPage();
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
      );
      if (!worker) throw new Error('The service worker is not running');
      await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      await cdp.detach();
    },
    async isServiceWorkerRunning() {
      const page = await session.extensionContextPage();
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = await cdp.send('Target.getTargets');
      await cdp.detach();
      return targetInfos.some(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
      );
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  if (inspectableUi) {
    const page = await session.extensionContextPage();
    await page.evaluate((key) => chrome.storage.local.set({ [key]: true }), INSPECTABLE_UI_KEY);
  }
  return session;
}

/** A fixture page from tests/fixtures/pages. */
export function fixturePage(name: string): Promise<string> {
  return readFile(resolve('tests/fixtures/pages', name), 'utf8');
}

/** Where the README's screenshots live (docs/screenshots). */
export const screenshotDir = resolve('docs/screenshots');

/**
 * Whether this run takes the README's screenshots (`npm run screenshots`). A test run
 * writes no tracked file: `npm test` leaves `git status` clean.
 */
const takingScreenshots = process.env.AFTERVIEW_SCREENSHOTS === '1';

/**
 * A screenshot for the README: of an element (with a margin around it) or the page. On every
 * run the element must be visible; the picture is saved only by `npm run screenshots`.
 */
export async function screenshot(page: Page, name: string, element?: Locator, margin = 24): Promise<void> {
  const path = join(screenshotDir, `${name}.png`);
  const box = element ? await element.boundingBox() : null;
  if (element && !box) throw new Error(`Nothing to photograph for ${name}: the element is not visible`);
  if (!takingScreenshots) return;
  if (!box) {
    await page.screenshot({ path });
    return;
  }
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  await page.screenshot({
    path,
    clip: {
      x,
      y,
      width: Math.min(viewport.width - x, box.width + 2 * margin),
      height: Math.min(viewport.height - y, box.height + 2 * margin),
    },
  });
}
