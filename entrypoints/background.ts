import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { dispatch, originOf } from '@/lib/messaging/router';
import { getDb } from '@/lib/store/db';

export default defineBackground(() => {
  const handlers = createHandlers({
    db: getDb,
    now: () => new Date(),
    version: browser.runtime.getManifest().version,
  });
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! };

  // Registered synchronously on every start of the worker, so no message is missed.
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender, handlers, self));
});
