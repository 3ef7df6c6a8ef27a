/**
 * Everything Afterview knows about the shape of Gmail's page, in one file: when Gmail
 * changes, this file changes and nothing else does.
 *
 * Each landmark is a list of alternatives tried in order. Stable hooks come first: ARIA
 * roles, and attributes Gmail's own features depend on (`email` and `name` on people,
 * `data-thread-id`, `data-message-id`, `title` on dates). Gmail's short, generated class
 * names come last: they are the most precise but change without notice. "Seen" says when
 * an alternative last matched the layout our fixtures mirror (tests/fixtures/pages/gmail).
 *
 * Gmail's English wording (the "me" it calls the user, "to:"/"cc:" labels, date titles)
 * lives here too, as patterns: it is page structure as much as the markup is.
 */

import { type Landmark, LayoutError, landmark, requireLandmark } from '../landmarks';

export {
  type Landmark,
  closestFirst,
  landmark,
  matchedAlternative,
  matchesAny,
  queryAllAny,
  queryAllFirst,
  queryFirst,
} from '../landmarks';

/** Nothing matched a landmark Afterview needs: Gmail's layout changed, or the page is not ready. */
export class GmailLayoutError extends LayoutError {
  override readonly name = 'GmailLayoutError';
  constructor(landmark: string) {
    super('Gmail', landmark);
  }
}

/** Like queryFirst, but a missing landmark is a GmailLayoutError naming it. */
export const queryRequired = (root: ParentNode, what: Landmark): Element =>
  requireLandmark(root, what, GmailLayoutError);

// ---------------------------------------------------------------------------------------
// The page

export const mainView = landmark('main view', [
  // The container of the view on screen (list or thread). Gmail keeps other views in the
  // page, hidden, and gives role="main" only to the one shown. Seen 2026-11.
  'div[role="main"]',
  // Gmail's view containers; the hidden ones carry an inline display: none. Seen 2026-11.
  'div.BltHke:not([style*="display: none"]):not([style*="display:none"])',
]);

export const account = landmark('account button', [
  // The account button in Google's bar: aria-label "Google Account: Name (address)". Seen 2026-11.
  'a[aria-label^="Google Account: "]',
  // The same button by where it leads, whatever the UI language. Seen 2026-11.
  'a[href*="accounts.google.com/SignOutOptions"][aria-label]',
  // Google's bar class for the same button (changes often). Seen 2026-11.
  'a.gb_B[aria-label]',
]);

/** An address in a text (the account button's label, the page title). */
export const addressPattern = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

/** The page title Gmail sets: "Inbox (3) - jordan@example.com - Gmail". Seen 2026-11. */
export const accountInTitle = /\s-\s([^\s]+@[^\s]+)\s-\s(?:[^-]+)$/;

// ---------------------------------------------------------------------------------------
// The thread list

export const threadList = landmark('thread list', [
  // The list of conversations is an ARIA grid. Seen 2026-11.
  'table[role="grid"]',
  // Gmail's classes for the same table. Seen 2026-11.
  'table.F.cf.zt',
]);

export const listRow = landmark('thread list row', [
  // One conversation per row. With the reading pane on the right, a conversation takes two
  // or three table rows and only the first is a row to ARIA: the table rows after it, up to
  // the next row, are read as part of it (subject, snippet). Seen 2026-11.
  'tr[role="row"]',
  // Without roles, the conversation's first table row is the one that takes the focus. Seen 2026-11.
  'tr.zA[tabindex]',
  // Gmail's row class (zE unread, yO read). Seen 2026-11.
  'tr.zA',
]);

export const rowThread = landmark('row thread id', [
  // The subject span carries the thread's legacy hex id (older markup: the row). Seen 2026-11.
  '[data-legacy-thread-id]',
  // ...and its permanent id, "#thread-f:<decimal>". Seen 2026-11.
  '[data-thread-id]',
]);

export const rowLastMessage = landmark("row's newest message id", [
  // The subject span carries the legacy hex id of the thread's newest message too: for a
  // thread of one message, that is the thread's id (Gmail names a thread after its first
  // message). Seen 2026-11.
  '[data-legacy-last-message-id]',
]);

export const rowMessageCount = landmark('row message count', [
  // The number of messages after the names, shown from two on ("Priya, me 3"). Seen 2026-11.
  'span.bx0',
]);

/** Older lists write the count as text after the names instead: "Priya, me (3)". */
export const countAfterNames = /\(\d+\)\s*$/;

export const rowSenderColumn = landmark('row sender column', [
  // The names shown in the row, with the count after them. Seen 2026-11.
  'div.yW',
]);

export const rowSubject = landmark('row subject', [
  // The subject is the text of the span that carries the thread id. Seen 2026-11.
  'span[data-thread-id]',
  'span[data-legacy-thread-id]',
  // Gmail's subject span. Seen 2026-11.
  'span.bog',
  // Older markup: the subject is the span of its cell with no class of its own, before the
  // snippet. Seen 2026-11.
  'div.y6 > span:not(.y2)',
]);

