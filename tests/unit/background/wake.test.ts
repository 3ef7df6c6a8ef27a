import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { notificationId, parseNotificationId, stateForButton } from '@/lib/background/notifications';
import { refreshBadgeAndAlarm, wake, WAKE_ALARM } from '@/lib/background/wake';
import { UserSettings } from '@/lib/model';
import { saveInterview, saveOpportunity, saveSettings } from '@/lib/store/writes';
import { interview, opportunity, useTestDb } from '../store/fixtures';

const newDb = useTestDb('afterview-test-wake');
const newYork = UserSettings.parse({ timeZone: 'America/New_York' });

async function withInterviews(count: number, at: Date) {
  const db = await newDb();
  await saveSettings(db, newYork, at);
  for (let i = 0; i < count; i++) {
    const saved = await saveOpportunity(
      db,
      opportunity(undefined, {
        company: `Example ${i}`,
        role: 'Analyst',
        status: 'awaiting_decision',
        appliedAt: null,
      }),
      at,
    );
    await saveInterview(db, interview(`i${i}`, saved.id, { round: null }), at);
  }
  return db;
}

describe('wake-ups', () => {
  it('shows the due count on the badge and arms the one alarm for what comes next', async () => {
    // Interview ends Mar 2 15:00 New York: notes due then, late Mar 3 15:00.
    const now = new Date('2026-03-02T16:00:00-05:00');
    const db = await withInterviews(2, now);
    await refreshBadgeAndAlarm(db, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    const alarm = await fakeBrowser.alarms.get(WAKE_ALARM);
    // Midnight comes before the notes become late.
    expect(alarm?.scheduledTime).toBe(Date.parse('2026-03-03T00:01:00-05:00'));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('clears the badge when nothing is due', async () => {
    const now = new Date('2026-03-02T12:00:00-05:00');
    const db = await withInterviews(1, now);
    await refreshBadgeAndAlarm(db, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('notifies only what became due since the last wake, with Done and Snooze buttons', async () => {
    const before = new Date('2026-03-02T12:00:00-05:00');
    const db = await withInterviews(1, before);
    await wake(db, before); // First wake: remembers the time, notifies nothing old.
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);

    await wake(db, new Date('2026-03-02T15:30:00-05:00'));
    const shown = await fakeBrowser.notifications.getAll();
    const [id] = Object.keys(shown);
    expect(parseNotificationId(id!)).toMatchObject({ taskId: 'notes:i0' });
    expect(shown[id!]).toMatchObject({
      title: 'Write down your interview notes',
      message: 'Analyst at Example 0 · rule R1',
      buttons: [{ title: 'Done' }, { title: 'Snooze 1 day' }],
    });
  });

  it('sums up many tasks in one notification, and stays quiet when notifications are off', async () => {
    const before = new Date('2026-03-02T12:00:00-05:00');
    const db = await withInterviews(4, before);
    await wake(db, before);
    await wake(db, new Date('2026-03-02T15:30:00-05:00'));
    expect(Object.values(await fakeBrowser.notifications.getAll()).map((n) => n.title)).toEqual([
      '4 follow-ups are due',
    ]);

    await fakeBrowser.notifications.clear('afterview|summary');
    await saveSettings(db, { ...newYork, notifications: false }, before);
    await wake(db, new Date('2026-03-03T00:30:00-05:00'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});

describe('notification ids and buttons', () => {
  it('round-trips ids that contain separators', () => {
    const target = { opportunityId: 'o|1', taskId: 'thank_you:i1:p1' };
    expect(parseNotificationId(notificationId(target))).toEqual(target);
    expect(parseNotificationId('afterview|summary')).toBeNull();
    expect(parseNotificationId('someone-else')).toBeNull();
  });

  it('turns Done into done and Snooze into the same time tomorrow', () => {
    const target = { opportunityId: 'o1', taskId: 'notes:i1' };
    const now = new Date('2026-03-02T15:30:00Z');
    expect(stateForButton(target, 0, now)).toEqual({ opportunityId: 'o1', id: 'notes:i1', state: 'done' });
    expect(stateForButton(target, 1, now)).toEqual({
      opportunityId: 'o1',
      id: 'notes:i1',
      state: 'snoozed',
      until: '2026-03-03T15:30:00.000Z',
    });
  });
});
