import { z } from 'zod';

/** One email as the detectors read it: plain text, no markup. */
export const Email = z.object({
  id: z.string().max(200).optional(),
  /** "Amy Lee <amy@acme.example>" or a bare address. */
  from: z.string().max(1000),
  to: z.string().max(5000).default(''),
  /** Other recipients, as the header shows them ("Amy Lee <amy@acme.example>, …"). */
  cc: z.string().max(5000).default(''),
  subject: z.string().max(2000).default(''),
  /** When it was sent, ISO 8601 with offset: relative dates resolve against it. */
  date: z.iso.datetime({ offset: true }),
  body: z.string().max(500_000).default(''),
});
export type Email = z.infer<typeof Email>;
export type EmailInput = z.input<typeof Email>;

export const EmailLabel = z.enum([
  'application_received',
  'interview_request',
  'interview_scheduled',
  'assessment',
  'reference_request',
  'rejection',
  'offer',
  'status_update',
  'recruiter_outreach',
  'job_alert',
  'other',
]);
export type EmailLabel = z.infer<typeof EmailLabel>;

/** Why a verdict was reached: a phrase quoted from the email, or a signal such as the sender. */
export interface Evidence {
  label: EmailLabel;
  /** The words as they stand in the email (or the sender address for a sender signal). */
  quote: string;
  where: 'subject' | 'body' | 'from';
  /** Its share of what lifted the label above the runner-up (0–1). */
  weight: number;
}

export interface Classification {
  label: EmailLabel;
  /** 0–1: the calibrated probability that the label is right (below 0.6: a suggestion). */
  confidence: number;
  /** The subject, sentences or sender that carried the verdict, strongest first. */
  evidence: Evidence[];
  /** Which trained model gave it (lib/detect/model.json). */
  modelVersion: string;
}

/** What a person is in the hiring process, as far as the email says. */
export type PersonRole = 'recruiter' | 'interviewer' | 'hiring_manager' | 'agency_consultant' | 'reference';

export interface Person {
  name: string | null;
  email: string | null;
  /** Only when the number is clearly theirs: on their own line or in their signature. */
  phone: string | null;
  /** Sender who recruits → recruiter; a manager's title → hiring_manager; named as someone
   * you'll meet or cc'd on an interview → interviewer; an agency → agency_consultant. */
  role?: PersonRole | null;
}

export interface Instructions {
  /** "Please don't contact us" and the like. */
  noContact: boolean;
  /** "Please don't call" → phone. */
  excludedChannels: Array<'phone' | 'email' | 'linkedin'>;
  /** "Feel free to reach out on Friday" → that date (YYYY-MM-DD). */
  mayCheckBackOn: string | null;
  /** The sentences the instructions were read from. */
  evidence: string[];
}

export interface Extraction {
  company: string | null;
  role: string | null;
  people: Person[];
  /** The interview's start, ISO with the email's offset, when the email names one. */
  interviewAt: string | null;
  /** The decision date the email promises (YYYY-MM-DD in the email's offset). */
  decisionBy: string | null;
  meetingLinks: string[];
  instructions: Instructions;
}
