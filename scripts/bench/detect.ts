/**
 * Bench section "detect": how many emails per second one Node thread classifies and
 * extracts, over our labelled corpus (tests/fixtures/emails), after a warm-up round.
 */
import { performance } from 'node:perf_hooks';
import { classify } from '../../lib/detect/classify';
import { extract } from '../../lib/detect/extract';
import { loadCorpus } from '../../tests/support/corpus';
import { type BenchSection, percentile, round } from './registry';

const ROUNDS = 5;

export const detectSection: BenchSection = {
  name: 'detect',
  description: `classify() and extract() over the email corpus, ${ROUNDS} rounds after a warm-up, one thread`,
  run() {
    const corpus = loadCorpus();
    for (const email of corpus) {
      extract(email);
      classify(email);
    }
    const classifyMs: number[] = [];
    const extractMs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const email of corpus) {
        const start = performance.now();
        classify(email);
        const middle = performance.now();
        extract(email);
        extractMs.push(performance.now() - middle);
        classifyMs.push(middle - start);
      }
    }
    const seconds = (values: number[]) => values.reduce((sum, ms) => sum + ms, 0) / 1000;
    return [
      { name: 'detect.emails', value: corpus.length, unit: 'count' },
      {
        name: 'detect.classifyPerSecond',
        value: round(classifyMs.length / seconds(classifyMs), 0),
        unit: 'emails/s',
      },
      { name: 'detect.classifyMs.p95', value: round(percentile(classifyMs, 95)), unit: 'ms' },
      {
        name: 'detect.extractPerSecond',
        value: round(extractMs.length / seconds(extractMs), 0),
        unit: 'emails/s',
      },
      { name: 'detect.extractMs.p95', value: round(percentile(extractMs, 95)), unit: 'ms' },
    ];
  },
};
