import type { Channel, Interview, Person } from '../model';
import { HOUR, at, dayOf } from '../time/calendar';
import {
  chooseChannel,
  type Draft,
  isAllowed,
  isCall,
  isEmployerReply,
  isEmployerSide,
  type PlanContext,
} from './context';
import { afterInterview } from './because';
import { contactTask } from './tasks';

/** R2 — Thank every interviewer, by the end of the interview day. */
export function thankInterviewers(ctx: PlanContext): Draft[] {
  return ctx.interviews.flatMap((interview) =>
    interview.interviewers
      .map((id) => ctx.people.get(id))
      .filter((person): person is Person => person !== undefined)
      .map((person) => thankYou(ctx, interview, person)),
  );
}

function thankYou(ctx: PlanContext, interview: Interview, person: Person): Draft {
  const start = Date.parse(interview.start);
  const end = Date.parse(interview.end);
  const day = dayOf(end, ctx.timeZone);
  const channel = thankYouChannel(ctx, interview, person);
  return contactTask(ctx, {
    id: `thank_you:${interview.id}:${person.id}`,
    kind: 'thank_you',
    rule: 'R2',
    person,
    channel,
    earliest: end,
    // A call is placed at the first moment of their window after the interview.
    due: isCall(channel) ? end : at(day, '23:59', ctx.timeZone),
    late: end + 24 * HOUR,
    doneBy: { from: start, purposes: ['thank_you'] },
    expires: end + 7 * 24 * HOUR,
    because: afterInterview(ctx, interview),
  });
}

/**
 * A handwritten card when the decision is more than a week away and the culture is
 * traditional; otherwise the channel of the employer's latest message; otherwise email.
 */
function thankYouChannel(ctx: PlanContext, interview: Interview, person: Person): Channel | null {
  const day = dayOf(Date.parse(interview.end), ctx.timeZone);
  const decision = ctx.anchor?.decisionDay ?? null;
  const slowDecision = decision !== null && decision > day + 7;
  const lastMessage = ctx.touches
    .filter((t) => isEmployerReply(t) && isEmployerSide(t.person ? (ctx.people.get(t.person) ?? null) : null))
    .at(-1);
  const preferred: Channel =
    ctx.records.opportunity.culture === 'traditional' && slowDecision
      ? 'letter'
      : (lastMessage?.channel ?? 'email');
  return isAllowed(ctx, person, preferred) ? preferred : chooseChannel(ctx, person);
}
