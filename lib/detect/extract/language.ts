/**
 * A guess at the email's language (English, French, German, Spanish) from its most common
 * words, so dates are also read with that language's chrono parser.
 */
import { words } from './regex-words';

export type Lang = 'en' | 'fr' | 'de' | 'es';

const LANG_WORDS: Record<Lang, RegExp> = {
  en: words('the|you|your|we|and|for|with|to|of|is|are|be|this|thank|thanks|interview|please', 'giu'),
  fr: words('le|la|les|des|vous|votre|nous|est|pour|avec|une|merci|entretien|bonjour|cordialement', 'giu'),
  de: words('der|die|das|und|sie|ihr|ihnen|wir|mit|für|ist|ein|eine|vielen|dank|gespräch|uhr', 'giu'),
  es: words('el|los|las|usted|nosotros|para|con|una|su|gracias|entrevista|hola|saludos|que', 'giu'),
};

/** The language with the most common words in the text; English on a tie. */
export function detectLanguage(text: string): Lang {
  let best: Lang = 'en';
  let bestCount = text.match(LANG_WORDS.en)?.length ?? 0;
  for (const lang of ['fr', 'de', 'es'] as const) {
    const count = text.match(LANG_WORDS[lang])?.length ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
