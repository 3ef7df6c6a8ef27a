/**
 * Read the facts a follow-up plan needs out of one email: the company and role, the people
 * and how to reach them, when the interview is, when the employer promised a decision,
 * meeting links, and what the employer asked (don't call, don't chase, check back on …).
 *
 * Pure: the only clock is the email's own `date`; relative phrases ("by Friday", "within
 * two weeks") resolve against it, in its offset. Dates are read with chrono-node (English,
 * French, German, Spanish), plus a small chrono parser of our own for week-relative phrases.
 * Quoted earlier messages never feed the dates or the instructions.
 *
 * Choices where wording is open (weeks run Monday to Sunday):
 * - decisionBy is the LAST day the promise allows: "by the end of (next) week" → that
 *   week's Friday; "early next week" → next week's Tuesday; "mid next week" → Wednesday;
 *   "next week" → next week's Friday; "within N business days" skips weekends; "within two
 *   weeks" / "in the next 10 days" → the email's day + 14 / + 10.
 * - mayCheckBackOn is the FIRST day allowed: "check back next week" → next Monday; "after
 *   March 15" → March 16.
 * - A bare weekday naming the email's own day ("by Friday" sent on a Friday) is next week's.
 * - interviewAt keeps the wall clock as written. A zone named by the time (ET, PT, CET,
 *   "Eastern", …) or anywhere in the email gives the offset through its IANA zone, so it is
 *   right across DST changes ("EST" in July still means New York); otherwise the email's
 *   own offset. Proposed slots (a question, "A or B") and past meetings are not an interview.
 */
import * as chrono from 'chrono-node';
import { tzOffset } from '@date-fns/tz';
import type { Email, Extraction, Instructions, Person } from './email';
import { atsSender } from './senders';
import { senderOf, splitReply, stripNoise, type Sender } from './text';

// ---------------------------------------------------------------------------------------
// Small helpers: words with Unicode-aware edges, calendar days without the host's zone.
// ---------------------------------------------------------------------------------------

/** A regex alternative bounded by non-letters (JS `\b` does not see accented letters). */
function words(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

/** Keywords in any case inside a case-sensitive regex (where `\\p{Lu}` must keep meaning "capital"). */
function ci(alternatives: string): string {
  return alternatives.replace(/\p{L}/gu, (ch) => {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    return lo === up || up.length !== 1 ? ch : `[${lo}${up}]`;
  });
}

interface Day {
  y: number;
  m: number; // 1–12
  d: number;
}

function dayFromUtc(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function dayMs(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}
function addDays(day: Day, n: number): Day {
  return dayFromUtc(dayMs(day) + n * 86_400_000);
}
/** 0 = Sunday … 6 = Saturday. */
function weekday(day: Day): number {
  return new Date(dayMs(day)).getUTCDay();
}
function compareDays(a: Day, b: Day): number {
  return dayMs(a) - dayMs(b);
}
function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}
function ymd(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}
/** The Monday of the week holding `day` (weeks run Monday to Sunday). */
function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}
function addBusinessDays(day: Day, n: number): Day {
  let out = day;
  let left = n;
  while (left > 0) {
    out = addDays(out, 1);
    const wd = weekday(out);
    if (wd !== 0 && wd !== 6) left--;
  }
  return out;
}

/** "+05:30", "-04:00", "+00:00". */
function offsetString(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** The offset written in an ISO date ("…-05:00" → -300, "…Z" → 0). */
function offsetOfIso(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

interface WallClock extends Day {
  h: number;
  min: number;
}

function formatWallClock(w: WallClock, offset: number): string {
  return `${ymd(w)}T${pad(w.h)}:${pad(w.min)}:00${offsetString(offset)}`;
}

/** The wall clock an instant shows at a fixed offset. */
function wallClockAt(instantMs: number, offset: number): WallClock {
  const t = new Date(instantMs + offset * 60_000);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    min: t.getUTCMinutes(),
  };
}

/** The offset an IANA zone has at a given wall-clock time (DST-aware). */
function zoneOffsetAt(zone: string, w: WallClock): number | null {
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min);
  const first = tzOffset(zone, new Date(asUtc));
  if (!Number.isFinite(first)) return null;
  const second = tzOffset(zone, new Date(asUtc - first * 60_000));
  return Number.isFinite(second) ? second : first;
}

// ---------------------------------------------------------------------------------------
// Time zones the email may state.
// ---------------------------------------------------------------------------------------

type ZoneSpec = { zone: string } | { offset: number };

/**
 * Abbreviations and names people write after a time, as zones. Generic and seasonal names
 * of one region map to that region's zone, so "2pm EST" written in July still means New
 * York's wall clock (people write EST all year); GMT and UTC are fixed.
 */
const ZONE_ABBR: Record<string, ZoneSpec> = {
  ET: { zone: 'America/New_York' },
  EST: { zone: 'America/New_York' },
  EDT: { zone: 'America/New_York' },
  CT: { zone: 'America/Chicago' },
  CST: { zone: 'America/Chicago' },
  CDT: { zone: 'America/Chicago' },
  MT: { zone: 'America/Denver' },
  MST: { zone: 'America/Denver' },
  MDT: { zone: 'America/Denver' },
  PT: { zone: 'America/Los_Angeles' },
  PST: { zone: 'America/Los_Angeles' },
  PDT: { zone: 'America/Los_Angeles' },
  AKST: { zone: 'America/Anchorage' },
  HST: { zone: 'Pacific/Honolulu' },
  GMT: { offset: 0 },
  UTC: { offset: 0 },
  BST: { zone: 'Europe/London' },
  WET: { zone: 'Europe/Lisbon' },
  WEST: { zone: 'Europe/Lisbon' },
  CET: { zone: 'Europe/Paris' },
  CEST: { zone: 'Europe/Paris' },
  MEZ: { zone: 'Europe/Berlin' },
  MESZ: { zone: 'Europe/Berlin' },
  EET: { zone: 'Europe/Athens' },
  EEST: { zone: 'Europe/Athens' },
  IST: { zone: 'Asia/Kolkata' },
  SGT: { zone: 'Asia/Singapore' },
  JST: { zone: 'Asia/Tokyo' },
  AEST: { zone: 'Australia/Sydney' },
  AEDT: { zone: 'Australia/Sydney' },
};

const ZONE_NAMES: Array<[RegExp, ZoneSpec]> = [
  [words('eastern(?: standard| daylight)?(?: time)?'), { zone: 'America/New_York' }],
  [
    words('central european(?: summer)?(?: time)?|heure de paris|paris time|berlin time'),
    { zone: 'Europe/Paris' },
  ],
  [words('central(?: standard| daylight)? time'), { zone: 'America/Chicago' }],
  [words('mountain(?: standard| daylight)? time'), { zone: 'America/Denver' }],
  [words('pacific(?: standard| daylight)?(?: time)?'), { zone: 'America/Los_Angeles' }],
  [words('uk time|london time|british (?:summer )?time'), { zone: 'Europe/London' }],
  [words('new york time'), { zone: 'America/New_York' }],
  [words('mitteleuropäische(?:r)? (?:sommer)?zeit|deutscher zeit'), { zone: 'Europe/Berlin' }],
  [words('hora (?:de madrid|peninsular|central europea)'), { zone: 'Europe/Madrid' }],
];

const ZONE_ABBR_RE = new RegExp(`(?<![A-Za-z])\\(?(${Object.keys(ZONE_ABBR).join('|')})\\)?(?![A-Za-z])`);

