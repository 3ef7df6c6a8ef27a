import type { Opportunity, Task } from '../model';
import { type Standing, standing } from '../playbook/status';
import { t } from './i18n';
import { taskShortLabel } from './labels';
import type { MessageKey } from './strings';

/** A few words for a chip beside a tracked thread or profile: what is next, and when. */
export interface StatusLine {
  text: string;
  tone: Standing['tone'];
}

/** "Thank-you due today", "Check in Mar 6", "Waiting — decision by Mar 13", "Closed — not selected". */
export function statusText(s: Standing, locale: string): string {
  const short = (isoDate: string) =>
    new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  switch (s.kind) {
    case 'closed': {
      const known = ['accepted', 'rejected', 'withdrew', 'filled', 'moved_on'];
      const outcome = s.outcome && known.includes(s.outcome) ? s.outcome : 'done';
      return t('statusClosed', t(`statusOutcome_${outcome}` as MessageKey));
    }
    case 'overdue':
      return t('statusOverdue', taskShortLabel(s.task));
    case 'today':
      return t('statusDueToday', taskShortLabel(s.task));
    case 'on':
      return t('statusOnDay', taskShortLabel(s.task), short(s.day));
    case 'waiting':
      return t('statusWaiting', short(s.decisionBy));
    case 'tracked':
      return t('statusTracked');
  }
}

/** The chip for an opportunity, now, in the user's zone and the page's locale. */
export function statusLine(input: {
  opportunity: Pick<Opportunity, 'status' | 'outcome'>;
  tasks: ReadonlyArray<Pick<Task, 'kind' | 'due' | 'state'>>;
  decisionBy: string | null;
  now: Date;
  timeZone: string;
  locale: string;
}): StatusLine {
  const s = standing(input);
  return { text: statusText(s, input.locale), tone: s.tone };
}
