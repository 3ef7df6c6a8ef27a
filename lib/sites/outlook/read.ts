/**
 * Pure readers over Outlook on the web's page: which view is shown, the rows of the message
 * list, the open conversation with each message's sender, recipients, date and text (quoted
 * history apart), and the places the user writes (inline replies, new messages).
 *
 * They only read: no extension API, no network, the page is never changed and markup is
 * never parsed. Every selector comes from ./selectors, so an Outlook change is one file's
 * fix. Outlook writes dates as numbers in the browser's locale and zone (both parameters).
 *
 * Outlook shows less than Gmail: recipients by name only, people inside the user's
 * organisation without an address, collapsed messages as a name, a snippet and a date. So a
 * name is matched to an address shown elsewhere in the same conversation (another message's
 * sender, the quoted history's "From:" lines, the account), and only a person with neither
 * stays without one.
 */
import { hiddenByAttributes, inlineText, visibleText } from '../../content/page-text';
import { splitBody } from '../webmail/body';
import { type ShownDateOptions, parseShownDate } from '../webmail/dates';
import type {
  ComposeWindow,
  ListRow,
  MailThread,
  MailView,
  ReplyBox,
  ShownAddress,
  ShownMessage,
} from '../webmail/site';
import * as S from './selectors';
import { OutlookLayoutError } from './selectors';

export type ReadOptions = ShownDateOptions;

export type OutlookView = MailView | { kind: 'unknown'; missing: string };

export interface OutlookPlace {
  /** The folder in the path ("inbox", "sentitems"), "inbox" when the path names none. */
  folder: string;
  /** The conversation the path names ("…/id/<id>"), decoded; null on a list. */
  conversationId: string | null;
  /** "/mail/0/…" (a personal account's index) or "/mail/…": how to build an address back. */
  base: string;
}

// ---------------------------------------------------------------------------------------
// The view

/**
 * Which view the page shows: an open conversation (in the reading pane or its own view), or
 * the list. Never throws: a page without the landmarks is `unknown`, naming what is missing.
 */
export function readView(doc: Document, url: string, options: ReadOptions): OutlookView {
  try {
    const place = readUrl(url);
    // Outlook moves between mail, calendar and people without reloading: elsewhere, stay out of the way.
    if (!place) return { kind: 'elsewhere' };
    const pane = S.queryFirst(doc, S.readingPane);
    const list = S.queryFirst(doc, S.messageList);
    if (pane && hasConversation(pane)) {
      const thread = readConversation(doc, pane, place, options);
      return list
        ? { kind: 'thread', thread, rows: readRows(list, options), sentFolder: place.folder === S.sentFolder }
        : { kind: 'thread', thread };
    }
    // The path names a conversation that is not drawn yet: it is loading.
    if (place.conversationId && !list) return { kind: 'unknown', missing: S.conversationSubject.name };
    if (list)
      return { kind: 'list', rows: readRows(list, options), sentFolder: place.folder === S.sentFolder };
    return { kind: 'unknown', missing: `${S.messageList.name} or ${S.readingPane.name}` };
  } catch (error) {
    if (error instanceof OutlookLayoutError) return { kind: 'unknown', missing: error.landmark };
    // Anything else is a page shape no reader foresaw; it still must not break the caller.
    return { kind: 'unknown', missing: `a readable page (${String(error)})` };
  }
}

/** The folder and conversation in an Outlook mail address, or null when it is not one (calendar, people, another site). */
export function readUrl(url: string): OutlookPlace | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !S.outlookHosts.has(parsed.hostname)) return null;
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  if (segments[0] !== 'mail') return null;
  let rest = segments.slice(1);
  let base = '/mail/';
  if (rest[0] && S.accountIndex.test(rest[0])) {
    base = `/mail/${rest[0]}/`;
    rest = rest.slice(1);
  }
  let conversationId: string | null = null;
  let folderSegments = rest;
  const idAt = rest.indexOf(S.idSegment);
  const readAt = rest[0] === S.deeplinkRead[0] && rest[1] === S.deeplinkRead[1] ? 2 : -1;
  const at = idAt >= 0 ? idAt + 1 : readAt;
  if (at >= 0 && rest[at]) {
    conversationId = decode(rest[at]!);
    folderSegments = idAt >= 0 ? rest.slice(0, idAt) : [];
  }
  return { folder: folderSegments[0] ? decode(folderSegments[0]) : 'inbox', conversationId, base };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The signed-in user: address and name, from the account card or button, when the page shows them. */
