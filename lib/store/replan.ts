import type { IDBPTransaction } from 'idb';
import {
  type StoredInterview,
  type StoredOpportunity,
  type StoredPerson,
  type StoredTask,
  type StoredTaskState,
  type StoredTouch,
  UserSettings,
} from '../model';
import { plan } from '../playbook';
import type { AfterviewDb, Db, StoreName } from './db';

export type WriteTx = IDBPTransaction<AfterviewDb, StoreName[], 'readwrite'>;
export type ReadTx = IDBPTransaction<AfterviewDb, StoreName[], 'readonly' | 'readwrite'>;

/** The user's settings, or the defaults in the browser's own time zone. */
export async function readSettings(tx: ReadTx): Promise<UserSettings> {
  const stored = await tx.objectStore('settings').get('user');
  // Parsing fills in settings added since they were saved (tone, templates…).
  return UserSettings.parse(stored ?? { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
}

/** One opportunity's records as stored: what the scheduler plans from. */
export interface StoredRecords {
  opportunity: StoredOpportunity;
  people: StoredPerson[];
  interviews: StoredInterview[];
  touches: StoredTouch[];
  taskStates: StoredTaskState[];
}

/** The user's settings, read in a transaction of its own. */
export function getSettings(db: Db): Promise<UserSettings> {
  return readSettings(db.transaction(['settings'] as StoreName[]));
}

/** Everything the scheduler needs for one opportunity, read inside the caller's transaction. */
export async function loadRecords(tx: ReadTx, opportunityId: string): Promise<StoredRecords | null> {
  const opportunity = await tx.objectStore('opportunities').get(opportunityId);
  if (!opportunity) return null;
  const [people, interviews, touches, taskStates] = await Promise.all([
    tx.objectStore('people').index('by-opportunity').getAll(opportunityId),
    tx.objectStore('interviews').index('by-opportunity').getAll(opportunityId),
    tx.objectStore('touches').index('by-opportunity').getAll(opportunityId),
    tx.objectStore('taskStates').index('by-opportunity').getAll(opportunityId),
  ]);
  return { opportunity, people, interviews, touches, taskStates };
}

/**
 * Replace an opportunity's stored tasks with a fresh plan, in the caller's transaction, so
 * the records and their schedule are never out of step. A deleted opportunity loses its tasks.
 */
export async function replan(
  tx: WriteTx,
  opportunityId: string,
  now: Date,
  settings: UserSettings,
): Promise<StoredTask[]> {
  const records = await loadRecords(tx, opportunityId);
  const store = tx.objectStore('tasks');
  const oldKeys = await store.index('by-opportunity').getAllKeys(opportunityId);
  await Promise.all(oldKeys.map((key) => store.delete(key)));
  if (!records) return [];

  const tasks = plan(records, now, settings).map((task): StoredTask => ({
    ...task,
    opportunityId,
    dueAt: Date.parse(task.due),
    lateAt: Date.parse(task.late),
    open: task.state === 'pending' || task.state === 'snoozed' ? 1 : 0,
  }));
  await Promise.all(tasks.map((task) => store.put(task)));
  return tasks;
}
