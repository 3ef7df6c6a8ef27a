import {
  allowedValue,
  allowedValues,
  type LayoutReport,
  type LayoutStatus,
  type OutlineChild,
  type OutlineNode,
  outlineLimits,
  safeName,
} from '../messaging/layout-report';
import type { SiteName } from '../model/inputs';
import type { Landmark } from '../sites/landmarks';
import { HOST_TAG } from './shadow';

/**
 * A censored outline of a page, for a bug report the user attaches in public: how the page is
 * built (tags, roles, attribute names, which of our selectors find what), so that a layout
 * Afterview does not know can become a test fixture, and nothing of what it says or whom it is
 * about. Text becomes its length (`#text(12)`); attribute values are dropped except a few from
 * closed lists (lib/messaging/layout-report.ts); class names are kept only when our own
 * selectors use them (a page may put anything in a class). Bounded in depth, width and size.
 */

export interface OutlineOptions {
  site: SiteName;
  /** What the site's reader last said about the layout. */
  layout: { status: LayoutStatus; missing: string | null };
  /** Afterview's version (the manifest's). */
  version: string;
  now: Date;
  /** The page's address; the document's own by default. Only its shape is kept. */
  url?: string;
  /**
   * Our selectors for the site (each site passes its own, so no content script carries the
   * others'): their hits are marked.
   */
  landmarks: readonly Landmark[];
  limits?: Partial<Limits>;
}

type Limits = { -readonly [K in keyof typeof outlineLimits]: number };

interface Walk {
  limits: Limits;
  hits: Map<Element, string[]>;
  knownClasses: Set<string>;
  nodes: number;
  chars: number;
  elements: number;
  texts: number;
  shadowRoots: number;
  truncated: boolean;
}

/** Elements whose content is code, media or another document: described, never entered. */
const opaque = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'textarea',
]);

export function outlinePage(root: Document, options: OutlineOptions): LayoutReport {
  const { landmarks } = options;
  const { hits, summary } = findLandmarks(
    root,
    landmarks,
    options.limits?.maxMarked ?? outlineLimits.maxMarked,
  );
  const walk: Walk = {
    limits: { ...outlineLimits, ...options.limits },
    hits,
    knownClasses: selectorClasses(landmarks),
    nodes: 0,
    chars: 0,
    elements: 0,
    texts: 0,
    shadowRoots: 0,
    truncated: false,
  };
  const outline = outlineElement(root.body ?? root.documentElement, 0, walk);
  return {
    kind: 'afterview-layout-report',
    format: 1,
    site: options.site,
    date: options.now.toISOString().slice(0, 10),
    version: /^[0-9][0-9.]{0,19}$/.test(options.version) ? options.version : '0',
    path: pathShape(options.url ?? root.location?.href ?? ''),
    language: pageLanguage(root),
    layout: { status: options.layout.status, missing: options.layout.missing?.slice(0, 200) ?? null },
    landmarks: summary,
    counts: {
      nodes: walk.nodes,
      elements: walk.elements,
      texts: walk.texts,
      shadowRoots: walk.shadowRoots,
      truncated: walk.truncated,
    },
    outline,
  };
}

function outlineElement(element: Element, depth: number, walk: Walk): OutlineNode {
  const node = describe(element, walk);
  walk.nodes += 1;
  walk.elements += 1;
  walk.chars += JSON.stringify(node).length + 2;
  const tag = element.localName;
  if (opaque.has(tag)) {
    // What is inside is counted only: code and frames may hold anything.
    if (element.childNodes.length > 0) node.omitted = element.childNodes.length;
    return node;
  }
  if (depth >= walk.limits.maxDepth) {
    const below = element.childNodes.length + (element.shadowRoot ? 1 : 0);
    if (below > 0) {
      node.omitted = below;
      walk.truncated = true;
    }
    return node;
  }
  let omitted = 0;
  if (element.shadowRoot) {
    // Only open roots are reachable; closed ones (such as a page's own widgets) stay closed.
    walk.shadowRoots += 1;
    const shadow = outlineChildren(element.shadowRoot, depth + 1, walk);
    if (shadow.children.length > 0) node.shadow = shadow.children;
    omitted += shadow.omitted;
  }
  const { children, omitted: left } = outlineChildren(element, depth + 1, walk);
  if (children.length > 0) node.children = children;
  omitted += left;
  if (omitted > 0) node.omitted = omitted;
  return node;
}

function outlineChildren(
  parent: ParentNode & Node,
  depth: number,
  walk: Walk,
): { children: OutlineChild[]; omitted: number } {
  const children: OutlineChild[] = [];
  let omitted = 0;
  for (const child of Array.from(parent.childNodes)) {
    const isElement = child.nodeType === 1;
    const textLength = child.nodeType === 3 ? (child.textContent ?? '').trim().length : 0;
    if (isElement ? isOurs(child as Element) : textLength === 0) continue;
    if (children.length >= walk.limits.maxChildren || outOfRoom(walk)) {
      omitted += 1;
      continue;
    }
    if (isElement) {
      children.push(outlineElement(child as Element, depth, walk));
    } else {
      children.push(`#text(${Math.min(textLength, 9_999_999)})`);
      walk.nodes += 1;
      walk.texts += 1;
      walk.chars += 16;
    }
  }
  return { children, omitted };
}

function outOfRoom(walk: Walk): boolean {
  const full = walk.nodes >= walk.limits.maxNodes || walk.chars >= walk.limits.maxChars;
  if (full) walk.truncated = true;
  return full;
}

/** Afterview's own UI is no part of the page's layout (and shows the user's records). */
function isOurs(element: Element): boolean {
  return element.localName === HOST_TAG || element.localName.startsWith('afterview-');
}

