import { describe, expect, it } from 'vitest';
import { UserSettings } from '@/lib/model';
import { AddProfilePersonParams } from '@/lib/messaging/linkedin';
import { loadSampleData } from '@/lib/store/demo';
import type { Db } from '@/lib/store/db';
import { addProfilePerson } from '@/lib/store/linkedin';
import { markSent } from '@/lib/store/sent';
import {
  addTouch,
  InvalidReferenceError,
  saveInterview,
  saveOpportunity,
  savePerson,
  saveSettings,
} from '@/lib/store/writes';
import { interview, opportunity, person, snapshot, touch, useTestDb } from './fixtures';

/**
 * A write interrupted by a worker stop may be committed while its caller gets an error; the
 * caller's retry must not add a second record (issue 17, defect 5).
 */

const NOW = new Date('2026-03-03T15:00:00Z');
const newDb = useTestDb('afterview-test-idempotent');

async function withOpportunities(): Promise<Db> {
  const db = await newDb();
  await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York' }), NOW);
  await saveOpportunity(db, opportunity('o-a', { company: 'Acme' }), NOW);
  await saveOpportunity(db, opportunity('o-b', { company: 'Beta' }), NOW);
  return db;
}

const count = async (db: Db) => {
  const all = await snapshot(db);
  return {
    opportunities: all.opportunities!.length,
    people: all.people!.length,
    interviews: all.interviews!.length,
    touches: all.touches!.length,
  };
};

describe('a create sent twice with the caller’s id', () => {
  it('is one record of each kind', async () => {
    const db = await withOpportunities();
    for (let attempt = 0; attempt < 2; attempt++) {
      await saveOpportunity(db, opportunity('o-new', { company: 'New Co' }), NOW);
      await savePerson(db, person('p-new', 'o-new'), NOW);
      await saveInterview(db, interview('i-new', 'o-new', { interviewers: ['p-new'] }), NOW);
      await addTouch(db, touch('t-new', 'o-new', { person: 'p-new' }), NOW);
    }
    expect(await count(db)).toEqual({ opportunities: 3, people: 1, interviews: 1, touches: 1 });
  });
});

describe('an id already used on another opportunity', () => {
  it.each([
    ['savePerson', (db: Db) => savePerson(db, person('x', 'o-b', { name: 'Taken' }), NOW)],
    ['saveInterview', (db: Db) => saveInterview(db, interview('x', 'o-b'), NOW)],
    ['addTouch', (db: Db) => addTouch(db, touch('x', 'o-b'), NOW)],
  ])('%s refuses it and moves nothing', async (_name, save) => {
    const db = await withOpportunities();
    await savePerson(db, person('x', 'o-a'), NOW);
    await saveInterview(db, interview('x', 'o-a', { interviewers: ['x'] }), NOW);
    await addTouch(db, touch('x', 'o-a', { person: 'x' }), NOW);
    const before = await snapshot(db);

    const error = await save(db).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidReferenceError);
    expect((error as Error).message).toBe(
      'id: "x" is already used on another opportunity; a record never moves to another one',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

/** Priya from her LinkedIn profile, for a new opportunity. */
const priyaForANewJob = () =>
  AddProfilePersonParams.parse({
    newOpportunity: { company: 'Brightwater Labs', role: 'Senior Product Analyst' },
    person: {
      name: 'Priya Natarajan',
      headline: null,
      profileUrl: 'https://www.linkedin.com/in/priya-natarajan-example/',
      role: 'recruiter',
    },
  });

describe('creates the background makes for a page, sent again', () => {
  it('a LinkedIn person added to a new opportunity twice is one opportunity and one person', async () => {
    const db = await newDb();
    const params = priyaForANewJob();
    const first = await addProfilePerson(db, params, NOW);
    const again = await addProfilePerson(db, params, NOW);
    expect(again).toEqual(first);
    expect(await count(db)).toMatchObject({ opportunities: 1, people: 1 });
  });

  it('the same person for a new opportunity of a closed job starts a new one', async () => {
    const db = await newDb();
    const params = priyaForANewJob();
    const first = await addProfilePerson(db, params, NOW);
    const closed = (await db.get('opportunities', first.opportunityId))!;
    await saveOpportunity(
      db,
      { ...closed, status: 'closed', outcome: 'rejected', outcomeAt: NOW.toISOString() },
      NOW,
    );
    const again = await addProfilePerson(db, params, NOW);
    expect(again.opportunityId).not.toBe(first.opportunityId);
    expect(await count(db)).toMatchObject({ opportunities: 2, people: 2 });
  });

  it('marking a task sent twice records one touch', async () => {
    const db = await newDb();
    await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York' }), NOW);
    await loadSampleData(db, NOW);
    const before = (await count(db)).touches;
    const thanks = (await db.getAll('tasks')).find((t) => t.kind === 'thank_you' && t.open === 1)!;
    const input = { opportunityId: thanks.opportunityId, taskId: thanks.id, channel: 'email' as const };
    await markSent(db, input, NOW);
    await markSent(db, input, NOW);
    expect((await count(db)).touches).toBe(before + 1);
  });
});
