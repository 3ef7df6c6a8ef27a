/**
 * A small reader of our own for the date and clock shapes most job mail uses, so chrono (a
 * general parser, and the costliest step of extraction) runs only on what this one leaves:
 *
 *   "Tuesday, March 4 at 2:30 PM", "Tue Mar 3, 2026 2pm - 3pm", "3/4 at 4:30pm",
 *   "4 March 2026, 14:30", "Monday the 11th of May", "2026-05-14 23:59", "18.06.2026",
 *   "14h30", "10 h 30", "um 14:30 Uhr", "a las 10:00", "tomorrow at 10am", "noon",
 *   "jueves 16 de abril de 2026", "Dienstag, 3. Februar 2026, 10:00 Uhr".
 *
 * `fastDates` returns its readings and whether they account for every date word of the
 * text: only then does the caller skip chrono. Anything it does not know ("next Tuesday",
 * "the 15th", "Wed to Sat", "in two hours", a zone it cannot name) leaves a date word
 * unread, and chrono reads the whole text as before.
 *
 * Readings follow chrono's with `forwardDate`: a weekday alone is the nearest one, moved a
 * week on if it is already past; a date without a year takes the year nearest the email,
 * moved a year on if past; a clock alone is on the email's day, or the next day if past.
 * (Chrono compares in the machine's zone there; this compares wall clocks in the email's
 * offset, which is what the email means.)
 */
import type { Day } from './calendar-days';
import { addDays, compareDays } from './calendar-days';
import { LATIN_WORD_CHAR } from './regex-words';
import { ZONE_ABBR } from './zones';

/** The part of a date reading the extractors use (chrono's ParsedComponents fits it too). */
export type DateComponent =
  | 'year'
  | 'month'
  | 'day'
  | 'weekday'
  | 'hour'
  | 'minute'
  | 'second'
  | 'millisecond'
  | 'meridiem'
  | 'timezoneOffset';
export interface DateParts {
  get(component: DateComponent): number | null;
  isCertain(component: DateComponent): boolean;
  tags(): Set<string>;
}

export interface FastFound {
  index: number;
  text: string;
  start: DateParts;
  end: DateParts | null;
}

type Values = Partial<Record<DateComponent, number>>;

const NO_TAGS: ReadonlySet<string> = new Set();

class Parts implements DateParts {
  constructor(
    readonly known: Values,
    readonly implied: Values,
  ) {}
  get(c: DateComponent): number | null {
    return this.known[c] ?? this.implied[c] ?? null;
  }
  isCertain(c: DateComponent): boolean {
    return this.known[c] !== undefined;
  }
  tags(): Set<string> {
    return NO_TAGS as Set<string>;
  }
}

/** What the reader needs of the email: its wall clock (the instant seen at its offset). */
export interface FastContext {
  /** The email's wall clock as UTC milliseconds (instant + offset). */
  wallMs: number;
  day: Day;
  /** Numeric dates read month first (US). */
  monthFirst: boolean;
}

const B = `(?<!${LATIN_WORD_CHAR})`;
const E = `(?!${LATIN_WORD_CHAR})`;

const MONTHS: Array<[string, number]> = [
  ['january|jan|janvier|janv|januar|enero|ene', 1],
  ['february|feb|février|fevrier|févr|fevr|fév|fev|februar|febrero', 2],
  ['march|mar|mars|märz|maerz|mär|marzo', 3],
  ['april|apr|avril|avr|abril|abr', 4],
  ['may|mai|mayo', 5],
  ['june|jun|juin|juni|junio', 6],
  ['july|jul|juillet|juil|juli|julio', 7],
  ['august|aug|août|aout|agosto|ago', 8],
  ['september|sept|sep|septembre|septiembre|setiembre', 9],
  ['october|oct|octobre|oktober|okt|octubre', 10],
  ['november|nov|novembre|noviembre', 11],
  ['december|dec|décembre|decembre|déc|dezember|dez|diciembre|dic', 12],
];
const MONTH_OF = new Map<string, number>();
for (const [names, n] of MONTHS) for (const name of names.split('|')) MONTH_OF.set(name, n);

