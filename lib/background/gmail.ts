import type { DraftResult, ThreadStatus } from '../messaging/gmail';
import type { Db } from '../store/db';
import { peopleByEmail, readRecords, threadById } from '../store/reads';
import { readSettings } from '../store/records';
import { draftFor, openTasks, readOpportunity, statusOf } from './opportunity-view';

/** Chips for the threads on screen: the tracked ones, each with what is next. */
export async function threadStatuses(
  db: Db,
  threadIds: string[],
  locale: string,
  now: Date,
): Promise<ThreadStatus[]> {
  const tx = readRecords(db);
  const settings = await readSettings(tx);
  const statuses: ThreadStatus[] = [];
  for (const threadId of new Set(threadIds)) {
    const thread = await threadById(tx, threadId);
    const view = thread ? await readOpportunity(tx, thread.opportunityId) : null;
    if (!thread || !view) continue;
    const { company, role } = view.records.opportunity;
    statuses.push({
      threadId,
      lastMessageAt: thread.lastMessageAt,
      opportunityId: thread.opportunityId,
      company,
      role,
      ...statusOf(view, settings, locale, now),
    });
  }
  return statuses;
}

/**
 * The message for the task due next for these people: found through the thread, or else
 * through a person with one of these addresses. Null when nothing is planned for them.
 */
export async function draftFollowUp(
  db: Db,
  params: { threadId: string | null; emails: string[]; locale: string },
  now: Date,
): Promise<DraftResult> {
  const tx = readRecords(db);
  const settings = await readSettings(tx);
  const emails = new Set(params.emails.map((e) => e.toLowerCase()));
  const opportunityIds = new Set<string>();
  if (params.threadId) {
    const thread = await threadById(tx, params.threadId);
    if (thread) opportunityIds.add(thread.opportunityId);
  }
  for (const email of emails) {
    for (const person of await peopleByEmail(tx, email)) {
      opportunityIds.add(person.opportunityId);
    }
  }
  for (const opportunityId of opportunityIds) {
    const view = await readOpportunity(tx, opportunityId);
    if (!view) continue;
    const open = openTasks(view).filter((t) => t.person !== null);
    // The recipients' own tasks first; then whatever is next on the thread's opportunity.
    const forThem = open.filter((t) => {
      const email = view.records.people.find((p) => p.id === t.person)?.email?.toLowerCase();
      return email !== undefined && emails.has(email);
    });
    for (const task of [...forThem, ...open]) {
      const draft = draftFor(view, task, 'email', settings, params.locale, now);
      if (draft) return draft;
    }
  }
  return null;
}
