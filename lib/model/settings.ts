import { z } from 'zod';
import { DayWindow, TimeZone } from './time';
import { dayOffProblem, MAX_DAYS_OFF } from '../time/days-off';
import { isHolidayCountry } from '../time/holiday-countries';

/** A country whose public holidays the scheduler knows (lib/time/holiday-countries.ts). */
export const HolidayCountry = z.string().refine(isHolidayCountry, {
  error: (issue) =>
    `unknown country code ${JSON.stringify(issue.input)}: expected a two-letter country code Afterview has public holidays for, like US or DE`,
});

/** One of the user's days off: "2026-12-24", or a range "2026-12-24/2027-01-02". */
export const DayOff = z.string().superRefine((entry, ctx) => {
  const problem = dayOffProblem(entry);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

export const Settings = z.object({
  timeZone: TimeZone.default('UTC'),
  /** R5.6: check-ins without a reply before moving on. */
  maxUnanswered: z.number().int().min(2).max(3).default(2),
  /** R5.7: the user's working hours, when calls are due. */
  workday: DayWindow.default(['09:00', '17:00']),
  /** R5.4: days between further check-ins; each at least the one before. */
  checkInGaps: z
    .array(z.number().int().min(1).max(90))
    .min(1)
    .max(5)
    .refine((gaps) => gaps.every((gap, i) => i === 0 || gap >= gaps[i - 1]!), {
      error: 'each gap must be at least the one before',
    })
    .default([7, 14]),
  /** R5.7: whose public holidays are not business days (ISO 3166-1 alpha-2), or none. */
  holidayCountry: HolidayCountry.nullable().default(null),
  /** R5.7: the user's own days off, not business days either: dates or ranges (lib/time/days-off.ts). */
  daysOff: z.array(DayOff).max(MAX_DAYS_OFF).default([]),
});
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;
