/**
 * Pure readers over LinkedIn's pages: which page is shown (a profile, a job, a
 * conversation, a missing page, the sign-in wall, or a page Afterview leaves alone), a
 * profile's name, headline, current company and location, a job's title, company and
 * location, and the places the user writes (the message composer, the invitation note).
 *
 * They only read: no extension API, no network, the page is never changed and markup is
 * never parsed. Every selector comes from ./selectors, so a LinkedIn change is one file's fix.
 */
import { hiddenByAttributes, inlineText } from '@/lib/content/page-text';
import * as S from './selectors';
import { LinkedInLayoutError } from './selectors';

/** Where a profile's fields were read: a layout's top card, or the JSON-LD Person when no card is. */
export type ProfileSource = S.ProfileLayout['source'] | 'json_ld';

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

/** What a profile or job view says besides its data: where our button goes, and what was missed. */
export interface Placement {
  /**
   * Where Afterview's button goes: beside the heading the reader took the name (or the
   * job's title) from. Null when the name came from elsewhere, or when that heading is
   * hidden from assistive technology (under a modal): the button is then not shown at all.
   */
  anchor: Element | null;
  /** A sign-in wall or modal is shown over the page: the user is logged out. */
  behindSignIn: boolean;
  /** The parts the reader looked for and did not find (watch.ts reports the layout as degraded). */
  missed: string[];
}

export type LinkedInPage =
  | ({ kind: 'profile'; profile: LinkedInProfile } & Placement)
  | ({ kind: 'job'; job: LinkedInJob } & Placement)
  | { kind: 'messaging'; conversation: LinkedInConversation }
  | { kind: 'not_found' }
  | { kind: 'authwall' }
  /** A LinkedIn page Afterview has nothing to do on (the feed, a profile's subpages…): left alone. */
  | { kind: 'elsewhere' }
  /** The page is not (yet) one Afterview can read; `missing` names what was not found. */
  | { kind: 'unknown'; missing: string };

export type ProfilePage = Extract<LinkedInPage, { kind: 'profile' }>;
export type JobPage = Extract<LinkedInPage, { kind: 'job' }>;

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
    if (S.authwallPath.test(parsed.pathname)) return { kind: 'authwall' };
    const route = routeOf(parsed);
    if (route === 'elsewhere') return { kind: 'elsewhere' };
    if (isNotFound(doc)) return { kind: 'not_found' };
    return readRoute(doc, url, route);
  } catch (error) {
    if (error instanceof LinkedInLayoutError) return { kind: 'unknown', missing: error.landmark };
    // Anything else is a page shape no reader foresaw; it still must not break the caller.
    return { kind: 'unknown', missing: `a readable page (${String(error)})` };
  }
}

type Route = 'profile' | 'job' | 'messaging' | 'elsewhere';

/**
 * Which reader an address calls for. A profile's subpages (/details/…, /recent-activity/…,
 * /overlay/…) are pages of their own without its top card, and the jobs home has no job
 * open: they are left alone, not taken for a layout Afterview does not know.
 */
function routeOf(url: URL): Route {
  const [first, second, ...rest] = url.pathname.split('/').filter((s) => s !== '');
  if (first === 'in' && second) {
    const profile = rest.length === 0 || (rest.length === 1 && S.profileLanguage.test(rest[0]!));
    return profile ? 'profile' : 'elsewhere';
  }
  if (first === 'jobs') {
    const job = S.jobPages.test(second ?? '') || url.searchParams.has('currentJobId');
    return job ? 'job' : 'elsewhere';
  }
  return first === 'messaging' ? 'messaging' : 'elsewhere';
}

/** The page on a route that has a reader; the sign-in wall when it hides what the reader needs. */
function readRoute(doc: Document, url: string, route: Exclude<Route, 'elsewhere'>): LinkedInPage {
  const behindSignIn = isWallShown(doc);
  try {
    if (route === 'messaging') return { kind: 'messaging', conversation: readConversation(doc, url) };
    if (route === 'job') {
      const { job, ...reading } = readJobReading(doc, url);
      return { kind: 'job', job, ...placement(reading, behindSignIn) };
    }
    const { profile, ...reading } = readProfileReading(doc, url);
    return { kind: 'profile', profile, ...placement(reading, behindSignIn) };
  } catch (error) {
    // LinkedIn may put the wall in place of a page at the page's own address.
    if (behindSignIn && error instanceof LinkedInLayoutError) return { kind: 'authwall' };
    throw error;
  }
}

