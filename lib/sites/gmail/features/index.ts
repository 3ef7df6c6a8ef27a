import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { call } from '../../../messaging/client';
import { isOurs } from '../../../content/shadow';
import { mountPresence } from '../../../content/presence';
import { readAccount, readView } from '../read';
import { createListFeature } from './list';
import { createThreadFeature } from './thread';
import { createWritingFeature } from './writing';

/** How long Gmail may take to draw its landmarks before Afterview says it does not know the layout. */
export const LAYOUT_GRACE_MS = 5_000;
/** Mutations are handled at most this often: Gmail changes its DOM in bursts. */
const BATCH_MS = 100;

/**
 * Afterview in Gmail: follow Gmail's single-page navigation through DOM changes and location
 * changes (no polling), read the view, and start or stop the features that belong to it.
 * When the landmarks are missing for longer than the grace period, everything pauses, one
 * warning is logged, and the popup is told; nothing is ever thrown into Gmail's page.
 */
export function startGmail(ctx: ContentScriptContext): void {
  const locale = navigator.language || 'en-US';
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const account = () => readAccount(document);
  let threadId: string | null = null;
  const thread = createThreadFeature({ account, locale });
  const list = createListFeature({
    locale,
    openThread: (id) => {
      location.hash = `#all/${id}`;
    },
  });
  const writing = createWritingFeature({ locale, threadId: () => threadId });

  let reported: 'recognised' | 'unrecognised' | null = null;
  let unknownSince: number | null = null;
  let graceTimer: number | null = null;
  const presence = mountPresence(ctx, 'gmail', { waitForLayout: true });

  const report = (layout: 'recognised' | 'unrecognised', missing: string | null) => {
    if (reported === layout) return;
    reported = layout;
    if (layout === 'unrecognised') {
      console.warn(
        `[afterview] Gmail's layout was not recognised (${missing} not found); Afterview is paused here.`,
      );
    }
    void presence.connect(() => call('siteSeen', { site: 'gmail', layout, missing }));
  };

  const stopAll = () => {
    thread.stop();
    list.stop();
    writing.stop();
  };

  const refresh = () => {
    try {
      const view = readView(document, location.href, { timeZone });
      if (view.kind === 'unknown') {
        threadId = null;
        unknownSince ??= Date.now();
        if (Date.now() - unknownSince >= LAYOUT_GRACE_MS) {
          stopAll();
          report('unrecognised', view.missing);
        } else {
          graceTimer ??= ctx.setTimeout(() => {
            graceTimer = null;
            refresh();
          }, LAYOUT_GRACE_MS);
        }
        return;
      }
      unknownSince = null;
      report('recognised', null);
      if (view.kind === 'thread') {
        threadId = view.thread.threadId;
        list.stop();
        thread.update(view.thread);
      } else {
        threadId = null;
        thread.stop();
        list.update(view.rows);
      }
      writing.update(document);
    } catch (error) {
      // A reader or feature met something unforeseen: pause quietly rather than break Gmail.
      console.warn('[afterview] Gmail paused:', error instanceof Error ? error.message : error);
      stopAll();
    }
  };

  let scheduled: number | null = null;
  const schedule = () => {
    scheduled ??= ctx.setTimeout(() => {
      scheduled = null;
      refresh();
    }, BATCH_MS);
  };
  const observer = new MutationObserver((records) => {
    if (records.every(isOwnChange)) return;
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.onInvalidated(() => {
    observer.disconnect();
    stopAll();
  });
  refresh();
}

/** A change made by our own UI, or inside it, is not news about Gmail. */
function isOwnChange(record: MutationRecord): boolean {
  if (isOurs(record.target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => isOurs(node));
}
