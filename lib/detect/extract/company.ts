/**
 * The employer's name, scored from every place it shows:
 *
 * - the sender's display name with its team words taken off ("Acme Talent Team", "Careers at
 *   Acme", "Acme via Greenhouse", "Acme <no-reply@ats>") — never a person, a system or a team;
 * - subject shapes ("… at X", "X — Role", "Role - X", "Your application to X", "X | Role",
 *   "[X] …", "X invites you to …", "your X interview");
 * - body phrases ("the Role position at X", "join X", "the X team", "interest in X");
 * - the signature ("Title | X", "Title\nX", "X Talent Acquisition");
 * - the sender's domain, which confirms a name written elsewhere ("saltmarsh-analytics" →
 *   "Saltmarsh Analytics") and is the last resort on its own.
 *
 * Names from several places add up; the display name's casing wins over the domain's.
 */
import type { Email } from '../email';
import { atsSender } from '../senders';
import type { Sender } from '../text';
import { foldName, looksLikeOrg, ORG_WORD, SYSTEM_NAME, TEAM_PREFIX, TEAM_SUFFIX } from './org-names';
import { looksLikePersonName } from './person-names';
import { ci, matches, words } from './regex-words';
import { ROLE_NOUN } from './role';
import { INTERVIEW_WORDS } from './vocabulary';
import { ZONE_ABBR } from './zones';

const FREE_MAIL =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|t-online|orange|free|laposte|sfr|wanadoo|yandex|mail|zoho|fastmail|hey|qq|163|libero|seznam|wp|o2|btinternet|comcast|verizon|att|sbcglobal|example)$/i;

const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|ltd|plc|gob|nom|students)$/i;

/** The registrable label of a domain: "mail.acme.co.uk" → "acme"; "x.example.edu" → "example". */
export function domainLabel(domain: string): string | null {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  // Test domains (".example") stand for a real suffix: "acme.example" → "acme", "x.ac.example" → "x".
  if (labels[labels.length - 1] === 'example') {
    labels.pop();
    if (labels.length > 1 && SECOND_LEVEL.test(labels[labels.length - 1] ?? '')) labels.pop();
    return labels[labels.length - 1] ?? null;
  }
  if (labels.length < 2) return null;
  let i = labels.length - 2;
  while (i > 0 && SECOND_LEVEL.test(labels[i] ?? '') && (labels[i + 1] ?? '').length <= 7) i--;
  if (labels[i] === 'example') return null;
  return labels[i] ?? null;
}

const COMPANY_SUFFIX =
  /[\s,]+(?:inc\.?|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|s\.?a\.?s?\.?|sarl|s\.l\.|plc|llp|corp\.?|corporation|bv|b\.v\.|oy|ab|pte\.?(?: ltd\.?)?|pty\.?(?: ltd\.?)?|k\.k\.?)$/i;

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
    'careers',
    'jobs',
    'recruiting',
    'talent',
    'hiring',
    'people',
    'the team',
    'hiring team',
    'talent acquisition',
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
    'remote',
    'hybrid',
    'onsite',
    'on-site',
    'apac',
    'emea',
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

/** Subject heads and phrases that are never an employer's name. */
const GENERIC = new RegExp(
  `^(?:${
    words(
      'new event|event|updated invitation|invitation|invite|reminder|canceled|cancelled|update|updates|status|application status|application confirmation|application received|confirmation|confirmed|action required|action needed|thank you|thanks|congratulations|welcome|important|hello|hi|hey|dear|quick question|following up|follow-up|follow up|next steps?|your application|application|re|fwd|fw|offer|interview|assessment|reference|feedback|opportunity|opportunité|confidential|entrevue|entrevista|entretien|urgent|news|newsletter|job alert|jobs|weekly|digest|sent|received|schedule|scheduled|rescheduled|references?|referenzen|seguimiento|actualización|rückmeldung|zwischenstand|proposition|client|candidate|round|superday|position|vacancy|early|resourcing|history|suivi|bestätigung|einladung|invitación|confirmación|votre candidature|ihre bewerbung|su candidatura|tu candidatura|take-home|exercise|design exercise|writing sample',
    ).source
  })(?:\\s+\\S+)?$`,
  'iu',
);

