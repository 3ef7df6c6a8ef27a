/**
 * The role applied for ("the Senior Data Analyst position", "Bewerbung als …", "poste de …"),
 * from body phrases first, then the subject; a vague subject fragment counts only when it
 * holds a job noun.
 */
import { stripSubjectPrefixes } from './prose';
import { ci, words } from './regex-words';

export const ROLE_NOUN = words(
  'engineer|engineering|developer|analyst|analista|manager|designer|scientist|specialist|consultant|coordinator|director|lead|head|architect|administrator|associate|intern|internship|assistant|officer|recruiter|representative|executive|accountant|writer|editor|researcher|technician|nurse|teacher|vp|president|strategist|advisor|agent|operator|programmer|tester|qa|sre|devops|counsel|attorney|paralegal|planner|controller|auditor|economist|statistician|owner|marketer|product manager|support|partner|développeu(?:r|se)|ingénieure?|chef de projet|analyste|responsable|chargée? de|directeur|directrice|stagiaire|alternante?|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|desarrollador(?:a)?|ingenier[oa]|gerente|jefe|consultor(?:a)?|diseñador(?:a)?|becari[oa]|técnic[oa]',
);

const ROLE_TOKEN = `(?:[\\p{Lu}][\\p{L}\\p{N}+#/&'’()-]*(?:\\.[\\p{L}\\p{N}]+)*,?|[IVX]{1,4}|\\d{1,2}|of|and|&|in|for|/|-|–|,|de|des|du|del|la|y|und|für|e)`;
const ROLE_NAME = `[\\p{Lu}][\\p{L}\\p{N}+#/&'’()-]*(?:\\.[\\p{L}\\p{N}]+)*(?:[ ]${ROLE_TOKEN}){0,7}`;
const LOWER_ROLE = `[\\p{L}][\\p{L}\\p{N}+#/.&'’()-]*(?:[ ][\\p{L}\\p{N}+#/.&'’()-]+){0,5}`;

