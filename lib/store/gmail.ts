import { newOpportunity } from './new-opportunity';
import {
  StoredInterview,
  type StoredOpportunity,
  StoredPerson,
  StoredTouch,
  type TouchPurpose,
} from '../model';
import type { ThreadMessage, TrackThreadParams } from '../model/inputs';
import type { Db } from './db';
import { samePerson } from './people';
import { readSettings, type WriteTx } from './records';
import { markSentProposal, replyProposals, type ReplyDates } from './proposals';
import { openSameJob } from './reads';
import { NotFoundError, SameJobError, writeAndReplan } from './writes';

/**
 * Gmail threads into records. Everything for one thread is written in one transaction with
 * the replan, so a thread is either tracked with all its messages or not at all.
 */

/** The id prefix of a touch recorded from a list row (store/replies.ts), before the thread was opened. */
export const ROW_MESSAGE = 'row:';

/** How long an interview is assumed to last when an email gives only its start. */
const DEFAULT_INTERVIEW_MINUTES = 60;

export function trackThread(
  db: Db,
  input: TrackThreadParams,
  now: Date,
): Promise<{ opportunityId: string; threadId: string; added: number }> {
  return writeAndReplan(db, now, async (tx) => {
    const at = now.toISOString();
    const linked = await tx.objectStore('threads').get(input.threadId);
    const opportunityId = input.opportunityId ?? linked?.opportunityId ?? null;
    const existing = opportunityId ? await tx.objectStore('opportunities').get(opportunityId) : undefined;
    if (opportunityId && !existing) throw new NotFoundError(`No opportunity with id "${opportunityId}"`);
    if (!opportunityId && !input.newJob) {
      const same = await openSameJob(tx, input);
      if (same) throw new SameJobError(same);
    }
    const opportunity: StoredOpportunity = existing
      ? { ...existing, company: input.company, role: input.role, updatedAt: at }
      : newOpportunity(
          {
            company: input.company,
            role: input.role,
            status: input.interviewAt ? 'interviewing' : 'applied',
          },
          now,
        );
    await tx.objectStore('opportunities').put(opportunity);

    const { people, met } = await mergePeople(tx, opportunity.id, input.people);
    if (input.interviewAt || input.decisionBy) await saveInterviewFrom(tx, opportunity.id, input, met);
    const added = (await addMessages(tx, opportunity.id, input.messages, people)).length;
    await tx.objectStore('threads').put({
      threadId: input.threadId,
      opportunityId: opportunity.id,
      subject: input.subject,
      label: input.label,
      evidence: input.evidence,
      lastMessageAt: newest(linked?.lastMessageAt ?? null, input.messages),
    });
    return {
      result: { opportunityId: opportunity.id, threadId: input.threadId, added },
      affected: [opportunity.id],
    };
  });
}

/** Messages seen later in a tracked thread; an untracked thread records nothing. */
export function recordThreadMessages(
  db: Db,
  threadId: string,
  messages: ThreadMessage[],
  now: Date,
  /** The dates a new employer message names (read in the background), to propose (R5.5). */
  datesOf: (message: ThreadMessage, subject: string) => ReplyDates | null = () => null,
): Promise<{ added: number; tracked: boolean }> {
  return writeAndReplan<{ added: number; tracked: boolean }>(db, now, async (tx) => {
    const thread = await tx.objectStore('threads').get(threadId);
    if (!thread) return { result: { added: 0, tracked: false }, affected: [] };
    const people = await tx.objectStore('people').index('by-opportunity').getAll(thread.opportunityId);
    const added = await addMessages(tx, thread.opportunityId, messages, people);
    const lastMessageAt = newest(thread.lastMessageAt, messages);
    if (lastMessageAt !== thread.lastMessageAt)
      await tx.objectStore('threads').put({ ...thread, lastMessageAt });
    for (const { touch, message } of added) {
      // An employer's new message naming a decision or check-back date: propose it.
      const dates = message.direction === 'received' ? datesOf(message, thread.subject) : null;
      if (dates) {
        for (const proposal of replyProposals(thread.opportunityId, threadId, touch, message, dates, now))
          await tx.objectStore('proposals').put(proposal);
      }
      // The user's own new message in the thread: propose "Mark as sent" for the task it was.
      if (message.direction !== 'sent') continue;
      const proposal = await markSentProposal(
        tx,
        {
          opportunityId: thread.opportunityId,
          threadId,
          people,
          addressed: message.to.map((a) => a.email),
          at: message.date,
          quote: message.snippet,
          touchId: touch.id,
        },
        now,
      );
      if (proposal) await tx.objectStore('proposals').put(proposal);
    }
    return {
      result: { added: added.length, tracked: true },
      affected: added.length ? [thread.opportunityId] : [],
    };
  });
}

