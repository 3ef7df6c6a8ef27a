/**
 * Regex building blocks every vocabulary here uses: words with Unicode-aware edges, and
 * case-insensitive keywords inside otherwise case-sensitive patterns.
 */

/**
 * A letter or digit of the scripts our mail is written in (Latin, with its accented letters).
 * Spelt as a class rather than `[\\p{L}\\p{N}]` so a vocabulary needs no `u` flag: V8 runs a
 * case-insensitive regex two to three times faster without it, and these run on every email.
 */
export const LATIN_WORD_CHAR =
  '[A-Za-z0-9\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';

/** A regex alternative bounded by non-letters (JS `\b` does not see accented letters). */
export function words(alternatives: string, flags = 'i'): RegExp {
  // Only a vocabulary that itself uses Unicode escapes needs the `u` flag.
  const unicode = /\\[pP]\{|\\u\{/.test(alternatives) && !flags.includes('u') ? 'u' : '';
  return new RegExp(`(?<!${LATIN_WORD_CHAR})(?:${alternatives})(?!${LATIN_WORD_CHAR})`, flags + unicode);
}

/** Keywords in any case inside a case-sensitive regex (where `\\p{Lu}` must keep meaning "capital"). */
const ciCache = new Map<string, string>();
export function ci(alternatives: string): string {
  const known = ciCache.get(alternatives);
  if (known !== undefined) return known;
  const out = ciUncached(alternatives);
  ciCache.set(alternatives, out);
  return out;
}

const rxCache = new Map<string, RegExp>();
/** A regex compiled once per source and flags (patterns built from vocabularies at call sites). */
export function rx(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = rxCache.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    rxCache.set(key, re);
  }
  return re;
}

function ciUncached(alternatives: string): string {
  return alternatives.replace(/\p{L}/gu, (ch) => {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    return lo === up || up.length !== 1 ? ch : `[${lo}${up}]`;
  });
}

/**
 * Every match of a global regex, by `exec` on the regex itself. `String.prototype.matchAll`
 * clones the regex on each call, which costs more than the search on a short email.
 * (Not re-entrant: the loop's body must not run the same regex.)
 */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}
