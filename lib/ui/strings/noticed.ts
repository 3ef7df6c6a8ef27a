/** What Afterview noticed in the mail and proposes (components/popup/Noticed.tsx). */
export const noticed = {
  noticedHeading: 'Noticed in your mail',
  noticedOutcomeRejected: '$1 wrote to $2 — it reads as a “no”. Close $2 as not selected?',
  noticedOutcomeOffer: '$1 wrote to $2 — it reads as an offer. Mark $2 as an offer?',
  noticedDecisionBy: '$1 wrote that $2 will decide by $3. Plan your check-in from that date?',
  noticedCheckBackOn: '$1 wrote that you may check back with $2 on $3. Plan your check-in from that date?',
  noticedMarkSent: 'You wrote to $1 ($2). Was it “$3”? Mark it as sent?',
  noticedSomeone: 'Someone',
  noticedApply: 'Yes, do it',
  noticedDismiss: 'Not now',
  noticedApplied: 'Done: $1.',
  noticedDismissed: 'Left as it was.',
  noticedQuoteLabel: 'What the email says',
} as const;
