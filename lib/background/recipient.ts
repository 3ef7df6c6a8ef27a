import { atsSender, SHARED_MAILBOX } from '../detect/senders';
import type { Person } from '../model';

/**
 * Whom a drafted message goes to. A no-reply or shared system address (an applicant-tracking
 * system, "careers@", "no-reply@"…) is never a recipient: nobody reads it. Pure: the
 * opportunity's people in, a choice out; the words are the caller's.
 */

/** An address nobody reads: a hiring system's, or a team's or machine's mailbox. */
export function isUnreadAddress(email: string | null | undefined): boolean {
  if (!email) return false;
  const address = email.trim().toLowerCase();
  return SHARED_MAILBOX.test(address) || atsSender(address) !== null;
}

export type RecipientChoice =
  /** The task's own person (or nobody, when the task names no one and no one else fits). */
  | { kind: 'person'; person: Person }
  /** The task's person writes from an address nobody reads: their recruiter or hiring manager instead. */
  | { kind: 'instead'; person: Person; setAside: Person }
  /** The task's person writes from an address nobody reads, and there is nobody else to write to. */
  | { kind: 'unread'; setAside: Person }
  /** The task names nobody: the opportunity's recruiter or hiring manager is suggested. */
  | { kind: 'suggested'; person: Person }
  /** The task names nobody, and the opportunity has no recruiter or hiring manager to write to. */
  | { kind: 'nobody' };

/** Who stands in for a system sender: a recruiter first, then a hiring manager; with an address first. */
const standInRoles: ReadonlyArray<Person['role']> = ['recruiter', 'hiring_manager'];

export function chooseRecipient(people: readonly Person[], personId: string | null): RecipientChoice {
  const own = personId ? (people.find((p) => p.id === personId) ?? null) : null;
  if (own && !isUnreadAddress(own.email)) return { kind: 'person', person: own };
  const standIn = standInFor(people, own);
  if (own)
    return standIn ? { kind: 'instead', person: standIn, setAside: own } : { kind: 'unread', setAside: own };
  return standIn ? { kind: 'suggested', person: standIn } : { kind: 'nobody' };
}

function standInFor(people: readonly Person[], own: Person | null): Person | null {
  const candidates = people.filter(
    (p) => p.id !== own?.id && standInRoles.includes(p.role) && !isUnreadAddress(p.email),
  );
  const rank = (p: Person) => (p.email ? 0 : standInRoles.length) + standInRoles.indexOf(p.role);
  return [...candidates].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
