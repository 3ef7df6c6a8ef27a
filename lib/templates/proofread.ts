/**
 * The proofreading pass a draft goes through before it is sent (PLAYBOOK, "Templates"):
 * unfilled gaps, a repeated word, a line of prose that just stops, a greeting to the wrong
 * person, another opportunity's company, a message over the channel's length limit, a
 * thank-you without the one specific thing the person said, and a thank-you paragraph that
 * is the same as in another thank-you to the same company.
 *
 * Pure: plain text in, flags out. Positions are UTF-16 offsets into `text` (or `subject`,
 * as `field` says), so `value.slice(start, end)` is the part a flag points at.
 */
import type { TaskKind } from '../model';
import type { Gap } from './render';

import type { DraftChannel } from '../model';

export type { DraftChannel };

export interface Draft {
  /** The body the user will send (plain text). */
  text: string;
  /** Email subject, checked too; flags on it say `field: 'subject'`. */
  subject?: string | null;
  channel: DraftChannel;
  kind: TaskKind;
  recipient: { name: string; firstName: string } | null;
  /** The opportunity's company. */
  company: string;
  /** Companies of the user's other opportunities (to catch a pasted wrong name). */
  otherCompanies?: string[];
  /** Names of other people the user tracks (to catch a greeting to the wrong person). */
  otherPeople?: string[];
  /** The specific thing this person said (required for thank-yous, PLAYBOOK R2). */
  specificDetail?: string | null;
  /** Unfilled placeholders from render. */
  gaps?: Gap[];
  /**
   * A thank-you only: the user's other thank-yous to the same company, already sent or
   * still drafts. A paragraph of this one that is also in one of them is flagged
   * (`shared_paragraph`). Notes to this draft's own recipient are not compared.
   */
  otherNotes?: OtherNote[];
}

/** Another thank-you to the same company: who it is to (their name) and its text. */
export interface OtherNote {
  to: string;
  text: string;
}

export type FlagCode =
  | 'gap'
  | 'doubled_word'
  | 'no_end_punctuation'
  | 'wrong_greeting'
  | 'wrong_company'
  | 'too_long'
  | 'missing_specific'
  | 'shared_paragraph';

export interface Flag {
  code: FlagCode;
  field: 'text' | 'subject';
  /** Character range the flag points at. */
  start: number;
  end: number;
  /** Says where and why, in plain words. */
  message: string;
}

/** Length limits per channel, in characters (UTF-16 units, as a text box counts them). */
export const CHANNEL_LIMITS: Readonly<Partial<Record<DraftChannel, number>>> = {
  linkedin_note: 300, // LinkedIn's connection-note limit
  linkedin: 8000,
  voicemail: 450, // about 30 seconds spoken
  letter: 600, // what fits in a handwritten card
};

const CHANNEL_NAMES: Readonly<Record<DraftChannel, string>> = {
  email: 'an email',
  letter: 'a handwritten card',
  phone: 'a phone script',
  voicemail: 'a voicemail',
  linkedin: 'a LinkedIn message',
  linkedin_note: 'a LinkedIn connection note',
};

