/**
 * A small chrono parser of our own for week-relative and "within N …" phrases, which chrono
 * reads differently or not at all. Each phrase yields a span of days: its start is the first
 * day the phrase allows, its end the last.
 *
 * Choices where wording is open (weeks run Monday to Sunday):
 * - decisionBy is the LAST day the promise allows: "by the end of (next) week" → that
 *   week's Friday; "early next week" → next week's Tuesday; "mid next week" → Wednesday;
 *   "next week" → next week's Friday; "within N business days" skips weekends; "within two
 *   weeks" / "in the next 10 days" → the email's day + 14 / + 10.
 * - mayCheckBackOn is the FIRST day allowed: "check back next week" → next Monday.
 */
import * as chrono from 'chrono-node';
import { addBusinessDays, addDays, compareDays, dayFromUtc, mondayOf, type Day } from './calendar-days';
import { words } from './regex-words';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  'a couple of': 2,
  'a couple': 2,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dix: 10,
  quinze: 15,
  ein: 1,
  einer: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  zehn: 10,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  diez: 10,
  quince: 15,
};
const NUM = `\\d{1,2}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')}`;

function toNumber(s: string | undefined): number | null {
  if (!s) return null;
  const t = s.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

const NEXT_WEEK = `(?:next week|the following week|la semaine prochaine|la semaine suivante|(?:der )?nächst(?:e|en|er) woche|(?:der )?kommend(?:e|en|er) woche|la próxima semana|la semana que viene|la semana próxima)`;
const THIS_WEEK = `(?:(?:this|the) week|cette semaine|la semaine|(?:dieser|der|diese) woche|esta semana|la semana)`;

/** Week-relative and "within N …" phrases chrono reads differently or not at all. Each
 * yields a span: `start` is the earliest day the phrase allows, `end` the latest. */
const WEEK_PHRASES: Array<{ re: RegExp; span: (ref: Day, m: RegExpExecArray) => [Day, Day] | null }> = [
  {
    // "the end of next week", "fin de la semaine prochaine", "Ende nächster Woche", "finales de la próxima semana"
    re: words(
      `(?:the )?(?:end|close) of ${NEXT_WEEK}|(?:la )?fin (?:de )?${NEXT_WEEK}|ende (?:${NEXT_WEEK})|(?:a )?final(?:es)? de ${NEXT_WEEK}`,
    ),
    span: (ref) => {
      const fri = addDays(mondayOf(ref), 11);
      return [fri, fri];
    },
  },
  {
    // "early next week", "the beginning of next week", "début de la semaine prochaine", "Anfang nächster Woche"
    re: words(
      `early ${NEXT_WEEK}|(?:the )?(?:beginning|start) of ${NEXT_WEEK}|(?:le )?début (?:de )?${NEXT_WEEK}|anfang (?:${NEXT_WEEK})|(?:a )?principios de ${NEXT_WEEK}`,
    ),
    span: (ref) => {
      const mon = addDays(mondayOf(ref), 7);
      return [mon, addDays(mon, 1)];
    },
  },
  {
    // "mid next week", "the middle of next week", "milieu de la semaine prochaine", "Mitte nächster Woche"
    re: words(
      `mid[- ]?${NEXT_WEEK}|(?:the )?middle of ${NEXT_WEEK}|(?:le )?milieu (?:de )?${NEXT_WEEK}|mitte (?:${NEXT_WEEK})|(?:a )?mediados de ${NEXT_WEEK}`,
    ),
    span: (ref) => {
      const wed = addDays(mondayOf(ref), 9);
      return [wed, wed];
    },
  },
  {
    // "the end of the week", "end of this week", "EOW", "fin de semaine", "Ende der Woche", "finales de esta semana"
    re: words(
      `(?:the )?(?:end|close) of (?:${THIS_WEEK})|eow|end of week|(?:la )?fin (?:de )?(?:${THIS_WEEK}|semaine)|ende (?:${THIS_WEEK})|(?:a )?final(?:es)? de (?:${THIS_WEEK})`,
    ),
    span: (ref) => {
      let fri = addDays(mondayOf(ref), 4);
      if (compareDays(fri, ref) < 0) fri = addDays(fri, 7);
      return [fri, fri];
    },
  },
  {
    // "next week" on its own: the whole of next week
    re: words(NEXT_WEEK),
    span: (ref) => {
      const mon = addDays(mondayOf(ref), 7);
      return [mon, addDays(mon, 4)];
    },
  },
  {
    // "within 3 business days", "in the next five working days", "sous 3 jours ouvrés", "innerhalb von 3 Werktagen"
    re: words(
      `(?:within|in the next|in|over the next|sous|dans les|d'ici|innerhalb(?: von)?|in den nächsten|en los próximos|dentro de) (${NUM}) (?:business|working|jours? ouvrés|jours? ouvrables|werktage[n]?|arbeitstage[n]?|días hábiles|días laborables)(?: days?)?`,
    ),
    span: (ref, m) => {
      const n = toNumber(m[1]);
      return n === null ? null : [addDays(ref, 1), addBusinessDays(ref, n)];
    },
  },
  {
    // "within two weeks", "in the next 10 days", "a week or two", "d'ici deux semaines", "innerhalb von zwei Wochen"
    re: words(
      `(?:within|in the next|over the next|in the coming|in|sous|dans les|dans|d'ici|innerhalb(?: von)?|in den nächsten|binnen|en las próximas|en los próximos|en|dentro de) (?:the )?(${NUM})(?: prochain(?:e)?s)? (days?|weeks?|jours?|semaines?|tage[n]?|wochen?|woche|días?|semanas?)(?: or (?:so|two|three))?|(?:in )?(a) (week) or two`,
    ),
    span: (ref, m) => {
      const n = toNumber(m[1] ?? m[3]);
      const unit = (m[2] ?? m[4] ?? '').toLowerCase();
      if (n === null) return null;
      const weeks = /^(?:week|semaine|woche|semana)/.test(unit);
      const orTwo = /or two$/i.test(m[0]);
      const days = weeks ? (orTwo ? 14 : n * 7) : n;
      return [addDays(ref, 1), addDays(ref, days)];
    },
  },
];

/** The email's calendar day at its offset, from a chrono context. */
function refDay(context: chrono.ParsingContext): Day {
  const offset = context.reference.getTimezoneOffset();
  return dayFromUtc(context.reference.instant.getTime() + offset * 60_000);
}

/** One chrono parser per phrase family, so chrono's own overlap rules pick the longest match. */
const weekParsers: chrono.Parser[] = WEEK_PHRASES.map((phrase) => ({
  pattern: () => new RegExp(phrase.re.source, phrase.re.flags.replace('g', '')),
  extract: (context, match) => {
    const span = phrase.span(refDay(context), match as RegExpExecArray);
    if (!span) return null;
    const [from, to] = span;
    const start = context.createParsingComponents({ year: from.y, month: from.m, day: from.d });
    const end = context.createParsingComponents({ year: to.y, month: to.m, day: to.d });
    start.addTag('afterview/week');
    end.addTag('afterview/week');
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
}));

/** Our parser alone: its phrases beat chrono's partial readings ("next week" inside "end of next week"). */
export const weekChrono = new chrono.Chrono({ parsers: weekParsers, refiners: [] });
