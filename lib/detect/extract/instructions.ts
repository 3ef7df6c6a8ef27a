/**
 * What the employer asked: don't call, don't email, don't message on LinkedIn, don't chase
 * at all, and from which day the candidate may check back.
 *
 * - mayCheckBackOn is the FIRST day allowed: "check back next week" → next Monday; "after
 *   March 15" → March 16.
 */
import type { Instructions } from '../email';
import { addDays, compareDays, ymd } from './calendar-days';
import { findDates, hasDateCue, resolvedDay, type DateContext } from './dates';
import { sentences, type Sentence } from './prose';
import { words } from './regex-words';
import { CHECK_BACK } from './vocabulary';

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

export function findInstructions(
  body: string,
  ctx: DateContext,
  sents: readonly Sentence[] = sentences(body),
): Instructions {
  const out: Instructions = { noContact: false, excludedChannels: [], mayCheckBackOn: null, evidence: [] };
  const cite = (s: string) => {
    if (!out.evidence.includes(s)) out.evidence.push(s);
  };
  const exclude = (channel: 'phone' | 'email' | 'linkedin') => {
    if (!out.excludedChannels.includes(channel)) out.excludedChannels.push(channel);
  };
  for (const s of sents) {
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
    if (out.mayCheckBackOn === null && hasDateCue(s) && CHECK_BACK.test(t)) {
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
