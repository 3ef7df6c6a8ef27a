import { HOUR } from '../time/calendar';
import type { Draft, PlanContext } from './context';
import { userTask } from './tasks';

/** R1 — Capture before the memory fades: notes due when each interview ends. */
export function captureNotes(ctx: PlanContext): Draft[] {
  return ctx.interviews.map((interview) => {
    const end = Date.parse(interview.end);
    return userTask(ctx, {
      id: `notes:${interview.id}`,
      kind: 'notes',
      rule: 'R1',
      earliest: end,
      due: end,
      late: end + 24 * HOUR,
    });
  });
}
