import type { OpportunityRecords, Settings, Task } from '../model';
import { captureNotes } from './capture';
import { formatInstant } from '../time/calendar';
import { daysOffFor } from '../time/holidays';
import { checkIns, reviewWhileWaiting } from './check-ins';
import { createContext } from './context';
import { network } from './network';
import { congratulations } from './news';
import { closingKinds, outcomes } from './outcomes';
import { applyStates } from './states';
import { thankInterviewers } from './thanks';
import { valueAddCalls } from './value-add';
import { whileWaiting } from './waiting';

/**
 * No task becomes late more than this long after it is due (the longest rule window is 14
 * days). The store relies on it to find "due but not yet late" tasks with one index range,
 * so the plan enforces it rather than trusting every rule to keep it.
 */
export const MAX_DUE_TO_LATE_MS = 30 * 86_400_000;

/**
 * Plan one opportunity: every task the playbook foresees if nothing new happens (R10).
 * Pure: `now` and `settings.timeZone` are the only clock, and the days off come from the
 * settings (`holidayCountry`, `daysOff`) and fixed holiday data; the same input always gives the
 * same tasks with the same ids. The rules, one file each, read like PLAYBOOK.md; the choices
 * where it is silent are in this folder's README.
 */
export function plan(records: OpportunityRecords, now: Date, settings: Settings): Task[] {
  const ctx = createContext(records, now, settings, daysOffFor(settings));
  const closed = records.opportunity.status === 'closed';
  const drafts = closed
    ? outcomes(ctx).filter((draft) => closingKinds.has(draft.kind))
    : [
        ...captureNotes(ctx), // R1
        ...thankInterviewers(ctx), // R2
        ...valueAddCalls(ctx), // R3
        ...network(ctx), // R4
        ...checkIns(ctx), // R5
        ...whileWaiting(ctx), // R6
        ...congratulations(ctx), // R7
        ...outcomes(ctx), // R8
        ...reviewWhileWaiting(ctx), // R9
      ];

  // R8's salary research replaces R6's (same id) once there is an offer.
  const unique = [...new Map(drafts.map((draft) => [draft.id, draft])).values()];
  return applyStates(unique, records.taskStates, ctx.now)
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((task) => ({
      id: task.id,
      kind: task.kind,
      person: task.person,
      earliest: formatInstant(task.earliest, ctx.timeZone),
      due: formatInstant(task.due, ctx.timeZone),
      late: formatInstant(Math.min(task.late, task.due + MAX_DUE_TO_LATE_MS), ctx.timeZone),
      channel: task.channel,
      rule: task.rule,
      state: task.state,
      ...(task.reason ? { reason: task.reason } : {}),
      because: task.because,
    }));
}

export { pipelineHealth, type PipelineSummary, type PipelineWarning } from './pipeline';
