/**
 * What an organisation's name looks like, so a company is never taken for a person (two
 * capitalised words, "Northwind Robotics", fit a person's name pattern too) and a system or
 * team is never taken for the employer.
 */
import { words } from './regex-words';

/** Words that make a capitalised phrase an organisation, not a person. */
export const ORG_WORD = words(
  'robotics|analytics|labs?|systems?|software|health(?:care)?|bank|banking|group|partners|university|universit[äé]|college|school|academy|institute|capital|insurance|assurances?|versicherung|payments?|pay|games|studios?|foods?|travel|pharma(?:ceuticals)?|bio(?:tech)?|energy|énergie|logistics|logistik|logística|technolog(?:y|ies)|tech|ai|data|cloud|media|solutions|soluciones|consulting|consultancy|ventures|holdings|industries|motors|networks?|security|mobility|medical|clinics?|center|centre|hospital|foundation|trust|credit union|telecom|freight|outfitters|coffee|roasters|dental|legal|law|company|corp(?:oration)?|inc|llc|ltd|gmbh|ag|plc|co|& co|city|county|council|authority|agency|services|digital|works|dynamics|interactive|financial|finance|fintech|retail|markets?|ledger|bakery|café|kitchen|hotels?|hoteles|grupo|maison|atelier|museum|commons|public|radio|press|publishing|recruitment|recruiting|staffing|talent|search|associates|management|aerospace|engineering|maschinenbau|manufacturing|solar|power|water|farms?|ag(?:ri)?|mutual|realty|properties|airlines?|air|rail|transit|transport|shipping|marine|apparel|outdoors?|collective|cooperative|co-op|network|platforms?|apps?|hq',
);

/** Team and mailbox words a sender's display name adds to the employer's name. */
export const TEAM_SUFFIX =
  /(?:\s*[-–—|,:]\s*|\s+)(?:(?:campus|graduate|early|global|corporate|technical|tech)\s+)?(?:recruiting(?:\s+team)?|recruitment(?:\s+team)?|talent(?:\s+acquisition)?(?:\s+team)?|careers?(?:\s+(?:team|service|site))?|hiring(?:\s+team)?|jobs|hr|human\s+resources|people(?:\s+(?:team|ops|operations))?|recrutement|karriere|personalabteilung|personal|reclutamiento|selección|empleo|talento|notifications?|no-?reply|admissions|search\s+committee|team|resourcing|staffing(?:\s+department)?|talent\s+community|hiring\s+events?|location|store|faculty(?:\s+recruitment)?|carreiras|recrutamento|selezione|werving|vacatures)$/i;

/** "Careers at Acme", "Jobs at Acme", "Talento Grupo Alcántara", "Recrutement Maison X". */
export const TEAM_PREFIX =
  /^(?:(?:careers|jobs|hiring|talent|recruiting|recruitment|work|life)\s+(?:at|@)\s+|(?:talento|recrutement|karriere\s+bei|empleo)\s+|the\s+)/i;

/**
 * Systems, tools, job boards and the like: never the employer. (The senders' own domains are
 * in senders.ts; these are the names people see.)
 */
export const SYSTEM_NAME = words(
  'greenhouse|lever|workday|ashby|smartrecruiters|icims|jobvite|workable|bamboohr|taleo|successfactors|sap successfactors|teamtailor|personio|recruitee|jazzhr|breezy(?: hr)?|goodtime|calendly|cal\\.com|google(?: calendar| meet)?|outlook(?: calendar)?|microsoft(?: teams)?|teams|zoom|webex|linkedin|indeed|glassdoor|ziprecruiter|welcome to the jungle|monster|stepstone|hackerrank|codility|codesignal|testgorilla|hirevue|coderbyte|wellfound|angellist|dice|seek|infojobs|usajobs|refpoint|skillsurvey|xref|checkr|sterling|hireright|gmail|yahoo|hotmail',
);

/** Fold a name for comparison: lowercase, no accents, letters and digits only. */
export function foldName(s: string): string {
  // Most names are plain ASCII: no accents to take off.
  if (/^[\x20-\x7e]*$/.test(s))
    return s
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/[^a-z0-9]/g, '');
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}

/** Whether a capitalised phrase reads as an organisation ("Northwind Robotics", "City of X"). */
export function looksLikeOrg(s: string): boolean {
  return ORG_WORD.test(s) || /^(?:city|county|state|university|bank|the) of\b/i.test(s) || /&/.test(s);
}