function cleanRole(raw: string | undefined, company: string | null): string | null {
  if (!raw) return null;
  let r = raw.replace(/\s+/g, ' ').trim();
  // "Acme's Graduate Analyst" → "Graduate Analyst"
  r = r.replace(/^.*?['’]s\s+(?=\p{Lu})/u, '');
  // An opening bracket never closed ("Chef de projet (CDI") was cut by the pattern: drop it.
  r = r.replace(/\s*[([][^)\]]*$/, '');
  // Levels in brackets ("[L5]", "(IC4)", "(Level 3)") and contract terms are no part of the role.
  r = r.replace(
    /\s*[([](?:L\d+|IC\d+|level \d+|senior|junior|mid|contract|permanent|temporary|full[- ]time|part[- ]time|remote|hybrid|on-?site|nights?|days?|cdi|cdd)[)\]]/gi,
    '',
  );
  r = r.replace(/\s*\((?:[mwfdhxf]\s*\/\s*)+[mwfdhx]\)\s*/gi, ' ').trim(); // (m/w/d), (H/F)
  r = r
    .replace(/\s*(?:\(|\[)?(?:req(?:uisition)?|job id|ref)[\s#:.-]*[\w-]*\d[\w-]*(?:\)|\])?\s*$/i, '')
    .trim();
  r = r.replace(/\s*[(#[]?[A-Z]{0,4}-?\d{3,}[)\]]?\s*$/, '').trim();
  r = r.replace(/\s+(?:at|@|chez|bei|en|with)\s+.*$/i, '').trim();
  r = r.replace(
    /\s*[-–—|,]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|[A-Z][a-z]+(?:,\s*[A-Z]{2})?)$/i,
    (m) => (/remote|hybrid|site|time/i.test(m) ? '' : m),
  );
  r = r.replace(/^(?:a|an|the|our|this|le|la|l'|el|der|die|das)\s+/i, '').replace(/[\s,.;:!?-]+$/, '');
  r = r.replace(/(?:\s+(?:of|and|&|in|for|de|des|du|del|la|y|und|für|e|[-–,/]))+$/i, '');
  if (company && r.toLowerCase() === company.toLowerCase()) return null;
  if (r.length < 2 || r.length > 80) return null;
  if (/^(?:position|role|job|opening|interview|application|this|that|it)$/i.test(r)) return null;
  return r;
}

type Where = 'body' | 'subject' | 'both';
type Check = 'any' | 'noun' | 'clause';

/**
 * The role phrases, most telling first, each compiled once (global, for `matchAll`): body
 * phrases, then subject shapes, then the French, German and Spanish wordings.
 */
const ROLE_PATTERNS: ReadonlyArray<{ re: RegExp; where: Where; check: Check }> = [
  // "for the Senior Data Analyst position", "the Data Analyst role"
  {
    re: new RegExp(
      `(?<![\\p{L}])${ci('(?:the|our|your|a|an)')} (${ROLE_NAME}) ${ci('(?:position|role|opening|vacancy|job|opportunity|req(?:uisition)?)')}`,
      'gu',
    ),
    where: 'body',
    check: 'any',
  },
  {
    re: new RegExp(`(?<![\\p{L}])${ci('(?:position|role|job) (?:of|as)')} (?:an? )?(${ROLE_NAME})`, 'gu'),
    where: 'body',
    check: 'any',
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])${ci('(?:application|applying|applied) (?:for|to)')} (?:the |our |a |an )?(${ROLE_NAME})`,
      'gu',
    ),
    where: 'body',
    check: 'noun',
  },
  // "join Acme as a Senior Designer", "interviews for the Data Analyst"
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:${ci('join(?:ing)?')} [^.,;\\n]{2,40}? ${ci('as')}|${ci('(?:interview(?:s|ing)? for|interest in|considered for|shortlisted for|selected for|offer for|apply(?:ing)? for)')}) (?:${ci('the |our |a |an ')})?(${ROLE_NAME})`,
      'gu',
    ),
    where: 'body',
    check: 'noun',
  },
];

const SUBJECT_ROLE_PATTERNS: ReadonlyArray<{ re: RegExp; where: Where; check: Check }> = [
  {
    re: new RegExp(
      `${ci('(?:application|applying|applied|interview|candidature|bewerbung|candidatura) (?:for|to|as|pour|als|para)')} (?:${ci('the |our |a |an |le poste de |el puesto de |die stelle als ')})?(${ROLE_NAME})`,
      'gu',
    ),
    where: 'subject',
    check: 'any',
  },
  {
    re: new RegExp(`^(${ROLE_NAME}) ${ci('(?:position|role)')}(?![\\p{L}])`, 'gu'),
    where: 'subject',
    check: 'any',
  },
  {
    re: new RegExp(
      `^(${ROLE_NAME})\\s*[-–—:|]\\s*${ci('(?:interview|entretien|gespräch|entrevista|next steps|application)')}`,
      'gu',
    ),
    where: 'subject',
    check: 'noun',
  },
  {
    re: new RegExp(
      `${ci('(?:interview|entretien|gespräch|entrevista|application)')}\\s*[-–—:|]\\s*(${ROLE_NAME})`,
      'gu',
    ),
    where: 'subject',
    check: 'noun',
  },
  { re: new RegExp(`(?:[-–—:|]\\s*)(${ROLE_NAME})$`, 'gu'), where: 'subject', check: 'noun' },
  // French, German, Spanish
  { re: new RegExp(`(?:poste|offre) (?:de |d'|d’)(${LOWER_ROLE})`, 'giu'), where: 'both', check: 'clause' },
  {
    re: new RegExp(`${ci('(?:stelle|position|bewerbung|tätigkeit) als')} (${ROLE_NAME})`, 'gu'),
    where: 'both',
    check: 'any',
  },
  {
    re: new RegExp(`(?:puesto|posición|vacante|cargo) de (${LOWER_ROLE})`, 'giu'),
    where: 'both',
    check: 'clause',
  },
];

/** Cheap word tests: a pattern runs only where its key words show in the (lowercased) text. */
const BODY_CUES: readonly RegExp[] = [
  /position|role|opening|vacancy|job|opportunity|req/,
  /position|role|job/,
  /appl/,
  /join|interview|interest in|considered|shortlisted|selected|offer for|apply/,
];

const withNoun = (c: string | null) => (c && ROLE_NOUN.test(c) ? c : null);
const CHECKS: Record<Check, (c: string | null) => string | null> = {
  any: (c) => c,
  noun: withNoun,
  clause: stopAtFunctionWords,
};

export function findRole(subjectRaw: string, body: string, company: string | null): string | null {
  const subject = stripSubjectPrefixes(subjectRaw);
  const lower = body.toLowerCase();
  for (let i = 0; i < ROLE_PATTERNS.length; i++) {
    const p = ROLE_PATTERNS[i]!;
    if (!BODY_CUES[i]!.test(lower)) continue;
    const role = firstMatch(body, p.re, company, CHECKS[p.check]);
    if (role) return role;
  }
  const fromSegments = subjectSegments(subject, company);
  if (fromSegments) return fromSegments;
  let both: string | null = null;
  for (const p of SUBJECT_ROLE_PATTERNS) {
    // The "both" patterns want a non-English job word: test for it before building the text.
    if (p.where === 'both' && !FOREIGN_ROLE_CUE.test(subject) && !FOREIGN_ROLE_CUE.test(body)) continue;
    const text = p.where === 'subject' ? subject : (both ??= `${subject}\n${body}`);
    const role = firstMatch(text, p.re, company, CHECKS[p.check]);
    if (role) return role;
  }
  return null;
}

const FOREIGN_ROLE_CUE = /poste|offre|stelle|position|bewerbung|tätigkeit|puesto|posición|vacante|cargo/i;

/** For lowercase-tolerant roles ("poste de chef de projet digital chez Acme"): stop at a clause word. */
function stopAtFunctionWords(role: string | null): string | null {
  if (!role) return null;
  const stop = words(
    'chez|au sein|à|dans|pour|et|qui|que|at|with|avec|en|para|con|y|en la|del equipo|que|le|la|les|nous|vous|el|los|las|est|es',
  );
  const m = stop.exec(role);
  const cut = m ? role.slice(0, m.index) : role;
  return cut.trim().replace(/[\s,.;:!?-]+$/, '') || null;
}

function firstMatch(
  text: string,
  re: RegExp,
  company: string | null,
  check: (c: string | null) => string | null = (c) => c,
): string | null {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const pre = check(m[1] ?? null);
    const role = pre ? cleanRole(pre, company) : null;
    const final = role ? check(role) : null;
    if (final) return final;
  }
  return null;
}

const SUBJECT_HEAD =
  /^(?:(?:updated |new )?invitation|invite|reminder|confirmed|confirmation|canceled|cancelled|accepted|rescheduled|update|important|action (?:required|needed)|(?:interview|application|assessment)(?: \w+)?|your application|application received|thank you for applying|thanks for applying)\s*:\s*/i;

/** Words after the role that say what the mail is about ("… interview", "… role update"). */
const EVENT_TAIL = words(
  '(?:technical |phone |video |panel |final |onsite |first |second |hiring manager |intro |virtual )?(?:interview|call|screen|chat|round|role|position|opening|vacancy|opportunity|offer|application|update|status|next steps|exercise|assessment|take-home|confirmation|invitation|superday|entretien|entrevista|gespräch)s?(?: .*)?',
);

/**
 * The subject cut at its separators ("Kestrel Payments – Backend Engineer (Go) – next steps",
 * "Interview invitation: Senior Designer at Northwind", "Application received: Analyst (Req 123)
 * - Remote"): the first piece that holds a job noun, once the employer, the event words and
 * any "at X" are taken off.
 */
function subjectSegments(subject: string, company: string | null): string | null {
  const core = subject
    .replace(SUBJECT_HEAD, '')
    .replace(/\s+@\s+\p{L}{3}\b.*$/u, '')
    .replace(/^\[[^\]]*\]\s*/, '');
  const companyKey = company ? company.toLowerCase() : null;
  for (const piece of core.split(/\s+[-–—|]\s+|:\s+|\s*\|\s*/)) {
    let p = piece.trim();
    if (companyKey && p.toLowerCase() === companyKey) continue;
    // "poste de …", "Stelle als …": the language readers below take these whole.
    if (
      /(?:poste|offre|puesto|posición|vacante|cargo) d|(?:stelle|bewerbung|position|tätigkeit) als/i.test(p)
    )
      continue;
    p = p
      .replace(
        /^(?:your |the |a |an )?(?:(?:application|applying|interview(?:s)?|phone screen|screen|call|chat|offer|candidature|bewerbung|candidatura)\s+)?(?:for|as|to|pour|als|para)\s+(?:the |a |an )?/i,
        '',
      )
      .replace(/\s+(?:at|@|chez|bei|with)\s+.*$/i, '');
    const tail = EVENT_TAIL.exec(p);
    if (tail && tail.index > 0) p = p.slice(0, tail.index).trim();
    if (!/^[\p{Lu}\d]/u.test(p) || !ROLE_NOUN.test(p)) continue;
    if (companyKey && p.toLowerCase().startsWith(`${companyKey} `)) p = p.slice(companyKey.length + 1);
    const role = cleanRole(p, company);
    if (role && ROLE_NOUN.test(role) && !/^(?:your|our|the|we|you)\b/i.test(role)) return role;
  }
  return null;
}
