import { describe, expect, it } from 'vitest';
import { Thread, UserSettings } from '@/lib/model';
import { deleteDB } from 'idb';
import { type Db, DB_NAME, getDb } from '@/lib/store/db';
import { countDue, nextWakeUp, opportunitySummaries, popupData } from '@/lib/store/queries';
import {
  addTouch,
  deleteOpportunity,
  linkThread,
  saveInterview,
  saveOpportunity,
  savePerson,
  saveSettings,
  setTaskState,
  writeAndReplan,
} from '@/lib/store/writes';
import { interview, opportunity, snapshot, touch, useTestDb } from './fixtures';

const newDb = useTestDb('afterview-test-writes');
const now = new Date('2026-03-03T12:00:00-05:00');
const newYork = UserSettings.parse({ timeZone: 'America/New_York' });
const exampleCorp = {
  company: 'Example Corp',
  role: 'Analyst',
  status: 'awaiting_decision',
  appliedAt: null,
} as const;

async function seeded() {
  const db = await newDb();
  await saveSettings(db, newYork, now);
  const saved = await saveOpportunity(db, opportunity(undefined, exampleCorp), now);
  const amy = await savePerson(
    db,
    {
      opportunityId: saved.id,
      name: 'Amy Example',
      role: 'interviewer',
      email: 'amy@example.com',
      phone: null,
      linkedinUrl: null,
      title: null,
      prefers: null,
      bestTime: null,
    },
    now,
  );
  await saveInterview(db, interview('i1', saved.id, { round: null, interviewers: [amy.id] }), now);
  return { db, opportunity: saved, amy };
}

