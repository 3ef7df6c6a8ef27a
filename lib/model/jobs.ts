/**
 * When two opportunities are the same job: the same company and the same role, however the
 * page wrote them ("Brightwater Labs, Inc." and "brightwater labs"; "Sr. Product Analyst" and
 * "Senior Product Analyst"). Pure.
 */

/** Legal forms and filler that do not tell two employers apart. */
const COMPANY_NOISE = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'bv',
  'nv',
  'corp',
  'corporation',
  'co',
  'company',
  'group',
  'the',
]);

/** Abbreviations job titles use for the same words. */
const ROLE_WORDS: Record<string, string> = {
  sr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  assoc: 'associate',
  asst: 'assistant',
  dir: 'director',
  vp: 'vice president',
  ii: '2',
  iii: '3',
};

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** The company as a key: "brightwater labs" for "Brightwater Labs, Inc.". */
export function companyKey(company: string): string {
  return words(company)
    .filter((w) => !COMPANY_NOISE.has(w))
    .join(' ');
}

/** The role as a key: "senior product analyst" for "Sr. Product Analyst". */
export function roleKey(role: string): string {
  return words(role)
    .map((w) => ROLE_WORDS[w] ?? w)
    .join(' ');
}

/** Whether two company/role pairs name the same job. Empty names never match. */
export function sameJob(a: { company: string; role: string }, b: { company: string; role: string }): boolean {
  const company = companyKey(a.company);
  const role = roleKey(a.role);
  return company !== '' && role !== '' && company === companyKey(b.company) && role === roleKey(b.role);
}