function placement(reading: { heading: Element | null; missed: string[] }, behindSignIn: boolean): Placement {
  const { heading, missed } = reading;
  return { anchor: heading && reachable(heading) ? heading : null, behindSignIn, missed };
}

/** LinkedIn's words for a missing page, in a heading, the title or og:title. */
function isNotFound(doc: Document): boolean {
  const headings = S.queryAllAny(doc, S.notFoundHeading).map((heading) => inlineText(heading));
  const titles = [doc.title ?? '', S.queryFirst(doc, S.ogTitle)?.getAttribute('content') ?? ''];
  return [...headings, ...titles.map(stripTitle)].some((words) => S.notFoundWording.test(words));
}

/** A sign-in wall or modal is shown (not merely kept hidden in the page, as public pages do). */
function isWallShown(doc: Document): boolean {
  return S.queryAllAny(doc, S.authwall).some(reachable);
}

/** Whether assistive technology reaches the element: not hidden, nor in an aria-hidden or inert part. */
function reachable(element: Element): boolean {
  return !hiddenWithin(element) && S.closestFirst(element, S.hiddenFromAssistiveTech) === null;
}

// ---------------------------------------------------------------------------------------
// Profiles

/**
 * A profile's fields. Throws LinkedInLayoutError naming what is missing (the top card, or
 * the name in it) when the page does not show a person: see personOf.
 */
export function readProfile(doc: Document, url: string): LinkedInProfile {
  return readProfileReading(doc, url).profile;
}

/** What one field reads as: the value, null when the page shows there is none, undefined when it cannot tell. */
type Field = string | null | undefined;

interface Fields {
  headline: Field;
  company: Field;
  location: Field;
}

/** A person as one source on the page names them. */
interface Said extends Fields {
  name: string;
  from: ProfileSource | 'og' | 'title';
}

/** A person read from a top card: the heading the name came from is where our button goes. */
interface CardSaid extends Said {
  from: S.ProfileLayout['source'];
  heading: Element;
}

interface JsonLdSaid extends Said {
  from: 'json_ld';
}

/** The parts of a profile a reader reports as missed, in the words the popup shows. */
const PROFILE_PARTS = {
  card: S.topCard.name,
  headline: 'profile headline',
  company: 'current company',
  location: 'profile location',
} as const;

function readProfileReading(
  doc: Document,
  url: string,
): { profile: LinkedInProfile; heading: Element | null; missed: string[] } {
  const urls = profileUrlsOf(doc, url);
  const card = readTopCard(doc);
  const jsonLd = fromJsonLd(doc);
  const described = [fromOgTags(doc), fromTitle(doc.title ?? '', 'title')].filter((s) => s !== null);
  const person = personOf(card.said, jsonLd, described, urls);
  if (!person) throw new LinkedInLayoutError(card.missing ?? 'profile address');
  const heading = 'heading' in person ? person.heading : null;
  const fields = completed(person, [jsonLd, ...described]);
  return {
    profile: {
      name: person.name,
      headline: fields.headline ?? null,
      company: fields.company ?? null,
      location: fields.location ?? null,
      profileUrl: urls.best,
      source: person.from,
    },
    heading,
    missed: unfound({
      [PROFILE_PARTS.card]: heading ?? undefined,
      [PROFILE_PARTS.headline]: fields.headline,
      [PROFILE_PARTS.company]: fields.company,
      [PROFILE_PARTS.location]: fields.location,
    }),
  };
}

/**
 * The person the page is about, only when two independent signals agree. A title (or
 * og:title) alone never makes a person: LinkedIn's own pages have titles too ("Profile Not
 * Found | LinkedIn"). So:
 * - a top card's name, with the profile's address (the canonical link, og:url, the JSON-LD
 *   or the page's own) or another source on the page naming the same person;
 * - else the JSON-LD Person's name, with the canonical link or og:url, or the title or
 *   og:title naming the same person.
 */
function personOf(
  card: CardSaid | null,
  jsonLd: JsonLdSaid | null,
  described: Said[],
  urls: ProfileUrls,
): CardSaid | JsonLdSaid | null {
  if (card && (urls.best || [jsonLd, ...described].some((s) => agrees(s, card.name)))) return card;
  if (jsonLd && (urls.declared || described.some((s) => agrees(s, jsonLd.name)))) return jsonLd;
  return null;
}

/** The person's fields, each from the first source naming the same person that can tell. */
function completed(person: Said, others: ReadonlyArray<Said | null>): Fields {
  const sources = [person, ...others.filter((o) => o && o.from !== person.from && agrees(o, person.name))];
  const first = (key: keyof Fields) => sources.map((s) => s?.[key]).find((value) => value !== undefined);
  return { headline: first('headline'), company: first('company'), location: first('location') };
}

