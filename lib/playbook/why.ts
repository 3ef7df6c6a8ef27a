import type { TaskKind } from '../model';

/**
 * Why a task is on the list, in plain words the user reads beside it ("Thank Amy today —
 * thank-yous land best the same day"). The facts come from the playbook (the rule id is shown
 * next to it); the wording is ours. Pure: a kind and a first name in, one sentence out.
 */
const reasons: Record<TaskKind, (who: string | null) => string> = {
  notes: () => 'Write it down while it is fresh — details fade within a day.',
  thank_you: (who) => `Thank ${who ?? 'them'} today — thank-yous land best the same day.`,
  value_add_call: (who) =>
    `${who ?? 'They'} said you could call back — bring one idea for a problem they mentioned.`,
  reference_heads_up: (who) =>
    `Let ${who ?? 'your reference'} know a call may come, so they are ready to speak for you.`,
  referrer_check_in: (who) => `${who ?? 'Your referrer'} vouched for you — tell them how it went.`,
  check_in: (who) => `A short, friendly note to ${who ?? 'them'} keeps you in mind without pressing.`,
  review_waiting: () => 'They asked for no contact — take a moment to see where things stand.',
  move_on: () => 'No reply after your check-ins — it may be time to close this one and focus elsewhere.',
  congrats: (who) =>
    `Good news at their company — a quick congratulations to ${who ?? 'them'} is a kind touch.`,
  prep_next_round: () => 'Another round is coming — a little preparation now goes a long way.',
  salary_research: () => 'Pay has not come up yet — know the going rate before it does.',
  offer_in_writing: () => 'A spoken offer is not an offer yet — ask for it in writing before you resign.',
  compare_offer: () => 'Weigh the offer against what matters to you before you answer.',
  rejection_reply: (who) => `A gracious reply to ${who ?? 'them'} keeps the door open for the next role.`,
  linkedin_connect: (who) => `Staying connected with ${who ?? 'them'} keeps you in mind for later openings.`,
  withdrawal_letter: () => 'Bow out kindly — you may cross paths with them again.',
};

/** The reason for a task of this kind, naming the person by first name when there is one. */
export function taskWhy(kind: TaskKind, personFirstName: string | null): string {
  const who = personFirstName?.trim() || null;
  return reasons[kind](who);
}

/** "Amy" from "Amy Lee"; null when there is no name. */
export function firstName(fullName: string | null | undefined): string | null {
  const first = fullName?.trim().split(/\s+/)[0];
  return first ? first : null;
}
