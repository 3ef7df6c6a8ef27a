/**
 * Everything Afterview knows about the shape of Outlook on the web's page (the new Outlook,
 * on outlook.live.com for personal accounts and outlook.office.com, outlook.office365.com
 * and outlook.cloud.microsoft for work and school accounts), in one file: when Outlook
 * changes, this file changes and nothing else does.
 *
 * Each landmark is a list of alternatives tried in order. Stable hooks come first: ARIA
 * roles and labels, the `data-app-section` names Outlook gives its panes, `data-convid` on
 * conversations, the `data-testid` on message dates, and the id families Outlook builds
 * its reading pane from (`ReadingPaneContainerId`, `UniqueMessageBody_<n>`,
 * `MSG_<token>_FROM`/`_DATETIME`, `CONV_<token>_SUBJECT`). Outlook's hashed class names
 * change with every build and are used last, if at all. "Seen" says when an alternative
 * last matched the layout our fixtures mirror (tests/fixtures/pages/outlook).
 *
 * Outlook's English wording ("From:", "To:", "Cc:" in labels, "Unread" first in a row's
 * label, "N more messages") lives here too, as patterns: it is page structure as much as
 * the markup is.
 */

import { LayoutError, landmark } from '../landmarks';

export {
  type Landmark,
  closestFirst,
  matchedAlternative,
  matchesAny,
  queryAllAny,
  queryAllFirst,
  queryFirst,
} from '../landmarks';

/** Nothing matched a landmark Afterview needs: Outlook's layout changed, or the page is not ready. */
export class OutlookLayoutError extends LayoutError {
  override readonly name = 'OutlookLayoutError';
  constructor(landmark: string) {
    super('Outlook', landmark);
  }
}

// ---------------------------------------------------------------------------------------
// The page

/** Where Outlook on the web lives; the content script runs on `/mail/` under these only. */
export const outlookHosts: ReadonlySet<string> = new Set([
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
]);

/** The pages the content script runs on, and Afterview's host access there: mail, nothing else. */
export const outlookMatches: string[] = [...outlookHosts].map((host) => `https://${host}/mail/*`);

export const account = landmark('account', [
  // The account card's second line is the signed-in address (in the page, hidden until
  // the account button is pressed). Seen 2026-11.
  '#mectrl_currentAccount_secondary',
  // The account button; its label names the user ("Account manager for Jordan Rivera"). Seen 2026-11.
  '#O365_MainLink_Me[aria-label]',
  'button[aria-label^="Account manager for "]',
]);

export const accountName = landmark('account name', [
  // The account card's first line is the user's name. Seen 2026-11.
  '#mectrl_currentAccount_primary',
]);

/** The account button's label, in Outlook's English UI: "Account manager for Jordan Rivera". */
export const accountLabel = /^Account manager for\s+(.+)$/i;

/** The page title Outlook sets: "Mail - Jordan Rivera - Outlook", "{subject} - Jordan Rivera - Outlook". Seen 2026-11. */
export const accountInTitle = /\s[-–]\s([^-–]+?)\s[-–]\s(?:Outlook|Outlook\.com|Microsoft Outlook)\s*$/;

/** An address in a text (a title, a label, "Name <address>"). */
export const addressPattern = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

// ---------------------------------------------------------------------------------------
// The message list

export const messageList = landmark('message list', [
  // The list of conversations is a listbox labelled "Message list". Seen 2026-11.
  '[role="listbox"][aria-label^="Message list"]',
  // The list's pane by its app section, and the listbox inside it. Seen 2026-11.
  '[data-app-section="MessageList"] [role="listbox"]',
  // The pane is a complementary landmark of the same name. Seen 2026-11.
  '[role="complementary"][aria-label="Message list"]',
  '[data-app-section="MessageList"]',
]);

export const listRow = landmark('message list row', [
  // One conversation per row; attachment tiles are options too, but never carry a conversation id. Seen 2026-11.
  '[role="option"][data-convid]',
  // The conversation id alone, should the role go. Seen 2026-11.
  'div[data-convid]',
]);

