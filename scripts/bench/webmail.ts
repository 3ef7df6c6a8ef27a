/**
 * Bench sections "gmail" and "outlook": the content script's work on a 100-row inbox in real
 * headless Chromium (the fixtures tests/fixtures/pages/{gmail,outlook}/inbox-100.html served
 * under their sites), and the size users download: the built content script, gzipped.
 */
import { contentScriptSize, inFixturePage } from './in-page';
import { type BenchSection, percentile, round } from './registry';

const COLD_RUNS = 15;
const CHURN_ROUNDS = 200;

function webmailSection(name: string, label: string, url: string): BenchSection {
  return {
    name,
    description: `${label} list in headless Chromium: 100-row scan (${COLD_RUNS} cold runs), ${CHURN_ROUNDS} DOM churn batches; script size`,
    async run() {
      const [measured] = await inFixturePage(
        'scripts/bench/webmail-page.ts',
        [{ fixture: `${name}/inbox-100.html`, url }],
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
      const size = contentScriptSize(name);
      return [
        { name: `${name}.rows`, value: rows, unit: 'rows' },
        { name: `${name}.scan100.p50`, value: round(percentile(cold, 50), 2), unit: 'ms' },
        { name: `${name}.scan100.p95`, value: round(percentile(cold, 95), 2), unit: 'ms' },
        { name: `${name}.mutationBatch.p50`, value: round(percentile(churn, 50), 2), unit: 'ms' },
        { name: `${name}.mutationBatch.p95`, value: round(percentile(churn, 95), 2), unit: 'ms' },
        { name: `${name}.contentScript.kb`, value: round(size.kb, 1), unit: 'KiB' },
        { name: `${name}.contentScript.gzipKb`, value: round(size.gzipKb, 1), unit: 'KiB gzip' },
      ];
    },
  };
}

export const gmailSection = webmailSection('gmail', 'Gmail', 'https://mail.google.com/mail/u/0/#inbox');
export const outlookSection = webmailSection('outlook', 'Outlook', 'https://outlook.live.com/mail/0/inbox');
