import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteName } from '../messaging/protocol';
import type { Landmark } from '../sites/landmarks';
import { loadShadowMode } from './shadow';
import { type ReadReport, type Unknown, watchPage } from './watch';

/**
 * One in-page feature: when it belongs to the view on screen, `update` draws or refreshes
 * it (often; it must be cheap when nothing changed); otherwise, or when the site pauses,
 * `stop` removes everything it put in the page.
 */
export interface Feature<V> {
  id: string;
  when: (view: V) => boolean;
  update: (view: V) => void;
  stop: () => void;
}

/**
 * Apply a view to a set of features: the ones it does not belong to stop first (what they
 * drew for the last view goes), then the ones it belongs to update, in order.
 */
export function featureSet<V>(features: ReadonlyArray<Feature<V>>) {
  return {
    apply(view: V): void {
      const on = features.filter((feature) => feature.when(view));
      for (const feature of features) if (!on.includes(feature)) feature.stop();
      for (const feature of on) feature.update(view);
    },
    pause(): void {
      for (const feature of features) feature.stop();
    },
  };
}

/**
 * A site is its readers and its features: follow the page (watch.ts), read the view on
 * each change, run the features that belong to it, and pause them all (saying so in the
 * popup) when the layout is not recognised.
 */
export function startSite<V extends { kind: string } & ReadReport>(
  ctx: ContentScriptContext,
  site: {
    name: SiteName;
    label: string;
    /** The site's selectors, for the layout report. */
    landmarks: readonly Landmark[];
    read: () => V | Unknown;
    features: ReadonlyArray<Feature<V>>;
  },
): void {
  const set = featureSet(site.features);
  // The roots' mode is known before the first piece is drawn.
  void loadShadowMode().then(() =>
    watchPage<V>(ctx, {
      site: site.name,
      label: site.label,
      landmarks: site.landmarks,
      read: site.read,
      apply: (view) => set.apply(view),
      pause: () => set.pause(),
    }),
  );
}
