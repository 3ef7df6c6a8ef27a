/**
 * Named reads for the background: each takes a read transaction (so one answer sees one
 * consistent state) and says what it returns. Nothing outside lib/store opens a
 * transaction or names an object store.
 */
import type { StoredOpportunity, StoredPerson, StoredTask, Thread } from '../model';
import { sameJob } from '../model/jobs';
import { type Db, recordStores, type StoreName } from './db';
import type { ReadTx } from './records';

/** A read-only transaction over every record store: the background's usual view. */
export function readRecords(db: Db): ReadTx {
  return db.transaction([...recordStores] as StoreName[]);
}

/**
 * The open opportunity (not closed) for the same job as this company and role, however each
 * was written (lib/model/jobs.ts); undefined when there is none.
 */
export async function openSameJob(
  tx: Pick<ReadTx, 'objectStore'>,
  job: { company: string; role: string },
): Promise<StoredOpportunity | undefined> {
  const all = await tx.objectStore('opportunities').getAll();
  return all.find((o) => isOpenSameJob(o, job));
}

/** Whether this opportunity is open (not closed) and the same job as this company and role. */
export function isOpenSameJob(
  opportunity: StoredOpportunity,
  job: { company: string; role: string },
): boolean {
  return opportunity.status !== 'closed' && sameJob(opportunity, job);
}

export function threadById(tx: ReadTx, threadId: string): Promise<Thread | undefined> {
  return tx.objectStore('threads').get(threadId);
}

export function threadsOf(tx: ReadTx, opportunityId: string): Promise<Thread[]> {
  return tx.objectStore('threads').index('by-opportunity').getAll(opportunityId);
}

/** People with this address (lower case), on every opportunity. */
export function peopleByEmail(tx: ReadTx, email: string): Promise<StoredPerson[]> {
  return tx.objectStore('people').index('by-email').getAll(email);
}

/** People with this LinkedIn profile address, on every opportunity. */
export function peopleByLinkedin(tx: ReadTx, profileUrl: string): Promise<StoredPerson[]> {
  return tx.objectStore('people').index('by-linkedin').getAll(profileUrl);
}

export function tasksOf(tx: ReadTx, opportunityId: string): Promise<StoredTask[]> {
  return tx.objectStore('tasks').index('by-opportunity').getAll(opportunityId);
}

export function allOpportunities(tx: ReadTx): Promise<StoredOpportunity[]> {
  return tx.objectStore('opportunities').getAll();
}

/** Every opportunity, in a transaction of its own. */
export function listOpportunities(db: Db): Promise<StoredOpportunity[]> {
  return db.getAll('opportunities');
}

export function opportunityById(db: Db, id: string): Promise<StoredOpportunity | undefined> {
  return db.get('opportunities', id);
}

export function personById(db: Db, id: string): Promise<StoredPerson | undefined> {
  return db.get('people', id);
}

/** Small facts the background keeps between wake-ups (it keeps none in memory). */
export function readMeta(db: Db, key: string): Promise<unknown> {
  return db.get('meta', key);
}

export async function writeMeta(db: Db, key: string, value: unknown): Promise<void> {
  await db.put('meta', value, key);
}
