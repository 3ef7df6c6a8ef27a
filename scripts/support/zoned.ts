/**
 * Calendar arithmetic in an IANA time zone, for tests and tools only (independent of the
 * engine's own calendar code, so the properties do not share its bugs). Built on Intl.
 */

export interface LocalParts {
  /** The local calendar date, "2026-03-02". */
  date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The local wall-clock time to the minute, "09:00". */
  time: string;
  /** The local wall-clock time to the second, "09:00:00". */
  clock: string;
  /** Minutes east of UTC at that instant (New York in winter: -300). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Where and when an instant falls on the calendar and clock of `timeZone`. */
export function localParts(instant: Date | number | string, timeZone: string): LocalParts {
  const ms = typeof instant === 'number' ? instant : new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new Error(`not an instant: ${String(instant)}`);
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const { year, month, day, hour, minute, second, weekday } = parts as Record<string, string>;
  const wallMs = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  const instantSeconds = Math.floor(ms / 1000) * 1000;
  return {
    date: `${year}-${month}-${day}`,
    weekday: weekdays[weekday!]!,
    time: `${hour}:${minute}`,
    clock: `${hour}:${minute}:${second}`,
    offsetMinutes: Math.round((wallMs - instantSeconds) / 60_000),
  };
}

/** "+05:30", "-04:00", "+00:00" (never "Z"). */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The instant as `yyyy-MM-ddTHH:mm:ss±hh:mm` in `timeZone`, the engine's output format. */
export function formatInZone(instant: Date | number, timeZone: string): string {
  const local = localParts(instant, timeZone);
  return `${local.date}T${local.clock}${formatOffset(local.offsetMinutes)}`;
}

/** The instant as `yyyy-MM-ddTHH:mm:ssZ`. */
export function formatUtc(instant: Date | number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Calendar date + n days ("2026-02-27", 3 → "2026-03-02"). */
export function addDays(date: string, days: number): string {
  return new Date(dateToUtcMs(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / 86_400_000);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  const day = new Date(dateToUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

function dateToUtcMs(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
