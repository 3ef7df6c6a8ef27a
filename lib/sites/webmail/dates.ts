/**
 * Dates as webmail shows them, read into ISO 8601 with the offset of the user's zone.
 *
 * Gmail writes month names in its date titles ("Mon, Nov 16, 2026, 10:42 AM", "Mon, 16 Nov
 * 2026, 10:42"); Outlook writes numbers in the browser's locale ("Mon 11/16/2026 10:42 AM",
 * "Mon 16/11/2026 10:42", "Mon 2026-11-16 10:42", "Mo 16.11.2026 10:42"). Both are wall-clock
 * times in the browser's zone, which the caller knows. Pure: no DOM, no clock.
 */
import { isoInZone, wallToInstant } from '@/lib/time/calendar';

export interface ShownDateOptions {
  /** IANA zone the page shows times in (the browser's): "America/New_York". */
  timeZone: string;
  /**
   * Whether an all-number date puts the day first (en-GB "16/11/2026") or the month (en-US
   * "11/16/2026"): the page's locale decides. When one reading is impossible (a 13th month),
   * the other is taken whatever this says.
   */
  dayFirst?: boolean;
  /**
   * Now, for the short forms a page shows for recent mail ("10:42 AM" today, "Yesterday
   * 3:10 PM", "Mon 10:42 AM" this week). Without it, only full dates are read.
   */
  now?: Date;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Optional weekday ("Mon", "Mon,", "Monday"), then the date, then an optional "at" or comma. */
const WEEKDAY = String.raw`(?:[A-Za-zÀ-ÿ]+\.?,?\s+)?`;
const TIME = String.raw`(?:,|\s+at)?\s+(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*([AaPp]\.?\s?[Mm]\.?)?`;

/** "Nov 16, 2026, 10:42 AM" */
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`);
/** "16 Nov 2026, 10:42" */
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})${TIME}$`);
/** "11/16/2026 10:42 AM", "16/11/2026 10:42", "16.11.2026 10:42", "16-11-2026 10:42" */
const NUMERIC = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`);
/** "10:42 AM", "Today 10:42", "Yesterday 3:10 PM", "Mon 10:42 AM" */
const RECENT = new RegExp(
  String.raw`^(?:(today|yesterday|[A-Za-z]{2,9})\.?,?\s+)?(\d{1,2})[:.](\d{2})\s*([AaPp]\.?\s?[Mm]\.?)?$`,
  'i',
);
/** An ISO 8601 time with its offset, as `<time datetime>` carries it. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** "2026-11-16 10:42", "2026/11/16 10:42" */
const YEAR_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})${TIME}$`);

/** Dates already read, per zone and order: a list is read again on every change the site makes to it. */
const cache = new Map<string, string | null>();
const CACHE_MAX = 5000;

/**
 * A shown date and time as ISO 8601 with the offset of `timeZone` at that moment
 * ("2026-11-16T10:42:00-05:00"). Null when the text is missing, in a form not known, names a
 * day that does not exist, or the zone is unknown. A wall time skipped by a DST change moves
 * forward by the gap, as clocks do; a wall time that happens twice is read as the first.
 */
export function parseShownDate(text: string | null, options: ShownDateOptions): string | null {
  if (!text) return null;
  // Short forms depend on the day: they are cached per day.
  const day = options.now ? isoInZone(options.now.getTime(), options.timeZone)?.slice(0, 10) : '';
  const key = `${options.timeZone}\u0000${options.dayFirst ? 'd' : 'm'}\u0000${day}\u0000${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const parsed = parse(text, options);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, parsed);
  return parsed;
}

interface Parts {
  year: number;
  /** 0-based. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  meridiem: string | undefined;
}

function parse(raw: string, options: ShownDateOptions): string | null {
  const text = raw.replace(/[\s\u00a0\u202f\u2007\u2009\u200e\u200f]+/g, ' ').trim();
  if (ISO.test(text)) {
    const instant = Date.parse(text);
    return Number.isNaN(instant) ? null : isoInZone(instant, options.timeZone);
  }
  const parts = readParts(text, options.dayFirst ?? false) ?? recentParts(text, options);
  if (!parts) return null;
  let { hour } = parts;
  const { year, month, day, minute, meridiem } = parts;
  if (month < 0 || month > 11 || day < 1 || day > 31 || minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  const wall = Date.UTC(year, month, day, hour, minute);
  // 30 February would roll into March: a text naming it is not a date.
  const check = new Date(wall);
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  const instant = wallToInstant(wall, options.timeZone);
  return instant === null ? null : isoInZone(instant, options.timeZone);
}

function readParts(text: string, dayFirst: boolean): Parts | null {
  const time = (m: RegExpExecArray, at: number) => ({
    hour: Number(m[at]),
    minute: Number(m[at + 1]),
    meridiem: m[at + 2],
  });
  let m = MONTH_FIRST.exec(text);
  if (m) return { month: monthIndex(m[1]!), day: Number(m[2]), year: Number(m[3]), ...time(m, 4) };
  m = DAY_FIRST.exec(text);
  if (m) return { day: Number(m[1]), month: monthIndex(m[2]!), year: Number(m[3]), ...time(m, 4) };
  m = YEAR_FIRST.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]), ...time(m, 4) };
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // The locale's order, unless only the other order names a real month.
    const dayComesFirst = a > 12 ? true : b > 12 ? false : dayFirst;
    return {
      day: dayComesFirst ? a : b,
      month: (dayComesFirst ? b : a) - 1,
      year: Number(m[3]),
      ...time(m, 4),
    };
  }
  return null;
}

/**
 * A short form for recent mail, placed on today, yesterday or the latest such weekday (today
 * included) in the page's zone. Null without `now`, or for a word that is no day.
 */
function recentParts(text: string, options: ShownDateOptions): Parts | null {
  const m = RECENT.exec(text);
  if (!m || !options.now) return null;
  const today = isoInZone(options.now.getTime(), options.timeZone);
  if (!today) return null;
  const [year, month, date] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
  const word = m[1]?.toLowerCase();
  let back = 0;
  if (word === 'yesterday') back = 1;
  else if (word && word !== 'today') {
    const weekday = WEEKDAYS.indexOf(word.slice(0, 3));
    if (weekday < 0 || !'sunday monday tuesday wednesday thursday friday saturday'.includes(word))
      return null;
    back = (new Date(Date.UTC(year, month - 1, date)).getUTCDay() - weekday + 7) % 7;
  }
  const day = new Date(Date.UTC(year, month - 1, date - back));
  return {
    year: day.getUTCFullYear(),
    month: day.getUTCMonth(),
    day: day.getUTCDate(),
    hour: Number(m[2]),
    minute: Number(m[3]),
    meridiem: m[4],
  };
}

/** "Nov", "Nov.", "Sept", "November": a month's name or its start, at least three letters. */
function monthIndex(name: string): number {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return -1;
  return MONTHS.findIndex((month) => month.startsWith(word));
}

/** Whether a locale writes the day before the month in all-number dates ("en-GB": yes, "en-US": no). */
export function localeWritesDayFirst(locale: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).formatToParts(
      new Date(Date.UTC(2026, 10, 16)),
    );
    const order = parts.filter((p) => p.type === 'day' || p.type === 'month').map((p) => p.type);
    return order[0] === 'day';
  } catch {
    return false;
  }
}
