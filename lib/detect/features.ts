/**
 * What the classifier sees of an email: hashed word and word-pair features from the
 * subject and from each sentence of the new text, what kind of sender wrote it, the shape
 * of the message (subject only, times, links, lists), and the concepts (rules.ts) its words
 * belong to, so a synonym never seen in training still counts. Every feature remembers
 * where it came from (the subject, a sentence, the sender) so a verdict can quote the words
 * that carried it.
 *
 * Pure and fast: one pass over at most MAX_TEXT characters; per sentence only the
 * tokenizer and one guard pattern run.
 */
import type { Email } from './email';
import {
  conceptOf,
  conditional,
  DECISION_SHAPES,
  jobContext,
  negatedOffer,
  deniedRejection,
  hiringSide,
  notAJobInterview,
  PHRASES,
} from './rules';
import { atsSender } from './senders';
import { senderOf, splitReply, stripNoise } from './text';

/** Feature space size: hashed features land in one of 2^BITS buckets. */
export const HASH_BITS = 16;
const MASK = (1 << HASH_BITS) - 1;

/** How much of the new text is read: the decision in job mail comes early. */
const MAX_TEXT = 6000;
/** Sentences longer than this are cut for matching (pasted documents, job lists). */
const MAX_SENTENCE = 400;

/** Where a feature came from: -3 the message's shape, -2 sender, -1 subject, ≥ 0 a sentence's index. */
export type Source = number;
export const SHAPE: Source = -3;
export const FROM: Source = -2;
export const SUBJECT: Source = -1;

export interface Features {
  /** Bucket of each feature (may repeat). */
  buckets: Int32Array;
  /** Where each feature came from. */
  sources: Int16Array;
  /** How much each feature counts: word features share one unit per email, signals count 1. */
  values: Float32Array;
  /** How many entries of buckets/sources are used. */
  size: number;
  /** The new text's sentences, as written, for quoting. */
  sentences: string[];
  /** The subject without reply and forward prefixes, as written. */
  subject: string;
  /** The sender's address, for a sender signal's quote. */
  sender: string | null;
  /** Guards the decision applies after the model (rules.ts). */
  guards: Guards;
  /** Labels with a known phrase (rules.ts PHRASES) in the subject or a statement. */
  phrases: ReadonlySet<string>;
}

export interface Guards {
  /** No word about work anywhere. */
  noJobContext: boolean;
  /** A sentence that names a media, research or school interview. */
  notAJobInterview: string | null;
  /** A sentence where an offer word means its opposite ("won't be extending an offer"). */
  negatedOffer: boolean;
  /** A sentence that says the application goes on ("this is not a rejection"). */
  deniedRejection: boolean;
  /** Mail to the hiring side: an offer to approve, a referral's news, a scorecard. */
  hiringSide: boolean;
}

/** FNV-1a over a string, folded into the feature space. */
export function bucketOf(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 16)) & MASK;
}

