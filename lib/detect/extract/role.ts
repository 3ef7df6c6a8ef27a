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

const ROLE_TOKEN = `(?:[\\p{Lu}][\\p{L}\\p{N}+#/.&'’()-]*,?|[IVX]{1,4}|\\d{1,2}|of|and|&|in|for|/|-|–|,|de|des|du|del|la|y|und|für|e)`;
const ROLE_NAME = `[\\p{Lu}][\\p{L}\\p{N}+#/.&'’()-]*(?:[ ]${ROLE_TOKEN}){0,7}`;
const LOWER_ROLE = `[\\p{L}][\\p{L}\\p{N}+#/.&'’()-]*(?:[ ][\\p{L}\\p{N}+#/.&'’()-]+){0,5}`;

function cleanRole(raw: string | undefined, company: string | null): string | null {
  if (!raw) return null;
  let r = raw.replace(/\s+/g, ' ').trim();
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

export function findRole(subjectRaw: string, body: string, company: string | null): string | null {
  const subject = stripSubjectPrefixes(subjectRaw);
  const withNoun = (c: string | null) => (c && ROLE_NOUN.test(c) ? c : null);
  const attempts: Array<() => string | null> = [
    // "for the Senior Data Analyst position", "the Data Analyst role"
    () =>
      firstMatch(
        body,
        new RegExp(
          `(?<![\\p{L}])${ci('(?:the|our|your|a|an)')} (${ROLE_NAME}) ${ci('(?:position|role|opening|vacancy|job|opportunity|req(?:uisition)?)')}`,
          'u',
        ),
        company,
      ),
    () =>
      firstMatch(
        body,
        new RegExp(`(?<![\\p{L}])${ci('(?:position|role|job) (?:of|as)')} (?:an? )?(${ROLE_NAME})`, 'u'),
        company,
      ),
    () =>
      firstMatch(
        body,
        new RegExp(
          `(?<![\\p{L}])${ci('(?:application|applying|applied) (?:for|to)')} (?:the |our |a |an )?(${ROLE_NAME})`,
          'u',
        ),
        company,
        withNoun,
      ),
    () =>
      firstMatch(
        subject,
        new RegExp(
          `${ci('(?:application|applying|applied|interview|candidature|bewerbung|candidatura) (?:for|to|as|pour|als|para)')} (?:${ci('the |our |a |an |le poste de |el puesto de |die stelle als ')})?(${ROLE_NAME})`,
          'u',
        ),
        company,
      ),
    () =>
      firstMatch(subject, new RegExp(`^(${ROLE_NAME}) ${ci('(?:position|role)')}(?![\\p{L}])`, 'u'), company),
    () =>
      firstMatch(
        subject,
        new RegExp(
          `^(${ROLE_NAME})\\s*[-–—:|]\\s*${ci('(?:interview|entretien|gespräch|entrevista|next steps|application)')}`,
          'u',
        ),
        company,
        withNoun,
      ),
    () =>
      firstMatch(
        subject,
        new RegExp(
          `${ci('(?:interview|entretien|gespräch|entrevista|application)')}\\s*[-–—:|]\\s*(${ROLE_NAME})`,
          'u',
        ),
        company,
        withNoun,
      ),
    () => firstMatch(subject, new RegExp(`(?:[-–—:|]\\s*)(${ROLE_NAME})$`, 'u'), company, withNoun),
    // French, German, Spanish
    () =>
      firstMatch(
        `${subject}\n${body}`,
        new RegExp(`(?:poste|offre) (?:de |d'|d’)(${LOWER_ROLE})`, 'iu'),
        company,
        stopAtFunctionWords,
      ),
    () =>
      firstMatch(
        `${subject}\n${body}`,
        new RegExp(`${ci('(?:stelle|position|bewerbung|tätigkeit) als')} (${ROLE_NAME})`, 'u'),
        company,
      ),
    () =>
      firstMatch(
        `${subject}\n${body}`,
        new RegExp(`(?:puesto|posición|vacante|cargo) de (${LOWER_ROLE})`, 'iu'),
        company,
        stopAtFunctionWords,
      ),
  ];
  for (const attempt of attempts) {
    const role = attempt();
    if (role) return role;
  }
  return null;
}

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
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of text.matchAll(global)) {
    const pre = check(m[1] ?? null);
    const role = pre ? cleanRole(pre, company) : null;
    const final = role ? check(role) : null;
    if (final) return final;
  }
  return null;
}
