import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, migrations, openAfterviewDb } from '@/lib/store/db';

const name = 'afterview-test-migrations';
afterEach(() => deleteDB(name));

/** One record per store that existed at each version, written by that version's schema. */
const seedByVersion: Record<number, Array<{ store: string; value: unknown; key?: string }>> = {
  1: [
    {
      store: 'sites',
      value: {
        site: 'gmail',
        firstSeen: '2026-01-01T00:00:00Z',
        lastSeen: '2026-01-02T00:00:00Z',
        visits: 4,
      },
    },
  ],
  2: [
    {
      store: 'opportunities',
      value: { id: 'o1', company: 'Example Corp', role: 'Analyst', status: 'applied' },
    },
    {
      store: 'people',
      value: {
        id: 'p1',
        opportunityId: 'o1',
        name: 'Amy Example',
        role: 'recruiter',
        email: 'amy@example.com',
      },
    },
    { store: 'settings', value: { timeZone: 'Europe/Berlin', maxUnanswered: 3 }, key: 'user' },
  ],
  3: [
    {
      store: 'proposals',
      value: {
        id: 'q1',
        opportunityId: 'o1',
        kind: 'decision_by',
        day: '2026-12-09',
        at: '2026-12-01T16:00:00-05:00',
        createdAt: '2026-12-01T17:00:00-05:00',
      },
    },
  ],
};

describe('schema migrations', () => {
  it('has a seed for every version, so a new migration must add its own', () => {
    expect(Object.keys(seedByVersion).map(Number)).toEqual(migrations.map((_, i) => i + 1));
  });

  it.each(migrations.map((_, i) => i + 1))(
    'upgrades a database created at version %i without losing a record',
    async (version) => {
      // Build the database exactly as that version of Afterview left it.
      const old = await openDB(name, version, {
        upgrade(db, oldVersion, newVersion, tx) {
          for (let step = oldVersion; step < newVersion!; step++) migrations[step]!(db as never, tx as never);
        },
      });
      const written = Object.entries(seedByVersion)
        .filter(([v]) => Number(v) <= version)
        .flatMap(([, seeds]) => seeds);
      for (const seed of written) await old.put(seed.store as never, seed.value as never, seed.key as never);
      old.close();

      const db = await openAfterviewDb(name);
      expect(db.version).toBe(DB_VERSION);
      for (const seed of written) {
        const key =
          seed.key ??
          (seed.value as { id?: string; site?: string }).id ??
          (seed.value as { site: string }).site;
        expect(await db.get(seed.store as never, key as never)).toEqual(seed.value);
      }
      expect([...db.objectStoreNames].sort()).toEqual(
        [
          'interviews',
          'meta',
          'opportunities',
          'people',
          'proposals',
          'settings',
          'sites',
          'taskStates',
          'tasks',
          'threads',
          'touches',
        ].sort(),
      );
      db.close();
    },
  );
});
