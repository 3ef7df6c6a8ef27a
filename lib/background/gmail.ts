import type { DraftResult, ThreadStatus } from '../messaging/gmail';
import { promisedDates } from '../playbook/promised';
import { statusLine } from '../playbook/status';
import { taskTitle } from '../playbook/labels';
import { type Db, recordStores } from '../store/db';
import { loadRecords, readSettings } from '../store/replan';
import { compose } from '../templates/compose';

/** Chips for the threads on screen: the tracked ones, each with what is next. */
export async function threadStatuses(
  db: Db,
  threadIds: string[],
  locale: string,
  now: Date,
): Promise<ThreadStatus[]> {
  const tx = db.transaction([...recordStores]);
  const settings = await readSettings(tx);
  const statuses: ThreadStatus[] = [];
  for (const threadId of new Set(threadIds)) {
    const thread = await tx.objectStore('threads').get(threadId);
    if (!thread) continue;
    const records = await loadRecords(tx, thread.opportunityId);
    if (!records) continue;
    const tasks = await tx.objectStore('tasks').index('by-opportunity').getAll(thread.opportunityId);
    const line = statusLine({
      opportunity: records.opportunity,
      tasks,
      decisionBy: promisedDates(records).decisionBy,
      now,
      timeZone: settings.timeZone,
      locale,
    });
    statuses.push({
      threadId,
      opportunityId: thread.opportunityId,
      company: records.opportunity.company,
      role: records.opportunity.role,
      ...line,
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
  const tx = db.transaction([...recordStores]);
  const settings = await readSettings(tx);
  const emails = new Set(params.emails.map((e) => e.toLowerCase()));
  const opportunityIds = new Set<string>();
  if (params.threadId) {
    const thread = await tx.objectStore('threads').get(params.threadId);
    if (thread) opportunityIds.add(thread.opportunityId);
  }
  for (const email of emails) {
    for (const person of await tx.objectStore('people').index('by-email').getAll(email)) {
      opportunityIds.add(person.opportunityId);
    }
  }
  for (const opportunityId of opportunityIds) {
    const records = await loadRecords(tx, opportunityId);
    if (!records) continue;
    const tasks = await tx.objectStore('tasks').index('by-opportunity').getAll(opportunityId);
    const open = tasks
      .filter((t) => (t.state === 'pending' || t.state === 'snoozed') && t.person !== null)
      .sort((a, b) => a.dueAt - b.dueAt);
    const forThem = open.filter((t) => {
      const email = records.people.find((p) => p.id === t.person)?.email?.toLowerCase();
      return email !== undefined && emails.has(email);
    });
    for (const task of [...forThem, ...open]) {
      const composed = compose({
        task,
        records,
        tasks,
        now,
        sender: { name: settings.name, signature: settings.signature, phone: settings.phone },
        locale: params.locale,
        timeZone: settings.timeZone,
        tone: settings.tone,
        channel: 'email',
        overrides: settings.templates,
      });
      if (!composed || composed.channel !== 'email') continue;
      const person = records.people.find((p) => p.id === task.person) ?? null;
      return {
        title: taskTitle(task.kind, person?.name ?? null),
        subject: composed.subject?.text ?? null,
        text: composed.body.text,
        final: composed.final,
        flags: composed.flags.map((f) => f.message),
      };
    }
  }
  return null;
}
