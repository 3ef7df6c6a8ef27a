/**
 * How the store reads inside a transaction: the transaction types, the user's settings
 * (defaults filled in), and one opportunity's records as the scheduler plans from them.
 */
import type { IDBPTransaction } from 'idb';
import {
  type StoredInterview,
  type StoredOpportunity,
  type StoredPerson,
  type StoredTaskState,
  type StoredTouch,
  UserSettings,
} from '../model';
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
