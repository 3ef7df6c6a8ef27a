import { describe, expect, it } from 'vitest';
import { DATE_CUE, findDates, UNREAD_CUE, type DateContext } from '../../../../lib/detect/extract/dates';
import { fastDates, type FastContext } from '../../../../lib/detect/extract/fast-dates';

// Sent Wednesday 2026-03-04 at 09:00 wall clock (offset -05:00).
const fctx = (monthFirst = true): FastContext => ({
  wallMs: Date.UTC(2026, 2, 4, 9, 0),
  day: { y: 2026, m: 3, d: 4 },
  monthFirst,
});
const ctx = (monthFirst = true): DateContext => ({
  instant: new Date('2026-03-04T09:00:00-05:00'),
  offset: -300,
  day: { y: 2026, m: 3, d: 4 },
  lang: 'en',
  monthFirst,
});

/** "y-m-d h:min" of the first reading, hour and minute only when certain. */
function first(text: string, monthFirst = true): string | null {
  const r = fastDates(text, fctx(monthFirst), UNREAD_CUE);
  const f = r.found[0];
  if (!r.complete || !f) return null;
  const s = f.start;
  const day = `${s.get('year')}-${s.get('month')}-${s.get('day')}`;
  return s.isCertain('hour') ? `${day} ${s.get('hour')}:${s.get('minute')}` : day;
}

describe('fastDates reads the common shapes whole', () => {
  // Each row is a family of shapes job mail writes; the reading must be what chrono would
  // give (forward from the email), so skipping chrono changes nothing.
  it.each([
    ['Tuesday, March 10 at 2:30 PM', '2026-3-10 14:30'],
    ['Tue Mar 10, 2026 2pm - 3pm', '2026-3-10 14:0'],
    ['Tuesday Mar 10, 2026 ⋅ 2pm – 3pm', '2026-3-10 14:0'],
    ['3/10 at 4:30pm', '2026-3-10 16:30'],
    ['10 March 2026, 14:30', '2026-3-10 14:30'],
    ['Monday the 11th of May at 12 noon', '2026-5-11 12:0'],
    ['Dienstag, 10. März 2026, 10:00 Uhr', '2026-3-10 10:0'],
    ['am 18.06.2026 um 14 Uhr', '2026-6-18 14:0'],
    ['le mardi 10 mars à 14h30', '2026-3-10 14:30'],
    ['mardi 9 juin 2026 à 10 h 30', '2026-6-9 10:30'],
    ['jueves 16 de abril de 2026 a las 10:00', '2026-4-16 10:0'],
    ['2026-05-14 23:59', '2026-5-14 23:59'],
    ['Date: 29-Dec-2026', '2026-12-29'],
    ['tomorrow at 10am', '2026-3-5 10:0'],
    ['thu 3/12 @ 3:30p', '2026-3-12 15:30'],
    ['Monday 9 Nov, 10.30am', '2026-11-9 10:30'],
    ['at 9:00 AM CST on Friday, March 13, 2026', '2026-3-13 9:0'],
  ])('%s → %s', (text, want) => {
    expect(first(text)).toBe(want);
  });

  it.each([
    // A past date without a year is next year's; a weekday alone is the next one.
    ['by February 2', '2027-2-2'],
    ['see you Friday', '2026-3-6'],
    // A clock alone already past today is tomorrow's.
    ['at 8am', '2026-3-5 8:0'],
  ])('forward from the email: %s → %s', (text, want) => {
    expect(first(text)).toBe(want);
  });

  it.each([
    // Day first unless the sender writes the US way, and a number over 12 decides.
    ['3/4/2026', true, '2026-3-4'],
    ['3/4/2026', false, '2026-4-3'],
    ['22/09/2026', true, '2026-9-22'],
  ])('numeric %s (month first: %s) → %s', (text, monthFirst, want) => {
    expect(first(text, monthFirst)).toBe(want);
  });

  it.each([
    // What only chrono reads is left to it: the whole text goes to chrono.
    'next Tuesday at 2pm',
    'within 48 hours',
    'by the end of next week',
    'Wed to Sat, between 10 AM to 6 PM',
    'at 2pm (UTC-05:00)',
    'Wednesday 25 November at 2.00pm (NZDT)',
  ])('leaves to chrono: %s', (text) => {
    expect(fastDates(text, fctx(), UNREAD_CUE).complete).toBe(false);
  });

  it.each([
    // Digits that are no date do not send the text to chrono.
    'Join at https://acme.zoom.us/j/31414344962?pwd=22h23',
    'The revised offer is $30.00 per hour.',
    'Call me on (212) 555-4533.',
  ])('no date at all: %s', (text) => {
    const r = fastDates(text, fctx(), DATE_CUE);
    expect(r).toEqual({ found: [], complete: true });
  });
});

describe('findDates', () => {
  it('gives the same reading by our reader as chrono gives for a calendar line', () => {
    const [f] = findDates('Tuesday, March 10 at 2:30 PM', ctx());
    expect([
      f?.start.get('month'),
      f?.start.get('day'),
      f?.start.get('hour'),
      f?.start.get('minute'),
    ]).toEqual([3, 10, 14, 30]);
    expect(f?.start.isCertain('weekday')).toBe(true);
  });

  it('still reads week phrases with our week parser', () => {
    const found = findDates('We will decide by the end of next week.', ctx());
    expect(found.some((f) => f.week)).toBe(true);
  });
});
