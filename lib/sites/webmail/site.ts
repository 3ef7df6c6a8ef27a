/**
 * What every webmail (Gmail now, Outlook next) gives Afterview's shared features: the view
 * on screen read as data, the places to put our UI, and the boxes the user writes in. A
 * site implements this with its selectors and readers; the features in ./features are
 * written once against it.
 */
import type { ReadReport, Unknown } from '../../content/watch';
import type { SiteName } from '../../messaging/protocol';
import type { Landmark } from '../landmarks';

/** A person as the page shows one (not the stored ThreadMessage of lib/model). `name` is null for the user ("me") or when the page shows none. */
export interface ShownAddress {
  name: string | null;
  /** Lowercased; null when the page gives no address (the attribute was lost). */
  email: string | null;
}

export interface ListRow {
  /** The site's id of the conversation (Gmail: the legacy hex id, or the permanent one). */
  threadId: string | null;
  subject: string;
  /** The first participant shown (the thread's starter). */
  sender: ShownAddress | null;
  /** Everyone shown in the sender column, in order. */
  senders: ShownAddress[];
  snippet: string;
  /** The last message's time, ISO 8601 with the zone's offset; null when unreadable. */
  date: string | null;
  unread: boolean;
  element: Element;
  /**
   * Where the reader places the row's chip, when it chose (Gmail: the subject the user sees,
   * never a hidden copy of it); null when the row shows no such place.
   */
  anchor?: Element | null;
}

export interface ShownMessage {
  /** The site's id of the message (Gmail: the legacy hex id, or the permanent "msg-a:r…"). */
  messageId: string | null;
  from: ShownAddress | null;
  /** Empty for a collapsed message: webmail shows recipients only once a message is open. */
  to: ShownAddress[];
  cc: ShownAddress[];
  /** ISO 8601 with the zone's offset; null when the title is missing or unreadable. */
  date: string | null;
  /** What the sender wrote: visible text without quoted parts (the snippet when collapsed). */
  text: string;
  /** The earlier messages it quotes, apart: they must never feed the detectors. */
  quoted: string;
  collapsed: boolean;
  element: Element;
}

export interface MailThread {
  threadId: string | null;
  subject: string;
  /** The messages on the page, oldest first. */
  messages: ShownMessage[];
  /** Messages the site folds away ("N older messages") and does not put on the page at all. */
  hiddenCount: number;
}

/**
 * What a webmail shows: a list of conversations, or one open conversation. Outlook keeps the
 * list on screen beside the open conversation: its rows come with the thread then.
 */
export type MailView =
  /** `sentFolder`: the list is the user's sent mail, so each row's newest message is theirs. */
  (
    | { kind: 'list'; rows: ListRow[]; sentFolder?: boolean }
    | { kind: 'thread'; thread: MailThread; rows?: ListRow[]; sentFolder?: boolean }
    /** A page of the site with no mail on it (Outlook's calendar, reached without a reload): nothing to do. */
    | { kind: 'elsewhere' }
  ) &
    /** The parts the reader did not find (rows without an id…): the layout is only partly recognised. */
    ReadReport;

/** The list rows on screen in any view, or null when no list is shown. */
export function rowsOf(view: MailView): ListRow[] | null {
  if (view.kind === 'list') return view.rows;
  return view.kind === 'thread' ? (view.rows ?? null) : null;
}

/** A reply box under an open conversation. */
export interface ReplyBox {
  body: HTMLElement;
  /** Addresses the reply goes to, lower case. */
  recipients: string[];
}

/** A new-message window. */
export interface ComposeWindow {
  body: HTMLElement;
  subject: HTMLInputElement | null;
  recipients: string[];
}

export interface WebmailSite {
  name: SiteName;
  /** As the user knows it, for messages: "Gmail". */
  label: string;
  /** The site's selectors (its `selectors.ts`), for the layout report. */
  landmarks: readonly Landmark[];
  /** The view on screen, or what was missing to recognise it. Never throws. */
  readView: () => MailView | Unknown;
  /** The signed-in address, when the page shows it. */
  readAccount: () => string | null;
  /** Where a row's chip or "Track" goes: before this element (the subject cell). */
  rowAnchor: (row: ListRow) => Element | null;
  /** Where the thread button goes: after this element (the conversation's subject). */
  threadAnchor: () => Element | null;
  findReplyBoxes: () => ReplyBox[];
  findComposeWindows: () => ComposeWindow[];
  /** Open a conversation from the list. */
  openThread: (threadId: string) => void;
}