/** 0 = Sunday, as chrono counts. */
const WEEKDAYS: Array<[string, number]> = [
  ['sunday|sun|dimanche|dim|sonntag|domingo', 0],
  ['monday|mon|lundi|lun|montag|lunes', 1],
  ['tuesday|tues|tue|mardi|dienstag|martes', 2],
  ['wednesday|wed|mercredi|mer|mittwoch|miércoles|miercoles', 3],
  ['thursday|thurs|thur|thu|jeudi|jeu|donnerstag|jueves', 4],
  ['friday|fri|vendredi|ven|freitag|viernes', 5],
  ['saturday|sat|samedi|sam|samstag|sábado|sabado', 6],
];
const WEEKDAY_OF = new Map<string, number>();
for (const [names, n] of WEEKDAYS) for (const name of names.split('|')) WEEKDAY_OF.set(name, n);

const byLength = (names: Iterable<string>) => [...names].sort((a, b) => b.length - a.length).join('|');
const MONTH = `(${byLength(MONTH_OF.keys())})\\.?`;
const WEEKDAY = `(${byLength(WEEKDAY_OF.keys())})\\.?`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?`;
const YEAR = `(\\d{4})`;
const LEAD_WEEKDAY = `(?:${WEEKDAY},?\\s+(?:the\\s+|le\\s+|el\\s+|den\\s+)?)?`;

/**
 * Date shapes, each with the groups: weekday, then the shape's own. Longest first; all
 * global and case-insensitive, without the Unicode flag (cheap to scan).
 */
const DATE_SHAPES: Array<{ re: RegExp; read: (m: RegExpExecArray, ctx: FastContext) => Values | null }> = [
  {
    // "Tuesday 14 April 2026", "Monday the 11th of May", "3. Februar 2026", "16 de abril de 2026"
    re: new RegExp(
      `${B}${LEAD_WEEKDAY}(?:the\\s+)?${DAY}\\s+(?:of\\s+|de\\s+)?${MONTH}(?:,?\\s+(?:de\\s+)?${YEAR})?${E}(?![:.]\\d)`,
      'gi',
    ),
    read: (m) => ymd(m[1], m[4], MONTH_OF.get((m[3] ?? '').toLowerCase()), m[2]),
  },
  {
    // "Tuesday, March 10", "Tue Mar 3, 2026", "January 26th", "Nov. 9"
    re: new RegExp(
      `${B}${LEAD_WEEKDAY}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${E}(?![:.]\\d|\\s*(?:[ap]\\.?m|h\\d|uhr))`,
      'gi',
    ),
    read: (m) => ymd(m[1], m[4], MONTH_OF.get((m[2] ?? '').toLowerCase()), m[3]),
  },
  {
    // "29-Dec-2025", "4 Jun 2026" is the first shape
    re: new RegExp(`${B}${LEAD_WEEKDAY}(\\d{1,2})-${MONTH}-(\\d{4})(?![\\d-])`, 'gi'),
    read: (m) => ymd(m[1], m[4], MONTH_OF.get((m[3] ?? '').toLowerCase()), m[2]),
  },
  {
    // "2026-05-14"
    re: new RegExp(`${B}${LEAD_WEEKDAY}(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])`, 'gi'),
    read: (m) => ymd(m[1], m[2], Number(m[3]), m[4]),
  },
  {
    // "18.06.2026" (day first everywhere it is written so)
    re: new RegExp(`${B}${LEAD_WEEKDAY}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])`, 'gi'),
    read: (m) => ymd(m[1], m[4], Number(m[3]), m[2]),
  },
  {
    // "3/4", "03/05/2026", "22/09/2026": the sender's order, unless a number says otherwise
    re: new RegExp(`${B}${LEAD_WEEKDAY}(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])`, 'gi'),
    read: (m, ctx) => {
      const a = Number(m[2]);
      const b = Number(m[3]);
      let monthFirst = ctx.monthFirst;
      if (a > 12 && b <= 12) monthFirst = false;
      else if (b > 12 && a <= 12) monthFirst = true;
      const [month, day] = monthFirst ? [a, b] : [b, a];
      const y = m[4] === undefined ? undefined : m[4].length === 2 ? String(2000 + Number(m[4])) : m[4];
      return ymd(m[1], y, month, String(day));
    },
  },
];

/** A weekday alone, or a relative day ("tomorrow"): read only when no modifier precedes it. */
const LONE_WEEKDAY = new RegExp(`${B}${WEEKDAY}${E}`, 'gi');
const RELATIVE_DAY = new RegExp(`${B}(today|tomorrow|demain|morgen|mañana|heute|hoy|aujourd'hui)${E}`, 'gi');
const RELATIVE_OFFSET: Record<string, number> = {
  today: 0,
  heute: 0,
  hoy: 0,
  "aujourd'hui": 0,
  tomorrow: 1,
  demain: 1,
  morgen: 1,
  mañana: 1,
};
/** Words that make a weekday or day relative in a way only chrono reads ("next Tuesday"). */
const MODIFIER_BEFORE = new RegExp(
  `${B}(?:next|last|this|coming|following|past|previous|prochain|dernier|ce|nächsten|nächster|kommenden|letzten|diesen|próximo|pasado|este)\\s+$`,
  'i',
);
/** Words after a day that change it ("tomorrow morning", "mañana por la tarde"): chrono's. */
const MODIFIER_AFTER = new RegExp(
  `^\\s*(?:morning|afternoon|evening|night|matin|soir|früh|abend|por la|week|weeks)${E}`,
  'i',
);

function ymd(
  weekday: string | undefined,
  year: string | undefined,
  month: number | undefined,
  day: string | undefined,
): Values | null {
  const d = Number(day);
  if (!month || month < 1 || month > 12 || !(d >= 1 && d <= 31)) return null;
  const v: Values = { month, day: d };
  if (year !== undefined) v.year = Number(year);
  if (weekday !== undefined) {
    const w = WEEKDAY_OF.get(weekday.toLowerCase());
    if (w === undefined) return null;
    v.weekday = w;
  }
  return v;
}

/**
 * Clock shapes. Groups: hour, minute, meridiem (a/p). "2:30 PM", "10.30am", "8:00 a.m.",
 * "10:00 a. m.", "3:30p", "2pm", "14h30", "10 h 30", "14h", "14 Uhr", "10:00 Uhr", "14:30".
 */
const TIME_BODY = [
  `(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?\\s?m\\.?${E}`,
  `(\\d{1,2}):(\\d{2})([ap])${E}`,
  `(\\d{1,2})\\s?h\\s?(\\d{2})?(?![\\d${LATIN_WORD_CHAR.slice(1, -1)}])`,
  `(\\d{1,2})(?::(\\d{2}))?\\s?uhr${E}`,
  `(\\d{1,2}):(\\d{2})(?!\\d|:\\d)`,
  `(12\\s+noon|noon|midday|midi|mediodía)${E}`,
  // "at 11.30", ", 14.00": a dot clock only after its lead word (else "$17.50" would be one)
  `(?<=(?:at|um|à|,)\\s)(\\d{1,2})\\.(\\d{2})(?![\\d.])`,
];
/** One clock, with the words that may lead it ("at 2pm", "um 14 Uhr", "à 14h", "a las 10:00"). */
const TIME_RE = new RegExp(
  `${B}(?:(?:at|from|um|à|a las)\\s+)?(?:${TIME_BODY.map((t) => `(?:${t})`).join('|')})`,
  'gi',
);

interface Clock {
  index: number;
  end: number;
  h: number;
  min: number;
  /** The clock says am/pm or is 24-hour beyond doubt. */
  meridiem: 'am' | 'pm' | null;
}

function readClock(m: RegExpExecArray): Clock | null {
  // Groups per TIME_BODY entry: [1..3], [4..6], [7..8], [9..10], [11..12], [13], [14..15].
  let h: number;
  let min = 0;
  let meridiem: 'am' | 'pm' | null = null;
  if (m[1] !== undefined) {
    h = Number(m[1]);
    min = Number(m[2] ?? 0);
    meridiem = (m[3] ?? '').toLowerCase() === 'a' ? 'am' : 'pm';
  } else if (m[4] !== undefined) {
    h = Number(m[4]);
    min = Number(m[5]);
    meridiem = (m[6] ?? '').toLowerCase() === 'a' ? 'am' : 'pm';
  } else if (m[7] !== undefined) {
    h = Number(m[7]);
    min = Number(m[8] ?? 0);
  } else if (m[9] !== undefined) {
    h = Number(m[9]);
    min = Number(m[10] ?? 0);
  } else if (m[11] !== undefined) {
    h = Number(m[11]);
    min = Number(m[12]);
  } else if (m[13] !== undefined) {
    h = 12;
    meridiem = 'pm';
  } else if (m[14] !== undefined) {
    h = Number(m[14]);
    min = Number(m[15]);
  } else return null;
  if (meridiem !== null) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (h > 23) return null;
  if (min > 59) return null;
  return { index: m.index, end: m.index + m[0].length, h, min, meridiem };
}

/** Between a date and its clock: ", ", " at ", " @ ", " ⋅ ", " um ", " à ", " a las ". */
const DATE_TO_TIME = /^(?:\s*[,⋅·@]?\s*|\s+(?:at|um|à|a las|alle|from|de|,\s*from|,\s*at|,\s*um)\s+)$/i;
/** Between a clock and its date: " on ", ", ", " - ", " ", a zone first ("2pm ET on …"). */
const TIME_TO_DATE = /^\s*(?:[A-Z]{2,5}|\([^()\n]{1,40}\))?(?:\s*,?\s+(?:on|le|am|el)\s+|\s*[,–-]\s*|\s+)$/;
/** Between two clocks of a span: "-", "–", " to ", " bis ", " à ", " a ". */
const RANGE = /^\s*(?:-|–|—|to|bis|à|a|until|till)\s*$/i;
/** A bare hour ending the text, then a span dash: the "2" of "2-3pm". */
const BARE_HOUR = /(?<![\d:.])(\d{1,2})\s*(?:-|–)\s*$/;
/** A zone-like word right after a clock ("EST", "NZDT", "UTC-05:00"): chrono's, unless we know it. */
const ZONE_AFTER = /^\s*\(?((?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})\)?/;

/** Blank a span so what remains can be checked for date words nobody read. */
function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) chars[i] = ' ';
}

