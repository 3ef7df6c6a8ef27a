import { HOUR } from '../time/calendar';
import { afterInterview } from './because';
import type { Interview } from '../model';
import type { Draft, PlanContext } from './context';
import { userTask } from './tasks';

/**
 * R1 — Capture before the memory fades: notes due when each interview ends, done by their
 * own evidence once the notes hold anything (no need to tick the task too).
 */
export function captureNotes(ctx: PlanContext): Draft[] {
  return ctx.interviews.map((interview) => {
    const end = Date.parse(interview.end);
    const task = userTask(ctx, {
      id: `notes:${interview.id}`,
      kind: 'notes',
      rule: 'R1',
      earliest: end,
      due: end,
      late: end + 24 * HOUR,
      because: afterInterview(ctx, interview),
    });
    return hasNotes(interview) ? { ...task, state: 'done' } : task;
  });
}

/** Whether the user wrote anything down for this interview. */
function hasNotes(interview: Interview): boolean {
  const notes = interview.notes;
  if (!notes) return false;
  return (
    [
      notes.keyPoints,
      notes.openQuestions,
      notes.selfReview,
      notes.strength,
      notes.evidence,
      notes.forgotten,
    ].some((text) => text.trim() !== '') ||
    notes.problems.length > 0 ||
    Object.values(notes.specifics).some((text) => text.trim() !== '') ||
    Object.values(notes.scorecard).some((text) => (text ?? '').trim() !== '')
  );
}
