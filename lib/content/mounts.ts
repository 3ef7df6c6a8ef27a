import type { ComponentChild } from 'preact';
import { mountShadow, type ShadowMount } from './shadow';

/**
 * Pieces of our UI beside page elements, one per key (a list row, a profile heading): drawn
 * again only when what they show changes, moved back when the page re-renders around them,
 * and removed with the element they belong to. Every in-page feature keeps its mounts here.
 */
export function keyedMounts<K>(name: string, css: string) {
  const mounts = new Map<K, { mount: ShadowMount; drawn: string }>();
  return {
    /**
     * Show `content` for `key`, placed by `place` (which puts the host beside its anchor).
     * `drawn` names what is shown: an unchanged piece still in the page costs nothing.
     */
    draw(key: K, drawn: string, place: (host: HTMLElement) => void, content: () => ComponentChild): void {
      const ui = mounts.get(key);
      if (ui && ui.drawn === drawn && ui.mount.host.isConnected) return;
      if (!ui || !ui.mount.host.isConnected) {
        ui?.mount.remove();
        mounts.set(key, { mount: mountShadow(place, css, content(), name), drawn });
      } else {
        ui.mount.update(content());
        ui.drawn = drawn;
      }
    },
    /** Whether `key` already shows `drawn`, still in the page (so nothing needs reading). */
    shows(key: K, drawn: string): boolean {
      const ui = mounts.get(key);
      return ui !== undefined && ui.drawn === drawn && ui.mount.host.isConnected;
    },
    remove(key: K): void {
      mounts.get(key)?.mount.remove();
      mounts.delete(key);
    },
    /** Remove every piece whose key is not kept (or whose host the page dropped). */
    keepOnly(keep: ReadonlySet<K>): void {
      for (const [key, ui] of mounts) {
        if (!keep.has(key) || !ui.mount.host.isConnected) {
          ui.mount.remove();
          mounts.delete(key);
        }
      }
    },
    clear(): void {
      for (const ui of mounts.values()) ui.mount.remove();
      mounts.clear();
    },
  };
}
