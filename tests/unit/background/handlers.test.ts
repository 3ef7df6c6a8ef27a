import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { ForbiddenError } from '@/lib/messaging/router';
import { openAfterviewDb } from '@/lib/store/db';

const name = 'afterview-test-handlers';
afterEach(() => deleteDB(name));

function setup() {
  const opened = openAfterviewDb(name);
  const handlers = createHandlers({
    db: () => opened,
    now: () => new Date('2026-05-01T12:00:00Z'),
    version: '9.9.9',
  });
  return { handlers, opened };
}

describe('background handlers', () => {
  it('answers ping with the version', async () => {
    const { handlers, opened } = setup();
    expect(await handlers.ping({}, { caller: 'extension', site: null })).toEqual({
      pong: true,
      version: '9.9.9',
    });
    (await opened).close();
  });

  it('records a site seen by its own content script and lists it', async () => {
    const { handlers, opened } = setup();
    await handlers.siteSeen({ site: 'linkedin' }, { caller: 'content', site: 'linkedin' });
    expect(await handlers.siteStatus({}, { caller: 'extension', site: null })).toEqual([
      {
        site: 'linkedin',
        firstSeen: '2026-05-01T12:00:00.000Z',
        lastSeen: '2026-05-01T12:00:00.000Z',
        visits: 1,
      },
    ]);
    (await opened).close();
  });

  it('refuses a content script speaking for another site, and writes nothing', async () => {
    const { handlers, opened } = setup();
    await expect(
      handlers.siteSeen({ site: 'gmail' }, { caller: 'content', site: 'linkedin' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await (await opened).getAll('sites')).toEqual([]);
    (await opened).close();
  });
});
