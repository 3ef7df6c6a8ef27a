/**
 * When the interview is: the best-scored time among calendar (ICS) DTSTART lines, the
 * subject (calendar invitations) and the body.
 *
 * - interviewAt keeps the wall clock as written. A zone named by the time (ET, PT, CET,
 *   "Eastern", …) or anywhere in the email gives the offset through its IANA zone, so it is
 *   right across DST changes ("EST" in July still means New York); otherwise the email's
 *   own offset. Proposed slots (a question, "A or B") and past meetings are not an interview.
 */
import { addDays, type Day } from './calendar-days';
import {
  DATE_CUE,
  findDates,
  findDatesInSentences,
  resolvedDay,
  type DateContext,
  type Found,
} from './dates';
import { sentences, type Sentence } from './prose';
import { words } from './regex-words';
import { CHECK_BACK, DEADLINE_WORD, DECISION_WORDS, INTERVIEW_WORDS } from './vocabulary';
import { formatWallClock, wallClockAt, zoneOffsetAt, type WallClock } from './wall-clock';
import { zoneNear, zoneStated, type ZoneSpec } from './zones';

const CONFIRM_WORDS = words(
  'scheduled|confirm(?:ed|ing|ation)?|booked|see you|looking forward|set for|will be held|is on|invite(?:d)?|calendar|confirmé|confirme|prévu|bestätig(?:t|en|e)|vereinbart|confirmad[oa]|confirmo|programad[oa]',
);

const PAST_WORDS = words(
  "thank you for|thanks for|thanks again for|it was (?:great|nice|a pleasure)|enjoyed|we spoke|we met|you met|you had|took place|merci pour|ravi(?:e)? d'avoir|vielen dank für|danke für|gracias por",
);

/** A time to be there or log in before the interview starts ("log in by 9:45", "arrive at 8:50"). */
const LEAD_IN =
  /\b(?:log(?:ged)? ?in|sign ?in|check ?in|arrive|arrival|be (?:ready|online|seated|there)|join(?: the [a-z]+)?|connect|dial in|report to reception)\b[^.;\n]{0,30}$|\b(?:by|no later than|at least)\s*$/i;

/** The old time of a rescheduled interview ("Previously: Monday at 2:00 PM", "instead of"). */
const OLD_TIME =
  /\b(?:previously|originally|old (?:time|date)|was (?:scheduled|set|booked|planned)|instead of|formerly|initially|no longer|moved from|from the original|(?:^|\n)\s*(?:old|was|from)\s*:)\b|\bcurrent(?:ly)? (?:time|scheduled)/i;
/** The new time of a rescheduled interview. */
const NEW_TIME =
  /(?:^|\n)\s*(?:now|new(?: time| date)?|updated(?: time)?|to)\s*:|\b(?:new (?:time|date|slot)|moved (?:it )?to|rescheduled (?:to|for)|changed to|now (?:be|on|at|scheduled))\b/i;

/** A sender agreeing to a time ("Thu, Jun 25, 4:30pm it is", "… works for me"). */
const AGREED =
  /\b(?:it is|works(?: for (?:me|us))?|works great|sounds good|see you|ask for me|come by|perfect)\b/i;

/** Pasted invitations: Webex, Zoom, Teams, Google, Outlook "When:" text. */
const INVITE_TEXT =
  /invites you to join|join (?:zoom|webex|teams) meeting|join the meeting|microsoft teams meeting|join with google meet|meeting (?:id|number)|is inviting you to a scheduled|^\s*when\s*:/im;

/** "starts in 1 hour", "in 30 minutes", "today": a clock alone is on the email's day. */
const SAME_DAY =
  /\bin (?:\d+|an?|one|two|half an) (?:hours?|minutes?|mins?)\b|\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b|\bstarts? soon\b/i;

/** The end of a span ("finishes at around 15:30", "until 5pm") or a window to call ("between 8 and 4:30"). */
const END_OF = /\b(?:finish(?:es|ing)?|ends?|ending|until|till|wraps? up|closes?|between)\b[^.;\n]{0,20}$/i;

/** Stages that are interviews though the word is not said. */
const STAGE_WORDS = words(
  'panel|presentation|assessment (?:centre|center|day)|superday|final round|case study|let.s meet|meet (?:you|up)|(?:grab|get|have) (?:a )?coffee|coffee chat|come by|drop by|stop by',
);