export function readAccount(doc: Document): { email: string | null; name: string | null } {
  let email: string | null = null;
  let name: string | null = inlineText(S.queryFirst(doc, S.accountName)) || null;
  for (const element of S.queryAllAny(doc, S.account)) {
    const text = `${element.textContent ?? ''} ${element.getAttribute('aria-label') ?? ''}`;
    email ??= S.addressPattern.exec(text)?.[0]?.toLowerCase() ?? null;
    const label = S.accountLabel.exec(element.getAttribute('aria-label') ?? '')?.[1]?.trim();
    if (label && !S.addressPattern.test(label)) name ??= label;
  }
  const inTitle = S.accountInTitle.exec(doc.title ?? '')?.[1]?.trim() ?? null;
  if (inTitle && S.addressPattern.test(inTitle)) email ??= S.addressPattern.exec(inTitle)![0].toLowerCase();
  else if (inTitle) name ??= inTitle;
  // Only the name is known: the address is the one the page shows beside that name.
  if (!email && name) {
    const mine = S.queryAllAny(doc, S.messageSender)
      .map(addressOf)
      .find((a) => a.email !== null && a.name !== null && key(a.name) === key(name!));
    email = mine?.email ?? null;
  }
  return { email, name };
}

// ---------------------------------------------------------------------------------------
// The list

/** The rows of the message list under `root`. Throws OutlookLayoutError when there is no list. */
export function readRows(root: ParentNode, options: ReadOptions): ListRow[] {
  const list =
    isElement(root) && S.matchesAny(root, S.messageList) ? root : S.queryFirst(root, S.messageList);
  if (!list) throw new OutlookLayoutError(S.messageList.name);
  return S.queryAllFirst(list, S.listRow).map((row) => readRow(row, options));
}

/**
 * One row. Outlook gives a row's parts no stable hook of their own, so they are told apart
 * by what they hold: senders carry their address as a title, the time a title that reads as
 * a date, the subject is the first other titled text, and the preview the longest text left.
 * A row drawn without titles is read from its texts in order: the sender's name, the
 * subject, the time, the preview.
 */
function readRow(row: Element, options: ReadOptions): ListRow {
  const parts = partsOf(row, options);
  const senders = unique(
    parts.senders.flatMap((el) =>
      el.hasAttribute('title')
        ? [addressOf(el)]
        : inlineText(el)
            .split(/\s*;\s*/)
            .map(addressFromText),
    ),
  ).filter((a) => a.name !== null || a.email !== null);
  return {
    threadId: row.getAttribute('data-convid')?.trim() || null,
    subject: parts.subject ? titleOrText(parts.subject) : '',
    sender: senders[0] ?? null,
    senders,
    snippet: parts.snippet ? inlineText(parts.snippet) : '',
    date: parts.date,
    unread: S.unreadLabel.test(row.getAttribute('aria-label') ?? ''),
    element: row,
  };
}

/** Where a row's chip goes: its subject (see readRow). */
export function rowSubjectElement(row: Element, options: ReadOptions): Element | null {
  return partsOf(row, options).subject;
}

/**
 * A row's parts, found again only when what the row shows changed: Outlook's list changes
 * many times a minute (and Afterview's own chips change it too) while most rows stay as they
 * were. The row's label holds all it shows; without one, its text does.
 */
const rowCache = new WeakMap<Element, { shows: string; parts: RowParts }>();

function partsOf(row: Element, options: ReadOptions): RowParts {
  const shows = `${row.getAttribute('aria-label') ?? row.textContent ?? ''}\u0000${options.timeZone}`;
  const cached = rowCache.get(row);
  if (cached && cached.shows === shows && isIntact(row, cached.parts)) return cached.parts;
  const parts = rowParts(row, options);
  rowCache.set(row, { shows, parts });
  return parts;
}

/** Outlook may draw a row's insides again under the same label: the parts must still be in it. */
function isIntact(row: Element, parts: RowParts): boolean {
  return [...parts.senders, parts.subject, parts.snippet].every((el) => el === null || row.contains(el));
}

