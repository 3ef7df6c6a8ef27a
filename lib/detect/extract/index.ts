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
 * Each fact has its own module; the choices made where wording is open are written next to
 * the code that makes them (week-phrases, dates, interview-time, instructions).
 */
import type { Email, Extraction } from '../email';
import { senderOf, splitReply, stripNoise } from '../text';
import { dayFromUtc } from './calendar-days';
import { findCompany } from './company';
import { readsMonthFirst, type DateContext } from './dates';
import { findDecision } from './decision-date';
import { findInstructions } from './instructions';
import { findInterview } from './interview-time';
import { detectLanguage } from './language';
import { findMeetingLinks } from './links';
import { findPeople } from './people';
import { looksLikeOrg } from './org-names';
import { looksLikePersonName } from './person-names';
import { sentences, unwrap } from './prose';
import { findRole } from './role';
import { offsetOfIso } from './wall-clock';

/** Display names of the sender and recipients, lowercased: never the company. */
function headerNames(email: Email): Set<string> {
  const names = new Set<string>();
  for (const part of `${email.from},${email.to},${email.cc}`.split(/,(?![^<]*>)/)) {
    const { name } = senderOf(part);
    const n = name?.replace(/\s*\(?\bvia\b.*$/i, '') ?? '';
    if (looksLikePersonName(n) && !looksLikeOrg(n)) names.add(n.toLowerCase());
  }
  return names;
}

/** How much of the fresh text is read (characters): enough for any letter a person writes. */
const MAX_TEXT = 20_000;

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
    monthFirst: readsMonthFirst(offset, `${email.subject}\n${freshWithSignature}`),
  };
  // One cut into sentences, shared by every reader of dates.
  const sents = sentences(clean);

  const company = findCompany({
    email,
    sender,
    body: freshWithSignature,
    quoted: quoted.slice(0, MAX_TEXT),
    personNames: headerNames(email),
  });
  const people = findPeople(email, sender, freshWithSignature, company);
  const role = findRole(email.subject, clean, company, quoted);
  let meetingLinks = findMeetingLinks(`${email.subject}\n${fresh.slice(0, MAX_TEXT)}`);
  if (meetingLinks.length === 0) meetingLinks = findMeetingLinks(quoted.slice(0, MAX_TEXT));

  return {
    company,
    role,
    people,
    interviewAt: findInterview(email.subject, clean, fresh, ctx, sents),
    decisionBy: findDecision(clean, ctx, sents),
    meetingLinks,
    instructions: findInstructions(clean, ctx, sents),
  };
}
