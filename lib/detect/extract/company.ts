/**
 * The employer's name, scored from every place it shows: the display name of an applicant-
 * tracking sender, subject and body phrases ("interview with Acme", "join the Acme team"),
 * the signature, and the sender's own domain (which also lends its casing, "HubSpot").
 */
import type { Email, Person } from '../email';
import { atsSender } from '../senders';
import type { Sender } from '../text';
import { looksLikePersonName } from './person-names';
import { stripSubjectPrefixes } from './prose';
import { ci, words } from './regex-words';
import { ROLE_NOUN } from './role';
import { INTERVIEW_WORDS } from './vocabulary';
import { ZONE_ABBR } from './zones';

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

export function findCompany(email: Email, sender: Sender, body: string, people: Person[]): string | null {
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
