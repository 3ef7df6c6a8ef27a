import Holidays from 'date-holidays';
import { type Day, type DaysOff, NO_DAYS_OFF, parseDay } from './calendar';
import { ownDaysOff } from './days-off';
import { isHolidayCountry } from './holiday-countries';

/**
 * Public holidays of a country, as `Day`s (lib/time/calendar.ts), from the `date-holidays`
 * library and its offline data. Pure: the same country and year always give the same days;
 * each country's year is worked out once and kept (the library takes 5–80 ms for a year,
 * and the scheduler asks about days thousands of times per run).
 *
 * Only holidays of type "public" count, by their date in the country (no states or
 * regions). A holiday of several days (Eid al-Fitr in some countries) counts every day it
 * covers; one that begins at noon or later (Christmas Eve afternoon in Iceland, half days
 * in China for some groups only) leaves the morning to work and does not count.
 *
 * Only the background imports this module (the library, its data and its time-zone data add
 * about 1.4 MB to its bundle): the settings schema checks codes with
 * lib/time/holiday-countries.ts instead.
 */

const MS_PER_DAY = 86_400_000;

const calendars = new Map<string, Holidays>();
/** Country → year → its public holidays. */
const years = new Map<string, Map<number, ReadonlySet<Day>>>();
/** "US|2026" → the days the library lists for that year (some run on into the next). */
const listed = new Map<string, Day[]>();
let cachedYears = 0;
/** Enough for every country over a few decades; past it the cache starts again. */
const MAX_CACHED_YEARS = 5_000;

function calendarOf(country: string): Holidays {
  let calendar = calendars.get(country);
  if (!calendar) {
    calendar = new Holidays(country, { types: ['public'] });
    calendars.set(country, calendar);
  }
  return calendar;
}

/** The days the holidays listed for a year cover, counting spans of several days. */
function daysOf(country: string, year: number): Day[] {
  const key = `${country}|${year}`;
  const known = listed.get(key);
  if (known) return known;
  const days: Day[] = [];
  for (const holiday of calendarOf(country).getHolidays(year)) {
    // "2026-11-26 00:00:00", or "2026-03-20 00:00:00 -0600" for a day that begins at sunset.
    if (holiday.type !== 'public' || holiday.date.slice(11, 19) !== '00:00:00') continue;
    const first = parseDay(holiday.date.slice(0, 10));
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY));
    for (let i = 0; i < length; i++) days.push(first + i);
  }
  listed.set(key, days);
  return days;
}

/**
 * The public holidays of `country` (a code of lib/time/holiday-countries.ts) in `year`, as
 * days of that year. An unknown code has none.
 */
export function publicHolidays(country: string, year: number): ReadonlySet<Day> {
  const cached = years.get(country)?.get(year);
  if (cached) return cached;

  let days: ReadonlySet<Day> = new Set();
  if (isHolidayCountry(country) && Number.isInteger(year)) {
    const first = newYear(year);
    const last = newYear(year + 1) - 1;
    // A holiday of several days that starts in late December runs on into January.
    const all = [...daysOf(country, year - 1), ...daysOf(country, year)];
    days = new Set(all.filter((day) => day >= first && day <= last));
  }
  if (cachedYears >= MAX_CACHED_YEARS) {
    years.clear();
    listed.clear();
    cachedYears = 0;
  }
  let byYear = years.get(country);
  if (!byYear) {
    byYear = new Map();
    years.set(country, byYear);
  }
  byYear.set(year, days);
  cachedYears++;
  return days;
}

/** The public holidays of `country` from `fromYear` to `toYear`, both included. */
export function publicHolidaysBetween(country: string, fromYear: number, toYear: number): ReadonlySet<Day> {
  const days = new Set<Day>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const day of publicHolidays(country, year)) days.add(day);
  }
  return days;
}

/** The calendar year a day falls in (proleptic Gregorian, like Date). */
export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** January 1 of a year, as a Day (Date.UTC would read years 0–99 as 1900–1999). */
function newYear(year: number): Day {
  return new Date(0).setUTCFullYear(year, 0, 1) / MS_PER_DAY;
}

/**
 * A lookup of a country's public holidays over any year, each year fetched (and cached) the
 * first time a day in it is asked about. null or an unknown code: no holidays.
 */
export function holidayLookup(country: string | null): DaysOff {
  if (country === null || !isHolidayCountry(country)) return NO_DAYS_OFF;
  // The last year asked about, so a plan's many questions about one year skip the maps.
  let lastFirst = 0;
  let lastEnd = 0;
  let lastDays: ReadonlySet<Day> = new Set();
  return {
    has(day: Day): boolean {
      if (day < lastFirst || day >= lastEnd) {
        const year = yearOf(day);
        lastFirst = newYear(year);
        lastEnd = newYear(year + 1);
        lastDays = publicHolidays(country, year);
      }
      return lastDays.has(day);
    },
  };
}

/** Every day off the settings name: the chosen country's public holidays and the user's own days. */
export function daysOffFor(settings: { holidayCountry: string | null; daysOff: readonly string[] }): DaysOff {
  return unionDaysOff(holidayLookup(settings.holidayCountry), ownDaysOff(settings.daysOff));
}

/** A day off in any of the lookups (holidays, the user's own days). */
export function unionDaysOff(...lookups: DaysOff[]): DaysOff {
  const used = lookups.filter(
    (lookup) => lookup !== NO_DAYS_OFF && !(lookup instanceof Set && lookup.size === 0),
  );
  if (used.length === 0) return NO_DAYS_OFF;
  if (used.length === 1) return used[0]!;
  return { has: (day) => used.some((lookup) => lookup.has(day)) };
}
