/**
 * Pure readers over LinkedIn's pages: which page is shown (a profile, a job, a
 * conversation, a missing page, the sign-in wall), a profile's name, headline, current
 * company and location, a job's title, company and location, and the places the user
 * writes (the message composer, the invitation note).
 *
 * They only read: no extension API, no network, the page is never changed and markup is
 * never parsed. Every selector comes from ./selectors, so a LinkedIn change is one file's fix.
 */
import { hiddenByAttributes, inlineText } from '@/lib/content/page-text';
import * as S from './selectors';
import { LinkedInLayoutError } from './selectors';

/** Where a profile's fields were read, best first. */
export type ProfileSource = 'top_card_2024' | 'top_card_2022' | 'public' | 'json_ld' | 'title';

export interface LinkedInProfile {
  name: string;
  headline: string | null;
  /** The current company; null when the page shows none (between jobs) or cannot say. */
  company: string | null;
  location: string | null;
  /** https://www.linkedin.com/in/<slug>/, normalised (see normaliseProfileUrl); null if unknown. */
  profileUrl: string | null;
  source: ProfileSource;
}

export interface LinkedInJob {
  /** LinkedIn's job id, digits. */
  jobId: string;
  title: string;
  company: string | null;
  location: string | null;
  /** https://www.linkedin.com/jobs/view/<id>/ */
  url: string;
}

export interface ConversationMessage {
  /** The sender's name as shown; carried over within a run of messages by the same sender. */
  sender: string | null;
  senderProfileUrl: string | null;
  /** True for messages from the other side, false for the user's own, null when the page does not say. */
  fromOther: boolean | null;
  text: string;
}

export interface LinkedInConversation {
  /** The thread's id from the URL (/messaging/thread/<id>/), or null. */
  threadId: string | null;
  participantName: string | null;
  participantProfileUrl: string | null;
  messages: ConversationMessage[];
  /** Whether the composer is on the page. */
  hasComposer: boolean;
}

export type LinkedInPage =
  | { kind: 'profile'; profile: LinkedInProfile }
  | { kind: 'job'; job: LinkedInJob }
  | { kind: 'messaging'; conversation: LinkedInConversation }
  | { kind: 'not_found' }
  | { kind: 'authwall' }
  /** The page is not (yet) one Afterview can read; `missing` names what was not found. */
  | { kind: 'unknown'; missing: string };

export interface MessageComposer {
  editor: HTMLElement;
  recipientName: string | null;
  recipientProfileUrl: string | null;
}

export interface InvitationNote {
  textarea: HTMLTextAreaElement;
  /** The field's own maxlength, else LinkedIn's usual 300. */
  maxLength: number;
  inviteeName: string | null;
}

const ORIGIN = 'https://www.linkedin.com';

// ---------------------------------------------------------------------------------------
// The page

/**
 * Which page is shown, from the URL and the DOM. Never throws: a page without the
 * landmarks is `unknown`, naming what was missing.
 */
export function readPage(doc: Document, url: string): LinkedInPage {
  try {
    const parsed = parseLinkedIn(url);
    if (!parsed) return { kind: 'unknown', missing: 'LinkedIn address (www.linkedin.com)' };
    const path = parsed.pathname;
    if (S.authwallPath.test(path)) return { kind: 'authwall' };
    if (isNotFound(doc)) return { kind: 'not_found' };
    // LinkedIn may put the wall in place of a page at the page's own address.
    if (isAuthwall(doc)) return { kind: 'authwall' };

    const segments = path.split('/').filter((s) => s !== '');
    if (segments[0] === 'in' && segments[1]) {
      const rest = segments.slice(2);
      if (rest.length > 0 && !S.profileSubpage.test(rest[0]!)) {
        return { kind: 'unknown', missing: 'profile top card (a profile subpage)' };
      }
      return { kind: 'profile', profile: readProfile(doc, url) };
    }
    if (segments[0] === 'jobs') return { kind: 'job', job: readJob(doc, url) };
    if (segments[0] === 'messaging') return { kind: 'messaging', conversation: readConversation(doc, url) };
    return { kind: 'unknown', missing: 'a profile, job or conversation page' };
  } catch (error) {
    if (error instanceof LinkedInLayoutError) return { kind: 'unknown', missing: error.landmark };
    // Anything else is a page shape no reader foresaw; it still must not break the caller.
    return { kind: 'unknown', missing: `a readable page (${String(error)})` };
  }
}