export const selectedRow = landmark('selected row', [
  // The conversation open in the reading pane is the selected row. Seen 2026-11.
  '[data-convid][aria-selected="true"]',
]);

/** Outlook starts an unread row's label with its state ("Unread Priya Natarajan …"). */
export const unreadLabel = /^\s*Unread\b/i;

export const rowControls = landmark('row controls', [
  // The hover actions (delete, mark as read, flag, pin) and the avatar: not the row's text. Seen 2026-11.
  'button',
  '[role="button"]',
  '[role="presentation"]',
  '[role="checkbox"]',
]);

/** A conversation's message count shown in the row: "(3)". */
export const messageCount = /^\(\d+\)$/;

/** An avatar's initials ("PN"): not a name, the row's name is beside it. */
export const initials = /^[A-Z]{1,3}$/;

/**
 * The short times a row shows: "10:42 AM", "14:05", "Mon 10:42 AM", "Mon 11/2", "11/2/2026",
 * "Yesterday", in Outlook's English UI (the full date is in the title when there is one).
 */
export const shortTime =
  /^(?:(?:today|yesterday|[A-Za-z]{2,3}\.?)\s+)?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?$|^(?:today|yesterday)$/i;

// ---------------------------------------------------------------------------------------
// The open conversation

export const readingPane = landmark('reading pane', [
  // The pane that shows a conversation or a new message. Seen 2026-11.
  '#ReadingPaneContainerId',
  '[role="main"][aria-label="Reading Pane"]',
  '[data-app-section="MailReadCompose"]',
  '[data-app-section="ConversationContainer"]',
  // The full view (a conversation opened in its own page) has no reading pane, only main. Seen 2026-11.
  '[role="main"]',
]);

export const conversationSubject = landmark("open conversation's subject", [
  // The subject heading carries the conversation's id family. Seen 2026-11.
  '[role="heading"][id^="CONV_"][id$="_SUBJECT"]',
  '[role="heading"][id$="_SUBJECT"]',
  // The only level-2 heading in the conversation (messages' fields are level 3). Seen 2026-11.
  '[data-app-section="ConversationContainer"] [role="heading"][aria-level="2"]',
  '[role="heading"][aria-level="2"]',
  // Plain headings, should the roles go. Seen 2026-11.
  'h1',
  'h2',
]);

export const message = landmark('message', [
  // An open message. Seen 2026-11.
  '[aria-label="Email message"]',
  // A collapsed one is a button that expands. Seen 2026-11.
  '[aria-expanded="false"]',
  '[aria-expanded="true"]',
]);

export const collapsedMessage = landmark('collapsed message', [
  // A folded message is a control that expands it. Seen 2026-11.
  '[aria-expanded="false"]',
]);

export const messageDate = landmark('message date', [
  // Every message, open or collapsed, shows its date with this test id. Seen 2026-11.
  '[data-testid="SentReceivedSavedTime"]',
  // The open message's date heading: MSG_<token>_DATETIME. Seen 2026-11.
  '[id^="MSG_"][id$="_DATETIME"]',
]);

export const messageBody = landmark('message body', [
  // The message's content: UniqueMessageBody_<n>, a document labelled "Message body". Seen 2026-11.
  '[id^="UniqueMessageBody"]:not([contenteditable="true"])',
  '[role="document"][aria-label="Message body"]',
  '[aria-label="Message body"]:not([contenteditable="true"]):not([role="textbox"])',
  // The class Outlook gives the body, across builds. Seen 2026-11.
  'div.allowTextSelection:not([contenteditable="true"])',
]);

export const messageSender = landmark('message sender', [
  // The open message's sender heading: MSG_<token>_FROM. Seen 2026-11.
  '[id^="MSG_"][id$="_FROM"]',
  // Its label, "From: Name". Seen 2026-11.
  '[aria-label^="From:"]',
  // A collapsed message shows the sender's name, with the address as a title when the
  // sender is outside the user's organisation. Seen 2026-11.
  'span[title*="@"]',
  // Outlook's class for a person's name (changes with builds). Seen 2026-11.
  'span.OZZZK',
]);

