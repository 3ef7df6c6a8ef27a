/**
 * `npm start`: build the Chrome version and open Chromium with Afterview loaded, in a
 * profile kept under .output/ so your trial data survives between runs. Set CHROME_PATH to
 * choose the browser. Close the browser window to stop.
 */
import { execSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, loadExtensionArgs } from './browser';

/** A browser window needs a display: on Linux without one, say what to do (or use Xvfb). */
function ensureDisplay(): void {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return;
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (xvfb && !process.env.AFTERVIEW_UNDER_XVFB) {
    console.log('No display here: running under xvfb-run (a virtual screen nobody sees).');
    const run = spawnSync(xvfb, ['-a', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, AFTERVIEW_UNDER_XVFB: '1' },
    });
    process.exit(run.status ?? 1);
  }
  console.error(
    [
      'npm start opens a browser window, and this machine has no display (DISPLAY is not set).',
      'Run it on a desktop; or install Xvfb (apt-get install xvfb) to run it on a virtual screen;',
      'or build with `npm run build` and load .output/chrome-mv3 in your own browser',
      '(chrome://extensions → Developer mode → Load unpacked).',
    ].join('\n'),
  );
  process.exit(1);
}

ensureDisplay();
const extensionDir = resolve('.output/chrome-mv3');
execSync('npx wxt build', { stdio: 'inherit' });

const executablePath = chromiumPath();
console.log(`Opening ${executablePath} with Afterview from ${extensionDir}`);
const context = await chromium
  .launchPersistentContext(resolve('.output/start-profile'), {
    executablePath,
    headless: false,
    viewport: null,
    args: [...loadExtensionArgs(extensionDir), '--no-first-run', '--no-default-browser-check'],
  })
  .catch((error: unknown) => {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`The browser did not start: ${reason}\nSet CHROME_PATH to a Chromium or Chrome to use.`);
    process.exit(1);
  });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${extensionId}/popup.html`);
console.log('Afterview is loaded. Pin it from the puzzle-piece menu; close the browser to stop.');
await new Promise<void>((done) => context.on('close', () => done()));
