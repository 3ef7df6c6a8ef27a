import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/messaging/router';
import { interview, opportunity, person, snapshot, touch, useTestDb } from '../store/fixtures';

/**
 * A write committed while its caller got an error (the worker stopped before answering):
 * the caller sends the same request again, with the id it made for the new record.
 */

const newDb = useTestDb('afterview-test-retry');
const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const dashboard = { id: 'ourid', url: 'chrome-extension://ourid/dashboard.html' };

/** Handlers whose first answer is lost after the write was committed. */
function interruptedOnce() {
  const opened = newDb();
  let writes = 0;
  const handlers = createHandlers({
    db: () => opened,
    now: () => new Date('2026-05-01T12:00:00Z'),
    version: '9.9.9',
    afterWrite: async () => {
      if (writes++ === 0) throw new Error('The service worker stopped');
    },
  });
  const send = (method: string, params: unknown) =>
    dispatch({ afterview: 1, method, params }, dashboard, handlers, self);
  return { opened, send };
}

describe('a create retried after a lost answer', () => {
  // The router logs the lost answer as unexpected; that log is not what is tested here.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it.each([
    ['saveOpportunity', 'opportunities', opportunity('o-new', { company: 'New Co' })],
    ['savePerson', 'people', person('p-new', 'o-a')],
    ['saveInterview', 'interviews', interview('i-new', 'o-a')],
    ['addTouch', 'touches', touch('t-new', 'o-a')],
  ])('%s writes one record', async (method, store, params) => {
    const { opened, send } = interruptedOnce();
    const db = await opened;
    await db.put('opportunities', {
      ...opportunity('o-a'),
      id: 'o-a',
      createdAt: '2026-05-01T12:00:00.000Z',
      updatedAt: '2026-05-01T12:00:00.000Z',
    });
    const before = (await snapshot(db))[store]!.length;

    expect(await send(method, params)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await send(method, params)).toMatchObject({ ok: true });
    expect((await snapshot(db))[store]!.length).toBe(before + 1);
  });

  it('refuses an id already used on another opportunity, as a bad request', async () => {
    const { opened, send } = interruptedOnce();
    const db = await opened;
    for (const id of ['o-a', 'o-b']) {
      await db.put('opportunities', {
        ...opportunity(id),
        id,
        createdAt: '2026-05-01T12:00:00.000Z',
        updatedAt: '2026-05-01T12:00:00.000Z',
      });
    }
    await db.put('people', person('p', 'o-a'));
    expect(await send('savePerson', person('p', 'o-b', { name: 'Moved?' }))).toEqual({
      ok: false,
      error: {
        code: 'bad_request',
        message: 'id: "p" is already used on another opportunity; a record never moves to another one',
      },
    });
    expect(await db.get('people', 'p')).toEqual(person('p', 'o-a'));
  });
});
