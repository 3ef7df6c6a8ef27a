/**
 * Why a task is on the list, naming what it answers to (lib/ui/why.ts). Keys are
 * `why_<task kind>_<anchor kind>`; `$1` is the anchor's date, `$2` the person (a first
 * name, or one of the `whoNo…` words), `$3` a second date or the company.
 */
export const why = {
  whoNobody: 'them',
  whoNoReference: 'your reference',
  whoNoReferrer: 'the person who referred you',
  whoNoCompany: 'the company',

  why_notes_interview:
    'Write down what you learnt at your interview on $1 while it is fresh — details fade fast.',
  why_thank_you_interview: 'Thank $2 for your interview on $1 — a thank-you lands best within a day.',
  why_value_add_call_interview:
    'You may call $2 back after your interview on $1 — bring one idea for a problem they raised.',
  why_reference_heads_up_interview: 'You interviewed on $1, so a call may come — give $2 a heads-up.',
  why_reference_heads_up_references_requested:
    'They asked for your references on $1 — let $2 know a call is coming.',
  why_referrer_check_in_interview: 'Tell $2 how your interview on $1 went — they put in a word for you.',

  why_check_in_check_back_on: 'They said you could check back on $1 — a short note to $2 then, not before.',
  why_check_in_decision_by:
    'They said they would decide by $1 — this is the next business day after, so ask $2 where things stand.',
  why_check_in_decision_far:
    'Their decision is not due until $1 — a light note to $2 a week after $3 keeps you in mind.',
  why_check_in_interview: 'No news since your interview on $1 — a short, friendly note to $2 is fair now.',
  why_check_in_last_reply: 'No news since their reply on $1 — a short, friendly note to $2 is fair now.',
  why_check_in_no_reply_since: 'No reply since your check-in on $1 — another short note to $2 is fair now.',
  why_check_in_no_reply_since_planned:
    'If your check-in planned for $1 goes unanswered, another short note to $2 is fair then.',

  why_review_waiting_decision_by:
    'They asked not to be contacted and meant to decide by $1 — a week on, take stock of where things stand.',
  why_review_waiting_interview:
    'They asked not to be contacted after your interview on $1 — three weeks on, take stock of where things stand.',
  why_review_waiting_last_reply:
    'They asked not to be contacted; three weeks after their reply on $1, take stock of where things stand.',

  why_move_on_no_reply_since:
    'No reply since your last check-in on $1 — it may be time to close this one and put your energy elsewhere.',
  why_move_on_no_reply_since_planned:
    'If your check-in planned for $1 goes unanswered too, it may be time to close this one and look elsewhere.',

  why_congrats_news: 'You saw good news about $3 on $1 — a quick congratulations to $2 is a kind touch.',
  why_prep_next_round_next_round:
    'Your next interview is on $1 — prepare the day before, while there is time.',
  why_prep_next_round_next_step: 'At your interview on $1 they spoke of another round — start preparing now.',
  why_salary_research_interview:
    'Pay did not come up at your interview on $1 — learn the going rate before it does.',
  why_salary_research_offer: 'An offer came on $1 — know the going rate before you answer.',
  why_offer_in_writing_offer:
    'You heard of an offer on $1 — ask $2 for it in writing before you resign anywhere.',
  why_compare_offer_offer: 'The offer came on $1 — weigh it against what matters to you before you answer.',
  why_rejection_reply_rejection:
    'They said no on $1 — a gracious reply to $2 leaves you in good standing for the next role.',
  why_linkedin_connect_rejection:
    'The process ended on $1 — now you can connect with $2 and stay in mind for later openings.',
  why_withdrawal_letter_withdrawal: 'You withdrew on $1 — let $2 know kindly; you may cross paths again.',

  // Tasks stored before reasons were kept carry no anchor: a reason without a date.
  why_notes: 'Write it down while it is fresh — details fade within a day.',
  why_thank_you: 'Thank $2 soon — thank-yous land best the same day.',
  why_value_add_call: 'You may call $2 back — bring one idea for a problem they raised.',
  why_reference_heads_up: 'Let $2 know a call may come, so they are ready to speak for you.',
  why_referrer_check_in: 'Tell $2 how it went — they put in a word for you.',
  why_check_in: 'A short, friendly note to $2 keeps you in mind without pressing.',
  why_review_waiting: 'They asked for no contact — take a moment to see where things stand.',
  why_move_on: 'No reply after your check-ins — it may be time to close this one and look elsewhere.',
  why_congrats: 'Good news at $3 — a quick congratulations to $2 is a kind touch.',
  why_prep_next_round: 'Another round is coming — a little preparation now goes a long way.',
  why_salary_research: 'Know the going rate before pay comes up.',
  why_offer_in_writing: 'A spoken offer is not an offer yet — ask $2 for it in writing before you resign.',
  why_compare_offer: 'Weigh the offer against what matters to you before you answer.',
  why_rejection_reply: 'A gracious reply to $2 leaves you in good standing for the next role.',
  why_linkedin_connect: 'Staying connected with $2 keeps you in mind for later openings.',
  why_withdrawal_letter: 'Bow out kindly to $2 — you may cross paths again.',
} as const;