/** A capitalised name: "Acme", "Acme Labs", "HubSpot", "O'Reilly Media", "City of Copperleaf", "Orbit & Co". */
const CAP_TOKEN = `[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’+-]*(?:\\.[\\p{L}\\p{N}]+)*`;
const CAP_NAME = `${CAP_TOKEN}(?:[ ](?:(?:&|of|de|du|des|la|le|für|y|del)[ ])?${CAP_TOKEN}){0,4}`;
const CAP_NAME_RE = new RegExp(CAP_NAME, 'gu');
const WHOLE_CAP_NAME = new RegExp(`^${CAP_NAME}$`, 'u');
const WHOLE_SYSTEM_NAME = new RegExp(`^(?:${SYSTEM_NAME.source})$`, 'iu');

interface Candidate {
  value: string;
  key: string;
  score: number;
  sources: number;
}

class Candidates {
  readonly list: Candidate[] = [];
  constructor(private readonly reject: (c: string) => boolean) {}

  add(raw: string | null | undefined, score: number, keepSuffix = false): void {
    const value = cleanCompany(raw, keepSuffix);
    if (!value || this.reject(value)) return;
    const key = foldName(value);
    if (key.length < 2) return;
    const existing = this.list.find((c) => c.key === key);
    if (existing) {
      existing.score = Math.max(existing.score, score) + 2;
      existing.sources++;
      // The best-cased spelling: one with capitals and spaces beats "Northwindrobotics".
      if (casingRank(value) > casingRank(existing.value)) existing.value = value;
    } else {
      this.list.push({ value, key, score, sources: 1 });
    }
  }
}

function casingRank(v: string): number {
  return (/\s/.test(v) ? 2 : 0) + (/[\p{Ll}]\p{Lu}/u.test(v) ? 1 : 0) + (/[-]/.test(v) ? -1 : 0);
}

