import {
  type InterviewDay,
  OpportunityStatus,
  type OpportunitySummary,
  type PopupData,
  type StoredInterview,
  type StoredOpportunity,
  type StoredTask,
  type TaskView,
} from '../model';
// "Due but not yet late" is found among tasks due in the plan's longest due-to-late span.
import { MAX_DUE_TO_LATE_MS, pipelineHealth } from '../playbook';
import { at, dayOf } from '../time/calendar';
import type { Db } from './db';
import { readSettings } from './records';

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

const statuses = OpportunityStatus.options;

/** On an interview day, tasks due more than this many days ahead are folded (issue 16). */
export const QUIET_DAYS = 7;

/**
 * Whether an interview starts today in `timeZone`, and which one the popup names: the next
 * not yet over, else the last. Sample interviews do not count: nobody has them to go to.
 */
async function interviewDay(
  interviews: StoredInterview[],
  opportunity: (id: string) => Promise<StoredOpportunity | undefined>,
  now: number,
  timeZone: string,
): Promise<InterviewDay | null> {
  const today = dayOf(now, timeZone);
  const todays = interviews
    .filter((i) => dayOf(Date.parse(i.start), timeZone) === today)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const real: Array<[StoredInterview, StoredOpportunity]> = [];
  for (const interview of todays) {
    const record = await opportunity(interview.opportunityId);
    if (record && !record.demo) real.push([interview, record]);
  }
  if (real.length === 0) return null;
  const ahead = real.find(([i]) => Date.parse(i.end) > now);
  const [interview, record] = ahead ?? real[real.length - 1]!;
  return {
    start: interview.start,
    company: record.company,
    opportunityId: record.id,
    over: !ahead,
    foldAfter: at(today + QUIET_DAYS + 1, '00:00', timeZone) - 1,
  };
}

/**
 * Everything the popup shows, read through indexes only and cut to `limit` per list, so it
 * stays quick however many tasks pile up: overdue, due by tonight, the next `limit` after
 * that, counts per status, pipeline health (R6), and whether an interview starts today (the
 * tasks are never scanned for that: one read of the interviews store, small next to them).
 */
export async function popupData(db: Db, now: number, limit = 50): Promise<PopupData> {
  const tx = db.transaction(['tasks', 'opportunities', 'people', 'settings', 'interviews']);
  const settings = await readSettings(tx);
  const tz = settings.timeZone;
  const endOfToday = at(dayOf(now, tz) + 1, '00:00', tz) - 1;
  const tasks = tx.objectStore('tasks');
  const late = IDBKeyRange.bound([1, -Infinity], [1, now]);

  const [overdue, overdueTotal, comingUp, counts, newest, interviews] = await Promise.all([
    tasks.index('by-open-late').getAll(late, limit),
    tasks.index('by-open-late').count(late),
    tasks.index('by-open-due').getAll(IDBKeyRange.bound([1, endOfToday], [1, Infinity], true, false), limit),
    Promise.all(statuses.map((s) => tx.objectStore('opportunities').index('by-status').count(s))),
    tx.objectStore('opportunities').index('by-applied').openCursor(null, 'prev'),
    // Interviews have no index by start (one would need a migration); their store is small
    // next to the tasks', so one read of it answers "is there an interview today?".
    tx.objectStore('interviews').getAll(),
  ]);

  const dueToday: StoredTask[] = [];
  let dueTodayTotal = 0;
  const window = IDBKeyRange.bound([1, now - MAX_DUE_TO_LATE_MS], [1, endOfToday]);
  for (
    let cursor = await tasks.index('by-open-due').openCursor(window);
    cursor;
    cursor = await cursor.continue()
  ) {
    if (cursor.value.lateAt <= now) continue;
    dueTodayTotal++;
    if (dueToday.length < limit) dueToday.push(cursor.value);
  }

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
      // What the why-line names; tasks stored before it was kept have none until replanned.
      because: task.because ?? null,
    };
  };
  const views = async (list: StoredTask[]) => {
    const result: TaskView[] = [];
    for (const task of list) result.push(await view(task));
    return result;
  };

  const countByStatus = Object.fromEntries(statuses.map((s, i) => [s, counts[i]!])) as PopupData['counts'];
  const active = statuses.filter((s) => s !== 'closed').reduce((sum, s) => sum + countByStatus[s], 0);
  const lastApplied = newest?.value.appliedAt ? new Date(newest.value.appliedAt) : null;
  return {
    overdue: await views(overdue),
    dueToday: await views(dueToday),
    comingUp: await views(comingUp),
    totals: { overdue: overdueTotal, dueToday: dueTodayTotal },
    counts: countByStatus,
    warnings: pipelineHealth({ active, lastAppliedAt: lastApplied }, new Date(now)),
    timeZone: tz,
    interviewToday: await interviewDay(
      interviews,
      async (id) => {
        if (!opportunities.has(id)) opportunities.set(id, await tx.objectStore('opportunities').get(id));
        return opportunities.get(id);
      },
      now,
      tz,
    ),
  };
}

/**
 * Every opportunity with its next open task, read in one transaction: the open tasks are
 * walked once in due order (the `by-open-due` index), so the first met per opportunity is
 * its next; the board never asks per opportunity.
 */
export async function opportunitySummaries(db: Db): Promise<OpportunitySummary[]> {
  const tx = db.transaction(['opportunities', 'tasks', 'people'], 'readonly');
  const opportunities = await tx.objectStore('opportunities').getAll();
  const next = new Map<string, StoredTask>();
  const open = IDBKeyRange.bound([1, -Infinity], [1, Infinity]);
  for (
    let cursor = await tx.objectStore('tasks').index('by-open-due').openCursor(open);
    cursor;
    cursor = await cursor.continue()
  ) {
    if (!next.has(cursor.value.opportunityId)) next.set(cursor.value.opportunityId, cursor.value);
    if (next.size === opportunities.length) break;
  }
  const people = tx.objectStore('people');
  const summaries: OpportunitySummary[] = [];
  for (const opportunity of opportunities) {
    const task = next.get(opportunity.id);
    const person = task?.person ? await people.get(task.person) : undefined;
    summaries.push({
      opportunity,
      next: task
        ? { kind: task.kind, personName: person?.name ?? null, due: task.due, dueAt: task.dueAt }
        : null,
    });
  }
  return summaries;
}
