import { splitReply } from '@/lib/detect/text';
import { visibleText } from '../../content/page-text';

/**
 * A message body's own text and the history it quotes, once a site's reader has found the
 * quoted parts in the markup (Gmail's gmail_quote, Outlook's reply header…) and its own
 * controls inside the body. Only the outermost quoted parts count (a quote inside a quote
 * is read with its parent); then the detectors' plain-text rule moves any "On … wrote:"
 * tail the markup did not mark. Read-only.
 */
export function splitBody(
  body: Element,
  quoted: ReadonlySet<Element>,
  chrome: ReadonlySet<Element>,
): { text: string; quoted: string } {
  const outermost = [...quoted]
    .filter((q) => !hasAncestorIn(q, quoted, body))
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const outer = new Set(outermost);
  const fresh = visibleText(body, { skip: (el) => outer.has(el) || chrome.has(el) });
  const split = splitReply(fresh);
  const quotedTexts = outermost
    .map((q) => visibleText(q, { skip: (el) => chrome.has(el), includeHidden: true }))
    .concat(split.quoted)
    .filter((t) => t !== '');
  return { text: split.fresh, quoted: quotedTexts.join('\n\n') };
}

function hasAncestorIn(element: Element, set: ReadonlySet<Element>, stop: Element): boolean {
  for (let p = element.parentElement; p && p !== stop; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
