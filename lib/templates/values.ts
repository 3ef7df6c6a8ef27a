import type { Interview, Opportunity, Person } from '../model';
import { firstName } from '../model/names';
import type { GapLabels } from './render';

/** The user's own details, from settings, that a message signs with. */
export interface Sender {
  name: string;
  signature: string;
  phone: string;
}

export interface ValuesInput {
  opportunity: Opportunity;
  /** Who the message is for; null when the task names no one. */
  person: Person | null;
  /** The interview the message follows up (the latest one), if any. */
  interview: Interview | null;
  sender: Sender;
  /** The next check-in the scheduler planned: the date a thank-you promises (R2). */
  nextCheckIn: string | null;
  /** How dates are written: the user's locale and time zone. */
  locale: string;
  timeZone: string;
  /** D and P as they stand now (a later reply may have moved them); else the interview's. */
  decisionBy?: string | null;
  mayCheckBackOn?: string | null;
  /** R7: the news the user saw, in their words. */
  news?: string | null;
}

/**
 * Everything a template may say, as plain text from the records: who, which role where,
 * when they met, what that person said, the user's strength and its evidence, the promised
 * follow-up date and the user's own details. A value the records do not have is left out,
 * so `render` shows it as a gap rather than guessing.
 */
export function templateValues(input: ValuesInput): Record<Placeholder, string | null> {
  const { opportunity, person, interview, sender, locale, timeZone } = input;
  const notes = interview?.notes ?? null;
  const day = (iso: string | null | undefined) => (iso ? formatDay(iso, locale, timeZone) : null);
  // A date without a time is that calendar date everywhere: no zone may shift it.
  const date = (isoDate: string | null | undefined) =>
    isoDate ? formatDay(`${isoDate}T00:00:00Z`, locale, 'UTC') : null;
  const problem = notes?.problems.find((p) => p.problem.trim()) ?? null;
  return {
    firstName: person ? firstName(person.name) : null,
    fullName: person?.name ?? null,
    company: opportunity.company,
    role: opportunity.role,
    blurb: opportunity.blurb,
    interviewDate: day(interview?.start),
    specific: person && notes ? (notes.specifics[person.id] ?? null) : null,
    strength: notes?.strength || null,
    evidence: notes?.evidence || null,
    forgotten: notes?.forgotten || null,
    problem: problem?.problem || null,
    solution: problem?.solution || null,
    openQuestions: notes?.openQuestions || null,
    nextStep: interview?.nextStep ?? null,
    decisionDate: date(input.decisionBy === undefined ? interview?.decisionBy : input.decisionBy),
    checkBackDate: date(
      input.mayCheckBackOn === undefined ? interview?.mayCheckBackOn : input.mayCheckBackOn,
    ),
    news: input.news || null,
    followUpDate: day(input.nextCheckIn),
    myName: sender.name || null,
    signature: sender.signature || sender.name || null,
    myPhone: sender.phone || null,
    theirPhone: person?.phone ?? null,
    // Only the agency consultant's preview of a thank-you names someone else (compose.ts).
    aboutName: null,
  };
}

/** Every placeholder a template may use; an edited template is checked against this list. */
export const PLACEHOLDERS = [
  'firstName',
  'fullName',
  'company',
  'role',
  'blurb',
  'interviewDate',
  'specific',
  'strength',
  'evidence',
  'forgotten',
  'problem',
  'solution',
  'openQuestions',
  'nextStep',
  'decisionDate',
  'checkBackDate',
  'news',
  'followUpDate',
  'myName',
  'signature',
  'myPhone',
  'theirPhone',
  'aboutName',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** How each missing value is described in its gap, in the user's words. */
export const gapLabels: GapLabels & Partial<Record<Placeholder, string>> = {
  firstName: 'their first name',
  fullName: 'their name',
  interviewDate: 'the interview date',
  specific: 'something specific {firstName} said',
  strength: 'the strength of yours that fits this role',
  evidence: 'what you did that proves it, with a number if you can',
  followUpDate: 'the date you will follow up',
  decisionDate: 'the date they said they would decide',
  blurb: 'one line that reminds them who you are',
  myName: 'your name',
  signature: 'your signature',
  myPhone: 'your phone number',
  theirPhone: 'their phone number',
  nextStep: 'the next step they mentioned',
  problem: 'a problem {firstName} described',
  solution: 'how you solved something similar, and the result',
  checkBackDate: 'the date they said you could check back',
  news: 'the news you saw',
  aboutName: 'who the thank-you is for',
};

/** "Friday, March 6" in English; each locale writes its own way. Dates are the user's zone's. */
function formatDay(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone }).format(
    new Date(iso),
  );
}
