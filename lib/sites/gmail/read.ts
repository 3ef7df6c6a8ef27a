/**
 * Pure readers over Gmail's page: which view is shown, the rows of a list, an open thread
 * with each message's sender, recipients, date and text (quoted parts apart), and the
 * places the user writes (reply boxes, compose windows).
 *
 * They only read: no extension API, no network, the page is never changed and markup is
 * never parsed. Every selector comes from ./selectors, so a Gmail change is one file's fix.
 * Dates are read from Gmail's `title` attributes, in the user's time zone (a parameter:
 * Gmail writes wall-clock times in the zone of the browser, which the caller knows).
 */
import { splitBody } from '../webmail/body';
import { parseShownDate } from '../webmail/dates';
import * as S from './selectors';
import { GmailLayoutError } from './selectors';
import { hiddenByAttributes, inlineText } from '../../content/page-text';
import type { ListRow, MailThread as GmailThread, ShownAddress, ShownMessage } from '../webmail/site';

export interface ReadOptions {
  /** IANA zone the page shows times in (the browser's): "America/New_York". */
  timeZone: string;
}

export type { ListRow, MailThread as GmailThread, ShownAddress, ShownMessage } from '../webmail/site';

export type GmailView =
  /** `missed`: what some rows lack (the rows that lack it get no chip and no button). */
  | { kind: 'list'; folder: string; rows: ListRow[]; sentFolder: boolean; missed?: readonly string[] }
  | { kind: 'thread'; folder: string; thread: GmailThread }
  /** The page is not (yet) one Afterview can read; `missing` names what was not found. */
  | { kind: 'unknown'; missing: string };

// ---------------------------------------------------------------------------------------
// The view

/**
 * Which view the page shows, read from the DOM (the URL only says which folder, and whether
 * a thread should be open). Never throws: a page without the landmarks is `unknown`.
 */
export function readView(doc: Document, url: string, options: ReadOptions): GmailView {
  try {
    const place = readUrl(url);
    if (!place) return { kind: 'unknown', missing: 'Gmail address (mail.google.com)' };
    const main = S.queryRequired(doc, S.mainView);
    if (S.queryFirst(main, S.threadSubject) || S.queryFirst(main, S.message)) {
      return { kind: 'thread', folder: place.folder, thread: readThread(main, options) };
    }
    // The URL names a thread but the page still shows the list: the thread is loading.
    if (place.threadToken) return { kind: 'unknown', missing: S.threadSubject.name };
    if (S.queryFirst(main, S.threadList)) return listView(place.folder, readRows(main, options));
    return { kind: 'unknown', missing: `${S.threadList.name} or ${S.threadSubject.name}` };
  } catch (error) {
    if (error instanceof GmailLayoutError) return { kind: 'unknown', missing: error.landmark };
    // Anything else is a page shape no reader foresaw; it still must not break the caller.
    return { kind: 'unknown', missing: `a readable page (${String(error)})` };
  }
}

/**
 * What a list row needs for the list's features, named as the popup says it is missing: the
 * thread id finds the thread; the subject, in sight, is what the user reads and where our
 * chip goes. A row may show no sender (a draft) or no date: neither is a missing part.
 */
const ROW_NEEDS: ReadonlyArray<readonly [name: string, has: (row: ListRow) => boolean]> = [
  ['thread ids on list rows', (row) => row.threadId !== null],
  ['subjects on list rows', (row) => row.subject !== '' && Boolean(row.anchor)],
];

/**
 * A list, when its rows can be read: one where most rows lack a part is a layout Afterview
 * does not know (unknown); one where a few do is read, saying what they lack (degraded).
 */
function listView(folder: string, rows: ListRow[]): GmailView {
  const lacking = ROW_NEEDS.map(([name, has]) => ({ name, count: rows.filter((row) => !has(row)).length }));
  const most = lacking.find((part) => part.count * 2 > rows.length);
  if (most) return { kind: 'unknown', missing: most.name };
  const missed = lacking.filter((part) => part.count > 0).map((part) => part.name);
  return {
    kind: 'list',
    folder,
    rows,
    sentFolder: S.sentFolder.test(folder),
    ...(missed.length > 0 ? { missed } : {}),
  };
}

