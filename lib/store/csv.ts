import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import Papa from 'papaparse';
import type { StoredPerson, StoredTask, StoredTouch, TouchPurpose } from '../model';
import type { Db } from './db';
import { taskTitle } from '../ui/labels';
import { readSettings } from './records';

export const CSV_COLUMNS = [
  'Company',
  'Role',
  'Status',
  'Outcome',
  'Last touch',
  'Next task',
  'People',
] as const;

/**
 * Where a spreadsheet may start a formula: at the start of a cell and, when it opens the file
 * with `;` as its list separator (many locales do), where our quotes no longer line up, after
 * any `;` or line break in a cell. It may skip spaces first (any Unicode space, zero-width ones
 * and quote marks), and may read the full-width and small forms of = + - @ as the ASCII ones.
 */
const FORMULA_AT =
  /(^|;|[\r\n]+)(?=(?:[^\S\r\n]|[\u200b-\u200d\u2060\u180e"])*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b])/g;

/**
 * The cell with an apostrophe (OWASP's defence) at each place a formula could start, and at
 * the start of a cell that starts with a tab or carriage return (OWASP's list). Every column is
 * text, so `-5` gets one too; a numeric column, if one is ever added, should pass numbers as
 * numbers and skip this.
 */
function neutraliseCell(cell: string): string {
  const marked = cell.replace(FORMULA_AT, "$1'");
  return /^[\t\r]/.test(marked) ? `'${marked}` : marked;
}

const purposes: Record<TouchPurpose, string> = {
  thank_you: 'thank-you',
  check_in: 'check-in',
  value_add: 'value-add',
  congrats: 'congratulations',
  reply: 'reply',
  scheduling: 'scheduling',
  references_requested: 'references requested',
  status_update: 'status update',
  rejection: 'rejection',
  offer: 'offer',
  news: 'news',
  withdrawal: 'withdrawal',
  filled: 'position filled',
};

/**
 * One row per opportunity, for a spreadsheet: company, role, status, outcome, the last
 * touch and the next open task (in the user's time zone), and the people with their roles.
 * Starts with a UTF-8 byte order mark (so spreadsheets read accents right), ends lines with
 * CRLF (the last line too), and puts an apostrophe wherever a formula could start (see
 * `neutraliseCell`). `_now` is unused: the export reads the stored plan, which every write keeps current.
 */
export async function exportOpportunitiesCsv(db: Db, _now: Date): Promise<string> {
  const tx = db.transaction(['opportunities', 'people', 'touches', 'tasks', 'settings'], 'readonly');
  const [settings, opportunities, people, touches, tasks] = await Promise.all([
    readSettings(tx),
    tx.objectStore('opportunities').getAll(),
    tx.objectStore('people').getAll(),
    tx.objectStore('touches').getAll(),
    tx
      .objectStore('tasks')
      .index('by-open-due')
      .getAll(IDBKeyRange.bound([1, -Infinity], [1, Infinity])),
  ]);
  await tx.done;

  const tz = settings.timeZone;
  const when = (instant: number) => format(new TZDate(instant, tz), 'yyyy-MM-dd HH:mm');
  const peopleOf = groupBy(people, (p) => p.opportunityId);
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const lastTouch = latestBy(touches, (t) => Date.parse(t.at));
  const nextTask = earliestBy(
    tasks.filter((t) => t.state === 'pending' || t.state === 'snoozed'),
    (t) => t.dueAt,
  );

  const rows = [...opportunities]
    .sort((a, b) => text(a.company, b.company) || text(a.role, b.role) || text(a.id, b.id))
    .map((o) => {
      const touch = lastTouch.get(o.id);
      const task = nextTask.get(o.id);
      return [
        o.company,
        o.role,
        o.status.replaceAll('_', ' '),
        o.outcome ? o.outcome.replaceAll('_', ' ') : '',
        touch ? `${when(Date.parse(touch.at))} · ${purposes[touch.purpose]} · ${touch.direction}` : '',
        task
          ? `${taskTitle(task.kind, task.person ? (personName.get(task.person) ?? null) : null)} · due ${when(task.dueAt)}`
          : '',
        (peopleOf.get(o.id) ?? [])
          .sort((a, b) => text(a.name, b.name) || text(a.id, b.id))
          .map((p: StoredPerson) => `${p.name} (${p.role.replaceAll('_', ' ')})`)
          .join('; '),
      ];
    });

  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((row) => row.map(neutraliseCell)) },
    {
      newline: '\r\n',
      escapeFormulae: false,
      // Papaparse quotes separators (`,`), quotes and line breaks; quote `;` (the separator in
      // many locales) and neutralised cells too (some spreadsheets read quoted cells as text).
      quotes: (cell: string) => cell.includes(';') || cell.startsWith("'"),
    },
  );
  // Every record ends with CRLF, the last one too (papaparse leaves it off, except after
  // a lone header).
  return `\uFEFF${csv.endsWith('\r\n') ? csv : `${csv}\r\n`}`;
}

function text(a: string, b: string): number {
  return a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Per opportunity, the touch with the latest time (ties: the later id). */
function latestBy(touches: StoredTouch[], time: (t: StoredTouch) => number): Map<string, StoredTouch> {
  const latest = new Map<string, StoredTouch>();
  for (const touch of touches) {
    const current = latest.get(touch.opportunityId);
    if (!current || time(touch) > time(current) || (time(touch) === time(current) && touch.id > current.id)) {
      latest.set(touch.opportunityId, touch);
    }
  }
  return latest;
}

/** Per opportunity, the open task due first (ties: the smaller id). */
function earliestBy(tasks: StoredTask[], time: (t: StoredTask) => number): Map<string, StoredTask> {
  const earliest = new Map<string, StoredTask>();
  for (const task of tasks) {
    const current = earliest.get(task.opportunityId);
    if (!current || time(task) < time(current) || (time(task) === time(current) && task.id < current.id)) {
      earliest.set(task.opportunityId, task);
    }
  }
  return earliest;
}