/** A zone written right after (or at the end of) a parsed time: "2pm ET", "(EST)", "Eastern". */
function zoneNear(text: string, start: number, end: number): ZoneSpec | null {
  const inside = text.slice(start, end);
  const tail = new RegExp(`${ZONE_ABBR_RE.source}\\s*$`).exec(inside);
  if (tail?.[1]) return ZONE_ABBR[tail[1]] ?? null;
  const after = text.slice(end, end + 40);
  const abbr = new RegExp(`^\\s*,?\\s*${ZONE_ABBR_RE.source}`).exec(after);
  if (abbr?.[1]) return ZONE_ABBR[abbr[1]] ?? null;
  for (const [re, spec] of ZONE_NAMES) {
    const m = re.exec(after);
    if (m && /^[\s,(]*$/.test(after.slice(0, m.index))) return spec;
  }
  return null;
}

/** A zone stated anywhere in the text ("All times are Eastern", "10:00 (CET)"). */
function zoneStated(text: string): ZoneSpec | null {
  const abbr = ZONE_ABBR_RE.exec(text);
  if (abbr?.[1]) return ZONE_ABBR[abbr[1]] ?? null;
  for (const [re, spec] of ZONE_NAMES) if (re.test(text)) return spec;
  return null;
}

// ---------------------------------------------------------------------------------------
// Text preparation: unwrap hard-wrapped lines, split sentences, guess the language.
// ---------------------------------------------------------------------------------------

/** How much of the fresh text is read (characters): enough for any letter a person writes. */
const MAX_TEXT = 20_000;

/** Join lines a mail client wrapped (long line, no closing punctuation, next line a continuation). */
function unwrap(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.trim().length >= 40 &&
      !/[.!?:;]\s*$/.test(prev) &&
      line.trim() !== '' &&
      !/^\s*(?:[-*•>]|\d+[.)]\s|[A-Z][\w ]{0,20}:\s|[A-Z][A-Z-]+[:;])/.test(line)
    ) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS =
  /(?:^|[\s(])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|e\.g|i\.e|inc|approx|no|lun|mer|jeu|ven|sam|dim|di|mi|do|fr|sa|so|ca|bzw|z\.b|sr|sra|[a-z])\.$/i;

/** Sentences with their positions; lines are boundaries too. */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const base = line.index;
    const s = line[0];
    let from = 0;
    const stopRe = /[.!?]+(?=\s+|$)/g;
    for (let stop = stopRe.exec(s); stop; stop = stopRe.exec(s)) {
      const end = stop.index + stop[0].length;
      const piece = s.slice(from, end);
      if (stop[0] === '.' && ABBREVIATIONS.test(piece)) continue;
      if (stop[0] === '.' && /\d\.$/.test(piece) && /^\s+\d/.test(s.slice(end))) continue;
      pushSentence(out, s, base, from, end);
      from = end;
    }
    pushSentence(out, s, base, from, s.length);
  }
  return out;
}

function pushSentence(out: Sentence[], line: string, base: number, from: number, to: number): void {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body === '') return;
  out.push({ text: body, start: base + from + lead, end: base + from + lead + body.length });
}

type Lang = 'en' | 'fr' | 'de' | 'es';

const LANG_WORDS: Record<Lang, RegExp> = {
  en: words('the|you|your|we|and|for|with|to|of|is|are|be|this|thank|thanks|interview|please', 'giu'),
  fr: words('le|la|les|des|vous|votre|nous|est|pour|avec|une|merci|entretien|bonjour|cordialement', 'giu'),
  de: words('der|die|das|und|sie|ihr|ihnen|wir|mit|für|ist|ein|eine|vielen|dank|gespräch|uhr', 'giu'),
  es: words('el|los|las|usted|nosotros|para|con|una|su|gracias|entrevista|hola|saludos|que', 'giu'),
};

/** The language with the most common words in the text; English on a tie. */
function detectLanguage(text: string): Lang {
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

// ---------------------------------------------------------------------------------------
// Chrono, with our week-relative parser.
// ---------------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  'a couple of': 2,
  'a couple': 2,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dix: 10,
  quinze: 15,
  ein: 1,
  einer: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  zehn: 10,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  diez: 10,
  quince: 15,
};
const NUM = `\\d{1,2}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')}`;

