/**
 * Whether some text is a person's name ("Amy Lee", "Jan van der Berg"), and finding one on
 * a signature line or at the end of a phrase ("Please reach out to Amy Lee").
 */
import { words } from './regex-words';

const NAME_TOKEN = `(?:[\\p{Lu}][\\p{Ll}'’-]+(?:[\\p{Lu}][\\p{Ll}]+)?(?:-[\\p{Lu}][\\p{Ll}'’]+)?|O['’][\\p{Lu}][\\p{Ll}]+)`;
const PARTICLE = `(?:de|da|di|du|del|della|der|den|van|von|la|le|dos|das|bin|al|ter|ten)`;
const PERSON_NAME_RE = new RegExp(
  `^${NAME_TOKEN}(?:[ ](?:${PARTICLE}[ ])*(?:${NAME_TOKEN}|[\\p{Lu}]\\.)){1,3}$`,
  'u',
);

const NOT_NAME_WORDS = words(
  'reach|call|contact|text|ping|ask|meet|write|please|questions|with|team|recruiting|recruitment|talent|acquisition|hiring|careers?|jobs|hr|inc|llc|gmbh|ltd|regards|best|thanks|thank|sincerely|cheers|kind|warm|senior|junior|recruiter|manager|engineer|director|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|phone|mobile|email|office|tel|meeting|interview|zoom|google|microsoft|calendar|notifications?|reply|support|dear|hello|hi|bonjour|hallo|hola|cordialement|grüße|saludos|the|and|for|consultant|partner|principal|specialist|coordinator|lead|associate|officer|advisor|adviser|executive|analyst|administrator|assistant|head|chief|president|founder|generalist|sourcer|operations|people',
);

export function looksLikePersonName(s: string): boolean {
  const t = s.trim();
  return PERSON_NAME_RE.test(t) && !NOT_NAME_WORDS.test(t);
}

/** Whether a line is a bare name (a signature's first line). */
export function nameLine(line: string): string | null {
  const t = line
    .trim()
    .replace(/^[-–—~]+\s*/, '')
    .replace(/[,.]$/, '');
  return looksLikePersonName(t) ? t : null;
}

/** "Amy Lee" at the end of "Please reach out to Amy Lee" or "Amy Lee, Recruiter". */
export function lastWordsName(before: string): string | null {
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
