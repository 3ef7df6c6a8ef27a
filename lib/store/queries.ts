import type { StoredOpportunity, StoredTask } from '../model';
import { pipelineHealth, type PipelineWarning } from '../playbook';
import { at, dayOf } from '../playbook/calendar';
import type { Db } from './db';
import { readSettings } from './replan';

/** Open (pending or snoozed) tasks due in (from, to]: what became due between two wake-ups. */
export async function openTasksDueBetween(db: Db, from: number, to: number): Promise<StoredTask[]> {
  if (from >= to) return []; // An empty range is an error to IndexedDB, not an empty answer.
  return db.getAllFromIndex('tasks', 'by-open-due', IDBKeyRange.bound([1, from], [1, to], true, false));
}

/** The badge's number: open tasks due now or overdue. */
export function countDue(db: Db, now: number): Promise<number> {
  return db.countFromIndex('tasks', 'by-open-due', IDBKeyRange.bound([1, -Infinity], [1, now]));
}

/** When something next becomes due or late, for the one alarm; null when nothing is ahead. */
export async function nextWakeUp(db: Db, now: number): Promise<number | null> {
  const tx = db.transaction('tasks');
  const ahead = IDBKeyRange.bound([1, now], [1, Infinity], true, false);
  const [due, late] = await Promise.all([
    tx.store.index('by-open-due').openCursor(ahead),
    tx.store.index('by-open-late').openCursor(ahead),
  ]);
  const times = [due?.value.dueAt, late?.value.lateAt].filter((t): t is number => t !== undefined);
  return times.length > 0 ? Math.min(...times) : null;
}

/** A task with the names the popup shows beside it. */
export interface TaskView extends StoredTask {
  company: string;
  role: string;
  personName: string | null;
  demo: boolean;
}

export interface PopupData {
  /** Past their `late` time. */
  overdue: TaskView[];
  /** Due by the end of today, not yet late. */
  dueToday: TaskView[];
  /** The next few after today. */
  comingUp: TaskView[];
  counts: Record<StoredOpportunity['status'], number>;
  warnings: PipelineWarning[];
  timeZone: string;
}

const statuses = ['applied', 'interviewing', 'awaiting_decision', 'offer', 'closed'] as const;

/**
 * Everything the popup shows, read through indexes only: the open tasks due by tonight, the
 * next `upcoming` after that, counts per status, and pipeline health (R6).
 */
export async function popupData(db: Db, now: number, upcoming = 20): Promise<PopupData> {
  const tx = db.transaction(['tasks', 'opportunities', 'people', 'settings']);
  const settings = await readSettings(tx);
  const tz = settings.timeZone;
  const endOfToday = at(dayOf(now, tz) + 1, '00:00', tz) - 1;
  const byDue = tx.objectStore('tasks').index('by-open-due');

  const [dueByTonight, later, counts, newest] = await Promise.all([
    byDue.getAll(IDBKeyRange.bound([1, -Infinity], [1, endOfToday])),
    byDue.getAll(IDBKeyRange.bound([1, endOfToday], [1, Infinity], true, false), upcoming),
    Promise.all(statuses.map((s) => tx.objectStore('opportunities').index('by-status').count(s))),
    tx.objectStore('opportunities').index('by-applied').openCursor(null, 'prev'),
  ]);

  const opportunities = new Map<string, StoredOpportunity | undefined>();
  const names = new Map<string, string | null>();
  const view = async (task: StoredTask): Promise<TaskView> => {
    if (!opportunities.has(task.opportunityId)) {
      opportunities.set(task.opportunityId, await tx.objectStore('opportunities').get(task.opportunityId));
    }
    if (task.person && !names.has(task.person)) {
      names.set(task.person, (await tx.objectStore('people').get(task.person))?.name ?? null);
    }
    const opportunity = opportunities.get(task.opportunityId);
    return {
      ...task,
      company: opportunity?.company ?? '',
      role: opportunity?.role ?? '',
      personName: task.person ? (names.get(task.person) ?? null) : null,
      demo: opportunity?.demo ?? false,
    };
  };
  const [today, coming] = [await Promise.all(dueByTonight.map(view)), await Promise.all(later.map(view))];

  const countByStatus = Object.fromEntries(statuses.map((s, i) => [s, counts[i]!])) as PopupData['counts'];
  const active = statuses.filter((s) => s !== 'closed').reduce((sum, s) => sum + countByStatus[s], 0);
  const lastApplied = newest?.value.appliedAt ? new Date(newest.value.appliedAt) : null;
  return {
    overdue: today.filter((t) => t.lateAt <= now),
    dueToday: today.filter((t) => t.lateAt > now),
    comingUp: coming,
    counts: countByStatus,
    warnings: pipelineHealth({ active, lastAppliedAt: lastApplied }, new Date(now)),
    timeZone: tz,
  };
}
