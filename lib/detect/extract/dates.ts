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
import type { Sentence } from './prose';
import { words } from './regex-words';
import { weekChrono } from './week-phrases';
import { fastDates, type DateParts } from './fast-dates';

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
  /** Chrono's reading or ours (fast-dates.ts): only get, isCertain and tags are used. */
  start: DateParts;
  end: DateParts | null;
  week: boolean;
}

export interface DateContext {
  instant: Date;
  offset: number;
  day: Day;
  lang: Lang;
  /** Numeric dates read month first ("3/4" = March 4): the sender writes the US way. */
  monthFirst: boolean;
}

/** US signals: AM/PM, US zones, US phone formats. */
const US_SIGNAL =
  /\d\s?(?:[ap]\.?m\.?)(?![a-z])|(?<![A-Za-z])(?:ET|PT|CT|MT|EST|EDT|PST|PDT|CST|CDT|MST|MDT)(?![A-Za-z])|\b(?:eastern|pacific|central|mountain) time\b|\(\d{3}\)\s?\d{3}-\d{4}|(?<![\d-])\d{3}-\d{3}-\d{4}(?!\d)|\+1[\s.-]\(?\d{3}/i;
/** Day-first signals: a 24-hour clock in German or French ("14 Uhr", "14h30"), European zones. */
const DAY_FIRST_SIGNAL =
  /\d\s?uhr\b|\d{1,2}h\d{2}\b|\d{1,2}\s?h\b|(?<![A-Za-z])(?:CET|CEST|MEZ|MESZ|BST|GMT|WET|EET)(?![A-Za-z])|\+(?:44|33|49|34|39|31|32|41|43|353)[\s\d]/i;

/**
 * Whether numeric dates in this email are month first. A sender in the Americas (offset
 * -03:00 to -10:00) or writing the US way (AM/PM, ET/PT, US phone numbers) → month first;
 * otherwise day first, which an offset of +00:00 to +03:00 or "Uhr"/"14h30" confirm.
 */
export function readsMonthFirst(offset: number, text: string): boolean {
  if (offset <= -180 && offset >= -600) return true;
  const us = US_SIGNAL.test(text);
  if (!us) return false;
  // Both kinds of signal in one email: the offset decides (Europe writes "pm" too).
  if (DAY_FIRST_SIGNAL.test(text) && offset >= 0 && offset <= 180) return false;
  return true;
}

/**
 * Dates and times in `text`. The common shapes are read by our own reader (fast-dates.ts);
 * where it leaves any date word unread, chrono reads the whole text instead.
 */
export function findDates(text: string, ctx: DateContext): Found[] {
  const fast = fastDates(
    text,
    { wallMs: ctx.instant.getTime() + ctx.offset * 60_000, day: ctx.day, monthFirst: ctx.monthFirst },
    UNREAD_CUE,
  );
  if (!fast.complete) return chronoDates(text, ctx);
  const found: Found[] = [];
  if (WEEK_CUE.test(text)) {
    const ref = { instant: ctx.instant, timezone: ctx.offset };
    for (const r of weekChrono.parse(text, ref, { forwardDate: true }))
      found.push({ index: r.index, text: r.text, start: r.start, end: r.end ?? null, week: true });
  }
  for (const f of fast.found) {
    const item: Found = { ...f, week: false };
    if (!meaningful(item)) continue;
    if (found.some((g) => f.index < g.index + g.text.length && g.index < f.index + f.text.length)) continue;
    found.push(item);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Dates and times in `text`: our week phrases first, then chrono in English and the email's language. */
export function chronoDates(text: string, ctx: DateContext): Found[] {
  const ref = { instant: ctx.instant, timezone: ctx.offset };
  const option = { forwardDate: true };
  const [english, otherEnglish] = ctx.monthFirst ? [CHRONOS.en, CHRONOS.enGB] : [CHRONOS.enGB, CHRONOS.en];
  const sets: chrono.ParsedResult[][] = [];
  if (WEEK_CUE.test(text)) sets.push(weekChrono.parse(text, ref, option));
  // The email's own language first ("Dienstag, 10. März um 14:30 Uhr" whole), then English
  // in the sender's order, so a bare "3/4" is read their way (month first for the US).
  if (ctx.lang !== 'en') sets.push(CHRONOS[ctx.lang].parse(text, ref, option));
  sets.push(english.parse(text, ref, option));
  // The other English order reads what the first cannot ("Friday, November 13" is US
  // order even in an email sent from UTC); it only wins where it reads more of the text,
  // so it runs only where a month name is followed by a number.
  if (MONTH_THEN_NUMBER.test(text)) sets.push(otherEnglish.parse(text, ref, option));
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

/** Month names and their short forms (EN/FR/DE/ES), whole words only ("dec" is no "decision"). */
export const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|octobre|novembre|d[ée]c(?:embre)?|januar|februar|m[äa]rz|m[äa]r|juni|juli|okt(?:ober)?|dez(?:ember)?|enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|sep?tiembre|octubre|noviembre|diciembre|dic';
/** Weekday names and their short forms (EN/FR/DE/ES). */
export const WEEKDAY_NAMES =
  'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo';

/**
 * Whether a snippet can hold a date or time at all: a clock, a numeric date, a month or
 * weekday name, a relative day or week phrase (EN/FR/DE/ES). Chrono is costly; it runs only
 * on snippets that pass. Names are whole words: "decision" or "marketing" hold no month.
 * "May" counts only next to a number ("you may hear" is no date).
 */
export const DATE_CUE = new RegExp(
  [
    '\\d{1,2}[:.h]\\d{2}',
    '\\d\\s?(?:[ap]\\.?m\\b|uhr\\b|h\\b)',
    '\\d{1,4}[/.-]\\d{1,2}',
    '\\d{8}T\\d{4}',
    words(`${MONTH_NAMES}|${WEEKDAY_NAMES}`).source,
    '\\bmay\\.?\\s+\\d|\\d(?:st|nd|rd|th)?\\s+may\\b',
    words(
      'today|tomorrow|tonight|noon|midnight|weeks?|days|month|eow|eod|demain|aujourd|semaines?|jours|mois|midi|morgen|heute|wochen?|tage[n]?|werktage[n]?|monat|mañana|hoy|semanas?|días|mes|mediodía',
    ).source,
  ].join('|'),
  'i',
);

/**
 * What chrono may read that our reader does not: any date cue, and spans of time from now
 * ("within 48 hours", "in 30 minutes", "39 hours from now").
 */
export const UNREAD_CUE = new RegExp(
  `${DATE_CUE.source}|${
    words(
      '(?:within|in|in the next|over the next|after)\\s+\\S+\\s+(?:minutes?|mins?|hours?|hrs?|heures?|stunden|horas)|from now|ago',
    ).source
  }`,
  'i',
);

/** A clock time ("2pm", "14:00", "14 Uhr", "14h30", "noon"): what an interview time needs. */
export const TIME_CUE =
  /\d{1,2}[:.h]\d{2}|\d\s?(?:[ap]\.?m\b|uhr\b|h\b)|\b(?:noon|midday|midi|mediodía|mittag)\b|\d{8}T\d{4}/i;

/** "November 13", "Nov. 13": the shape the other English order may read better. */
const MONTH_THEN_NUMBER = new RegExp(`(?:${MONTH_NAMES})\\.?,? \\d`, 'i');

/** Phrases only our week parser reads. */
const WEEK_CUE = /week|woche|semaine|semana|within|business|working|days|jours|tage|días|eow/i;

/**
 * Dates in a text already cut into sentences: chrono runs on each sentence holding a date
 * cue, and positions are given in the whole text. Much cheaper than chrono over a body.
 */
export function findDatesInSentences(
  sents: readonly Sentence[],
  ctx: DateContext,
  needTime = false,
): Found[] {
  const out: Found[] = [];
  const timed = needTime ? sents.map(hasTimeCue) : [];
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i] as Sentence;
    // With needTime, a sentence without a clock counts only as the date line before one
    // ("Date: Tuesday, March 10" then "Time: 2:00 PM").
    if (needTime && !timed[i] && !timed[i + 1]) continue;
    if (!hasDateCue(s)) continue;
    for (const f of findDates(s.text, ctx)) out.push({ ...f, index: f.index + s.start });
  }
  return out;
}

/** DATE_CUE on a sentence, tested once however many readers ask. */
export function hasDateCue(s: Sentence): boolean {
  return (s.dateCue ??= DATE_CUE.test(s.text));
}
/** TIME_CUE on a sentence, tested once. */
export function hasTimeCue(s: Sentence): boolean {
  return (s.timeCue ??= TIME_CUE.test(s.text));
}

/** Drop readings that are only noise: "now", a bare number, "a" + word in another language. */
function meaningful(f: Found): boolean {
  const t = f.text.trim();
  if (t.length < 3) return false;
  if (/^(?:now|maintenant|jetzt|ahora|today|aujourd'hui|heute|hoy)$/i.test(t)) return false;
  if (/^(?:mar|mer|jeu|ven|sam|dim|lun|di|mi|do|fr|sa|so)\.?$/i.test(t)) return false;
  return true;
}

function dayOf(c: DateParts): Day {
  return { y: c.get('year') ?? 1970, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

/**
 * A weekday on its own that falls on the email's own day ("by Friday" written on a Friday)
 * means that day next week: people say "today" for today.
 */
export function resolvedDay(f: Found, c: DateParts, ctx: DateContext): Day {
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
