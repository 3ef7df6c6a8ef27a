/**
 * Bench section "popup": how long the toolbar popup takes to show something (first render:
 * its heading) and to be usable (interactive: the data loaded and the task actions on
 * screen), with 1,000 and with 10,000 opportunities in the real IndexedDB of headless
 * Chromium, read through the real background.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, launchExtension } from '../support/extension';
import { type BenchSection, type Metric, percentile, round } from './registry';
import { seed } from './store';

const SIZES = [1_000, 10_000];
const RUNS = 8;

export const popupSection: BenchSection = {
  name: 'popup',
  description: `popup first render and time to interactive, ${SIZES.map((n) => n.toLocaleString('en-US')).join(' and ')} opportunities, ${RUNS} opens each`,
  async run() {
    if (!existsSync(join(extensionDir, 'manifest.json'))) execSync('npx wxt build', { stdio: 'ignore' });
    const metrics: Metric[] = [];
    for (const size of SIZES) {
      const session = await launchExtension();
      try {
        await session.call('ping');
        await session.call('listOpportunities');
        const page = await session.extensionContextPage();
        await page.evaluate('globalThis.__name = (fn) => fn');
        await page.evaluate(seed, { opportunities: size, perOpportunity: 10 });
        const first: number[] = [];
        const interactive: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const popup = await session.openExtensionPage('popup.html');
          // Both clocks are the page's own, from the start of its navigation. Predicates are
          // functions: an extension page's CSP forbids evaluating strings.
          const firstRender = await popup.waitForFunction(
            () => document.querySelector('main h1') && performance.now(),
          );
          first.push(Number(await firstRender.jsonValue()));
          const ready = await popup.waitForFunction(
            () =>
              !document.querySelector('[aria-busy=true]') &&
              document.querySelector('main li button') &&
              performance.now(),
            undefined,
            { timeout: 60_000 },
          );
          interactive.push(Number(await ready.jsonValue()));
          await popup.close();
        }
        const label = size >= 10_000 ? '10k' : '1k';
        metrics.push(
          { name: `popup.${label}.firstRender.p50`, value: round(percentile(first, 50), 0), unit: 'ms' },
          {
            name: `popup.${label}.interactive.p50`,
            value: round(percentile(interactive, 50), 0),
            unit: 'ms',
          },
          {
            name: `popup.${label}.interactive.p95`,
            value: round(percentile(interactive, 95), 0),
            unit: 'ms',
          },
        );
      } finally {
        await session.close();
      }
    }
    return metrics;
  },
};
