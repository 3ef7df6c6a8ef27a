import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startSite } from '../../../content/features';
import { type GmailView, readAccount, readView } from '../read';
import { createListFeature } from './list';
import { createThreadFeature } from './thread';
import { createWritingFeature } from './writing';

/**
 * Afterview in Gmail: its readers (read.ts) and its features (one file each): the open
 * thread, the lists, and the writing surfaces on every view.
 */
export function startGmail(ctx: ContentScriptContext): void {
  const locale = navigator.language || 'en-US';
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let threadId: string | null = null;
  const thread = createThreadFeature({ account: () => readAccount(document), locale });
  const list = createListFeature({
    locale,
    openThread: (id) => {
      location.hash = `#all/${id}`;
    },
  });
  const writing = createWritingFeature({ locale, threadId: () => threadId });

  startSite<Exclude<GmailView, { kind: 'unknown' }>>(ctx, {
    name: 'gmail',
    label: 'Gmail',
    read: () => {
      const view = readView(document, location.href, { timeZone });
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
        when: (view) => view.kind === 'list',
        update: (view) => {
          if (view.kind === 'list') list.update(view.rows);
        },
        stop: () => list.stop(),
      },
      { id: 'writing', when: () => true, update: () => writing.update(document), stop: () => writing.stop() },
    ],
  });
}