interface DateSpan {
  index: number;
  end: number;
  v: Values;
  relative?: number;
}

export interface FastResult {
  found: FastFound[];
  /** Every date word and clock of the text is read: chrono has nothing to add. */
  complete: boolean;
}

/** The dates and clocks of one snippet, and whether they are all of them. */
export function fastDates(raw: string, ctx: FastContext, cue: RegExp): FastResult {
  // Links, sums and phone numbers are read as blanks (same length: positions hold).
  const text = raw.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
  const dates: DateSpan[] = [];
  const taken = (i: number, j: number) => dates.some((d) => i < d.end && d.index < j);
  for (const shape of DATE_SHAPES) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(text); m; m = shape.re.exec(text)) {
      const end = m.index + m[0].length;
      if (taken(m.index, end)) continue;
      const v = shape.read(m, ctx);
      if (!v) continue;
      if (MODIFIER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return INCOMPLETE;
      dates.push({ index: m.index, end, v });
    }
  }
  for (const re of [LONE_WEEKDAY, RELATIVE_DAY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (taken(m.index, end)) continue;
      // "next Tuesday", "tomorrow morning", "Wed to Sat": only chrono reads these.
      if (MODIFIER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return INCOMPLETE;
      if (MODIFIER_AFTER.test(text.slice(end, end + 12))) return INCOMPLETE;
      const word = (m[1] ?? '').toLowerCase();
      if (re === LONE_WEEKDAY) {
        const w = WEEKDAY_OF.get(word);
        // Short forms alone ("Sat", "Mar", "Sun") are as often words: leave them to chrono.
        if (w === undefined || word.length < 5) return INCOMPLETE;
        dates.push({ index: m.index, end, v: { weekday: w } });
      } else {
        dates.push({ index: m.index, end, v: {}, relative: RELATIVE_OFFSET[word] ?? 0 });
      }
    }
  }
  dates.sort((a, b) => a.index - b.index);
  for (let i = 1; i < dates.length; i++) {
    const gap = text.slice(dates[i - 1]!.end, dates[i]!.index);
    if (RANGE.test(gap) || /^\s*(?:through|thru|and|or|und|et|y|ou|oder|o)\s*$/i.test(gap)) return INCOMPLETE;
  }

  const clocks: Clock[] = [];
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(text); m; m = TIME_RE.exec(text)) {
    const c = readClock(m);
    if (!c) return INCOMPLETE;
    if (taken(c.index, c.end)) return INCOMPLETE;
    const zone = ZONE_AFTER.exec(text.slice(c.end, c.end + 16));
    if (zone?.[1] && ZONE_ABBR[zone[1]] === undefined && !/^(?:AM|PM|ET|PT|CT|MT)$/.test(zone[1]))
      return INCOMPLETE;
    clocks.push(c);
  }

  // Spans of clocks: "2pm - 3pm", "9am to 12pm", "1:00–2:15", "2-3pm" (a bare hour before
  // a clock with am/pm takes its half of the day).
  const spans: Array<{ start: Clock; end: Clock | null }> = [];
  for (let i = 0; i < clocks.length; i++) {
    const a = clocks[i]!;
    const b = clocks[i + 1];
    if (b && RANGE.test(text.slice(a.end, b.index))) {
      spans.push({ start: a, end: b });
      i++;
    } else spans.push({ start: a, end: null });
  }
  const found: FastFound[] = [];
  const chars = [...text];
  const usedDates = new Set<DateSpan>();
  for (const span of spans) {
    let { start } = span;
    // A bare hour before a clock with am/pm takes its half of the day: "2-3pm", "11 – 1pm".
    const bare = start.meridiem && !span.end ? BARE_HOUR.exec(text.slice(0, start.index)) : null;
    if (bare) {
      let h = (Number(bare[1]) % 12) + (start.meridiem === 'pm' ? 12 : 0);
      if (h > start.h) h -= 12;
      if (Number(bare[1]) >= 1 && Number(bare[1]) <= 12) {
        span.end = start;
        start = {
          index: bare.index,
          end: bare.index + (bare[1] ?? '').length,
          h,
          min: 0,
          meridiem: start.meridiem,
        };
      }
    }
    // Its date: right before it, or right after it.
    let date: DateSpan | undefined;
    for (const d of dates) {
      if (usedDates.has(d)) continue;
      if (d.end <= start.index && DATE_TO_TIME.test(text.slice(d.end, start.index))) date = d;
    }
    const spanEnd = span.end ? span.end.end : start.end;
    if (!date) {
      for (const d of dates) {
        if (!usedDates.has(d) && d.index >= spanEnd && TIME_TO_DATE.test(text.slice(spanEnd, d.index))) {
          date = d;
          break;
        }
      }
    }
    if (date) usedDates.add(date);
    const from = date ? Math.min(date.index, start.index) : start.index;
    const to = date ? Math.max(date.end, spanEnd) : spanEnd;
    const startParts = resolve(date, start, ctx);
    if (!startParts) return INCOMPLETE;
    let endParts: Parts | null = null;
    if (span.end) {
      let endClock = span.end;
      // "1:00–2:15", "11 – 12:30pm": an end before the start is in the afternoon.
      if (endClock.meridiem === null && endClock.h < start.h && endClock.h < 12)
        endClock = { ...endClock, h: endClock.h + 12 };
      endParts = new Parts(
        {
          ...pick(startParts.known, ['year', 'month', 'day', 'weekday']),
          hour: endClock.h,
          minute: endClock.min,
        },
        { ...startParts.implied, ...pick(startParts.known, ['year', 'month', 'day']) },
      );
    }
    found.push({ index: from, text: raw.slice(from, to), start: startParts, end: endParts });
    blank(chars, from, to);
  }
  for (const d of dates) {
    if (usedDates.has(d)) continue;
    const parts = resolve(d, null, ctx);
    if (!parts) return INCOMPLETE;
    found.push({ index: d.index, text: raw.slice(d.index, d.end), start: parts, end: null });
    blank(chars, d.index, d.end);
  }
  found.sort((a, b) => a.index - b.index);
  return { found, complete: !cue.test(chars.join('').replace(NOT_DATE_DIGITS, ' ')) };
}

