/**
 * What arrives from the pages and is stored as it came: the sites Afterview runs on, a
 * thread's messages and tracking request from webmail, a person or a job from LinkedIn.
 * The vocabulary lives here so the store and the messaging layer share one definition (the
 * store never imports messaging); lib/messaging re-exports these as its request schemas.
 * Every field is bounded: a page can send anything.
 */
import { z } from 'zod';
import { Id, PersonRole } from './records';
import { Thread } from './stored';
import { text } from './text';
import { IsoDate, IsoDateTime } from './time';

export const SiteName = z.enum(['gmail', 'outlook', 'linkedin']);
export type SiteName = z.infer<typeof SiteName>;

/** What the background remembers of a site: proof that Afterview is connected there. */
export const SiteRecord = z.object({
  site: SiteName,
  firstSeen: IsoDateTime,
  lastSeen: IsoDateTime,
  visits: z.number().int().nonnegative(),
  /**
   * How the page's layout was read the last time: recognised; degraded (recognised, but some
   * parts were not found, so the features that need them step back); unrecognised (paused).
   */
  layout: z.enum(['recognised', 'degraded', 'unrecognised']).default('recognised'),
  /** Which landmark or parts were missing, for the popup's warning. */
  missing: text().max(200).nullable().default(null),
  /** The address the site was last used at ("https://outlook.office.com"): drafts open there. */
  origin: text().max(100).nullable().default(null),
});
export type SiteRecord = z.infer<typeof SiteRecord>;

const Address = z.object({ name: text().max(300).nullable(), email: text().max(320) }).strict();

export const ThreadMessage = z
  .object({
    messageId: text().min(1).max(200),
    from: Address,
    to: z.array(Address).max(50).default([]),
    date: IsoDateTime,
    direction: z.enum(['sent', 'received']),
    /** The start of the visible text; the whole text only reaches the store if the user asked. */
    snippet: text().max(300).default(''),
    text: text().max(100_000).default(''),
    /** What the classifier made of it (lib/detect), with its quoted evidence. */
    label: text().max(40).nullable().default(null),
  })
  .strict();
export type ThreadMessage = z.infer<typeof ThreadMessage>;

/**
 * An address that looks like one: something@domain.tld, no spaces, no angle brackets or
 * commas (so "Amy <amy@x>" or two addresses in one field are refused). Bounded by RFC 5321.
 */
export const EmailAddress = text()
  .trim()
  .max(320)
  .regex(
    /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/,
    'must be an email address (name@example.com)',
  );

/** Someone the panel suggests or the user confirmed, as the tracking record takes them. */
export const TrackedPerson = z
  .object({
    name: text().trim().min(1).max(300),
    email: text().max(320).nullable().default(null),
    phone: text().max(60).nullable().default(null),
    role: PersonRole,
    /** The user said this person was in the interview: they get a thank-you (R2), whatever their role. */
    inInterview: z.boolean().default(false),
  })
  .strict();

export const TrackThreadParams = z
  .object({
    threadId: text().min(1).max(200),
    subject: text().max(500).default(''),
    /** Attach to an opportunity the user picked; otherwise the thread's own, or a new one. */
    opportunityId: Id.nullable().default(null),
    /**
     * The user said this is another job than the open one with the same company and role;
     * without it, a new opportunity for the same job is refused (SameJobError).
     */
    newJob: z.boolean().default(false),
    company: text().trim().min(1).max(300),
    role: text().trim().min(1).max(300),
    people: z.array(TrackedPerson).max(20).default([]),
    interviewAt: IsoDateTime.nullable().default(null),
    decisionBy: IsoDate.nullable().default(null),
    label: Thread.shape.label,
    evidence: Thread.shape.evidence,
    messages: z.array(ThreadMessage).max(200).default([]),
  })
  .strict();
export type TrackThreadParams = z.infer<typeof TrackThreadParams>;

export const ProfileUrl = text()
  .max(500)
  .regex(
    /^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/,
    'must be a LinkedIn profile URL (https://www.linkedin.com/in/…/)',
  );
const JobUrl = text()
  .max(500)
  .regex(
    /^https:\/\/www\.linkedin\.com\/jobs\/view\/\d+\/$/,
    'must be a LinkedIn job URL (https://www.linkedin.com/jobs/view/<id>/)',
  );

export const ProfilePerson = z
  .object({
    name: text().trim().min(1).max(300),
    headline: text().max(500).nullable().default(null),
    profileUrl: ProfileUrl,
    role: PersonRole,
  })
  .strict();

export const AddProfilePersonParams = z
  .object({
    /** An existing opportunity, or a new one to create (company prefilled from the profile). */
    opportunityId: Id.nullable().default(null),
    newOpportunity: z
      .object({ company: text().trim().min(1).max(300), role: text().trim().min(1).max(300) })
      .strict()
      .nullable()
      .default(null),
    person: ProfilePerson,
  })
  .strict()
  .refine((p) => (p.opportunityId === null) !== (p.newOpportunity === null), {
    error: 'choose an opportunity or describe a new one (one of the two)',
    path: ['opportunityId'],
  });
export type AddProfilePersonParams = z.infer<typeof AddProfilePersonParams>;

export const TrackJobParams = z
  .object({
    jobId: text().regex(/^\d{1,20}$/),
    title: text().trim().min(1).max(300),
    company: text().trim().min(1).max(300),
    location: text().max(300).nullable().default(null),
    url: JobUrl,
  })
  .strict();
export type TrackJobParams = z.infer<typeof TrackJobParams>;
