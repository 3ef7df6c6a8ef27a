import type { Interview, Opportunity, Person } from '../model';
import type { GapLabels, Values } from './render';

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
}

/**
 * Everything a template may say, as plain text from the records: who, which role where,
 * when they met, what that person said, the user's strength and its evidence, the promised
 * follow-up date and the user's own details. A value the records do not have is left out,
 * so `render` shows it as a gap rather than guessing.
 */
export function templateValues(input: ValuesInput): Values {
  const { opportunity, person, interview, sender, locale, timeZone } = input;
  const notes = interview?.notes ?? null;
  const day = (iso: string | null | undefined) => (iso ? formatDay(iso, locale, timeZone) : null);
  return {
    firstName: person ? firstNameOf(person.name) : null,
    fullName: person?.name ?? null,
    company: opportunity.company,
    role: opportunity.role,
    blurb: opportunity.blurb,
    interviewDate: day(interview?.start),
    specific: person && notes ? (notes.specifics[person.id] ?? null) : null,
    strength: notes?.strength || null,
    evidence: notes?.evidence || null,
    forgotten: notes?.forgotten || null,
    nextStep: interview?.nextStep ?? null,
    // A date without a time is that calendar date everywhere: no zone may shift it.
    decisionDate: interview?.decisionBy
      ? formatDay(`${interview.decisionBy}T00:00:00Z`, locale, 'UTC')
      : null,
    followUpDate: day(input.nextCheckIn),
    myName: sender.name || null,
    signature: sender.signature || sender.name || null,
    myPhone: sender.phone || null,
    theirPhone: person?.phone ?? null,
  };
}

/** How each missing value is described in its gap, in the user's words. */
export const gapLabels: GapLabels = {
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
};

function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** "Friday, March 6" in English; each locale writes its own way. Dates are the user's zone's. */
function formatDay(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone }).format(
    new Date(iso),
  );
}