/** The folder and thread token in a Gmail URL, or null when it is not Gmail's. */
export function readUrl(url: string): { folder: string; threadToken: string | null } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.hostname !== 'mail.google.com') return null;
  const segments = decodeURIComponent(parsed.hash.replace(/^#/, ''))
    .split('?')[0]!
    .split('/')
    .filter((s) => s !== '');
  const last = segments[segments.length - 1];
  const threadToken = segments.length > 1 && last && S.threadToken.test(last) ? last : null;
  const folderSegments = threadToken ? segments.slice(0, -1) : segments;
  return { folder: folderSegments.join('/') || 'inbox', threadToken };
}

/** The signed-in user's address, from Google's account button or the page title; null if neither says. */
export function readAccount(doc: Document): string | null {
  const label = S.queryFirst(doc, S.account)?.getAttribute('aria-label') ?? '';
  const fromButton = S.addressPattern.exec(label)?.[0];
  if (fromButton) return fromButton.toLowerCase();
  const fromTitle = S.accountInTitle.exec(doc.title ?? '')?.[1];
  const address = fromTitle ? S.addressPattern.exec(fromTitle)?.[0] : undefined;
  return address ? address.toLowerCase() : null;
}

// ---------------------------------------------------------------------------------------
// The list

/**
 * The rows of every thread list under `root` (a priority inbox has several). One query
 * finds the rows; each row is then read within itself, never from the whole document.
 * Throws GmailLayoutError when there is no thread list at all.
 */
export function readRows(root: ParentNode, options: ReadOptions): ListRow[] {
  const grids =
    isElement(root) && S.matchesAny(root, S.threadList) ? [root] : S.queryAllFirst(root, S.threadList);
  if (grids.length === 0) throw new GmailLayoutError(S.threadList.name);
  const rows: ListRow[] = [];
  for (const grid of grids) {
    for (const conversation of conversationsIn(grid)) rows.push(readRow(conversation, options));
  }
  return rows;
}

/** One conversation of a list: its table rows, and the ids of its screen-reader label. */
interface Conversation {
  /** The row ARIA knows first, then the table rows that continue it (reading pane on the right). */
  rows: readonly Element[];
  label: ReadonlySet<string>;
}

function conversationsIn(grid: Element): Conversation[] {
  const heads = S.queryAllFirst(grid, S.listRow);
  const isHead = new Set(heads);
  return heads.map((head) => ({
    rows: [head, ...continuationOf(head, isHead)],
    label: new Set((head.getAttribute(S.rowLabel) ?? '').split(/\s+/).filter((id) => id !== '')),
  }));
}

/** The table rows after a row, up to the next row: the rest of its conversation. */
function continuationOf(head: Element, isHead: ReadonlySet<Element>): Element[] {
  const rows: Element[] = [];
  let next = head.nextElementSibling;
  while (next && next.localName === 'tr' && !isHead.has(next)) {
    rows.push(next);
    next = next.nextElementSibling;
  }
  return rows;
}

function readRow(conversation: Conversation, options: ReadOptions): ListRow {
  const row = conversation.rows[0]!;
  const subject = shownIn(conversation, S.rowSubject, hasText)[0] ?? null;
  const senders = shownIn(conversation, S.rowPeople).map(addressOf);
  const dateTitle = shownIn(conversation, S.rowDate)[0]?.getAttribute('title') ?? null;
  const unread =
    S.matchesAny(row, S.unreadRow) ||
    (!S.matchesAny(row, S.readRow) && shownIn(conversation, S.unreadSender).length > 0);
  return {
    threadId: rowThreadId(conversation, subject),
    subject: inlineText(subject),
    sender: senders[0] ?? null,
    senders,
    snippet: inlineText(shownIn(conversation, S.rowSnippet)[0] ?? null).replace(S.snippetSeparator, ''),
    date: parseShownDate(dateTitle, options),
    unread,
    element: row,
    // Our chip goes where the user reads the subject: never in a copy of it out of sight.
    anchor: subject && inSight(conversation, subject) ? subject : null,
  };
}

/**
 * What a row shows of a landmark, as a sighted user sees it: the matches of its first
 * alternative that has any, in the first table row that has them. Hidden parts (Gmail's
 * screen-reader summary, anything hidden by its own attributes) are never read: they repeat
 * the people and the subject. What the row's label names is read only when nothing else is.
 */
function shownIn(
  conversation: Conversation,
  what: S.Landmark,
  keep: (element: Element) => boolean = () => true,
): Element[] {
  for (const sight of ['shown', 'labelled'] as const) {
    for (const alternative of what.alternatives) {
      const one = S.landmark(what.name, [alternative]);
      for (const row of conversation.rows) {
        const found = S.queryAllAny(row, one).filter(
          (element) => keep(element) && sightOf(element, row, conversation.label) === sight,
        );
        if (found.length > 0) return found;
      }
    }
  }
  return [];
}

/** Whether an element of a table row is in sight, in the row's screen-reader label, or hidden. */
function sightOf(
  element: Element,
  row: Element,
  label: ReadonlySet<string>,
): 'shown' | 'labelled' | 'hidden' {
  let labelled = false;
  for (let node: Element | null = element; node && node !== row; node = node.parentElement) {
    if (hiddenByAttributes(node) || S.matchesAny(node, S.rowHiddenPart)) return 'hidden';
    if (label.has(node.id)) labelled = true;
  }
  return labelled ? 'labelled' : 'shown';
}

function inSight(conversation: Conversation, element: Element): boolean {
  const row = conversation.rows.find((candidate) => candidate.contains(element));
  return row !== undefined && sightOf(element, row, conversation.label) === 'shown';
}

const hasText = (element: Element): boolean => inlineText(element) !== '';

/**
 * The row's thread id: from its subject, else from any element of the row (or the row
 * itself) that carries one; else, for a thread of one message, that message's id.
 */
function rowThreadId(conversation: Conversation, subject: Element | null): string | null {
  for (const carrier of idCarriers(conversation, subject)) {
    const id = threadIdOf(carrier);
    if (id) return id;
  }
  return showsOneMessage(conversation) ? newestMessageId(conversation) : null;
}

function* idCarriers(conversation: Conversation, subject: Element | null): Generator<Element> {
  if (subject) yield subject;
  for (const row of conversation.rows) {
    yield row;
    yield* S.queryAllAny(row, S.rowThread);
  }
}

/**
 * Whether the row shows a thread of one message: Gmail counts the messages after the names
 * from two on. Without the names in sight, it cannot be told: no.
 */
function showsOneMessage(conversation: Conversation): boolean {
  if (shownIn(conversation, S.rowMessageCount).length > 0) return false;
  const names = shownIn(conversation, S.rowSenderColumn)[0];
  return names !== undefined && !S.countAfterNames.test(inlineText(names));
}

function newestMessageId(conversation: Conversation): string | null {
  for (const row of conversation.rows) {
    for (const carrier of [row, ...S.queryAllAny(row, S.rowLastMessage)]) {
      const id = idOf(carrier.getAttribute('data-legacy-last-message-id'), null);
      if (id) return id;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// The open thread

/**
 * The open thread under `root` (the main view, or the document). Throws GmailLayoutError
 * when no message is found.
 */
export function readThread(root: ParentNode, options: ReadOptions): GmailThread {
  const heading = S.queryFirst(root, S.threadSubject);
  const elements = S.queryAllFirst(root, S.message);
  if (elements.length === 0) throw new GmailLayoutError(S.message.name);
  let hiddenCount = 0;
  for (const bundle of S.queryAllFirst(root, S.hiddenBundle)) {
    hiddenCount += Number(/\d+/.exec(inlineText(bundle))?.[0] ?? 0);
  }
  return {
    threadId: heading ? threadIdOf(heading) : null,
    subject: inlineText(heading),
    messages: elements.map((element) => readMessage(element, options)),
    hiddenCount,
  };
}

function readMessage(element: Element, options: ReadOptions): ShownMessage {
  const header = S.queryFirst(element, S.messageHeader) ?? element;
  const senderElement = S.queryFirst(header, S.messageSender);
  const body = S.queryFirst(element, S.messageBody);
  const item = S.closestFirst(element, S.messageItem);
  const collapsed =
    (item !== null && S.matchesAny(item, S.collapsedItem)) || S.matchesAny(element, S.collapsedItem) || !body;
  const { to, cc } = readRecipients(header, senderElement);
  const { text, quoted } = body
    ? readBody(body)
    : { text: inlineText(S.queryFirst(element, S.collapsedSnippet)), quoted: '' };
  return {
    messageId: messageIdOf(element),
    from: senderElement ? addressOf(senderElement) : null,
    to,
    cc,
    date: parseShownDate(S.queryFirst(header, S.messageDate)?.getAttribute('title') ?? null, options),
    text,
    quoted,
    collapsed,
    element,
  };
}

/**
 * To and Cc. Gmail's hidden details table is the only place that tells them apart; without
 * it, everyone on the "to me, Marcus" line counts as To.
 */
function readRecipients(header: Element, sender: Element | null): { to: ShownAddress[]; cc: ShownAddress[] } {
  const to: ShownAddress[] = [];
  const cc: ShownAddress[] = [];
  for (const row of S.queryAllFirst(header, S.detailsRow)) {
    const label = inlineText(S.queryFirst(row, S.detailsLabel));
    const list = S.detailsLabels.to.test(label) ? to : S.detailsLabels.cc.test(label) ? cc : null;
    if (list) for (const person of S.queryAllFirst(row, S.person)) list.push(addressOf(person));
  }
  if (to.length > 0 || cc.length > 0) return { to: unique(to), cc: unique(cc) };
  const details = new Set(S.queryAllFirst(header, S.detailsRow));
  const line = S.queryAllFirst(header, S.messageRecipients).filter(
    (person) => person !== sender && !Array.from(details).some((row) => row.contains(person)),
  );
  return { to: unique(line.map(addressOf)), cc: [] };
}

/**
 * The message's own text and what it quotes. Quoted parts are found in the markup first
 * (gmail_quote, cite blockquotes, Gmail's trimmed content; a forward is not a quote);
 * then the detectors' own plain-text rule moves any "On … wrote:" tail the markup did not
 * mark, and drops a forward's header lines.
 */
function readBody(body: Element): { text: string; quoted: string } {
  const chrome = new Set(S.queryAllAny(body, S.pageChrome));
  // Gmail wraps a forward like a quote; it is not one (what it quotes in turn still is).
  const quotes = S.queryAllAny(body, S.quotedPart).filter(
    (q) => !S.forwardedHeader.test((q.textContent ?? '').slice(0, 300)),
  );
  return splitBody(body, new Set(quotes), chrome);
}

// ---------------------------------------------------------------------------------------
// Writing surfaces

export interface ReplyBox {
  /** The contenteditable the user types into. */
  body: HTMLElement;
  /** The reply's form (or Gmail's table around it). */
  container: Element;
  /** The recipients' addresses as the reply box shows them. */
  recipients: string[];
}

export interface ComposeWindow {
  dialog: Element;
  body: HTMLElement;
  subject: HTMLInputElement | null;
  /** To, Cc and Bcc addresses, lowercased. */
  recipients: string[];
}

/** Reply and forward boxes open inline in a thread (compose windows are not among them). */
export function findReplyBoxes(root: ParentNode): ReplyBox[] {
  return S.queryAllFirst(root, S.editableBody)
    .filter((body) => S.closestFirst(body, S.composeWindow) === null)
    .map((body) => {
      const container = S.closestFirst(body, S.replyContainer) ?? body.parentElement ?? body;
      return { body: body as HTMLElement, container, recipients: recipientsIn(container) };
    });
}

/** New-message windows (dialogs with a message editor), each with its subject field and recipients. */
export function findComposeWindows(root: ParentNode): ComposeWindow[] {
  const windows: ComposeWindow[] = [];
  for (const dialog of S.queryAllFirst(root, S.composeWindow)) {
    const body = S.queryFirst(dialog, S.editableBody);
    if (!body) continue;
    windows.push({
      dialog,
      body: body as HTMLElement,
      subject: (S.queryFirst(dialog, S.subjectInput) as HTMLInputElement | null) ?? null,
      recipients: recipientsIn(dialog),
    });
  }
  return windows;
}

function recipientsIn(container: Element): string[] {
  const addresses = S.queryAllFirst(container, S.recipientChip)
    .map((chip) => addressOf(chip).email)
    .filter((a): a is string => a !== null);
  return [...new Set(addresses)];
}

// ---------------------------------------------------------------------------------------
// Small readers

/** A person element: address from `email` (or the hovercard's id), name from `name` or the text. */
function addressOf(element: Element): ShownAddress {
  const raw = element.getAttribute('email') ?? element.getAttribute('data-hovercard-id') ?? '';
  const email = S.addressPattern.exec(raw)?.[0]?.toLowerCase() ?? null;
  let name: string | null =
    element.getAttribute('name') ?? element.getAttribute('data-name') ?? inlineText(element) ?? null;
  name = name?.replace(/\s+/g, ' ').trim() || null;
  if (name && (S.selfNames.has(name.toLowerCase()) || name.toLowerCase() === email)) name = null;
  return { name, email };
}

function unique(addresses: ShownAddress[]): ShownAddress[] {
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = a.email ?? `name:${a.name ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A thread id from an element carrying Gmail's legacy hex id or its permanent id. */
function threadIdOf(element: Element | null): string | null {
  if (!element) return null;
  return idOf(
    element.getAttribute('data-legacy-thread-id'),
    element.getAttribute('data-thread-perm-id') ?? element.getAttribute('data-thread-id'),
  );
}

function messageIdOf(element: Element): string | null {
  return idOf(element.getAttribute('data-legacy-message-id'), element.getAttribute('data-message-id'));
}

/**
 * The legacy hex id when there is one; else the permanent id's decimal turned into that hex
 * id (they are the same number); else the permanent id as written ("msg-a:r123…").
 */
function idOf(legacy: string | null, permanent: string | null): string | null {
  if (legacy && /^[0-9a-f]+$/i.test(legacy)) return legacy.toLowerCase();
  if (!permanent) return null;
  const match = S.permanentId.exec(permanent.trim());
  if (!match) return permanent.trim() || null;
  const [, kind, origin, value] = match;
  if (origin === 'f' && /^\d{1,30}$/.test(value!)) return BigInt(value!).toString(16);
  return `${kind}-${origin}:${value}`;
}

function isElement(node: ParentNode): node is Element {
  return typeof (node as Element).matches === 'function';
}