export const rowPeople = landmark('row senders', [
  // Each participant shown in the row, with the address Gmail's hovercard uses. Seen 2026-11.
  'span[email]',
  // Gmail's classes for them (zF unread, yP read). Seen 2026-11.
  'span.zF, span.yP',
]);

export const rowSnippet = landmark('row snippet', [
  // The snippet after the subject (" - Hi Jordan, …"). Gmail gives it no stable hook. Seen 2026-11.
  'span.y2',
  // With the reading pane on the right, the snippet has a table row of its own. Seen 2026-11.
  'div.y2',
]);

export const rowDate = landmark('row date', [
  // The date cell; its span's title holds the full date and time. Seen 2026-11.
  'td.xW span[title]',
  // ...or the cell's own title. Seen 2026-11.
  'td.xW[title]',
  // Any titled span of a cell, should xW go (or with the reading pane on the right, where
  // the date has a cell of its own). Seen 2026-11.
  'td.xY span[title]:not([role])',
]);

export const rowHiddenPart = landmark('hidden part of a row', [
  // The row's screen-reader summary ("unread, Priya Natarajan, Interview…, 10:42 AM, …"):
  // out of sight, it repeats the people, the subject and the date, sometimes with the very
  // same spans. Never read as the row, never a place for our UI. Seen 2026-11.
  '.afn',
  // What a saved copy of the page marked as hidden when it was saved (SingleFile's mark:
  // the live styles that hid it are gone from the copy). Seen 2026-11.
  '.sf-hidden',
  // Text visually hidden by an inline clip (the usual screen-reader-only style). Seen 2026-11.
  '[style*="clip: rect"], [style*="clip:rect"]',
]);

/**
 * The attribute by which a row names its accessible label: the ids of Gmail's screen-reader
 * summary. What it names is read only when nothing outside it is found.
 */
export const rowLabel = 'aria-labelledby';

export const unreadRow = landmark('unread row', [
  // Gmail marks unread rows with zE (and read ones with yO); there is no ARIA state. Seen 2026-11.
  'tr.zE',
]);

export const readRow = landmark('read row', [
  // Gmail's class for read rows. Seen 2026-11.
  'tr.yO',
]);

export const unreadSender = landmark('unread sender', [
  // Bold sender names (zF) are the other sign of an unread row. Seen 2026-11.
  'span.zF',
]);

/** The separator Gmail puts before a snippet: " - " with no-break spaces. */
export const snippetSeparator = /^\s*[-–—]\s*/;

// ---------------------------------------------------------------------------------------
// The open thread

export const threadSubject = landmark("open thread's subject", [
  // The thread's heading carries its permanent id "thread-f:<decimal>". Seen 2026-11.
  'h2[data-thread-perm-id]',
  // ...and its legacy hex id. Seen 2026-11.
  'h2[data-legacy-thread-id]',
  // Gmail's subject heading class. Seen 2026-11.
  'h2.hP',
]);

export const message = landmark('message', [
  // Every message in the open thread, expanded (adn) or collapsed (adf), carries its id
  // "#msg-f:<decimal>". Seen 2026-11.
  '[data-message-id]',
  '[data-legacy-message-id]',
  // Gmail's message containers. Seen 2026-11.
  'div.adn.ads, div.adf.ads',
]);

export const messageItem = landmark('message list item', [
  // Each message (or bundle of hidden messages) is an item of the thread's list. Seen 2026-11.
  '[role="listitem"]',
  // Gmail's classes: h7 expanded, kv collapsed, kQ a bundle of older messages. Seen 2026-11.
  'div.h7, div.kv, div.ks, div.kQ',
]);

export const collapsedItem = landmark('collapsed message', [
  // A collapsed message's list item says so. Seen 2026-11.
  '[role="listitem"][aria-expanded="false"]',
  // Gmail's classes for collapsed messages. Seen 2026-11.
  'div.kv, div.ks',
  // The collapsed message's own container. Seen 2026-11.
  'div.adf',
]);

export const hiddenBundle = landmark('older messages bundle', [
  // "N older messages": a bundle of messages Gmail hides entirely; its text is the count.
  // No stable hook. Seen 2026-11.
  'div.kQ',
]);

export const messageHeader = landmark('message header', [
  // The header table above the body (sender, date, recipients). Seen 2026-11.
  'table.cf.gJ',
  'div.gE',
]);

export const messageSender = landmark('message sender', [
  // The sender is the message's heading, with Gmail's hovercard address. Seen 2026-11.
  'h3 span[email]',
  // Gmail's sender classes (gD expanded, zF collapsed). Seen 2026-11.
  'span.gD[email], span.zF[email]',
  'span.gD, span.zF',
]);

export const messageRecipients = landmark('message recipients', [
  // The people on the "to me, Marcus" line under the sender (hb), by their hovercard
  // address. Seen 2026-11.
  '.hb [email]',
  '.hb [data-hovercard-id]',
  // Gmail's recipient span class. Seen 2026-11.
  'span.g2',
]);

