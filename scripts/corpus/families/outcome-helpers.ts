/**
 * Helpers shared by the outcome and progress family files: the candidate's To header,
 * expectations (`exp`, `who`), a signature that says whether it showed a phone, and a
 * date as the sender's locale writes it.
 */
import type { Company, Expected, ExpectedPerson, Kit, Moment, Person } from '../kit';

export function to(k: Kit): string {
  return k.chance(0.5) ? k.addr(k.candidate) : k.candidate.email;
}

export function exp(
  company: string | null,
  role: string | null,
  people: ExpectedPerson[] = [],
  decisionBy: string | null = null,
): Expected {
  return { company, role, interviewAt: null, decisionBy, people };
}

export function who(
  p: Person,
  role: ExpectedPerson['role'],
  email: string | null = p.email,
  phone: string | null = null,
): ExpectedPerson {
  return { name: p.name, email, phone, role };
}

/** A signature block, and the phone it shows (null when none). */
export function sign(
  k: Kit,
  p: Person,
  title: string,
  company: Company | null,
  withPhone = k.chance(0.4),
): { text: string; phone: string | null } {
  return { text: k.signature(p, title, company, withPhone), phone: withPhone ? p.phone : null };
}

/** A date the way the current locale writes it. */
export function day(k: Kit, m: Moment): string {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return m.date(k.pick(['us-long', 'us-short', 'us-numeric', 'us-long'] as const));
    case 'de':
      return m.date(k.pick(['de', 'de-numeric'] as const));
    case 'fr':
      return m.date('fr');
    case 'es':
      return m.date('es');
    default:
      return m.date(k.pick(['uk-long', 'uk-short', 'uk-numeric', 'uk-long'] as const));
  }
}
