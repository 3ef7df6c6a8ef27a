import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  BackupError,
  backupStores,
  type ImportCounts,
  parseBackup,
  recordPlace,
} from '../model/backup';
import { type Db, NewerDatabaseError, openAsItIs, recordStores, type StoreName } from './db';
import type { WriteTx } from './records';
import { isOnAnotherOpportunity, ownedStores, writeAndReplan } from './writes';

export { BackupError, type ImportCounts };

/** The stores a backup is read from: its records, and the settings. */
const exportedStores = [...backupStores, 'settings'] as const satisfies readonly StoreName[];

/**
 * The backup of the database `open` gives, or, when it was written by a newer Afterview
 * and refused, of that database read as it is: the user can keep a copy of everything
 * before updating or restoring. That database is only read, never written; if the newer
 * version no longer has a store a backup needs, the refusal stands.
 */
export async function exportBackupOf(open: () => Promise<Db>, now: Date): Promise<Backup> {
  let db: Db;
  try {
    db = await open();
  } catch (error) {
    if (error instanceof NewerDatabaseError) return exportAsItIs(error, now);
    throw error;
  }
  return exportBackup(db, now);
}

/** The backup of a database a newer Afterview wrote, read as it is; if it cannot be, the refusal stands. */
async function exportAsItIs(refused: NewerDatabaseError, now: Date): Promise<Backup> {
  const db = await openAsItIs(refused.database).catch(() => {
    throw refused;
  });
  try {
    if (!exportedStores.every((name) => db.objectStoreNames.contains(name))) throw refused;
    return await exportBackup(db, now);
  } finally {
    db.close();
  }
}

/**
 * Everything the user entered, read in one readonly transaction so the file is a consistent
 * snapshot. Settings are included only when the user saved some; tasks never (they are
 * derived, and an import replans them).
 */
export async function exportBackup(db: Db, now: Date): Promise<Backup> {
  const tx = db.transaction([...exportedStores], 'readonly');
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
 * - `merge` writes the file over what is there (a record with the same id is overwritten),
 *   unless that would move a record to another opportunity (`refuseMoves`).
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
    if (mode === 'merge') await refuseMoves(tx, backup);
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

/**
 * Merge never moves a person, interview or touch to another opportunity. A file that has an
 * id the database keeps on another opportunity comes from another history of this data, or
 * was made by hand: overwriting would leave the records still on the first opportunity
 * naming someone who is gone (that interview could not be saved again). Importing it under
 * a new id instead would mean rewriting the task states whose ids embed it
 * (`thank_you:<interview>:<person>`), and merging the same file again would add it again.
 * So the whole file is refused, naming the record, before anything is written: the database
 * keeps every record and the user keeps the file. Threads are not checked: their id is
 * Gmail's, and tracking a thread again may link it to another opportunity too.
 */
async function refuseMoves(tx: WriteTx, backup: Backup): Promise<void> {
  for (const store of ownedStores) {
    const records = backup[store];
    const moved = await Promise.all(records.map((record) => isOnAnotherOpportunity(tx, store, record)));
    const index = moved.indexOf(true);
    if (index === -1) continue;
    throw new BackupError(
      `${recordPlace(store, index, records[index]!.id)}: your data already has this id on another opportunity, and importing it would take it away from the records there that name it. Nothing was imported.`,
    );
  }
}

/** Delete every record, task and setting in one transaction (not `sites` or `meta`). */
export async function wipe(db: Db): Promise<void> {
  const tx = db.transaction([...recordStores], 'readwrite');
  await Promise.all([...recordStores.map((name) => tx.objectStore(name).clear()), tx.done]);
}
