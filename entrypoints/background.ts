import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { parseNotificationId, stateForButton } from '@/lib/background/notifications';
import { refreshBadgeAndAlarm, wake, WAKE_ALARM } from '@/lib/background/wake';
import { dispatch, originOf } from '@/lib/messaging/router';
import { getDb } from '@/lib/store/db';

export default defineBackground(() => {
  const now = () => new Date();
  const afterWrite = async () => refreshBadgeAndAlarm(await getDb(), now());
  const handlers = createHandlers({
    db: getDb,
    now,
    version: browser.runtime.getManifest().version,
    afterWrite,
  });
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! };
  const wakeUp = () => {
    getDb()
      .then((db) => wake(db, now()))
      .catch((error: unknown) => console.error('[afterview] wake-up failed', error));
  };

  // Every listener is registered synchronously on each start of the worker, so no event
  // is missed; none of them keeps state here (the worker may stop between any two events).
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender, handlers, self));
  browser.runtime.onInstalled.addListener(wakeUp);
  browser.runtime.onStartup.addListener(wakeUp);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) wakeUp();
  });
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    const target = parseNotificationId(id);
    if (!target) return;
    void browser.notifications.clear(id);
    // The same door as the popup's "Done" and "Snooze": one write path, full disk reported.
    handlers
      .setTaskState(stateForButton(target, button, now()), { caller: 'extension', site: null })
      .catch((error: unknown) => console.error('[afterview] notification action failed', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith('afterview|')) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  });
});
