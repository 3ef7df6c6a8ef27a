import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type PresenceState, PresenceBadge, presenceBadgeCss } from '@/components/PresenceBadge';
import { call } from '../messaging/client';
import type { SiteName } from '../messaging/protocol';

/**
 * Mount the presence badge in its own shadow root (so neither page nor badge styles leak)
 * and tell the background that Afterview runs on this site.
 */
export async function mountPresence(ctx: ContentScriptContext, site: SiteName): Promise<void> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'afterview-presence',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: presenceBadgeCss,
    isolateEvents: true,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();

  const show = (state: PresenceState) => {
    if (ui.mounted) render(<PresenceBadge state={state} onHide={() => ui.remove()} />, ui.mounted);
  };
  show('connecting');
  try {
    await call('siteSeen', { site });
    show('connected');
  } catch (error) {
    // Never throw into the host page: say so in the badge and in our own console line.
    console.warn('[afterview] background unreachable', error);
    show('unreachable');
  }
}