interface RowParts {
  senders: Element[];
  subject: Element | null;
  date: string | null;
  snippet: Element | null;
}

function rowParts(row: Element, options: ReadOptions): RowParts {
  const controls = S.queryAllAny(row, S.rowControls);
  const inControl = (el: Element) => controls.some((c) => c.contains(el));
  const senders: Element[] = [];
  let date: string | null = null;
  let dateElement: Element | null = null;
  const titled: Element[] = [];
  for (const el of Array.from(row.querySelectorAll('[title]'))) {
    if (inControl(el)) continue;
    const title = el.getAttribute('title')!.trim();
    if (title === '') continue;
    if (isAddressTitle(title)) senders.push(el);
    else if (!date && (date = parseShownDate(title, options))) dateElement = el;
    else if (!S.messageCount.test(title) && !S.shortTime.test(title)) titled.push(el);
  }
  // The row's texts in order, each once: what is left once the titled parts are known.
  const texts = Array.from(row.querySelectorAll('span, div')).filter((el) => {
    const text = (el.textContent ?? '').trim();
    return (
      text !== '' &&
      !inControl(el) &&
      !hiddenByAttributes(el) &&
      !Array.from(el.children).some((child) => (child.textContent ?? '').trim() !== '') &&
      !S.messageCount.test(text) &&
      !S.initials.test(text)
    );
  });
  if (senders.length === 0 && texts[0]) senders.push(...senderLine(texts[0], texts));
  // The subject: the first other titled text that is not a sender's name again (an avatar's
  // title), else the first text after the sender that is not the time.
  const names = new Set(senders.map((el) => key(inlineText(el))));
  const subject =
    titled.find((el) => !names.has(key(el.getAttribute('title')!))) ??
    texts.find((el) => !overlaps(el, senders) && el !== dateElement && !S.shortTime.test(inlineText(el))) ??
    null;
  // The preview: the longest text that is none of the above.
  const taken = [...senders, subject, dateElement].filter((el): el is Element => el !== null);
  let snippet: Element | null = null;
  let longest = 0;
  for (const el of texts) {
    const length = inlineText(el).length;
    if (length > longest && !overlaps(el, taken) && !S.shortTime.test(inlineText(el))) {
      longest = length;
      snippet = el;
    }
  }
  return { senders, subject, date, snippet };
}

/**
 * The names on the first text's line: it and the texts beside it when only separators stand
 * between them ("Priya Natarajan; Jordan Rivera" drawn as one span per person).
 */
function senderLine(first: Element, texts: readonly Element[]): Element[] {
  const line = first.parentElement;
  if (!line) return [first];
  const separatorsOnly = Array.from(line.childNodes).every(
    (node) => node.nodeType !== Node.TEXT_NODE || /^[\s;,]*$/.test(node.textContent ?? ''),
  );
  return separatorsOnly ? texts.filter((el) => el.parentElement === line) : [first];
}

function overlaps(el: Element, others: readonly Element[]): boolean {
  return others.some((o) => o.contains(el) || el.contains(o));
}

// ---------------------------------------------------------------------------------------
// The open conversation

/** A conversation is on screen once a message is (a subject alone is still loading, or a heading of a form). */
function hasConversation(pane: Element): boolean {
  return S.queryFirst(pane, S.messageDate) !== null || S.queryFirst(pane, S.messageBody) !== null;
}

/**
 * The conversation in `pane`. Its id comes from the address, else from the selected row
 * (never from a row merely shown beside it). Throws OutlookLayoutError when no message is found.
 */
