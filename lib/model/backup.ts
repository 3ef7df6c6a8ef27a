import { z } from 'zod';
import {
  StoredInterview,
  StoredOpportunity,
  StoredPerson,
  StoredTaskState,
  StoredTouch,
  Thread,
  UserSettings,
} from './stored';
import { IsoDateTime } from './time';

/**
 * The backup file: every record the user entered, in one versioned JSON document. Tasks are
 * not in it: they are derived, and importing replans them. Pure: parsing and explaining a
 * file needs no browser; the store writes what `parseBackup` accepts.
 */

export const BACKUP_FORMAT = 'afterview-backup';
export const BACKUP_VERSION = 1;

/** How many records of each kind an import wrote. */
export const ImportCounts = z.object({
  opportunities: z.number(),
  people: z.number(),
  interviews: z.number(),
  touches: z.number(),
  taskStates: z.number(),
  threads: z.number(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** The record arrays of a backup, in the order they are written and reported. */
export const backupStores = [
  'opportunities',
  'people',
  'interviews',
  'touches',
  'taskStates',
  'threads',
] as const;
export type BackupStore = (typeof backupStores)[number];

/** The field that identifies a record of each store (task states also need their opportunity). */
const idField: Record<BackupStore, 'id' | 'threadId'> = {
  opportunities: 'id',
  people: 'id',
  interviews: 'id',
  touches: 'id',
  taskStates: 'id',
  threads: 'threadId',
};

/** Keys that could reach an object's prototype if some later code merged the file naively. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

type Path = (string | number)[];

const BackupShape = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: IsoDateTime,
    settings: UserSettings.nullable().default(null),
    opportunities: z.array(StoredOpportunity),
    people: z.array(StoredPerson),
    interviews: z.array(StoredInterview),
    touches: z.array(StoredTouch),
    taskStates: z.array(StoredTaskState),
    threads: z.array(Thread),
  })
  .superRefine((backup, ctx) => {
    const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

    // Ids are unique per store (a task state's key is its opportunity and task id).
    const keys: Array<[BackupStore, string[]]> = [
      ['opportunities', backup.opportunities.map((r) => r.id)],
      ['people', backup.people.map((r) => r.id)],
      ['interviews', backup.interviews.map((r) => r.id)],
      ['touches', backup.touches.map((r) => r.id)],
      ['taskStates', backup.taskStates.map((r) => JSON.stringify([r.opportunityId, r.id]))],
      ['threads', backup.threads.map((r) => r.threadId)],
    ];
    for (const [store, ids] of keys) {
      const seen = new Map<string, number>();
      ids.forEach((key, index) => {
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
          return;
        }
        const id = store === 'taskStates' ? backup.taskStates[index]!.id : key;
        const what = store === 'taskStates' ? 'duplicate state for task' : 'duplicate id';
        issue([store, index, idField[store]], `${what} ${quote(id)} (${store}[${first}] has it too)`);
      });
    }

    // Every record belongs to an opportunity in this file.
    const opportunities = new Set(backup.opportunities.map((o) => o.id));
    for (const store of ['people', 'interviews', 'touches', 'taskStates', 'threads'] as const) {
      backup[store].forEach((record, index) => {
        if (!opportunities.has(record.opportunityId)) {
          issue(
            [store, index, 'opportunityId'],
            `no opportunity with id ${quote(record.opportunityId)} in this backup`,
          );
        }
      });
    }

    // Every person named by another record is in this file, on that record's opportunity (the
    // store refuses anything else, so such a record could never be saved again).
    const people = new Map(backup.people.map((p) => [p.id, p.opportunityId]));
    const person = (id: string | null, opportunityId: string, path: Path) => {
      if (id === null) return;
      const on = people.get(id);
      if (on === undefined) issue(path, `no person with id ${quote(id)} in this backup`);
      else if (on !== opportunityId)
        issue(path, `the person ${quote(id)} is on another opportunity in this backup`);
    };
    backup.opportunities.forEach((o, i) => person(o.referredBy, o.id, ['opportunities', i, 'referredBy']));
    backup.interviews.forEach((interview, i) =>
      interview.interviewers.forEach((id, j) =>
        person(id, interview.opportunityId, ['interviews', i, 'interviewers', j]),
      ),
    );
    backup.touches.forEach((t, i) => person(t.person, t.opportunityId, ['touches', i, 'person']));
  });

/**
 * A backup file. The header is checked first (is it ours, and a version this code reads?),
 * then the whole file for keys that could pollute prototypes, then every record and the
 * references between them. Parse with `parseBackup` for a readable error.
 */
export const Backup = z
  .unknown()
  .superRefine((value, ctx) => {
    const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issue([], `This is not an Afterview backup: expected a JSON object, found ${kindOf(value)}.`);
      return;
    }
    const format = ownValue(value, 'format');
    if (format !== BACKUP_FORMAT) {
      issue(
        ['format'],
        format === undefined
          ? 'This is not an Afterview backup: it has no "format" field.'
          : `This is not an Afterview backup: its format is ${describeValue(format)}, not "${BACKUP_FORMAT}".`,
      );
      return;
    }
    const version = ownValue(value, 'version');
    if (version !== BACKUP_VERSION) {
      issue(
        ['version'],
        typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION
          ? `This backup was made by a newer Afterview (version ${version}); update Afterview first.`
          : version === undefined
            ? `This Afterview backup has no version number, so this Afterview cannot read it.`
            : `This Afterview backup has version ${describeValue(version)}, which this Afterview cannot read (it reads version ${BACKUP_VERSION}).`,
      );
      return;
    }
    for (const path of findForbiddenKeys(value)) {
      issue(path, 'a key with this name is not allowed in a backup');
    }
  })
  .pipe(BackupShape);
export type Backup = z.infer<typeof Backup>;

/** A file that is not a backup this Afterview can import; the message says what and where. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Validate a whole backup: a parsed JSON value, or the file's text. Throws a `BackupError`
 * naming the first problems (record, id and field) when anything is wrong.
 */
export function parseBackup(raw: unknown): Backup {
  const value = typeof raw === 'string' ? parseJsonText(raw) : raw;
  const result = Backup.safeParse(value);
  if (!result.success) throw new BackupError(describeBackupError(result.error, value));
  return result.data;
}

function parseJsonText(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new BackupError('This file is empty: it is not an Afterview backup.');
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new BackupError(`This file is not valid JSON; it may be cut short or damaged${detail}.`);
  }
}

const MAX_LISTED = 3;

/**
 * A readable account of what is wrong with a backup: `people[3] (id "p9").email: expected
 * string, received number`. Pass the parsed `input` too, to name each record by its id. A
 * file that is not a backup, or from another version, gets one plain sentence.
 */
export function describeBackupError(error: z.ZodError, input?: unknown): string {
  const issues = error.issues;
  const header =
    issues.find((i) => i.path.length === 0) ??
    issues.find((i) => i.path.length === 1 && i.path[0] === 'format') ??
    issues.find((i) => i.path.length === 1 && i.path[0] === 'version');
  if (header && header.code === 'custom') return header.message;

  const lines = issues
    .slice(0, MAX_LISTED)
    .map((issue) => `${where(issue.path, input)}: ${what(issue, input)}`);
  const more = issues.length - lines.length;
  const problems = lines.join('; ');
  return more > 0 ? `${problems}; and ${more} more problem${more === 1 ? '' : 's'}` : problems;
}

/** `people[3] (id "p9")`: where a record is in a backup file, to name it in a message. */
export function recordPlace(store: BackupStore, index: number, id: string): string {
  return `${store}[${index}] (id ${quote(id)})`;
}

/** `people[3] (id "p9").bestTime[1]` */
function where(path: readonly PropertyKey[], input: unknown): string {
  if (path.length === 0) return 'the file';
  const [first, second, ...rest] = path;
  let text = segment(first!, true);
  if (isBackupStore(first) && typeof second === 'number') {
    const id = recordId(input, first, second);
    text = id === null ? `${text}[${second}]` : recordPlace(first, second, id);
  } else if (second !== undefined) {
    rest.unshift(second);
  }
  return text + rest.map((key) => segment(key, false)).join('');
}

function segment(key: PropertyKey, first: boolean): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = String(key);
  if (/^[A-Za-z_$][\w$]*$/.test(name)) return first ? name : `.${name}`;
  return `[${JSON.stringify(name)}]`;
}

