/**
 * Wall-clock times and UTC offsets: what an ISO date's offset is, what clock an instant
 * shows at an offset, and what offset an IANA zone has at a given clock (DST-aware).
 */
import { wallToInstant, zoneOffset } from '../../time/calendar';
import { pad, ymd, type Day } from './calendar-days';

/** "+05:30", "-04:00", "+00:00". */
function offsetString(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** The offset written in an ISO date ("…-05:00" → -300, "…Z" → 0). */
export function offsetOfIso(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

export interface WallClock extends Day {
  h: number;
  min: number;
}

export function formatWallClock(w: WallClock, offset: number): string {
  return `${ymd(w)}T${pad(w.h)}:${pad(w.min)}:00${offsetString(offset)}`;
}

/** The wall clock an instant shows at a fixed offset. */
export function wallClockAt(instantMs: number, offset: number): WallClock {
  const t = new Date(instantMs + offset * 60_000);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    min: t.getUTCMinutes(),
  };
}

/** The offset an IANA zone has at a given wall-clock time (DST-aware), or null for no such zone. */
export function zoneOffsetAt(zone: string, w: WallClock): number | null {
  const instant = wallToInstant(Date.UTC(w.y, w.m - 1, w.d, w.h, w.min), zone);
  return instant === null ? null : zoneOffset(zone, instant);
}