export const person = landmark('person', [
  // Anyone Gmail shows with a hovercard carries the address in `email`. Seen 2026-11.
  '[email]',
  // Recipient chips and avatars carry it as the hovercard's id. Seen 2026-11.
  '[data-hovercard-id]',
  // Gmail's sender and recipient classes. Seen 2026-11.
  'span.gD, span.g2',
]);

export const detailsRow = landmark('message details row', [
  // The details popup ("from:", "to:", "cc:", "date:"…), in the page but hidden until opened.
  // It is the only place Gmail separates To from Cc. Seen 2026-11.
  'table.ajC tr',
]);

export const detailsLabel = landmark('message details label', [
  // The row's label cell ("to:"). Seen 2026-11.
  'td.gG',
  'td:first-child',
]);

/** The labels of the details popup's rows, in Gmail's English UI. */
export const detailsLabels = { to: /^to\s*:?$/i, cc: /^cc\s*:?$/i };

export const messageDate = landmark('message date', [
  // The date beside the sender; its title holds the full date and time. Seen 2026-11.
  'span.g3[title]',
  // Any titled span in the header's date cell. Seen 2026-11.
  'td.gH span[title]',
]);

export const messageBody = landmark('message body', [
  // The message's content. Gmail gives it no stable hook. Seen 2026-11.
  'div.a3s',
  'div.ii.gt',
]);

export const collapsedSnippet = landmark('collapsed message snippet', [
  // The one-line snippet a collapsed message shows. Seen 2026-11.
  'div.iA.g6',
  'span.y2',
]);

export const quotedPart = landmark('quoted text', [
  // Quotes as mail clients write them into the message itself: Gmail's gmail_quote
  // (div and blockquote), Apple Mail and Thunderbird's cite blockquotes. Seen 2026-11.
  '.gmail_quote',
  'blockquote[type="cite"]',
  // What Gmail trims behind its "…" button (quoted text, repeated signatures). Seen 2026-11.
  'div.adL',
]);

/**
 * The line Gmail writes at the top of a forwarded message, which it wraps in gmail_quote
 * like a quote. A forward is what the sender shares, not a quote: it stays in the text.
 */
export const forwardedHeader =
  /^\s*-{2,}\s*(?:forwarded message|message transféré|weitergeleitete nachricht|mensaje reenviado|mensagem encaminhada)\s*-{2,}/i;

export const pageChrome = landmark("Gmail's controls inside a message", [
  // The "Show trimmed content" button and its marker: controls, not text. Seen 2026-11.
  '[aria-label="Show trimmed content"]',
  'div.yj6qo',
  'div.ajU',
]);

/** The name Gmail shows instead of the user's own ("to me"), in its English UI. */
export const selfNames: ReadonlySet<string> = new Set(['me']);

/**
 * Ids as Gmail writes them: "#thread-f:<decimal>" and "#msg-f:<decimal>" for mail from the
 * server (the decimal is the legacy hex id in base 10), "#thread-a:r<…>" and "#msg-a:r<…>"
 * for mail sent in this session, which has no legacy id yet.
 */
export const permanentId = /^#?(thread|msg)-([fa]):(.+)$/;

// ---------------------------------------------------------------------------------------
// Writing surfaces

export const editableBody = landmark('message body editor', [
  // The editor of a reply or a new message, in Gmail's English UI. Seen 2026-11.
  'div[role="textbox"][contenteditable="true"][aria-label="Message Body"]',
  // The same editor in any language. Seen 2026-11.
  'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
  // Gmail's editor attribute and classes. Seen 2026-11.
  'div[contenteditable="true"][g_editable="true"]',
  'div.Am.Al.editable',
]);

export const composeWindow = landmark('compose window', [
  // A new message opens as a dialog. Seen 2026-11.
  'div[role="dialog"]',
  // Gmail's classes for the compose dialog. Seen 2026-11.
  'div.nH.Hd',
  'div.M9',
]);

export const replyContainer = landmark('reply box', [
  // An inline reply sits in its own form, inside a table.iN. Seen 2026-11.
  'form',
  'table.iN',
  'div.ip',
]);

export const subjectInput = landmark('compose subject', [
  // The subject field's form name. Seen 2026-11.
  'input[name="subjectbox"]',
  // Gmail's class for it. Seen 2026-11.
  'input.aoT',
]);

export const recipientChip = landmark('compose recipient', [
  // A recipient chip in the To, Cc or Bcc field: data-hovercard-id is the address. Seen 2026-11.
  '[data-hovercard-id][data-name]',
  // Older chips: a span with the address. Seen 2026-11.
  'span.vN[email]',
  // Gmail's chip class. Seen 2026-11.
  'div.afV',
]);

// ---------------------------------------------------------------------------------------
// The URL

/** The user's sent mail in Gmail's hash ("#sent", "#sent/p2"): each row's newest message is theirs. */
export const sentFolder = /^sent(?:\/|$)/;

/**
 * The view in Gmail's URL hash: "#inbox", "#label/Jobs", "#search/interview",
 * "#inbox/FMfcgzQ…" (a thread). A thread token is the last segment: long, letters and
 * digits only (label names with spaces are written with "+", so they cannot pass for one).
 */
export const threadToken = /^[A-Za-z0-9]{16,}$/;
