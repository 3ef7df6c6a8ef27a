import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { Settings } from '@/lib/model';
import { type Day, formatDay, isBusinessDay, parseDay } from '@/lib/time/calendar';
import { holidayCountryCodes, isHolidayCountry } from '@/lib/time/holiday-countries';
import {
  daysOffFor,
  holidayLookup,
  publicHolidays,
  publicHolidaysBetween,
  yearOf,
} from '@/lib/time/holidays';

const dates = (days: ReadonlySet<Day>) => [...days].sort((a, b) => a - b).map(formatDay);

describe('public holidays (date-holidays)', () => {
  it('lists the public holidays of the United States in 2026, substitute days included', () => {
    expect(dates(publicHolidays('US', 2026))).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03', // Independence Day falls on a Saturday: observed on Friday
      '2026-07-04',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26', // Thanksgiving
      '2026-12-25',
    ]);
  });

  it('knows movable feasts: Easter in Germany', () => {
    const de = publicHolidays('DE', 2026);
    for (const day of ['2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25', '2026-10-03', '2026-12-26']) {
      expect(de.has(parseDay(day)), day).toBe(true);
    }
    // Regional holidays (Epiphany in Bavaria) and observances are left out: no states.
    expect(de.has(parseDay('2026-01-06'))).toBe(false);
    expect(de.size).toBe(9);
  });

  it('counts a substitute day: Boxing Day 2026 is a Saturday, so Monday 28 December is off in the UK', () => {
    const gb = publicHolidays('GB', 2026);
    expect(['2026-12-25', '2026-12-26', '2026-12-28'].map((d) => gb.has(parseDay(d)))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('counts every day of a holiday of several days', () => {
    // Eid al-Fitr in the United Arab Emirates, 2026: three days.
    const ae = publicHolidays('AE', 2026);
    expect(
      ['2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23'].map((d) => ae.has(parseDay(d))),
    ).toEqual([false, true, true, true, false]);
  });

  it('leaves out holidays that begin at noon or later: the morning is a working morning', () => {
    // Iceland: Christmas Eve from 13:00; Christmas Day all day.
    const is = publicHolidays('IS', 2026);
    expect(is.has(parseDay('2026-12-24'))).toBe(false);
    expect(is.has(parseDay('2026-12-25'))).toBe(true);
  });

  it('keeps only days of the year asked for, and spans of several years join up', () => {
    for (const year of [2025, 2026, 2027]) {
      for (const day of publicHolidays('AE', year)) expect(yearOf(day)).toBe(year);
    }
    const between = publicHolidaysBetween('US', 2025, 2027);
    expect(between.size).toBe(
      publicHolidays('US', 2025).size + publicHolidays('US', 2026).size + publicHolidays('US', 2027).size,
    );
    expect(between.has(parseDay('2027-11-25'))).toBe(true); // Thanksgiving 2027
  });

  it('works each country and year out once (the same set comes back)', () => {
    expect(publicHolidays('FR', 2026)).toBe(publicHolidays('FR', 2026));
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) publicHolidays('FR', 2026);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('has no holidays for an unknown code, or for none', () => {
    expect(publicHolidays('XX', 2026).size).toBe(0);
    expect(publicHolidays('us', 2026).size).toBe(0);
    expect(holidayLookup(null).has(parseDay('2026-12-25'))).toBe(false);
    expect(holidayLookup('ZZ').has(parseDay('2026-12-25'))).toBe(false);
  });

  it('looks days up across years', () => {
    const us = holidayLookup('US');
    expect(us.has(parseDay('2026-11-26'))).toBe(true);
    expect(us.has(parseDay('2027-01-01'))).toBe(true);
    expect(us.has(parseDay('2026-11-27'))).toBe(false);
    expect(us.has(parseDay('2025-12-25'))).toBe(true);
    expect(us.has(parseDay('2026-12-31'))).toBe(false);
  });

  it('joins a country’s holidays with the user’s own days off', () => {
    const off = daysOffFor({ holidayCountry: 'US', daysOff: ['2026-11-27', '2026-12-28/2026-12-31'] });
    for (const day of ['2026-11-26', '2026-11-27', '2026-12-25', '2026-12-28', '2026-12-31', '2027-01-01']) {
      expect(isBusinessDay(parseDay(day), off), day).toBe(false);
    }
    expect(isBusinessDay(parseDay('2026-11-30'), off)).toBe(true);
    expect(isBusinessDay(parseDay('2027-01-04'), off)).toBe(true);
    const own = daysOffFor({ holidayCountry: null, daysOff: ['2026-12-24'] });
    expect(own.has(parseDay('2026-12-24'))).toBe(true);
    expect(own.has(parseDay('2026-12-25'))).toBe(false);
  });
});

describe('the countries Afterview offers (lib/time/holiday-countries.ts)', () => {
  it('are exactly the installed library’s countries', () => {
    const library = Object.keys(new Holidays().getCountries()).sort();
    expect([...holidayCountryCodes]).toEqual(library);
  });

  it('each has a name the browser can show', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of holidayCountryCodes) expect(names.of(code), code).not.toBe(code);
  });

  it('checks codes as written: two capital letters', () => {
    expect(isHolidayCountry('US')).toBe(true);
    expect(isHolidayCountry('DE')).toBe(true);
    expect(isHolidayCountry('us')).toBe(false);
    expect(isHolidayCountry('USA')).toBe(false);
    expect(isHolidayCountry('')).toBe(false);
  });
});

