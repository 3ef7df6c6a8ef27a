import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '../../../content/watch';
import { readAccount, readView } from '../read';
import { createListFeature } from './list';
import { createThreadFeature } from './thread';
import { createWritingFeature } from './writing';

/**
 * Afterview in Gmail: follow the views (lib/content/watch.ts) and start or stop the features
 * that belong to each: the open thread, the lists, and the writing surfaces.
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

  watchPage(ctx, {
    site: 'gmail',
    label: 'Gmail',
    read: () => readView(document, location.href, { timeZone }),
    apply: (view) => {
      if (view.kind === 'thread') {
        threadId = view.thread.threadId;
        list.stop();
        thread.update(view.thread);
      } else {
        threadId = null;
        thread.stop();
        list.update(view.rows);
      }
      writing.update(document);
    },
    pause: () => {
      threadId = null;
      thread.stop();
      list.stop();
      writing.stop();
    },
  });
}
