/**
 * The people in an email and how to reach them: the sender (unless a shared or machine
 * mailbox), and names, addresses and phone numbers in the text, signatures included. The
 * recipient's own addresses and dial-in numbers are left out.
 */
import type { Email, Person } from '../email';
import { atsSender, SHARED_MAILBOX } from '../senders';
import { senderOf, type Sender } from '../text';
import { foldName, looksLikeOrg, SYSTEM_NAME } from './org-names';
import { lastWordsName, looksLikePersonName, nameLine } from './person-names';
import { INTERVIEW_WORDS } from './vocabulary';
import { matches, words } from './regex-words';

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

const DEPARTMENT = words(
  'recruiting|recruitment|recrutement|talent|careers?|jobs|hiring|hr|rh|rrhh|personal|personalabteilung|karriere|empleo|talento|people|team|notifications?|support|info',
);

export function findPeople(email: Email, sender: Sender, body: string, company: string | null): Person[] {
  const own = new Set((email.to.match(EMAIL_RE) ?? []).map((a) => a.toLowerCase()));
  const companyKey = company ? foldName(company) : null;
  const people: Person[] = [];
  const add = (p: Person) => {
    if (p.email && own.has(p.email.toLowerCase())) return;
    // A company, a team or a system is never a person ("Northwind Robotics" reads like a name).
    if (
      p.name &&
      (looksLikeOrg(p.name) ||
        SYSTEM_NAME.test(p.name) ||
        (companyKey !== null && foldName(p.name) === companyKey))
    ) {
      if (!p.email || SHARED_MAILBOX.test(p.email)) return;
      p = { ...p, name: null };
    }
    // A careful reader notes people, not switchboards or shared mailboxes: a number with no
    // owner, or an address with no name that does not read as someone's ("jobs@", "privacy@").
    if (!p.name && !p.email) return;
    if (!p.name && p.email && p.email !== sender.address && !PERSONAL_LOCAL.test(p.email)) return;
    people.push(p);
  };

  const system = atsSender(sender.address);
  const shared = sender.address ? SHARED_MAILBOX.test(sender.address) : false;
  // "Amy Lee via Greenhouse", "Amy Lee at Acme", "Amy Lee from Acme": the person is before.
  const senderName = sender.name ? sender.name.replace(/\s*\(?\b(?:via|at|from|@)\s.*$/i, '').trim() : null;
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

  // Cc'd people: on an interview mail they are the interviewers.
  const aboutInterview = INTERVIEW_WORDS.test(email.subject) || INTERVIEW_WORDS.test(body.slice(0, 2000));
  if (email.cc) {
    for (const part of email.cc.split(/,(?![^<]*>)/)) {
      const cc = senderOf(part);
      if (!cc.address || SHARED_MAILBOX.test(cc.address)) continue;
      const name = cc.name && looksLikePersonName(cc.name) ? cc.name : null;
      add({ name, email: cc.address, phone: null, role: aboutInterview ? 'interviewer' : null });
    }
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
    // Cheap tests first: an address needs an "@", a phone number seven digits.
    if (line.includes('@'))
      for (const m of matches(EMAIL_RE, line)) {
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
    if (!SEVEN_DIGITS.test(line) || DIAL_IN.test(line) || /#/.test(line)) continue;
    for (const m of matches(PHONE_RE, line)) {
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
      // A number in the closing with no name on its line is the sender's; elsewhere a name
      // counts only when it is on the line or right above it.
      const close = lastName && i - lastName.line <= 1 ? lastName.name : null;
      add({
        name: inline ?? lineOwner ?? (signed && !close ? signed : (close ?? signed)),
        email: null,
        phone: phone.replace(/\s+/g, ' '),
      });
    }
  }
  // "you'll meet Dana Ortiz (Engineering Manager)": named people with a title.
  for (const m of MEET_CUE.test(body) ? matches(MEET_RE, body) : []) {
    for (const one of (m[1] ?? '').split(/,\s*|\s+and\s+/)) {
      const t = /^([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2})(?:\s*[(,]\s*([^)\n,]{2,50})\)?)?/u.exec(
        one.trim(),
      );
      if (!t?.[1] || !looksLikePersonName(t[1])) continue;
      const title = t[2] ?? '';
      add({
        name: t[1],
        email: null,
        phone: null,
        role: /manager|head of|director|lead/i.test(title) ? 'hiring_manager' : 'interviewer',
      });
    }
  }
  // "Nadia Price, our Interview Coordinator, will…" and "our recruiter, Nadia Price, will…".
  if (TITLE_CUE.test(body)) {
    for (const m of matches(NAME_THEN_TITLE, body)) {
      if (looksLikePersonName(m[1]!))
        add({ name: m[1]!, email: null, phone: null, role: roleOfTitle(m[2]!) });
    }
    for (const m of matches(TITLE_THEN_NAME, body)) {
      if (looksLikePersonName(m[2]!))
        add({ name: m[2]!, email: null, phone: null, role: roleOfTitle(m[1]!) });
    }
  }
  const out = dedupePeople(people);
  // Each person's part, from the title beside their name (a signature's next line, "Amy
  // Lee, Recruiter"); the sender's from their signature, their domain or an agency's words.
  const agency = AGENCY_DOMAIN.test(sender.domain ?? '') || AGENCY_WORDS.test(body);
  for (const p of out) {
    if (p.role != null || !p.name) continue;
    const isSender = (p.email !== null && p.email === sender.address) || (!p.email && p.name === senderName);
    const title = titleBeside(lines, p.name, isSender ? senderFirst : undefined);
    let role = title ? roleOfTitle(title) : null;
    if (isSender) {
      if (AGENCY_DOMAIN.test(sender.domain ?? '') || (agency && role !== 'hiring_manager' && role !== null))
        role = 'agency_consultant';
      else
        role ??= RECRUITING_ADDRESS.test(`${sender.name ?? ''} ${sender.address ?? ''}`) ? 'recruiter' : null;
    }
    if (role) p.role = role;
  }
  return out;
}

const TITLE_CUE = /\b(?:our|my|the|your)\s/i;
/** Titles match in any case ("Interview Coordinator"), names only capitalised. */
const TITLE_WORDS = caseless(
  'recruiter|recruiting #|talent #|coordinator|hiring manager|# manager|head of #|director(?: of #)?|team lead|lead #|founder|ceo|cto|cfo|people partner|hr #|consultant',
);
const NAME_PART = `[\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}][\\p{L}'’-]+){1,2}`;
const NAME_THEN_TITLE = new RegExp(
  `(${NAME_PART}),? (?:who is )?(?:our|my|the|your) ((?:[A-Za-z]+ ){0,3}?(?:${TITLE_WORDS}))\\b`,
  'gu',
);
const TITLE_THEN_NAME = new RegExp(
  `\\b(?:[Oo]ur|[Mm]y|[Tt]he|[Yy]our) ((?:[A-Za-z]+ ){0,3}?(?:${TITLE_WORDS})),? (${NAME_PART})\\b`,
  'gu',
);

function caseless(pattern: string): string {
  // "#" stands for any one word.
  return pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/#/g, '[A-Za-z]+');
}

/** Agencies: their own domains, and the words they use for the employer. */
const AGENCY_DOMAIN =
  /recruit|staffing|resourcing|headhunt|search|executive|personnel|placement|talentpartners/i;
const AGENCY_WORDS =
  /\b(?:my|our) client(?:'s)?\b|\bon behalf of (?:my|our|a) client\b|\bconfidential client\b/i;
const RECRUITING_ADDRESS = /recruit|talent|sourc|people|hr\b|human resources|recrut|personal/i;

/** What a job title says about its holder's part in a hiring process. */
export function roleOfTitle(title: string): Person['role'] {
  if (
    /recruit|talent|sourc|coordinator|people partner|hr\b|human resources|recrut|personal|selección|reclut/i.test(
      title,
    )
  )
    return 'recruiter';
  if (/consultant|account manager|headhunter/i.test(title)) return 'agency_consultant';
  if (
    /manager|head of|director|\blead\b|\bvp\b|vice president|founder|chief|\bc[tefo]o\b|leiter|responsable|jefe/i.test(
      title,
    )
  )
    return 'hiring_manager';
  return null;
}

/**
 * The title written beside a name: the rest of its line ("Amy Lee, Recruiter", "Amy Lee |
 * Talent Partner") or the line after it in a signature; the last such place counts, as
 * signatures come last. A sender signing with their first name is found by it.
 */
function titleBeside(lines: string[], name: string, firstName?: string): string | null {
  const key = name.toLowerCase();
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? '').trim();
    const lower = line.toLowerCase();
    const signed = lower === key || (firstName !== undefined && lower.replace(/[,.]$/, '') === firstName);
    if (signed) {
      const next = (lines[i + 1] ?? '').trim();
      return next.length > 0 && next.length < 80 ? next : null;
    }
    if (lower.startsWith(key)) {
      const rest = line.slice(name.length).replace(/^\s*[,|•·–—-]\s*/, '');
      if (rest.length > 1 && rest.length < 80 && rest !== line.slice(name.length)) return rest;
    }
  }
  return null;
}

const SEVEN_DIGITS = /(?:\d\D{0,3}){7}/;
/** An address's local part that reads as a person's: first.last, f.last, first_last. */
const PERSONAL_LOCAL = /^[a-z\u00e0-\u017f]+[._-][a-z\u00e0-\u017f]+(?:[._-][a-z\u00e0-\u017f]+)?\d*@/i;
const MEET_CUE = /meet|with|panel|interviewer/i;
const MEET_RE =
  /(?:you(?:'|’)ll (?:be )?meet(?:ing)?(?: with)?|you will (?:be )?meet(?:ing)?(?: with)?|interview(?:ing)? with|speak(?:ing)? with|panel (?:will )?(?:include|includes|is)|interviewers? (?:will be|are|is)|met with)\s+([^.\n]{3,160})/giu;

const SIGN_OFF = words(
  '--|—|best(?: regards| wishes)?,?|regards,?|kind regards,?|warm regards,?|thanks,?|thank you,?|many thanks,?|cheers,?|sincerely,?|cordialement,?|bien à vous,?|bien cordialement,?|(?:mit )?(?:freundlichen|viele|beste) grüße,?|saludos,?|un saludo,?|atentamente,?',
);

function lastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
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