/** The user confirmed what an email said: a rejection closes the opportunity; an offer is an offer (R8). */
export function confirmOutcome(
  db: Db,
  input: { threadId: string; outcome: 'rejected' | 'offer'; messageId: string | null },
  now: Date,
): Promise<{ opportunityId: string; status: string }> {
  return writeAndReplan(db, now, async (tx) => {
    const thread = await tx.objectStore('threads').get(input.threadId);
    if (!thread) throw new NotFoundError(`The thread "${input.threadId}" is not tracked`);
    const opportunity = await tx.objectStore('opportunities').get(thread.opportunityId);
    if (!opportunity) throw new NotFoundError(`No opportunity with id "${thread.opportunityId}"`);
    const at = now.toISOString();
    const updated: StoredOpportunity =
      input.outcome === 'rejected'
        ? { ...opportunity, status: 'closed', outcome: 'rejected', outcomeAt: at, updatedAt: at }
        : {
            ...opportunity,
            status: 'offer',
            outcomeAt: at,
            offer: opportunity.offer ?? { inWriting: false, kind: 'as_applied' },
            updatedAt: at,
          };
    await tx.objectStore('opportunities').put(updated);
    if (input.messageId) {
      const touches = tx.objectStore('touches');
      const touch = await touches.index('by-gmail-message').get(input.messageId);
      if (touch)
        await touches.put({ ...touch, purpose: input.outcome === 'rejected' ? 'rejection' : 'offer' });
    }
    return { result: { opportunityId: updated.id, status: updated.status }, affected: [updated.id] };
  });
}

/**
 * The same person is the same person: matched by email, else by name (case-insensitive).
 * Also says who the user marked as met in the interview (`inInterview`), as stored people.
 */
async function mergePeople(
  tx: WriteTx,
  opportunityId: string,
  input: TrackThreadParams['people'],
): Promise<{ people: StoredPerson[]; met: StoredPerson[] }> {
  const store = tx.objectStore('people');
  const people = await store.index('by-opportunity').getAll(opportunityId);
  const met: StoredPerson[] = [];
  for (const candidate of input) {
    const found = people.find((p) => samePerson(p, candidate));
    const person: StoredPerson = found
      ? {
          ...found,
          role: candidate.role,
          email: found.email ?? candidate.email?.toLowerCase() ?? null,
          phone: found.phone ?? candidate.phone,
        }
      : StoredPerson.parse({
          id: crypto.randomUUID(),
          opportunityId,
          name: candidate.name,
          role: candidate.role,
          email: candidate.email?.toLowerCase() ?? null,
          phone: candidate.phone,
        });
    await store.put(person);
    if (found) people[people.indexOf(found)] = person;
    else people.push(person);
    if (candidate.inInterview) met.push(person);
  }
  return { people, met };
}

/**
 * The interview the email named: the one at that time, updated, or a new one. Its
 * interviewers are everyone the user marked as met there, whatever their role (a recruiter
 * who sat in gets a thank-you too, R2); people already on it stay.
 */
