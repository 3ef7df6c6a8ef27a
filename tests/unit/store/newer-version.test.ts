import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/messaging/router';
import {
  type Db,
  DB_NAME,
  NewerDatabaseError,
  DB_VERSION,
  getDb,
  migrations,
  openAfterviewDb,
} from '@/lib/store/db';
import { interview, opportunity, person } from './fixtures';

const SENTENCE =
  'Your data was written by a newer version of Afterview. Nothing was changed, and you can still download a backup of it in Settings, under Your data. Then update Afterview, or restore a backup.';

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const popup = { id: 'ourid', url: 'chrome-extension://ourid/popup.html' };

let counter = 0;
const created: string[] = [];

/** A database as a newer Afterview left it: one version above ours. */
async function newerDb(name = `afterview-test-newer-${++counter}`): Promise<string> {
  const db = await openDB(name, DB_VERSION + 1, {
    upgrade(db) {
      db.createObjectStore('sites', { keyPath: 'site' });
    },
  });
  db.close();
  created.push(name);
  return name;
}

afterEach(async () => {
  for (const name of created.splice(0)) await deleteDB(name);
});

describe('a database written by a newer Afterview', () => {
  it('is refused with a named error in our words', async () => {
    const name = await newerDb();
    const error = await openAfterviewDb(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('NewerDatabaseError');
    expect((error as Error).message).toBe(SENTENCE);
  });

  it('answers every call through the router with that sentence', async () => {
    const name = await newerDb();
    const handlers = createHandlers({
      db: () => openAfterviewDb(name),
      now: () => new Date('2026-05-01T12:00:00Z'),
      version: '9.9.9',
      afterWrite: async () => {},
    });
    // This newer version has none of the stores a backup needs: even the export is refused.
    for (const method of ['popupData', 'listOpportunities', 'exportBackup']) {
      const reply = await dispatch({ afterview: 1, method, params: {} }, popup, handlers, self);
      expect(reply).toMatchObject({ ok: false, error: { code: 'internal', message: SENTENCE } });
    }
  });

  it('does not keep the shared connection stuck on the failed open', async () => {
    await newerDb(DB_NAME);
    await expect(getDb()).rejects.toMatchObject({ name: 'NewerDatabaseError', message: SENTENCE });
    await deleteDB(DB_NAME);
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  describe('still exports', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    const stamp = { createdAt: '2026-04-01T12:00:00.000Z', updatedAt: '2026-04-01T12:00:00.000Z' };

    /** A newer Afterview's database: every store we know, one more of its own, and records. */
    async function newerWithRecords(): Promise<string> {
      const name = `afterview-test-newer-${++counter}`;
      const db = (await openDB(name, DB_VERSION + 1, {
        upgrade(db, _old, _new, tx) {
          for (const step of migrations) step(db as unknown as Db, tx as never);
          db.createObjectStore('future');
        },
      })) as unknown as Db;
      await db.put('opportunities', { ...opportunity('o1'), id: 'o1', ...stamp });
      await db.put('people', person('p1', 'o1'));
      await db.put('interviews', interview('i1', 'o1', { interviewers: ['p1'] }));
      db.close();
      created.push(name);
      return name;
    }

    async function contents(name: string): Promise<{ version: number; records: unknown[] }> {
      const db = await openDB(name);
      const records = [];
      for (const store of db.objectStoreNames) records.push(store, await db.getAll(store));
      const version = db.version;
      db.close();
      return { version, records };
    }

    function handlersFor(name: string) {
      return createHandlers({
        db: () => openAfterviewDb(name),
        now: () => now,
        version: '9.9.9',
        afterWrite: async () => {},
      });
    }

    it('exports every record, reading the database as it is, and changes nothing', async () => {
      const name = await newerWithRecords();
      const before = await contents(name);
      const reply = await dispatch(
        { afterview: 1, method: 'exportBackup', params: {} },
        popup,
        handlersFor(name),
        self,
      );

      expect(reply).toMatchObject({
        ok: true,
        result: {
          format: 'afterview-backup',
          exportedAt: now.toISOString(),
          settings: null,
          opportunities: [expect.objectContaining({ id: 'o1' })],
          people: [person('p1', 'o1')],
          interviews: [interview('i1', 'o1', { interviewers: ['p1'] })],
        },
      });
      expect(await contents(name)).toEqual(before);
      expect(before.version).toBe(DB_VERSION + 1);
    });

    it('while every other call still answers with the sentence', async () => {
      const name = await newerWithRecords();
      const handlers = handlersFor(name);
      const calls: Array<[string, unknown]> = [
        ['popupData', {}],
        ['getSettings', {}],
        ['exportCsv', {}],
        ['saveOpportunity', opportunity(undefined, { company: 'New' })],
        ['importBackup', { file: '{}', mode: 'merge' }],
        ['wipe', { confirm: true }],
      ];
      for (const [method, params] of calls) {
        const reply = await dispatch({ afterview: 1, method, params }, popup, handlers, self);
        expect(reply, method).toMatchObject({ ok: false, error: { code: 'internal', message: SENTENCE } });
      }
      expect((await contents(name)).version).toBe(DB_VERSION + 1);
    });

    it('creates no database when there is none to export', async () => {
      const name = `afterview-test-newer-${++counter}`;
      created.push(name);
      const handlers = createHandlers({
        db: () => Promise.reject(new NewerDatabaseError({ database: name })),
        now: () => now,
        version: '9.9.9',
        afterWrite: async () => {},
      });
      await expect(handlers.exportBackup({}, { caller: 'extension', site: null })).rejects.toThrow(SENTENCE);
      expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    });
  });
});
