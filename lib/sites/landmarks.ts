/**
 * How Afterview finds things on a third-party page. A landmark is a list of CSS selectors
 * tried in order, the most stable first; each site lists its own in its `selectors.ts`.
 */

/** Something to find on a site's page. */
export interface Landmark {
  /** Said in words ("open thread's subject"): what a layout error reports as missing. */
  readonly name: string;
  /** CSS selectors, most stable first. */
  readonly alternatives: readonly string[];
}

export const landmark = (name: string, alternatives: readonly string[]): Landmark => ({ name, alternatives });

/** Every landmark a site's selectors module exports, in one list (for the layout report). */
export function landmarksIn(module: Record<string, unknown>): Landmark[] {
  return Object.values(module).filter(isLandmark);
}

function isLandmark(value: unknown): value is Landmark {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Landmark>;
  return (
    typeof candidate.name === 'string' &&
    Array.isArray(candidate.alternatives) &&
    candidate.alternatives.every((alternative) => typeof alternative === 'string')
  );
}

/** Nothing matched a landmark Afterview needs: the site's layout changed, or the page is not ready. */
export class LayoutError extends Error {
  /** The landmark's name, e.g. "main view". */
  readonly landmark: string;
  constructor(site: string, landmark: string) {
    super(`${site} layout: could not find the ${landmark}`);
    this.landmark = landmark;
  }
}

/** The first element of the first alternative that matches anything, or null. */
export function queryFirst(root: ParentNode, what: Landmark): Element | null {
  for (const alternative of what.alternatives) {
    const found = root.querySelector(alternative);
    if (found) return found;
  }
  return null;
}

/**
 * Every element matched by the first alternative that matches anything. Alternatives are
 * not mixed: a page either still has the stable hook or has lost it everywhere.
 */
export function queryAllFirst(root: ParentNode, what: Landmark): Element[] {
  for (const alternative of what.alternatives) {
    const found = root.querySelectorAll(alternative);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** Every element matched by any alternative, in document order (for sets such as quoted parts). */
export function queryAllAny(root: ParentNode, what: Landmark): Element[] {
  return Array.from(root.querySelectorAll(what.alternatives.join(', ')));
}

/** Whether the element itself matches any alternative. */
export function matchesAny(element: Element, what: Landmark): boolean {
  return what.alternatives.some((alternative) => element.matches(alternative));
}

/** The nearest ancestor (or the element itself) matching the first alternative that finds one. */
export function closestFirst(element: Element, what: Landmark): Element | null {
  for (const alternative of what.alternatives) {
    const found = element.closest(alternative);
    if (found) return found;
  }
  return null;
}

/** Which alternative finds the landmark under root (for diagnostics and tests), or null. */
export function matchedAlternative(root: ParentNode, what: Landmark): string | null {
  return what.alternatives.find((alternative) => root.querySelector(alternative) !== null) ?? null;
}

/** Like queryFirst, but a missing landmark throws the site's layout error naming it. */
export function requireLandmark(
  root: ParentNode,
  what: Landmark,
  SiteLayoutError: new (landmark: string) => LayoutError,
): Element {
  const found = queryFirst(root, what);
  if (!found) throw new SiteLayoutError(what.name);
  return found;
}
