import { z } from 'zod';
import {
  endsAfterStart,
  Id,
  InterviewFields,
  OpportunitySummary,
  PopupData,
  StoredOpportunity,
  StoredPerson,
  StoredTask,
  StoredTaskState,
  StoredTouch,
  TaskView,
  Thread,
  UserSettings,
} from '../model';
import { Backup, ImportCounts } from '../model/backup';
import { SiteName, SiteRecord } from '../model/inputs';
import { checkOverride } from '../templates/overrides';
import { gmailMethods } from './gmail';
import { linkedinMethods } from './linkedin';
import { uiMethods } from './ui';

/**
 * The one protocol between Afterview's contexts. Every request names a method; each method
 * has a zod schema for its params and its result, and says which contexts may call it.
 * The background validates everything that arrives: a content script runs inside Gmail's
 * or LinkedIn's page and its messages are untrusted input.
 */

// Where the pages' vocabulary lives (the store shares it); re-exported for callers of the protocol.
export { SiteName, SiteRecord };

/**
 * Where a site's pages live; the sender of a content-script message must be on one of them.
 * Outlook on the web has one address for personal accounts (Outlook.com, Hotmail, Live) and
 * three for work and school accounts.
 */
export const siteOrigins: Record<SiteName, readonly string[]> = {
  gmail: ['https://mail.google.com'],
  outlook: [
    'https://outlook.live.com',
    'https://outlook.office.com',
    'https://outlook.office365.com',
    'https://outlook.cloud.microsoft',
  ],
  linkedin: ['https://www.linkedin.com'],
};

/** `content`: a content script in a site tab. `extension`: our own pages (popup, dashboard). */
export type Caller = 'content' | 'extension';

/**
 * Our pages send the id they made for a new record with every attempt, so a retry after a
 * lost answer overwrites the same record (idempotent creates); without one, the store makes one.
 */
const OpportunityInput = StoredOpportunity.omit({ createdAt: true, updatedAt: true }).extend({
  id: Id.optional(),
});
const PersonInput = StoredPerson.extend({ id: Id.optional() });
const InterviewInput = endsAfterStart(InterviewFields.extend({ opportunityId: Id, id: Id.optional() }));
const TouchInput = StoredTouch.extend({ id: Id.optional() });

export { PopupData, TaskView };

export const OpportunityDetail = z.object({
  opportunity: StoredOpportunity,
  people: z.array(StoredPerson),
  interviews: z.array(InterviewFields.extend({ opportunityId: Id })),
  touches: z.array(StoredTouch),
  taskStates: z.array(StoredTaskState),
  tasks: z.array(StoredTask),
  /** Gmail threads tracked for it, to link back to them. */
  threads: z.array(Thread).default([]),
});
export type OpportunityDetail = z.infer<typeof OpportunityDetail>;

/** The user's own version of a template: only placeholders Afterview can fill (templates/overrides.ts). */
const TemplateEdit = z
  .object({
    id: z.string().min(1).max(200),
    subject: z.string().max(500).nullable(),
    body: z.string().max(10_000),
  })
  .strict()
  .superRefine(({ id, ...override }, ctx) => {
    for (const problem of checkOverride(id, override)) ctx.addIssue({ code: 'custom', message: problem });
  });

const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();

export const protocol = {
  ping: {
    params: Empty,
    result: z.object({ pong: z.literal(true), version: z.string() }),
    callers: ['content', 'extension'],
  },
  siteSeen: {
    params: z
      .object({
        site: SiteName,
        layout: SiteRecord.shape.layout,
        missing: SiteRecord.shape.missing,
      })
      .strict(),
    result: SiteRecord,
    callers: ['content'],
  },
  siteStatus: {
    params: Empty,
    result: z.array(SiteRecord),
    callers: ['extension'],
  },
  // Records, for our own pages only. A content script runs inside a site's page, beside the
  // site's own scripts: it gets only the narrow methods of its site (gmail.ts, linkedin.ts),
  // never the general writes or reads of whole records (least privilege).
  saveOpportunity: { params: OpportunityInput, result: StoredOpportunity, callers: ['extension'] },
  deleteOpportunity: { params: ById, result: z.null(), callers: ['extension'] },
  savePerson: { params: PersonInput, result: StoredPerson, callers: ['extension'] },
  saveInterview: {
    params: InterviewInput,
    result: InterviewFields.extend({ opportunityId: Id }),
    callers: ['extension'],
  },
  addTouch: { params: TouchInput, result: StoredTouch, callers: ['extension'] },
  linkThread: { params: Thread, result: Thread, callers: ['extension'] },
  setTaskState: { params: StoredTaskState, result: StoredTaskState, callers: ['extension'] },
  listOpportunities: { params: Empty, result: z.array(StoredOpportunity), callers: ['extension'] },
  opportunitySummaries: { params: Empty, result: z.array(OpportunitySummary), callers: ['extension'] },
  getOpportunity: { params: ById, result: OpportunityDetail, callers: ['extension'] },
  popupData: { params: Empty, result: PopupData, callers: ['extension'] },
  getSettings: { params: Empty, result: UserSettings, callers: ['extension'] },
  saveSettings: { params: UserSettings, result: UserSettings, callers: ['extension'] },
  /** Keep the user's wording of a template; `resetTemplate` goes back to the default. */
  saveTemplate: { params: TemplateEdit, result: UserSettings, callers: ['extension'] },
  resetTemplate: {
    params: z.object({ id: z.string().min(1).max(200) }).strict(),
    result: UserSettings,
    callers: ['extension'],
  },
  // Data in and out: only our own pages.
  exportBackup: { params: Empty, result: Backup, callers: ['extension'] },
  importBackup: {
    params: z
      .object({
        /** The file's text, checked whole in the background before anything is written. */
        file: z.string().max(100_000_000),
        mode: z.enum(['replace', 'merge']),
      })
      .strict(),
    result: ImportCounts,
    callers: ['extension'],
  },
  exportCsv: { params: Empty, result: z.string(), callers: ['extension'] },
  exportIcs: { params: Empty, result: z.string(), callers: ['extension'] },
  /** Erase every record; `confirm` makes an accidental call impossible. */
  wipe: { params: z.object({ confirm: z.literal(true) }).strict(), result: z.null(), callers: ['extension'] },
  ...gmailMethods,
  ...linkedinMethods,
  ...uiMethods,
} as const satisfies Record<string, { params: z.ZodType; result: z.ZodType; callers: readonly Caller[] }>;

export type Method = keyof typeof protocol;
export type Params<M extends Method> = z.input<(typeof protocol)[M]['params']>;
export type Result<M extends Method> = z.output<(typeof protocol)[M]['result']>;

export const methodNames = Object.keys(protocol) as Method[];

/** The envelope every request travels in. */
export const Request = z
  .object({
    afterview: z.literal(1),
    method: z.string().max(64),
    params: z.unknown(),
  })
  .strict();
export type Request = z.infer<typeof Request>;

export const ErrorCode = z.enum([
  'bad_request',
  'unknown_method',
  'forbidden',
  'not_found',
  'storage_full',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const Failure = z.object({
  ok: z.literal(false),
  error: z.object({ code: ErrorCode, message: z.string() }),
});
export type Failure = z.infer<typeof Failure>;

export const Reply = z.union([z.object({ ok: z.literal(true), result: z.unknown() }), Failure]);
export type Reply = z.infer<typeof Reply>;

export function failure(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

/** "params.site: Invalid option…" — names the field so the caller knows what to fix. */
export function describeZodError(error: z.ZodError, root: string): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].join('.');
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