/**
 * The first layout whose top card is on the page with a name in it. When none is, what is
 * missing: the top card itself, or the name in a card that is there.
 */
function readTopCard(
  doc: Document,
): { said: CardSaid; missing?: undefined } | { said: null; missing: string } {
  let sawCard = false;
  for (const layout of S.profileLayouts) {
    const card = S.queryFirst(doc, layout.card);
    if (!card) continue;
    sawCard = true;
    const heading = S.queryFirst(card, layout.name);
    const name = text(heading);
    if (heading && name && !isPageWording(name))
      return { said: readLayout(doc, layout, card, heading, name) };
  }
  return { said: null, missing: sawCard ? S.profileName.name : S.topCard.name };
}

function readLayout(
  doc: Document,
  layout: S.ProfileLayout,
  card: Element,
  heading: Element,
  name: string,
): CardSaid {
  return {
    name,
    from: layout.source,
    heading,
    headline: text(S.queryFirst(card, layout.headline)) ?? undefined,
    location: firstPlace(card, layout.location),
    company: companyIn(doc, card, layout),
  };
}

/**
 * The first element of the landmark that holds a place, alternatives in their order: the
 * location line of several layouts also holds the connections count, the pronouns, or
 * nothing but the count when the member shows no location.
 */
function firstPlace(card: Element, what: S.Landmark): string | undefined {
  for (const alternative of what.alternatives) {
    const found = S.queryAllFirst(card, { name: what.name, alternatives: [alternative] });
    const place = found.map(text).find(isLocation);
    if (place) return place;
  }
  return undefined;
}

/**
 * The current company: the top card's "Current company" label, the layout's company line,
 * else the experience card's running position.
 */
function companyIn(doc: Document, card: Element, layout: S.ProfileLayout): Field {
  const label = S.queryFirst(card, S.currentCompanyButton)?.getAttribute('aria-label') ?? '';
  const labelled = S.currentCompanyLabel.exec(label.trim())?.[1]?.trim();
  const shown = layout.company ? text(S.queryFirst(card, layout.company)) : null;
  return labelled || shown || currentFromExperience(doc);
}

/**
 * The company of the first position still running in the experience card, for when the
 * top card does not name one: null when every position has ended (between jobs), undefined
 * when there is no experience card, or none of its entries can be read.
 */
function currentFromExperience(doc: Document): Field {
  const anchor = S.queryFirst(doc, S.experienceAnchor);
  if (!anchor) return undefined;
  const section = S.closestFirst(anchor, S.card) ?? anchor;
  const items = S.queryAllFirst(section, S.experienceItem);
  if (items.length === 0) return undefined;
  for (const item of items) {
    const dates = text(S.queryFirst(item, S.experienceDates)) ?? '';
    if (!S.ongoingDates.test(dates)) continue;
    const line = S.queryFirst(item, S.experienceCompany);
    // The 2022 line holds the employment type in a child span: the company is its own text.
    const company = (line ? ownText(line) || text(line) : null)?.split(S.middot)[0]?.trim();
    if (company) return company;
  }
  return null;
}

function fromJsonLd(doc: Document): JsonLdSaid | null {
  const person = jsonLdPerson(doc);
  const name = person ? str(person.name) : null;
  if (!person || !name || isPageWording(name)) return null;
  const titles = Array.isArray(person.jobTitle) ? person.jobTitle : [person.jobTitle];
  const employers = (Array.isArray(person.worksFor) ? person.worksFor : [person.worksFor]).filter(isObject);
  // worksFor lists past employers too; the current one has no end date (a year, as a
  // number or a string). No employer listed at all says nothing.
  const current = employers.find((e) => !(isObject(e.member) && hasValue(e.member.endDate)));
  const address = isObject(person.address) ? person.address : null;
  const location = address
    ? [str(address.addressLocality), str(address.addressRegion)].filter(Boolean).join(', ')
    : null;
  return {
    name,
    from: 'json_ld',
    headline: titles.map(str).find(Boolean) ?? undefined,
    company: employers.length > 0 ? (current ? str(current.name) : null) : undefined,
    location: isLocation(location) ? location : undefined,
  };
}

/** og:title has the page title's form; og:description may add the location. */
function fromOgTags(doc: Document): Said | null {
  const title = S.queryFirst(doc, S.ogTitle)?.getAttribute('content');
  const said = title ? fromTitle(title, 'og') : null;
  if (!said) return null;
  const description = S.queryFirst(doc, S.ogDescription)?.getAttribute('content') ?? '';
  const location = S.locationInDescription.exec(description)?.[1]?.trim();
  return { ...said, location: isLocation(location) ? location : undefined };
}

