import { describe, expect, it } from 'vitest';
import { UserSettings } from '@/lib/model';
import { draftTask } from '@/lib/background/drafts';
import { loadSampleData, removeSampleData } from '@/lib/store/demo';
import { markSent } from '@/lib/store/sent';
import { recordSiteSeen } from '@/lib/store/sites';
import { saveOpportunity, saveSettings } from '@/lib/store/writes';
import { opportunity, snapshot, useTestDb } from './fixtures';

const newDb = useTestDb('afterview-test-ui');
const now = new Date('2026-11-16T17:00:00Z');

async function setup() {
  const db = await newDb();
  await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York', name: 'Jordan Rivera' }), now);
  return db;
}

type Task = {
  id: string;
  kind: string;
  state: string;
  person: string | null;
  opportunityId: string;
  due: string;
};

describe('sample data, drafts and marking sent', () => {
  it('loads clearly marked sample records with something due, and removes only them', async () => {
    const db = await setup();
    const mine = await saveOpportunity(db, opportunity(undefined, { company: 'My Own Co' }), now);
    expect(await loadSampleData(db, now)).toEqual({ opportunities: 3 });
    const all = await snapshot(db);
    expect((all.opportunities as Array<{ demo: boolean }>).filter((o) => o.demo)).toHaveLength(3);
    expect((all.tasks as Task[]).some((t) => t.kind === 'thank_you' && t.state === 'pending')).toBe(true);
    expect(await removeSampleData(db, now)).toEqual({ removed: 3 });
    const after = await snapshot(db);
    expect(after.opportunities).toEqual([expect.objectContaining({ id: mine.id })]);
    expect((after.people as unknown[]).length + (after.interviews as unknown[]).length).toBe(0);
    expect((after.tasks as Task[]).every((t) => t.opportunityId === mine.id)).toBe(true);
  });

  it('drafts a task in the asked tone, and marking it sent records the touch and plans the next step', async () => {
    const db = await setup();
    await loadSampleData(db, now);
    const thanks = ((await snapshot(db)).tasks as Task[]).find(
      (t) => t.kind === 'thank_you' && t.person === 'sample-amy',
    )!;
    const warm = await draftTask(
      db,
      { opportunityId: 'sample-northwind', taskId: thanks.id, tone: null, channel: null, locale: 'en-US' },
      now,
    );
    expect(warm?.body.text).toMatch(/^Hi Amy,/);
    expect(warm?.recipient).toMatchObject({ name: 'Amy Lee', email: 'amy@northwind.example' });
    expect(warm?.title).toBe('Send a thank-you — Amy Lee');
    // No webmail seen yet: drafts open in Gmail. Once Outlook at work is used, there.
    expect(warm?.webmail).toEqual({ site: 'gmail', origin: 'https://mail.google.com' });
    await recordSiteSeen(db, 'outlook', now, {
      layout: 'recognised',
      missing: null,
      origin: 'https://outlook.office.com',
    });
    const formal = await draftTask(
      db,
      {
        opportunityId: 'sample-northwind',
        taskId: thanks.id,
        tone: 'formal',
        channel: null,
        locale: 'en-US',
      },
      now,
    );
    expect(formal?.body.text).toMatch(/^Dear Amy Lee,/);
    expect(formal?.webmail).toEqual({ site: 'outlook', origin: 'https://outlook.office.com' });

    const { tasks } = await markSent(
      db,
      { opportunityId: 'sample-northwind', taskId: thanks.id, channel: 'email' },
      now,
    );
    expect(tasks.find((t) => t.id === thanks.id)?.state).toBe('done');
    expect((await snapshot(db)).touches).toEqual([
      expect.objectContaining({
        person: 'sample-amy',
        direction: 'sent',
        purpose: 'thank_you',
        channel: 'email',
      }),
    ]);
    expect(tasks.some((t) => t.kind === 'check_in' && t.state === 'pending')).toBe(true);
    await expect(
      markSent(db, { opportunityId: 'sample-northwind', taskId: 'nope', channel: 'email' }, now),
    ).rejects.toThrow(/nope/);
  });
});
