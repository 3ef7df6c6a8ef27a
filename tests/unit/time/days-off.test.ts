import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  formatDay,
  isBusinessDay,
  NO_DAYS_OFF,
  onBusinessDay,
  parseDay,
  previousBusinessDay,
} from '@/lib/time/calendar';
import { dayOffEntry, dayOffProblem, dayOffSpan, ownDaysOff } from '@/lib/time/days-off';
import { unionDaysOff } from '@/lib/time/holidays';

/** US Thanksgiving 2026 and Christmas, and the user's own Friday after Thanksgiving. */
const off = new Set(['2026-11-26', '2026-11-27', '2026-12-25'].map(parseDay));
const day = (iso: string) => parseDay(iso);

describe('business days with days off', () => {
  it.each([
    ['an ordinary Wednesday', '2026-11-25', true],
    ['Thanksgiving (a Thursday)', '2026-11-26', false],
    ['a Saturday', '2026-11-28', false],
    ['the Monday after', '2026-11-30', true],
  ])('isBusinessDay: %s', (_name, iso, expected) => {
    expect(isBusinessDay(day(iso), off)).toBe(expected);
  });

  it('without days off, only weekends are off (as before)', () => {
    expect(isBusinessDay(day('2026-11-26'))).toBe(true);
    expect(isBusinessDay(day('2026-11-26'), NO_DAYS_OFF)).toBe(true);
    expect(formatDay(onBusinessDay(day('2026-11-28')))).toBe('2026-11-30');
    expect(formatDay(addBusinessDays(day('2026-11-25'), 1))).toBe('2026-11-26');
  });

  it.each([
    ['a business day stays', '2026-11-25', '2026-11-25'],
    ['Thanksgiving → Monday (Friday is off too, then the weekend)', '2026-11-26', '2026-11-30'],
    ['Christmas (a Friday) → Monday', '2026-12-25', '2026-12-28'],
  ])('onBusinessDay: %s', (_name, iso, expected) => {
    expect(formatDay(onBusinessDay(day(iso), off))).toBe(expected);
  });

  it.each([
    ['Wednesday + 1 skips Thanksgiving, its Friday and the weekend', '2026-11-25', 1, '2026-11-30'],
    ['Tuesday + 3', '2026-11-24', 3, '2026-12-01'],
    ['Thursday before Christmas + 1', '2026-12-24', 1, '2026-12-28'],
    ['+ 0 stays', '2026-11-26', 0, '2026-11-26'],
  ])('addBusinessDays: %s', (_name, iso, count, expected) => {
    expect(formatDay(addBusinessDays(day(iso), count, off))).toBe(expected);
  });

  it.each([
    ['Monday → Friday', '2026-11-23', '2026-11-20'],
    ['Monday after Thanksgiving → Wednesday before it', '2026-11-30', '2026-11-25'],
    ['Sunday → Friday', '2026-12-27', '2026-12-24'],
    ['a business day → the one before', '2026-12-24', '2026-12-23'],
  ])('previousBusinessDay: %s', (_name, iso, expected) => {
    expect(formatDay(previousBusinessDay(day(iso), off))).toBe(expected);
  });

  it('stops rather than loops when every day is off', () => {
    const always = { has: () => true };
    expect(onBusinessDay(day('2026-01-01'), always)).toBeGreaterThan(day('2026-01-01'));
    expect(previousBusinessDay(day('2026-01-01'), always)).toBeLessThan(day('2026-01-01'));
    expect(addBusinessDays(day('2026-01-01'), 2, always)).toBeGreaterThan(day('2026-01-01'));
  });
});

describe('the user’s own days off (lib/time/days-off.ts)', () => {
  it('reads dates and ranges, both ends included', () => {
    expect(dayOffSpan('2026-12-24')).toEqual([day('2026-12-24'), day('2026-12-24')]);
    expect(dayOffSpan('2026-12-28/2027-01-01')).toEqual([day('2026-12-28'), day('2027-01-01')]);
    expect(dayOffSpan('2026-12-31/2026-12-24')).toBeNull();
    expect(dayOffEntry(day('2026-12-28'), day('2027-01-01'))).toBe('2026-12-28/2027-01-01');
    expect(dayOffEntry(day('2026-12-24'), day('2026-12-24'))).toBe('2026-12-24');
  });

  it('says what is wrong with an entry', () => {
    expect(dayOffProblem('2026-12-24')).toBeNull();
    expect(dayOffProblem('2028-02-29')).toBeNull();
    expect(dayOffProblem('2026-02-29')).toBe('2026-02-29 is not a date');
    expect(dayOffProblem('2026-12-24/2026-13-01')).toBe('2026-13-01 is not a date');
    expect(dayOffProblem('Christmas')).toMatch(/^expected a date like 2026-12-24/);
    expect(dayOffProblem('2026-01-01/2026-12-31')).toBeNull(); // 365 days
    expect(dayOffProblem('2026-01-01/2027-01-02')).toBe('a range is at most 366 days');
  });

  it('expands the list once per list, leaving out entries that are not valid', () => {
    const list = ['2026-12-24', '2026-12-28/2026-12-30', 'nonsense'];
    const days = ownDaysOff(list);
    expect([...days].map(formatDay)).toEqual(['2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30']);
    expect(ownDaysOff(list)).toBe(days);
  });

  it('joins lookups', () => {
    const a = new Set([day('2026-12-24')]);
    const b = new Set([day('2026-12-31')]);
    const both = unionDaysOff(a, b, NO_DAYS_OFF);
    expect(both.has(day('2026-12-24')) && both.has(day('2026-12-31'))).toBe(true);
    expect(both.has(day('2026-12-25'))).toBe(false);
    expect(unionDaysOff(NO_DAYS_OFF, new Set())).toBe(NO_DAYS_OFF);
    expect(unionDaysOff(a, new Set())).toBe(a);
  });
});