export function readConversation(
  doc: Document,
  pane: Element,
  place: OutlookPlace,
  options: ReadOptions,
): MailThread {
  const heading = S.queryFirst(pane, S.conversationSubject);
  const roots = messageRoots(pane, options);
  if (roots.length === 0) throw new OutlookLayoutError(S.message.name);
  const account = readAccount(doc);
  const messages = roots.map((root) => readMessage(root, options));
  resolveNames(messages, account);
  const subject = heading ? titleOrText(heading) : '';
  const threadId =
    place.conversationId ??
    S.queryFirst(doc, S.selectedRow)?.getAttribute('data-convid')?.trim() ??
    contentId(subject, messages);
  // Outlook shows no id of its own for every message (collapsed ones have none); the
  // conversation, the minute and the order within that minute name a message on every
  // visit, collapsed or open.
  const seen = new Map<string, number>();
  for (const m of messages) {
    if (!threadId || !m.date) continue;
    const n = (seen.get(m.date) ?? 0) + 1;
    seen.set(m.date, n);
    m.messageId = `outlook:${hash(threadId)}:${m.date}${n > 1 ? `#${n}` : ''}`;
  }
  let hiddenCount = 0;
  for (const control of S.queryAllAny(pane, S.hiddenMessages)) {
    if (roots.some((r) => r.contains(control))) continue;
    hiddenCount += Number(S.hiddenMessagesText.exec(inlineText(control))?.[1] ?? 0);
  }
  return {
    threadId,
    subject,
    messages,
    hiddenCount,
  };
}

/**
 * An id for a conversation shown where neither the address nor a selected row names it (a
 * pop-out, a page Outlook drew differently): its subject, first sender and first date, which
 * stay the same on every visit. Null when the conversation shows too little to be told apart.
 */
function contentId(subject: string, messages: readonly ShownMessage[]): string | null {
  const first = messages[0];
  const sender = first?.from?.email ?? first?.from?.name;
  if (!subject || !first?.date || !sender) return null;
  return `outlook-conversation:${hash(`${subject}|${sender}`)}${hash(first.date)}`;
}

/**
 * Each message's element, oldest first: the open messages and the collapsed ones. Every
 * message shows its date, so a message is found from its date: the nearest element Outlook
 * marks as a message, else the largest element around the date holding no other date. A
 * body outside all of those (a layout without dates) makes a message of its own the same way.
 */
function messageRoots(pane: Element, options: ReadOptions): Element[] {
  const dates = S.queryAllAny(pane, S.messageDate);
  const roots = dates.map((date) => rootOf(date, pane, dates));
  const bodies = S.queryAllAny(pane, S.messageBody).filter((b) => !roots.some((r) => r.contains(b)));
  roots.push(...bodies.map((body) => rootOf(body, pane, [...dates, ...bodies])));
  // Collapsed messages without Outlook's date hook: the folded items that show a date.
  for (const item of S.queryAllAny(pane, S.collapsedMessage)) {
    if (!roots.some((r) => r.contains(item) || item.contains(r)) && shownDate(item, null, options))
      roots.push(item);
  }
  // One element per message, outermost first: a date heading inside an open message is that message.
  const unique = [...new Set(roots)].filter((r) => !roots.some((o) => o !== r && o.contains(r)));
  return unique.sort(inDocumentOrder);
}

function rootOf(anchor: Element, pane: Element, anchors: Element[]): Element {
  const marked = S.closestFirst(anchor, S.message);
  if (marked && pane.contains(marked) && marked !== pane) return marked;
  let root = anchor;
  for (let parent = anchor.parentElement; parent && parent !== pane; parent = parent.parentElement) {
    // Stop below the element that holds another message's anchor.
    if (anchors.some((other) => other !== anchor && parent.contains(other) && !root.contains(other))) break;
    root = parent;
  }
  return root;
}

function inDocumentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function readMessage(root: Element, options: ReadOptions): ShownMessage {
  const body = S.queryFirst(root, S.messageBody);
  const dateElement = S.queryFirst(root, S.messageDate) ?? shownDate(root, body, options);
  const senderElement = S.queryFirst(root, S.messageSender);
  const collapsed = !body || root.getAttribute('aria-expanded') === 'false';
  const { text, quoted } = body
    ? readBody(body)
    : { text: collapsedSnippet(root, senderElement, dateElement), quoted: '' };
  return {
    messageId: null,
    from: senderElement ? addressOf(senderElement) : null,
    to: recipients(root, S.recipientLine.to),
    cc: recipients(root, S.recipientLine.cc),
    date: dateElement ? dateOf(dateElement, options) : null,
    text,
    quoted,
    collapsed,
    element: root,
  };
}

/**
 * A message's date where Outlook's date hooks are missing: a `<time>`, a title, or a short
 * text outside the body that reads as a date.
 */