/** One element without its children: names, the allowed values, our classes and hits. */
function describe(element: Element, walk: Walk): OutlineNode {
  const node: OutlineNode = {
    tag: safeName.test(element.localName) ? element.localName.toLowerCase() : 'unnamed',
  };
  const names: string[] = [];
  let otherAttributes = 0;
  for (const { name } of Array.from(element.attributes)) {
    if (safeName.test(name) && names.length < 60) names.push(name.toLowerCase());
    else otherAttributes += 1;
  }
  if (names.length > 0) node.attributes = [...new Set(names)].sort();
  if (otherAttributes > 0) node.otherAttributes = otherAttributes;

  const values: Record<string, string> = {};
  for (const name of Object.keys(allowedValues)) {
    const value = allowedValue(name, element.getAttribute(name));
    if (value !== null) values[name] = value;
  }
  if (Object.keys(values).length > 0) node.values = values;

  const tokens = Array.from(element.classList);
  const classes = tokens.filter((token) => walk.knownClasses.has(token)).slice(0, 60);
  if (classes.length > 0) node.classes = classes;
  if (tokens.length > classes.length) node.otherClasses = tokens.length - classes.length;

  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')) {
    node.styleHidden = true;
  }
  const hits = walk.hits.get(element);
  if (hits) node.hits = hits.slice(0, 60);
  return node;
}

type LandmarkSummary = LayoutReport['landmarks'][number];

/**
 * Which alternative of each landmark finds something, and how many, as the readers try them
 * (first match wins); the elements found are marked with the landmark's name.
 */
function findLandmarks(
  root: Document,
  landmarks: readonly Landmark[],
  maxMarked: number,
): { hits: Map<Element, string[]>; summary: LandmarkSummary[] } {
  const hits = new Map<Element, string[]>();
  const summary = landmarks.slice(0, 300).map((landmark): LandmarkSummary => {
    const name = landmark.name.slice(0, 80);
    for (const [index, selector] of landmark.alternatives.entries()) {
      const found = queryAll(root, selector);
      if (found.length === 0) continue;
      for (const element of found.slice(0, maxMarked)) {
        const names = hits.get(element) ?? [];
        if (!names.includes(name)) names.push(name);
        hits.set(element, names);
      }
      return { name, alternative: index, selector: selector.slice(0, 300), count: found.length };
    }
    return { name, alternative: null, selector: null, count: 0 };
  });
  return { hits, summary };
}

function queryAll(root: Document, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    // A selector this browser cannot parse finds nothing here, as it does for the readers.
    return [];
  }
}

/** The class names our selectors mention (`tr.zA` → zA), outside quoted and bracketed parts. */
export function selectorClasses(landmarks: readonly Landmark[]): Set<string> {
  const classes = new Set<string>();
  for (const selector of landmarks.flatMap((landmark) => landmark.alternatives)) {
    const bare = selector.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"|'[^']*'/g, '');
    for (const [, name] of bare.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) {
      if (name && safeName.test(name)) classes.add(name);
    }
  }
  return classes;
}

/**
 * The words of the sites' own addresses: views, folders and page kinds. Any other segment may
 * name something (a label, a search, a thread or message id, a person's profile) and becomes "…".
 */
const structuralWords = new Set(
  [
    // Gmail (path and #view)
    'mail', 'u', 'b', 'inbox', 'starred', 'snoozed', 'imp', 'sent', 'scheduled', 'drafts', 'all',
    'spam', 'trash', 'chats', 'category', 'primary', 'social', 'promotions', 'updates', 'forums',
    'purchases', 'label', 'search', 'advanced-search', 'settings', 'general', 'labels',
    'accounts', 'filters', 'compose', 'popout',
    // Outlook on the web
    'owa', 'id', 'sentitems', 'deleteditems', 'junkemail', 'archive', 'notes', 'deeplink', 'read',
    'conversationhistory', 'options', 'calendar', 'people',
    // LinkedIn
    'in', 'details', 'experience', 'education', 'skills', 'projects', 'certifications',
    'languages', 'recommendations', 'volunteering-experiences', 'honors', 'courses',
    'publications', 'interests', 'recent-activity', 'posts', 'comments', 'reactions', 'overlay',
    'contact-info', 'about-this-profile', 'feed', 'messaging', 'thread', 'jobs', 'view',
    'collections', 'results', 'company', 'school', 'mynetwork', 'notifications', 'public-profile',
    'pub', 'me', 'profile-views', 'edit', 'forms', 'new',
  ], // prettier-ignore
);

/**
 * `/mail/u/0/#inbox/FMfcgz…` → `/mail/u/N/#inbox/…`: the sites' own words kept, small numbers
 * (an account's place, u/0) as N, anything else as "…"; the query is never kept.
 */
export function pathShape(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const [view = '', query] = parsed.hash.replace(/^#/, '').split('?');
  const hasQuery = parsed.search.length > 1 || query !== undefined;
  const path = shapeSegments(parsed.pathname);
  const hash = parsed.hash.length > 1 ? `#${shapeSegments(view)}` : '';
  return `${path}${hash}${hasQuery ? '?…' : ''}`.slice(0, 300);
}

function shapeSegments(path: string): string {
  const shaped = path.split('/').map((segment) => {
    const word = segment.toLowerCase();
    if (word === '' || structuralWords.has(word)) return word;
    return /^\d{1,2}$/.test(word) ? 'N' : '…';
  });
  return shaped.filter((segment, i) => !(segment === '…' && shaped[i - 1] === '…')).join('/');
}

function pageLanguage(root: Document): string | null {
  const lang = (root.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(lang) ? lang : null;
}
