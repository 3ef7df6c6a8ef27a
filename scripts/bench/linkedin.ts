/**
 * Bench section "linkedin": reading a profile in real headless Chromium, for each layout
 * the reader knows (the fixtures under tests/fixtures/pages/linkedin served under
 * www.linkedin.com), and the gzip size of the built LinkedIn content script.
 */
import { contentScriptSize, inFixturePage } from './in-page';
import { type BenchSection, percentile, round } from './registry';

const BATCHES = 40;
const profiles = [
  {
    name: 'profile2024',
    fixture: 'linkedin/profile-2024.html',
    url: 'https://www.linkedin.com/in/priya-natarajan-example/',
  },
  {
    name: 'profile2022',
    fixture: 'linkedin/profile-2022.html',
    url: 'https://www.linkedin.com/in/marcus-okafor-example/',
  },
  {
    name: 'public',
    fixture: 'linkedin/profile-public.html',
    url: 'https://www.linkedin.com/in/hannah-lindqvist-example',
  },
];

export const linkedinSection: BenchSection = {
  name: 'linkedin',
  description: `LinkedIn profile extraction in headless Chromium (${BATCHES} batches of 25 reads per layout); script size`,
  async run() {
    const results = await inFixturePage('scripts/bench/linkedin-page.ts', profiles, async (page) => {
      const { perReadUs, kind } = (await page.evaluate(`afterviewBench.readPage(${BATCHES})`)) as {
        perReadUs: number[];
        kind: string;
      };
      if (kind !== 'profile') throw new Error(`expected a profile, read ${kind}`);
      return perReadUs.slice(4); // the first batches warm the page's caches
    });
    const size = contentScriptSize('linkedin');
    return [
      ...profiles.flatMap((p, i) => [
        { name: `linkedin.${p.name}.p50`, value: round(percentile(results[i]!, 50), 0), unit: 'µs' },
        { name: `linkedin.${p.name}.p95`, value: round(percentile(results[i]!, 95), 0), unit: 'µs' },
      ]),
      { name: 'linkedin.contentScript.kb', value: round(size.kb, 1), unit: 'KiB' },
      { name: 'linkedin.contentScript.gzipKb', value: round(size.gzipKb, 1), unit: 'KiB gzip' },
    ];
  },
};