function shownDate(root: Element, body: Element | null, options: ReadOptions): Element | null {
  const outside = (el: Element) => !body?.contains(el);
  for (const el of Array.from(root.querySelectorAll('time[datetime], [title]'))) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('title');
    if (outside(el) && parseShownDate(value, options)) return el;
  }
  for (const el of Array.from(root.querySelectorAll('span, div'))) {
    if (el.children.length > 0 || !outside(el)) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length <= 40 && parseShownDate(text, options)) return el;
  }
  return null;
}

/** The people on a To or Cc line: each shown person, or the names its label lists. */
function recipients(root: Element, line: S.Landmark): ShownAddress[] {
  const element = S.queryFirst(root, line);
  if (!element) return [];
  const people = S.queryAllFirst(element, S.person);
  if (people.length > 0) return unique(people.map(addressOf));
  const label = (element.getAttribute('aria-label') ?? '').replace(S.recipientLabel, '');
  return unique(
    label
      .split(/\s*;\s*/)
      .filter((part) => part.trim() !== '')
      .map((part) => addressFromText(part)),
  );
}

/** A collapsed message's snippet: its text without the sender's name, the date or Outlook's controls. */
function collapsedSnippet(root: Element, sender: Element | null, date: Element | null): string {
  const chrome = new Set(S.queryAllAny(root, S.pageChrome).filter((c) => c !== root));
  const skip = (el: Element) =>
    el === sender || el === date || chrome.has(el) || el.getAttribute('role') === 'presentation';
  return visibleText(root, { skip }).replace(/\s+/g, ' ').trim();
}

/**
 * The message's own text and its history. Outlook writes the history after a marker and its
 * "From: … Sent: …" header: the marker and everything after it in the message is quoted.
 * Other apps' quotes (Gmail's, cite blockquotes) are quoted too; then the detectors' own
 * plain-text rule moves any "On … wrote:" tail the markup did not mark.
 */
function readBody(body: Element): { text: string; quoted: string } {
  const chrome = new Set(S.queryAllAny(body, S.pageChrome));
  const quoted = new Set<Element>();
  const marker = S.queryFirst(body, S.quotedPart);
  if (marker) {
    for (let el: Element | null = marker; el && el !== body; el = el.parentElement) {
      if (el === marker) quoted.add(el);
      for (let next = el.nextElementSibling; next; next = next.nextElementSibling) quoted.add(next);
    }
  }
  for (const block of S.queryAllAny(body, S.quotedBlock)) quoted.add(block);
  return splitBody(body, quoted, chrome);
}

/**
 * Give an address to people shown by name only, from what the same conversation shows: the
 * senders with addresses, the "Name <address>" lines of the quoted history, and the account.
 */
function resolveNames(
  messages: ShownMessage[],
  account: { email: string | null; name: string | null },
): void {
  const known = new Map<string, string>();
  const learn = (name: string | null, email: string | null) => {
    if (name && email && !known.has(key(name))) known.set(key(name), email);
  };
  learn(account.name, account.email);
  for (const m of messages) {
    if (m.from) learn(m.from.name, m.from.email);
    for (const a of [...m.to, ...m.cc]) learn(a.name, a.email);
    for (const match of m.quoted.matchAll(QUOTED_PERSON)) learn(match[1]!.trim(), match[2]!.toLowerCase());
  }
  const fill = (a: ShownAddress): ShownAddress =>
    a.email || !a.name ? a : { name: a.name, email: known.get(key(a.name)) ?? null };
  for (const m of messages) {
    if (m.from) m.from = fill(m.from);
    m.to = m.to.map(fill);
    m.cc = m.cc.map(fill);
  }
}

const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

