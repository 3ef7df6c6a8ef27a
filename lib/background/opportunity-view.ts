import type { StoredTask, UserSettings } from '../model';
import type { DraftResult } from '../messaging/gmail';
import { taskTitle } from '../ui/labels';
import { promisedDates } from '../playbook/promised';
import { type StatusLine, statusLine } from '../ui/status-text';
import { tasksOf } from '../store/reads';
import { loadRecords, type ReadTx, type StoredRecords } from '../store/records';
import { type Composed, compose } from '../templates/compose';
import type { DraftChannel, OtherNote } from '../templates/proofread';
import type { Tone } from '../templates/template';

/** One opportunity's records and planned tasks, as the in-page chips and drafts need them. */
export interface OpportunityView {
  records: StoredRecords;
  tasks: StoredTask[];
}

export async function readOpportunity(tx: ReadTx, opportunityId: string): Promise<OpportunityView | null> {
  const records = await loadRecords(tx, opportunityId);
  if (!records) return null;
  return { records, tasks: await tasksOf(tx, opportunityId) };
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

/**
 * Compose a task's message from this opportunity, with the user's details, tone and own
 * wording (a tone or channel asked for wins); null for a task that contacts no one.
 */
export function composeFor(
  view: OpportunityView,
  task: StoredTask,
  settings: UserSettings,
  options: {
    locale: string;
    now: Date;
    channel?: DraftChannel;
    tone?: Tone;
    otherCompanies?: string[];
    /** A thank-you's other thank-yous to this company, for the proofreader (`shared_paragraph`). */
    otherNotes?: OtherNote[];
  },
): Composed | null {
  return compose({
    task,
    records: view.records,
    tasks: view.tasks,
    now: options.now,
    sender: { name: settings.name, signature: settings.signature, phone: settings.phone },
    locale: options.locale,
    timeZone: settings.timeZone,
    tone: options.tone ?? settings.tone,
    ...(options.channel ? { channel: options.channel } : {}),
    overrides: settings.templates,
    ...(options.otherCompanies ? { otherCompanies: options.otherCompanies } : {}),
    ...(options.otherNotes ? { otherNotes: options.otherNotes } : {}),
  });
}

/** The message for a task on exactly this channel, as pages insert it; null if it has none there. */
export function draftFor(
  view: OpportunityView,
  task: StoredTask,
  channel: DraftChannel,
  settings: UserSettings,
  locale: string,
  now: Date,
): DraftResult {
  const composed = composeFor(view, task, settings, { locale, now, channel });
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
