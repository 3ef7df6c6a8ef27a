import { describe, expect, it } from 'vitest';
import { localeWritesDayFirst, parseShownDate } from '@/lib/sites/webmail/dates';

describe("parseShownDate: Gmail's titles, with month names", () => {
  it.each<[string | null, string, string | null]>([
    ['Mon, Nov 16, 2026, 10:42 AM', 'America/New_York', '2026-11-16T10:42:00-05:00'],
    ['Mon, Nov 16, 2026, 12:05 AM', 'America/New_York', '2026-11-16T00:05:00-05:00'],
    ['Mon, Nov 16, 2026, 12:05 PM', 'America/New_York', '2026-11-16T12:05:00-05:00'],
    // Newer Chrome writes a narrow no-break space before AM/PM.
    ['Mon, Nov 16, 2026, 10:42\u202fAM', 'America/New_York', '2026-11-16T10:42:00-05:00'],
    // Older builds: "at" before the time.
    ['Mon, Nov 16, 2026 at 10:42 PM', 'America/New_York', '2026-11-16T22:42:00-05:00'],
    // UK order, 24-hour clock; a zero offset is written +00:00.
    ['Mon, 16 Nov 2026, 10:42', 'Europe/London', '2026-11-16T10:42:00+00:00'],
    ['Mon, 6 Jul 2026, 18:05', 'Europe/London', '2026-07-06T18:05:00+01:00'],
    ['Sept 3, 2026, 9:00 AM', 'America/Chicago', '2026-09-03T09:00:00-05:00'],
    // The hour DST skips moves forward by the gap; the hour it repeats reads as the first.
    ['Sun, Mar 8, 2026, 2:30 AM', 'America/New_York', '2026-03-08T03:30:00-04:00'],
    ['Sun, Nov 1, 2026, 1:30 AM', 'America/New_York', '2026-11-01T01:30:00-04:00'],
    ['Sun, 29 Mar 2026, 02:30', 'Europe/Berlin', '2026-03-29T03:30:00+02:00'],
    ['Sun, 25 Oct 2026, 02:30', 'Europe/Berlin', '2026-10-25T02:30:00+02:00'],
    ['Sun, Apr 5, 2026, 2:30 AM', 'Australia/Sydney', '2026-04-05T02:30:00+11:00'],
    ['Mon, Nov 16, 2026, 10:42 AM', 'Asia/Kathmandu', '2026-11-16T10:42:00+05:45'],
    ['Mon, Feb 30, 2026, 10:42 AM', 'America/New_York', null],
    ['Mon, Nov 16, 2026, 13:42 PM', 'America/New_York', null],
    ['Mon, Foo 16, 2026, 10:42 AM', 'America/New_York', null],
    ['yesterday', 'America/New_York', null],
    ['', 'America/New_York', null],
    [null, 'America/New_York', null],
    ['Mon, Nov 16, 2026, 10:42 AM', 'Not/A_Zone', null],
  ])('%j in %s → %s', (title, zone, expected) => {
    expect(parseShownDate(title, { timeZone: zone })).toBe(expected);
  });
});

describe("parseShownDate: Outlook's numbers, in the locale's order", () => {
  it.each<[string, boolean, string, string | null]>([
    ['Mon 11/16/2026 10:42 AM', false, 'America/New_York', '2026-11-16T10:42:00-05:00'],
    ['Thu 10/29/2026 9:14 AM', false, 'America/New_York', '2026-10-29T09:14:00-04:00'],
    ['Mon, 11/16/2026 10:42 AM', false, 'America/New_York', '2026-11-16T10:42:00-05:00'],
    ['Mon 16/11/2026 10:42', true, 'Europe/London', '2026-11-16T10:42:00+00:00'],
    // A day above 12 is a day whatever the locale says.
    ['Mon 16/11/2026 10:42', false, 'Europe/London', '2026-11-16T10:42:00+00:00'],
    ['Mon 11/16/2026 10:42 AM', true, 'America/New_York', '2026-11-16T10:42:00-05:00'],
    // Ambiguous: the locale decides.
    ['Tue 3/11/2026 09:00', true, 'Europe/London', '2026-11-03T09:00:00+00:00'],
    ['Wed 3/11/2026 9:00 AM', false, 'America/New_York', '2026-03-11T09:00:00-04:00'],
    ['Mo 16.11.2026 10:42', true, 'Europe/Berlin', '2026-11-16T10:42:00+01:00'],
    ['Mon 2026-11-16 10:42', false, 'Europe/Stockholm', '2026-11-16T10:42:00+01:00'],
    ['Mon 11/16/2026 10:42\u202fAM', false, 'America/New_York', '2026-11-16T10:42:00-05:00'],
    ['Mon 13/13/2026 10:42', true, 'Europe/London', null],
    ['Mon 11/31/2026 10:42 AM', false, 'America/New_York', null],
    ['10:42 AM', false, 'America/New_York', null],
    ['Mon 11/16', false, 'America/New_York', null],
  ])('%j (day first: %s) in %s → %s', (text, dayFirst, zone, expected) => {
    expect(parseShownDate(text, { timeZone: zone, dayFirst })).toBe(expected);
  });
});

describe('parseShownDate: short forms for recent mail, placed by now, and ISO times', () => {
  // Now: Monday, November 16, 2026, 11:52 AM in New York.
  const now = new Date('2026-11-16T16:52:00Z');
  it.each<[string, string | null]>([
    ['10:42 AM', '2026-11-16T10:42:00-05:00'],
    ['Today 9:05 AM', '2026-11-16T09:05:00-05:00'],
    ['Yesterday 3:10 PM', '2026-11-15T15:10:00-05:00'],
    ['Mon 8:00 AM', '2026-11-16T08:00:00-05:00'],
    ['Sun 8:14 PM', '2026-11-15T20:14:00-05:00'],
    ['Tue 14:05', '2026-11-10T14:05:00-05:00'],
    ['Friday 9:00 AM', '2026-11-13T09:00:00-05:00'],
    // Before the DST change on November 1: the offset of that day.
    ['Sat 9:00 AM', '2026-11-14T09:00:00-05:00'],
    ['Someday 9:00 AM', null],
    ['at 9:00 AM', null],
    ['2026-11-16T15:42:00Z', '2026-11-16T10:42:00-05:00'],
    ['2026-10-30T20:05:00+00:00', '2026-10-30T16:05:00-04:00'],
  ])('%j → %s', (text, expected) => {
    expect(parseShownDate(text, { timeZone: 'America/New_York', now })).toBe(expected);
  });

  it('reads no short form without now', () => {
    expect(parseShownDate('10:42 AM', { timeZone: 'America/New_York' })).toBeNull();
  });
});

describe('localeWritesDayFirst', () => {
  it.each([
    ['en-US', false],
    ['en-GB', true],
    ['de-DE', true],
    ['ja-JP', false],
    ['not a locale', false],
  ])('%s → %s', (locale, expected) => {
    expect(localeWritesDayFirst(locale)).toBe(expected);
  });
});
