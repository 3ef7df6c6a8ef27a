import { z } from 'zod';
import { text } from './text';
import { DayWindow, IsoDate, IsoDateTime } from './time';

/** The playbook's vocabulary, as schemas. Extra fields are allowed and dropped. */

export const OpportunityStatus = z.enum(['applied', 'interviewing', 'awaiting_decision', 'offer', 'closed']);
export type OpportunityStatus = z.infer<typeof OpportunityStatus>;

export const Outcome = z.enum(['accepted', 'rejected', 'withdrew', 'filled', 'moved_on']);
export type Outcome = z.infer<typeof Outcome>;

export const Channel = z.enum(['email', 'phone', 'voicemail', 'letter', 'linkedin', 'in_person']);
export type Channel = z.infer<typeof Channel>;

export const PersonRole = z.enum([
  'interviewer',
  'hiring_manager',
  'recruiter',
  'agency_consultant',
  'referrer',
  'reference',
]);
export type PersonRole = z.infer<typeof PersonRole>;

export const Id = text().min(1).max(200);
const Text = text().max(10_000);

export const Opportunity = z.object({
  id: Id.optional(),
  company: text().min(1).max(300),
  role: text().min(1).max(300),
  status: OpportunityStatus,
  /** When the user applied (or started tracking it): pipeline health counts these (R6). */
  appliedAt: IsoDateTime.nullable().default(null),
  outcome: Outcome.nullable().default(null),
  /** When the status last changed to `offer` or `closed`; the outcome tasks count from it. */
  outcomeAt: IsoDateTime.nullable().default(null),
  culture: z.enum(['traditional', 'modern']).nullable().default(null),
  payDiscussed: z.boolean().default(false),
  /** Person id of whoever referred the user (R4). */
  referredBy: Id.nullable().default(null),
  /** The offer, once there is one (R8). */
  offer: z
    .object({
      inWriting: z.boolean().default(false),
      kind: z.enum(['as_applied', 'different_role', 'contract']).default('as_applied'),
    })
    .nullable()
    .default(null),
  /** One memorable line about the user for this employer (R5.8). */
  blurb: Text.nullable().default(null),
  /** Where the job was seen (a LinkedIn job page), and where it is. */
  jobUrl: text().max(2000).nullable().default(null),
  location: text().max(300).nullable().default(null),
});
export type Opportunity = z.infer<typeof Opportunity>;

export const Person = z.object({
  id: Id,
  name: text().min(1).max(300),
  role: PersonRole,
  email: text().max(320).nullable().default(null),
  phone: text().max(60).nullable().default(null),
  linkedinUrl: text().max(2000).nullable().default(null),
  title: text().max(300).nullable().default(null),
  prefers: Channel.nullable().default(null),
  bestTime: DayWindow.nullable().default(null),
});
export type Person = z.infer<typeof Person>;

export const InterviewFormat = z.enum(['phone', 'video', 'onsite']);

/**
 * R1: what the user writes down right after an interview. Templates draw on it (R2: the
 * specific thing each interviewer said; the strength that fits, with its evidence).
 */
export const InterviewNotes = z.object({
  keyPoints: Text.default(''),
  openQuestions: Text.default(''),
  /** Problems the interviewer wants solved, and how the user solved a similar one. */
  problems: z
    .array(z.object({ problem: Text, solution: Text.default('') }))
    .max(10)
    .default([]),
  /** What went badly, which question caught them off guard. */
  selfReview: Text.default(''),
  scorecard: z.object({ culture: Text, travel: Text, location: Text, pay: Text }).partial().default({}),
  /** R2: one specific thing each interviewer said, by person id. */
  specifics: z.record(Id, Text).default({}),
  strength: Text.default(''),
  evidence: Text.default(''),
  /** Anything the user forgot to say in the interview. */
  forgotten: Text.default(''),
});
export type InterviewNotes = z.infer<typeof InterviewNotes>;

export const InterviewFields = z.object({
  id: Id,
  start: IsoDateTime,
  end: IsoDateTime,
  round: z.number().int().positive().nullable().default(null),
  format: InterviewFormat.default('video'),
  interviewers: z.array(Id).max(50).default([]),
  /** R1: the decision date they gave (D), in the user's time zone. */
  decisionBy: IsoDate.nullable().default(null),
  /** R1: the date they said the user may check back (P). */
  mayCheckBackOn: IsoDate.nullable().default(null),
  /** R3: the interviewer agreed to a call back. */
  mayCall: z.boolean().default(false),
  /** R9: "please don't contact us". */
  noContact: z.boolean().default(false),
  /** R9: channels the employer ruled out ("don't call" → phone, voicemail). */
  excludedChannels: z.array(Channel).default([]),
  referencesRequested: z.boolean().default(false),
  nextStep: Text.nullable().default(null),
  notes: InterviewNotes.nullable().default(null),
});

/** Refuses an interview that ends before it starts (reused by the stored form). */
export function endsAfterStart<T extends z.ZodType<{ start: string; end: string }>>(schema: T) {
  return schema.refine((i) => Date.parse(i.start) <= Date.parse(i.end), {
    error: 'the interview must end after it starts',
    path: ['end'],
  });
}

export const Interview = endsAfterStart(InterviewFields);
export type Interview = z.infer<typeof Interview>;

export const TouchPurpose = z.enum([
  'thank_you',
  'check_in',
  'value_add',
  'congrats',
  'reply',
  'scheduling',
  'references_requested',
  'status_update',
  'rejection',
  'offer',
  'news',
  'withdrawal',
  'filled',
]);
export type TouchPurpose = z.infer<typeof TouchPurpose>;

