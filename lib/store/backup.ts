import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  BackupError,
  type ImportCounts,
  parseBackup,
} from '../model/backup';
import { type Db, recordStores } from './db';
import { writeAndReplan } from './writes';

export { BackupError, type ImportCounts };

/**
 * Everything the user entered, read in one readonly transaction so the file is a consistent
 * snapshot. Settings are included only when the user saved some; tasks never (they are
 * derived, and an import replans them).
 */
export async function exportBackup(db: Db, now: Date): Promise<Backup> {
  const tx = db.transaction(
    ['opportunities', 'people', 'interviews', 'touches', 'taskStates', 'threads', 'settings'],
    'readonly',
  );
  const [settings, opportunities, people, interviews, touches, taskStates, threads] = await Promise.all([
    tx.objectStore('settings').get('user'),
    tx.objectStore('opportunities').getAll(),
    tx.objectStore('people').getAll(),
    tx.objectStore('interviews').getAll(),
    tx.objectStore('touches').getAll(),
    tx.objectStore('taskStates').getAll(),
    tx.objectStore('threads').getAll(),
  ]);
  await tx.done;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: settings ?? null,
    opportunities,
    people,
    interviews,
    touches,
    taskStates,
    threads,
  };
}

/**
 * Import a backup: a parsed JSON value or the file's text. The whole file is validated
 * first; any problem throws a `BackupError` naming the record and field, and nothing is
 * written. Then, in one transaction over every record store:
 *
 * - `replace` clears every record store (tasks and settings included), then writes the file;
 * - `merge` writes the file over what is there (a record with the same id is overwritten).
 *
 * The file's settings, when it has any, are written first; then every opportunity in the
 * database is replanned with the resulting settings, in the same transaction. If anything
 * fails, the transaction aborts and the database is as it was.
 */
export async function importBackup(
  db: Db,
  raw: unknown,
  mode: 'replace' | 'merge',
  now: Date,
): Promise<ImportCounts> {
  if (mode !== 'replace' && mode !== 'merge') throw new TypeError(`Unknown import mode "${String(mode)}"`);
  const backup = parseBackup(raw);

  return writeAndReplan(db, now, async (tx) => {
    if (mode === 'replace') {
      await Promise.all(recordStores.map((name) => tx.objectStore(name).clear()));
    }
    if (backup.settings) await tx.objectStore('settings').put(backup.settings, 'user');

    const opportunities = tx.objectStore('opportunities');
    const people = tx.objectStore('people');
    const interviews = tx.objectStore('interviews');
    const touches = tx.objectStore('touches');
    const taskStates = tx.objectStore('taskStates');
    const threads = tx.objectStore('threads');
    await Promise.all([
      ...backup.opportunities.map((record) => opportunities.put(record)),
      ...backup.people.map((record) => people.put(record)),
      ...backup.interviews.map((record) => interviews.put(record)),
      ...backup.touches.map((record) => touches.put(record)),
      ...backup.taskStates.map((record) => taskStates.put(record)),
      ...backup.threads.map((record) => threads.put(record)),
    ]);

    // Merged records may move between opportunities, and new settings change every
    // schedule: replan them all, not only the file's.
    const affected = await opportunities.getAllKeys();
    const result: ImportCounts = {
      opportunities: backup.opportunities.length,
      people: backup.people.length,
      interviews: backup.interviews.length,
      touches: backup.touches.length,
      taskStates: backup.taskStates.length,
      threads: backup.threads.length,
    };
    return { result, affected };
  });
}

/** Delete every record, task and setting in one transaction (not `sites` or `meta`). */
export async function wipe(db: Db): Promise<void> {
  const tx = db.transaction([...recordStores], 'readwrite');
  await Promise.all([...recordStores.map((name) => tx.objectStore(name).clear()), tx.done]);
}
