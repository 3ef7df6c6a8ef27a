import { type Proposal, StoredTouch, type TouchPurpose } from '../model';
import type { Db } from './db';
import { confirmOutcome, ROW_MESSAGE } from './gmail';
import { markSentProposal, replyProposals } from './proposals';
import { markSent, markTouchSent } from './sent';
import { NotFoundError, writeAndReplan } from './writes';

/**
 * What the lists show of tracked threads, without opening them: a newer message from the
 * employer is recorded as a received touch (R5.5) and what it says is proposed (an outcome,
 * a new decision or check-back date), and the user's own newer message proposes "Mark as
 * sent" for the task it completes. Nothing is applied until the user says so.
 */

/** A list row's newest message, as the page showed it and the background read it. */
export interface NoticedMessage {
  threadId: string;
  /** When it was sent, ISO 8601 with offset. */
  at: string;
  from: { name: string | null; email: string | null };
  fromUser: boolean;
  /** The addresses the row shows besides the user's: whom a sent message went to. */
  participants: string[];
  subject: string;
  snippet: string;
  /** What it says, read in the background (lib/background/replies.ts). */
  reading: {
    purpose: TouchPurpose;
    outcome: 'rejected' | 'offer' | null;
    decisionBy: string | null;
    mayCheckBackOn: string | null;
    quote: string;
  };
}

export function noticeReply(
  db: Db,
  message: NoticedMessage,
  now: Date,
): Promise<{ recorded: boolean; proposed: number }> {
  return writeAndReplan(db, now, async (tx) => {
    const threads = tx.objectStore('threads');
    const thread = await threads.get(message.threadId);
    if (!thread || (thread.lastMessageAt && Date.parse(message.at) <= Date.parse(thread.lastMessageAt))) {
      return { result: { recorded: false, proposed: 0 }, affected: [] };
    }
    await threads.put({ ...thread, lastMessageAt: message.at });
    // A thread tracked from its row had no message yet: the row's newest is where it starts.
    if (!thread.lastMessageAt) return { result: { recorded: false, proposed: 0 }, affected: [] };
    const { opportunityId } = thread;
    const people = await tx.objectStore('people').index('by-opportunity').getAll(opportunityId);
    const proposals: Proposal[] = [];
    if (message.fromUser) {
      // The user wrote: which of their due email tasks was it? One to a person on the row.
      const proposal = await markSentProposal(
        tx,
        {
          opportunityId,
          threadId: message.threadId,
          people,
          addressed: message.participants,
          at: message.at,
          quote: message.snippet,
          touchId: null,
        },
        now,
      );
      if (proposal) proposals.push(proposal);
    } else {
      const person = people.find(
        (p) => p.email && p.email.toLowerCase() === message.from.email?.toLowerCase(),
      );
      const touch = StoredTouch.parse({
        id: crypto.randomUUID(),
        opportunityId,
        at: message.at,
        person: person?.id ?? null,
        direction: 'received',
        channel: 'email',
        purpose: message.reading.purpose,
        gmailMessageId: `${ROW_MESSAGE}${message.threadId}:${message.at}`.slice(0, 200),
        subject: message.subject.slice(0, 500) || null,
        snippet: message.snippet.slice(0, 300) || null,
      });
      await tx.objectStore('touches').put(touch);
      proposals.push(
        ...replyProposals(opportunityId, message.threadId, touch, message, message.reading, now),
      );
    }
    for (const proposal of proposals) await tx.objectStore('proposals').put(proposal);
    return {
      result: { recorded: !message.fromUser, proposed: proposals.length },
      // A reply resets the check-ins (R5.5); a sent message changes nothing until confirmed.
      affected: message.fromUser ? [] : [opportunityId],
    };
  });
}

/** Every open proposal, newest first, with the opportunity it is about. */
export async function listProposals(
  db: Db,
): Promise<Array<Proposal & { company: string; role: string; taskKind: string | null }>> {
  const tx = db.transaction(['proposals', 'opportunities', 'tasks']);
  const proposals = await tx.objectStore('proposals').getAll();
  const out = [];
  for (const proposal of proposals) {
    const opportunity = await tx.objectStore('opportunities').get(proposal.opportunityId);
    if (!opportunity) continue;
    const task = proposal.taskId
      ? await tx.objectStore('tasks').get([proposal.opportunityId, proposal.taskId])
      : undefined;
    out.push({
      ...proposal,
      company: opportunity.company,
      role: opportunity.role,
      taskKind: task?.kind ?? null,
    });
  }
  return out.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/**
 * The user answered a proposal: applied (the outcome confirmed, the date set on the reply
 * and the plan redone, the task marked sent) or dismissed. Either way it is gone.
 */
export async function resolveProposal(
  db: Db,
  input: { id: string; apply: boolean },
  now: Date,
): Promise<{ applied: boolean }> {
  const proposal = await db.get('proposals', input.id);
  if (!proposal) throw new NotFoundError(`No proposal "${input.id}"`);
  if (input.apply) {
    if (proposal.kind === 'outcome' && proposal.threadId && proposal.outcome) {
      await confirmOutcome(
        db,
        { threadId: proposal.threadId, outcome: proposal.outcome, messageId: null },
        now,
      );
    } else if (proposal.kind === 'mark_sent' && proposal.taskId && proposal.touchId) {
      // The message is already a touch (seen in the open thread): it becomes the task's.
      await markTouchSent(
        db,
        { opportunityId: proposal.opportunityId, taskId: proposal.taskId, touchId: proposal.touchId },
        now,
      );
    } else if (proposal.kind === 'mark_sent' && proposal.taskId) {
      await markSent(
        db,
        { opportunityId: proposal.opportunityId, taskId: proposal.taskId, channel: 'email' },
        now,
      );
    } else if ((proposal.kind === 'decision_by' || proposal.kind === 'check_back_on') && proposal.touchId) {
      await setReplyDate(
        db,
        proposal.touchId,
        proposal.kind === 'decision_by' ? 'decisionBy' : 'mayCheckBackOn',
        proposal.day,
        now,
      );
    }
  }
  await db.delete('proposals', input.id);
  return { applied: input.apply };
}

/** R5.5: a reply's new date becomes D or P once the user confirms it. */
function setReplyDate(
  db: Db,
  touchId: string,
  field: 'decisionBy' | 'mayCheckBackOn',
  day: string | null,
  now: Date,
): Promise<void> {
  return writeAndReplan(db, now, async (tx) => {
    const touch = await tx.objectStore('touches').get(touchId);
    if (!touch) throw new NotFoundError(`No touch "${touchId}"`);
    await tx.objectStore('touches').put({ ...touch, [field]: day });
    return { result: undefined, affected: [touch.opportunityId] };
  });
}
