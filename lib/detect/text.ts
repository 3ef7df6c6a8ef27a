/**
 * Plain-text helpers shared by the detectors: separate the new part of an email from the
 * messages it quotes, drop signatures and legal footers, normalise text for matching, and
 * parse a From header. Pure: no DOM, no clock.
 */

export interface SplitReply {
  /** What the sender wrote in this message, forwarded content included (without the forward header). */
  fresh: string;
  /** Earlier messages the reply quotes: ">" lines and everything after an attribution line. */
  quoted: string;
}

/** "---------- Forwarded message ---------", "Begin forwarded message:", and their translations. */
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*)?(?:forwarded message|begin forwarded message|original message follows|début du message réexpédié|message transféré|weitergeleitete nachricht|mensaje reenviado|mensagem encaminhada)\s*:?\s*(?:-{2,})?\s*$/i;

/** Header lines right after a forward marker ("From: …", "Date: …", "Subject: …", "To: …"). */
const FORWARD_HEADER =
  /^\s*(?:from|de|von|date|datum|fecha|sent|envoyé|gesendet|enviado|subject|objet|betreff|asunto|to|à|an|para|cc|reply-to)\s*:/i;

/** Attribution lines that open a quoted earlier message. */
const ATTRIBUTION_ONE_LINE = [
  // English (Gmail, Apple Mail): "On Mon, Mar 2, 2026 at 9:14 AM Amy Lee <amy@x> wrote:"
  /^\s*On\s.{4,}\bwrote\s*:\s*$/i,
  // French: "Le lun. 2 mars 2026 à 09:14, Amy Lee <amy@x> a écrit :"
  /^\s*Le\s.{4,}\ba\s+écrit\s*:\s*$/i,
  // German: "Am Mo., 2. März 2026 um 09:14 Uhr schrieb Amy Lee <amy@x>:"
  /^\s*Am\s.{4,}\bschrieb\b.*:\s*$/i,
  // Spanish: "El lun, 2 mar 2026 a las 9:14, Amy Lee (<amy@x>) escribió:"
  /^\s*El\s.{4,}\bescribió\s*:\s*$/i,
  // Outlook and others: "-----Original Message-----", "----- Message d'origine -----"
  /^\s*-{2,}\s*(?:original message|message d'origine|ursprüngliche nachricht|mensaje original)\s*-{2,}\s*$/i,
];

/** First halves of an attribution split over two lines ("On Mon, … Amy Lee <" / "amy@x> wrote:"). */
const ATTRIBUTION_START = /^\s*(?:On|Le|Am|El)\s.{4,}$/;
const ATTRIBUTION_END = /(?:\bwrote|\ba\s+écrit|\bschrieb\b.*|\bescribió)\s*:\s*$/i;

/** Outlook's reply header: "From: Amy Lee" followed within a few lines by "Sent: …". */
const OUTLOOK_FROM = /^\s*\*?(?:from|de|von)\s*:\*?\s*\S/i;
const OUTLOOK_SENT = /^\s*\*?(?:sent|envoyé|gesendet|enviado|date)\s*:\*?\s*\S/i;

/** All one-line attributions as one pattern: one test per line on the hot path. */
const ANY_ATTRIBUTION_ONE_LINE = new RegExp(
  ATTRIBUTION_ONE_LINE.map((re) => `(?:${re.source})`).join('|'),
  'i',
);

function isAttribution(lines: string[], i: number): number {
  const line = lines[i] ?? '';
  if (ANY_ATTRIBUTION_ONE_LINE.test(line)) return 1;
  const next = lines[i + 1];
  if (next !== undefined && ATTRIBUTION_START.test(line) && !ATTRIBUTION_END.test(line)) {
    if (ATTRIBUTION_END.test(next) && line.length + next.length < 300) return 2;
  }
  if (OUTLOOK_FROM.test(line)) {
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      if (OUTLOOK_SENT.test(lines[j] ?? '')) return 1;
    }
  }
  return 0;
}

/**
 * Split a plain-text body into the fresh text and what it quotes. Lines starting with ">"
 * are quoted; so is everything from the first attribution line ("On … wrote:", "Le … a
 * écrit :", "Am … schrieb …:", "El … escribió:", "-----Original Message-----", an Outlook
 * "From: … Sent: …" header). A forwarded message is not quoted: it is what the sender
 * shares, so it stays in `fresh`, without the forward marker and its header lines.
 */
