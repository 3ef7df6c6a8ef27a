import { z } from 'zod';
import { EmailLabel } from '../detect/email';
import { Id, IsoDate, IsoDateTime, Thread } from '../model';
import { ThreadMessage, TrackedPerson, TrackThreadParams } from '../model/inputs';

// The stored vocabulary lives in lib/model (the store shares it); these are its doors.
export { ThreadMessage, TrackThreadParams };

/**
 * What the Gmail content script may send about a thread. It runs inside Gmail's page, so
 * every field is bounded and checked here before the background touches the store.
 */

/** A header address as the understanding reads it: the page must give the address. */
const HeaderAddress = z
  .object({ name: z.string().max(300).nullable(), email: z.string().min(3).max(320) })
  .strict();

/**
 * A person the page shows by name, with an address when it shows one: Outlook lists
 * recipients by name only, and people of the user's own organisation without an address.
 */
const ShownPerson = z
  .object({ name: z.string().min(1).max(300).nullable(), email: z.string().min(3).max(320).nullable() })
  .strict()
  .refine((a) => a.name !== null || a.email !== null, 'a person needs a name or an address');

/**
 * An open thread as the page shows it, for the background to understand (the classifier
 * and its model live there, never in the page). Mirrors lib/detect/understand-thread's
 * ThreadInput, with bounds: a page can send anything.
 */
export const UnderstandThreadParams = z
  .object({
    subject: z.string().max(2000),
    account: z.string().max(320).nullable(),
    messages: z
      .array(
        z
          .object({
            messageId: z.string().min(1).max(200),
            from: HeaderAddress,
            to: z.array(ShownPerson).max(50),
            cc: z.array(ShownPerson).max(50),
            date: IsoDateTime,
            text: z.string().max(20_000),
            quoted: z.string().max(20_000),
          })
          .strict(),
      )
      .max(200),
  })
  .strict();
export type UnderstandThreadParams = z.infer<typeof UnderstandThreadParams>;

/** What the background made of a thread (lib/detect/understand-thread's ThreadUnderstanding). */
export const ThreadUnderstanding = z.object({
  jobRelated: z.boolean(),
  label: EmailLabel.nullable(),
  /** Below the classifier's CERTAIN confidence the label is only a suggestion. */
  certain: z.boolean(),
  evidence: Thread.shape.evidence,
  suggestion: z.object({
    subject: z.string().max(500),
    company: z.string().max(300),
    role: z.string().max(300),
    /** `inInterview` only where the understanding knows it; the panel asks the user anyway. */
    people: z.array(TrackedPerson.extend({ inInterview: z.boolean().optional() })).max(20),
    interviewAt: IsoDateTime.nullable(),
    decisionBy: IsoDate.nullable(),
  }),
  messages: z
    .array(z.object({ messageId: z.string().max(200), label: EmailLabel, fromUser: z.boolean() }))
    .max(200),
  outcome: z
    .object({
      label: z.enum(['rejection', 'offer']),
      messageId: z.string().max(200),
      quote: z.string().max(300),
    })
    .nullable(),
});
export type ThreadUnderstanding = z.infer<typeof ThreadUnderstanding>;

/** A row of a thread list: only what the list shows. `key` is the caller's own handle for it. */
export const ListRowInput = z
  .object({
    key: z.string().min(1).max(200),
    subject: z.string().max(2000),
    from: ShownPerson,
    snippet: z.string().max(2000),
    date: IsoDateTime,
  })
  .strict();
export type ListRowInput = z.infer<typeof ListRowInput>;

/** A tracked thread's newest message as a list row shows it, for the reply watch (R5.5). */
export const NoticeReplyParams = z
  .object({
    threadId: z.string().min(1).max(200),
    at: IsoDateTime,
    from: ShownPerson,
    /** The row's newest message is the user's own. */
    fromUser: z.boolean(),
    /** The other addresses the row shows: whom the user's message went to. */
    participants: z.array(z.string().max(320)).max(50).default([]),
    subject: z.string().max(2000),
    snippet: z.string().max(2000),
  })
  .strict();
