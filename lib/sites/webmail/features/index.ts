import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startSite } from '../../../content/features';
import { type MailView, rowsOf, type WebmailSite } from '../site';
import { createListFeature } from './list';
import { createThreadFeature } from './thread';
import { createWritingFeature } from './writing';

/**
 * Afterview in a webmail: the site's readers (behind WebmailSite) and the shared features,
 * one file each: the open conversation, the lists, and the writing surfaces on every view.
 */
export function startWebmail(ctx: ContentScriptContext, site: WebmailSite): void {
  const locale = navigator.language || 'en-US';
  let threadId: string | null = null;
  const thread = createThreadFeature(site, { locale });
  const list = createListFeature(site, { locale });
  const writing = createWritingFeature(site, { locale, threadId: () => threadId });

  startSite<MailView>(ctx, {
    name: site.name,
    label: site.label,
    landmarks: site.landmarks,
    read: () => {
      const view = site.readView();
      threadId = view.kind === 'thread' ? view.thread.threadId : null;
      return view;
    },
    features: [
      {
        id: 'thread',
        when: (view) => view.kind === 'thread',
        update: (view) => {
          if (view.kind === 'thread') thread.update(view.thread);
        },
        stop: () => thread.stop(),
      },
      {
        id: 'list',
        when: (view) => rowsOf(view) !== null,
        update: (view) =>
          list.update(rowsOf(view) ?? [], {
            sentFolder: view.kind !== 'elsewhere' && view.sentFolder === true,
          }),
        stop: () => list.stop(),
      },
      { id: 'writing', when: () => true, update: () => writing.update(), stop: () => writing.stop() },
    ],
  });
}
