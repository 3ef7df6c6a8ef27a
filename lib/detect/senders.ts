/**
 * Known senders of hiring mail: applicant-tracking systems, scheduling tools, job boards
 * and assessment platforms, recognised by the address's domain (subdomains included).
 * Pure data and lookups.
 */

export type SenderKind = 'ats' | 'scheduling' | 'job_board' | 'assessment';

export interface KnownSender {
  /** The system's name as people know it ("Greenhouse", "Calendly"). */
  system: string;
  kind: SenderKind;
}

/** Domain → system. A key matches that domain and every subdomain of it. */
const DOMAINS: Record<string, KnownSender> = {
  // Applicant-tracking systems
  'greenhouse.io': { system: 'Greenhouse', kind: 'ats' },
  'greenhouse-mail.io': { system: 'Greenhouse', kind: 'ats' },
  'lever.co': { system: 'Lever', kind: 'ats' },
  'myworkday.com': { system: 'Workday', kind: 'ats' },
  'myworkdayjobs.com': { system: 'Workday', kind: 'ats' },
  'workday.com': { system: 'Workday', kind: 'ats' },
  'ashbyhq.com': { system: 'Ashby', kind: 'ats' },
  'smartrecruiters.com': { system: 'SmartRecruiters', kind: 'ats' },
  'icims.com': { system: 'iCIMS', kind: 'ats' },
  'jobvite.com': { system: 'Jobvite', kind: 'ats' },
  'workable.com': { system: 'Workable', kind: 'ats' },
  'workablemail.com': { system: 'Workable', kind: 'ats' },
  'bamboohr.com': { system: 'BambooHR', kind: 'ats' },
  'taleo.net': { system: 'Taleo', kind: 'ats' },
  'successfactors.com': { system: 'SAP SuccessFactors', kind: 'ats' },
  'successfactors.eu': { system: 'SAP SuccessFactors', kind: 'ats' },
  'sapsf.com': { system: 'SAP SuccessFactors', kind: 'ats' },
  'sapsf.eu': { system: 'SAP SuccessFactors', kind: 'ats' },
  'teamtailor.com': { system: 'Teamtailor', kind: 'ats' },
  'teamtailor-mail.com': { system: 'Teamtailor', kind: 'ats' },
  'personio.de': { system: 'Personio', kind: 'ats' },
  'personio.com': { system: 'Personio', kind: 'ats' },
  'recruitee.com': { system: 'Recruitee', kind: 'ats' },
  'jazzhr.com': { system: 'JazzHR', kind: 'ats' },
  'applytojob.com': { system: 'JazzHR', kind: 'ats' },
  'breezy.hr': { system: 'Breezy HR', kind: 'ats' },
  'breezyhr.com': { system: 'Breezy HR', kind: 'ats' },
  'breezy-mail.com': { system: 'Breezy HR', kind: 'ats' },
  'ultipro.com': { system: 'UKG', kind: 'ats' },
  'ukg.com': { system: 'UKG', kind: 'ats' },
  'paylocity.com': { system: 'Paylocity', kind: 'ats' },
  'paycomonline.net': { system: 'Paycom', kind: 'ats' },
  'adp.com': { system: 'ADP', kind: 'ats' },
  'rippling.com': { system: 'Rippling', kind: 'ats' },
  'oraclecloud.com': { system: 'Oracle Recruiting', kind: 'ats' },
  'pinpointhq.com': { system: 'Pinpoint', kind: 'ats' },
  'comeet.co': { system: 'Comeet', kind: 'ats' },
  'comeet-notifications.com': { system: 'Comeet', kind: 'ats' },
  'manatal.com': { system: 'Manatal', kind: 'ats' },
  'zohorecruit.com': { system: 'Zoho Recruit', kind: 'ats' },
  'zohorecruitmail.com': { system: 'Zoho Recruit', kind: 'ats' },
  'homerun.co': { system: 'Homerun', kind: 'ats' },
  'join.com': { system: 'JOIN', kind: 'ats' },
  'interfolio.com': { system: 'Interfolio', kind: 'ats' },
  'tal.net': { system: 'Oleeo', kind: 'ats' },
  'oleeo.com': { system: 'Oleeo', kind: 'ats' },
  // Scheduling
  'goodtime.io': { system: 'GoodTime', kind: 'scheduling' },
  'calendly.com': { system: 'Calendly', kind: 'scheduling' },
  'cal.com': { system: 'Cal.com', kind: 'scheduling' },
  // Job boards
  'linkedin.com': { system: 'LinkedIn', kind: 'job_board' },
  'indeed.com': { system: 'Indeed', kind: 'job_board' },
  'indeedemail.com': { system: 'Indeed', kind: 'job_board' },
  'glassdoor.com': { system: 'Glassdoor', kind: 'job_board' },
  'ziprecruiter.com': { system: 'ZipRecruiter', kind: 'job_board' },
  'welcometothejungle.com': { system: 'Welcome to the Jungle', kind: 'job_board' },
  'monster.com': { system: 'Monster', kind: 'job_board' },
  'wellfound.com': { system: 'Wellfound', kind: 'job_board' },
  'otta.com': { system: 'Otta', kind: 'job_board' },
  'builtin.com': { system: 'Built In', kind: 'job_board' },
  'dice.com': { system: 'Dice', kind: 'job_board' },
  'joinhandshake.com': { system: 'Handshake', kind: 'job_board' },
  'seek.com.au': { system: 'SEEK', kind: 'job_board' },
  'naukri.com': { system: 'Naukri', kind: 'job_board' },
  'totaljobs.com': { system: 'Totaljobs', kind: 'job_board' },
  'reed.co.uk': { system: 'Reed', kind: 'job_board' },
  'xing.com': { system: 'XING', kind: 'job_board' },
  'infojobs.net': { system: 'InfoJobs', kind: 'job_board' },
  'tecnoempleo.com': { system: 'Tecnoempleo', kind: 'job_board' },
  'hellowork.com': { system: 'HelloWork', kind: 'job_board' },
  'apec.fr': { system: 'Apec', kind: 'job_board' },
  'jobserve.com': { system: 'JobServe', kind: 'job_board' },
  'simplyhired.com': { system: 'SimplyHired', kind: 'job_board' },
  'seek.com': { system: 'SEEK', kind: 'job_board' },
  'reed.com': { system: 'Reed', kind: 'job_board' },
  // Assessments
  'hackerrank.com': { system: 'HackerRank', kind: 'assessment' },
  'hackerrankforwork.com': { system: 'HackerRank', kind: 'assessment' },
  'codility.com': { system: 'Codility', kind: 'assessment' },
  'codesignal.com': { system: 'CodeSignal', kind: 'assessment' },
  'testgorilla.com': { system: 'TestGorilla', kind: 'assessment' },
  'hirevue.com': { system: 'HireVue', kind: 'assessment' },
  'coderbyte.com': { system: 'Coderbyte', kind: 'assessment' },
  'shl.com': { system: 'SHL', kind: 'assessment' },
  'sparkhire.com': { system: 'Spark Hire', kind: 'assessment' },
  'vidcruiter.com': { system: 'VidCruiter', kind: 'assessment' },
  'jobma.com': { system: 'Jobma', kind: 'assessment' },
};

