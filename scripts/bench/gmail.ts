/**
 * Bench section "gmail": the content script's work on a 100-row inbox in real headless
 * Chromium (the fixture tests/fixtures/pages/gmail/inbox-100.html served under
 * mail.google.com), and the size users download: the built Gmail content script, gzipped.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { extensionDir, fixturePage, launchExtension } from '../../tests/e2e/extension';
import { type BenchSection, percentile, round } from './registry';

const COLD_RUNS = 15;
const CHURN_ROUNDS = 200;

export const gmailSection: BenchSection = {
  name: 'gmail',
  description: `Gmail list in headless Chromium: 100-row scan (${COLD_RUNS} cold runs), ${CHURN_ROUNDS} DOM churn batches; script size`,
  async run() {
    if (!existsSync(join(extensionDir, 'manifest.json'))) execSync('npx wxt build', { stdio: 'ignore' });
    const bundled = await build({
      entryPoints: ['scripts/bench/gmail-page.ts'],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      alias: { '@': '.' },
      logLevel: 'silent',
    });
    const session = await launchExtension();
    try {
      const page = await session.openPage(
        'https://mail.google.com/mail/u/0/#inbox',
        await fixturePage('gmail/inbox-100.html'),
      );
      await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
      const cold: number[] = [];
      let rows = 0;
      for (let i = 0; i < COLD_RUNS; i++) {
        const result = (await page.evaluate('afterviewBench.coldScan()')) as { ms: number; rows: number };
        cold.push(result.ms);
        rows = result.rows;
      }
      const churn = (await page.evaluate(`afterviewBench.churn(${CHURN_ROUNDS})`)) as number[];
      const script = readFileSync(join(extensionDir, 'content-scripts/gmail.js'));
      return [
        { name: 'gmail.rows', value: rows, unit: 'rows' },
        { name: 'gmail.scan100.p50', value: round(percentile(cold, 50), 2), unit: 'ms' },
        { name: 'gmail.scan100.p95', value: round(percentile(cold, 95), 2), unit: 'ms' },
        { name: 'gmail.mutationBatch.p50', value: round(percentile(churn, 50), 2), unit: 'ms' },
        { name: 'gmail.mutationBatch.p95', value: round(percentile(churn, 95), 2), unit: 'ms' },
        { name: 'gmail.contentScript.kb', value: round(script.length / 1024, 1), unit: 'KiB' },
        {
          name: 'gmail.contentScript.gzipKb',
          value: round(gzipSync(script).length / 1024, 1),
          unit: 'KiB gzip',
        },
      ];
    } finally {
      await session.close();
    }
  },
};