export function splitReply(body: string): SplitReply {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const fresh: string[] = [];
  const quoted: string[] = [];
  let inForwardHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FORWARD_MARKER.test(line)) {
      inForwardHeader = true;
      continue;
    }
    if (inForwardHeader) {
      if (FORWARD_HEADER.test(line)) continue;
      if (line.trim() === '') {
        // Blank lines inside or right after the header block.
        continue;
      }
      inForwardHeader = false;
    }
    if (isAttribution(lines, i) > 0) {
      quoted.push(...lines.slice(i));
      break;
    }
    if (/^\s*>/.test(line)) {
      quoted.push(line.replace(/^\s*>\s?/, ''));
      continue;
    }
    fresh.push(line);
  }
  return { fresh: trimBlankLines(fresh.join('\n')), quoted: trimBlankLines(quoted.join('\n')) };
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}

/** Footer paragraphs that carry no message: legal notices, unsubscribe lines, mailing reasons. */
const FOOTER_START = [
  /^\s*(?:this|the information in this)\s+(?:e-?mail|message|communication)\b.*\b(?:confidential|privileged|intended (?:solely |only )?for)/i,
  /^\s*(?:confidentiality notice|disclaimer|legal notice)\b/i,
  /^\s*if you (?:are not|have received this).*\b(?:intended recipient|in error)/i,
  /^\s*(?:to\s+)?unsubscribe\b/i,
  /\bunsubscribe\s*$/i,
  /^\s*you (?:are )?(?:receiving|received) this (?:e-?mail|message|notification)\b/i,
  /^\s*(?:ce (?:message|courriel|e-mail)|cet e-mail)\b.*\bconfidenti/i,
  /^\s*(?:diese (?:e-mail|nachricht))\b.*\bvertraulich/i,
  /^\s*(?:este (?:mensaje|correo))\b.*\bconfidencial/i,
  /^\s*(?:se désabonner|désinscription|abmelden|darse de baja)\b/i,
  // What a phone's mail app appends: says nothing about the message.
  /^\s*(?:sent from my \w+|sent from (?:outlook|mail|yahoo mail|gmail) for \w+|get outlook for \w+|envoyé de mon \w+|von meinem \w+ gesendet|enviado desde mi \w+)/i,
];

const ANY_FOOTER_START = new RegExp(FOOTER_START.map((re) => `(?:${re.source})`).join('|'), 'i');

/**
 * Drop the signature (everything after a "-- " line) and legal or mailing footers, keep
 * the rest. A footer starts at a line matching a known notice and runs to the end of its
 * paragraph; text after it stays.
 */
export function stripNoise(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sig = lines.findIndex((l) => /^--\s?$/.test(l) && l !== '---');
  const body = sig >= 0 ? lines.slice(0, sig) : lines;
  const kept: string[] = [];
  let skipping = false;
  for (const line of body) {
    if (skipping) {
      if (line.trim() === '') skipping = false;
      continue;
    }
    if (ANY_FOOTER_START.test(line)) {
      skipping = true;
      continue;
    }
    kept.push(line);
  }
  return trimBlankLines(kept.join('\n').replace(/\n{3,}/g, '\n\n'));
}

/** Lowercase, one kind of quote and apostrophe, one space between words; accents stay. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Sender {
  name: string | null;
  address: string | null;
  domain: string | null;
}

const ADDRESS = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

/**
 * Read a From header: `"Amy Lee" <amy@acme.example>`, `Amy Lee <amy@acme.example>`,
 * `amy@acme.example (Amy Lee)` or a bare address. The address and domain are lowercased.
 */
export function senderOf(from: string): Sender {
  const raw = from.trim();
  let address: string | null = null;
  let name: string | null = null;
  const angle = /<\s*([^<>]*?)\s*>/.exec(raw);
  if (angle && ADDRESS.test(angle[1] ?? '')) {
    address = (ADDRESS.exec(angle[1] ?? '')?.[0] ?? '').toLowerCase();
    name = raw.slice(0, angle.index).trim();
  } else {
    const bare = ADDRESS.exec(raw);
    if (bare) {
      address = bare[0].toLowerCase();
      const rest = (raw.slice(0, bare.index) + raw.slice(bare.index + bare[0].length)).trim();
      const paren = /^\(([^)]*)\)$/.exec(rest);
      name = paren ? (paren[1] ?? '') : rest;
    } else {
      name = raw;
    }
  }
  name = cleanName(name);
  if (name !== null && address !== null && name.toLowerCase() === address) name = null;
  const domain = address ? (address.split('@')[1] ?? null) : null;
  return { name, address, domain };
}

function cleanName(name: string | null): string | null {
  if (name === null) return null;
  let n = name.trim();
  if (/^".*"$/.test(n) || /^'.*'$/.test(n)) n = n.slice(1, -1);
  n = n.replace(/\\"/g, '"').replace(/\s+/g, ' ').trim();
  return n === '' ? null : n;
}
