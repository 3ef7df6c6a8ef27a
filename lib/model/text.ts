import { z } from 'zod';

/** A lone UTF-16 surrogate: a high one not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with every lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed
 * does (with a fallback where that is missing). Ill-formed text makes encodeURIComponent
 * throw, so nothing that may end up in a link is stored or encoded without this.
 */
export function wellFormed(text: string): string {
  return typeof text.toWellFormed === 'function'
    ? text.toWellFormed()
    : text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * A string schema whose value is made well-formed before any other check: parsing never
 * refuses a lone surrogate and never passes one on. Chain `.trim()`, `.min()`, `.max()` as
 * on `z.string()`.
 */
export function text() {
  return z.string().overwrite(wellFormed);
}

/**
 * `text` in at most `max` UTF-16 code units (what zod's `.max()` counts), cut between
 * characters: a surrogate pair (an emoji, a rare CJK character) is kept whole or left out,
 * never split in half.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
