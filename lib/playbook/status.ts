import type { Opportunity, Task, TaskKind } from '../model';
import { localDate } from './promised';

/** A few words for a chip beside a tracked thread or profile: what is next, and when. */
export interface StatusLine {
  text: string;
  /** `due`: something to do today or overdue; `next`: a later task; `waiting`; `closed`. */
  tone: 'due' | 'next' | 'waiting' | 'closed';
}

const shortLabels: Record<TaskKind, string> = {
  notes: 'Notes',
  thank_you: 'Thank-you',
  value_add_call: 'Call',
  reference_heads_up: 'Reference heads-up',
  referrer_check_in: 'Referrer update',
  check_in: 'Check in',
  review_waiting: 'Review',
  move_on: 'Move on?',
  congrats: 'Congrats',
  prep_next_round: 'Prep',
  salary_research: 'Pay research',
  offer_in_writing: 'Offer in writing',
  compare_offer: 'Compare offer',
  rejection_reply: 'Reply',
  linkedin_connect: 'Connect',
  withdrawal_letter: 'Withdrawal',
};

const outcomeWords: Record<string, string> = {
  accepted: 'accepted',
  rejected: 'not selected',
  withdrew: 'withdrew',
  filled: 'filled',
  moved_on: 'moved on',
};

/**
 * "Thank-you due today", "Check in Mar 6", "Waiting — decision by Mar 13", "Closed — not
 * selected". Pure: tasks, the decision date and the time come in.
 */
export function statusLine(input: {
  opportunity: Pick<Opportunity, 'status' | 'outcome'>;
  tasks: ReadonlyArray<Pick<Task, 'kind' | 'due' | 'state'>>;
  decisionBy: string | null;
  now: Date;
  timeZone: string;
  locale: string;
}): StatusLine {
  const { opportunity, now, timeZone, locale, decisionBy } = input;
  if (opportunity.status === 'closed') {
    return { text: `Closed — ${outcomeWords[opportunity.outcome ?? ''] ?? 'done'}`, tone: 'closed' };
  }
  const next = input.tasks
    .filter((t) => t.state === 'pending' || t.state === 'snoozed')
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
  const today = localDate(now, timeZone);
  const short = (isoDate: string) =>
    new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  if (next) {
    const day = localDate(new Date(next.due), timeZone);
    if (day < today) return { text: `${shortLabels[next.kind]} overdue`, tone: 'due' };
    if (day === today) return { text: `${shortLabels[next.kind]} due today`, tone: 'due' };
    // The next step is a check-in after their decision date: what the user does now is wait.
    if (!(next.kind === 'check_in' && decisionBy && decisionBy >= today && day > decisionBy)) {
      return { text: `${shortLabels[next.kind]} ${short(day)}`, tone: 'next' };
    }
  }
  if (decisionBy && decisionBy >= today)
    return { text: `Waiting — decision by ${short(decisionBy)}`, tone: 'waiting' };
  return { text: 'Tracked', tone: 'waiting' };
}
