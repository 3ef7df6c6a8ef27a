import type { StoredTask, UserSettings } from '../model';
import type { DraftResult } from '../messaging/gmail';
import { taskTitle } from '../playbook/labels';
import { promisedDates } from '../playbook/promised';
import { type StatusLine, statusLine } from '../playbook/status';
import { loadRecords, type ReadTx, type StoredRecords } from '../store/replan';
import { compose } from '../templates/compose';
import type { DraftChannel } from '../templates/proofread';

/** One opportunity's records and planned tasks, as the in-page chips and drafts need them. */
export interface OpportunityView {
  records: StoredRecords;
  tasks: StoredTask[];
}

export async function readOpportunity(tx: ReadTx, opportunityId: string): Promise<OpportunityView | null> {
  const records = await loadRecords(tx, opportunityId);
  if (!records) return null;
  return { records, tasks: await tx.objectStore('tasks').index('by-opportunity').getAll(opportunityId) };
}

/** "Check in Nov 27" for this opportunity, now, in the user's zone and the page's locale. */
export function statusOf(
  view: OpportunityView,
  settings: UserSettings,
  locale: string,
  now: Date,
): StatusLine {
  return statusLine({
    opportunity: view.records.opportunity,
    tasks: view.tasks,
    decisionBy: promisedDates(view.records).decisionBy,
    now,
    timeZone: settings.timeZone,
    locale,
  });
}

/** The message for a task on a channel, in the user's tone and wording; null if it has none there. */
export function draftFor(
  view: OpportunityView,
  task: StoredTask,
  channel: DraftChannel,
  settings: UserSettings,
  locale: string,
  now: Date,
): DraftResult {
  const composed = compose({
    task,
    records: view.records,
    tasks: view.tasks,
    now,
    sender: { name: settings.name, signature: settings.signature, phone: settings.phone },
    locale,
    timeZone: settings.timeZone,
    tone: settings.tone,
    channel,
    overrides: settings.templates,
  });
  if (!composed || composed.channel !== channel) return null;
  const person = view.records.people.find((p) => p.id === task.person) ?? null;
  return {
    title: taskTitle(task.kind, person?.name ?? null),
    subject: composed.subject?.text ?? null,
    text: composed.body.text,
    final: composed.final,
    flags: composed.flags.map((f) => f.message),
  };
}

/** Open tasks, soonest first. */
export function openTasks(view: OpportunityView): StoredTask[] {
  return view.tasks
    .filter((t) => t.state === 'pending' || t.state === 'snoozed')
    .sort((a, b) => a.dueAt - b.dueAt);
}