const APOSTROPHE = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DASH = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;
const NEEDS_FOLDING = /[\u2010-\u2015\u2212\u2018\u2019\u201A\u201B\u2032\u00B4`]/;
const CONDITIONAL_WORD = /\b(?:if|should|case|event|unless|whether|si|sí|falls|wenn|sollten)\b/;
const REPLY_PREFIX = /^(?:\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+/i;
const SENTENCE_END = /(?<=[.!?])\s+(?=[^a-z])|\n+/;
const TIME = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2} ?uhr\b/i;
const TIMES = new RegExp(TIME.source, 'gi');
const DATE_NUMERIC = /\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b/;
const MEETING = /\b(?:zoom\.us|meet\.google|teams\.microsoft|webex|whereby|bluejeans)\b/i;
const URL = /https?:\/\/\S+/g;
const BULLET = /^[ \t]*(?:[-*•·]|\d+[.)])[ \t]+\S/gm;
const NO_REPLY = /^(?:no-?reply|do-?not-?reply|noreply|notifications?|mailer|bounces?|automated)\b/i;
const SHARED =
  /^(?:jobs|careers?|talent|recruit\w*|hiring|hr|rh|rrhh|people|team|hello|info|support|bewerbung\w*|karriere|empleo|talento|recrutement|emploi)\b/i;
const TEAM_WORDS =
  /\b(?:talent|recruit\w*|careers?|hiring|people|hr|team|jobs|acquisition|staffing|via|notifications?)\b/g;
const TEAM_NAME =
  /\b(?:talent|recruit\w*|careers?|hiring|people|hr|team|jobs|acquisition|staffing|via|notifications?)\b/i;

/** Letters (any script), digits and apostrophes make words; punctuation and spaces part them. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 39;
  return (
    c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && c !== 0xa0 && !(c >= 0x3000 && c <= 0x303f)
  );
}

/** Hash of a word as `words()` computes it: FNV-1a, a run of digits counting as one "0". */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  let lastDigit = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && lastDigit) continue;
    lastDigit = digit;
    h = Math.imul(h ^ (digit ? 48 : c), 0x01000193);
  }
  return h >>> 0;
}

/** Combine two hashes (a murmur-style finaliser over their mix). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ b, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return h >>> 0;
}

const conceptHashes: ReadonlyMap<number, number> = new Map(
  [...conceptOf].map(([word, concept]) => [wordHash(word), wordHash(`concept:${concept}`)]),
);

const PHRASE_SEED = wordHash('phrase');

/** Pairs of concepts (as hashed above) that say a label together, rules.ts DECISION_SHAPES. */
const decisionShapes = Object.entries(DECISION_SHAPES).flatMap(([label, pairs]) =>
  pairs.map(([a, b]) => ({
    label: `label:${label}`,
    a: wordHash(`concept:${a}`),
    b: wordHash(`concept:${b}`),
  })),
);

/** Hash of each known phrase's words in order → its label (rules.ts PHRASES). */
const phraseLabels: ReadonlyMap<number, string> = new Map(
  Object.entries(PHRASES).flatMap(([label, list]) =>
    list.split('|').map((phrase) => {
      const words = phrase.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
      const key = words.reduce((chain, w) => mix(chain, wordHash(w)), PHRASE_SEED);
      return [key, `label:${label}`] as const;
    }),
  ),
);

/** Every proper beginning of a known phrase, so a scan follows only phrases under way. */
const phrasePrefixes: ReadonlySet<number> = new Set(
  Object.values(PHRASES).flatMap((list) =>
    list.split('|').flatMap((phrase) => {
      const words = phrase.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
      const chains: number[] = [];
      let chain = PHRASE_SEED;
      for (const w of words.slice(0, -1)) chains.push((chain = mix(chain, wordHash(w))));
      return chains;
    }),
  ),
);
/** Phrases under way while scanning (at most eight at once), reused between calls. */
const underWay = new Uint32Array(8);
const underWayNext = new Uint32Array(8);

const seedCache = new Map<
  string,
  { word: number; pair: number; concept: number; general: number; together: number; phrase: number }
>();
/**
 * Seeds per kind of text: words and pairs are the subject's or the body's own, while
 * concepts and known phrases are shared between subject and body ("interview confirmed"
 * means the same in both); a conditional sentence keeps all of its own.
 */
function seedsOf(prefix: string) {
  let seeds = seedCache.get(prefix);
  if (!seeds) {
    const shared = prefix === 'c' ? 'c' : 'sb';
    seeds = {
      word: wordHash(`${prefix}:word`),
      pair: wordHash(`${prefix}:pair`),
      concept: wordHash(`${shared}:concept`),
      general: wordHash(`${shared}:general`),
      together: wordHash(`${shared}:together`),
      phrase: wordHash(`${shared}:phrase`),
    };
    seedCache.set(prefix, seeds);
  }
  return seeds;
}

/** Read an email into features. */
export function featuresOf(email: Email): Features {
  const out = builder.reset();
  const subject = email.subject.replace(REPLY_PREFIX, '').trim();
  const { fresh, quoted } = splitReply(
    email.body.length > MAX_TEXT * 3 ? email.body.slice(0, MAX_TEXT * 3) : email.body,
  );
  const text = stripNoise(fresh.slice(0, MAX_TEXT));
  const sentences = text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);

  // Sender.
  const sender = senderOf(email.from);
  const known = atsSender(sender.address);
  out.add(`k:${known?.kind ?? 'none'}`, FROM);
  const local = sender.address?.split('@')[0] ?? '';
  out.add(NO_REPLY.test(local) ? 'm:noreply' : SHARED.test(local) ? 'm:shared' : 'm:person', FROM);
  if (sender.name && TEAM_NAME.test(sender.name)) {
    for (const word of lowered(sender.name).match(TEAM_WORDS) ?? []) out.add(`n:${word}`, FROM);
  }
  if (/\bvia\b/i.test(sender.name ?? '')) out.add('n:via', FROM);

  // Subject: words and pairs, and its shape.
  const normalSubject = lowered(subject);
  out.words(normalSubject, 's', SUBJECT);
  if (/^(?:re|aw|sv)\s*:/i.test(email.subject)) out.add('x:reply', SUBJECT);
  if (/^(?:fwd?|wg|tr)\s*:/i.test(email.subject)) out.add('x:forward', SUBJECT);
  if (TIME.test(subject)) out.add('x:subject-time', SUBJECT);

  // Body: each sentence's words; sentences that only say what would happen are kept apart.
  const normals: string[] = [];
  for (let i = 0; i < sentences.length && i < 2000; i++) {
    const sentence = sentences[i]!;
    const normal = lowered(sentence.length > MAX_SENTENCE ? sentence.slice(0, MAX_SENTENCE) : sentence);
    normals.push(normal);
    const words = normal.includes('http') ? normal.replace(URL, ' url ') : normal;
    out.words(words, mayBeConditional(normal) && conditional.test(normal) ? 'c' : 'b', i);
  }
  const normalBody = normals.join('\n');

  // Shape.
  const length = text.length;
  out.add(length < 40 ? 'x:no-body' : `x:len${Math.min(6, Math.floor(Math.log2(length / 40)))}`, SHAPE);
  if (quoted.length > 0) out.add('x:quotes', SHAPE);
  // One clock time reads as fixed; several read as slots to choose from.
  const times = text.match(TIMES)?.length ?? 0;
  if (times > 0) out.add(`x:times${Math.min(times, 3)}`, firstMatching(sentences, TIME));
  if (DATE_NUMERIC.test(text)) out.add('x:numeric-date', firstMatching(sentences, DATE_NUMERIC));
  if (MEETING.test(text)) out.add('x:meeting-link', firstMatching(sentences, MEETING));
  const links = (text.match(URL) ?? []).length;
  if (links > 0) out.add(`x:links${Math.min(links, 6)}`, SHAPE);
  const bullets = (text.match(BULLET) ?? []).length;
  if (bullets >= 3) out.add('x:list', SHAPE);
  if (text.includes('?')) out.add('x:question', firstMatching(sentences, /\?/));

  const all = `${normalSubject}\n${normalBody}`;
  const guards: Guards = {
    noJobContext: !jobContext.test(all),
    notAJobInterview: notAJobInterview([normalSubject, ...normals]),
    // Cheap test first: the pattern needs one of these words.
    negatedOffer: /offer|extend|make/.test(normalBody) && negatedOffer.test(normalBody),
    deniedRejection: deniedRejection.test(normalBody),
    hiringSide: hiringSide.test(all),
  };
  if (guards.noJobContext) out.add('g:no-job-words', SHAPE);
  if (guards.notAJobInterview) out.add('g:not-a-job-interview', SHAPE);
  if (guards.negatedOffer) out.add('g:negated-offer', SHAPE);
  if (guards.deniedRejection) out.add('g:denied-rejection', SHAPE);
  if (guards.hiringSide) out.add('g:hiring-side', SHAPE);
  out.add('bias', SHAPE);

  return { ...out.done(), sentences, subject, sender: sender.address, guards, phrases: out.phrases };
}

/** Lower case, one kind of apostrophe and dash, one space between words (what the guards expect). */
function lowered(text: string): string {
  let lower = text.toLowerCase();
  if (NEEDS_FOLDING.test(lower)) lower = lower.replace(APOSTROPHE, "'").replace(DASH, '-');
  if (lower.includes('  ') || lower.includes('\t')) lower = lower.replace(SPACES, ' ');
  return lower;
}

/** The words a conditional sentence opens with, as a cheap test before the guard pattern. */
function mayBeConditional(sentence: string): boolean {
  return CONDITIONAL_WORD.test(sentence);
}

function firstMatching(sentences: string[], pattern: RegExp): Source {
  const i = sentences.findIndex((s) => pattern.test(s));
  return i < 0 ? SHAPE : i;
}

/**
 * Collects one email's features in scratch arrays kept between calls (one email at a time:
 * JavaScript runs one call at a time here); `done()` copies out what the email used.
 */
class Builder {
  private buckets = new Int32Array(1024);
  private sources = new Int16Array(1024);
  private isWord = new Uint8Array(1024);
  private size = 0;
  private wordCount = 0;
  /** Labels whose known phrases stand in the subject or a statement (not a conditional). */
  phrases = new Set<string>();

  reset(): this {
    this.size = 0;
    this.wordCount = 0;
    this.phrases = new Set<string>();
    return this;
  }

  add(feature: string, source: Source, word = false): void {
    if (this.size === this.buckets.length) this.grow();
    this.buckets[this.size] = bucketOf(feature);
    this.sources[this.size] = source;
    this.isWord[this.size] = word ? 1 : 0;
    if (word) this.wordCount++;
    this.size++;
  }

  private grow(): void {
    const buckets = new Int32Array(this.size * 2);
    buckets.set(this.buckets);
    this.buckets = buckets;
    const sources = new Int16Array(this.size * 2);
    sources.set(this.sources);
    this.sources = sources;
    const isWord = new Uint8Array(this.size * 2);
    isWord.set(this.isWord);
    this.isWord = isWord;
  }

  /**
   * Every word and every pair of neighbouring words, numbers folded to one digit; and for
   * words with a concept, the concept and the pair with the concept in the word's place.
   * Words are hashed as they are scanned (no strings built): this is the hot loop.
   */
  words(text: string, prefix: string, source: Source): void {
    const seeds = seedsOf(prefix);
    const concepts: number[] = [];
    let previous = 0;
    let open = 0;
    let previousGeneral = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
      while (i < n && !isWordChar(text.charCodeAt(i))) i++;
      if (i >= n) break;
      let h = 0x811c9dc5;
      let length = 0;
      let lastDigit = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (!isWordChar(c)) break;
        i++;
        length++;
        const digit = c >= 48 && c <= 57;
        if (digit && lastDigit) continue;
        lastDigit = digit;
        h = Math.imul(h ^ (digit ? 48 : c), 0x01000193);
      }
      if (length > 30) continue;
      const word = h >>> 0;
      // Known phrases ending here: extend the phrases under way (a word-level trie).
      let next = 0;
      for (let a = -1; a < open; a++) {
        const chain = mix(a < 0 ? PHRASE_SEED : underWay[a]!, word);
        const label = phraseLabels.get(chain);
        if (label !== undefined) this.phrase(label, seeds.phrase, source, prefix);
        if (phrasePrefixes.has(chain) && next < underWayNext.length) underWayNext[next++] = chain;
      }
      underWay.set(underWayNext.subarray(0, next));
      open = next;
      const concept = conceptHashes.get(word);
      this.push(mix(seeds.word, word), source);
      if (previous) this.push(mix(mix(seeds.pair, previous), word), source);
      if (concept !== undefined) {
        this.push(mix(seeds.concept, concept), source);
        if (!concepts.includes(concept)) concepts.push(concept);
      }
      const general = concept ?? word;
      if (previous && (concept !== undefined || previousGeneral !== previous)) {
        this.push(mix(mix(seeds.general, previousGeneral), general), source);
      }
      previous = word;
      previousGeneral = general;
    }
    // Concepts met together in one sentence ("unfortunately … other candidates"), in any
    // order and at any distance: the shape of a decision whatever its exact words.
    if (concepts.length > 1) {
      for (const shape of decisionShapes) {
        if (concepts.includes(shape.a) && concepts.includes(shape.b))
          this.phrase(shape.label, seeds.phrase, source, prefix);
      }
    }
    concepts.sort((a, b) => a - b);
    for (let a = 0; a < concepts.length && a < 12; a++) {
      for (let b = a + 1; b < concepts.length && b < 12; b++) {
        this.push(mix(mix(seeds.together, concepts[a]!), concepts[b]!), source);
      }
    }
  }

  private phrase(label: string, seed: number, source: Source, prefix: string): void {
    this.push(mix(seed, wordHash(label)), source, false);
    if (prefix !== 'c') this.phrases.add(label);
  }

  private push(hash: number, source: Source, word = true): void {
    if (this.size === this.buckets.length) this.grow();
    this.buckets[this.size] = (hash ^ (hash >>> 16)) & MASK;
    this.sources[this.size] = source;
    this.isWord[this.size] = word ? 1 : 0;
    if (word) this.wordCount++;
    this.size++;
  }

  /**
   * Word features share one unit of length (1/√n each), so a long email does not shout
   * louder than a short one; sender, shape and phrase-family signals count 1 each.
   */
  done(): Pick<Features, 'buckets' | 'sources' | 'values' | 'size'> {
    const values = new Float32Array(this.size);
    const word = 1 / Math.sqrt(Math.max(1, this.wordCount));
    for (let i = 0; i < this.size; i++) values[i] = this.isWord[i] ? word : 1;
    return {
      buckets: this.buckets.slice(0, this.size),
      sources: this.sources.slice(0, this.size),
      values,
      size: this.size,
    };
  }
}

const builder = new Builder();
