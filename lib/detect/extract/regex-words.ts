/**
 * Regex building blocks every vocabulary here uses: words with Unicode-aware edges, and
 * case-insensitive keywords inside otherwise case-sensitive patterns.
 */

/** A regex alternative bounded by non-letters (JS `\b` does not see accented letters). */
export function words(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

/** Keywords in any case inside a case-sensitive regex (where `\\p{Lu}` must keep meaning "capital"). */
export function ci(alternatives: string): string {
  return alternatives.replace(/\p{L}/gu, (ch) => {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    return lo === up || up.length !== 1 ? ch : `[${lo}${up}]`;
  });
}