export function proofread(draft: Draft): Flag[] {
  const d = sane(draft);
  const flags: Flag[] = [];
  const textGaps = findGaps(d.text, d.gaps, d.channel, 'text');
  flags.push(...textGaps.map((g) => g.flag));
  flags.push(...doubledWords(d.text, 'text'));
  if (d.channel !== 'phone') flags.push(...unpunctuatedLines(d.text));
  flags.push(...wrongGreeting(d));
  flags.push(...wrongCompany(d.text, 'text', d.company, d.otherCompanies));
  flags.push(...tooLong(d.text, d.channel));
  if (d.kind === 'thank_you') flags.push(...missingSpecific(d, textGaps));
  if (d.kind === 'thank_you') flags.push(...sharedParagraphs(d));

  if (d.subject.trim() !== '') {
    flags.push(...findGaps(d.subject, [], d.channel, 'subject').map((g) => g.flag));
    flags.push(...doubledWords(d.subject, 'subject'));
    flags.push(...wrongCompany(d.subject, 'subject', d.company, d.otherCompanies));
  }

  const fieldOrder = { subject: 0, text: 1 } as const;
  return flags.sort(
    (a, b) =>
      fieldOrder[a.field] - fieldOrder[b.field] ||
      a.start - b.start ||
      a.end - b.end ||
      a.code.localeCompare(b.code),
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Input hygiene: never throw on odd input.                                                   */

interface SaneDraft {
  text: string;
  subject: string;
  channel: DraftChannel;
  kind: string;
  recipient: { name: string; firstName: string } | null;
  company: string;
  otherCompanies: string[];
  otherPeople: string[];
  specificDetail: string;
  gaps: Gap[];
  otherNotes: OtherNote[];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];
}

function sane(draft: Draft): SaneDraft {
  const raw = (draft ?? {}) as Partial<Draft>;
  const recipient =
    raw.recipient && typeof raw.recipient === 'object'
      ? { name: str(raw.recipient.name), firstName: str(raw.recipient.firstName) }
      : null;
  const gaps = Array.isArray(raw.gaps)
    ? raw.gaps.filter(
        (g): g is Gap => !!g && typeof g === 'object' && Number.isFinite(g.start) && Number.isFinite(g.end),
      )
    : [];
  return {
    text: str(raw.text),
    subject: str(raw.subject),
    channel: raw.channel && raw.channel in CHANNEL_NAMES ? raw.channel : 'email',
    kind: str(raw.kind),
    recipient: recipient && (recipient.name.trim() || recipient.firstName.trim()) ? recipient : null,
    company: str(raw.company),
    otherCompanies: strings(raw.otherCompanies),
    otherPeople: strings(raw.otherPeople),
    specificDetail: str(raw.specificDetail),
    gaps,
    otherNotes: Array.isArray(raw.otherNotes)
      ? raw.otherNotes
          .filter((n): n is OtherNote => !!n && typeof n === 'object')
          .map((n) => ({ to: str(n.to), text: str(n.text) }))
          .filter((n) => n.text.trim() !== '')
      : [],
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Text helpers.                                                                              */

interface Line {
  text: string;
  start: number;
  /** 1-based, for messages. */
  number: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let number = 1;
  for (const part of text.split('\n')) {
    out.push({ text: part.replace(/\r$/, ''), start, number });
    start += part.length + 1;
    number += 1;
  }
  return out;
}

/** Where each line starts in the last text asked about (many flags on one long text). */
let lineStarts: { text: string; starts: number[] } = { text: '', starts: [0] };

function lineNumberAt(text: string, index: number): number {
  if (lineStarts.text !== text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    lineStarts = { text, starts };
  }
  const { starts } = lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function where(field: 'text' | 'subject', text: string, index: number): string {
  return field === 'subject' ? 'in the subject' : `on line ${lineNumberAt(text, index)}`;
}

function quote(s: string, max = 40): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `…${t.slice(t.length - max).trimStart()}` : t;
}

/** Lower case, accents off, curly apostrophes straight: one character in, one out. */
function foldChar(ch: string): string {
  if (ch.length === 1 && ch.charCodeAt(0) < 128) return ch.toLowerCase();
  if (ch === '’' || ch === '‘') return "'";
  const plain = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (plain.length === ch.length) return plain;
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

function foldName(s: string): string {
  return [...s].map(foldChar).join('').replace(/\s+/g, ' ').trim();
}

interface Folded {
  s: string;
  /** For each folded character, where it starts and ends in the original. */
  from: number[];
  to: number[];
}

/** Folds text for matching, collapsing whitespace runs, and remembers where each piece came from. */
function fold(text: string): Folded {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  let lastWasSpace = false;
  for (const ch of text) {
    const at = i;
    i += ch.length;
    if (ch === ' ' || ch === '\n' || /\s/.test(ch)) {
      if (lastWasSpace) {
        to[to.length - 1] = i;
        continue;
      }
      lastWasSpace = true;
      out.push(' ');
      from.push(at);
      to.push(i);
      continue;
    }
    lastWasSpace = false;
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      out.push(f[k]!);
      from.push(at);
      to.push(i);
    }
  }
  return { s: out.join(''), from, to };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whole-word occurrences of `needle` in `text`, accent- and case-insensitive, as original ranges. */
function findWhole(folded: Folded, needle: string): Array<[number, number]> {
  const n = fold(needle).s.trim();
  const out: Array<[number, number]> = [];
  if (!n) return out;
  let at = folded.s.indexOf(n);
  while (at >= 0) {
    const before = at > 0 ? folded.s[at - 1] : '';
    const after = folded.s[at + n.length] ?? '';
    const startsWord = WORD_CHAR.test(n[0] ?? '');
    const endsWord = WORD_CHAR.test(n[n.length - 1] ?? '');
    const okBefore = !startsWord || !before || !WORD_CHAR.test(before);
    const okAfter = !endsWord || !after || !WORD_CHAR.test(after);
    if (okBefore && okAfter) out.push([folded.from[at]!, folded.to[at + n.length - 1]!]);
    at = folded.s.indexOf(n, at + 1);
  }
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* gap                                                                                        */

interface FoundGap {
  name: string;
  label: string;
  start: number;
  end: number;
  flag: Flag;
}

/** Bracketed words in a spoken script that tell the speaker what to do, not what to fill in. */
const STAGE_DIRECTION =
  /^\s*(pause|short pause|beat|smile|wait|breathe|slowly|slow down|spell|repeat|if\b|when\b|then\b|after\b|before\b|only if|optional|leave\b|say\b|mention\b|speak|hang up|listen|let them)/i;

function gapFlag(label: string, field: 'text' | 'subject', value: string, start: number, end: number): Flag {
  return {
    code: 'gap',
    field,
    start,
    end,
    message: `Fill in “${label}” before sending: it is still a placeholder ${where(field, value, start)}.`,
  };
}

function findGaps(value: string, gaps: Gap[], channel: DraftChannel, field: 'text' | 'subject'): FoundGap[] {
  const found: FoundGap[] = [];
  const taken: Array<[number, number]> = [];
  for (const gap of gaps) {
    const label =
      str(gap.label).trim() ||
      str(gap.name)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
    const expected = `[${str(gap.label)}]`;
    let start = Math.max(0, Math.min(value.length, Math.trunc(Math.min(gap.start, gap.end))));
    let end = Math.max(start, Math.min(value.length, Math.trunc(Math.max(gap.start, gap.end))));
    // Positions come from the rendered text; if the user has edited since, find the gap again,
    // and if it is no longer there it has been filled.
    if (str(gap.label) && value.slice(start, end) !== expected) {
      const moved = nearestIndexOf(value, expected, start);
      if (moved < 0) continue;
      start = moved;
      end = moved + expected.length;
    }
    if (taken.some(([s, e]) => s === start && e === end)) continue;
    taken.push([start, end]);
    found.push({ name: str(gap.name), label, start, end, flag: gapFlag(label, field, value, start, end) });
  }
  const bracket = /\[([^[\]\n]{1,200})\]/g;
  for (const m of value.matchAll(bracket)) {
    const start = m.index;
    const end = start + m[0].length;
    const inner = (m[1] ?? '').trim();
    if (!inner || /^\d+$/.test(inner) || /^x$/i.test(inner)) continue; // footnote, checkbox
    if (value[end] === '(') continue; // a [link](url)
    if ((channel === 'phone' || channel === 'voicemail') && STAGE_DIRECTION.test(inner)) continue;
    if (taken.some(([s, e]) => start < e && s < end)) continue; // from render, already flagged
    found.push({ name: '', label: inner, start, end, flag: gapFlag(inner, field, value, start, end) });
  }
  return found;
}

function nearestIndexOf(value: string, needle: string, near: number): number {
  let best = -1;
  let at = value.indexOf(needle);
  while (at >= 0) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    at = value.indexOf(needle, at + 1);
  }
  return best;
}

/* ------------------------------------------------------------------------------------------ */
/* doubled_word                                                                               */

/** Pairs that are often meant ("we had had", "that that", "what it is is"). */
const DELIBERATE_PAIRS = new Set(['had', 'that', 'is', 'do', 'bye', 'ha', 'very', 'so', 'no']);

function doubledWords(value: string, field: 'text' | 'subject'): Flag[] {
  const flags: Flag[] = [];
  const word = /\p{L}[\p{L}\p{M}'’-]*/gu;
  let prev: { w: string; raw: string; start: number; end: number } | null = null;
  for (const m of value.matchAll(word)) {
    const raw = m[0].replace(/[-'’]+$/, '');
    const cur = { w: foldName(raw), raw, start: m.index, end: m.index + raw.length };
    if (prev && prev.w === cur.w && !DELIBERATE_PAIRS.has(cur.w)) {
      const between = value.slice(prev.end, cur.start);
      const sameSentence =
        /^[ \t\u00a0]+$/.test(between) ||
        // A wrapped line carries on the sentence; a new capitalised line starts another.
        (/^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/.test(between) && cur.raw[0] !== cur.raw[0]!.toUpperCase());
      if (sameSentence) {
        flags.push({
          code: 'doubled_word',
          field,
          start: prev.start,
          end: cur.end,
          message: `“${prev.raw}” appears twice in a row ${where(field, value, prev.start)}; remove one.`,
        });
        prev = null; // "the the the" is one slip, flagged once
        continue;
      }
    }
    prev = cur;
  }
  return flags;
}

/* ------------------------------------------------------------------------------------------ */
/* no_end_punctuation                                                                         */

const GREETING_WORDS =
  'hi|hiya|hello|hey|dear|greetings|good morning|good afternoon|good evening|good day|hola|buenos días|buenos dias|buenas tardes|querida|querido|estimada|estimado|bonjour|bonsoir|salut|chère|chere|cher|hallo|liebe|lieber|guten tag|sehr geehrte|sehr geehrter|ciao|olá|ola|oi';
const TITLES =
  'mr|mrs|ms|mx|miss|dr|prof|professor|herr|frau|señor|señora|senor|senora|sr|sra|srta|monsieur|madame|mme|mlle|m';
const GREETING = new RegExp(
  `^(\\s*(?:${GREETING_WORDS})(?![\\p{L}\\p{M}]),?[ \\t\\u00a0]*(?:(?:${TITLES})\\.?[ \\t\\u00a0]+)?)` +
    `([\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*(?:[ \\t\\u00a0][\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*){0,3})?` +
    `(.*)$`,
  'iu',
);

const SIGN_OFF =
  /^\s*(best|best wishes|best regards|kind regards|kindest regards|regards|warm regards|warmest regards|warmly|warm wishes|thanks|thanks again|thanks so much|thank you|thank you again|many thanks|cheers|sincerely|yours|yours sincerely|yours truly|sincerely yours|all the best|with thanks|with gratitude|gratefully|with appreciation|talk soon|speak soon|take care|respectfully|cordially|saludos|un saludo|atentamente|cordialement|bien à vous|amitiés|viele grüße|liebe grüße|beste grüße|mit freundlichen grüßen|mfg|grazie)\s*[,.!—–-]?\s*$/i;

const BULLET = /^\s*([-*•–—·▪◦>]|\d{1,3}[.)]|[a-z][.)])\s/i;
const URL_END = /(https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|\S+\.(com|org|net|io|dev|co|ai)(\/\S*)?)$/i;
const HEADER = /^\s*(subject|re|fwd?|to|cc|bcc|from|p\.?s)\s*:/i;
const END_OK = /[.!?…:‽]$/;
/** Closing quotes, brackets and emoji may follow the punctuation ("…great!" 🙂). */
const TRAILING = /(?:[\s"'”’»)\]}*_\p{Extended_Pictographic}\p{Emoji_Modifier}:;,-]|\u200d|\ufe0f|\u20e3)*$/u;
const TRAILING_NO_COLON =
  /(?:[\s"'”’»)\]}*_\p{Extended_Pictographic}\p{Emoji_Modifier}]|\u200d|\ufe0f|\u20e3)*$/u;

function isGreetingLine(text: string): boolean {
  const m = GREETING.exec(text);
  if (!m) return false;
  // Only the salutation on its own ("Hi Amy," "Dear hiring team"), not "Hi Amy, thanks for…"
  return /^[\s,!:;.—–-]*$/.test(m[3] ?? '') || (!m[2] && text.trim().split(/\s+/).length <= 4);
}

function looksLikeSignature(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\p{N}(@+]/u.test(w) || /^[|&–—-]$/.test(w));
}

function unpunctuatedLines(text: string): Flag[] {
  const flags: Flag[] = [];
  const all = lines(text);
  const lastProse = [...all].reverse().find((l) => l.text.trim() !== '');
  let greetingSeen = false;
  for (const [i, line] of all.entries()) {
    const t = line.text;
    const trimmed = t.trim();
    if (!trimmed) continue;
    if (!greetingSeen) {
      greetingSeen = true;
      if (isGreetingLine(t)) continue;
    }
    if (SIGN_OFF.test(t)) break; // the sign-off, then the name and signature
    if (BULLET.test(t) || HEADER.test(t)) continue;
    if (/^[[(].*[\])]$/.test(trimmed)) continue; // a stage direction or a gap on its own line
    if (/\]$/.test(trimmed)) continue; // ends with a gap: the gap is flagged already
    if (URL_END.test(trimmed.replace(TRAILING_NO_COLON, ''))) continue;
    if (line === lastProse && looksLikeSignature(t)) continue;
    const body = trimmed.replace(TRAILING_NO_COLON, '');
    if (!body || !/[\p{L}\p{N}]/u.test(body)) continue; // emoji or symbols only
    if (END_OK.test(body)) continue;
    // A hard-wrapped sentence carries on in lower case on the next line.
    if (/^\s*[\p{Ll}\p{N}(“"'‘]/u.test(all[i + 1]?.text ?? '')) continue;
    const core = trimmed.replace(TRAILING, '');
    const lastWord = /\S+$/.exec(core);
    const endIdx = line.start + t.indexOf(trimmed) + core.length;
    const startIdx = lastWord ? endIdx - lastWord[0].length : endIdx;
    flags.push({
      code: 'no_end_punctuation',
      field: 'text',
      start: startIdx,
      end: Math.max(endIdx, startIdx),
      message: `Line ${line.number} stops without punctuation (“${quote(core)}”); end it with a full stop, question mark or exclamation mark.`,
    });
  }
  return flags;
}

/* ------------------------------------------------------------------------------------------ */
/* wrong_greeting                                                                             */

/** Greetings that name no one in particular. */
const NOT_A_NAME = new Set([
  'there',
  'team',
  'all',
  'everyone',
  'everybody',
  'folks',
  'friend',
  'friends',
  'again',
  'you',
  'sir',
  'madam',
  'sir or madam',
  'sirs',
  'colleague',
  'colleagues',
  'hiring manager',
  'hiring team',
  'recruiting team',
  'recruitment team',
  'talent team',
  'people team',
  'interview panel',
  'panel',
  "y'all",
  'todos',
  'todas',
  'a todos',
  'tous',
  'à tous',
  'a tous',
  'zusammen',
  'alle',
  'und',
]);

/** Lower-case words inside a name ("de la Cruz", "van Dijk"). */
const PARTICLES = new Set([
  'de',
  'del',
  'de la',
  'la',
  'le',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ten',
  'ter',
  'bin',
  'al',
  'y',
  'e',
]);

function tokens(name: string): string[] {
  return foldName(name).replace(/[.,]/g, ' ').split(/[\s]+/).filter(Boolean);
}

/** Does the greeting name fit this person? Every word must belong to the person's name. */
function fits(greeted: string[], name: string[]): boolean {
  if (!greeted.length || !name.length) return false;
  return greeted.every((g) => name.includes(g) || (g.length === 1 && name.some((n) => n.startsWith(g))));
}

function wrongGreeting(d: SaneDraft): Flag[] {
  const first = lines(d.text).find((l) => l.text.trim() !== '');
  if (!first) return [];
  const m = GREETING.exec(first.text);
  if (!m || !m[2]) return [];
  // The name is the first word and the capitalised words (or particles) after it:
  // "Hi Amy thanks for…" greets Amy; "Dear Ana de la Cruz" greets all of her.
  let nameEnd = 0;
  let index = 0;
  for (const w of m[2].matchAll(/\S+/g)) {
    const isFirst = index++ === 0;
    if (!isFirst && !/^\p{Lu}/u.test(w[0]) && !PARTICLES.has(foldName(w[0]))) break;
    if (isFirst || !PARTICLES.has(foldName(w[0]))) nameEnd = w.index + w[0].length;
  }
  const rawName = m[2].slice(0, nameEnd).replace(/[.'’-]+$/, '');
  if (!rawName) return [];
  const folded = foldName(rawName.replace(/\.$/, ''));
  const words = folded.split(' ');
  if (NOT_A_NAME.has(folded) || NOT_A_NAME.has(words[words.length - 1]!) || NOT_A_NAME.has(words[0]!)) {
    return [];
  }
  if (d.company && tokens(d.company).includes(words[0]!)) return []; // "Hi Acme team"
  const greeted = tokens(rawName);
  const start = first.start + m[1]!.length;
  const end = start + rawName.length;

  const recipientTokens = d.recipient
    ? [...new Set([...tokens(d.recipient.name), ...tokens(d.recipient.firstName)])]
    : [];
  if (d.recipient && fits(greeted, recipientTokens)) return [];
  const other = d.otherPeople.find((p) => fits(greeted, tokens(p)));
  if (!d.recipient && !other) return [];

  const recipientName = d.recipient ? d.recipient.name.trim() || d.recipient.firstName.trim() : '';
  const message = other
    ? d.recipient
      ? `The greeting on line ${first.number} names “${rawName}”, which looks like ${other.trim()}, but this message is for ${recipientName}.`
      : `The greeting on line ${first.number} names “${rawName}”, which looks like ${other.trim()}; check this message is going to the right person.`
    : `The greeting on line ${first.number} names “${rawName}”, but this message is for ${recipientName}.`;
  return [{ code: 'wrong_greeting', field: 'text', start, end, message }];
}

/* ------------------------------------------------------------------------------------------ */
/* wrong_company                                                                              */

/** Is [start, end) inside one of these mentions (sorted by start, as findWhole returns them)? */
function insideOwn(own: Array<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = own.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (own[mid]![0] <= start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Mentions of one name never nest, so only the last one starting before can contain it.
  return best >= 0 && end <= own[best]![1];
}

function wrongCompany(value: string, field: 'text' | 'subject', company: string, others: string[]): Flag[] {
  if (!value) return [];
  const folded = fold(value);
  const own = company.trim() ? findWhole(folded, company) : [];
  const ownName = foldName(company);
  const hits: Array<{ start: number; end: number }> = [];
  for (const other of others) {
    if (foldName(other) === ownName) continue;
    for (const [start, end] of findWhole(folded, other)) {
      // "Acme" inside "Acme Labs" when Acme Labs is this opportunity's company is fine.
      if (insideOwn(own, start, end)) continue;
      hits.push({ start, end });
    }
  }
  // When two other companies overlap ("Acme", "Acme Labs"), keep the longer mention.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return hits
    .filter((h) => {
      if (h.end <= reach) return false;
      reach = h.end;
      return true;
    })
    .map((h) => ({
      code: 'wrong_company' as const,
      field,
      start: h.start,
      end: h.end,
      message: `“${value.slice(h.start, h.end)}” ${where(field, value, h.start)} is another company you are talking to; this message is about ${company.trim() || 'a different opportunity'}.`,
    }));
}

/* ------------------------------------------------------------------------------------------ */
/* too_long                                                                                   */

function tooLong(text: string, channel: DraftChannel): Flag[] {
  const limit = CHANNEL_LIMITS[channel];
  if (limit === undefined) return [];
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  if (body.length <= limit) return [];
  const start = lead + limit;
  return [
    {
      code: 'too_long',
      field: 'text',
      start,
      end: lead + body.length,
      message: `This is ${body.length} characters, over the ${limit}-character limit for ${CHANNEL_NAMES[channel]}; everything from line ${lineNumberAt(text, start)} on is past it, so cut ${body.length - limit}.`,
    },
  ];
}

/* ------------------------------------------------------------------------------------------ */
/* missing_specific                                                                           */

function isSpecificGap(g: { name: string; label: string }): boolean {
  return /specific|detail/i.test(g.name) || /specific/i.test(g.label);
}

function missingSpecific(d: SaneDraft, gaps: FoundGap[]): Flag[] {
  const who = d.recipient?.firstName.trim() || d.recipient?.name.trim() || 'this person';
  const detail = d.specificDetail
    .trim()
    .replace(/^["'“‘«]+|["'”’».!?…,;:]+$/g, '')
    .trim();
  const gap = gaps.find(isSpecificGap);
  if (detail) {
    if (gap) return []; // the gap flag already asks for it
    if (fold(d.text).s.includes(fold(detail).s)) return [];
  }
  // Point at the gap if there is one, else at the first line after the greeting.
  let start = 0;
  let end = 0;
  if (gap) {
    start = gap.start;
    end = gap.end;
  } else {
    const all = lines(d.text).filter((l) => l.text.trim() !== '');
    const body = all.length > 1 && isGreetingLine(all[0]!.text) ? all[1]! : all[0];
    if (body) {
      start = body.start + body.text.indexOf(body.text.trim());
      end = start + body.text.trim().length;
    }
  }
  const message = detail
    ? `A thank-you should mention one specific thing ${who} said in your conversation; the message does not include “${quote(detail, 60)}” yet.`
    : `A thank-you needs one specific thing ${who} said in your conversation; note it on the interview and mention it here.`;
  return [{ code: 'missing_specific', field: 'text', start, end, message }];
}

/* ------------------------------------------------------------------------------------------ */
/* shared_paragraph                                                                           */

/** Shorter paragraphs ("Thanks again!", a name) are too common to count as copied. */
const MIN_SHARED_WORDS = 5;

interface Paragraph {
  start: number;
  end: number;
  /** The first line's number, for the message. */
  line: number;
  /** Its words: folded, names replaced. */
  key: string;
}

/** The words of a text, folded (case, accents, punctuation and spacing left out). */
function words(text: string): string[] {
  return foldName(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The paragraphs (runs of lines between blank lines) that say something: after the
 * greeting, before the sign-off and the signature under it. Each gets a key in which the
 * people's names are replaced, so "Thanks, Marcus" and "Thanks, Priya" compare equal.
 */
function paragraphs(text: string, names: ReadonlySet<string>): Paragraph[] {
  const out: Paragraph[] = [];
  const all = lines(text);
  const firstProse = all.findIndex((l) => l.text.trim() !== '');
  const lastProse = [...all].reverse().find((l) => l.text.trim() !== '');
  let current: Line[] = [];
  const close = () => {
    if (!current.length) return;
    const first = current[0]!;
    const last = current[current.length - 1]!;
    const start = first.start + first.text.indexOf(first.text.trim());
    const end = last.start + last.text.trimEnd().length;
    const key = current
      .flatMap((l) => words(l.text))
      .map((w) => (names.has(w) ? '·' : w))
      .join(' ');
    // A name (or name and number) under the last paragraph, when there is no sign-off line.
    const isSignature =
      out.length > 0 && last === lastProse && current.every((l) => looksLikeSignature(l.text));
    if (key.split(' ').length >= MIN_SHARED_WORDS && !isSignature) {
      out.push({ start, end, line: first.number, key });
    }
    current = [];
  };
  for (const [i, line] of all.entries()) {
    if (line.text.trim() === '') {
      close();
      continue;
    }
    if (i === firstProse && isGreetingLine(line.text)) continue;
    if (SIGN_OFF.test(line.text)) break; // the sign-off, then the name and signature
    current.push(line);
  }
  close();
  return out;
}

function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

function sharedParagraphs(d: SaneDraft): Flag[] {
  if (!d.otherNotes.length) return [];
  const own = d.recipient ? new Set([...words(d.recipient.name), ...words(d.recipient.firstName)]) : null;
  // Another note to this same person (an earlier draft of this one) is not compared.
  const others = d.otherNotes.filter((n) => {
    const to = words(n.to);
    return !(own && to.length && to.every((w) => own.has(w)));
  });
  if (!others.length) return [];
  const names = new Set([...(own ?? []), ...others.flatMap((n) => words(n.to))]);
  const seen = new Map<string, OtherNote>();
  for (const note of others) {
    for (const p of paragraphs(note.text, names)) if (!seen.has(p.key)) seen.set(p.key, note);
  }
  const who = d.recipient?.firstName.trim() || firstWord(d.recipient?.name ?? '') || 'this person';
  const flags: Flag[] = [];
  for (const p of paragraphs(d.text, names)) {
    const other = seen.get(p.key);
    if (!other) continue;
    const them = firstWord(other.to) || 'someone else';
    flags.push({
      code: 'shared_paragraph',
      field: 'text',
      start: p.start,
      end: p.end,
      message: `The paragraph on line ${p.line} is the same as in your note to ${them} — make it about what ${who} said.`,
    });
  }
  return flags;
}