describe('writes replan in the same transaction', () => {
  it('stores the plan for the records, with sortable times and open flags', async () => {
    const { db, opportunity, amy } = await seeded();
    const tasks = await db.getAllFromIndex('tasks', 'by-opportunity', opportunity.id);
    expect(tasks.map((t) => t.id).sort()).toEqual([
      'check_in:i1:1',
      'check_in:i1:2',
      'move_on:i1',
      'notes:i1',
      `thank_you:i1:${amy.id}`,
    ]);
    const thanks = tasks.find((t) => t.kind === 'thank_you')!;
    expect(thanks).toMatchObject({
      due: '2026-03-02T23:59:00-05:00',
      dueAt: Date.parse('2026-03-02T23:59:00-05:00'),
      open: 1,
    });
  });

  it('replans when a touch arrives: a sent thank-you closes the task', async () => {
    const { db, opportunity, amy } = await seeded();
    await addTouch(
      db,
      touch(undefined, opportunity.id, { at: '2026-03-02T18:00:00-05:00', person: amy.id }),
      now,
    );
    const thanks = await db.get('tasks', [opportunity.id, `thank_you:i1:${amy.id}`]);
    expect(thanks).toMatchObject({ state: 'done', open: 0 });
  });

  it('records a Gmail message once, however often it is seen', async () => {
    const { db, opportunity } = await seeded();
    const message = touch(undefined, opportunity.id, {
      at: '2026-03-03T09:00:00-05:00',
      direction: 'received',
      purpose: 'reply',
      gmailMessageId: 'msg-1',
    });
    const first = await addTouch(db, message, now);
    const second = await addTouch(db, message, now);
    expect(second.id).toBe(first.id);
    expect(await db.count('touches')).toBe(1);
  });

  it('keeps a task state across replans and answers it in the plan', async () => {
    const { db, opportunity } = await seeded();
    await setTaskState(db, { opportunityId: opportunity.id, id: 'notes:i1', state: 'done' }, now);
    await saveOpportunity(db, { ...opportunity, blurb: 'The analyst who rebuilt the churn model' }, now);
    expect(await db.get('tasks', [opportunity.id, 'notes:i1'])).toMatchObject({ state: 'done', open: 0 });
  });

  it('changes nothing when a write fails halfway', async () => {
    const { db, opportunity } = await seeded();
    const before = await snapshot(db);
    await expect(
      writeAndReplan(db, now, async (tx) => {
        await tx.objectStore('opportunities').put({ ...opportunity, company: 'Half-written Inc' });
        throw new Error('disk hiccup');
      }),
    ).rejects.toThrow('disk hiccup');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses records for an opportunity that does not exist, writing nothing', async () => {
    const { db } = await seeded();
    const before = await snapshot(db);
    await expect(saveInterview(db, interview('i1', 'missing', { round: null }), now)).rejects.toThrow(
      /No opportunity with id "missing"/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    [
      'an interviewer',
      (db: Db, id: string) =>
        saveInterview(db, interview('i2', id, { round: null, interviewers: ['ghost'] }), now),
      /interviewers: no person with id "ghost"/,
    ],
    [
      'a touch’s person',
      (db: Db, id: string) =>
        addTouch(
          db,
          touch(undefined, id, { at: '2026-03-03T09:00:00-05:00', person: 'ghost', purpose: 'check_in' }),
          now,
        ),
      /person: no person with id "ghost"/,
    ],
    [
      'a referrer',
      (db: Db, id: string) =>
        saveOpportunity(db, opportunity(id, { ...exampleCorp, referredBy: 'ghost' }), now),
      /referredBy: no person with id "ghost"/,
    ],
  ])('refuses %s who is not on the opportunity, writing nothing', async (_name, write, message) => {
    const { db, opportunity } = await seeded();
    const before = await snapshot(db);
    await expect(write(db, opportunity.id)).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes an opportunity with everything attached to it', async () => {
    const { db, opportunity } = await seeded();
    await linkThread(db, Thread.parse({ threadId: 'thread-1', opportunityId: opportunity.id }), now);
    await deleteOpportunity(db, opportunity.id, now);
    for (const [store, records] of Object.entries(await snapshot(db))) {
      if (store !== 'settings') expect(records, store).toEqual([]);
    }
  });

  it('replans every opportunity when the settings change', async () => {
    const { db, opportunity } = await seeded();
    await saveSettings(db, { ...newYork, maxUnanswered: 3 }, now);
    const ids = (await db.getAllFromIndex('tasks', 'by-opportunity', opportunity.id)).map((t) => t.id);
    expect(ids).toContain('check_in:i1:3');
  });
});

describe('queries', () => {
  it('counts what is due now, finds the next wake-up, and fills the popup', async () => {
    const { db, opportunity, amy } = await seeded();
    // Due by now: the notes (Mar 2, 15:00) and the thank-you (Mar 2, 23:59); late at Mar 3, 15:00.
    expect(await countDue(db, now.getTime())).toBe(2);
    expect(await nextWakeUp(db, now.getTime())).toBe(Date.parse('2026-03-03T15:00:00-05:00'));

    const popup = await popupData(db, now.getTime());
    expect(popup.overdue).toEqual([]);
    expect(popup.dueToday.map((t) => [t.id, t.personName, t.company])).toEqual([
      ['notes:i1', null, 'Example Corp'],
      [`thank_you:i1:${amy.id}`, 'Amy Example', 'Example Corp'],
    ]);
    expect(popup.comingUp.map((t) => t.id)).toEqual(['check_in:i1:1', 'check_in:i1:2', 'move_on:i1']);
    expect(popup.totals).toEqual({ overdue: 0, dueToday: 2 });
    const later = await popupData(db, Date.parse('2026-03-03T16:00:00-05:00'));
    expect(later.overdue.map((t) => t.id)).toEqual(['notes:i1', `thank_you:i1:${amy.id}`]);

    // However many pile up, each list is cut at the limit and the total still told.
    const cut = await popupData(db, Date.parse('2026-03-03T16:00:00-05:00'), 1);
    expect([cut.overdue.length, cut.totals.overdue, cut.comingUp.length]).toEqual([1, 2, 1]);
    expect(popup.counts).toEqual({ applied: 0, interviewing: 0, awaiting_decision: 1, offer: 0, closed: 0 });
    expect(popup.warnings.map((w) => w.code)).toEqual(['few_active', 'no_recent_application']);
    expect(opportunity.id).toBeTruthy();
  });

  it('summarises every opportunity with its next open task, in one read', async () => {
    const { db } = await seeded();
    const closed = { ...exampleCorp, company: 'Quiet Co', status: 'closed', outcome: 'rejected' } as const;
    await saveOpportunity(db, opportunity(undefined, closed), now);
    const summaries = await opportunitySummaries(db);
    const byCompany = new Map(summaries.map((s) => [s.opportunity.company, s.next]));
    // The notes (Mar 2, 15:00) come first for Example Corp; a closed opportunity has nothing next.
    expect(byCompany.get('Example Corp')).toMatchObject({ kind: 'notes', personName: null });
    expect(byCompany.get('Quiet Co')).toBeNull();
  });

  it('answers nothing ahead for an empty database', async () => {
    const db = await newDb();
    expect(await nextWakeUp(db, now.getTime())).toBeNull();
    expect(await countDue(db, now.getTime())).toBe(0);
  });
});

describe('the shared connection', () => {
  it('lets go when the database is deleted or upgraded elsewhere, then reopens', async () => {
    const first = await getDb();
    // Deleting fires "versionchange" on open connections; ours closes instead of blocking.
    await deleteDB(DB_NAME);
    const second = await getDb();
    expect(second).not.toBe(first);
    expect(await second.count('opportunities')).toBe(0);
    second.close();
    await deleteDB(DB_NAME);
  });
});
