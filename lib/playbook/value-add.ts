import { addBusinessDays, dayOf } from '../time/calendar';
import { type Draft, isAllowed, type PlanContext } from './context';
import { afterInterview } from './because';
import { contactTask } from './tasks';

/** R3 — Value-add call, only when the interviewer agreed to a call back. */
export function valueAddCalls(ctx: PlanContext): Draft[] {
  return ctx.interviews.flatMap((interview) => {
    const person = interview.interviewers.map((id) => ctx.people.get(id)).find((p) => p !== undefined);
    if (!interview.mayCall || !person) return [];
    const end = Date.parse(interview.end);
    const day = dayOf(end, ctx.timeZone);
    return [
      contactTask(ctx, {
        id: `value_add_call:${interview.id}`,
        kind: 'value_add_call',
        rule: 'R3',
        person,
        channel: isAllowed(ctx, person, 'phone') ? 'phone' : null,
        noChannelReason: 'The employer asked not to be called (R9).',
        earliest: { day: addBusinessDays(day, 1, ctx.daysOff) },
        due: { day: addBusinessDays(day, 3, ctx.daysOff) },
        late: { day: day + 7 },
        doneBy: { from: end, purposes: ['value_add'] },
        because: afterInterview(ctx, interview),
      }),
    ];
  });
}