async function saveInterviewFrom(
  tx: WriteTx,
  opportunityId: string,
  input: TrackThreadParams,
  met: StoredPerson[],
): Promise<void> {
  const store = tx.objectStore('interviews');
  const interviews = await store.index('by-opportunity').getAll(opportunityId);
  const interviewers = met.map((p) => p.id);
  const start = input.interviewAt;
  const same = start ? interviews.find((i) => Date.parse(i.start) === Date.parse(start)) : undefined;
  const target = same ?? (start ? undefined : latest(interviews));
  if (!target && !start) return; // a decision date with no interview to hang it on
  const record: StoredInterview = target
    ? {
        ...target,
        decisionBy: input.decisionBy ?? target.decisionBy,
        interviewers: [...new Set([...target.interviewers, ...interviewers])],
      }
    : StoredInterview.parse({
        id: crypto.randomUUID(),
        opportunityId,
        start: start!,
        end: new Date(Date.parse(start!) + DEFAULT_INTERVIEW_MINUTES * 60_000).toISOString(),
        round: interviews.length + 1,
        interviewers,
        decisionBy: input.decisionBy,
      });
  await store.put(record);
}

function latest(interviews: StoredInterview[]): StoredInterview | undefined {
  return [...interviews].sort((a, b) => Date.parse(b.end) - Date.parse(a.end))[0];
}

/** The newest of a thread's known time and its messages' dates. */
export function newest(known: string | null, messages: ReadonlyArray<{ date: string }>): string | null {
  let best = known;
  for (const { date } of messages) if (best === null || Date.parse(date) > Date.parse(best)) best = date;
  return best;
}

/**
 * Each message becomes one touch, once; bodies are kept only if the user asked. A message a
 * list row already announced (noticed without opening the thread: same minute, same
 * direction) is that touch, not a second one.
 */
async function addMessages(
  tx: WriteTx,
  opportunityId: string,
  messages: ThreadMessage[],
  people: StoredPerson[],
): Promise<Array<{ touch: StoredTouch; message: ThreadMessage }>> {
  const { keepEmailText } = await readSettings(tx);
  const store = tx.objectStore('touches');
  const added: Array<{ touch: StoredTouch; message: ThreadMessage }> = [];
  const announced = (await store.index('by-opportunity').getAll(opportunityId)).filter((t) =>
    t.gmailMessageId?.startsWith(ROW_MESSAGE),
  );
  for (const message of messages) {
    if (await store.index('by-gmail-message').getKey(message.messageId)) continue;
    const minute = Math.floor(Date.parse(message.date) / 60_000);
    if (
      announced.some(
        (t) => t.direction === message.direction && Math.floor(Date.parse(t.at) / 60_000) === minute,
      )
    )
      continue;
    const counterpart = message.direction === 'received' ? [message.from] : message.to;
    const person = people.find((p) =>
      counterpart.some((a) => p.email && a.email.toLowerCase() === p.email.toLowerCase()),
    );
    const touch = StoredTouch.parse({
      id: crypto.randomUUID(),
      opportunityId,
      at: message.date,
      person: person?.id ?? null,
      direction: message.direction,
      channel: 'email',
      purpose: purposeOf(message),
      gmailMessageId: message.messageId,
      snippet: message.snippet.slice(0, 300) || null,
      body: keepEmailText ? message.text : null,
    });
    await store.put(touch);
    added.push({ touch, message });
  }
  return added;
}

/**
 * What a message was, for the scheduler. A rejection or offer is only a reply until the user
 * confirms it (confirmOutcome); it is never applied silently.
 */
export function purposeOf(message: Pick<ThreadMessage, 'direction' | 'label'>): TouchPurpose {
  if (message.direction === 'sent') return 'reply';
  switch (message.label) {
    case 'interview_request':
    case 'interview_scheduled':
    case 'assessment':
      return 'scheduling';
    case 'reference_request':
      return 'references_requested';
    case 'status_update':
      return 'status_update';
    default:
      return 'reply';
  }
}