/** What holds digits but no date: links, calendar stamps, sums ("$17.50", "67.000 €"). */
const NOT_PROSE =
  /(?:https?:\/\/|www\.|[\w-]+\.(?:com|us|io|google|microsoft)\/)\S*|^[A-Z][A-Z-]*(?:;[^:\n]*)?:\d{8}T\d{4,6}Z?$|^(?:VERSION|PRODID|UID):.*$|[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur\b|k\b)/gim;
/** Left over once the dates are read: phone numbers and reference numbers ("2026-8891"). */
const NOT_DATE_DIGITS = /\(?\+?\d[\d\s().-]{8,}\d|\b\d{4}-\d{3,}\b/g;

const INCOMPLETE: FastResult = { found: [], complete: false };

function pick(v: Values, keys: DateComponent[]): Values {
  const out: Values = {};
  for (const k of keys) if (v[k] !== undefined) out[k] = v[k];
  return out;
}

const DAY_MS = 86_400_000;
const wallOf = (day: Day, h: number, min: number) => Date.UTC(day.y, day.m - 1, day.d, h, min);

/** Chrono's reading of a date (or none) and a clock (or none), forward from the email. */
function resolve(date: DateSpan | undefined | null, clock: Clock | null, ctx: FastContext): Parts | null {
  const known: Values = {};
  const implied: Values = {};
  const h = clock ? clock.h : 12;
  const min = clock ? clock.min : 0;
  if (clock) {
    known.hour = clock.h;
    known.minute = clock.min;
    if (clock.meridiem) known.meridiem = clock.meridiem === 'pm' ? 1 : 0;
    else implied.meridiem = clock.h >= 12 ? 1 : 0;
  } else {
    implied.hour = 12;
    implied.minute = 0;
  }
  // Past: a date alone is past once its day is; a date with a clock once its time is.
  const past = (d: Day) => (clock ? ctx.wallMs > wallOf(d, h, min) : compareDays(d, ctx.day) < 0);
  let day: Day;
  const v = date?.v;
  if (date && date.relative !== undefined) {
    day = addDays(ctx.day, date.relative);
    Object.assign(known, { year: day.y, month: day.m, day: day.d });
  } else if (v && v.month !== undefined && v.day !== undefined) {
    let y = v.year ?? nearestYear(ctx, v.month, v.day);
    if (v.year === undefined) {
      for (let i = 0; i < 3 && past({ y, m: v.month, d: v.day }); i++) y++;
    }
    day = { y, m: v.month, d: v.day };
    if (!validDay(day)) return null;
    Object.assign(known, { month: v.month, day: v.day });
    if (v.year !== undefined) known.year = v.year;
    else implied.year = y;
    if (v.weekday !== undefined) known.weekday = v.weekday;
  } else if (v && v.weekday !== undefined) {
    const refWeekday = new Date(wallOf(ctx.day, 0, 0)).getUTCDay();
    const forward = (v.weekday - refWeekday + 7) % 7;
    const backward = forward === 0 ? 0 : forward - 7;
    let shift = forward < -backward ? forward : backward;
    day = addDays(ctx.day, shift);
    if (past(day)) {
      shift = forward || 7;
      day = addDays(ctx.day, shift);
    }
    known.weekday = v.weekday;
    Object.assign(implied, { year: day.y, month: day.m, day: day.d });
  } else {
    // A clock alone: the email's day, or the next if that time is past.
    day = ctx.day;
    if (ctx.wallMs > wallOf(day, h, min)) day = addDays(day, 1);
    Object.assign(implied, { year: day.y, month: day.m, day: day.d });
  }
  return new Parts(known, implied);
}

function validDay(day: Day): boolean {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d));
  return t.getUTCMonth() === day.m - 1 && t.getUTCDate() === day.d;
}

/** The year that puts month/day nearest the email's date (chrono's rule). */
function nearestYear(ctx: FastContext, month: number, day: number): number {
  const ref = ctx.wallMs;
  let best = ctx.day.y;
  let bestGap = Infinity;
  for (const y of [ctx.day.y, ctx.day.y + 1, ctx.day.y - 1]) {
    const gap = Math.abs(Date.UTC(y, month - 1, day, Math.floor((ref % DAY_MS) / 3_600_000)) - ref);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}
