/**
 * Bench section "detect": how many emails per second one Node thread classifies (every
 * email of the corpus) and extracts (the job mail only: extraction never runs on the rest),
 * after a warm-up round.
 */
import { performance } from 'node:perf_hooks';
import { classify } from '../../lib/detect/classify';
import { extract } from '../../lib/detect/extract';
import { loadCorpus } from '../support/corpus';
import { type BenchSection, percentile, round } from './registry';

const ROUNDS = 5;

export const detectSection: BenchSection = {
  name: 'detect',
  description: `classify() and extract() over the email corpus, ${ROUNDS} rounds after a warm-up, one thread`,
  run() {
    const corpus = loadCorpus();
    const job = corpus.filter((email) => email.label !== 'other' && email.label !== 'job_alert');
    for (const email of corpus) classify(email);
    for (const email of job) extract(email);
    const classifyMs: number[] = [];
    const extractMs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const email of corpus) {
        const start = performance.now();
        classify(email);
        classifyMs.push(performance.now() - start);
      }
      for (const email of job) {
        const start = performance.now();
        extract(email);
        extractMs.push(performance.now() - start);
      }
    }
    const seconds = (values: number[]) => values.reduce((sum, ms) => sum + ms, 0) / 1000;
    return [
      { name: 'detect.emails', value: corpus.length, unit: 'count' },
      { name: 'detect.jobEmails', value: job.length, unit: 'count' },
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
