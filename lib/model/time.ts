import { z } from 'zod';

/** An instant with an explicit offset ("2026-03-02T09:00:00-05:00" or "…Z"). */
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'expected an ISO date-time with offset' });

/** A calendar date in the user's time zone ("2026-03-06"). */
export const IsoDate = z.iso.date({ error: 'expected a date like 2026-03-06' });

/** A wall-clock time ("09:00"). */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time like 09:00' });

/** A span of the day, start before end, e.g. working hours or a best time to call. */
export const DayWindow = z
  .tuple([ClockTime, ClockTime])
  .refine(([start, end]) => start < end, { error: 'the start must come before the end' });
export type DayWindow = z.infer<typeof DayWindow>;

/** An IANA time zone name the runtime knows ("America/New_York"). */
export const TimeZone = z
  .string()
  .refine(isKnownTimeZone, { error: 'expected an IANA time zone like Europe/Berlin' });

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