export const Touch = z.object({
  id: Id.optional(),
  at: IsoDateTime,
  person: Id.nullable().default(null),
  direction: z.enum(['sent', 'received']),
  channel: Channel,
  purpose: TouchPurpose,
  /** R5.5: a reply may bring a new decision date (D)… */
  decisionBy: IsoDate.nullable().default(null),
  /** …or a new date to check back (P). */
  mayCheckBackOn: IsoDate.nullable().default(null),
  /** A few words from the user about it (R7: the news they saw, which a congratulation names). */
  note: text().max(1000).nullable().default(null),
});
export type Touch = z.infer<typeof Touch>;

export const TaskKind = z.enum([
  'notes',
  'thank_you',
  'value_add_call',
  'reference_heads_up',
  'referrer_check_in',
  'check_in',
  'review_waiting',
  'move_on',
  'congrats',
  'prep_next_round',
  'salary_research',
  'offer_in_writing',
  'compare_offer',
  'rejection_reply',
  'linkedin_connect',
  'withdrawal_letter',
]);
export type TaskKind = z.infer<typeof TaskKind>;

export const TaskStateName = z.enum(['pending', 'done', 'snoozed', 'skipped']);
export type TaskStateName = z.infer<typeof TaskStateName>;

/** What the user did with a task; kept apart from the plan so replanning never loses it. */
export const TaskState = z.discriminatedUnion('state', [
  z.object({ id: Id, state: z.literal('done') }),
  z.object({ id: Id, state: z.literal('skipped'), reason: Text.nullable().default(null) }),
  z.object({ id: Id, state: z.literal('snoozed'), until: IsoDateTime }),
  z.object({ id: Id, state: z.literal('pending') }),
]);
export type TaskState = z.infer<typeof TaskState>;

export const RuleId = text().regex(/^R(10|[1-9])(\.\d+)?$/);

/**
 * What a task answers to, as facts (lib/ui/why.ts puts them in words): the interview, the
 * date they gave, the check-in still unanswered, the offer… `at` is an instant in the user's
 * zone, `day` a calendar date there. Which kinds each task kind carries: lib/playbook/because.ts.
 */
export const TaskBecause = z.discriminatedUnion('kind', [
  /** The interview (ended at `at`) the task follows. */
  z.object({ kind: z.literal('interview'), at: IsoDateTime, interviewId: Id }),
  /** The next interview, starting at `at`. */
  z.object({ kind: z.literal('next_round'), at: IsoDateTime, interviewId: Id }),
  /** The interview (ended at `at`) where another round was mentioned. */
  z.object({ kind: z.literal('next_step'), at: IsoDateTime, interviewId: Id }),
  /** The employer asked for references. */
  z.object({ kind: z.literal('references_requested'), at: IsoDateTime }),
  /** P: the day they said the user may check back (R5.1). */
  z.object({ kind: z.literal('check_back_on'), day: IsoDate }),
  /** D: the day they said they would decide by (R5.2, R9). */
  z.object({ kind: z.literal('decision_by'), day: IsoDate }),
  /** D more than 14 days after the anchor at `at`: the light interim check-in (R5.2). */
  z.object({ kind: z.literal('decision_far'), day: IsoDate, at: IsoDateTime }),
  /** The employer's latest reply, which restarted the count (R5.5). */
  z.object({ kind: z.literal('last_reply'), at: IsoDateTime }),
  /** Unanswered check-ins so far (`count`), the last one at `at`: sent, or assumed sent (R10). */
  z.object({
    kind: z.literal('no_reply_since'),
    at: IsoDateTime,
    what: z.literal('check_in'),
    sent: z.boolean(),
    count: z.number().int().min(1).max(100),
  }),
  /** Good news about the company, noted at `at` (R7). */
  z.object({ kind: z.literal('news'), at: IsoDateTime }),
  z.object({ kind: z.literal('offer'), at: IsoDateTime }),
  z.object({ kind: z.literal('rejection'), at: IsoDateTime }),
  z.object({ kind: z.literal('withdrawal'), at: IsoDateTime }),
]);
export type TaskBecause = z.infer<typeof TaskBecause>;
export type BecauseKind = TaskBecause['kind'];

/** A planned follow-up. Times are ISO strings in the user's time zone, with its offset. */
export const Task = z.object({
  id: Id,
  kind: TaskKind,
  person: Id.nullable(),
  earliest: IsoDateTime,
  due: IsoDateTime,
  late: IsoDateTime,
  channel: Channel.nullable(),
  rule: RuleId,
  state: TaskStateName,
  /** Why a task is skipped, or what it waits for; shown to the user. */
  reason: text().nullable().optional(),
  /** What it answers to; null for tasks stored before reasons were kept. */
  because: TaskBecause.nullable().default(null),
});
export type Task = z.infer<typeof Task>;

/** Everything the scheduler needs to plan one opportunity. */
export const OpportunityRecords = z.object({
  opportunity: Opportunity,
  people: z.array(Person).max(500).default([]),
  interviews: z.array(Interview).max(200).default([]),
  touches: z.array(Touch).max(5000).default([]),
  taskStates: z.array(TaskState).max(5000).default([]),
});
export type OpportunityRecords = z.infer<typeof OpportunityRecords>;
export type OpportunityRecordsInput = z.input<typeof OpportunityRecords>;