/**
 * "Name - Headline - Company | LinkedIn", "Name - Company | LinkedIn" (LinkedIn's shared
 * title names the current company second), or "(3) Name | LinkedIn".
 */
function fromTitle(title: string, from: 'og' | 'title'): Said | null {
  if (!S.titleSuffix.test(title)) return null;
  const parts = stripTitle(title)
    .split(S.titleSeparator)
    .map((p) => p.trim())
    .filter(Boolean);
  const name = parts[0];
  if (!name || isPageWording(name)) return null;
  return {
    name,
    from,
    headline: parts.length >= 3 ? parts.slice(1, -1).join(' - ') : undefined,
    company: parts.length >= 2 ? parts[parts.length - 1] : undefined,
    location: undefined,
  };
}

function stripTitle(title: string): string {
  return title.replace(S.titleCount, '').replace(S.titleSuffix, '').replace(/\s+/g, ' ').trim();
}

/** LinkedIn's own words (a page's title, a missing page), which are never anyone's name. */
function isPageWording(name: string): boolean {
  return S.pageTitles.test(name) || S.notFoundWording.test(name);
}

/** A place, not the connections count or other meta text that shares its line. */
function isLocation(value: string | null | undefined): value is string {
  return !!value && value.length <= 120 && !S.notALocation.test(value);
}

/**
 * Whether a source names the same person: the same words, give or take case, accents and
 * punctuation, after what follows a comma or sits in brackets ("Priya Natarajan, PhD",
 * "Rosa Delgado (she/her)").
 */
function agrees(said: Said | null, name: string): boolean {
  if (!said) return false;
  const key = nameKey(name);
  return key !== '' && nameKey(said.name) === key;
}

function nameKey(name: string): string {
  return name
    .split(',')[0]!
    .replace(/\([^)]*\)/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface ProfileUrls {
  /** What the page declares itself to be: the canonical link, else og:url. */
  declared: string | null;
  /** The declared address, the JSON-LD's, else the page's own, normalised. */
  best: string | null;
}

function profileUrlsOf(doc: Document, url: string): ProfileUrls {
  const person = jsonLdPerson(doc);
  const profileAt = (candidate: string | null | undefined) =>
    candidate ? normaliseProfileUrl(resolve(candidate, url)) : null;
  const declared =
    profileAt(S.queryFirst(doc, S.canonicalLink)?.getAttribute('href')) ??
    profileAt(S.queryFirst(doc, S.ogUrl)?.getAttribute('content'));
  return { declared, best: declared ?? profileAt(person ? str(person.url) : null) ?? profileAt(url) };
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
  return readJobReading(doc, url).job;
}

function readJobReading(
  doc: Document,
  url: string,
): { job: LinkedInJob; heading: Element; missed: string[] } {
  const details = S.queryRequired(doc, S.jobDetails);
  const heading = S.queryFirst(details, S.jobTitle);
  const title = text(heading);
  if (!heading || !title) throw new LinkedInLayoutError(S.jobTitle.name);
  const linked = S.queryFirst(details, S.jobTitleLink)?.getAttribute('href');
  const jobId = (linked ? jobIdFromUrl(resolve(linked, url)) : null) ?? jobIdFromUrl(url);
  if (!jobId) throw new LinkedInLayoutError('job id (in the URL or the title link)');
  const company = text(S.queryFirst(details, S.jobCompany));
  // "Boston, MA · Reposted 2 days ago · …": without a location, the line starts with the rest.
  const first = text(S.queryFirst(details, S.jobDescriptionLine))?.split(S.middot)[0]?.trim();
  const location = isLocation(first) ? first : null;
  return {
    job: { jobId, title, company, location, url: `${ORIGIN}/jobs/view/${jobId}/` },
    heading,
    missed: unfound({ [S.jobCompany.name]: company ?? undefined, 'job location': location ?? undefined }),
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

/** The names of the parts whose value was not found (undefined), in order. */
function unfound(parts: Record<string, unknown>): string[] {
  return Object.entries(parts)
    .filter(([, value]) => value === undefined)
    .map(([name]) => name);
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

/** The page's JSON-LD Person, if any: the profile's own on a public page. */
function jsonLdPerson(doc: Document): Json | undefined {
  return jsonLdItems(doc).find((item) => typeOf(item) === 'Person');
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
