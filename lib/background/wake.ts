import { browser } from 'wxt/browser';
import { at, dayOf, formatDay } from '../time/calendar';
import type { Db } from '../store/db';
import { countDue, nextWakeUp, openTasksDueBetween } from '../store/queries';
import { readMeta, writeMeta } from '../store/reads';
import { getSettings } from '../store/records';
import { replanAll } from '../store/writes';
import { notifyDue } from './notifications';

/** The one alarm: armed for the next task that becomes due or late, or the next midnight. */
export const WAKE_ALARM = 'afterview-wake';

/**
 * Everything the background does when it wakes (install, browser start, alarm) or after a
 * write: the worker keeps nothing in memory, so every fact it needs is read from IndexedDB.
 */
export async function wake(db: Db, now: Date): Promise<void> {
  const settings = await getSettings(db);
  const today = formatDay(dayOf(now.getTime(), settings.timeZone));
  if ((await readMeta(db, 'lastReplanDay')) !== today) {
    await replanAll(db, now);
    await writeMeta(db, 'lastReplanDay', today);
  }

  // Tasks that became due since the last wake, and only those: no flood on first install.
  const since = ((await readMeta(db, 'notifiedUpTo')) as number | undefined) ?? now.getTime();
  const newlyDue = await openTasksDueBetween(db, since, now.getTime());
  if (settings.notifications && newlyDue.length > 0) await notifyDue(db, newlyDue);
  await writeMeta(db, 'notifiedUpTo', now.getTime());

  await refreshBadgeAndAlarm(db, now);
}

/** After a write: the badge shows what is due now, the alarm points at what comes next. */
export async function refreshBadgeAndAlarm(db: Db, now: Date): Promise<void> {
  const due = await countDue(db, now.getTime());
  await browser.action.setBadgeText({ text: due === 0 ? '' : due > 99 ? '99+' : String(due) });
  await browser.action.setBadgeBackgroundColor({ color: '#1a5fb4' });

  const settings = await getSettings(db);
  const nextMidnight = at(dayOf(now.getTime(), settings.timeZone) + 1, '00:00', settings.timeZone) + 60_000;
  const next = await nextWakeUp(db, now.getTime());
  await browser.alarms.create(WAKE_ALARM, { when: Math.min(next ?? Infinity, nextMidnight) });
}
