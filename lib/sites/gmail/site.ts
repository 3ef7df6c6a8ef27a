import type { WebmailSite } from '../webmail/site';
import { findComposeWindows, findReplyBoxes, readAccount, readView } from './read';
import { landmarksIn } from '../landmarks';
import * as S from './selectors';

/** Gmail as a webmail: its readers and selectors behind the shared interface. */
export function gmailSite(doc: Document, timeZone: string): WebmailSite {
  return {
    name: 'gmail',
    label: 'Gmail',
    landmarks: landmarksIn(S),
    readView: () => readView(doc, location.href, { timeZone }),
    readAccount: () => readAccount(doc),
    // The reader chose it: the subject in sight (never the row's hidden summary).
    rowAnchor: (row) => row.anchor ?? null,
    threadAnchor: () => S.queryFirst(doc, S.threadSubject),
    findReplyBoxes: () => findReplyBoxes(doc),
    findComposeWindows: () => findComposeWindows(doc),
    openThread: (threadId) => {
      location.hash = `#all/${threadId}`;
    },
  };
}
