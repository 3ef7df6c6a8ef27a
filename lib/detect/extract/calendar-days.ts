/**
 * Calendar days as year/month/day values, the shape the date parsers work in. The day
 * arithmetic itself is the shared one's (lib/time/calendar.ts: days counted through UTC,
 * so the machine running the code never shifts a date); this file only converts. Weeks run
 * Monday to Sunday.
 */
import * as calendar from '../../time/calendar';

export interface Day {
  y: number;
  m: number; // 1–12
  d: number;
}

const MS_PER_DAY = 86_400_000;

function toNumber(day: Day): calendar.Day {
  return Date.UTC(day.y, day.m - 1, day.d) / MS_PER_DAY;
}
function fromNumber(day: calendar.Day): Day {
  return dayFromUtc(day * MS_PER_DAY);
}

export function dayFromUtc(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
export function addDays(day: Day, n: number): Day {
  return fromNumber(toNumber(day) + n);
}
export function compareDays(a: Day, b: Day): number {
  return toNumber(a) - toNumber(b);
}
export function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}
export function ymd(day: Day): string {
  return calendar.formatDay(toNumber(day));
}
/** The Monday of the week holding `day` (weeks run Monday to Sunday). */
export function mondayOf(day: Day): Day {
  const n = toNumber(day);
  return fromNumber(n - ((calendar.weekday(n) + 6) % 7));
}
export function addBusinessDays(day: Day, n: number): Day {
  return fromNumber(calendar.addBusinessDays(toNumber(day), n));
}
