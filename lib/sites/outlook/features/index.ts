import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { localeWritesDayFirst } from '../../webmail/dates';
import { startWebmail } from '../../webmail/features';
import { outlookSite } from '../site';

/**
 * Afterview in Outlook on the web: the shared webmail features over Outlook's readers
 * (site.ts). Outlook writes dates as numbers in the browser's locale and zone.
 */
export function startOutlook(ctx: ContentScriptContext): void {
  const locale = navigator.language || 'en-US';
  startWebmail(
    ctx,
    outlookSite(document, {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      dayFirst: localeWritesDayFirst(locale),
    }),
  );
}
