import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/messaging/router';
import { DB_NAME, DB_VERSION, getDb, openAfterviewDb } from '@/lib/store/db';

const SENTENCE =
  'Your data was written by a newer version of Afterview. Update Afterview, or restore a backup (Settings → Data). Nothing was changed.';

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
    for (const method of ['popupData', 'listOpportunities']) {
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
});
