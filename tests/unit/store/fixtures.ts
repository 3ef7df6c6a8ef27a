import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import type { StoredInterview, StoredPerson, StoredTouch } from '@/lib/model';
import { type Db, openAfterviewDb, recordStores } from '@/lib/store/db';
import type { addTouch, saveOpportunity } from '@/lib/store/writes';

/** A factory of fresh databases, each closed and deleted after the test that opened it. */
export function useTestDb(prefix: string): () => Promise<Db> {
  const opened: Array<Promise<Db>> = [];
  let counter = 0;
  afterEach(async () => {
    for (const pending of opened.splice(0)) {
      const db = await pending;
      db.close();
      await deleteDB(db.name);
    }
  });
  return () => {
    const db = openAfterviewDb(`${prefix}-${++counter}-${Math.random().toString(36).slice(2)}`);
    opened.push(db);
    return db;
  };
}

type Snapshot<T> = Promise<Record<string, T[]>>;

/**
 * Every record store's content, to compare a database before and after. With `full`, the
 * 'sites' and 'meta' stores too, and every record as a [key, value] pair.
 */
export function snapshot(db: Db): Snapshot<unknown>;
export function snapshot(db: Db, options: { full: true }): Snapshot<[unknown, unknown]>;
export async function snapshot(db: Db, { full = false } = {}): Snapshot<unknown> {
  const stores = full ? ([...recordStores, 'sites', 'meta'] as const) : recordStores;
  const tx = db.transaction([...stores]);
  const result: Record<string, unknown[]> = {};
  for (const name of stores) {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    result[name] = full ? keys.map((key, i) => [key, values[i]]) : values;
  }
  await tx.done;
  return result;
}

export type OpportunityInput = Parameters<typeof saveOpportunity>[1];

/** An opportunity to save; without an id, saving gives it a new one. */
export function opportunity(id?: string, fields: Partial<OpportunityInput> = {}): OpportunityInput {
  return {
    id,
    company: 'Acme',
    role: 'Engineer',
    status: 'interviewing',
    appliedAt: '2026-02-20T10:00:00-05:00',
    outcome: null,
    outcomeAt: null,
    culture: null,
    payDiscussed: true,
    referredBy: null,
    offer: null,
    blurb: null,
    jobUrl: null,
    location: null,
    demo: false,
    ...fields,
  };
}

export function person(id: string, opportunityId: string, fields: Partial<StoredPerson> = {}): StoredPerson {
  return {
    id,
    opportunityId,
    name: id,
    role: 'interviewer',
    email: `${id}@example.com`,
    phone: null,
    linkedinUrl: null,
    title: null,
    prefers: null,
    bestTime: null,
    ...fields,
  };
}

/** A first-round video interview, Mar 2 14:00–15:00 New York. */
export function interview(
  id: string,
  opportunityId: string,
  fields: Partial<StoredInterview> = {},
): StoredInterview {
  return {
    id,
    opportunityId,
    start: '2026-03-02T14:00:00-05:00',
    end: '2026-03-02T15:00:00-05:00',
    round: 1,
    format: 'video',
    interviewers: [],
    decisionBy: null,
    mayCheckBackOn: null,
    mayCall: false,
    noContact: false,
    excludedChannels: [],
    referencesRequested: false,
    nextStep: null,
    notes: null,
    ...fields,
  };
}

export type TouchInput = Parameters<typeof addTouch>[1];

/** A thank-you email sent Mar 2 20:00 UTC; without an id, adding it gives it a new one. */
export function touch(
  id: string | undefined,
  opportunityId: string,
  fields: Partial<StoredTouch> = {},
): TouchInput {
  return {
    id,
    opportunityId,
    at: '2026-03-02T20:00:00Z',
    person: null,
    direction: 'sent',
    channel: 'email',
    purpose: 'thank_you',
    decisionBy: null,
    mayCheckBackOn: null,
    note: null,
    gmailMessageId: null,
    subject: null,
    snippet: null,
    body: null,
    ...fields,
  };
}
