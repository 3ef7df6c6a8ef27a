import { z } from 'zod';
import {
  Channel,
  DraftChannel,
  Id,
  MessageTone,
  Proposal,
  StoredPerson,
  StoredTask,
  TaskKind,
} from '../model';
import { EmailAddress } from '../model/inputs';

/**
 * Methods for Afterview's own pages (popup, dashboard): drafting a task's message, marking
 * it sent, and the sample data a new user can try and remove.
 */

const Gap = z.object({ name: z.string(), label: z.string(), start: z.number(), end: z.number() });
const Rendered = z.object({ text: z.string(), gaps: z.array(Gap) });
const Flag = z.object({
  code: z.string(),
  field: z.enum(['text', 'subject']),
  start: z.number(),
  end: z.number(),
  message: z.string(),
});
export { DraftChannel };
const Tone = MessageTone;

/** A task's message as drafted by lib/templates/compose, plus how to reach the recipient. */
export const DraftView = z.object({
  taskId: z.string(),
  opportunityId: Id,
  title: z.string(),
  templateId: z.string(),
  channel: DraftChannel,
  channels: z.array(DraftChannel),
  tone: Tone.nullable(),
  stage: z.enum(['before_decision', 'after_decision']).nullable(),
  edited: z.boolean(),
  subject: Rendered.nullable(),
  body: Rendered,
  flags: z.array(Flag),
  final: z.boolean(),
  hints: z.array(z.string()),
  recipient: z
    .object({
      /** The person's record, so a corrected address can be saved to it (setPersonEmail). */
      id: Id.nullable().optional(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      linkedinUrl: z.string().nullable(),
    })
    .nullable(),
  /**
   * Why the recipient is not the task's person, or whom to find when there is nobody to
   * write to (a no-reply or shared system address is never a recipient).
   */
  recipientNote: z.string().nullable().optional(),
  /** Where "Open in …" sends an email draft: the user's webmail (settings.mailApp). */
  webmail: z.object({ site: z.enum(['gmail', 'outlook']), origin: z.string().max(100) }),
  agencyPreview: z
    .object({ subject: Rendered.nullable(), body: Rendered, to: z.string().nullable() })
    .nullable(),
  /** For `recheck` in lib/templates/compose, on the user's edits. */
  check: z.object({
    channel: DraftChannel,
    kind: TaskKind,
    recipient: z.object({ name: z.string(), firstName: z.string() }).nullable(),
    company: z.string(),
    otherCompanies: z.array(z.string()).optional(),
    otherPeople: z.array(z.string()).optional(),
    specificDetail: z.string().nullable().optional(),
    /** A thank-you's other thank-yous to this company, so a paragraph copied from one is flagged. */
    otherNotes: z
      .array(z.object({ to: z.string().max(300), text: z.string().max(20_000) }))
      .max(10)
      .optional(),
  }),
});
export type DraftView = z.infer<typeof DraftView>;

/** What Afterview noticed in the mail and proposes, with the opportunity it is about. */
export const ProposalView = Proposal.extend({
  company: z.string(),
  role: z.string(),
  taskKind: z.string().nullable(),
});
export type ProposalView = z.infer<typeof ProposalView>;

export const uiMethods = {
  /** What Afterview noticed in the mail and proposes (replies seen in lists, sent messages). */
  proposals: {
    params: z.object({}).strict(),
    result: z.array(ProposalView),
    callers: ['extension'],
  },
  /** The user applied or dismissed a proposal. */
  resolveProposal: {
    params: z.object({ id: Id, apply: z.boolean() }).strict(),
    result: z.object({ applied: z.boolean() }),
    callers: ['extension'],
  },
  /** The message for one task: in the user's tone (or the one asked for), on a channel it has. */
  draftTask: {
    params: z
      .object({
        opportunityId: Id,
        taskId: z.string().min(1).max(400),
        tone: Tone.nullable().default(null),
        channel: DraftChannel.nullable().default(null),
        locale: z.string().max(35).default('en-US'),
      })
      .strict(),
    result: DraftView.nullable(),
    callers: ['extension'],
  },
  /** The draft screen's "Save this address to …": one person's email, nothing else. */
  setPersonEmail: {
    params: z.object({ opportunityId: Id, personId: Id, email: EmailAddress }).strict(),
    result: StoredPerson,
    callers: ['extension'],
  },
  /** The user sent it: record the touch (R10 replans from it) and mark the task done. */
  markSent: {
    params: z.object({ opportunityId: Id, taskId: z.string().min(1).max(400), channel: Channel }).strict(),
    result: z.object({ tasks: z.array(StoredTask) }),
    callers: ['extension'],
  },
  /** Clearly marked sample records to try Afterview with; removable in one go. */
  loadSampleData: {
    params: z.object({}).strict(),
    result: z.object({ opportunities: z.number() }),
    callers: ['extension'],
  },
  removeSampleData: {
    params: z.object({}).strict(),
    result: z.object({ removed: z.number() }),
    callers: ['extension'],
  },
} as const;
