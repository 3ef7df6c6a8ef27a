import type { Proposal, StoredPerson, StoredTouch } from '../model';
import type { WriteTx } from './records';

/**
 * "Mark as sent", proposed when the user's own message shows up in a tracked thread (a list
 * row whose newest message is theirs, or a message in the open thread): which of their due
 * email tasks it was. Shared by the reply watch (replies.ts) and the open thread (gmail.ts).
 */

/** Task kinds whose message is an email the user sends. */
const SENDABLE = new Set(['thank_you', 'check_in', 'rejection_reply', 'offer_in_writing', 'congrats']);

/** How far ahead a task may be due and still be what the user just sent. */
const SENT_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * The proposal for the user's message sent at `at` to these addresses: the earliest open
 * email task for one of them due by then (or within a day after). Null when no task fits,
 * or one is already proposed for that task.
 */
export async function markSentProposal(
  tx: WriteTx,
  message: {
    opportunityId: string;
    threadId: string | null;
    people: readonly StoredPerson[];
    addressed: readonly string[];
    at: string;
    quote: string;
    /** The sent touch already recorded for it (the open thread), which the answer completes. */
    touchId: string | null;
  },
  now: Date,
): Promise<Proposal | null> {
  const addressed = new Set(message.addressed.map((a) => a.toLowerCase()));
  const ids = new Set(
    message.people.filter((p) => p.email && addressed.has(p.email.toLowerCase())).map((p) => p.id),
  );
  const tasks = await tx.objectStore('tasks').index('by-opportunity').getAll(message.opportunityId);
  const task = tasks
    .filter(
      (t) =>
        t.open === 1 &&
        t.channel === 'email' &&
        SENDABLE.has(t.kind) &&
        t.person !== null &&
        ids.has(t.person) &&
        t.dueAt <= Date.parse(message.at) + SENT_AHEAD_MS,
    )
    .sort((a, b) => a.dueAt - b.dueAt)[0];
  if (!task) return null;
  const open = await tx.objectStore('proposals').index('by-opportunity').getAll(message.opportunityId);
  if (open.some((p) => p.kind === 'mark_sent' && p.taskId === task.id)) return null;
  return {
    id: crypto.randomUUID(),
    opportunityId: message.opportunityId,
    threadId: message.threadId,
    kind: 'mark_sent',
    outcome: null,
    day: null,
    touchId: message.touchId,
    taskId: task.id,
    quote: message.quote.slice(0, 300),
    from: null,
    at: message.at,
    createdAt: now.toISOString(),
  };
}

/** What a reply says, as the background read it, with the sentence to quote. */
export interface ReplyDates {
  /** Proposed from list rows; an open thread proposes its outcome beside the subject. */
  outcome?: 'rejected' | 'offer' | null;
  decisionBy: string | null;
  mayCheckBackOn: string | null;
  quote: string;
}

/** R5.5, R8: a reply's outcome and new decision or check-back date, proposed on the touch it came with. */
export function replyProposals(
  opportunityId: string,
  threadId: string | null,
  touch: StoredTouch,
  /** Who wrote it, as the page showed them. */
  message: { from: { name: string | null; email: string | null } },
  dates: ReplyDates,
  now: Date,
): Proposal[] {
  const base = {
    opportunityId,
    threadId,
    touchId: touch.id,
    taskId: null,
    quote: dates.quote.slice(0, 300),
    from: (message.from.name ?? message.from.email)?.slice(0, 300) ?? null,
    at: touch.at,
    createdAt: now.toISOString(),
  } as const;
  const proposals: Proposal[] = [];
  if (dates.outcome)
    proposals.push({ ...base, id: crypto.randomUUID(), kind: 'outcome', outcome: dates.outcome, day: null });
  if (dates.decisionBy)
    proposals.push({
      ...base,
      id: crypto.randomUUID(),
      kind: 'decision_by',
      outcome: null,
      day: dates.decisionBy,
    });
  if (dates.mayCheckBackOn)
    proposals.push({
      ...base,
      id: crypto.randomUUID(),
      kind: 'check_back_on',
      outcome: null,
      day: dates.mayCheckBackOn,
    });
  return proposals;
}
