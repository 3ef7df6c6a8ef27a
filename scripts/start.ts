/**
 * `npm start`: build the Chrome version and open Chromium with Afterview loaded, in a
 * profile kept under .output/ so your trial data survives between runs. Set CHROME_PATH to
 * choose the browser. Close the browser window to stop.
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, loadExtensionArgs } from './browser';

const extensionDir = resolve('.output/chrome-mv3');
execSync('npx wxt build', { stdio: 'inherit' });

const executablePath = chromiumPath();
console.log(`Opening ${executablePath} with Afterview from ${extensionDir}`);
const context = await chromium.launchPersistentContext(resolve('.output/start-profile'), {
  executablePath,
  headless: false,
  viewport: null,
  args: [...loadExtensionArgs(extensionDir), '--no-first-run', '--no-default-browser-check'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${extensionId}/popup.html`);
console.log('Afterview is loaded. Pin it from the puzzle-piece menu; close the browser to stop.');
await new Promise<void>((done) => context.on('close', () => done()));
