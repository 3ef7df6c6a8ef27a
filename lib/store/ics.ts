import { createEvents, type EventAttributes } from 'ics';
import type { StoredTask } from '../model';
import { taskTitle } from '../ui/labels';
import type { Db } from './db';

/** A calendar UID that stays the same for the same task, so re-importing updates the event. */
export function taskUid(task: Pick<StoredTask, 'opportunityId' | 'id'>): string {
  return `${encodeURIComponent(task.opportunityId)}.${encodeURIComponent(task.id)}@afterview`;
}

const EVENT_MINUTES = 30;

/**
 * The open tasks (pending or snoozed) as an iCalendar file: one 30-minute event per task at
 * its due time (in UTC, so every calendar places it at the same instant), titled with what
 * to do, for whom and where, and citing the playbook rule. No alarms, no network.
 */
export async function exportTasksIcs(db: Db, now: Date): Promise<string> {
  const tx = db.transaction(['tasks', 'opportunities', 'people'], 'readonly');
  const tasks = await tx
    .objectStore('tasks')
    .index('by-open-due')
    .getAll(IDBKeyRange.bound([1, -Infinity], [1, Infinity]));
  const opportunities = new Map(
    (await tx.objectStore('opportunities').getAll()).map((o) => [o.id, o] as const),
  );
  const people = new Map((await tx.objectStore('people').getAll()).map((p) => [p.id, p] as const));
  await tx.done;

  // Only open tasks, in due order; ties by UID so the file is the same for the same data.
  const open = tasks
    .filter((task) => task.state === 'pending' || task.state === 'snoozed')
    .sort((a, b) => a.dueAt - b.dueAt || compare(taskUid(a), taskUid(b)));

  const events = open.map((task): EventAttributes & { timestamp: number } => {
    const opportunity = opportunities.get(task.opportunityId);
    const personName = task.person ? (people.get(task.person)?.name ?? null) : null;
    const company = opportunity?.company ?? 'unknown company';
    const description = [
      opportunity ? `${opportunity.role} at ${opportunity.company}` : null,
      task.channel ? `Channel: ${task.channel.replaceAll('_', ' ')}` : null,
      task.reason ? task.reason : null,
      `Rule ${task.rule} of the Afterview playbook`,
    ].filter((line): line is string => line !== null);
    return {
      uid: taskUid(task),
      timestamp: now.getTime(),
      title: clean(`${taskTitle(task.kind, personName)} (${company})`),
      description: clean(description.join('\n')),
      start: task.dueAt,
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: EVENT_MINUTES },
      categories: ['Afterview'],
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
    };
  });

  const { error, value } = createEvents(events, {
    productId: '-//Afterview//Follow-ups//EN',
    method: 'PUBLISH',
    calName: 'Afterview follow-ups',
  });
  if (error || value === null) throw error ?? new Error('Could not build the calendar file');
  return value;
}

/** One kind of line end (the library escapes \n), and no other control characters. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