function toNumber(s: string | undefined): number | null {
  if (!s) return null;
  const t = s.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

const NEXT_WEEK = `(?:next week|the following week|la semaine prochaine|la semaine suivante|(?:der )?nächst(?:e|en|er) woche|(?:der )?kommend(?:e|en|er) woche|la próxima semana|la semana que viene|la semana próxima)`;
const THIS_WEEK = `(?:(?:this|the) week|cette semaine|la semaine|(?:dieser|der|diese) woche|esta semana|la semana)`;

/** Week-relative and "within N …" phrases chrono reads differently or not at all. Each
 * yields a span: `start` is the earliest day the phrase allows, `end` the latest. */
const WEEK_PHRASES: Array<{ re: RegExp; span: (ref: Day, m: RegExpExecArray) => [Day, Day] | null }> = [
  {
    // "the end of next week", "fin de la semaine prochaine", "Ende nächster Woche", "finales de la próxima semana"
    re: words(
      `(?:the )?(?:end|close) of ${NEXT_WEEK}|(?:la )?fin (?:de )?${NEXT_WEEK}|ende (?:${NEXT_WEEK})|(?:a )?final(?:es)? de ${NEXT_WEEK}`,
    ),
    span: (ref) => {
      const fri = addDays(mondayOf(ref), 11);
      return [fri, fri];
    },
  },
  {
    // "early next week", "the beginning of next week", "début de la semaine prochaine", "Anfang nächster Woche"
    re: words(
      `early ${NEXT_WEEK}|(?:the )?(?:beginning|start) of ${NEXT_WEEK}|(?:le )?début (?:de )?${NEXT_WEEK}|anfang (?:${NEXT_WEEK})|(?:a )?principios de ${NEXT_WEEK}`,
    ),
    span: (ref) => {
      const mon = addDays(mondayOf(ref), 7);
      return [mon, addDays(mon, 1)];
    },
  },
  {
    // "mid next week", "the middle of next week", "milieu de la semaine prochaine", "Mitte nächster Woche"
    re: words(
      `mid[- ]?${NEXT_WEEK}|(?:the )?middle of ${NEXT_WEEK}|(?:le )?milieu (?:de )?${NEXT_WEEK}|mitte (?:${NEXT_WEEK})|(?:a )?mediados de ${NEXT_WEEK}`,
    ),
    span: (ref) => {
      const wed = addDays(mondayOf(ref), 9);
      return [wed, wed];
    },
  },
  {
    // "the end of the week", "end of this week", "EOW", "fin de semaine", "Ende der Woche", "finales de esta semana"
    re: words(
      `(?:the )?(?:end|close) of (?:${THIS_WEEK})|eow|end of week|(?:la )?fin (?:de )?(?:${THIS_WEEK}|semaine)|ende (?:${THIS_WEEK})|(?:a )?final(?:es)? de (?:${THIS_WEEK})`,
    ),
    span: (ref) => {
      let fri = addDays(mondayOf(ref), 4);
      if (compareDays(fri, ref) < 0) fri = addDays(fri, 7);
      return [fri, fri];
    },
  },
  {
    // "next week" on its own: the whole of next week
    re: words(NEXT_WEEK),
    span: (ref) => {
      const mon = addDays(mondayOf(ref), 7);
      return [mon, addDays(mon, 4)];
    },
  },
  {
    // "within 3 business days", "in the next five working days", "sous 3 jours ouvrés", "innerhalb von 3 Werktagen"
    re: words(
      `(?:within|in the next|in|over the next|sous|dans les|d'ici|innerhalb(?: von)?|in den nächsten|en los próximos|dentro de) (${NUM}) (?:business|working|jours? ouvrés|jours? ouvrables|werktage[n]?|arbeitstage[n]?|días hábiles|días laborables)(?: days?)?`,
    ),
    span: (ref, m) => {
      const n = toNumber(m[1]);
      return n === null ? null : [addDays(ref, 1), addBusinessDays(ref, n)];
    },
  },
  {
    // "within two weeks", "in the next 10 days", "a week or two", "d'ici deux semaines", "innerhalb von zwei Wochen"
    re: words(
      `(?:within|in the next|over the next|in the coming|in|sous|dans les|dans|d'ici|innerhalb(?: von)?|in den nächsten|binnen|en las próximas|en los próximos|en|dentro de) (?:the )?(${NUM})(?: prochain(?:e)?s)? (days?|weeks?|jours?|semaines?|tage[n]?|wochen?|woche|días?|semanas?)(?: or (?:so|two|three))?|(?:in )?(a) (week) or two`,
    ),
    span: (ref, m) => {
      const n = toNumber(m[1] ?? m[3]);
      const unit = (m[2] ?? m[4] ?? '').toLowerCase();
      if (n === null) return null;
      const weeks = /^(?:week|semaine|woche|semana)/.test(unit);
      const orTwo = /or two$/i.test(m[0]);
      const days = weeks ? (orTwo ? 14 : n * 7) : n;
      return [addDays(ref, 1), addDays(ref, days)];
    },
  },
];

/** The email's calendar day at its offset, from a chrono context. */
function refDay(context: chrono.ParsingContext): Day {
  const offset = context.reference.getTimezoneOffset();
  return dayFromUtc(context.reference.instant.getTime() + offset * 60_000);
}

/** One chrono parser per phrase family, so chrono's own overlap rules pick the longest match. */
const weekParsers: chrono.Parser[] = WEEK_PHRASES.map((phrase) => ({
  pattern: () => new RegExp(phrase.re.source, phrase.re.flags.replace('g', '')),
  extract: (context, match) => {
    const span = phrase.span(refDay(context), match as RegExpExecArray);
    if (!span) return null;
    const [from, to] = span;
    const start = context.createParsingComponents({ year: from.y, month: from.m, day: from.d });
    const end = context.createParsingComponents({ year: to.y, month: to.m, day: to.d });
    start.addTag('afterview/week');
    end.addTag('afterview/week');
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
}));

/** Our parser alone: its phrases beat chrono's partial readings ("next week" inside "end of next week"). */
const weekChrono = new chrono.Chrono({ parsers: weekParsers, refiners: [] });

/** UK-style (day first) English, for emails written from outside the Americas. */
const CHRONOS: Record<Lang | 'enGB', chrono.Chrono> = {
  en: chrono.casual,
  enGB: chrono.en.GB,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
};

interface Found {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | null;
  week: boolean;
}

interface DateContext {
  instant: Date;
  offset: number;
  day: Day;
  lang: Lang;
}

/** Dates and times in `text`: our week phrases first, then chrono in English and the email's language. */
function findDates(text: string, ctx: DateContext): Found[] {
  const ref = { instant: ctx.instant, timezone: ctx.offset };
  const option = { forwardDate: true };
  const english = ctx.offset <= -180 && ctx.offset >= -600 ? CHRONOS.en : CHRONOS.enGB;
  const sets: chrono.ParsedResult[][] = [weekChrono.parse(text, ref, option)];
  if (ctx.lang !== 'en') sets.push(CHRONOS[ctx.lang].parse(text, ref, option));
  sets.push(english.parse(text, ref, option));
  const found: Found[] = [];
  for (const set of sets) {
    for (const r of set) {
      const item: Found = {
        index: r.index,
        text: r.text,
        start: r.start,
        end: r.end ?? null,
        week: r.start.tags().has('afterview/week'),
      };
      if (!meaningful(item)) continue;
      const overlap = found.findIndex(
        (f) => r.index < f.index + f.text.length && f.index < r.index + r.text.length,
      );
      if (overlap < 0) found.push(item);
      else if ((item.week || !found[overlap]?.week) && r.text.length > (found[overlap]?.text.length ?? 0)) {
        found[overlap] = item;
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Drop readings that are only noise: "now", a bare number, "a" + word in another language. */
function meaningful(f: Found): boolean {
  const t = f.text.trim();
  if (t.length < 3) return false;
  if (/^(?:now|maintenant|jetzt|ahora|today|aujourd'hui|heute|hoy)$/i.test(t)) return false;
  if (/^(?:mar|mer|jeu|ven|sam|dim|lun|di|mi|do|fr|sa|so)\.?$/i.test(t)) return false;
  return true;
}

function dayOf(c: chrono.ParsedComponents): Day {
  return { y: c.get('year') ?? 1970, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

/**
 * A weekday on its own that falls on the email's own day ("by Friday" written on a Friday)
 * means that day next week: people say "today" for today.
 */
function resolvedDay(f: Found, c: chrono.ParsedComponents, ctx: DateContext): Day {
  const day = dayOf(c);
  if (
    !f.week &&
    c.isCertain('weekday') &&
    !c.isCertain('day') &&
    compareDays(day, ctx.day) === 0 &&
    !words('this|today|ce|cet|cette|aujourd.hui|diese[nrs]?|heute|este|esta|hoy').test(f.text)
  ) {
    return addDays(day, 7);
  }
  return day;
}

// ---------------------------------------------------------------------------------------
// Vocabularies.
// ---------------------------------------------------------------------------------------

const INTERVIEW_WORDS = words(
  'interview(?:s|ing)?|call|talk|speak|phone screen|screen(?:ing)?|meeting|chat|conversation|on-?site|video ?call|session|invite|invitation|entretien|rendez-vous|échange|appel|visio(?:conférence)?|entrevista|reunión|llamada|videollamada|(?:vorstellungs|kennenlern|telefon)?gespräch|termin|telefonat|videocall|zoom|teams|google meet',
);

const DECISION_WORDS = words(
  "decide|decided|decision|decisions|get back to you|(?:will|'ll|shall) (?:contact|reach out to|e-?mail|call|write to) you|come back to you|circle back|revert|let you know|hear from us|hear back|hear from me|heard from us|heard back|next steps?|update|updates|feedback|outcome|respond|response|inform you|notify you|be in touch|get in touch with you|finali[sz]e|wrap up|décision|décider|revenir vers vous|reviendr(?:ons|ai|a) vers vous|reviendr(?:ons|ai) vers toi|tenir informée?s?|vous informer|faire signe|retour|réponse|répondr(?:e|ons|ai|a)|(?:re)?contacter(?:ons|ai|a)|prochaines étapes|entscheidung|entscheiden|rückmeldung|melden uns|melde mich|bescheid|informieren|nächsten schritte|zurückkommen|kontaktieren sie|(?:wir|ich) (?:werden|werde) sie kontaktieren|decisión|decidir|respuesta|informaremos|comunicaremos|volveremos a (?:contactar|escribir)|pondremos en contacto|contactaremos|escribiremos|daremos (?:una )?respuesta|próximos pasos|novedades|noticias",
);

const DEADLINE_WORD = words(
  'by|until|before|within|no later than|latest|d.ici|avant|au plus tard|bis|spätestens|vor|antes|hasta|dentro',
);

const CONFIRM_WORDS = words(
  'scheduled|confirm(?:ed|ing|ation)?|booked|see you|looking forward|set for|will be held|is on|invite(?:d)?|calendar|confirmé|confirme|prévu|bestätig(?:t|en|e)|vereinbart|confirmad[oa]|confirmo|programad[oa]',
);

const PAST_WORDS = words(
  "thank you for|thanks for|thanks again for|it was (?:great|nice|a pleasure)|enjoyed|we spoke|we met|you met|you had|took place|merci pour|ravi(?:e)? d'avoir|vielen dank für|danke für|gracias por",
);

const CHECK_BACK = words(
  "feel free to (?:reach out|follow up|check (?:back|in)|get in touch|contact|ping|email|e-mail|write)|check back|follow up with me|reach out (?:again )?(?:on|after|next|in|if)|(?:please )?(?:touch base|ping me)|if you (?:haven't|have not) heard|n'hésite[zr]? pas à (?:me |nous )?(?:relancer|recontacter|contacter|revenir)|vous pouvez (?:me |nous )?relancer|(?:melden|wenden) sie sich (?:gerne|gern)|gerne nachfragen|können sie (?:gerne |gern )?nachfragen|no dude[ns]? en (?:contactar|escribir)|puede[s]? (?:escribirme|contactarme|contactarnos)",
);

const NO_PHONE = words(
  "(?:please )?(?:do not|don't|dont|kindly do not) (?:call|phone|ring)|(?:sehen sie )?von telefonischen (?:nachfragen|anfragen|rückfragen)|keine telefonischen (?:nachfragen|anfragen|rückfragen)|no (?:phone )?calls|not by phone|avoid calling|appels? (?:ne sont pas|non) (?:acceptés|souhaités)|(?:merci de )?ne pas (?:nous |m')?(?:appeler|téléphoner)|pas d'appels?|keine (?:telefonischen? )?anrufe|(?:bitte )?nicht anrufen|sehen sie von anrufen ab|no (?:nos |me )?llame[ns]?|no llamar|sin llamadas",
);
const NO_EMAIL = words("(?:please )?(?:do not|don't) (?:e-?mail|write to) (?:me|us)|no e-?mails? please");
const NO_LINKEDIN = words(
  "(?:please )?(?:do not|don't) (?:message|contact|reach out to|dm) (?:me|us) (?:on|via|through) linkedin|no linkedin messages",
);
const NO_CONTACT = words(
  "(?:please )?(?:do not|don't|refrain from|kindly refrain from|avoid) (?:contact(?:ing)?|follow(?:ing)? up with|reach(?:ing)? out to|chas(?:e|ing)) (?:us|me|the (?:team|company|hiring (?:team|manager)|recruiters?|interviewers?)|our (?:team|office|staff))|(?:please )?(?:do not|don't) follow[- ]up|no need to follow[- ]up|we will contact you,? (?:so )?please (?:do not|don't)|follow-?ups? (?:are|is) not (?:necessary|needed)|(?:merci de )?ne pas (?:nous |me )?(?:contacter|relancer)|(?:bitte )?(?:sehen sie von|keine) (?:nachfragen|rückfragen)|(?:bitte )?(?:kontaktieren|fragen) sie (?:uns )?nicht|(?:por favor,? )?no (?:nos |me )?contacte[ns]?|no es necesario (?:que nos contacte|hacer seguimiento)",
);

// ---------------------------------------------------------------------------------------
// Interview time.
// ---------------------------------------------------------------------------------------

interface Candidate {
  iso: string;
  score: number;
  order: number;
}

function interviewIso(
  text: string,
  f: Found,
  ctx: DateContext,
  fallbackZone: ZoneSpec | null,
  override?: { day: Day },
): string {
  const c = f.start;
  const day = override?.day ?? resolvedDay(f, c, ctx);
  const w: WallClock = { ...day, h: c.get('hour') ?? 0, min: c.get('minute') ?? 0 };
  const near = zoneNear(text, f.index, f.index + f.text.length);
  const spec: ZoneSpec | null =
    near ?? (c.isCertain('timezoneOffset') ? { offset: c.get('timezoneOffset') ?? 0 } : fallbackZone);
  if (spec && 'zone' in spec) {
    const off = zoneOffsetAt(spec.zone, w);
    if (off !== null) return formatWallClock(w, off);
  }
  if (spec && 'offset' in spec) return formatWallClock(w, spec.offset);
  return formatWallClock(w, ctx.offset);
}

const DURATION = words('minutes?|mins?|hours?|hrs?|heures?|minuten|stunden|minutos|horas');

/** DTSTART lines of calendar text: "DTSTART:20260303T190000Z", "DTSTART;TZID=America/New_York:20260303T140000". */
function icsCandidates(raw: string, ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  // Time-zone definitions carry their own DTSTART lines (when DST began in 1970): skip them.
  const text = raw.replace(/^BEGIN:VTIMEZONE[\s\S]*?^END:VTIMEZONE\s*$/gim, '');
  const re = /^DTSTART(?:;([^:\n]*))?:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{0,2}(Z?)\s*$/gim;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w: WallClock = {
      y: Number(m[2]),
      m: Number(m[3]),
      d: Number(m[4]),
      h: Number(m[5]),
      min: Number(m[6]),
    };
    const tzid = /TZID="?([^;":]+)"?/i.exec(m[1] ?? '')?.[1];
    let iso: string | null = null;
    if (m[7] === 'Z') {
      iso = formatWallClock(wallClockAt(Date.UTC(w.y, w.m - 1, w.d, w.h, w.min), ctx.offset), ctx.offset);
    } else if (tzid) {
      const off = zoneOffsetAt(tzid, w);
      iso = formatWallClock(w, off ?? ctx.offset);
    } else {
      iso = formatWallClock(w, ctx.offset);
    }
    out.push({ iso, score: 20, order: m.index });
  }
  return out;
}

function interviewCandidates(
  text: string,
  where: 'subject' | 'body',
  ctx: DateContext,
  order: number,
  decisionSpans: Sentence[],
  stated: ZoneSpec | null,
  anyKeyword: boolean,
): Candidate[] {
  // Durations ("the interview will be 45 minutes") are not times.
  const found = findDates(text, ctx).filter(
    (f) =>
      !f.week &&
      !f.start.tags().has('result/relativeDateAndTime') &&
      !(DURATION.test(f.text) && !/\d[:h.]\d|[ap]\.?m\b|uhr/i.test(f.text)),
  );
  const sents = sentences(text);
  const sentenceOf = (i: number) => sents.find((s) => i >= s.start && i < s.end);
  const perSentence = new Map<Sentence | undefined, number>();
  for (const f of found) {
    if (f.start.isCertain('hour'))
      perSentence.set(sentenceOf(f.index), (perSentence.get(sentenceOf(f.index)) ?? 0) + 1);
  }
  const timesIn = (s: Sentence) => perSentence.get(s) ?? 0;
  const out: Candidate[] = [];
  const invitation =
    where === 'subject' && /^\s*(?:updated )?(?:invitation|einladung|invitación)\b/i.test(text);

  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!f) continue;
    const c = f.start;
    const hasDate =
      c.isCertain('day') || c.isCertain('weekday') || /tomorrow|demain|morgen|mañana/i.test(f.text);
    // "Date: Tuesday, March 10" then "Time: 2:00 PM ET" on the next line: join the two.
    const next = found[i + 1];
    if (
      !c.isCertain('hour') &&
      hasDate &&
      next &&
      next.start.isCertain('hour') &&
      !next.start.isCertain('day') &&
      !next.start.isCertain('weekday') &&
      next.index - (f.index + f.text.length) < 60
    ) {
      const iso = interviewIso(text, next, ctx, stated, { day: resolvedDay(f, c, ctx) });
      out.push(scoreCandidate(iso, f, true));
      i++;
      continue;
    }
    if (!c.isCertain('hour')) continue;
    const iso = interviewIso(text, f, ctx, stated);
    out.push(scoreCandidate(iso, f, hasDate));
  }
  return out;

  function scoreCandidate(iso: string, f: Found, hasDate: boolean): Candidate {
    const index = f.index;
    const sentence = sentenceOf(index);
    const s = sentence?.text ?? text.slice(Math.max(0, index - 80), index + 80);
    const inSentence = INTERVIEW_WORDS.test(s) || (where === 'subject' && INTERVIEW_WORDS.test(text));
    let score = 4;
    if (hasDate) score += 3;
    if (inSentence) score += 3;
    else if (anyKeyword) score += 1;
    if (CONFIRM_WORDS.test(s)) score += 2;
    if (invitation) score += 8;
    if (where === 'subject') score += 1;
    if (/\?\s*$/.test(s)) score -= 4;
    if (/\b(?:or|ou|oder|o)\b/i.test(s) && sentence && timesIn(sentence) > 1) {
      score -= 4;
    }
    if (PAST_WORDS.test(s)) score -= 6;
    if (sentence && decisionSpans.includes(sentence) && !INTERVIEW_WORDS.test(s)) score -= 6;
    // "Send it by Monday at noon" is a deadline, not a meeting.
    if (DEADLINE_WORD.test(text.slice(Math.max(0, index - 16), index)) && !inSentence) score -= 4;
    // Office hours and other spans over several days.
    if (f.end && (f.end.get('day') !== f.start.get('day') || f.end.get('weekday') !== f.start.get('weekday')))
      score -= 4;
    // A time already past ("received on March 2 at 4:15 PM") is no interview unless the sentence says so.
    if (Date.parse(iso) < ctx.instant.getTime() && !inSentence) score -= 4;
    return { iso, score, order: order + index };
  }
}

function findInterview(subject: string, body: string, raw: string, ctx: DateContext): string | null {
  const bodySents = sentences(body);
  const decisionSents = bodySents.filter((s) => DECISION_WORDS.test(s.text) || CHECK_BACK.test(s.text));
  // A zone stated anywhere ("All times Eastern", a Calendly "(Eastern Time - US & Canada)") applies
  // to times written without one.
  const stated = zoneStated(subject) ?? zoneStated(body);
  const anyKeyword = INTERVIEW_WORDS.test(subject) || INTERVIEW_WORDS.test(body);
  const candidates = [
    ...icsCandidates(raw, ctx),
    ...interviewCandidates(subject, 'subject', ctx, 0, [], stated, anyKeyword),
    ...interviewCandidates(body, 'body', ctx, 10_000, decisionSents, stated, anyKeyword),
  ].filter((c) => c.score >= 8);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  return candidates[0]?.iso ?? null;
}

// ---------------------------------------------------------------------------------------
// Decision date, check-back date, instructions.
// ---------------------------------------------------------------------------------------

const BEFORE_DATE_INTERVIEW = new RegExp(`(?:${INTERVIEW_WORDS.source})[^.!?]{0,25}$`, 'iu');

/** The first date in a decision sentence that is not the interview's own date. */
function findDecision(body: string, ctx: DateContext): string | null {
  for (const s of sentences(body)) {
    if (!DECISION_WORDS.test(s.text)) continue;
    const found = findDates(s.text, ctx);
    for (const f of found) {
      const before = s.text.slice(0, f.index);
      const lead = before.slice(-30);
      if (BEFORE_DATE_INTERVIEW.test(before.slice(-60)) && !DEADLINE_WORD.test(lead)) continue;
      const c = f.end && f.week ? f.end : f.start;
      const day = resolvedDay(f, c, ctx);
      if (compareDays(day, ctx.day) < 0) continue;
      return ymd(day);
    }
  }
  return null;
}

function findInstructions(body: string, ctx: DateContext): Instructions {
  const out: Instructions = { noContact: false, excludedChannels: [], mayCheckBackOn: null, evidence: [] };
  const cite = (s: string) => {
    if (!out.evidence.includes(s)) out.evidence.push(s);
  };
  const exclude = (channel: 'phone' | 'email' | 'linkedin') => {
    if (!out.excludedChannels.includes(channel)) out.excludedChannels.push(channel);
  };
  for (const s of sentences(body)) {
    const t = s.text;
    if (NO_PHONE.test(t)) {
      exclude('phone');
      cite(t);
    }
    if (NO_EMAIL.test(t)) {
      exclude('email');
      cite(t);
    }
    if (NO_LINKEDIN.test(t)) {
      exclude('linkedin');
      cite(t);
    }
    if (NO_CONTACT.test(t)) {
      out.noContact = true;
      cite(t);
    }
    if (out.mayCheckBackOn === null && CHECK_BACK.test(t)) {
      const f = findDates(t, ctx)[0];
      if (f) {
        let day = resolvedDay(f, f.start, ctx);
        const lead = t.slice(0, f.index).slice(-12);
        // "after Friday" allows the day after; "if you haven't heard by Friday" allows Friday's end.
        if (words('after|après|nach|después de(?:l)?').test(lead)) {
          day = addDays(f.end && f.week ? resolvedDay(f, f.end, ctx) : day, 1);
        }
        if (compareDays(day, ctx.day) >= 0) {
          out.mayCheckBackOn = ymd(day);
          cite(t);
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Meeting links.
// ---------------------------------------------------------------------------------------

const MEETING_LINK =
  /(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com)(?:\/[^\s<>"'\])]*)?/gi;

function findMeetingLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MEETING_LINK)) {
    let url = m[0].replace(/[.,;:!?)]+$/, '');
    // A bare domain ("join on zoom.us") is a mention, not a link.
    if (!/\/./.test(url.replace(/^https?:\/\//i, ''))) continue;
    if (!/^https?:\/\//i.test(url)) url = `https://${url}`;
    if (!out.includes(url)) out.push(url);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Names, companies, roles.
// ---------------------------------------------------------------------------------------

const FREE_MAIL =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|t-online|orange|free|laposte|sfr|wanadoo|yandex|mail|zoho|fastmail|hey|qq|163|libero|seznam|wp|o2|btinternet|comcast|verizon|att|sbcglobal)$/i;

const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|ltd|plc|gob|nom)$/i;

function domainLabel(domain: string): string | null {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return null;
  let i = labels.length - 2;
  if (labels.length >= 3 && SECOND_LEVEL.test(labels[i] ?? '') && (labels[i + 1] ?? '').length === 2) i--;
  return labels[i] ?? null;
}

const COMPANY_SUFFIX =
  /[\s,]+(?:inc\.?|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|s\.?a\.?s?\.?|sarl|s\.l\.|plc|corp\.?|corporation|co\.|bv|b\.v\.|oy|ab|as|pty\.?(?: ltd\.?)?)$/i;

const NOT_COMPANY = new Set(
  [
    'the',
    'a',
    'an',
    'our',
    'your',
    'this',
    'that',
    'we',
    'i',
    'you',
    'us',
    'it',
    'hr',
    'team',
    'zoom',
    'google',
    'google meet',
    'microsoft teams',
    'teams',
    'webex',
    'linkedin',
    'indeed',
    'glassdoor',
    'greenhouse',
    'lever',
    'workday',
    'calendly',
    'no reply',
    'noreply',
    'no-reply',
    'notifications',
    'careers',
    'jobs',
    'recruiting',
    'talent',
    'hiring',
    'people',
    'the team',
    'hiring team',
    'this time',
    'the moment',
    'least',
    'all',
    'once',
    'first',
    'last',
    'noon',
    'midnight',
    'eod',
    'cob',
    'asap',
    'regards',
    'best',
    'ihnen',
    'sie',
    'uns',
    'euch',
    'ihr',
    'vous',
    'nous',
    'usted',
    'ustedes',
    'grüßen',
    'dank',
  ].map((s) => s.toLowerCase()),
);

const MONTHS_AND_DAYS = words(
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|tomorrow|morning|afternoon|evening|[ap]\\.?m\\.?',
);

/** Clean a company candidate: trim punctuation and legal suffixes, refuse non-names. */
function cleanCompany(raw: string | undefined, sender: Sender): string | null {
  if (!raw) return null;
  let c = raw
    .replace(/[’]/g, "'")
    .replace(/'s$/i, '')
    .replace(/^[\s"'“”«(]+|[\s"'“”»),.:;!?-]+$/g, '');
  for (let i = 0; i < 2; i++) c = c.replace(COMPANY_SUFFIX, '').trim();
  if (c.length < 2 || c.length > 60) return null;
  if (NOT_COMPANY.has(c.toLowerCase())) return null;
  if (MONTHS_AND_DAYS.test(c) && c.split(/\s+/).length <= 2) return null;
  if (/^\d|@|https?:/i.test(c)) return null;
  if (ZONE_ABBR[c] !== undefined) return null;
  if (sender.name && c.toLowerCase() === sender.name.toLowerCase() && looksLikePersonName(c)) return null;
  return c;
}

/** A capitalised name: "Acme", "Acme Labs", "HubSpot", "O'Reilly Media", "Café Royal". */
const CAP_TOKEN = `[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’+-]*(?:\\.[\\p{L}\\p{N}]+)*`;
const CAP_NAME = `${CAP_TOKEN}(?:[ ](?:&[ ])?${CAP_TOKEN}){0,3}`;

const SENDER_SUFFIX =
  /\s*(?:[-–|,@]\s*)?(?:recruiting(?: team)?|recruitment(?: team)?|talent(?: acquisition)?(?: team)?|careers?|hiring(?: team)?|jobs|hr|human resources|people(?: team| ops)?|recrutement|karriere|personalabteilung|reclutamiento|empleo|notifications?|no-?reply)$/i;
const SENDER_PREFIX = /^(?:hiring at|careers at|jobs at|talent at|recruiting at|the)\s+/i;

function companyFromSenderName(name: string | null): { name: string; strong: boolean } | null {
  if (!name) return null;
  let n = name.replace(/\s*\(?\bvia\b.*$/i, '').trim();
  const hadSuffix = SENDER_SUFFIX.test(n) || SENDER_PREFIX.test(n);
  for (let i = 0; i < 2; i++) n = n.replace(SENDER_SUFFIX, '').replace(SENDER_PREFIX, '').trim();
  if (n === '') return null;
  if (hadSuffix) return { name: n, strong: true };
  // A bare one-word display name on an ATS address ("Acme <no-reply@greenhouse.io>").
  if (!/\s/.test(n)) return { name: n, strong: false };
  return null;
}

interface Scored {
  value: string;
  score: number;
}

function addCandidate(list: Scored[], value: string | null, score: number): void {
  if (!value) return;
  const existing = list.find((c) => c.value.toLowerCase() === value.toLowerCase());
  if (existing) existing.score = Math.max(existing.score, score) + 1;
  else list.push({ value, score });
}

function stripSubjectPrefixes(subject: string): string {
  return subject.replace(/^\s*(?:(?:re|fwd?|fw|aw|wg|tr|rv|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+/i, '').trim();
}

function findCompany(email: Email, sender: Sender, body: string, people: Person[]): string | null {
  const system = atsSender(sender.address);
  const list: Scored[] = [];
  const subject = stripSubjectPrefixes(email.subject);
  const personNames = new Set(
    people.flatMap((p) => (p.name ? [p.name.toLowerCase(), p.name.split(' ')[0]?.toLowerCase() ?? ''] : [])),
  );
  const notPerson = (c: string | null) => (c && personNames.has(c.toLowerCase()) ? null : c);

  if (system && system.kind !== 'job_board') {
    const fromName = companyFromSenderName(sender.name);
    if (fromName && fromName.name.toLowerCase() !== system.system.toLowerCase()) {
      addCandidate(list, notPerson(cleanCompany(fromName.name, sender)), fromName.strong ? 10 : 6);
    }
  }

  // Subject: "Interview with Acme", "Your application to Acme", "Thank you for applying to Acme",
  // "Acme: next steps", "Acme | Interview".
  const subjectPatterns: Array<[RegExp, number]> = [
    [
      new RegExp(
        `${ci('(?:interview|call|chat|meeting|entretien|gespräch|entrevista) (?:with|at|avec|chez|bei|mit|con|en)')} (${CAP_NAME})`,
        'u',
      ),
      8,
    ],
    [
      new RegExp(
        `${ci('(?:application|applying|applied|candidature|bewerbung|candidatura) (?:to|at|with|chez|bei|en)')} (${CAP_NAME})`,
        'u',
      ),
      9,
    ],
    [new RegExp(`${ci('(?:role|position|job|opportunity|opening) at')} (${CAP_NAME})`, 'u'), 9],
    [new RegExp(`${ci('(?:was|has been|were) (?:sent|submitted) to')} (${CAP_NAME})`, 'u'), 9],
    [new RegExp(`^(${CAP_NAME})\\s*(?:[:|]|[-–—]\\s)`, 'u'), 5],
    [new RegExp(`(?:[:|]|\\s[-–—])\\s*(${CAP_NAME})$`, 'u'), 3],
  ];
  for (const [re, score] of subjectPatterns) {
    const m = re.exec(subject);
    const candidate = notPerson(cleanCompany(m?.[1], sender));
    if (candidate && plausibleCompany(candidate)) addCandidate(list, candidate, score);
  }

  // Body phrases. A job board's mail lists many employers: only its strong phrases count.
  const bodyPatterns: Array<[RegExp, number]> = [
    [
      new RegExp(
        `(?<![\\p{L}])${ci('(?:join|joining|interest in joining|welcome to|rejoindre)')} (?:the )?(${CAP_NAME})`,
        'gu',
      ),
      7,
    ],
    [
      new RegExp(
        `(?<![\\p{L}])${ci('(?:the|our)')} (${CAP_NAME}) (?:team|family|hiring team|recruiting team)`,
        'gu',
      ),
      7,
    ],
    [
      new RegExp(
        `(?<![\\p{L}])${ci('(?:position|role|job|opening|opportunity|opportunities|career|interview(?:ing)?|work(?:ing)?|team|everyone|here|applying|application|interest|poste|stelle|puesto)')} (?:at|with|to|chez|bei|en) (${CAP_NAME})`,
        'gu',
      ),
      7,
    ],
    [new RegExp(`(?<![\\p{L}])${ci('(?:was|has been|were) (?:sent|submitted) to')} (${CAP_NAME})`, 'gu'), 8],
    [new RegExp(`(?<![\\p{L}])(?:chez|bei|en la empresa) (${CAP_NAME})`, 'gu'), 3],
    [new RegExp(`(?<![\\p{L}])(?:at|with) (${CAP_NAME})`, 'gu'), 3],
  ];
  for (const [re, score] of bodyPatterns) {
    for (const m of body.matchAll(re)) {
      const candidate = notPerson(cleanCompany(m[1], sender));
      if (system?.kind === 'job_board' && score < 7) continue;
      if (candidate && plausibleCompany(candidate)) addCandidate(list, candidate, score);
    }
  }

  addCandidate(list, notPerson(cleanCompany(signatureCompany(body, sender) ?? undefined, sender)), 5);

  const label =
    sender.domain && !system && !isNonEmployerDomain(sender.domain) ? domainLabel(sender.domain) : null;
  if (label) {
    // A candidate that spells the domain wins, and keeps its own casing ("HubSpot").
    for (const c of list)
      if (c.value.toLowerCase().replace(/[^a-z0-9]/g, '') === label.replace(/-/g, '')) c.score += 5;
    addCandidate(list, label.charAt(0).toUpperCase() + label.slice(1), 4);
  }
  list.sort((a, b) => b.score - a.score);
  return list[0]?.value ?? null;
}

/** Subject heads and words that are never an employer's name. */
const GENERIC_HEAD = words(
  'new event|event|updated invitation|invitation|reminder|canceled|cancelled|update|action required|thank you|thanks|congratulations|welcome|important|hello|hi|hey|dear|quick question|following up|follow-up|follow up|next steps|your application|application|re|fwd|fw',
);

function plausibleCompany(c: string): boolean {
  if (ROLE_NOUN.test(c) || INTERVIEW_WORDS.test(c)) return false;
  return !new RegExp(`^(?:${GENERIC_HEAD.source})$`, 'iu').test(c);
}

function isNonEmployerDomain(domain: string): boolean {
  const label = domainLabel(domain);
  if (label && FREE_MAIL.test(label)) return true;
  return atsSender(`x@${domain}`) !== null;
}

const TITLE_WORDS = words(
  'recruit(?:er|ing|ment)|talent|acquisition|partner|manager|director|head|lead|engineer(?:ing)?|developer|designer|coordinator|sourcer|specialist|officer|founder|co-founder|ceo|cto|coo|cfo|vp|vice president|president|hr|human resources|people|operations|analyst|consultant|executive|associate|assistant|advisor|chargée?|responsable|directeur|directrice|leiter(?:in)?|referent(?:in)?|personal|gerente|jefe|reclutador(?:a)?|técnic[oa]|senior|junior|principal|staff',
);

/** In a signature, the line after the sender's name (or after their title) naming the company. */
function signatureCompany(body: string, sender: Sender): string | null {
  if (!sender.name) return null;
  const lines = body.split('\n').map((l) => l.trim());
  const full = sender.name.toLowerCase();
  const first = full.split(/\s+/)[0] ?? full;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? '').replace(/^[-–—]+\s*/, '').toLowerCase();
    if (line !== full && line !== first) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const l = lines[j] ?? '';
      if (l === '' || /@|https?:|www\.|\+?\d[\d\s().-]{6,}/.test(l)) continue;
      const titled = /^(.*?)(?:\s*[|,@•·]\s*|\s+at\s+|\s+chez\s+|\s+bei\s+|\s+en\s+)(.+)$/.exec(l);
      if (titled && TITLE_WORDS.test(titled[1] ?? '')) return titled[2] ?? null;
      if (TITLE_WORDS.test(l)) continue;
      if (new RegExp(`^${CAP_NAME}$`, 'u').test(l)) return l;
    }
  }
  return null;
}

const ROLE_NOUN = words(
  'engineer|engineering|developer|analyst|analista|manager|designer|scientist|specialist|consultant|coordinator|director|lead|head|architect|administrator|associate|intern|internship|assistant|officer|recruiter|representative|executive|accountant|writer|editor|researcher|technician|nurse|teacher|vp|president|strategist|advisor|agent|operator|programmer|tester|qa|sre|devops|counsel|attorney|paralegal|planner|controller|auditor|economist|statistician|owner|marketer|product manager|support|partner|développeu(?:r|se)|ingénieure?|chef de projet|analyste|responsable|chargée? de|directeur|directrice|stagiaire|alternante?|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|desarrollador(?:a)?|ingenier[oa]|gerente|jefe|consultor(?:a)?|diseñador(?:a)?|becari[oa]|técnic[oa]',
);

const ROLE_TOKEN = `(?:[\\p{Lu}][\\p{L}\\p{N}+#/.&'’()-]*,?|[IVX]{1,4}|\\d{1,2}|of|and|&|in|for|/|-|–|,|de|des|du|del|la|y|und|für|e)`;
const ROLE_NAME = `[\\p{Lu}][\\p{L}\\p{N}+#/.&'’()-]*(?:[ ]${ROLE_TOKEN}){0,7}`;
const LOWER_ROLE = `[\\p{L}][\\p{L}\\p{N}+#/.&'’()-]*(?:[ ][\\p{L}\\p{N}+#/.&'’()-]+){0,5}`;

function cleanRole(raw: string | undefined, company: string | null): string | null {
  if (!raw) return null;
  let r = raw.replace(/\s+/g, ' ').trim();
  r = r.replace(/\s*\((?:[mwfdhxf]\s*\/\s*)+[mwfdhx]\)\s*/gi, ' ').trim(); // (m/w/d), (H/F)
  r = r
    .replace(/\s*(?:\(|\[)?(?:req(?:uisition)?|job id|ref)[\s#:.-]*[\w-]*\d[\w-]*(?:\)|\])?\s*$/i, '')
    .trim();
  r = r.replace(/\s*[(#[]?[A-Z]{0,4}-?\d{3,}[)\]]?\s*$/, '').trim();
  r = r.replace(/\s+(?:at|@|chez|bei|en|with)\s+.*$/i, '').trim();
  r = r.replace(
    /\s*[-–—|,]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|[A-Z][a-z]+(?:,\s*[A-Z]{2})?)$/i,
    (m) => (/remote|hybrid|site|time/i.test(m) ? '' : m),
  );
  r = r.replace(/^(?:a|an|the|our|this|le|la|l'|el|der|die|das)\s+/i, '').replace(/[\s,.;:!?-]+$/, '');
  r = r.replace(/(?:\s+(?:of|and|&|in|for|de|des|du|del|la|y|und|für|e|[-–,/]))+$/i, '');
  if (company && r.toLowerCase() === company.toLowerCase()) return null;
  if (r.length < 2 || r.length > 80) return null;
  if (/^(?:position|role|job|opening|interview|application|this|that|it)$/i.test(r)) return null;
  return r;
}

function findRole(subjectRaw: string, body: string, company: string | null): string | null {
  const subject = stripSubjectPrefixes(subjectRaw);
  const withNoun = (c: string | null) => (c && ROLE_NOUN.test(c) ? c : null);
  const attempts: Array<() => string | null> = [
    // "for the Senior Data Analyst position", "the Data Analyst role"
    () =>
      firstMatch(
        body,
        new RegExp(
          `(?<![\\p{L}])${ci('(?:the|our|your|a|an)')} (${ROLE_NAME}) ${ci('(?:position|role|opening|vacancy|job|opportunity|req(?:uisition)?)')}`,
          'u',
        ),
        company,
      ),
    () =>
      firstMatch(
        body,
        new RegExp(`(?<![\\p{L}])${ci('(?:position|role|job) (?:of|as)')} (?:an? )?(${ROLE_NAME})`, 'u'),
        company,
      ),
    () =>
      firstMatch(
        body,
        new RegExp(
          `(?<![\\p{L}])${ci('(?:application|applying|applied) (?:for|to)')} (?:the |our |a |an )?(${ROLE_NAME})`,
          'u',
        ),
        company,
        withNoun,
      ),
    () =>
      firstMatch(
        subject,
        new RegExp(
          `${ci('(?:application|applying|applied|interview|candidature|bewerbung|candidatura) (?:for|to|as|pour|als|para)')} (?:${ci('the |our |a |an |le poste de |el puesto de |die stelle als ')})?(${ROLE_NAME})`,
          'u',
        ),
        company,
      ),
    () =>
      firstMatch(subject, new RegExp(`^(${ROLE_NAME}) ${ci('(?:position|role)')}(?![\\p{L}])`, 'u'), company),
    () =>
      firstMatch(
        subject,
        new RegExp(
          `^(${ROLE_NAME})\\s*[-–—:|]\\s*${ci('(?:interview|entretien|gespräch|entrevista|next steps|application)')}`,
          'u',
        ),
        company,
        withNoun,
      ),
    () =>
      firstMatch(
        subject,
        new RegExp(
          `${ci('(?:interview|entretien|gespräch|entrevista|application)')}\\s*[-–—:|]\\s*(${ROLE_NAME})`,
          'u',
        ),
        company,
        withNoun,
      ),
    () => firstMatch(subject, new RegExp(`(?:[-–—:|]\\s*)(${ROLE_NAME})$`, 'u'), company, withNoun),
    // French, German, Spanish
    () =>
      firstMatch(
        `${subject}\n${body}`,
        new RegExp(`(?:poste|offre) (?:de |d'|d’)(${LOWER_ROLE})`, 'iu'),
        company,
        stopAtFunctionWords,
      ),
    () =>
      firstMatch(
        `${subject}\n${body}`,
        new RegExp(`${ci('(?:stelle|position|bewerbung|tätigkeit) als')} (${ROLE_NAME})`, 'u'),
        company,
      ),
    () =>
      firstMatch(
        `${subject}\n${body}`,
        new RegExp(`(?:puesto|posición|vacante|cargo) de (${LOWER_ROLE})`, 'iu'),
        company,
        stopAtFunctionWords,
      ),
  ];
  for (const attempt of attempts) {
    const role = attempt();
    if (role) return role;
  }
  return null;
}

/** For lowercase-tolerant roles ("poste de chef de projet digital chez Acme"): stop at a clause word. */
function stopAtFunctionWords(role: string | null): string | null {
  if (!role) return null;
  const stop = words(
    'chez|au sein|à|dans|pour|et|qui|que|at|with|avec|en|para|con|y|en la|del equipo|que|le|la|les|nous|vous|el|los|las|est|es',
  );
  const m = stop.exec(role);
  const cut = m ? role.slice(0, m.index) : role;
  return cut.trim().replace(/[\s,.;:!?-]+$/, '') || null;
}

function firstMatch(
  text: string,
  re: RegExp,
  company: string | null,
  check: (c: string | null) => string | null = (c) => c,
): string | null {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of text.matchAll(global)) {
    const pre = check(m[1] ?? null);
    const role = pre ? cleanRole(pre, company) : null;
    const final = role ? check(role) : null;
    if (final) return final;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// People.
// ---------------------------------------------------------------------------------------

const NAME_TOKEN = `[\\p{Lu}][\\p{Ll}'’-]+(?:-[\\p{Lu}][\\p{Ll}'’]+)?`;
const PARTICLE = `(?:de|da|di|du|del|della|der|den|van|von|la|le|dos|das|bin|al|ter|ten)`;
const PERSON_NAME_RE = new RegExp(
  `^${NAME_TOKEN}(?:[ ](?:${PARTICLE}[ ])*(?:${NAME_TOKEN}|[\\p{Lu}]\\.)){1,3}$`,
  'u',
);

const NOT_NAME_WORDS = words(
  'reach|call|contact|text|ping|ask|meet|write|please|questions|with|team|recruiting|recruitment|talent|acquisition|hiring|careers?|jobs|hr|inc|llc|gmbh|ltd|regards|best|thanks|thank|sincerely|cheers|kind|warm|senior|junior|recruiter|manager|engineer|director|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|phone|mobile|email|office|tel|meeting|interview|zoom|google|microsoft|calendar|notifications?|reply|support|dear|hello|hi|bonjour|hallo|hola|cordialement|grüße|saludos|the|and|for',
);

function looksLikePersonName(s: string): boolean {
  const t = s.trim();
  return PERSON_NAME_RE.test(t) && !NOT_NAME_WORDS.test(t);
}

const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE_RE =
  /(?:\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|\(\d{3}\)[\s.-]?\d{3}[\s.-]\d{4}|(?<![\d-])\d{3}[.-]\d{3}[.-]\d{4}(?!\d)|(?<![\d+])0\d(?:[\s.]\d{2}){4}(?!\d))(?:\s*(?:x|ext\.?)\s*\d{1,5})?/g;
const DIAL_IN = words(
  'zoom|meeting id|dial|dial-in|passcode|password|pin|conference|webex|teams|one tap|access code|id de réunion|einwahl',
);

function digitsOf(phone: string): string {
  return phone.replace(/(?:x|ext\.?)\s*\d+$/i, '').replace(/[^\d+]/g, '');
}

function isRealPhone(p: string): boolean {
  const digits = digitsOf(p).replace(/\+/g, '');
  return digits.length >= 9 && digits.length <= 15;
}

/** Whether a line is a bare name (a signature's first line). */
function nameLine(line: string): string | null {
  const t = line
    .trim()
    .replace(/^[-–—~]+\s*/, '')
    .replace(/[,.]$/, '');
  return looksLikePersonName(t) ? t : null;
}

/** Mailboxes of a team or a machine, not of one person. */
const SHARED_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|notifications?|mailer|bounces?|calendar|invitations?|jobs|careers?|talent|recruit\w*|hiring|hr|rh|rrhh|info|team|hello|support|people|recrutement|emploi|karriere|bewerbung\w*|personal|empleo|talento)(?:[._+-][\w.+-]*)?@/i;

const DEPARTMENT = words(
  'recruiting|recruitment|recrutement|talent|careers?|jobs|hiring|hr|rh|rrhh|personal|personalabteilung|karriere|empleo|talento|people|team|notifications?|support|info',
);

function findPeople(email: Email, sender: Sender, body: string): Person[] {
  const own = new Set((email.to.match(EMAIL_RE) ?? []).map((a) => a.toLowerCase()));
  const people: Person[] = [];
  const add = (p: Person) => {
    if (p.email && own.has(p.email.toLowerCase())) return;
    if (!p.name && !p.email && !p.phone) return;
    people.push(p);
  };

  const system = atsSender(sender.address);
  const shared = sender.address ? SHARED_MAILBOX.test(sender.address) : false;
  const senderName = sender.name ? sender.name.replace(/\s*\(?\bvia\b.*$/i, '').trim() : null;
  const senderIsPerson = senderName !== null && looksLikePersonName(senderName);
  // A one-word display name ("Amy") is a person unless it names a department ("Recrutement").
  const senderFirstName =
    senderName !== null && /^\p{Lu}\p{Ll}+$/u.test(senderName) && !DEPARTMENT.test(senderName)
      ? senderName
      : null;
  if (system) {
    if (senderIsPerson) add({ name: senderName, email: null, phone: null });
  } else if (!shared || senderIsPerson) {
    add({ name: senderIsPerson ? senderName : senderFirstName, email: sender.address, phone: null });
  }

  const lines = body.split('\n');
  let lastName: { name: string; line: number } | null = null;
  const senderFirst = senderName?.split(/\s+/)[0]?.toLowerCase();
  // Where the closing starts ("Best,", "-- "): a phone there with no name of its own is the sender's.
  const closing = lastIndex(lines, (l) => SIGN_OFF.test(l.trim()));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const bare = nameLine(line);
    if (bare) {
      lastName = { name: bare, line: i };
      continue;
    }
    if (senderName && senderFirst && line.trim().replace(/[,.]$/, '').toLowerCase() === senderFirst) {
      lastName = { name: senderName, line: i };
      continue;
    }
    // "Mark Jones | Engineering Manager | Acme" opens a signature too.
    const lead = /^\s*([^|,•·–—]+?)\s*[|,•·–—]/.exec(line)?.[1];
    if (lead && looksLikePersonName(lead)) lastName = { name: lead, line: i };
    const nearName = lastName && i - lastName.line <= 4 ? lastName.name : null;
    let lineOwner: string | null = null;
    for (const m of line.matchAll(EMAIL_RE)) {
      const address = m[0].toLowerCase();
      const before = line
        .slice(0, m.index)
        .replace(/(?<![\p{L}])(?:e-?mail|mail|courriel|e)\s*:\s*$/iu, '')
        .replace(/[<(\s:–—-]+$/, '')
        .trim();
      const inline = lastWordsName(before);
      const name = inline ?? (address === sender.address ? senderName : nearName);
      lineOwner ??= name;
      add({ name: name ?? null, email: address, phone: null });
    }
    if (DIAL_IN.test(line) || /#/.test(line)) continue;
    for (const m of line.matchAll(PHONE_RE)) {
      const phone = m[0].trim();
      if (!isRealPhone(phone)) continue;
      const before = line
        .slice(0, m.index)
        .replace(/[\s|•·:]+$/, '')
        .replace(/\s+(?:at|on|via|by|is|under)$/i, '')
        .replace(
          /(?<![\p{L}])(?:phone|tel|mobile|mob|cell|direct|office|téléphone|tél|portable|telefon|handy|mobil|teléfono|móvil|[tmpo])\.?\s*:?$/iu,
          '',
        )
        .replace(/[<(\s:–—|-]+$/, '')
        .trim();
      const inline = lastWordsName(before);
      const signed = closing >= 0 && i > closing && senderIsPerson ? senderName : null;
      add({
        name: inline ?? lineOwner ?? nearName ?? signed,
        email: null,
        phone: phone.replace(/\s+/g, ' '),
      });
    }
  }
  return dedupePeople(people);
}

const SIGN_OFF = words(
  '--|—|best(?: regards| wishes)?,?|regards,?|kind regards,?|warm regards,?|thanks,?|thank you,?|many thanks,?|cheers,?|sincerely,?|cordialement,?|bien à vous,?|bien cordialement,?|(?:mit )?(?:freundlichen|viele|beste) grüße,?|saludos,?|un saludo,?|atentamente,?',
);

function lastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}

/** "Amy Lee" at the end of "Please reach out to Amy Lee" or "Amy Lee, Recruiter". */
function lastWordsName(before: string): string | null {
  if (before === '') return null;
  const whole = before.replace(/[,;]\s*$/, '').trim();
  if (looksLikePersonName(whole)) return whole;
  const tokens = whole.split(/\s+/);
  for (let n = Math.min(4, tokens.length); n >= 2; n--) {
    const tail = tokens.slice(-n).join(' ');
    if (looksLikePersonName(tail)) return tail;
  }
  const head = /^([^,|–—]+?)\s*[,|–—]/.exec(whole)?.[1];
  if (head && looksLikePersonName(head)) return head;
  return null;
}

function dedupePeople(people: Person[]): Person[] {
  const out: Person[] = [];
  for (const p of people) {
    const match = out.find(
      (q) =>
        (p.email && q.email && p.email === q.email) ||
        (p.name && q.name && p.name.toLowerCase() === q.name.toLowerCase()) ||
        (p.phone && q.phone && digitsOf(p.phone) === digitsOf(q.phone)),
    );
    if (!match) {
      out.push({ ...p });
      continue;
    }
    if (match.email && p.email && match.email !== p.email && match.name && p.name) {
      // Same name, two addresses: keep both people.
      out.push({ ...p });
      continue;
    }
    match.name ??= p.name;
    match.email ??= p.email;
    match.phone ??= p.phone;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Entry point.
// ---------------------------------------------------------------------------------------

/**
 * Everything Afterview reads from one email. Dates and instructions come only from what
 * the sender wrote in this message (forwarded content included, quoted replies excluded);
 * the interview time may also come from the subject (calendar invitations) or ICS text.
 */
export function extract(email: Email): Extraction {
  const sender = senderOf(email.from);
  const { fresh, quoted } = splitReply(email.body);
  // Past a point an email is a pasted document or a digest: read its start only.
  const freshWithSignature = unwrap(fresh.slice(0, MAX_TEXT));
  const clean = unwrap(stripNoise(fresh.slice(0, MAX_TEXT)));
  const instant = new Date(email.date);
  const offset = offsetOfIso(email.date);
  const ctx: DateContext = {
    instant,
    offset,
    day: dayFromUtc(instant.getTime() + offset * 60_000),
    lang: detectLanguage(`${email.subject}\n${clean}`),
  };

  const people = findPeople(email, sender, freshWithSignature);
  const company = findCompany(email, sender, freshWithSignature, people);
  const role = findRole(email.subject, clean, company);
  let meetingLinks = findMeetingLinks(`${email.subject}\n${fresh.slice(0, MAX_TEXT)}`);
  if (meetingLinks.length === 0) meetingLinks = findMeetingLinks(quoted.slice(0, MAX_TEXT));

  return {
    company,
    role,
    people,
    interviewAt: findInterview(email.subject, clean, fresh, ctx),
    decisionBy: findDecision(clean, ctx),
    meetingLinks,
    instructions: findInstructions(clean, ctx),
  };
}
