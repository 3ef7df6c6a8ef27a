import type { TaskKind } from '../model';

/** Short names for task kinds, as the user reads them in a badge, a list or a notification. */
export const taskKindLabels: Record<TaskKind, string> = {
  notes: 'Write down your interview notes',
  thank_you: 'Send a thank-you',
  value_add_call: 'Make the value-add call',
  reference_heads_up: 'Give your reference a heads-up',
  referrer_check_in: 'Update the person who referred you',
  check_in: 'Check in',
  review_waiting: 'Review where things stand',
  move_on: 'Decide whether to move on',
  congrats: 'Send congratulations',
  prep_next_round: 'Prepare for the next round',
  salary_research: 'Research the pay',
  offer_in_writing: 'Ask for the offer in writing',
  compare_offer: 'Compare the offer',
  rejection_reply: 'Reply graciously',
  linkedin_connect: 'Connect on LinkedIn',
  withdrawal_letter: 'Send your withdrawal',
};

/** What to do and for whom, as one line: "Send a thank-you — Amy Lee", "Research the pay". */
export function taskTitle(kind: TaskKind, personName: string | null): string {
  return personName ? `${taskKindLabels[kind]} — ${personName}` : taskKindLabels[kind];
}
