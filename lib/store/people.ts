import type { StoredPerson } from '../model';

/**
 * The same person, whichever door they came in by (a Gmail thread, a LinkedIn profile):
 * the same profile URL, else the same email address, else the same name when neither
 * record says otherwise. Case and spacing do not matter.
 */
export function samePerson(
  person: Pick<StoredPerson, 'name' | 'email' | 'linkedinUrl'>,
  candidate: { name: string; email?: string | null; linkedinUrl?: string | null },
): boolean {
  const same = (a: string | null | undefined, b: string | null | undefined) =>
    Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());
  if (person.linkedinUrl && candidate.linkedinUrl) return same(person.linkedinUrl, candidate.linkedinUrl);
  if (person.email && candidate.email) return same(person.email, candidate.email);
  return same(person.name.replace(/\s+/g, ' '), candidate.name.replace(/\s+/g, ' '));
}
