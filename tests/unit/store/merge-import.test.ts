import { describe, expect, it } from 'vitest';
import type { Backup } from '@/lib/model/backup';
import { BackupError, exportBackup, importBackup } from '@/lib/store/backup';
import type { Db } from '@/lib/store/db';
import { addTouch, saveInterview, saveOpportunity, savePerson } from '@/lib/store/writes';
import { interview, opportunity, person, snapshot, touch, useTestDb } from './fixtures';

/**
 * A merge import never moves a record to another opportunity: the records left behind
 * (interviewers, a touch's person, a referrer) would name someone no longer there, and
 * that interview could never be saved again (issue 17, defect 4).
 */

const NOW = new Date('2026-03-03T15:00:00Z');
const freshDb = useTestDb('afterview-test-merge');

/** Opportunity A with person P, who is A's referrer, an interviewer and a touch's person. */
async function databaseWithA(): Promise<Db> {
  const db = await freshDb();
  await saveOpportunity(db, opportunity('o-a', { company: 'Acme' }), NOW);
  await savePerson(db, person('p', 'o-a', { name: 'Pat' }), NOW);
  await saveOpportunity(db, opportunity('o-a', { company: 'Acme', referredBy: 'p' }), NOW);
  await saveInterview(db, interview('i-a', 'o-a', { interviewers: ['p'] }), NOW);
  await addTouch(db, touch('t-a', 'o-a', { person: 'p' }), NOW);
  return db;
}

/** A file from elsewhere: opportunity B, whose records reuse ids the database has on A. */
async function fileWithB(ids: { person?: string; interview?: string; touch?: string }): Promise<Backup> {
  const source = await freshDb();
  await saveOpportunity(source, opportunity('o-b', { company: 'Beta' }), NOW);
  await savePerson(source, person(ids.person ?? 'p-b', 'o-b', { name: 'Someone at Beta' }), NOW);
  await saveInterview(
    source,
    interview(ids.interview ?? 'i-b', 'o-b', { interviewers: [ids.person ?? 'p-b'] }),
    NOW,
  );
  await addTouch(source, touch(ids.touch ?? 't-b', 'o-b', { person: ids.person ?? 'p-b' }), NOW);
  return exportBackup(source, NOW);
}

/** Every interview of A can be saved again, and every reference on A resolves on A. */
async function expectAIntact(db: Db): Promise<void> {
  const onA = new Set((await db.getAllFromIndex('people', 'by-opportunity', 'o-a')).map((p) => p.id));
  expect(onA).toEqual(new Set(['p']));
  expect((await db.get('opportunities', 'o-a'))?.referredBy).toBe('p');
  for (const record of await db.getAllFromIndex('interviews', 'by-opportunity', 'o-a')) {
    for (const id of record.interviewers) expect(onA.has(id), id).toBe(true);
    await expect(saveInterview(db, record, NOW)).resolves.toEqual(record);
  }
  for (const record of await db.getAllFromIndex('touches', 'by-opportunity', 'o-a')) {
    if (record.person) expect(onA.has(record.person)).toBe(true);
  }
  expect((await db.get('interviews', 'i-a'))?.opportunityId).toBe('o-a');
  expect((await db.get('touches', 't-a'))?.opportunityId).toBe('o-a');
}

async function refusal(db: Db, file: Backup): Promise<unknown> {
  return importBackup(db, file, 'merge', NOW).then(
    () => null,
    (e: unknown) => e,
  );
}

describe('a merge import that would move a record to another opportunity', () => {
  it.each([
    ['a person', { person: 'p' }, 'people[0] (id "p")'],
    ['an interview', { interview: 'i-a' }, 'interviews[0] (id "i-a")'],
    ['a touch', { touch: 't-a' }, 'touches[0] (id "t-a")'],
  ])(
    'is refused whole for %s, naming the record, and the database is unchanged',
    async (_what, ids, named) => {
      const db = await databaseWithA();
      const before = await snapshot(db, { full: true });
      const error = await refusal(db, await fileWithB(ids));

      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toContain(named);
      expect((error as Error).message).toMatch(/already has this id on another opportunity/);
      expect(await snapshot(db, { full: true })).toEqual(before);
      await expectAIntact(db);
    },
  );

  it('still merges a file whose same ids stay on the same opportunity', async () => {
    const db = await databaseWithA();
    const file = await exportBackup(db, NOW);
    file.people[0]!.name = 'Pat Renamed';
    file.opportunities.push({ ...file.opportunities[0]!, id: 'o-new', referredBy: null });

    await importBackup(db, file, 'merge', NOW);
    expect((await db.get('people', 'p'))?.name).toBe('Pat Renamed');
    expect(await db.get('opportunities', 'o-new')).toBeTruthy();
    await expectAIntact(db);
  });
});

describe('a file whose records name a person on another opportunity', () => {
  it.each(['replace', 'merge'] as const)(
    'is refused (%s), so no imported record is left unsavable',
    async (mode) => {
      const db = await freshDb();
      const file = await fileWithB({});
      // The file itself pairs opportunity A's interview with B's person.
      file.opportunities.push({ ...file.opportunities[0]!, id: 'o-a', company: 'Acme' });
      file.interviews.push({
        ...file.interviews[0]!,
        id: 'i-a',
        opportunityId: 'o-a',
        interviewers: ['p-b'],
      });
      const before = await snapshot(db, { full: true });

      const error = await importBackup(db, file, mode, NOW).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toBe(
        'interviews[1] (id "i-a").interviewers[0]: the person "p-b" is on another opportunity in this backup',
      );
      expect(await snapshot(db, { full: true })).toEqual(before);
    },
  );
});
