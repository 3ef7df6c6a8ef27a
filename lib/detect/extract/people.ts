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
  const out = dedupePeople(people);
  // The sender's part: a recruiting agency's consultant, a recruiter, or a hiring manager.
  const first = out.find((p) => p.email && p.email === sender.address);
  if (first && first.role == null) {
    const domain = sender.domain ?? '';
    const sig = body.slice(-600);
    if (
      /recruit|talent|search|staffing|resourcing|headhunt/i.test(domain) &&
      !(companyKey && foldName(domain).startsWith(companyKey))
    )
      first.role = 'agency_consultant';
    else if (/\b(?:hiring manager|engineering manager|head of|director|team lead|vp)\b/i.test(sig))
      first.role = 'hiring_manager';
    else if (
      /recruit|talent|sourcer|people partner|hr\b|human resources|recrut|personal/i.test(
        `${sig} ${sender.name ?? ''} ${sender.address ?? ''}`,
      )
    )
      first.role = 'recruiter';
  }
  return out;
}

const SEVEN_DIGITS = /(?:\d\D{0,3}){7}/;
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
