import { tzOffset } from '@date-fns/tz';

/**
 * The one home of zone arithmetic (the scheduler, the extractor and the sites all use it):
 * calendar arithmetic in the user's time zone, and wall-clock ↔ instant in any IANA zone. A `Day` is a calendar date counted as whole
 * days since 1970-01-01: adding days is plain integer arithmetic, and a wall-clock time is
 * attached only at the end (`at`), so DST changes never shift a 09:00 task.
 */
export type Day = number;
export type Instant = number;

const MS_PER_DAY = 86_400_000;
export const HOUR = 3_600_000;

/**
 * A zone's UTC offset in minutes at an instant. Offsets change only at transitions, which
 * fall on quarter hours, so one lookup per zone and quarter hour is enough; the lookup
 * itself (Intl under the hood) is most of the scheduler's time, hence the cache.
 */
const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;

function offsetMinutes(timeZone: string, instant: Instant): number {
  const key = `${timeZone}|${Math.floor(instant / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = tzOffset(timeZone, new Date(instant));
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall clock of an instant in a zone, as a Date whose UTC fields read that clock. */
function wallClock(instant: Instant, timeZone: string): Date {
  return new Date(instant + offsetMinutes(timeZone, instant) * 60_000);
}

/** The calendar date of an instant in a time zone. */
export function dayOf(instant: Instant, timeZone: string): Day {
  return Math.floor(wallClock(instant, timeZone).getTime() / MS_PER_DAY);
}

/** "2026-03-06" → its Day. */
export function parseDay(isoDate: string): Day {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The instant at a wall-clock time ("09:00") on a day, in a time zone. A time the clocks
 * skip (02:30 on a spring-forward night) comes out as the same time after the change
 * (03:30); a time that happens twice comes out as the first.
 */
export function at(day: Day, clock: string, timeZone: string): Instant {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return wallToInstant(day * MS_PER_DAY + (hours * 60 + minutes) * 60_000, timeZone) ?? NaN;
}

/**
 * The instant a wall-clock time (given as if it were UTC) has in `timeZone`, or null for a
 * zone that does not exist. A skipped time comes out as the same time after the change; a
 * time that happens twice comes out as the first.
 */
export function wallToInstant(wall: number, timeZone: string): Instant | null {
  // No zone changes its clocks twice within a day: the offsets half a day either side are
  // the only ones this wall time can have.
  const before = offsetMinutes(timeZone, wall - 12 * HOUR);
  const after = offsetMinutes(timeZone, wall + 12 * HOUR);
  if (!Number.isFinite(before) || !Number.isFinite(after)) return null;
  const valid = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((instant, i) => offsetMinutes(timeZone, instant) === [before, after][i]);
  // Two valid instants: the hour happens twice, take the first. None: it was skipped.
  return valid.length > 0 ? Math.min(...valid) : wall - before * 60_000;
}

/** A zone's UTC offset in minutes at an instant (NaN for a zone that does not exist). */
export function zoneOffset(timeZone: string, instant: Instant): number {
  return offsetMinutes(timeZone, instant);
}

/** An instant as ISO 8601 with the zone's offset then: "2026-03-09T14:00:00-04:00". */
export function isoInZone(instant: Instant, timeZone: string): string {
  const offset = offsetMinutes(timeZone, instant);
  const local = new Date(instant + offset * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Minutes since local midnight, e.g. "14:30" → 870. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** The wall-clock minutes of an instant in a time zone. */
export function minutesOf(instant: Instant, timeZone: string): number {
  const local = wallClock(instant, timeZone);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

/**
 * Days that are not business days although they fall on a weekday: public holidays and the
 * user's own days off (lib/time/days-off.ts, lib/time/holidays.ts). A `Set<Day>` is one.
 */
export interface DaysOff {
  has(day: Day): boolean;
}

/** No day off beyond the weekend. */
export const NO_DAYS_OFF: DaysOff = { has: () => false };

/**
 * The longest run of days off the business-day walks below cross (ten years): settings keep
 * days off far shorter, so this only stops a lookup that says every day is off.
 */
const MAX_WALK = 3660;

/** Monday to Friday, and not a day off. */
export function isBusinessDay(day: Day, daysOff: DaysOff = NO_DAYS_OFF): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !daysOff.has(day);
}

/** The day itself if it is a business day, else the next one (a Saturday: the Monday). */
export function onBusinessDay(day: Day, daysOff: DaysOff = NO_DAYS_OFF): Day {
  let result = day;
  while (!isBusinessDay(result, daysOff) && result - day < MAX_WALK) result++;
  return result;
}

/** The last business day before `day` (a Monday: the Friday before, days off skipped). */
export function previousBusinessDay(day: Day, daysOff: DaysOff = NO_DAYS_OFF): Day {
  let result = day - 1;
  while (!isBusinessDay(result, daysOff) && day - result < MAX_WALK) result--;
  return result;
}

/** `count` business days after `day` (1 = the next business day), days off skipped. */
export function addBusinessDays(day: Day, count: number, daysOff: DaysOff = NO_DAYS_OFF): Day {
  let result = day;
  for (let added = 0; added < count && result - day < MAX_WALK * count;) {
    result++;
    if (isBusinessDay(result, daysOff)) added++;
  }
  return result;
}

/** An instant as ISO-8601 with the zone's offset at that moment ("…T09:00:00-05:00"). */
export function formatInstant(instant: Instant, timeZone: string): string {
  const offset = offsetMinutes(timeZone, instant);
  const local = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A compact, zone-free key for ids: 2026-03-04T15:00:00Z → "20260304T150000Z". */
export function instantKey(instant: Instant): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