/** Trim punctuation and legal suffixes; refuse what is never a name. */
function cleanCompany(raw: string | null | undefined, keepSuffix = false): string | null {
  if (!raw) return null;
  let c = raw
    .replace(/[’]/g, "'")
    .replace(/'s$/i, '')
    .replace(/^[\s"'“”«([]+|[\s"'“”»),.:;!?\]-]+$/g, '')
    .replace(/\s+/g, ' ');
  if (!keepSuffix) for (let i = 0; i < 2; i++) c = c.replace(COMPANY_SUFFIX, '').trim();
  c = c.replace(/^(?:the|der|die|la|le|el)\s+/i, '');
  if (c.length < 2 || c.length > 60) return null;
  if (NOT_COMPANY.has(c.toLowerCase())) return null;
  if (MONTHS_AND_DAYS.test(c) && c.split(/\s+/).length <= 2) return null;
  if (/^\d|@|https?:|www\./i.test(c)) return null;
  if (ZONE_ABBR[c] !== undefined) return null;
  if (WHOLE_SYSTEM_NAME.test(c)) return null;
  if (GENERIC.test(c)) return null;
  return c;
}

/** A role or an interview word is not an employer ("Senior Data Analyst", "Technical Interview"). */
function notRoleOrEvent(c: string): boolean {
  const last = c.split(/\s+/).pop() ?? c;
  if (ROLE_NOUN.test(last) && !ORG_WORD.test(last)) return false;
  if (TITLE_WORDS.test(c) && !looksLikeOrg(c)) return false;
  return !INTERVIEW_WORDS.test(c);
}

const VIA = /\s*(?:\(|\b)(?:via|on behalf of|through|per)\b.*$/i;

/**
 * The employer in a display name, and how sure: "Acme Talent Team" (sure), "Careers at Acme"
 * (sure), "Acme via Greenhouse" (sure), "RefPoint for Aldgate Partners" → Aldgate Partners,
 * "SkillSurvey on behalf of Riverbend Medical" → Riverbend Medical, "Brianna Toller | Meridian
 * Travel" → Meridian Travel, a bare "Acme" or "Acme Labs" (unsure: it may be anything).
 */
export function companyFromDisplayName(name: string | null): { name: string; strong: boolean } | null {
  if (!name) return null;
  let n = name.trim();
  const behalf = /\b(?:on behalf of|for)\s+(.+)$/i.exec(n);
  if (behalf && SYSTEM_NAME.test(n.slice(0, behalf.index))) n = behalf[1] ?? '';
  n = n.replace(VIA, '').trim();
  // "Olivia Mensah at Clearwater Media", "Tom from Vantor": the employer is after the person.
  const at = /^(.+?)\s+(?:at|from|@)\s+(.+)$/i.exec(n);
  if (at && looksLikePersonName(at[1]!)) return clean(at[2]!, true);
  // "Brianna Toller | Meridian Travel Health", "Graduate Admissions – Halden School"
  const parts = n.split(/\s+[|–—]\s+|\s+-\s+/);
  if (parts.length > 1) {
    const kept = parts.filter(
      (p) => !looksLikePersonName(p) && !TEAM_SUFFIX.test(` ${p}`) && p.trim() !== '',
    );
    const teamless = parts.map((p) => p.replace(TEAM_SUFFIX, '').trim()).filter(Boolean);
    n = kept[0] ?? teamless[0] ?? n;
    if (kept.length === 0 || parts.length !== kept.length) return clean(n, true);
  }
  let strong = false;
  for (let i = 0; i < 3; i++) {
    const before = n;
    n = n.replace(TEAM_SUFFIX, '').replace(TEAM_PREFIX, '').trim();
    if (n !== before) strong = true;
  }
  return clean(n, strong);

  function clean(v: string, sure: boolean) {
    const t = v.replace(TEAM_SUFFIX, '').replace(TEAM_PREFIX, '').trim();
    if (t === '' || SYSTEM_NAME.test(t)) return null;
    if (looksLikePersonName(t) && !looksLikeOrg(t)) return null;
    return { name: t, strong: sure };
  }
}

/** Subject shapes naming the employer, with how much each says. */
const SUBJECT_PATTERNS: Array<[RegExp, number]> = [
  // "Your application to X", "Thanks for applying to X", "Interview with X", "Welcome to X"
  [
    new RegExp(
      `${ci('(?:application|applying|applied|interest|interview(?:s|ing)?|call|chat|conversation|meeting|onsite|superday|assessment|test|offer|welcome|candidature|bewerbung|candidatura|entretien|gespräch|vorstellungsgespräch|entrevista|entrevue) (?:to|with|at|from|for|avec|chez|bei(?: der)?|mit|con|en|à|auprès de)')} (${CAP_NAME})`,
      'u',
    ),
    9,
  ],
  // "Senior Designer at X", "… role at X"
  [
    new RegExp(
      `(?:^|\\s)(?:at|@|chez|bei)\\s+(${CAP_NAME})(?=\\s*(?:$|[-–—|:(),!]|\\s(?:is|has|-)\\b))`,
      'u',
    ),
    9,
  ],
  // "Interview scheduled with X", "Call confirmed with X"
  [
    new RegExp(`${ci('(?:scheduled|confirmed|booked|rescheduled|arranged) (?:with|at)')} (${CAP_NAME})`, 'u'),
    9,
  ],
  // "was sent to X", "X invites you", "X would like to interview you", "X has invited you"
  [new RegExp(`${ci('(?:was|has been|were) (?:sent|submitted) to')} (${CAP_NAME})`, 'u'), 9],
  [
    new RegExp(
      `^(${CAP_NAME}) ${ci('(?:invites you|invited you|has invited you|would like|wants to|is interested|is hiring|has (?:an|a) (?:update|offer)|sent you|needs|is looking|just|viewed|reviewed|scheduled|received|messaged|replied)')}`,
      'u',
    ),
    8,
  ],
  // "Mira from Sparrowhawk AI"
  [
    new RegExp(
      `(?:^|\\s)${ci('from')} (${CAP_NAME})(?=\\s*(?:$|[-–—|:(),!]|\\s(?:is|has|wants|would)\\b))`,
      'u',
    ),
    6,
  ],
  // "your X application", "your X interview", "Update on your X application"
  [
    new RegExp(
      `${ci('your')} (${CAP_NAME}) ${ci('(?:application|interview(?:s)?|assessment|online assessment|offer|onsite|take-home|test|candidacy)')}`,
      'u',
    ),
    8,
  ],
  // "[X] …"
  [new RegExp(`^\\[(${CAP_NAME})\\]`, 'u'), 8],
  // "X: …", "X | …", "X - …", "X — …"
  [new RegExp(`^(${CAP_NAME})\\s*(?:[:|]|[-–—]\\s)`, 'u'), 6],
  // "… - X", "… | X"
  [new RegExp(`(?:[|]|\\s[-–—])\\s*(${CAP_NAME})$`, 'u'), 4],
];

/**
 * Body phrases naming the employer. A job board's mail lists many: only its strongest count.
 * Each comes with a cheap test of its key words (no Unicode flag): the costly name pattern
 * runs only on an email where they show.
 */
const BODY_PATTERNS: Array<[RegExp, number, RegExp]> = [
  [
    new RegExp(
      `(?<![\\p{L}])${ci('(?:join|joining|interest in joining|welcome to|rejoindre|interest in|applying to|applied to|application to|apply to|candidature chez|bewerbung bei(?: der)?)')} (?:the )?(${CAP_NAME})`,
      'gu',
    ),
    7,
    /join|welcome to|rejoindre|interest in|appl|candidature chez|bewerbung bei/i,
  ],
  [
    new RegExp(
      `(?<![\\p{L}])${ci('(?:the|our)')} (${CAP_NAME}) (?:team|family|hiring team|recruiting team|talent team|talent acquisition team|people team)`,
      'gu',
    ),
    7,
    / (?:team|family)\b/i,
  ],
  [
    new RegExp(
      `(?<![\\p{L}])${ci('(?:position|role|job|opening|opportunity|opportunities|vacancy|career|careers|interview(?:s|ing)?|work(?:ing)?|team|everyone|here|applying|application|poste|stelle|puesto)')} (?:at|with|chez|bei(?: der)?|en|au sein de) (${CAP_NAME})`,
      'gu',
    ),
    8,
    / (?:at|with|chez|bei|en|au sein de) /i,
  ],
  [
    new RegExp(`(?<![\\p{L}])${ci('(?:was|has been|were) (?:sent|submitted) to')} (${CAP_NAME})`, 'gu'),
    8,
    /(?:sent|submitted) to/i,
  ],
  [new RegExp(`(?<![\\p{L}])${ci('on behalf of')} (${CAP_NAME})`, 'gu'), 7, /on behalf of/i],
  [new RegExp(`(?<![\\p{L}])(?:chez|bei|en la empresa) (${CAP_NAME})`, 'gu'), 3, /chez |bei |en la empresa /],
  [new RegExp(`(?<![\\p{L}])(?:at) (${CAP_NAME})`, 'gu'), 3, /\bat /],
];

/** Calendar-invitation tails ("@ Tue Mar 3, 2026 2pm - 3pm (EST) (jo@x)") and bracketed refs. */
function subjectCore(subject: string): string {
  return subject
    .replace(/^\s*(?:(?:re|fwd?|fw|aw|wg|tr|rv|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+/i, '')
    .replace(
      /^\s*(?:(?:updated |new )?invitation|invite|reminder|confirmed|confirmation|canceled|cancelled|accepted|action (?:required|needed)|rescheduled|new event|update|important)\s*[:-]\s*/i,
      '',
    )
    .replace(/\s+@\s+.*$/, '')
    .replace(/\s*\((?:req|ref|job id|id)[^)]*\)\s*/gi, ' ')
    .trim();
}

const TITLE_WORDS = words(
  'recruit(?:er|ing|ment)|talent|acquisition|partner|manager|director|head|lead|engineer(?:ing)?|developer|designer|coordinator|sourcer|specialist|officer|founder|co-founder|ceo|cto|coo|cfo|vp|vice president|president|hr|human resources|people|operations|analyst|consultant|executive|associate|assistant|advisor|chargée?|responsable|directeur|directrice|leiter(?:in)?|referent(?:in)?|personalreferent(?:in)?|personal|gerente|jefe|reclutador(?:a)?|técnic[oa]|senior|junior|principal|staff|scientist|professor|fellow|administrator|generalist|business partner|team lead',
);

const SIGN_OFF = words(
  'best(?: regards| wishes)?|regards|kind regards|warm regards|warmly|thanks|thank you|many thanks|cheers|sincerely|all the best|cordialement|bien à vous|bien cordialement|(?:mit )?(?:freundlichen|viele|beste|herzliche) grüßen?|saludos(?: cordiales)?|un saludo|atentamente|--',
);

/** In the signature: "Title | X", "Title, X", "Title at X", "Title\nX", "X Talent Acquisition". */
export function signatureCompanies(lines: string[], add: (v: string, score: number) => void): void {
  let start = -1;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 14); i--) {
    const l = (lines[i] ?? '').trim().replace(/[,!.]$/, '');
    if (SIGN_OFF.test(l) && l.length < 30) {
      start = i;
      break;
    }
  }
  if (start < 0) return;
  let previousWasTitle = false;
  for (let j = start + 1; j < Math.min(lines.length, start + 7); j++) {
    const l = (lines[j] ?? '').trim();
    if (l === '' || /@|https?:|www\.|\+?\d[\d\s().-]{6,}/.test(l)) continue;
    if (/^(?:powered by|sent with|sent from|privacy|unsubscribe)/i.test(l)) break;
    const titled = /^(.*?)(?:\s*[|,@•·]\s*|\s+[-–—]\s+|\s+at\s+|\s+chez\s+|\s+bei\s+|\s+en\s+)(.+)$/.exec(l);
    if (titled && TITLE_WORDS.test(titled[1] ?? '') && !TITLE_WORDS.test(titled[2] ?? '')) {
      // "Title, Department" is no employer: only a name that reads as one, or the domain's, counts.
      add(titled[2] ?? '', looksLikeOrg(titled[2] ?? '') ? 7 : 4);
      continue;
    }
    const teamless = l.replace(TEAM_SUFFIX, '');
    if (teamless !== l && WHOLE_CAP_NAME.test(teamless)) {
      add(teamless, 8);
      return;
    }
    // "Talent Partner", "Engineering Manager": a title line (its last word is a title word).
    if (TITLE_WORDS.test(l.split(/\s+/).pop() ?? '') || (TITLE_WORDS.test(l) && !looksLikeOrg(l))) {
      previousWasTitle = true;
      continue;
    }
    if (
      WHOLE_CAP_NAME.test(l) &&
      (previousWasTitle || looksLikeOrg(l)) &&
      (looksLikeOrg(l) || !looksLikePersonName(l))
    ) {
      add(l, previousWasTitle ? 6 : 5);
      return;
    }
  }
}

export interface CompanyInput {
  email: Email;
  sender: Sender;
  /** The fresh text, signature included. */
  body: string;
  /** Earlier messages the email quotes: only a name that spells the sender's domain counts there. */
  quoted?: string;
  /** Names of people already read from the headers (they are never the company). */
  personNames: Set<string>;
}

export function findCompany({ email, sender, body, quoted = '', personNames }: CompanyInput): string | null {
  const system = atsSender(sender.address);
  const label = sender.domain && !system ? domainLabel(sender.domain) : null;
  const employerDomain = label && !FREE_MAIL.test(label) ? label : null;
  const domainKey = employerDomain ? employerDomain.replace(/-/g, '') : null;
  const isPerson = (c: string) => {
    const low = c.toLowerCase();
    if (personNames.has(low) || personNames.has(low.split(' ')[0] ?? '')) return true;
    if (/^(?:dr|mr|mrs|ms|prof)\.?\s/i.test(c)) return true;
    return looksLikePersonName(c) && !looksLikeOrg(c) && !(domainKey && foldName(c).startsWith(domainKey));
  };
  const cands = new Candidates((c) => isPerson(c) || !notRoleOrEvent(c));

  // The display name. On a system's address it is the employer's ("Acme <no-reply@greenhouse.io>").
  const display = companyFromDisplayName(sender.name);
  if (display && !(system && foldName(display.name) === foldName(system.system))) {
    const matchesDomain = domainKey !== null && sameName(foldName(display.name), domainKey);
    const score = display.strong ? 10 : system && system.kind !== 'job_board' ? 9 : matchesDomain ? 9 : 4;
    if (system?.kind !== 'job_board' || display.strong) cands.add(display.name, score);
  }

  const subject = subjectCore(email.subject);
  for (const [re, score] of SUBJECT_PATTERNS) {
    const m = re.exec(subject);
    if (m?.[1]) cands.add(trimTail(m[1]), score);
  }

  const text = body.length > 4000 ? body.slice(0, 4000) : body;
  for (const [re, score, cue] of BODY_PATTERNS) {
    if (system?.kind === 'job_board' && score < 8) continue;
    if (!cue.test(text)) continue;
    for (const m of matches(re, text)) cands.add(trimTail(m[1] ?? ''), score);
  }
  const lines = text.split('\n');
  signatureCompanies(lines, (v, s) => cands.add(v, s));

  if (domainKey) {
    // A name in the text that spells the domain ("Saltmarsh Analytics" for saltmarsh-analytics.example).
    for (const c of cands.list) if (sameName(c.key, domainKey)) c.score += 5;
    if (!cands.list.some((c) => sameName(c.key, domainKey))) {
      // The quoted message counts here too: the candidate's own "the Barista role at Bluefin
      // Mobility Group" below a one-line reply spells the employer the domain shortens.
      const where = `${sender.name ?? ''}\n${subject}\n${text}\n${quoted.slice(0, 4000)}`;
      for (const m of matches(CAP_NAME_RE, where)) {
        const phrase = trimTail(m[0]);
        if (
          foldName(phrase) === domainKey ||
          (phrase.includes(' ') && sameName(foldName(phrase), domainKey))
        ) {
          cands.add(phrase, 9);
          break;
        }
      }
    }
    // Last resort: the domain itself, hyphens as spaces ("tallgrass-ag" → "Tallgrass Ag").
    const guess = employerDomain!
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
    cands.add(guess, 3);
  }
  // A shorter name inside a longer one supports it ("Pinecrest Insurance" ⊂ "Pinecrest Insurance Group").
  for (const a of cands.list)
    for (const b of cands.list)
      if (a !== b && a.key.length >= 4 && b.key.startsWith(a.key) && b.key !== a.key) a.score += 1;
  cands.list.sort((a, b) => b.score - a.score || b.sources - a.sources);
  return cands.list[0]?.value ?? null;
}

/** The same name, spelt out or shortened: "kestrelpayments" ~ "kestrelpay", "brightwell" ~ "brightwellanalytics". */
function sameName(key: string, domainKey: string): boolean {
  if (key === domainKey) return true;
  const [short, long] = key.length < domainKey.length ? [key, domainKey] : [domainKey, key];
  return short.length >= 5 && long.startsWith(short);
}

/** Drop a trailing clause word a name pattern swallowed ("Acme Is", "Acme Team"). */
function trimTail(s: string): string {
  return s
    .replace(/\s+(?:Team|Is|Has|Are|Would|Wants|Invites|Hiring|Careers|Recruiting|Talent)$/u, '')
    .trim();
}
