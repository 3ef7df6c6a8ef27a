import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type PresenceState, PresenceBadge, presenceBadgeCss } from '@/components/PresenceBadge';
import { call } from '../messaging/client';
import type { SiteName } from '../messaging/protocol';
import { onlyTrustedEvents, shadowMode } from './shadow';

export interface Presence {
  /** Tell the background (through `report`) and show whether it answered. */
  connect: (report: () => Promise<unknown>) => Promise<void>;
}

/**
 * Mount the presence badge in its own shadow root (so neither page nor badge styles leak)
 * and tell the background that Afterview runs on this site. With `waitForLayout`, the site's
 * features report once they know whether the page's layout is recognised.
 */
export function mountPresence(
  ctx: ContentScriptContext,
  site: SiteName,
  { waitForLayout = false }: { waitForLayout?: boolean } = {},
): Presence {
  let show: (state: PresenceState) => void = () => {};
  const ready = createShadowRootUi<HTMLElement>(ctx, {
    name: 'afterview-presence',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: presenceBadgeCss,
    isolateEvents: true,
    mode: shadowMode(),
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  }).then((ui) => {
    onlyTrustedEvents(ui.shadow);
    ui.mount();
    show = (state) => {
      if (ui.mounted) render(<PresenceBadge state={state} onHide={() => ui.remove()} />, ui.mounted);
    };
    show('connecting');
  });

  const connect = async (report: () => Promise<unknown>) => {
    await ready;
    try {
      await report();
      show('connected');
    } catch (error) {
      // Never throw into the host page: say so in the badge and in our own console line.
      console.warn('[afterview] background unreachable', error);
      show('unreachable');
    }
  };
  if (!waitForLayout) void connect(() => call('siteSeen', { site }));
  return { connect };
}
