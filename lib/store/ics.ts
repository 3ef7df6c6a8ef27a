import { createEvents, type EventAttributes } from 'ics';
import type { StoredTask, TaskKind } from '../model';
import type { Db } from './db';

/** What a task asks the user to do, in a few words, with the person when there is one. */
const actions: Record<TaskKind, (person: string | null) => string> = {
  notes: () => 'Write interview notes',
  thank_you: (p) => withPerson('Thank-you', p),
  value_add_call: (p) => withPerson('Value-add call', p),
  reference_heads_up: (p) => withPerson('Reference heads-up', p),
  referrer_check_in: (p) => withPerson('Update your referrer', p),
  check_in: (p) => (p ? `Check in with ${p}` : 'Check in'),
  review_waiting: () => 'Review while waiting',
  move_on: () => 'Decide whether to move on',
  congrats: (p) => (p ? `Congratulate ${p}` : 'Send congratulations'),
  prep_next_round: () => 'Prepare for the next round',
  salary_research: () => 'Research the salary',
  offer_in_writing: (p) => withPerson('Ask for the offer in writing', p),
  compare_offer: () => 'Compare the offer',
  rejection_reply: (p) => withPerson('Reply to the rejection', p),
  linkedin_connect: (p) => withPerson('Connect on LinkedIn', p),
  withdrawal_letter: (p) => withPerson('Send the withdrawal letter', p),
};

function withPerson(action: string, person: string | null): string {
  return person ? `${action}: ${person}` : action;
}

/** "Thank-you: Amy Lee", "Check in with Amy Lee", "Research the salary". */
export function taskAction(kind: TaskKind, personName: string | null): string {
  return actions[kind](personName);
}

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
      title: clean(`${taskAction(task.kind, personName)} (${company})`),
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