/** Whole addresses of calendar services, whose domains also send ordinary mail. */
const ADDRESSES: Record<string, KnownSender> = {
  'calendar-notification@google.com': { system: 'Google Calendar', kind: 'scheduling' },
  'calendar-server@google.com': { system: 'Google Calendar', kind: 'scheduling' },
  'noreply-calendar@google.com': { system: 'Google Calendar', kind: 'scheduling' },
  'calendar@outlook.com': { system: 'Outlook Calendar', kind: 'scheduling' },
  'no-reply@calendar.office365.com': { system: 'Outlook Calendar', kind: 'scheduling' },
  'calendar-noreply@microsoft.com': { system: 'Outlook Calendar', kind: 'scheduling' },
};

/** StepStone and Indeed run one domain per country: stepstone.de, indeed.fr, stepstone.co.uk, … */
const STEPSTONE = /(?:^|\.)stepstone\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;
const INDEED = /(?:^|\.)indeed\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** Outlook / Microsoft 365 calendar senders: calendar.office365.com, outlook.office365.com calendar mail. */
const OUTLOOK_CALENDAR =
  /^(?:calendar|.*calendar.*)@(?:[a-z0-9-]+\.)*(?:office365\.com|outlook\.com|microsoft\.com)$/;

/**
 * The hiring system behind an address, or null for anyone else. Matching is by domain and
 * its subdomains ("no-reply@mail.greenhouse.io" matches greenhouse.io, "x@notgreenhouse.io"
 * does not); Google's calendar service is matched by whole address, Outlook's by pattern.
 */
export function atsSender(address: string | null): KnownSender | null {
  if (!address) return null;
  const addr = address.trim().toLowerCase().replace(/^<|>$/g, '');
  const at = addr.lastIndexOf('@');
  if (at < 0) return null;
  const exact = ADDRESSES[addr];
  if (exact) return { ...exact };
  const domain = addr.slice(at + 1).replace(/\.$/, '');
  if (OUTLOOK_CALENDAR.test(addr) || /(?:^|\.)calendar\.office365\.com$/.test(domain)) {
    return { system: 'Outlook Calendar', kind: 'scheduling' };
  }
  if (STEPSTONE.test(domain)) return { system: 'StepStone', kind: 'job_board' };
  if (INDEED.test(domain)) return { system: 'Indeed', kind: 'job_board' };
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = DOMAINS[labels.slice(i).join('.')];
    if (hit) return { ...hit };
  }
  return null;
}

/** Whether a domain belongs to a known hiring system (used to avoid naming it as the employer). */
export function isHiringSystemDomain(domain: string | null): boolean {
  if (!domain) return false;
  return atsSender(`x@${domain}`) !== null;
}

/**
 * Mailboxes of a team or a machine, not of one person: never a contact to suggest, and a
 * display name on one is not a person's.
 */
export const SHARED_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|notifications?|mailer|bounces?|calendar|invitations?|jobs|careers?|talent|recruit\w*|hiring|hr|rh|rrhh|info|team|hello|support|people|recrutement|emploi|karriere|bewerbung\w*|personal|empleo|talento)(?:[._+-][\w.+-]*)?@/i;
