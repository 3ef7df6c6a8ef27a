import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { call } from '../messaging/client';
import type { SiteName } from '../messaging/protocol';
import { mountPresence } from './presence';
import { isOurs } from './shadow';

/** How long a site may take to draw its landmarks before Afterview says it does not know the layout. */
export const LAYOUT_GRACE_MS = 5_000;
/** Mutations are handled at most this often: single-page sites change their DOM in bursts. */
const BATCH_MS = 100;

export type Unknown = { kind: 'unknown'; missing: string };

/**
 * Follow a single-page site without polling: one MutationObserver (changes inside our own
 * UI ignored, bursts batched) and location changes. Each pass reads the page and applies
 * the view; when the landmarks stay missing past the grace period, the features pause, one
 * warning is logged and the popup is told. Nothing is ever thrown into the page.
 */
export function watchPage<V extends { kind: string }>(
  ctx: ContentScriptContext,
  options: {
    site: SiteName;
    label: string;
    read: () => V | Unknown;
    apply: (view: V) => void;
    pause: () => void;
  },
): void {
  const { site, label } = options;
  const presence = mountPresence(ctx, site, { waitForLayout: true });
  let reported: 'recognised' | 'unrecognised' | null = null;
  let unknownSince: number | null = null;
  let graceTimer: number | null = null;

  const report = (layout: 'recognised' | 'unrecognised', missing: string | null) => {
    if (reported === layout) return;
    reported = layout;
    if (layout === 'unrecognised') {
      console.warn(
        `[afterview] ${label}'s layout was not recognised (${missing} not found); Afterview is paused here.`,
      );
    }
    void presence.connect(() => call('siteSeen', { site, layout, missing }));
  };

  const refresh = () => {
    try {
      const view = options.read();
      if (view.kind === 'unknown') {
        unknownSince ??= Date.now();
        if (Date.now() - unknownSince >= LAYOUT_GRACE_MS) {
          options.pause();
          report('unrecognised', (view as Unknown).missing);
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
      options.apply(view as V);
    } catch (error) {
      // A reader or feature met something unforeseen: pause quietly rather than break the site.
      console.warn(`[afterview] ${label} paused:`, error instanceof Error ? error.message : error);
      options.pause();
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
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.onInvalidated(() => {
    observer.disconnect();
    options.pause();
  });
  refresh();
}

/** A change made by our own UI, or inside it, is not news about the page. */
function isOwnChange(record: MutationRecord): boolean {
  if (isOurs(record.target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => isOurs(node));
}