function isNotFound(doc: Document): boolean {
  const heading = S.queryFirst(doc, S.notFoundHeading);
  if (heading && S.notFoundWording.test(inlineText(heading))) return true;
  return S.notFoundWording.test(stripTitle(doc.title ?? ''));
}

/** The wall is shown (not merely kept hidden in the page, as public profiles do) and no profile is. */
function isAuthwall(doc: Document): boolean {
  const wall = S.queryFirst(doc, S.authwall);
  if (!wall || hiddenWithin(wall)) return false;
  return !S.queryFirst(doc, S.topCard) && !S.queryFirst(doc, S.publicTopCard);
}

// ---------------------------------------------------------------------------------------
// Profiles

/**
 * A profile's fields, from the first source that gives a name: the 2024 top card, the 2022
 * top card, the public top card, the JSON-LD Person, the og tags, then the page title.
 * Throws LinkedInLayoutError when none does.
 */
export function readProfile(doc: Document, url: string): LinkedInProfile {
  const profileUrl = profileUrlOf(doc, url);
  const fields =
    fromTopCard2024(doc) ??
    fromTopCard2022(doc) ??
    fromPublicTopCard(doc) ??
    fromJsonLd(doc) ??
    fromOgTags(doc) ??
    fromTitle(doc.title ?? '');
  if (!fields) throw new LinkedInLayoutError(S.profileName.name);
  return { ...fields, profileUrl };
}

type ProfileFields = Omit<LinkedInProfile, 'profileUrl'>;

function fromTopCard2024(doc: Document): ProfileFields | null {
  const card = S.queryFirst(doc, S.topCard);
  if (!card || S.queryFirst(doc, S.legacyTopCardMarker)) return null;
  const name = text(S.queryFirst(card, S.profileName));
  if (!name) return null;
  const label = S.queryFirst(card, S.currentCompanyButton)?.getAttribute('aria-label') ?? '';
  const company = S.currentCompanyLabel.exec(label.trim())?.[1]?.trim() || currentFromExperience(doc);
  return {
    name,
    headline: text(S.queryFirst(card, S.profileHeadline)),
    company,
    location: text(S.queryFirst(card, S.profileLocation)),
    source: 'top_card_2024',
  };
}

function fromTopCard2022(doc: Document): ProfileFields | null {
  if (!S.queryFirst(doc, S.legacyTopCardMarker)) return null;
  const name = text(S.queryFirst(doc, S.legacyName));
  if (!name) return null;
  return {
    name,
    headline: text(S.queryFirst(doc, S.legacyHeadline)),
    company: text(S.queryFirst(doc, S.legacyCompany)) ?? currentFromExperience(doc),
    location: text(S.queryFirst(doc, S.legacyLocation)),
    source: 'top_card_2022',
  };
}

/**
 * The company of the first position still running in the experience card, for when the
 * top card does not name one. Past positions only (between jobs) give null.
 */
function currentFromExperience(doc: Document): string | null {
  const anchor = S.queryFirst(doc, S.experienceAnchor);
  if (!anchor) return null;
  const section = S.closestFirst(anchor, S.card) ?? anchor;
  for (const item of S.queryAllFirst(section, S.experienceItem)) {
    const dates = text(S.queryFirst(item, S.experienceDates)) ?? '';
    if (!S.ongoingDates.test(dates)) continue;
    const line = S.queryFirst(item, S.experienceCompany);
    // The 2022 line holds the employment type in a child span: the company is its own text.
    const company = (line ? ownText(line) || text(line) : null)?.split(S.middot)[0]?.trim();
    if (company) return company;
  }
  return null;
}

