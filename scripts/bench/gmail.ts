/**
 * Bench section "gmail": the content script's work on a 100-row inbox in real headless
 * Chromium (the fixture tests/fixtures/pages/gmail/inbox-100.html served under
 * mail.google.com), and the size users download: the built Gmail content script, gzipped.
 */
import { contentScriptSize, inFixturePage } from './in-page';
import { type BenchSection, percentile, round } from './registry';

const COLD_RUNS = 15;
const CHURN_ROUNDS = 200;

export const gmailSection: BenchSection = {
  name: 'gmail',
  description: `Gmail list in headless Chromium: 100-row scan (${COLD_RUNS} cold runs), ${CHURN_ROUNDS} DOM churn batches; script size`,
  async run() {
    const [measured] = await inFixturePage(
      'scripts/bench/gmail-page.ts',
      [{ fixture: 'gmail/inbox-100.html', url: 'https://mail.google.com/mail/u/0/#inbox' }],
      async (page) => {
        const cold: number[] = [];
        let rows = 0;
        for (let i = 0; i < COLD_RUNS; i++) {
          const result = (await page.evaluate('afterviewBench.coldScan()')) as { ms: number; rows: number };
          cold.push(result.ms);
          rows = result.rows;
        }
        const churn = (await page.evaluate(`afterviewBench.churn(${CHURN_ROUNDS})`)) as number[];
        return { cold, rows, churn };
      },
    );
    const { cold, rows, churn } = measured!;
    const size = contentScriptSize('gmail');
    return [
      { name: 'gmail.rows', value: rows, unit: 'rows' },
      { name: 'gmail.scan100.p50', value: round(percentile(cold, 50), 2), unit: 'ms' },
      { name: 'gmail.scan100.p95', value: round(percentile(cold, 95), 2), unit: 'ms' },
      { name: 'gmail.mutationBatch.p50', value: round(percentile(churn, 50), 2), unit: 'ms' },
      { name: 'gmail.mutationBatch.p95', value: round(percentile(churn, 95), 2), unit: 'ms' },
      { name: 'gmail.contentScript.kb', value: round(size.kb, 1), unit: 'KiB' },
      { name: 'gmail.contentScript.gzipKb', value: round(size.gzipKb, 1), unit: 'KiB gzip' },
    ];
  },
};
