/**
 * What Afterview's own pages are shown, declared once: the store computes these, the
 * protocol checks them on the way, the popup renders them.
 */
import { z } from 'zod';
import { Id, OpportunityStatus, TaskKind } from './records';
import { StoredOpportunity, StoredTask } from './stored';
import { IsoDateTime } from './time';

/** Where a drafted message goes: the channels templates are written for. */
export const DraftChannel = z.enum(['email', 'letter', 'phone', 'voicemail', 'linkedin', 'linkedin_note']);
export type DraftChannel = z.infer<typeof DraftChannel>;

/** A task with the names the popup shows beside it; its `because` (from Task) feeds the why-line. */
export const TaskView = StoredTask.extend({
  company: z.string(),
  role: z.string(),
  personName: z.string().nullable(),
  demo: z.boolean(),
});
export type TaskView = z.infer<typeof TaskView>;

/** A pipeline warning (R6) as the popup shows it. */
export const PipelineWarningView = z.object({ code: z.string(), rule: z.string(), message: z.string() });

/**
 * A day the user has an interview (issue 16, interview-day quiet): the one the popup names,
 * the next today not yet over (else the last today), and from when tasks are folded away.
 */
export const InterviewDay = z.object({
  start: IsoDateTime,
  company: z.string(),
  opportunityId: Id,
  /** Every interview today is over. */
  over: z.boolean(),
  /** Tasks due after this instant (the end of the 7th day from today) are folded. */
  foldAfter: z.number(),
});
export type InterviewDay = z.infer<typeof InterviewDay>;

export const PopupData = z.object({
  /** Past their `late` time, longest overdue first (at most `limit`). */
  overdue: z.array(TaskView),
  /** Due by the end of today and not yet late, soonest first (at most `limit`). */
  dueToday: z.array(TaskView),
  /** The next few after today. */
  comingUp: z.array(TaskView),
  /** How many there are in all, when a list was cut at `limit`. */
  totals: z.object({ overdue: z.number(), dueToday: z.number() }),
  counts: z.record(OpportunityStatus, z.number()),
  warnings: z.array(PipelineWarningView),
  timeZone: z.string(),
  /** Set on a day an interview starts (in the user's zone); null on other days. */
  interviewToday: InterviewDay.nullable().default(null),
});
export type PopupData = z.infer<typeof PopupData>;

/** One opportunity as the dashboard's board and list show it: with its next open task. */
export const OpportunitySummary = z.object({
  opportunity: StoredOpportunity,
  next: z
    .object({ kind: TaskKind, personName: z.string().nullable(), due: z.string(), dueAt: z.number() })
    .nullable(),
});
export type OpportunitySummary = z.infer<typeof OpportunitySummary>;
