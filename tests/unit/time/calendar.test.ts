import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  at,
  dayOf,
  formatDay,
  formatInstant,
  instantKey,
  onBusinessDay,
  parseDay,
} from '@/lib/time/calendar';

describe('calendar', () => {
  it.each([
    ['2026-03-06 (Fri) stays', '2026-03-06', '2026-03-06'],
    ['Saturday moves to Monday', '2026-03-07', '2026-03-09'],
    ['Sunday moves to Monday', '2026-03-08', '2026-03-09'],
    ['a leap day stays', '2028-02-29', '2028-02-29'],
  ])('onBusinessDay: %s', (_name, day, expected) => {
    expect(formatDay(onBusinessDay(parseDay(day)))).toBe(expected);
  });

  it.each([
    ['Friday + 1 → Monday', '2026-03-06', 1, '2026-03-09'],
    ['Wednesday + 3 → Monday', '2026-03-04', 3, '2026-03-09'],
    ['Saturday + 1 → Monday', '2026-03-07', 1, '2026-03-09'],
    ['Monday + 5 → Monday', '2026-03-02', 5, '2026-03-09'],
  ])('addBusinessDays: %s', (_name, day, count, expected) => {
    expect(formatDay(addBusinessDays(parseDay(day), count))).toBe(expected);
  });

  it.each([
    // Wall-clock times keep their hour across DST, and carry the offset of that moment.
    ['New York before the spring change', '2026-03-06', 'America/New_York', '2026-03-06T09:00:00-05:00'],
    ['New York after the spring change', '2026-03-09', 'America/New_York', '2026-03-09T09:00:00-04:00'],
    ['Los Angeles after the autumn change', '2026-11-02', 'America/Los_Angeles', '2026-11-02T09:00:00-08:00'],
    ['Berlin summer time', '2026-03-30', 'Europe/Berlin', '2026-03-30T09:00:00+02:00'],
    ['Berlin winter time', '2026-10-26', 'Europe/Berlin', '2026-10-26T09:00:00+01:00'],
    ['Kolkata, half-hour offset', '2026-03-09', 'Asia/Kolkata', '2026-03-09T09:00:00+05:30'],
    ['UTC writes +00:00, not Z', '2026-03-09', 'UTC', '2026-03-09T09:00:00+00:00'],
  ])('at + formatInstant: %s', (_name, day, zone, expected) => {
    expect(formatInstant(at(parseDay(day), '09:00', zone), zone)).toBe(expected);
  });

  it.each([
    [
      'New York, the hour that happens twice: the first',
      'America/New_York',
      '2026-11-01',
      '01:30',
      '2026-11-01T01:30:00-04:00',
    ],
    [
      'Berlin, the hour that happens twice: the first',
      'Europe/Berlin',
      '2026-10-25',
      '02:30',
      '2026-10-25T02:30:00+02:00',
    ],
    [
      'Berlin, the skipped hour: moved forward',
      'Europe/Berlin',
      '2026-03-29',
      '02:30',
      '2026-03-29T03:30:00+02:00',
    ],
    [
      'Lord Howe, a half-hour change',
      'Australia/Lord_Howe',
      '2026-04-05',
      '12:00',
      '2026-04-05T12:00:00+10:30',
    ],
  ])('at, around clock changes: %s', (_name, zone, day, clock, expected) => {
    expect(formatInstant(at(parseDay(day), clock, zone), zone)).toBe(expected);
  });

  it('moves a time that does not exist (the spring gap) forward', () => {
    const zone = 'America/New_York';
    expect(formatInstant(at(parseDay('2026-03-08'), '02:30', zone), zone)).toBe('2026-03-08T03:30:00-04:00');
  });

  it.each([
    [
      'late evening in New York is still that day there',
      '2026-03-03T02:00:00Z',
      'America/New_York',
      '2026-03-02',
    ],
    ['the same instant is the next day in Kolkata', '2026-03-02T20:00:00Z', 'Asia/Kolkata', '2026-03-03'],
  ])('dayOf: %s', (_name, instant, zone, expected) => {
    expect(formatDay(dayOf(Date.parse(instant), zone))).toBe(expected);
  });

  it('keys an instant without its zone', () => {
    expect(instantKey(Date.parse('2026-03-04T10:00:00-05:00'))).toBe('20260304T150000Z');
  });
});
