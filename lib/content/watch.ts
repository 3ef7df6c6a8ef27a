import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { call } from '../messaging/client';
import { LayoutReportRequest, type LayoutStatus } from '../messaging/layout-report';
import { originOf } from '../messaging/router';
import { cut } from '../model/text';
import type { SiteName } from '../messaging/protocol';
import type { Landmark } from '../sites/landmarks';
import { outlinePage } from './outline';
import { mountPresence } from './presence';
import { isOurs } from './shadow';

/** How long a site may take to draw its landmarks before Afterview says it does not know the layout. */
export const LAYOUT_GRACE_MS = 5_000;
/** Mutations are handled at most this often: single-page sites change their DOM in bursts. */
const BATCH_MS = 100;

export type Unknown = { kind: 'unknown'; missing: string };

/**
 * What every view may say about itself: the parts of the page its reader looked for and did
 * not find. A view that misses some is still used (the features that need a missing part step
 * back), and the popup says the layout is only partly recognised, naming the parts.
 */
export interface ReadReport {
  missed?: readonly string[];
}
type Layout = 'recognised' | 'degraded' | 'unrecognised';

/**
 * Follow a single-page site without polling: one MutationObserver (changes inside our own
 * UI ignored, bursts batched) and location changes. Each pass reads the page and applies
 * the view; when the landmarks stay missing past the grace period, the features pause, one
 * warning is logged and the popup is told. Nothing is ever thrown into the page.
 */
export function watchPage<V extends { kind: string } & ReadReport>(
  ctx: ContentScriptContext,
  options: {
    site: SiteName;
    label: string;
    landmarks: readonly Landmark[];
    read: () => V | Unknown;
    apply: (view: V) => void;
    pause: () => void;
  },
): void {
  const { site, label } = options;
  const presence = mountPresence(ctx, site, { waitForLayout: true });
  let reported: string | null = null;
  let layoutNow: { status: LayoutStatus; missing: string | null } = { status: 'waiting', missing: null };
  let unknownSince: number | null = null;
  let graceTimer: number | null = null;

  const report = (layout: Layout, missing: string | null) => {
    const said = `${layout}:${missing ?? ''}`;
    if (reported === said) return;
    reported = said;
    layoutNow = { status: layout, missing };
    if (layout === 'unrecognised') {
      console.warn(
        `[afterview] ${label}'s layout was not recognised (${missing} not found); Afterview is paused here.`,
      );
    } else if (layout === 'degraded') {
      console.warn(`[afterview] ${label}'s layout was only partly recognised (${missing} not found).`);
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
      const missed = (view as V).missed ?? [];
      report(missed.length > 0 ? 'degraded' : 'recognised', missed.length > 0 ? missedParts(missed) : null);
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
  // A dialog opening or closing over the page hides or shows it by attributes alone: our UI
  // under it steps back, or comes back, without waiting for some other change.
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-hidden', 'inert'],
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.onInvalidated(() => {
    observer.disconnect();
    options.pause();
  });
  answerLayoutReports(ctx, { site, landmarks: options.landmarks }, () => layoutNow);
  refresh();
}

/**
 * Answer the popup's "Save a layout report" with a censored outline of this page (outline.ts),
 * and nobody else: the request must be ours in shape and come from one of our own pages (not a
 * content script, not another extension). Our pages are told by their address rather than by
 * having no `sender.tab`: the popup opened as a tab (from a notification) has one. Anything
 * else is left for other listeners.
 */
function answerLayoutReports(
  ctx: ContentScriptContext,
  { site, landmarks }: { site: SiteName; landmarks: readonly Landmark[] },
  layout: () => { status: LayoutStatus; missing: string | null },
): void {
  const ourOrigin = originOf(browser.runtime.getURL('/'));
  const listener = (message: unknown, sender: { id?: string; url?: string }) => {
    if (!LayoutReportRequest.safeParse(message).success) return undefined;
    if (sender.id !== browser.runtime.id || !sender.url || originOf(sender.url) !== ourOrigin)
      return undefined;
    const version = browser.runtime.getManifest().version;
    // A failure becomes a refused answer for the popup, never an exception in the page.
    return Promise.resolve().then(() =>
      outlinePage(document, { site, landmarks, layout: layout(), version, now: new Date() }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** The parts a view missed, as the popup names them (bounded like the stored field). */
export function missedParts(missed: readonly string[]): string {
  const parts = [...new Set(missed)].join(', ');
  return parts.length > 200 ? `${cut(parts, 199)}…` : parts;
}

/** A change made by our own UI, or inside it, is not news about the page. */
function isOwnChange(record: MutationRecord): boolean {
  if (isOurs(record.target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => isOurs(node));
}
