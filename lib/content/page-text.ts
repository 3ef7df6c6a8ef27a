/**
 * Text out of page elements the way a reader sees it, without layout: `<br>` and block
 * elements become line breaks, runs of spaces collapse, hidden elements (inline
 * display: none, visibility: hidden, the hidden attribute) and non-text elements are left
 * out. Read-only: the page is never changed, and no markup is ever parsed.
 */

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
/** Paragraphs stand apart by a blank line, as in the browser's own innerText. */
const SPACED = new Set(['P']);
const CELLS = new Set(['TD', 'TH']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG']);

/**
 * Whether an element is hidden by its own attributes (the only styling a pure reader can
 * see): the hidden attribute, or an inline style that hides it, as mail uses for the
 * preview line ("display: none", "visibility: hidden", "opacity: 0", Outlook's "mso-hide").
 */
export function hiddenByAttributes(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d])|mso-hide\s*:\s*all)/i;

/** A line-break request between pieces of text: the largest request between two pieces wins. */
type Piece = string | { breaks: number };

/**
 * The text of an element as lines. `skip` leaves out elements (and all they contain), such
 * as quoted parts; hidden elements are left out too, unless `includeHidden` (Gmail keeps the
 * trimmed quote in a hidden element, and the quote is still wanted, separately).
 */
export function visibleText(
  root: Element,
  options: { skip?: (element: Element) => boolean; includeHidden?: boolean } = {},
): string {
  const pieces: Piece[] = [];
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      pieces.push(pre ? raw : raw.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (element !== root && options.skip?.(element)) return;
    if (element !== root && !options.includeHidden && hiddenByAttributes(element)) return;
    if (tag === 'BR') {
      pieces.push('\n');
      return;
    }
    if (tag === 'IMG') {
      // An image stands for nothing in the text (its alt is usually a logo's name).
      return;
    }
    const block = BLOCKS.has(tag) || SPACED.has(tag);
    const breaks = SPACED.has(tag) ? 2 : 1;
    if (block) pieces.push({ breaks });
    if (CELLS.has(tag)) pieces.push(' ');
    const inPre = pre || tag === 'PRE' || tag === 'TEXTAREA';
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (CELLS.has(tag)) pieces.push(' ');
    if (block) pieces.push({ breaks });
  };
  walk(root, false);
  return joinPieces(pieces);
}

function joinPieces(pieces: Piece[]): string {
  const out: string[] = [];
  let pending = 0;
  // Line breaks at the end of what is written so far (spaces aside), so that a <br> just
  // before a block's end is not doubled by the block's own break.
  let trailing = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      pending = Math.max(pending, piece.breaks);
      continue;
    }
    if (piece === '') continue;
    if (pending > 0 && out.length > 0) {
      const add = Math.max(0, pending - trailing);
      out.push('\n'.repeat(add));
      trailing += add;
    }
    pending = 0;
    out.push(piece);
    trailing = endingBreaks(piece, trailing);
  }
  return tidy(out.join(''));
}

/** Line breaks at the end of `text` (spaces aside); all of it blank adds to what came before. */
function endingBreaks(text: string, before: number): number {
  let count = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') count++;
    else if (c !== ' ' && c !== '\t') return count;
  }
  return before + count;
}

/** One space between words, no space at line ends, at most one blank line in a row. */
export function tidy(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of a small inline element (a subject, a name): one line, spaces collapsed. */
export function inlineText(element: Element | null): string {
  if (!element) return '';
  return (element.textContent ?? '').replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ').trim();
}