/** "Priya Natarajan <priya@brightwater.example>" in a quoted header line. */
const QUOTED_PERSON = /([^\n:;,<>"]{2,80}?)\s*<([A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>/g;

// ---------------------------------------------------------------------------------------
// Writing surfaces

/** Inline replies and forwards: editors without a subject field of their own. */
export function findReplyBoxes(root: ParentNode): ReplyBox[] {
  return forms(root)
    .filter((form) => form.subject === null)
    .map(({ body, container }) => ({ body, recipients: recipientsIn(container) }));
}

/** New messages (in the reading pane, a pop-out or a full page): editors with a subject field. */
export function findComposeWindows(root: ParentNode): ComposeWindow[] {
  return forms(root)
    .filter((form) => form.subject !== null)
    .map(({ body, subject, container }) => ({ body, subject, recipients: recipientsIn(container) }));
}

interface Form {
  body: HTMLElement;
  subject: HTMLInputElement | null;
  container: Element;
}

/**
 * Each editor with its form: the nearest element around it that also holds the recipient
 * fields (Outlook gives the form itself no hook), and the subject field within that form.
 */
function forms(root: ParentNode): Form[] {
  return S.queryAllFirst(root, S.editableBody).map((body) => {
    let container: Element = body.parentElement ?? body;
    for (let el = body.parentElement, depth = 0; el && depth < S.FORM_DEPTH; el = el.parentElement, depth++) {
      container = el;
      if (S.queryFirst(el, S.recipientField)) break;
    }
    const subject = (S.queryFirst(container, S.subjectInput) as HTMLInputElement | null) ?? null;
    return { body: body as HTMLElement, subject, container };
  });
}

function recipientsIn(container: Element): string[] {
  const addresses: string[] = [];
  for (const field of S.queryAllAny(container, S.recipientField)) {
    const people = S.queryAllFirst(field, S.person);
    for (const element of people.length > 0 ? people : [field]) {
      const text = [element.getAttribute('title'), element.getAttribute('aria-label'), element.textContent]
        .concat(Array.from(element.querySelectorAll('[title]'), (t) => t.getAttribute('title')))
        .join(' ');
      for (const match of text.matchAll(new RegExp(S.addressPattern.source, 'g')))
        addresses.push(match[0].toLowerCase());
    }
  }
  return [...new Set(addresses)];
}

// ---------------------------------------------------------------------------------------
// Small readers

/**
 * A person element: the address from a title, a label or the text ("Name <address>"), in
 * the element or inside it; the name from the text without the address, or the label.
 */
function addressOf(element: Element): ShownAddress {
  const titled = [element, ...Array.from(element.querySelectorAll('[title]'))];
  const sources = [
    ...titled.map((el) => el.getAttribute('title')),
    element.getAttribute('aria-label'),
    element.textContent,
  ];
  let email: string | null = null;
  for (const source of sources) {
    const found = source ? S.addressPattern.exec(source)?.[0] : undefined;
    if (found) {
      email = found.toLowerCase();
      break;
    }
  }
  const label = (element.getAttribute('aria-label') ?? '').replace(S.recipientLabel, '');
  const shown = inlineText(element) || label;
  return { name: cleanName(shown, email) ?? cleanName(label, email), email };
}

/** "Name <address>" or a bare name or address, as a recipient line's label lists them. */
function addressFromText(text: string): ShownAddress {
  const email = S.addressPattern.exec(text)?.[0]?.toLowerCase() ?? null;
  return { name: cleanName(text, email), email };
}

function cleanName(text: string, email: string | null): string | null {
  let name = text.replace(S.recipientLabel, '');
  if (email) name = name.replace(new RegExp(escapeRegExp(email), 'ig'), '');
  name = name
    .replace(/[<>()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^["'\s]+|["'\s;,]+$/g, '')
    .trim();
  return name === '' || name.toLowerCase() === email ? null : name;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A date element's value: its machine-readable time, its title, or its text. */
function dateOf(element: Element, options: ReadOptions): string | null {
  for (const value of [
    element.getAttribute('datetime'),
    element.getAttribute('title'),
    inlineText(element),
  ]) {
    const date = parseShownDate(value, options);
    if (date) return date;
  }
  return null;
}

function titleOrText(element: Element): string {
  return (element.getAttribute('title') ?? '').trim() || inlineText(element);
}

function isAddressTitle(title: string): boolean {
  const found = S.addressPattern.exec(title);
  // The whole title is the address (a subject may mention one).
  return found !== null && found[0].length >= title.replace(/[<>\s]/g, '').length - 1;
}

function unique(addresses: ShownAddress[]): ShownAddress[] {
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const k = a.email ?? `name:${a.name ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A short, stable name for a text (FNV-1a, 32 bits, base 36). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function isElement(node: ParentNode): node is Element {
  return typeof (node as Element).matches === 'function';
}
