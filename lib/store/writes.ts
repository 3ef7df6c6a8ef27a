import {
  type StoredInterview,
  type StoredOpportunity,
  type StoredPerson,
  type StoredTaskState,
  type StoredTouch,
  type TemplateOverride,
  type Thread,
  type UserSettings,
} from '../model';
import { type Db, recordStores, type StoreName } from './db';
import { type ReadTx, readSettings, type WriteTx } from './records';
import { replan } from './replan';

/** A write and the opportunities whose schedule it changes. */
interface Change<T> {
  result: T;
  affected: Iterable<string>;
}

/**
 * Run a write and replan every opportunity it touched, all in one transaction: either the
 * records and their tasks change together, or nothing changes.
 */
export async function writeAndReplan<T>(
  db: Db,
  now: Date,
  work: (tx: WriteTx) => Promise<Change<T>>,
): Promise<T> {
  const tx = db.transaction([...recordStores], 'readwrite');
  tx.done.catch(() => {}); // An abort is reported through the thrown error below.
  try {
    const { result, affected } = await work(tx);
    const settings = await readSettings(tx);
    for (const id of new Set(affected)) await replan(tx, id, now, settings);
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

function abortQuietly(tx: WriteTx): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/**
 * A new opportunity would be the same job as one the user already follows: refused, so the
 * page can ask whether to attach to it or follow it as another job (never two silently).
 */
export class SameJobError extends Error {
  override name = 'SameJobError';
  constructor(readonly existing: { company: string; role: string; status: string }) {
    super(
      `You already follow ${existing.role} at ${existing.company} (${existing.status.replace('_', ' ')}): attach this to it, or say it is another job.`,
    );
  }
}

/**
 * A record names a person who is not on its opportunity, or would move to another
 * opportunity: refused, so every reference resolves and every backup restores.
 */
export class InvalidReferenceError extends Error {
  override name = 'InvalidReferenceError';
}

/** The stores whose records belong to one opportunity for life. */
export const ownedStores = ['people', 'interviews', 'touches'] as const;
export type OwnedStore = (typeof ownedStores)[number];

/**
 * Whether the database already has a record with this id on another opportunity. People,
 * interviews and touches never move: the records left behind name them (interviewers, a
 * touch's person, a referrer, task ids), and would no longer resolve.
 */
export async function isOnAnotherOpportunity(
  tx: ReadTx,
  store: OwnedStore,
  record: { id: string; opportunityId: string },
): Promise<boolean> {
  const existing = await tx.objectStore(store).get(record.id);
  return existing !== undefined && existing.opportunityId !== record.opportunityId;
}

/** A save with the id of a record on another opportunity is refused, never a move. */
async function requireSameOpportunity(
  tx: WriteTx,
  store: OwnedStore,
  input: { id?: string | undefined; opportunityId: string },
): Promise<void> {
  if (input.id === undefined) return;
  if (await isOnAnotherOpportunity(tx, store, { id: input.id, opportunityId: input.opportunityId })) {
    throw new InvalidReferenceError(
      `id: "${input.id}" is already used on another opportunity; a record never moves to another one`,
    );
  }
}

async function requirePeople(tx: WriteTx, opportunityId: string, ids: Array<string | null>, field: string) {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return;
  const known = new Set(await tx.objectStore('people').index('by-opportunity').getAllKeys(opportunityId));
  const missing = wanted.find((id) => !known.has(id));
  if (missing !== undefined) {
    throw new InvalidReferenceError(`${field}: no person with id "${missing}" on this opportunity`);
  }
}

export async function requireOpportunity(tx: WriteTx, id: string): Promise<StoredOpportunity> {
  const found = await tx.objectStore('opportunities').get(id);
  if (!found) throw new NotFoundError(`No opportunity with id "${id}"`);
  return found;
}

type New<T extends { id: string }> = Omit<T, 'id'> & { id?: string | undefined };

export function saveOpportunity(
  db: Db,
  input: New<Omit<StoredOpportunity, 'createdAt' | 'updatedAt'>>,
  now: Date,
): Promise<StoredOpportunity> {
  return writeAndReplan(db, now, async (tx) => {
    const store = tx.objectStore('opportunities');
    const existing = input.id ? await store.get(input.id) : undefined;
    if (input.id) await requirePeople(tx, input.id, [input.referredBy], 'referredBy');
    else if (input.referredBy)
      throw new InvalidReferenceError('referredBy: add the person to the opportunity first');
    const at = now.toISOString();
    const record: StoredOpportunity = {
      ...input,
      id: input.id ?? crypto.randomUUID(),
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    await store.put(record);
    return { result: record, affected: [record.id] };
  });
}

/** Remove an opportunity and everything attached to it. */
export function deleteOpportunity(db: Db, id: string, now: Date): Promise<void> {
  return writeAndReplan(db, now, async (tx) => {
    await requireOpportunity(tx, id);
    await deleteWithin(tx, id);
    return { result: undefined, affected: [id] };
  });
}

/** Delete an opportunity and its records inside the caller's transaction (replanning drops its tasks). */
export async function deleteWithin(tx: WriteTx, id: string): Promise<void> {
  await tx.objectStore('opportunities').delete(id);
  for (const name of ['people', 'interviews', 'touches', 'taskStates', 'threads'] as const) {
    const store = tx.objectStore(name);
    const keys = await store.index('by-opportunity').getAllKeys(id);
    await Promise.all(keys.map((key) => store.delete(key)));
  }
}

export function savePerson(db: Db, input: New<StoredPerson>, now: Date): Promise<StoredPerson> {
  return writeAndReplan(db, now, async (tx) => {
    await requireOpportunity(tx, input.opportunityId);
    await requireSameOpportunity(tx, 'people', input);
    const record: StoredPerson = { ...input, id: input.id ?? crypto.randomUUID() };
    await tx.objectStore('people').put(record);
    return { result: record, affected: [record.opportunityId] };
  });
}

export function saveInterview(db: Db, input: New<StoredInterview>, now: Date): Promise<StoredInterview> {
  return writeAndReplan(db, now, async (tx) => {
    await requireOpportunity(tx, input.opportunityId);
    await requirePeople(tx, input.opportunityId, input.interviewers, 'interviewers');
    await requireSameOpportunity(tx, 'interviews', input);
    const record: StoredInterview = { ...input, id: input.id ?? crypto.randomUUID() };
    await tx.objectStore('interviews').put(record);
    return { result: record, affected: [record.opportunityId] };
  });
}

/** Record a touch once: a Gmail message already recorded is not recorded again. */
export function addTouch(db: Db, input: New<StoredTouch>, now: Date): Promise<StoredTouch> {
  return writeAndReplan(db, now, async (tx) => {
    await requireOpportunity(tx, input.opportunityId);
    await requirePeople(tx, input.opportunityId, [input.person], 'person');
    const store = tx.objectStore('touches');
    if (input.gmailMessageId) {
      const seen = await store.index('by-gmail-message').get(input.gmailMessageId);
      if (seen) return { result: seen, affected: [] };
    }
    await requireSameOpportunity(tx, 'touches', input);
    const record: StoredTouch = { ...input, id: input.id ?? crypto.randomUUID() };
    await store.put(record);
    return { result: record, affected: [record.opportunityId] };
  });
}

export function setTaskState(db: Db, state: StoredTaskState, now: Date): Promise<StoredTaskState> {
  return writeAndReplan(db, now, async (tx) => {
    await requireOpportunity(tx, state.opportunityId);
    await tx.objectStore('taskStates').put(state);
    return { result: state, affected: [state.opportunityId] };
  });
}

export function linkThread(db: Db, thread: Thread, now: Date): Promise<Thread> {
  return writeAndReplan(db, now, async (tx) => {
    await requireOpportunity(tx, thread.opportunityId);
    await tx.objectStore('threads').put(thread);
    return { result: thread, affected: [] };
  });
}

/** New settings change every schedule (time zone, working hours, limits): replan them all. */
export function saveSettings(db: Db, settings: UserSettings, now: Date): Promise<UserSettings> {
  return writeAndReplan(db, now, async (tx) => {
    await tx.objectStore('settings').put(settings, 'user');
    const ids = await tx.objectStore('opportunities').getAllKeys();
    return { result: settings, affected: ids };
  });
}

/**
 * Keep the user's own version of a message template, or (with null) go back to the default.
 * Wording changes no schedule, so nothing is replanned.
 */
export async function saveTemplate(
  db: Db,
  id: string,
  override: TemplateOverride | null,
): Promise<UserSettings> {
  const tx = db.transaction(['settings'] as StoreName[], 'readwrite');
  const settings = await readSettings(tx);
  const templates = { ...settings.templates };
  if (override) templates[id] = override;
  else delete templates[id];
  const saved = { ...settings, templates };
  await tx.objectStore('settings').put(saved, 'user');
  await tx.done;
  return saved;
}

/** Replan every opportunity: once a day, so snoozes return and expired thank-yous go (R2, R10). */
export function replanAll(db: Db, now: Date): Promise<number> {
  return writeAndReplan(db, now, async (tx) => {
    const ids = await tx.objectStore('opportunities').getAllKeys();
    return { result: ids.length, affected: ids };
  });
}
