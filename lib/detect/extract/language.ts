/**
 * A guess at the email's language (English, French, German, Spanish) from its most common
 * words, so dates are also read with that language's chrono parser.
 */

export type Lang = 'en' | 'fr' | 'de' | 'es';

const LANG_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set('the you your we and for with to of is are be this thank thanks interview please'.split(' ')),
  fr: new Set(
    'le la les des vous votre nous est pour avec une merci entretien bonjour cordialement'.split(' '),
  ),
  de: new Set('der die das und sie ihr ihnen wir mit für ist ein eine vielen dank gespräch uhr'.split(' ')),
  es: new Set('el los las usted nosotros para con una su gracias entrevista hola saludos que'.split(' ')),
};
const LANGS: readonly Lang[] = ['en', 'fr', 'de', 'es'];

/** Each common word and the languages it belongs to (bit i = LANGS[i]). */
const WORD_LANGS = new Map<string, number>();
LANGS.forEach((lang, i) => {
  for (const w of LANG_WORDS[lang]) WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | (1 << i));
});

/** Words of Latin letters (lowercased text): no Unicode flag, so the scan stays cheap. */
const WORD = /[a-z\u00df-\u00f6\u00f8-\u00ff]+/g;

/** The language with the most common words in the text; English on a tie. */
export function detectLanguage(full: string): Lang {
  // The first lines say it: a long body adds nothing but time.
  const text = (full.length > 1500 ? full.slice(0, 1500) : full).toLowerCase();
  const counts = [0, 0, 0, 0];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const bits = WORD_LANGS.get(m[0]);
    if (bits === undefined) continue;
    for (let i = 0; i < 4; i++) if (bits & (1 << i)) counts[i]!++;
  }
  let best = 0;
  for (let i = 1; i < 4; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  return LANGS[best] as Lang;
}
