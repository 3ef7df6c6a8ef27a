/**
 * How well `extract` reads a labelled set of emails, field by field. Pure: pairs of what a
 * careful reader wrote and what the extractor found in, figures out.
 *
 * - A field is scored only where the reader wrote a value; where they wrote `null` (there is
 *   none) a found value counts as invented; where they wrote nothing (key absent) the email
 *   says nothing about that field.
 * - Company and role match after trim and case-fold; interviewAt is the same instant (the
 *   offset it is written in does not matter); decisionBy is the same day string.
 * - People: a found person matches an expected one by address (case-folded) or by name
 *   (trimmed, case-folded), one to one. Precision is over found people, recall over expected
 *   ones. A phone is scored on its owner: among matched people, a phone expected or found
 *   counts once, and is right only when both sides carry the same digits.
 */
import type { Extraction, Person, PersonRole } from './email';

export type { PersonRole };

export interface ExpectedPerson {
  name: string | null;
  email: string | null;
  phone?: string | null;
  role?: PersonRole | null;
}

export interface ExpectedExtraction {
  company?: string | null;
  role?: string | null;
  interviewAt?: string | null;
  decisionBy?: string | null;
  people?: ExpectedPerson[];
}

export interface ExtractionPair {
  expected: ExpectedExtraction;
  found: Extraction;
}

export interface FieldScore {
  /** Emails where the reader wrote a value. */
  scored: number;
  /** Of those, how many the extractor found exactly. */
  hits: number;
  /** Emails where the reader wrote `null` and the extractor found something anyway. */
  invented: number;
  /** Emails where the reader wrote `null`. */
  none: number;
}

export interface PeopleScore {
  /** Emails whose expected people were written down (an empty list counts). */
  emails: number;
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  /** Phones on matched people: expected or found (each person once). */
  phones: number;
  /** Of those, the ones where found and expected carry the same number. */
  phonesRight: number;
  phoneOwnerAccuracy: number;
  /** Matched people whose expected role is written (non-null). */
  roles: number;
  rolesRight: number;
}

export interface ExtractionScore {
  company: FieldScore;
  role: FieldScore;
  interviewAt: FieldScore;
  decisionBy: FieldScore;
  people: PeopleScore;
}

export type ScalarField = 'company' | 'role' | 'interviewAt' | 'decisionBy';
export const SCALAR_FIELDS: readonly ScalarField[] = ['company', 'role', 'interviewAt', 'decisionBy'];

const fold = (s: string) => s.trim().toLowerCase();

/** Whether a found value is the one expected, by the field's own notion of "the same". */
export function sameValue(field: ScalarField, expected: string, found: string | null): boolean {
  if (found === null) return false;
  if (field === 'interviewAt') {
    const a = Date.parse(expected);
    const b = Date.parse(found);
    return Number.isFinite(a) && a === b;
  }
  return fold(expected) === fold(found);
}

const digits = (phone: string | null | undefined) => (phone ? phone.replace(/\D/g, '') : '');

function samePerson(e: ExpectedPerson, f: Person): boolean {
  if (e.email && f.email && fold(e.email) === fold(f.email)) return true;
  return Boolean(e.name && f.name && fold(e.name) === fold(f.name));
}

/** Expected and found people paired one to one, expected order first. */
export function matchPeople(expected: ExpectedPerson[], found: Person[]): Array<[ExpectedPerson, Person]> {
  const free = [...found];
  const pairs: Array<[ExpectedPerson, Person]> = [];
  // Addresses first: a name can be shared, an address cannot.
  const byEmail = (e: ExpectedPerson, f: Person) =>
    Boolean(e.email && f.email && fold(e.email) === fold(f.email));
  const pending: ExpectedPerson[] = [];
  for (const e of expected) {
    const i = free.findIndex((f) => byEmail(e, f));
    if (i >= 0) pairs.push([e, free.splice(i, 1)[0] as Person]);
    else pending.push(e);
  }
  for (const e of pending) {
    const i = free.findIndex((f) => samePerson(e, f));
    if (i >= 0) pairs.push([e, free.splice(i, 1)[0] as Person]);
  }
  return pairs;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluateExtraction(pairs: ExtractionPair[]): ExtractionScore {
  const fields = Object.fromEntries(
    SCALAR_FIELDS.map((f) => [f, { scored: 0, hits: 0, invented: 0, none: 0 }]),
  ) as Record<ScalarField, FieldScore>;
  const people = {
    emails: 0,
    expected: 0,
    found: 0,
    matched: 0,
    phones: 0,
    phonesRight: 0,
    roles: 0,
    rolesRight: 0,
  };

  for (const { expected, found } of pairs) {
    for (const field of SCALAR_FIELDS) {
      const want = expected[field];
      if (want === undefined) continue;
      const score = fields[field];
      if (want === null) {
        score.none++;
        if (found[field] !== null) score.invented++;
        continue;
      }
      score.scored++;
      if (sameValue(field, want, found[field])) score.hits++;
    }
    if (expected.people === undefined) continue;
    people.emails++;
    people.expected += expected.people.length;
    people.found += found.people.length;
    for (const [e, f] of matchPeople(expected.people, found.people)) {
      people.matched++;
      const want = digits(e.phone);
      const got = digits(f.phone);
      if (want || got) {
        people.phones++;
        if (want === got) people.phonesRight++;
      }
      if (e.role) {
        people.roles++;
        if (f.role === e.role) people.rolesRight++;
      }
    }
  }

  return {
    ...fields,
    people: {
      ...people,
      precision: ratio(people.matched, people.found),
      recall: ratio(people.matched, people.expected),
      phoneOwnerAccuracy: ratio(people.phonesRight, people.phones),
    },
  };
}
