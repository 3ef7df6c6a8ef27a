import type { WebmailSite } from '../webmail/site';
import {
  findComposeWindows,
  findReplyBoxes,
  readAccount,
  readUrl,
  readView,
  rowSubjectElement,
} from './read';
import { landmarksIn } from '../landmarks';
import * as S from './selectors';
import type { ReadOptions } from './read';

/** Outlook on the web as a webmail: its readers and selectors behind the shared interface. */
export function outlookSite(doc: Document, options: ReadOptions): WebmailSite {
  return {
    name: 'outlook',
    label: 'Outlook',
    landmarks: landmarksIn(S),
    // "Now" for the short times Outlook shows recent mail with ("10:42 AM", "Mon 9:05 AM").
    readView: () => readView(doc, location.href, { ...options, now: new Date() }),
    readAccount: () => readAccount(doc).email,
    rowAnchor: (row) => rowSubjectElement(row.element, options),
    threadAnchor: () => {
      const pane = S.queryFirst(doc, S.readingPane);
      return pane ? S.queryFirst(pane, S.conversationSubject) : null;
    },
    findReplyBoxes: () => findReplyBoxes(doc),
    findComposeWindows: () => findComposeWindows(doc),
    openThread: (threadId) => {
      // Outlook opens a conversation when its row is clicked; a row not on screen is reached by its address.
      const row = Array.from(doc.querySelectorAll('[data-convid]')).find(
        (el) => el.getAttribute('data-convid') === threadId,
      );
      if (row instanceof HTMLElement) {
        row.click();
        return;
      }
      const base = readUrl(location.href)?.base ?? '/mail/';
      location.assign(`${base}inbox/id/${encodeURIComponent(threadId)}`);
    },
  };
}
