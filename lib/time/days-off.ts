import type { Day } from './calendar';

/**
 * The user's own days off (settings `daysOff`): each entry a date ("2026-12-24") or a range
 * of dates, both ends included ("2026-12-24/2027-01-02", ISO 8601's interval notation).
 * Light on purpose: the settings schema, which every page and content script loads, checks
 * entries with it. So it imports nothing (calendar.ts would bring its time-zone library into
 * content scripts that have no use for it) and knows nothing of public holidays
 * (lib/time/holidays.ts does).
 */

/** The most entries the settings keep. */
export const MAX_DAYS_OFF = 200;
/** The longest range, in days (both ends counted). */
export const MAX_RANGE_DAYS = 366;

const ENTRY = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/;
const MS_PER_DAY = 86_400_000;

/** "2026-12-24" → its Day, as calendar.ts's parseDay (which this module cannot import). */
function parseDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** A Day → "2026-12-24", as calendar.ts's formatDay. */
function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function isRealDate(iso: string): boolean {
  const day = parseDay(iso);
  return Number.isFinite(day) && formatDay(day) === iso;
}

/** Why an entry is not a day off we can use, or null when it is fine. */
export function dayOffProblem(entry: string): string | null {
  const match = ENTRY.exec(entry);
  if (!match) return 'expected a date like 2026-12-24, or a range like 2026-12-24/2027-01-02';
  const [, from, to] = match as unknown as [string, string, string | undefined];
  if (!isRealDate(from)) return `${from} is not a date`;
  if (to === undefined) return null;
  if (!isRealDate(to)) return `${to} is not a date`;
  const length = parseDay(to) - parseDay(from) + 1;
  if (length < 1) return 'the range must end on or after its first day';
  if (length > MAX_RANGE_DAYS) return `a range is at most ${MAX_RANGE_DAYS} days`;
  return null;
}

/** An entry's first and last day (the same for a single date), or null if it is not valid. */
export function dayOffSpan(entry: string): [Day, Day] | null {
  if (dayOffProblem(entry) !== null) return null;
  const [from, to] = entry.split('/') as [string, string | undefined];
  const first = parseDay(from);
  return [first, to === undefined ? first : parseDay(to)];
}

/** An entry written from its ends: "2026-12-24", or "2026-12-24/2027-01-02". */
export function dayOffEntry(first: Day, last: Day): string {
  return last > first ? `${formatDay(first)}/${formatDay(last)}` : formatDay(first);
}

// The same settings object plans every opportunity: expand its list once.
const expanded = new WeakMap<readonly string[], ReadonlySet<Day>>();

/** Every day the entries cover (entries that are not valid are left out). */
export function ownDaysOff(entries: readonly string[]): ReadonlySet<Day> {
  let days = expanded.get(entries);
  if (!days) {
    const set = new Set<Day>();
    for (const entry of entries.slice(0, MAX_DAYS_OFF)) {
      const span = dayOffSpan(entry);
      if (span) for (let day = span[0]; day <= span[1]; day++) set.add(day);
    }
    days = set;
    expanded.set(entries, days);
  }
  return days;
}
