/**
 * Bench section "plan": how fast `plan()` schedules realistic opportunities. The workload
 * is fixed (1,000 histories from `sampleHistories` with a fixed seed: mostly 1–3
 * interviews, a few touches); one warm-up round, then several measured rounds.
 */
import { performance } from 'node:perf_hooks';
import { plan } from '../../lib/playbook';
import { sampleHistories } from '../support/histories';
import { type BenchSection, mean, percentile, round } from './registry';

const OPPORTUNITIES = 1000;
const ROUNDS = 5;
const SEED = 20260302;

export const planSection: BenchSection = {
  name: 'plan',
  description: `plan() over ${OPPORTUNITIES} realistic histories, ${ROUNDS} rounds after a warm-up`,
  run() {
    const histories = sampleHistories(OPPORTUNITIES, SEED);
    const interviews = histories.map((h) => h.records.interviews.length);
    const touches = histories.map((h) => h.records.touches.length);

    const tasksPerPlan: number[] = [];
    for (const h of histories) tasksPerPlan.push(plan(h.records, h.now, h.settings).length);

    const perPlanMs: number[] = [];
    const roundMs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const roundStart = performance.now();
      for (const h of histories) {
        const start = performance.now();
        plan(h.records, h.now, h.settings);
        perPlanMs.push(performance.now() - start);
      }
      roundMs.push(performance.now() - roundStart);
    }
    const totalMs = roundMs.reduce((sum, ms) => sum + ms, 0);

    return [
      { name: 'plan.opportunities', value: OPPORTUNITIES, unit: 'count' },
      { name: 'plan.rounds', value: ROUNDS, unit: 'count' },
      { name: 'plan.interviewsPerOpportunity.mean', value: round(mean(interviews), 2), unit: 'interviews' },
      { name: 'plan.touchesPerOpportunity.mean', value: round(mean(touches), 2), unit: 'touches' },
      {
        name: 'plan.plansPerSecond',
        value: Math.round((OPPORTUNITIES * ROUNDS * 1000) / totalMs),
        unit: 'plans/s',
      },
      { name: 'plan.msPerRound.median', value: round(percentile(roundMs, 50)), unit: 'ms' },
      { name: 'plan.msPerPlan.p50', value: round(percentile(perPlanMs, 50)), unit: 'ms' },
      { name: 'plan.msPerPlan.p95', value: round(percentile(perPlanMs, 95)), unit: 'ms' },
      { name: 'plan.msPerPlan.p99', value: round(percentile(perPlanMs, 99)), unit: 'ms' },
      { name: 'plan.msPerPlan.max', value: round(Math.max(...perPlanMs)), unit: 'ms' },
      { name: 'plan.tasksPerPlan.mean', value: round(mean(tasksPerPlan), 2), unit: 'tasks' },
      { name: 'plan.tasksPerPlan.max', value: Math.max(...tasksPerPlan), unit: 'tasks' },
    ];
  },
};