describe('settings: holidayCountry and daysOff', () => {
  it('default to no country and no days off', () => {
    const settings = Settings.parse({});
    expect(settings.holidayCountry).toBeNull();
    expect(settings.daysOff).toEqual([]);
  });

  it('take a known country and dates or ranges', () => {
    const settings = Settings.parse({
      holidayCountry: 'DE',
      daysOff: ['2026-12-24', '2026-12-28/2027-01-01'],
    });
    expect(settings.holidayCountry).toBe('DE');
    expect(settings.daysOff).toEqual(['2026-12-24', '2026-12-28/2027-01-01']);
  });

  it('refuse an unknown country code with a message that names it', () => {
    const result = Settings.safeParse({ holidayCountry: 'XX' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['holidayCountry']);
    expect(result.error?.issues[0]?.message).toBe(
      'unknown country code "XX": expected a two-letter country code Afterview has public holidays for, like US or DE',
    );
    expect(Settings.safeParse({ holidayCountry: 'us' }).success).toBe(false);
    expect(Settings.safeParse({ holidayCountry: 'United States' }).success).toBe(false);
  });

  it.each([
    ['2026-02-30', '2026-02-30 is not a date'],
    ['26-12-24', 'expected a date like 2026-12-24, or a range like 2026-12-24/2027-01-02'],
    ['2026-12-31/2026-12-24', 'the range must end on or after its first day'],
    ['2026-01-01/2027-06-01', 'a range is at most 366 days'],
  ])('refuse the day off %s', (entry, message) => {
    const result = Settings.safeParse({ daysOff: [entry] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['daysOff', 0]);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('keep at most 200 days off', () => {
    const many = Array.from({ length: 201 }, (_, i) => formatDay(parseDay('2026-01-01') + i));
    expect(Settings.safeParse({ daysOff: many.slice(0, 200) }).success).toBe(true);
    expect(Settings.safeParse({ daysOff: many }).success).toBe(false);
  });
});

describe('the holiday data’s licence travels with the extension', () => {
  it('public/ carries its notice (CC BY-SA 3.0 asks for attribution)', async () => {
    const { readFileSync } = await import('node:fs');
    const notice = readFileSync('public/holiday-data-notice.txt', 'utf8');
    expect(notice).toMatch(/date-holidays/);
    expect(notice).toMatch(/CC BY-SA 3\.0/);
    expect(notice).toMatch(/ISC/);
  });
});
