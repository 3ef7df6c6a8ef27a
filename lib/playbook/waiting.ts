import { dayOf } from '../time/calendar';
import { type Draft, latestInterview, type PlanContext } from './context';
import { isWaiting } from './check-ins';
import { afterInterview, nextRound, nextStep } from './because';
import { userTask } from './tasks';

/** Words that say the next step is another conversation rather than a decision. */
const ANOTHER_INTERVIEW =
  /\b(interview|round|on-?site|panel|final|meet|technical|case study|presentation)\b/i;

/** R6 — While waiting: prepare the next round, research pay. */
export function whileWaiting(ctx: PlanContext): Draft[] {
  return [...prepareNextRounds(ctx), ...researchSalary(ctx)];
}

function prepareNextRounds(ctx: PlanContext): Draft[] {
  const scheduled = ctx.interviews.slice(1).map((interview, i) => {
    const previousEnd = Date.parse(ctx.interviews[i]!.end);
    const start = Date.parse(interview.start);
    return userTask(ctx, {
      id: `prep_next_round:${interview.id}`,
      kind: 'prep_next_round',
      rule: 'R6',
      earliest: previousEnd,
      due: { day: dayOf(start, ctx.timeZone) - 1 },
      late: start,
      because: nextRound(ctx, interview),
    });
  });

  const latest = latestInterview(ctx.interviews);
  if (!latest || !isWaiting(ctx) || !ANOTHER_INTERVIEW.test(latest.nextStep ?? '')) return scheduled;
  const end = Date.parse(latest.end);
  const day = dayOf(end, ctx.timeZone);
  return [
    ...scheduled,
    userTask(ctx, {
      id: `prep_next_round:after:${latest.id}`,
      kind: 'prep_next_round',
      rule: 'R6',
      earliest: end,
      due: { day: day + 2 },
      late: { day: day + 7 },
      because: nextStep(ctx, latest),
    }),
  ];
}

/** R6: pay not discussed → research it once the first interview is over (R8 does it for any offer). */
function researchSalary(ctx: PlanContext): Draft[] {
  const first = ctx.interviews[0];
  const { payDiscussed, status } = ctx.records.opportunity;
  if (payDiscussed || !first || status === 'offer' || ctx.records.opportunity.offer) return [];
  const end = Date.parse(first.end);
  const day = dayOf(end, ctx.timeZone);
  return [
    userTask(ctx, {
      id: 'salary_research',
      kind: 'salary_research',
      rule: 'R6',
      earliest: end,
      due: { day: day + 1 },
      late: { day: day + 7 },
      because: afterInterview(ctx, first),
    }),
  ];
}