function what(issue: z.core.$ZodIssue, input: unknown): string {
  const message = issue.message
    .replace(/^Invalid (input|option|discriminator value)(: |\. |$)/, '')
    .replace(/^Expected /, 'expected ');
  if (
    issue.code === 'invalid_type' &&
    (isMissing(input, issue.path) ?? /received undefined$/.test(message))
  ) {
    return `missing (expected ${issue.expected})`;
  }
  return message === '' ? 'not a valid value' : message;
}

/** Whether the input lacks the field at `path`; null when there is no input to look in. */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean | null {
  if (input === undefined || path.length === 0) return null;
  let node: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (typeof key === 'symbol') return null;
    node = ownValue(node, String(key));
  }
  const last = path[path.length - 1]!;
  if (typeof node !== 'object' || node === null || typeof last === 'symbol') return null;
  return ownValue(node, String(last)) === undefined;
}

function isBackupStore(key: unknown): key is BackupStore {
  return typeof key === 'string' && (backupStores as readonly string[]).includes(key);
}

/** The id of `input[store][index]`, read without trusting the input's shape. */
function recordId(input: unknown, store: BackupStore, index: number): string | null {
  const records = ownValue(input, store);
  if (!Array.isArray(records)) return null;
  const id = ownValue(records[index], idField[store]);
  return typeof id === 'string' && id !== '' ? id : null;
}

function ownValue(object: unknown, key: string): unknown {
  if (typeof object !== 'object' || object === null || !Object.hasOwn(object, key)) return undefined;
  return (object as Record<string, unknown>)[key];
}

/** Every path, in document order, where an object has a key that could pollute a prototype. */
function findForbiddenKeys(root: unknown, limit = 20): Path[] {
  const found: Path[] = [];
  const seen = new WeakSet<object>();
  const stack: Array<[unknown, Path]> = [[root, []]];
  while (stack.length > 0 && found.length < limit) {
    const [node, path] = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const children: Array<[unknown, Path]> = [];
    if (Array.isArray(node)) {
      node.forEach((item, index) => children.push([item, [...path, index]]));
    } else {
      for (const key of Object.keys(node)) {
        if (forbiddenKeys.has(key)) found.push([...path, key]);
        else children.push([(node as Record<string, unknown>)[key], [...path, key]]);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return kindOf(value);
}

/** A value quoted for a message, cut short if long. */
function quote(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