function fromPublicTopCard(doc: Document): ProfileFields | null {
  const card = S.queryFirst(doc, S.publicTopCard);
  if (!card) return null;
  const name = text(S.queryFirst(card, S.publicName));
  if (!name) return null;
  return {
    name,
    headline: text(S.queryFirst(card, S.publicHeadline)),
    company: text(S.queryFirst(card, S.publicCompany)),
    location: text(S.queryFirst(card, S.publicLocation)),
    source: 'public',
  };
}

function fromJsonLd(doc: Document): ProfileFields | null {
  const person = jsonLdItems(doc).find((item) => typeOf(item) === 'Person');
  const name = person ? str(person.name) : null;
  if (!person || !name) return null;
  const titles = Array.isArray(person.jobTitle) ? person.jobTitle : [person.jobTitle];
  const employers = (Array.isArray(person.worksFor) ? person.worksFor : [person.worksFor]).filter(isObject);
  // worksFor lists past employers too; the current one has no end date (a year, as a
  // number or a string).
  const current = employers.find((e) => !(isObject(e.member) && hasValue(e.member.endDate)));
  const address = isObject(person.address) ? person.address : null;
  const location = address
    ? [str(address.addressLocality), str(address.addressRegion)].filter(Boolean).join(', ') || null
    : null;
  return {
    name,
    headline: titles.map(str).find(Boolean) ?? null,
    company: current ? str(current.name) : null,
    location,
    source: 'json_ld',
  };
}

/** og:title has the page title's form; og:description may add the location. */
function fromOgTags(doc: Document): ProfileFields | null {
  const title = S.queryFirst(doc, S.ogTitle)?.getAttribute('content');
  const fields = title ? fromTitle(title) : null;
  if (!fields) return null;
  const description = S.queryFirst(doc, S.ogDescription)?.getAttribute('content') ?? '';
  const location = S.locationInDescription.exec(description)?.[1]?.trim() || null;
  return { ...fields, location: fields.location ?? location };
}

/**
 * "Name - Headline - Company | LinkedIn", "Name - Company | LinkedIn" (LinkedIn's shared
 * title names the current company second), or "(3) Name | LinkedIn".
 */
function fromTitle(title: string): ProfileFields | null {
  if (!S.titleSuffix.test(title)) return null;
  const parts = stripTitle(title)
    .split(S.titleSeparator)
    .map((p) => p.trim())
    .filter(Boolean);
  const name = parts[0];
  if (!name || S.pageTitles.test(name)) return null;
  const company = parts.length >= 2 ? parts[parts.length - 1]! : null;
  const headline = parts.length >= 3 ? parts.slice(1, -1).join(' - ') : null;
  return { name, headline, company, location: null, source: 'title' };
}

function stripTitle(title: string): string {
  return title.replace(S.titleCount, '').replace(S.titleSuffix, '').trim();
}

/** The canonical link, og:url, JSON-LD's url, then the page's own address, normalised. */
function profileUrlOf(doc: Document, url: string): string | null {
  const person = jsonLdItems(doc).find((item) => typeOf(item) === 'Person');
  const candidates = [
    S.queryFirst(doc, S.canonicalLink)?.getAttribute('href'),
    S.queryFirst(doc, S.ogUrl)?.getAttribute('content'),
    person ? str(person.url) : null,
    url,
  ];
  for (const candidate of candidates) {
    const normal = candidate ? normaliseProfileUrl(resolve(candidate, url)) : null;
    if (normal) return normal;
  }
  return null;
}

/**
 * A profile address in its one canonical form, https://www.linkedin.com/in/<slug>/: any
 * LinkedIn host (country and mobile subdomains too), no query or fragment, no subpage
 * (/details/…, /overlay/…, a language such as /fr/), the slug lowercased (LinkedIn's vanity
 * slugs ignore case; member ids /in/ACoAA… do not, and are kept as written), a trailing
 * slash. Anything else (another site, a company page, a bad address) is null.
 */
