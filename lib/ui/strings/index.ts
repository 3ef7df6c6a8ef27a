import { common } from './common';
import { dashboard } from './dashboard';
import { daysOff } from './days-off';
import { inpage } from './inpage';
import { noticed } from './noticed';
import { panel } from './panel';
import { popup } from './popup';
import { rules } from './rules';
import { settings } from './settings';
import { tasks } from './tasks';
import { why } from './why';

/**
 * Every user-facing string of Afterview's own pages, in English, in one place. Each area
 * keeps its own file here; `npm run messages` writes them into public/_locales/en/messages.json
 * for the browser's i18n (a test fails when that file is out of date). `$1`, `$2` are
 * filled in by `t()`.
 */
export const messages = {
  ...common,
  ...dashboard,
  ...daysOff,
  ...inpage,
  ...noticed,
  ...panel,
  ...popup,
  ...rules,
  ...settings,
  ...tasks,
  ...why,
} as const;

export type MessageKey = keyof typeof messages;