export const recipientLine = {
  to: landmark('message To line', [
    // "To: Jordan Rivera; Marcus Okafor". Seen 2026-11.
    '[aria-label^="To:"]:not([contenteditable])',
  ]),
  cc: landmark('message Cc line', [
    // "Cc: Marcus Okafor". Seen 2026-11.
    '[aria-label^="Cc:"]:not([contenteditable])',
  ]),
};

/** The field names that start a recipient line's label, in Outlook's English UI. */
export const recipientLabel = /^\s*(?:To|Cc|Bcc|From)\s*:\s*/i;

export const person = landmark('person', [
  // A person in a header or a compose field is a hover target for their contact card. Seen 2026-11.
  '[data-lpc-hover-target-id]',
  '.lpc-hoverTarget',
  // A name with its address as the title. Seen 2026-11.
  'span[title*="@"]',
]);

export const quotedPart = landmark('quoted history', [
  // Outlook's reply header ("From: … Sent: … To: … Subject: …") and the empty marker before
  // it; everything after them in the message is the history (ids prefixed "x_" once Outlook
  // shows a message it received). Seen 2026-11.
  '[id$="appendonsend"]',
  '[id$="divRplyFwdMsg"]',
]);

export const quotedBlock = landmark('quoted block', [
  // Quotes as other mail apps write them: Gmail's (classes prefixed "x_" too), cite blockquotes. Seen 2026-11.
  '[class$="gmail_quote"]',
  'blockquote[type="cite"]',
  'blockquote',
]);

export const pageChrome = landmark("Outlook's controls inside a message", [
  // The "…" button that shows trimmed history, toolbars, and Outlook's own buttons. Seen 2026-11.
  'button',
  '[role="toolbar"]',
]);

export const hiddenMessages = landmark('folded messages', [
  // "See 2 more messages": earlier messages Outlook folds away and does not put in the page. Seen 2026-11.
  'button',
  '[role="button"]:not([aria-expanded])',
]);

/** The text of a control that stands for folded messages, in Outlook's English UI. */
export const hiddenMessagesText = /\b(\d+)\s+(?:more|older|earlier)\s+messages?\b/i;

// ---------------------------------------------------------------------------------------
// Writing surfaces

export const editableBody = landmark('message body editor', [
  // The editor of a reply or a new message, in Outlook's English UI. Seen 2026-11.
  'div[role="textbox"][contenteditable="true"][aria-label="Message body"]',
  'div[contenteditable="true"][aria-label="Message body"]',
  // The same editor in any language: the only multi-line text box. Seen 2026-11.
  'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
]);

export const recipientField = landmark('recipient field', [
  // The To, Cc and Bcc fields of a reply or a new message. Seen 2026-11.
  '[contenteditable="true"][aria-label="To"]',
  '[contenteditable="true"][aria-label="Cc"]',
  '[contenteditable="true"][aria-label="Bcc"]',
  '[role="textbox"][aria-label^="To"]',
]);

export const subjectInput = landmark('compose subject', [
  // A new message's subject field. Seen 2026-11.
  'input[aria-label="Subject"]',
  'input[id^="MSG_"][id$="_SUBJECT"]',
  'input[placeholder="Add a subject"]',
]);

/** How far up from an editor its form is looked for: Outlook nests the editor a few levels deep. */
export const FORM_DEPTH = 10;

// ---------------------------------------------------------------------------------------
// The URL

/**
 * The view in Outlook's path: "/mail/0/inbox", "/mail/inbox/id/<id>" (work accounts have no
 * "/0/"), "/mail/0/sentitems/id/<id>", "/mail/id/<id>" (a conversation in its own view),
 * "/mail/0/deeplink/compose", "/mail/deeplink/read/<id>". Ids are percent-encoded.
 */
export const accountIndex = /^\d+$/;
/** The user's sent mail: each row's newest message is theirs. */
export const sentFolder = 'sentitems';
export const idSegment = 'id';
export const deeplinkRead = ['deeplink', 'read'] as const;
