import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startWebmail } from '../../webmail/features';
import { gmailSite } from '../site';

/** Afterview in Gmail: the shared webmail features over Gmail's readers (site.ts). */
export function startGmail(ctx: ContentScriptContext): void {
  startWebmail(ctx, gmailSite(document, Intl.DateTimeFormat().resolvedOptions().timeZone));
}
