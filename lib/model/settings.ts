import { z } from 'zod';
import { DayWindow, TimeZone } from './time';

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
});
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;
