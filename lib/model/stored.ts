import { z } from 'zod';
import { endsAfterStart, Id, InterviewFields, Opportunity, Person, Task, TaskState, Touch } from './records';
import { Settings } from './settings';
import { text } from './text';
import { IsoDate, IsoDateTime } from './time';

/**
 * Records as the store keeps them: each carries its id and its opportunity. These schemas
 * check everything that enters the database from outside (messages, backups).
 */

export const StoredOpportunity = Opportunity.extend({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Sample records the user loaded to try Afterview; removable in one go. */
  demo: z.boolean().default(false),
});
export type StoredOpportunity = z.infer<typeof StoredOpportunity>;

export const StoredPerson = Person.extend({ opportunityId: Id });
export type StoredPerson = z.infer<typeof StoredPerson>;

export const StoredInterview = endsAfterStart(InterviewFields.extend({ opportunityId: Id }));
export type StoredInterview = z.infer<typeof StoredInterview>;

export const StoredTouch = Touch.extend({
  id: Id,
  opportunityId: Id,
  /** Where it was seen, so the same Gmail message is never recorded twice. */
  gmailMessageId: text().max(200).nullable().default(null),
  /** From an email: its subject and a short snippet, enough to recognise it later. */
  subject: text().max(500).nullable().default(null),
  snippet: text().max(300).nullable().default(null),
  /** The whole visible text, kept only when the user turned that on (settings.keepEmailText). */
  body: text().max(100_000).nullable().default(null),
});
export type StoredTouch = z.infer<typeof StoredTouch>;

export const StoredTaskState = z.intersection(TaskState, z.object({ opportunityId: Id }));
export type StoredTaskState = z.infer<typeof StoredTaskState>;

/** A Gmail thread linked to an opportunity, with why it was recognised (label and quotes). */
export const Thread = z.object({
  threadId: text().min(1).max(200),
  opportunityId: Id,
  subject: text().max(500).default(''),
  label: text().max(40).nullable().default(null),
  evidence: z
    .array(z.object({ quote: text().max(300), where: z.enum(['subject', 'body', 'from']) }))
    .max(10)
    .default([]),
  /** The newest message Afterview has seen in it: a list row newer than this is news (R5.5). */
  lastMessageAt: IsoDateTime.nullable().default(null),
});
export type Thread = z.infer<typeof Thread>;

/**
 * Something Afterview noticed in the user's mail and proposes, never applies by itself: an
 * outcome, a new decision or check-back date from a reply (R5.5), or that a message the
 * user sent was a task's message ("Mark as sent"). The quote says why.
 */
export const Proposal = z.object({
  id: Id,
  opportunityId: Id,
  threadId: text().max(200).nullable().default(null),
  kind: z.enum(['outcome', 'decision_by', 'check_back_on', 'mark_sent']),
  outcome: z.enum(['rejected', 'offer']).nullable().default(null),
  /** The new date, for decision_by and check_back_on. */
  day: IsoDate.nullable().default(null),
  /** The received touch the date belongs to. */
  touchId: Id.nullable().default(null),
  /** The task a sent message completes, for mark_sent. */
  taskId: text().max(400).nullable().default(null),
  quote: text().max(300).default(''),
  /** Who wrote it, as the page showed them. */
  from: text().max(300).nullable().default(null),
  /** When the message was sent. */
  at: IsoDateTime,
  createdAt: IsoDateTime,
});
export type Proposal = z.infer<typeof Proposal>;

/** The user's own details and preferences, next to the scheduler's settings. */
/** How thank-yous and check-ins sound: friendly ("Hi Amy") or formal ("Dear Amy Lee"). */
export const MessageTone = z.enum(['warm', 'formal']);
export type MessageTone = z.infer<typeof MessageTone>;

/** The user's own version of a message template (lib/templates checks its placeholders). */
export const TemplateOverride = z.object({
  subject: text().max(500).nullable().default(null),
  body: text().min(1).max(10_000),
});
export type TemplateOverride = z.infer<typeof TemplateOverride>;

export const UserSettings = Settings.extend({
  name: text().max(200).default(''),
  signature: text().max(2000).default(''),
  phone: text().max(60).default(''),
  defaultChannel: z.enum(['email', 'phone', 'linkedin']).default('email'),
  /** Where drafts open for sending: the webmail the user has used most recently, or the one chosen. */
  mailApp: z.enum(['auto', 'gmail', 'outlook']).default('auto'),
  notifications: z.boolean().default(true),
  tone: MessageTone.default('warm'),
  /** Keep the whole visible text of tracked emails (off: only subject, people, dates, a snippet). */
  keepEmailText: z.boolean().default(false),
  /** Edited templates by template id; a template not listed uses the default wording. */
  templates: z.record(text().min(1).max(200), TemplateOverride).default({}),
});
export type UserSettings = z.infer<typeof UserSettings>;

/**
 * A planned task as stored: derived from the records (never backed up), with numbers the
 * indexes can sort (ISO strings with different offsets do not sort as text).
 */
export const StoredTask = Task.extend({
  opportunityId: Id,
  dueAt: z.number(),
  lateAt: z.number(),
  /** 1 while pending or snoozed; IndexedDB cannot index booleans. */
  open: z.union([z.literal(0), z.literal(1)]),
});
export type StoredTask = z.infer<typeof StoredTask>;
