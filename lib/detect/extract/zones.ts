/**
 * Time zones an email may state, by abbreviation ("ET", "CET") or by name ("Eastern",
 * "heure de Paris"), next to a time or anywhere in the text.
 *
 * Each maps to an IANA zone rather than a fixed offset, so a time stays right across DST
 * changes ("EST" in July still means New York); GMT and UTC are fixed.
 */
import { words } from './regex-words';

export type ZoneSpec = { zone: string } | { offset: number };

/**
 * Abbreviations and names people write after a time, as zones. Generic and seasonal names
 * of one region map to that region's zone, so "2pm EST" written in July still means New
 * York's wall clock (people write EST all year); GMT and UTC are fixed.
 */
export const ZONE_ABBR: Record<string, ZoneSpec> = {
  ET: { zone: 'America/New_York' },
  EST: { zone: 'America/New_York' },
  EDT: { zone: 'America/New_York' },
  CT: { zone: 'America/Chicago' },
  CST: { zone: 'America/Chicago' },
  CDT: { zone: 'America/Chicago' },
  MT: { zone: 'America/Denver' },
  MST: { zone: 'America/Denver' },
  MDT: { zone: 'America/Denver' },
  PT: { zone: 'America/Los_Angeles' },
  PST: { zone: 'America/Los_Angeles' },
  PDT: { zone: 'America/Los_Angeles' },
  AKST: { zone: 'America/Anchorage' },
  HST: { zone: 'Pacific/Honolulu' },
  GMT: { offset: 0 },
  UTC: { offset: 0 },
  BST: { zone: 'Europe/London' },
  WET: { zone: 'Europe/Lisbon' },
  WEST: { zone: 'Europe/Lisbon' },
  CET: { zone: 'Europe/Paris' },
  CEST: { zone: 'Europe/Paris' },
  MEZ: { zone: 'Europe/Berlin' },
  MESZ: { zone: 'Europe/Berlin' },
  EET: { zone: 'Europe/Athens' },
  EEST: { zone: 'Europe/Athens' },
  IST: { zone: 'Asia/Kolkata' },
  SGT: { zone: 'Asia/Singapore' },
  JST: { zone: 'Asia/Tokyo' },
  AEST: { zone: 'Australia/Sydney' },
  AEDT: { zone: 'Australia/Sydney' },
};

const ZONE_NAMES: Array<[RegExp, ZoneSpec]> = [
  [words('eastern(?: standard| daylight)?(?: time)?'), { zone: 'America/New_York' }],
  [
    words('central european(?: summer)?(?: time)?|heure de paris|paris time|berlin time'),
    { zone: 'Europe/Paris' },
  ],
  [words('central(?: standard| daylight)? time'), { zone: 'America/Chicago' }],
  [words('mountain(?: standard| daylight)? time'), { zone: 'America/Denver' }],
  [words('pacific(?: standard| daylight)?(?: time)?'), { zone: 'America/Los_Angeles' }],
  [words('uk time|london time|british (?:summer )?time'), { zone: 'Europe/London' }],
  [words('new york time'), { zone: 'America/New_York' }],
  [words('mitteleuropäische(?:r)? (?:sommer)?zeit|deutscher zeit'), { zone: 'Europe/Berlin' }],
  [words('hora (?:de madrid|peninsular|central europea)'), { zone: 'Europe/Madrid' }],
];

// "UTC" in "(UTC-05:00)" is the start of an offset label, not the zone UTC.
const ZONE_ABBR_RE = new RegExp(
  `(?<![A-Za-z])\\(?(${Object.keys(ZONE_ABBR).join('|')})\\)?(?![A-Za-z]|\\s?[+\\-−]\\d)`,
);

/** Cities of the Windows / Outlook / Webex zone labels ("(UTC+00:00) Dublin, Edinburgh, Lisbon, London"). */
const LABEL_CITIES: Array<[RegExp, string]> = [
  [words('london|dublin|edinburgh|lisbon'), 'Europe/London'],
  [
    words(
      'amsterdam|berlin|bern|rome|stockholm|vienna|brussels|copenhagen|madrid|paris|belgrade|prague|warsaw|zagreb',
    ),
    'Europe/Paris',
  ],
  [words('athens|bucharest|helsinki|kyiv|kiev|riga|sofia|tallinn|vilnius'), 'Europe/Athens'],
  [words('chennai|kolkata|mumbai|new delhi'), 'Asia/Kolkata'],
  [words('canberra|melbourne|sydney'), 'Australia/Sydney'],
  [words('brisbane'), 'Australia/Brisbane'],
  [words('singapore|kuala lumpur'), 'Asia/Singapore'],
  [words('osaka|sapporo|tokyo'), 'Asia/Tokyo'],
  [words('auckland|wellington'), 'Pacific/Auckland'],
  [words('arizona'), 'America/Phoenix'],
];

/** "(UTC-05:00) Eastern Time (US & Canada)", "(GMT+01:00) Amsterdam, Berlin": the zone the label names, else its offset. */
const OFFSET_LABEL = /\((?:UTC|GMT)\s?([+\-−])(\d{1,2})(?::?(\d{2}))?\)([^\n|]{0,60})/;

export function zoneOfLabel(text: string): ZoneSpec | null {
  const m = OFFSET_LABEL.exec(text);
  if (!m) return null;
  const label = m[4] ?? '';
  for (const [re, spec] of ZONE_NAMES) if (re.test(label)) return spec;
  for (const [re, zone] of LABEL_CITIES) if (re.test(label)) return { zone };
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return { offset: m[1] === '+' ? minutes : -minutes };
}

/** A zone written right after (or at the end of) a parsed time: "2pm ET", "(EST)", "Eastern". */
export function zoneNear(text: string, start: number, end: number): ZoneSpec | null {
  const inside = text.slice(start, end);
  const tail = new RegExp(`${ZONE_ABBR_RE.source}\\s*$`).exec(inside);
  if (tail?.[1]) return ZONE_ABBR[tail[1]] ?? null;
  const after = text.slice(end, end + 40);
  const abbr = new RegExp(`^\\s*,?\\s*${ZONE_ABBR_RE.source}`).exec(after);
  if (abbr?.[1]) return ZONE_ABBR[abbr[1]] ?? null;
  for (const [re, spec] of ZONE_NAMES) {
    const m = re.exec(after);
    if (m && /^[\s,(]*$/.test(after.slice(0, m.index))) return spec;
  }
  return null;
}

/** A zone stated anywhere in the text ("All times are Eastern", "10:00 (CET)"). */
export function zoneStated(text: string): ZoneSpec | null {
  if (text.includes('(UTC') || text.includes('(GMT')) {
    const label = zoneOfLabel(text);
    if (label) return label;
  }
  const abbr = ZONE_ABBR_RE.exec(text);
  if (abbr?.[1]) return ZONE_ABBR[abbr[1]] ?? null;
  for (const [re, spec] of ZONE_NAMES) if (re.test(text)) return spec;
  return null;
}