export type NoticeReplyParams = z.infer<typeof NoticeReplyParams>;

export const ThreadStatus = z.object({
  threadId: z.string(),
  /** The newest message Afterview has seen in the thread: a row newer than this is news. */
  lastMessageAt: IsoDateTime.nullable().default(null),
  opportunityId: Id,
  company: z.string(),
  role: z.string(),
  text: z.string(),
  tone: z.enum(['due', 'next', 'waiting', 'closed']),
});
export type ThreadStatus = z.infer<typeof ThreadStatus>;

export const DraftResult = z
  .object({
    title: z.string(),
    subject: z.string().nullable(),
    text: z.string(),
    final: z.boolean(),
    flags: z.array(z.string()),
  })
  .nullable();
export type DraftResult = z.infer<typeof DraftResult>;

export const gmailMethods = {
  /** Classify and read an open thread (in the background: the model stays out of the page). */
  understandThread: {
    params: UnderstandThreadParams,
    result: ThreadUnderstanding,
    callers: ['content'],
  },
  /** Which list rows look interview-related, from subject, sender and snippet: their keys. */
  classifyRows: {
    params: z.object({ rows: z.array(ListRowInput).max(200) }).strict(),
    result: z.object({ jobRelated: z.array(z.string().max(200)).max(200) }),
    callers: ['content'],
  },
  /** Track a thread: create or update its opportunity, people, interview and touches. */
  trackThread: {
    params: TrackThreadParams,
    result: z.object({ opportunityId: Id, threadId: z.string(), added: z.number() }),
    callers: ['content'],
  },
  /** New messages seen in a tracked thread; each is recorded once (R5.5). */
  recordThreadMessages: {
    params: z
      .object({ threadId: z.string().min(1).max(200), messages: z.array(ThreadMessage).max(200) })
      .strict(),
    result: z.object({ added: z.number(), tracked: z.boolean() }),
    callers: ['content'],
  },
  /** Chips for the threads on screen: only the tracked ones come back. */
  threadStatuses: {
    params: z
      .object({
        threadIds: z.array(z.string().min(1).max(200)).max(500),
        locale: z.string().max(35).default('en-US'),
      })
      .strict(),
    result: z.array(ThreadStatus),
    callers: ['content', 'extension'],
  },
  /**
   * A tracked thread's row shows a newer message than Afterview has seen: an employer's is
   * recorded and what it says proposed; the user's own proposes "Mark as sent".
   */
  noticeReply: {
    params: NoticeReplyParams,
    result: z.object({ recorded: z.boolean(), proposed: z.number().int() }),
    callers: ['content'],
  },
  /**
   * The open opportunity for the same job as this company and role, if the user follows
   * one: the Track panel asks whether to attach to it before anything is written.
   */
  sameJob: {
    params: z.object({ company: z.string().trim().max(300), role: z.string().trim().max(300) }).strict(),
    result: z.object({ id: Id, company: z.string(), role: z.string(), status: z.string() }).nullable(),
    callers: ['content', 'extension'],
  },
  /** The user confirmed an outcome the classifier proposed (never applied silently). */
  confirmOutcome: {
    params: z
      .object({
        threadId: z.string().min(1).max(200),
        outcome: z.enum(['rejected', 'offer']),
        messageId: z.string().max(200).nullable().default(null),
      })
      .strict(),
    result: z.object({ opportunityId: Id, status: z.string() }),
    callers: ['content', 'extension'],
  },
  /** The message for the task due for these people (a reply box or a compose window). */
  draftFollowUp: {
    params: z
      .object({
        threadId: z.string().max(200).nullable().default(null),
        emails: z.array(z.string().max(320)).max(50).default([]),
        locale: z.string().max(35).default('en-US'),
      })
      .strict(),
    result: DraftResult,
    callers: ['content', 'extension'],
  },
} as const;
