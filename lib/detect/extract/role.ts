/**
 * The role applied for ("the Senior Data Analyst position", "Bewerbung als …", "poste de …"),
 * from body phrases first, then the subject; a vague subject fragment counts only when it
 * holds a job noun.
 */
import { stripSubjectPrefixes } from './prose';
import { ORG_WORD } from './org-names';
import { ci, words } from './regex-words';

export const ROLE_NOUN = words(
  // Occupations beyond the office (hourly, care, trades, teaching) and early-career schemes:
  // a role's head noun is what tells a job title from any capitalised phrase.
  'barista|cook|chef|baker|butcher|cashier|clerk|server|bartender|host|hostess|housekeeper|cleaner|caregiver|carer|aide|worker|picker|packer|stocker|loader|driver|courier|dispatcher|mechanic|electrician|plumber|carpenter|welder|machinist|fitter|labou?rer|handler|teller|receptionist|secretary|bookkeeper|cashier|hygienist|therapist|physiotherapist|pharmacist|physician|doctor|dentist|surgeon|midwife|paramedic|psychologist|counsell?or|social worker|veterinarian|vet|optometrist|radiographer|sonographer|phlebotomist|tutor|instructor|lecturer|professor|librarian|trainer|coach|chemist|biologist|translator|interpreter|copywriter|photographer|producer|buyer|merchandiser|generalist|surveyor|inspector|estimator|scheduler|steward|attendant|guard|porter|lifeguard|graduate|trainee|apprentice|apprenticeship|programme|scheme|placement|fellowship|fellow|medewerker|administrateur|adviseur|ontwikkelaar|verpleegkundige|assistente|sviluppat(?:ore|rice)|tecnic[oa]|responsabile|impiegat[oa]|addett[oa]|desenvolvedor(?:a)?|gestor(?:a)?|coordenador(?:a)?|estagiári[oa]|enfermeir[oa]|' +
    'engineer|engineering|developer|analyst|analista|manager|designer|scientist|specialist|consultant|coordinator|director|lead|head|architect|administrator|associate|intern|internship|assistant|officer|recruiter|representative|executive|accountant|writer|editor|researcher|technician|nurse|teacher|vp|president|strategist|advisor|agent|operator|programmer|tester|qa|sre|devops|counsel|attorney|paralegal|planner|controller|auditor|economist|statistician|owner|marketer|product manager|support|partner|développeu(?:r|se)|ingénieure?|chef de projet|analyste|responsable|chargée? de|directeur|directrice|stagiaire|alternante?|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|desarrollador(?:a)?|ingenier[oa]|gerente|jefe|consultor(?:a)?|diseñador(?:a)?|becari[oa]|técnic[oa]',
);

