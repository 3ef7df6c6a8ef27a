/**
 * When the employer promised a decision: the first date in a sentence about deciding or
 * getting back, that is not the interview's own date and not already past. A week span
 * ("by the end of next week", "within two weeks") gives its LAST day.
 */
import { compareDays, ymd } from './calendar-days';
import { findDates, hasDateCue, resolvedDay, type DateContext } from './dates';
import { sentences, type Sentence } from './prose';
import { DEADLINE_WORD, DECISION_WORDS, INTERVIEW_WORDS } from './vocabulary';

const BEFORE_DATE_INTERVIEW = new RegExp(`(?:${INTERVIEW_WORDS.source})[^.!?]{0,25}$`, 'iu');

/** The first date in a decision sentence that is not the interview's own date. */
export function findDecision(
  body: string,
  ctx: DateContext,
  sents: readonly Sentence[] = sentences(body),
): string | null {
  for (const s of sents) {
    // The cheap tests first: chrono runs only on a decision sentence that holds a date cue.
    if (!hasDateCue(s) || !DECISION_WORDS.test(s.text)) continue;
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
