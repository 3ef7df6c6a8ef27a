import type { BecauseKind, Interview, TaskBecause, TaskKind } from '../model';
import { type Day, type Instant, formatDay, formatInstant } from '../time/calendar';
import { latestInterview, type PlanContext } from './context';

/**
 * What each task kind answers to: the anchors its `because` may name. Facts only; the words
 * are lib/ui/why.ts's. Every kind names something concrete: an interview, a date they gave,
 * a check-in, an offer, a close.
 */
export const becauseKinds: { readonly [K in TaskKind]: readonly BecauseKind[] } = {
  notes: ['interview'],
  thank_you: ['interview'],
  value_add_call: ['interview'],
  reference_heads_up: ['interview', 'references_requested'],
  referrer_check_in: ['interview'],
  check_in: ['check_back_on', 'decision_by', 'decision_far', 'interview', 'last_reply', 'no_reply_since'],
  review_waiting: ['decision_by', 'interview', 'last_reply'],
  move_on: ['no_reply_since'],
  congrats: ['news'],
  prep_next_round: ['next_round', 'next_step'],
  salary_research: ['interview', 'offer'],
  offer_in_writing: ['offer'],
  compare_offer: ['offer'],
  rejection_reply: ['rejection'],
  linkedin_connect: ['rejection'],
  withdrawal_letter: ['withdrawal'],
};

const at = (ctx: PlanContext, instant: Instant) => formatInstant(instant, ctx.timeZone);

/** The interview a task follows, by its end. */
export function afterInterview(ctx: PlanContext, interview: Interview): TaskBecause {
  return { kind: 'interview', at: at(ctx, Date.parse(interview.end)), interviewId: interview.id };
}

/** The anchor of the check-in chain (R5.5): the latest interview, or the employer's latest reply. */
export function fromAnchor(ctx: PlanContext): TaskBecause {
  const anchor = ctx.anchor!;
  const interview = latestInterview(ctx.interviews);
  return interview && anchor.key === interview.id && anchor.time === Date.parse(interview.end)
    ? afterInterview(ctx, interview)
    : { kind: 'last_reply', at: at(ctx, anchor.time) };
}

export function onDay(kind: 'check_back_on' | 'decision_by', day: Day): TaskBecause {
  return { kind, day: formatDay(day) };
}

export function decisionFar(ctx: PlanContext, day: Day): TaskBecause {
  return { kind: 'decision_far', day: formatDay(day), at: at(ctx, ctx.anchor!.time) };
}

export function noReplySince(ctx: PlanContext, instant: Instant, sent: boolean, count: number): TaskBecause {
  return { kind: 'no_reply_since', at: at(ctx, instant), what: 'check_in', sent, count };
}

export function nextRound(ctx: PlanContext, interview: Interview): TaskBecause {
  return { kind: 'next_round', at: at(ctx, Date.parse(interview.start)), interviewId: interview.id };
}

export function nextStep(ctx: PlanContext, interview: Interview): TaskBecause {
  return { kind: 'next_step', at: at(ctx, Date.parse(interview.end)), interviewId: interview.id };
}

/** An event at an instant: references asked for, news seen, an offer, a close. */
export function event(
  ctx: PlanContext,
  kind: 'references_requested' | 'news' | 'offer' | 'rejection' | 'withdrawal',
  instant: Instant,
): TaskBecause {
  return { kind, at: at(ctx, instant) };
}
