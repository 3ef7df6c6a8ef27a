import type { EmailLabel } from './email';

/**
 * What a whole thread says, from its messages' verdicts in order. The latest employer
 * message with news decides; the user's own messages never do (a thank-you that says
 * "interview" is not an invitation). An outcome stands against later small talk: a
 * rejection or offer is not undone by a "thanks, we'll keep your CV on file" that reads as
 * a status note, but a later invitation, offer or rejection replaces it.
 */
export interface MessageVerdict {
  label: EmailLabel;
  confidence: number;
  /** Sent by the user (their own account). */
  fromUser: boolean;
}

export interface ThreadVerdict {
  label: EmailLabel | null;
  /** Index of the message that decided, in the order given. */
  index: number | null;
  confidence: number;
}

const outcomes: ReadonlySet<EmailLabel> = new Set(['rejection', 'offer']);
/** News too small to undo an outcome. */
const minor: ReadonlySet<EmailLabel> = new Set([
  'application_received',
  'status_update',
  'recruiter_outreach',
  'job_alert',
  'other',
]);

/** The thread's state; messages must be in the order they were sent. */
export function threadVerdict(messages: readonly MessageVerdict[]): ThreadVerdict {
  let decided: ThreadVerdict = { label: null, index: null, confidence: 0 };
  messages.forEach((m, index) => {
    if (m.fromUser || m.label === 'other') return;
    if (decided.label && outcomes.has(decided.label) && minor.has(m.label)) return;
    decided = { label: m.label, index, confidence: m.confidence };
  });
  return decided;
}
