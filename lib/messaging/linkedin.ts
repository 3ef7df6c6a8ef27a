import { z } from 'zod';
import { Id, OpportunityStatus, PersonRole } from '../model';
import { DraftResult } from './gmail';

/**
 * What the LinkedIn content script may send. It runs inside LinkedIn's page: every field is
 * bounded, and profile and job URLs must be LinkedIn's own.
 */
const ProfileUrl = z
  .string()
  .max(500)
  .regex(
    /^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/,
    'must be a LinkedIn profile URL (https://www.linkedin.com/in/…/)',
  );
const JobUrl = z
  .string()
  .max(500)
  .regex(
    /^https:\/\/www\.linkedin\.com\/jobs\/view\/\d+\/$/,
    'must be a LinkedIn job URL (https://www.linkedin.com/jobs/view/<id>/)',
  );

export const ProfilePerson = z
  .object({
    name: z.string().trim().min(1).max(300),
    headline: z.string().max(500).nullable().default(null),
    profileUrl: ProfileUrl,
    role: PersonRole,
  })
  .strict();

export const AddProfilePersonParams = z
  .object({
    /** An existing opportunity, or a new one to create (company prefilled from the profile). */
    opportunityId: Id.nullable().default(null),
    newOpportunity: z
      .object({ company: z.string().trim().min(1).max(300), role: z.string().trim().min(1).max(300) })
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
    jobId: z.string().regex(/^\d{1,20}$/),
    title: z.string().trim().min(1).max(300),
    company: z.string().trim().min(1).max(300),
    location: z.string().max(300).nullable().default(null),
    url: JobUrl,
  })
  .strict();
export type TrackJobParams = z.infer<typeof TrackJobParams>;

export const ProfileStatus = z.object({
  opportunityId: Id,
  company: z.string(),
  role: z.string(),
  status: OpportunityStatus,
  personRole: PersonRole,
  text: z.string(),
  tone: z.enum(['due', 'next', 'waiting', 'closed']),
});
export type ProfileStatus = z.infer<typeof ProfileStatus>;

const Locale = z.string().max(35).default('en-US');

export const linkedinMethods = {
  /** The user's open opportunities, to attach a person to one of them. */
  opportunityChoices: {
    params: z.object({}).strict(),
    result: z.array(z.object({ id: Id, company: z.string(), role: z.string(), status: OpportunityStatus })),
    callers: ['content', 'extension'],
  },
  addProfilePerson: {
    params: AddProfilePersonParams,
    result: z.object({ opportunityId: Id, personId: Id }),
    callers: ['content', 'extension'],
  },
  /** Where a profile's person is tracked: each opportunity with its status and next task. */
  profileStatus: {
    params: z.object({ profileUrl: ProfileUrl, locale: Locale }).strict(),
    result: z.array(ProfileStatus),
    callers: ['content', 'extension'],
  },
  trackJob: {
    params: TrackJobParams,
    result: z.object({ opportunityId: Id, created: z.boolean() }),
    callers: ['content', 'extension'],
  },
  /**
   * The message for this person's due task on LinkedIn: a message, or a connection note
   * (R8: connecting is suggested only once the process is over). `reason` says why not.
   */
  draftForProfile: {
    params: z.object({ profileUrl: ProfileUrl, note: z.boolean(), locale: Locale }).strict(),
    result: z.object({ draft: DraftResult, reason: z.string().nullable() }),
    callers: ['content', 'extension'],
  },
} as const;
