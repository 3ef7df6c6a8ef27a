import { z } from 'zod';
import { Id, OpportunityStatus, PersonRole } from '../model';
import { AddProfilePersonParams, ProfilePerson, ProfileUrl, TrackJobParams } from '../model/inputs';
import { DraftResult } from './gmail';

// The stored vocabulary lives in lib/model (the store shares it); these are its doors.
export { AddProfilePersonParams, ProfilePerson, TrackJobParams };

/**
 * What the LinkedIn content script may send. It runs inside LinkedIn's page: every field is
 * bounded, and profile and job URLs must be LinkedIn's own.
 */

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
    /** `linked`: the posting was joined to the same job the user already follows. */
    result: z.object({ opportunityId: Id, created: z.boolean(), linked: z.boolean().default(false) }),
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
