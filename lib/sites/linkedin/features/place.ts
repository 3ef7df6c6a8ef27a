/**
 * Keep one of our hosts right after its anchor: the page may have redrawn the anchor, moved
 * our host, or dropped it (a single-page site re-renders its headings freely).
 */
export function keepBeside(host: Element, anchor: Element): void {
  if (host.previousElementSibling !== anchor) anchor.after(host);
}
