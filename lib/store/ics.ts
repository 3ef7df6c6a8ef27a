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
  return refold(value);
}

/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const LINE_OCTETS = 75;

/**
 * The file with its lines folded by UTF-8 octets. The library folds by characters (75 of
 * them, up to 4 octets each) and starts continuation lines with a tab; this unfolds its lines
 * and folds them again at 75 octets, between code points (so never inside a multi-byte
 * character or a surrogate pair), each continuation line starting with one space. Unfolding
 * is safe: the text has no CR (`clean`) and its line feeds are escaped, so a CRLF followed by
 * a space or tab is always a fold.
 */
function refold(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(fold)
    .join('\r\n');
}

function fold(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    if (octets + size > LINE_OCTETS) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/** A code point's length in UTF-8 (a lone surrogate is written as U+FFFD, 3 octets). */
function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** One kind of line end (the library escapes \n), and no other control characters. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