/** A span of days, not one day: "the week of July 20", "w/c 3 March", "Monday through Friday". */
const SPAN_OF_DAYS = /\bweek (?:of|commencing|beginning)\b|\bw\/c\b|\bthrough\b|\bbetween\b/i;

/** "tmrw", "tmr", "2moro": tomorrow in a text message. */
const SHORT_TOMORROW = /\b(?:tmrw|tmrrw|tmr|tomoz|2moro|2morrow)\b/i;

/** An offset label ("(UTC-08:00)", "GMT+1") is no clock. */
const OFFSET_BEFORE = /(?:UTC|GMT)\s?[+\-−]?$/;

interface Lazy {
  stated: () => ZoneSpec | null;
  anyKeyword: () => boolean;
  /** The date the subject names (a day, no clock): the day of an agenda's times. */
  subjectDay: () => Day | null;
  invite: () => boolean;
  sameDay: () => boolean;
}

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
  isDecision: (s: Sentence) => boolean,
  lazy: Lazy,
  sents: Sentence[],
): Candidate[] {
  // Durations ("the interview will be 45 minutes") are not times. A subject is one snippet;
  // a body is read sentence by sentence, only where a date cue shows.
  const all =
    where === 'subject'
      ? DATE_CUE.test(text)
        ? findDates(text, ctx)
        : []
      : findDatesInSentences(sents, ctx, true);
  const found = all.filter(
    (f) =>
      !f.week &&
      !OFFSET_BEFORE.test(text.slice(Math.max(0, f.index - 5), f.index)) &&
      !f.start.tags().has('result/relativeDateAndTime') &&
      !(DURATION.test(f.text) && !/\d[:h.]\d|[ap]\.?m\b|uhr/i.test(f.text)),
  );
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
      const iso = interviewIso(text, next, ctx, lazy.stated(), { day: resolvedDay(f, c, ctx) });
      // Scored where the clock is: "log in by 9:45" or "finishes at 15:30" is read there.
      const sameSentence = sentenceOf(f.index) === sentenceOf(next.index);
      out.push(scoreCandidate(iso, sameSentence ? f : next, true, sameSentence ? undefined : f));
      i++;
      continue;
    }
    if (!c.isCertain('hour')) continue;
    // "2:30pm Eastern on Wednesday, August 13th": the day follows the clock.
    if (
      !hasDate &&
      next &&
      !next.start.isCertain('hour') &&
      (next.start.isCertain('day') || next.start.isCertain('weekday')) &&
      !next.week &&
      /^[\s,]*(?:[A-Za-z]{1,12}[\s,]+)?(?:on|,|-)?[\s,]*$/.test(
        text.slice(f.index + f.text.length, next.index),
      )
    ) {
      const iso = interviewIso(text, f, ctx, lazy.stated(), { day: resolvedDay(next, next.start, ctx) });
      out.push(scoreCandidate(iso, f, true));
      i++;
      continue;
    }
    if (!hasDate && SHORT_TOMORROW.test(text.slice(Math.max(0, f.index - 20), f.index))) {
      // Text-message shorthand ("Confirming tmrw 13:00") that no date reader knows.
      const day = addDays(ctx.day, 1);
      out.push(scoreCandidate(interviewIso(text, f, ctx, lazy.stated(), { day }), f, true));
      continue;
    }
    if (!hasDate && where === 'body') {
      // An agenda: "Monday 3 March" on a line, then "09:45 - 10:45 …" rows below; or the day
      // in the subject ("Your onsite agenda - Tue, Apr 22").
      const day = dayBefore(f.index) ?? lazy.subjectDay();
      if (day) {
        out.push(scoreCandidate(interviewIso(text, f, ctx, lazy.stated(), { day }), f, true));
        continue;
      }
    }
    const iso = interviewIso(text, f, ctx, lazy.stated());
    out.push(scoreCandidate(iso, f, hasDate || lazy.sameDay()));
  }
  return out;

  /** The day of the nearest date without a clock in the sentences just before `index`. */
  function dayBefore(index: number): Day | null {
    let k = sents.findIndex((s) => index >= s.start && index < s.end);
    if (k < 0) return null;
    const from = sents[k]?.start ?? 0;
    for (let n = 0; k >= 0 && n < 10; k--, n++) {
      const s = sents[k] as Sentence;
      if (from - s.end > 600) break;
      if (!DATE_CUE.test(s.text)) continue;
      // "Interviews will be held the week of July 20": no day for a clock.
      if (SPAN_OF_DAYS.test(s.text)) return null;
      const dates = findDates(s.text, ctx).filter(
        (g) =>
          !g.week && s.start + g.index < index && (g.start.isCertain('day') || g.start.isCertain('weekday')),
      );
      const g = dates[dates.length - 1];
      if (g) return resolvedDay(g, g.start, ctx);
    }
    return null;
  }

  function scoreCandidate(iso: string, f: Found, hasDate: boolean, dateFound?: Found): Candidate {
    const index = f.index;
    const sentence = sentenceOf(index);
    const s = sentence?.text ?? text.slice(Math.max(0, index - 80), index + 80);
    const dateSentence = dateFound ? sentenceOf(dateFound.index)?.text : undefined;
    const inSentence =
      INTERVIEW_WORDS.test(s) ||
      STAGE_WORDS.test(s) ||
      (dateSentence !== undefined &&
        (INTERVIEW_WORDS.test(dateSentence) || STAGE_WORDS.test(dateSentence))) ||
      (where === 'subject' && INTERVIEW_WORDS.test(text));
    let score = 4;
    if (hasDate) score += 3;
    if (inSentence) score += 3;
    else if (lazy.anyKeyword()) score += 1;
    if (CONFIRM_WORDS.test(s) || AGREED.test(s)) score += 2;
    if (invitation) score += 8;
    else if (where === 'body' && hasDate && lazy.invite()) score += 3;
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const before = text.slice(Math.max(lineStart, index - 60), index);
    if (LEAD_IN.test(before) || END_OF.test(before)) score -= 5;
    const context = text.slice(Math.max(lineStart, sentence?.start ?? index), index);
    if (OLD_TIME.test(context)) score -= 6;
    else if (NEW_TIME.test(context)) score += 2;
    if (where === 'subject') score += 1;
    if (/\?\s*$/.test(s)) score -= 4;
    if (/\b(?:or|ou|oder|o)\b/i.test(s) && sentence && timesIn(sentence) > 1) {
      score -= 4;
    }
    if (PAST_WORDS.test(s)) score -= 6;
    if (sentence && isDecision(sentence) && !INTERVIEW_WORDS.test(s)) score -= 6;
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

export function findInterview(
  subject: string,
  body: string,
  raw: string,
  ctx: DateContext,
  bodySents: Sentence[] = sentences(body),
): string | null {
  // What only scoring needs is worked out on first use: most emails have no time to score.
  let stated: ZoneSpec | null | undefined;
  let anyKeyword: boolean | undefined;
  let subjectDay: Day | null | undefined;
  let invite: boolean | undefined;
  let sameDay: boolean | undefined;
  const lazy: Lazy = {
    // A zone stated anywhere ("All times Eastern", a Calendly "(Eastern Time - US & Canada)")
    // applies to times written without one.
    stated: () => (stated === undefined ? (stated = zoneStated(subject) ?? zoneStated(body)) : stated),
    anyKeyword: () => (anyKeyword ??= INTERVIEW_WORDS.test(subject) || INTERVIEW_WORDS.test(body)),
    subjectDay: () => {
      if (subjectDay !== undefined) return subjectDay;
      const g = DATE_CUE.test(subject)
        ? findDates(subject, ctx).find(
            (f) =>
              !f.week &&
              !f.start.isCertain('hour') &&
              (f.start.isCertain('day') || f.start.isCertain('weekday')),
          )
        : undefined;
      return (subjectDay = g ? resolvedDay(g, g.start, ctx) : null);
    },
    invite: () => (invite ??= INVITE_TEXT.test(raw.slice(0, 20_000))),
    sameDay: () => (sameDay ??= SAME_DAY.test(subject) || SAME_DAY.test(body)),
  };
  const isDecision = (s: Sentence) => DECISION_WORDS.test(s.text) || CHECK_BACK.test(s.text);
  const candidates = [
    ...(raw.includes('DTSTART') ? icsCandidates(raw, ctx) : []),
    ...interviewCandidates(subject, 'subject', ctx, 0, () => false, lazy, sentences(subject)),
    ...interviewCandidates(body, 'body', ctx, 10_000, isDecision, lazy, bodySents),
  ].filter((c) => c.score >= 8);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  return candidates[0]?.iso ?? null;
}