// A short bracketed qualifier that is part of the title ("Mobile Developer (iOS)", "IT
// Specialist (Network)"); levels, contract terms and reference numbers are cut in cleanRole.
const ROLE_QUALIFIER = `\\((?:[\\p{Lu}]|i[\\p{Lu}])[\\p{L}\\p{N}+#./-]*(?: [\\p{Lu}][\\p{L}\\p{N}+#./-]*)?\\)`;
const ROLE_TOKEN = `(?:${ROLE_QUALIFIER}|[\\p{Lu}][\\p{L}\\p{N}+#/&'’()-]*(?:\\.[\\p{L}\\p{N}]+)*,?|[IVX]{1,4}|\\d{1,2}(?!\\d)|(?:19|20)\\d\\d(?!\\d)|of|and|&|in|for|/|-|–|,|de|des|du|del|la|y|und|für|e)`;
const ROLE_NAME = `(?:(?:19|20)\\d\\d )?[\\p{Lu}][\\p{L}\\p{N}+#/&'’()-]*(?:\\.[\\p{L}\\p{N}]+)*(?:[ ]${ROLE_TOKEN}){0,7}`;
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
  // Reference numbers before or after the title ("JR607924 Registered Nurse", "Marketing
  // Manager, Job Ref 95633", "Dental Hygienist - VAC 28444", "HR Generalist, Requisition").
  r = r.replace(/^(?:(?:JR|REQ|R)[-#]?\d{3,}|[A-Z]{1,4}-\d{3,})\s+(?=\p{Lu})/u, '');
  r = r
    .replace(
      /\s*(?:[-–,]\s*)?(?:\(|\[)?(?:job )?(?:req(?:uisition)?|job id|job ref|ref|vac(?:ancy)?|posting|job number)(?:[\s#:.-]*[\w-]*\d[\w-]*)?(?:\)|\])?\s*$/i,
      '',
    )
    .trim();
  // A trailing reference number goes; a bare year stays ("Graduate Actuarial Programme 2026").
  r = r
    .replace(/\s*[(#[]?[A-Z]{0,4}-?\d{3,}[)\]]?\s*$/, (m) => (/^\s*(?:19|20)\d\d\s*$/.test(m) ? m : ''))
    .trim();
  r = r.replace(/\s+(?:at|@|chez|bei|en|with)\s+.*$/i, '').trim();
  r = r.replace(
    /\s*[-–—|,]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|[A-Z][a-z]+(?:,\s*[A-Z]{2})?)$/i,
    (m) => (/remote|hybrid|site|time/i.test(m) ? '' : m),
  );
  r = r.replace(/^(?:a|an|the|our|this|le|la|l'|el|der|die|das)\s+/i, '').replace(/[\s,.;:!?-]+$/, '');
  r = r
    .replace(/(?:\s+(?:of|and|&|in|for|de|des|du|del|la|y|und|für|e|[-–,/]))+$/i, '')
    .replace(/[\s,;:-]+$/, '');
  if (company && r.toLowerCase() === company.toLowerCase()) return null;
  if (r.length < 2 || r.length > 80) return null;
  if (/^(?:position|role|job|opening|interview|application|this|that|it)$/i.test(r)) return null;
  return r;
}

type Where = 'body' | 'subject' | 'both';
type Check = 'any' | 'noun' | 'head' | 'clause';

/**
 * The role phrases, most telling first, each compiled once (global, for `matchAll`): body
 * phrases, then subject shapes, then the French, German and Spanish wordings.
 */
const ROLE_PATTERNS: ReadonlyArray<{ re: RegExp; where: Where; check: Check }> = [
  // "for the Senior Data Analyst position", "the Data Analyst role"
  {
    re: new RegExp(
      `(?<![\\p{L}])${ci('(?:the|our|your|a|an)')} (${ROLE_NAME}) ${ci('(?:position|role|opening|vacancy|job|opportunity|req(?:uisition)?)')}(?! ${ci('employer')})`,
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
  // Other languages' "the position of X" ("la posizione di", "a vaga de", "de functie", "als …"
  // in Dutch): the title that follows is usually English or capitalised.
  {
    re: new RegExp(
      `(?<![\\p{L}])${ci('(?:posizione|ruolo|vaga|posição|posicao|função|funcao|functie|vacature|post|rôle) (?:di |de |da |do |of |als |van )?')}(?:${ci('the |a |o |il |la |de ')})?(${ROLE_NAME})`,
      'gu',
    ),
    where: 'body',
    check: 'head',
  },
  // "your Customer Service Representative interview", "the Pharmacy Technician process",
  // "the Engineering Manager offer", "our DevOps Engineer search".
  {
    re: new RegExp(
      `(?<![\\p{L}])${ci('(?:the|your|our|this)')} (${ROLE_NAME}) ${ci('(?:interview|process|offer|search|listing|advert|assessment|recruitment|hiring|final round|onsite|panel|spot|post|vacancy|requisition|team)')}(?![\\p{L}])`,
      'gu',
    ),
    where: 'body',
    check: 'head',
  },
  // The looser "for X", "as X", "to be a X", "our next X": only a phrase whose head is a job
  // noun ("for Barista at …", "as a Line Cook", "feedback on Senior Software Engineer").
  {
    re: new RegExp(
      `(?<![\\p{L}])${ci('(?:for|as|to be|on|about|of|into|hire|hiring|interviewing for)')} (?:${ci('(?:the|our|a|an|your|our next|a new|the next|our first|your next) ')})?(${ROLE_NAME})`,
      'gu',
    ),
    where: 'body',
    check: 'head',
  },
];

/**
 * A table or form line naming the post ("Position: Content Designer", "Position Title |
 * Warehouse Associate", "Post: Social Worker", "Stelle: …"): the surest place a role is written.
 */
const TABLE_ROLE = new RegExp(
  `^[ \\t*•-]*${ci('(?:position(?: title)?|job title|job|role|post|opportunity|vacancy|title|requisition title|stelle|poste|puesto|functie|vaga|posizione|cargo)')}[ \\t]*[:|][ \\t]*(${ROLE_NAME})[ \\t]*(?:[,|(].*)?$`,
  'gmu',
);
const TABLE_CUE =
  /^[ \t*•-]*(?:position|job|role|post|opportunity|vacancy|title|requisition|stelle|poste|puesto|functie|vaga|posizione|cargo)/im;

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
  /posizione|ruolo|vaga|posi[çc]|fun[çc]|functie|vacature|post|rôle/,
  /interview|process|offer|search|listing|advert|assessment|recruitment|hiring|final round|onsite|panel|spot|post|vacancy|requisition|team/,
  /for |as |to be |on |about |of |into |hir|interviewing/,
];

const withNoun = (c: string | null) => (c && ROLE_NOUN.test(c) ? c : null);

/**
 * A title stands on its head noun: the last word ("Senior Data Analyst", "Line Cook"), or the
 * first in a Romance title ("Analista de Datos", "Assistente Administrativo"). A head that also
 * names organisations ("Harbor Engineering", "… Data") does not count.
 */
export function withHead(c: string | null): string | null {
  if (!c) return null;
  // The head is in the title's core, before a qualifier ("Data Scientist, Experimentation",
  // "Registered Nurse - Cardiac Step-Down", "Graduate Programme 2026").
  const core = c.split(/,\s|\s[-–—]\s/)[0] ?? c;
  const ws = core
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+\d+$/, '')
    .split(/\s+/);
  const last = ws[ws.length - 1] ?? '';
  const first = ws[0] ?? '';
  if (ROLE_NOUN.test(last) && !ORG_WORD.test(last)) return c;
  if (
    ws.length > 1 &&
    ROLE_NOUN.test(first) &&
    !ORG_WORD.test(first) &&
    !/^(?:head|lead|vp|chef)$/i.test(first)
  )
    return c;
  return null;
}

const CHECKS: Record<Check, (c: string | null) => string | null> = {
  any: (c) => c,
  noun: withNoun,
  head: withHead,
  clause: stopAtFunctionWords,
};

export function findRole(
  subjectRaw: string,
  body: string,
  company: string | null,
  quoted = '',
): string | null {
  const subject = stripSubjectPrefixes(subjectRaw);
  // A job alert or digest lists many openings: none of them is the role the candidate is in.
  if (DIGEST_SUBJECT.test(subject)) return null;
  if (TABLE_CUE.test(body)) {
    const role = firstMatch(body, TABLE_ROLE, company);
    if (role) return role;
  }
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
  const card = company ? cardTitle(body, company) : null;
  if (card) return card;
  // A reply that never names the role may quote the candidate's letter that did ("> I'm
  // writing to apply for the HR Generalist position"): its surest phrases only.
  if (quoted) {
    const q = quoted.length > 4000 ? quoted.slice(0, 4000) : quoted;
    const ql = q.toLowerCase();
    for (let i = 0; i < 4; i++) {
      const p = ROLE_PATTERNS[i]!;
      if (!BODY_CUES[i]!.test(ql)) continue;
      const role = firstMatch(q, p.re, company, CHECKS[p.check]);
      if (role) return role;
    }
  }
  return null;
}

const STAFF_TITLE =
  /recruit|talent|sourc|people|coordinator|\bhr\b|human resources|acquisition|workplace|candidate experience|hiring|scheduling|office manager|executive assistant to/i;

const WHOLE_TITLE = new RegExp(`^(${ROLE_NAME})$`, 'u');

/**
 * A job card as boards and schedulers print it: the title alone on its line, the employer on
 * the next ("Physical Therapist\nCity of Harbor · Atlanta, GA") or after a bar on the same line
 * ("Store Manager | Beacon Community Hospital").
 */
function cardTitle(body: string, company: string): string | null {
  const key = company.toLowerCase();
  const lower = body.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
    const lineStart = body.lastIndexOf('\n', at - 1) + 1;
    const before = body.slice(lineStart, at);
    let title: string | undefined;
    // (Only a card line goes on with a place or a bar: a signature's "Title\nCompany" does not.)
    const after = body.slice(at + key.length, at + key.length + 3);
    if (/^\s*$/.test(before) && lineStart > 0 && /^\s*[·•|–-]/.test(after)) {
      // The company opens its line: the title is the line above.
      const prevStart = body.lastIndexOf('\n', lineStart - 2) + 1;
      title = body.slice(prevStart, lineStart - 1).trim();
    } else {
      const bar = /^\s*(.+?)\s+[|·•@]\s+$/.exec(before);
      title = bar?.[1];
    }
    // A recruiter's own title in a "Title | Company" signature is not the role applied for.
    if (!title || title.length > 80 || STAFF_TITLE.test(title)) continue;
    const m = WHOLE_TITLE.exec(title);
    const role = m ? withHead(cleanRole(m[1], company)) : null;
    if (role) return role;
  }
  return null;
}

const DIGEST_SUBJECT =
  /\b(?:\d+\+? (?:new )?(?:jobs|roles|openings|matches)|new jobs|jobs (?:for you|posted|you might|matching)|job alert|recommended for you|recommended jobs|alerte emploi|alerta de empleo|nuevas ofertas|neue (?:jobs|treffer|stellen)|job-agent|vacatures voor|offerte di lavoro)\b/i;

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
  '(?:technical |phone |video |panel |final |onsite |first |second |hiring manager |intro |virtual )?(?:interview|call|screen|screening|chat|round|role|position|opening|vacancy|opportunity|offer|application|update|status|next steps|exercise|assessment|take-home|confirmation|invitation|superday|entretien|entrevista|gespräch|outcome|search|listing|advert|timeline|schedule|appointment|process|has reopened|is accepting|shortlisted|feedback|decision)s?(?: .*)?',
);

/** The capitalised run that ends a subject piece, after its last lowercase word or mark (a
 * title's own "of", "de", "and" do not end it: "Head of Product"). */
const TRAILING_TITLE = new RegExp(
  `(?<=(?:^|[\\s(])(?!(?:of|and|de|des|du|del|la|y|und|e)(?![\\p{L}]))\\p{Ll}[\\p{L}'’-]*|[?!:"“”'‘’>])\\s+(${ROLE_NAME})$`,
  'u',
);

/** Capitalised words that head a subject in other languages without being the title. */
const SUBJECT_LEAD =
  /^(?:(?:votre |ihr |tu |su |sua |je |uw )?(?:bewerbung|vorstellungsgespräch|vertragsangebot|candidature|candidatura|riscontro candidatura|sollicitatie|new|exploring|about|still interested|re|update|confirmed|reminder|interview|application)\s+)+(?=\p{Lu})/iu;

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
    let p = piece.trim().replace(/\s*[!?.…]+$/, '');
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
    // Words before the title ("Thanks for applying for …", "Proceso de selección …", "X is
    // hiring a …", "Still interested? …"): the title is the capitalised run at the end.
    const run = TRAILING_TITLE.exec(p);
    if (run && run.index > 0) p = run[1] ?? p;
    p = p.replace(SUBJECT_LEAD, '');
    if (!/^[\p{Lu}\d]/u.test(p) || !ROLE_NOUN.test(p)) continue;
    if (companyKey && p.toLowerCase().startsWith(`${companyKey} `)) p = p.slice(companyKey.length + 1);
    const role = cleanRole(p, company);
    if (role && ROLE_NOUN.test(role) && !/^(?:your|our|the|we|you)\b/i.test(role)) return role;
  }
  return null;
}
