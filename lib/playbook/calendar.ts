import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * Calendar arithmetic in the user's time zone. A `Day` is a calendar date counted as whole
 * days since 1970-01-01: adding days is plain integer arithmetic, and a wall-clock time is
 * attached only at the end (`at`), so DST changes never shift a 09:00 task.
 */
export type Day = number;
export type Instant = number;

const MS_PER_DAY = 86_400_000;
export const HOUR = 3_600_000;

/** The calendar date of an instant in a time zone. */
export function dayOf(instant: Instant, timeZone: string): Day {
  const local = new TZDate(instant, timeZone);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / MS_PER_DAY;
}

/** "2026-03-06" → its Day. */
export function parseDay(isoDate: string): Day {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The instant at a wall-clock time ("09:00") on a day, in a time zone. */
export function at(day: Day, clock: string, timeZone: string): Instant {
  const date = new Date(day * MS_PER_DAY);
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return new TZDate(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    hours,
    minutes,
    timeZone,
  ).getTime();
}

/** Minutes since local midnight, e.g. "14:30" → 870. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** The wall-clock minutes of an instant in a time zone. */
export function minutesOf(instant: Instant, timeZone: string): number {
  const local = new TZDate(instant, timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function isBusinessDay(day: Day): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6;
}

/** The day itself if it is a business day, else the next Monday. */
export function onBusinessDay(day: Day): Day {
  let result = day;
  while (!isBusinessDay(result)) result++;
  return result;
}

/** `count` business days after `day` (1 = the next business day). */
export function addBusinessDays(day: Day, count: number): Day {
  let result = day;
  for (let added = 0; added < count;) {
    result++;
    if (isBusinessDay(result)) added++;
  }
  return result;
}

/** An instant as ISO-8601 with the zone's offset at that moment ("…T09:00:00-05:00"). */
export function formatInstant(instant: Instant, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** A compact, zone-free key for ids: 2026-03-04T15:00:00Z → "20260304T150000Z". */
export function instantKey(instant: Instant): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
