import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/messaging/router';
import { requestPersistentStorage } from '@/lib/ui/persist';

describe('a full disk', () => {
  it('is answered as storage_full, and shown on the toolbar and in a notification', async () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const handlers = createHandlers({
      db: () => Promise.reject(full),
      now: () => new Date('2026-05-01T12:00:00Z'),
      version: '1',
      afterWrite: async () => {},
    });
    const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
    const reply = await dispatch(
      { afterview: 1, method: 'wipe', params: { confirm: true } },
      { id: 'ourid', url: 'chrome-extension://ourid/popup.html' },
      handlers,
      self,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage_full', message: /no room left/ } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/no room left/);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['afterview|storage-full']);
  });
});

describe('persistent storage', () => {
  const manager = (persisted: boolean, grant: boolean) => {
    const calls: string[] = [];
    const storage = {
      persisted: async () => (calls.push('persisted'), persisted),
      persist: async () => (calls.push('persist'), grant),
    } as unknown as StorageManager;
    return { storage, calls };
  };

  it.each([
    ['asks when not yet persistent', false, true, true, ['persisted', 'persist']],
    ['reports a refusal', false, false, false, ['persisted', 'persist']],
    ['does not ask again once granted', true, true, true, ['persisted']],
  ])('%s', async (_name, persisted, grant, expected, calls) => {
    const { storage, calls: seen } = manager(persisted, grant);
    expect(await requestPersistentStorage(storage)).toBe(expected);
    expect(seen).toEqual(calls);
  });

  it('answers false where the browser has no storage manager', async () => {
    expect(await requestPersistentStorage(null)).toBe(false);
  });
});
