/**
 * The people in an email and how to reach them: the sender (unless a shared or machine
 * mailbox), and names, addresses and phone numbers in the text, signatures included. The
 * recipient's own addresses and dial-in numbers are left out.
 */
import type { Email, Person } from '../email';
import { atsSender } from '../senders';
import type { Sender } from '../text';
import { lastWordsName, looksLikePersonName, nameLine } from './person-names';
import { words } from './regex-words';

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

/** Mailboxes of a team or a machine, not of one person. */
const SHARED_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|notifications?|mailer|bounces?|calendar|invitations?|jobs|careers?|talent|recruit\w*|hiring|hr|rh|rrhh|info|team|hello|support|people|recrutement|emploi|karriere|bewerbung\w*|personal|empleo|talento)(?:[._+-][\w.+-]*)?@/i;

const DEPARTMENT = words(
  'recruiting|recruitment|recrutement|talent|careers?|jobs|hiring|hr|rh|rrhh|personal|personalabteilung|karriere|empleo|talento|people|team|notifications?|support|info',
);

export function findPeople(email: Email, sender: Sender, body: string): Person[] {
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
