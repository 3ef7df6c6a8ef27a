import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openAfterviewDb } from '@/lib/store/db';
import { listSites, recordSiteSeen } from '@/lib/store/sites';

const name = 'afterview-test-sites';
afterEach(() => deleteDB(name));

describe('sites repository', () => {
  it('starts empty, then counts visits and keeps the first time seen', async () => {
    const db = await openAfterviewDb(name);
    expect(await listSites(db)).toEqual([]);

    await recordSiteSeen(db, 'gmail', new Date('2026-03-02T09:00:00Z'));
    const second = await recordSiteSeen(db, 'gmail', new Date('2026-03-03T10:30:00Z'));
    await recordSiteSeen(db, 'linkedin', new Date('2026-03-04T08:00:00Z'));

    expect(second).toEqual({
      site: 'gmail',
      firstSeen: '2026-03-02T09:00:00.000Z',
      lastSeen: '2026-03-03T10:30:00.000Z',
      visits: 2,
      layout: 'recognised',
      missing: null,
      origin: null,
    });
    expect((await listSites(db)).map((s) => [s.site, s.visits])).toEqual([
      ['gmail', 2],
      ['linkedin', 1],
    ]);
    db.close();
  });

  it('remembers that a layout was not recognised, and forgets it once it is again', async () => {
    const db = await openAfterviewDb(name);
    const paused = await recordSiteSeen(db, 'gmail', new Date('2026-03-02T09:00:00Z'), {
      layout: 'unrecognised',
      missing: 'the main area',
    });
    expect(paused).toMatchObject({ layout: 'unrecognised', missing: 'the main area' });
    const back = await recordSiteSeen(db, 'gmail', new Date('2026-03-02T09:05:00Z'));
    expect(back).toMatchObject({ layout: 'recognised', missing: null, visits: 2 });
    db.close();
  });

  it('remembers which parts a partly recognised layout missed', async () => {
    const db = await openAfterviewDb(name);
    const partly = await recordSiteSeen(db, 'linkedin', new Date('2026-03-02T09:00:00Z'), {
      layout: 'degraded',
      missing: 'headline',
    });
    expect(partly).toMatchObject({ layout: 'degraded', missing: 'headline' });
    db.close();
  });

  it('keeps the address a site was last used at (Outlook has one per kind of account)', async () => {
    const db = await openAfterviewDb(name);
    const at = (origin: string | null, day: number) =>
      recordSiteSeen(db, 'outlook', new Date(Date.UTC(2026, 2, day)), {
        layout: 'recognised',
        missing: null,
        origin,
      });
    expect(await at('https://outlook.live.com', 2)).toMatchObject({ origin: 'https://outlook.live.com' });
    expect(await at('https://outlook.office.com', 3)).toMatchObject({ origin: 'https://outlook.office.com' });
    // A report without an origin keeps the last one known.
    expect(await at(null, 4)).toMatchObject({ origin: 'https://outlook.office.com', visits: 3 });
    db.close();
  });
});