export function normaliseProfileUrl(url: string): string | null {
  const parsed = parseLinkedIn(/^(?:[a-z0-9-]+\.)*linkedin\.com\//i.test(url) ? `https://${url}` : url);
  if (!parsed) return null;
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  if (segments[0]?.toLowerCase() !== 'in' || !segments[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(segments[1]);
  } catch {
    return null;
  }
  if (!slug.trim() || /[\s/?#]/.test(slug)) return null;
  if (!S.memberId.test(slug)) slug = slug.toLowerCase();
  return `${ORIGIN}/in/${encodeURIComponent(slug)}/`;
}

// ---------------------------------------------------------------------------------------
// Jobs

/**
 * The job shown: on its own page (/jobs/view/<id>/) or in a search's side panel
 * (?currentJobId=<id>). The id comes from the panel's title link when there is one (the
 * job on screen, even if the URL has moved on), else from the URL. Throws
 * LinkedInLayoutError when the details, the title or the id cannot be found.
 */
export function readJob(doc: Document, url: string): LinkedInJob {
  const details = S.queryRequired(doc, S.jobDetails);
  const title = text(S.queryFirst(details, S.jobTitle));
  if (!title) throw new LinkedInLayoutError(S.jobTitle.name);
  const linked = S.queryFirst(details, S.jobTitleLink)?.getAttribute('href');
  const jobId = (linked ? jobIdFromUrl(resolve(linked, url)) : null) ?? jobIdFromUrl(url);
  if (!jobId) throw new LinkedInLayoutError('job id (in the URL or the title link)');
  const line = text(S.queryFirst(details, S.jobDescriptionLine));
  return {
    jobId,
    title,
    company: text(S.queryFirst(details, S.jobCompany)),
    location: line?.split(S.middot)[0]?.trim() || null,
    url: `${ORIGIN}/jobs/view/${jobId}/`,
  };
}

/** A job id from /jobs/view/<id>/, /jobs/view/<slug>-<id>/ or ?currentJobId=<id>. */
function jobIdFromUrl(url: string): string | null {
  const parsed = parseLinkedIn(url);
  if (!parsed) return null;
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  if (segments[0] === 'jobs' && segments[1] === 'view' && segments[2]) {
    const id = S.jobIdInSegment.exec(segments[2])?.[1];
    if (id) return id;
  }
  const current = parsed.searchParams.get('currentJobId');
  return current && /^\d{6,}$/.test(current) ? current : null;
}

// ---------------------------------------------------------------------------------------
// Messaging

/**
 * The open conversation: its participant and messages, oldest first. Throws
 * LinkedInLayoutError when no conversation is open.
 */
export function readConversation(doc: Document, url: string): LinkedInConversation {
  const root = S.queryRequired(doc, S.conversation);
  const parsed = parseLinkedIn(url);
  const segments = parsed?.pathname.split('/').filter((s) => s !== '') ?? [];
  const threadId = segments[0] === 'messaging' && segments[1] === 'thread' ? (segments[2] ?? null) : null;
  const messages: ConversationMessage[] = [];
  let sender: string | null = null;
  let senderProfileUrl: string | null = null;
  // Without LinkedIn's "other side" marker anywhere, whose message is whose is unknown.
  const marked = S.queryFirst(root, S.messageFromOther) !== null;
  for (const event of S.queryAllFirst(root, S.messageEvent)) {
    const body = text(S.queryFirst(event, S.messageText));
    const name = text(S.queryFirst(event, S.messageSender));
    // A run of messages by one sender names them on the first only.
    if (name) {
      sender = name;
      const href = S.queryFirst(event, S.messageSenderLink)?.getAttribute('href');
      senderProfileUrl = href ? normaliseProfileUrl(resolve(href, url)) : null;
    }
    if (!body) continue;
    const other = S.matchesAny(event, S.messageFromOther) || S.queryFirst(event, S.messageFromOther) !== null;
    messages.push({ sender, senderProfileUrl, fromOther: marked ? other : null, text: body });
  }
  const participant = participantOf(root, url);
  return {
    threadId,
    participantName: participant.name,
    participantProfileUrl: participant.profileUrl,
    messages,
    hasComposer: S.queryFirst(root, S.messageEditor) !== null,
  };
}

function participantOf(root: Element, url: string): { name: string | null; profileUrl: string | null } {
  const href = S.queryFirst(root, S.conversationProfileLink)?.getAttribute('href');
  return {
    name: text(S.queryFirst(root, S.conversationTitle)),
    profileUrl: href ? normaliseProfileUrl(resolve(href, url)) : null,
  };
}

/**
 * The message composer on the page (the messaging page's, else a chat bubble's) and who it
 * writes to, or null when none is open.
 */
export function findMessageComposer(doc: Document): MessageComposer | null {
  const editor = S.queryFirst(doc, S.messageEditor);
  if (!isHTMLElement(editor)) return null;
  const root = S.closestFirst(editor, S.conversation);
  const participant = root ? participantOf(root, doc.URL || ORIGIN) : { name: null, profileUrl: null };
  return { editor, recipientName: participant.name, recipientProfileUrl: participant.profileUrl };
}

// ---------------------------------------------------------------------------------------
// Invitations

/**
 * The note field of an open connection invitation, its limit and the invitee's name (from
 * the dialog, else the profile behind it), or null when no invitation dialog is open.
 */
export function findInvitationNote(doc: Document): InvitationNote | null {
  const field = S.queryFirst(doc, S.invitationNote);
  if (!field || field.tagName !== 'TEXTAREA') return null;
  const modal = S.closestFirst(field, S.dialog);
  if (!modal) return null;
  const limit = Number.parseInt(field.getAttribute('maxlength') ?? '', 10);
  let inviteeName = text(S.queryFirst(modal, S.inviteeName));
  if (!inviteeName) {
    try {
      inviteeName = readProfile(doc, doc.URL || ORIGIN).name;
    } catch {
      inviteeName = null;
    }
  }
  return {
    textarea: field as HTMLTextAreaElement,
    maxLength: Number.isFinite(limit) && limit > 0 ? limit : S.defaultInvitationLimit,
    inviteeName,
  };
}

// ---------------------------------------------------------------------------------------
// Helpers

/** A LinkedIn URL (any linkedin.com host, https or http), or null. */
function parseLinkedIn(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return S.linkedInHost.test(parsed.hostname) ? parsed : null;
}

/** An href as an absolute address (hrefs on LinkedIn are often relative: "/in/…"). */
function resolve(href: string, base: string): string {
  try {
    return new URL(href, parseLinkedIn(base) ? base : ORIGIN).href;
  } catch {
    return href;
  }
}

/** Inline text, or null when empty. */
function text(element: Element | null): string | null {
  return inlineText(element) || null;
}

/** The element's own text nodes, without its children's (the company before a type span). */
function ownText(element: Element): string {
  let out = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Whether the element or one of its ancestors is hidden by its attributes. */
function hiddenWithin(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (hiddenByAttributes(e)) return true;
  return false;
}

function isHTMLElement(element: Element | null): element is HTMLElement {
  return element !== null && typeof (element as HTMLElement).focus === 'function';
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;
}

function hasValue(value: unknown): boolean {
  return (typeof value === 'number' && Number.isFinite(value)) || str(value) !== null;
}

function typeOf(item: Json): string | null {
  const type = Array.isArray(item['@type']) ? item['@type'][0] : item['@type'];
  return typeof type === 'string' ? type : null;
}

/** Every JSON-LD object on the page, "@graph" members included; unreadable blocks are skipped. */
function jsonLdItems(doc: Document): Json[] {
  const items: Json[] = [];
  for (const script of S.queryAllFirst(doc, S.jsonLd)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of Array.isArray(data) ? data : [data]) {
      if (!isObject(item)) continue;
      items.push(item);
      if (Array.isArray(item['@graph'])) items.push(...item['@graph'].filter(isObject));
    }
  }
  return items;
}
