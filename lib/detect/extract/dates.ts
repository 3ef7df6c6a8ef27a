/**
 * Dates and times in a piece of text, read with our week-phrase parser first, then chrono
 * in the email's language and in English (US or UK order by the email's offset). Relative
 * phrases resolve against the email's own date, in its offset: the only clock is the email.
 *
 * - A bare weekday naming the email's own day ("by Friday" sent on a Friday) is next week's.
 */
import * as chrono from 'chrono-node';
import { addDays, compareDays, type Day } from './calendar-days';
import type { Lang } from './language';
import { words } from './regex-words';
import { weekChrono } from './week-phrases';

/** UK-style (day first) English, for emails written from outside the Americas. */
const CHRONOS: Record<Lang | 'enGB', chrono.Chrono> = {
  en: chrono.casual,
  enGB: chrono.en.GB,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
};

export interface Found {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | null;
  week: boolean;
}

export interface DateContext {
  instant: Date;
  offset: number;
  day: Day;
  lang: Lang;
}

/** Dates and times in `text`: our week phrases first, then chrono in English and the email's language. */
export function findDates(text: string, ctx: DateContext): Found[] {
  const ref = { instant: ctx.instant, timezone: ctx.offset };
  const option = { forwardDate: true };
  const american = ctx.offset <= -180 && ctx.offset >= -600;
  const [english, otherEnglish] = american ? [CHRONOS.en, CHRONOS.enGB] : [CHRONOS.enGB, CHRONOS.en];
  const sets: chrono.ParsedResult[][] = [weekChrono.parse(text, ref, option)];
  if (ctx.lang !== 'en') sets.push(CHRONOS[ctx.lang].parse(text, ref, option));
  sets.push(english.parse(text, ref, option));
  // The other English order reads what the first cannot ("Friday, November 13" is US
  // order even in an email sent from UTC); it only wins where it reads more of the text.
  sets.push(otherEnglish.parse(text, ref, option));
  const found: Found[] = [];
  for (const set of sets) {
    for (const r of set) {
      const item: Found = {
        index: r.index,
        text: r.text,
        start: r.start,
        end: r.end ?? null,
        week: r.start.tags().has('afterview/week'),
      };
      if (!meaningful(item)) continue;
      const overlap = found.findIndex(
        (f) => r.index < f.index + f.text.length && f.index < r.index + r.text.length,
      );
      if (overlap < 0) found.push(item);
      else if ((item.week || !found[overlap]?.week) && r.text.length > (found[overlap]?.text.length ?? 0)) {
        found[overlap] = item;
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Drop readings that are only noise: "now", a bare number, "a" + word in another language. */
function meaningful(f: Found): boolean {
  const t = f.text.trim();
  if (t.length < 3) return false;
  if (/^(?:now|maintenant|jetzt|ahora|today|aujourd'hui|heute|hoy)$/i.test(t)) return false;
  if (/^(?:mar|mer|jeu|ven|sam|dim|lun|di|mi|do|fr|sa|so)\.?$/i.test(t)) return false;
  return true;
}

function dayOf(c: chrono.ParsedComponents): Day {
  return { y: c.get('year') ?? 1970, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

/**
 * A weekday on its own that falls on the email's own day ("by Friday" written on a Friday)
 * means that day next week: people say "today" for today.
 */
export function resolvedDay(f: Found, c: chrono.ParsedComponents, ctx: DateContext): Day {
  const day = dayOf(c);
  if (
    !f.week &&
    c.isCertain('weekday') &&
    !c.isCertain('day') &&
    compareDays(day, ctx.day) === 0 &&
    !words('this|today|ce|cet|cette|aujourd.hui|diese[nrs]?|heute|este|esta|hoy').test(f.text)
  ) {
    return addDays(day, 7);
  }
  return day;
}
