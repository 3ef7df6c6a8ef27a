/**
 * Helpers shared by the outreach family files (outreach.ts, outreach2.ts): signatures and
 * dates and times written the sender's way.
 */
import type { Company, Kit, Moment, Person } from '../kit';

export function sign(k: Kit, p: Person, title: string, company: Company | null, phoneChance = 0.45) {
  const withPhone = k.chance(phoneChance);
  return { text: k.signature(p, title, company, withPhone), phone: withPhone ? p.phone : null };
}

/** A date the way the current locale writes it. */
export function dateIn(k: Kit, m: Moment): string {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return m.date(k.pick(['us-long', 'us-short', 'us-long']));
    case 'de':
      return m.date(k.pick(['de', 'de-numeric']));
    case 'fr':
      return m.date('fr');
    case 'es':
      return m.date('es');
    default:
      return m.date(k.pick(['uk-long', 'uk-short']));
  }
}

/** A clock time the way the current locale writes it. */
export function timeIn(k: Kit, m: Moment): string {
  switch (k.locale) {
    case 'en-US':
    case 'en-CA':
      return m.time(k.pick(['us', 'us-lower', 'us-compact']));
    case 'de':
      return m.time(k.pick(['de', '24h']));
    case 'fr':
      return m.time('fr');
    case 'es':
      return m.time('24h');
    default:
      return m.time(k.pick(['24h', 'us-lower', 'us-compact']));
  }
}
