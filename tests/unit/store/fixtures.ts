import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import type { StoredOpportunity } from '@/lib/model';
import { type Db, openAfterviewDb, recordStores } from '@/lib/store/db';

/** A fresh database per test, deleted afterwards. */
export function useTestDb(prefix: string) {
  const opened: Db[] = [];
  let counter = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await deleteDB(db.name);
    }
  });
  return async (): Promise<Db> => {
    const db = await openAfterviewDb(`${prefix}-${++counter}-${Math.random().toString(36).slice(2)}`);
    opened.push(db);
    return db;
  };
}

/** Every record store's content, to compare a database before and after. */
export async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(recordStores.map(async (name) => [name, await db.getAll(name)] as const));
  return Object.fromEntries(entries);
}

export const opportunityInput = (extra: Partial<StoredOpportunity> = {}) => ({
  company: 'Example Corp',
  role: 'Analyst',
  status: 'awaiting_decision' as const,
  appliedAt: null,
  outcome: null,
  outcomeAt: null,
  culture: null,
  payDiscussed: true,
  referredBy: null,
  offer: null,
  blurb: null,
  demo: false,
  ...extra,
});

export const interviewInput = (opportunityId: string, extra: object = {}) => ({
  opportunityId,
  id: 'i1',
  start: '2026-03-02T14:00:00-05:00',
  end: '2026-03-02T15:00:00-05:00',
  round: null,
  format: 'video' as const,
  interviewers: [] as string[],
  decisionBy: null,
  mayCheckBackOn: null,
  mayCall: false,
  noContact: false,
  excludedChannels: [],
  referencesRequested: false,
  nextStep: null,
  ...extra,
});
