/**
 * What a whole email thread means for the follow-up plan: whether it is about a job process
 * worth tracking, why (the deciding message's label and quotes), what the tracking panel
 * should suggest (company, role, people, interview time, decision date), each message's
 * label, and a rejection or offer to propose.
 *
 * Pure: plain data in, plain data out; no DOM, no browser API, no clock. It runs in the
 * background service worker, so the classifier's model never ships inside a web page; the
 * page only sends the thread it read.
 */
import { CERTAIN, classify } from './classify';
import { Email, type Classification, type EmailLabel, type Extraction, type PersonRole } from './email';
import { extract } from './extract';
import { atsSender, SHARED_MAILBOX } from './senders';
import { threadVerdict } from './thread';

/** A person in a header. `name` is null when the page shows none (the user's "me"). */
export interface ThreadAddress {
  name: string | null;
  email: string;
}

/** A recipient as webmail shows one: Outlook shows some by name only. */
export interface ShownRecipient {
  name: string | null;
  email: string | null;
}

export interface ThreadMessageInput {
  messageId: string;
  from: ThreadAddress;
  to: ShownRecipient[];
  cc: ShownRecipient[];
  /** When it was sent, ISO 8601 with offset. */
  date: string;
  /** What the sender wrote in this message, quoted parts excluded. */
  text: string;
  /** The earlier messages it quotes, set apart by the reader. */
  quoted: string;
}

export interface ThreadInput {
  subject: string;
  /** The user's own address: their messages never decide and they are never a contact. */
  account: string | null;
  /** Oldest first. */
  messages: ThreadMessageInput[];
}

export interface SuggestedPerson {
  name: string;
  email: string | null;
  phone: string | null;
  role: PersonRole;
}

export interface ThreadUnderstanding {
  /** The deciding label is one worth tracking (TRACKED_LABELS). */
  jobRelated: boolean;
  /** The thread's label (threadVerdict); null when no employer message says anything. */
  label: EmailLabel | null;
  /** The deciding verdict's confidence reached CERTAIN; below it the label is a suggestion. */
  certain: boolean;
  /** Quotes that made the label, for the panel (and the thread record). */
  evidence: Array<{ quote: string; where: 'subject' | 'body' | 'from' }>;
  /** The panel's suggestions: to be confirmed by the user, never taken as facts. */
  suggestion: {
    subject: string;
    company: string;
    role: string;
    people: SuggestedPerson[];
    interviewAt: string | null;
    decisionBy: string | null;
  };
  /** Each message that could be read, in order, with its own label. */
  messages: Array<{ messageId: string; label: EmailLabel; fromUser: boolean }>;
  /** A rejection or offer that decides the thread: proposed with its quote, never applied. */
  outcome: { label: 'rejection' | 'offer'; messageId: string; quote: string } | null;
}

/** The labels worth tracking (issue 7): invitations, interviews, assessments, references, news. */
export const TRACKED_LABELS: ReadonlySet<EmailLabel> = new Set([
  'interview_request',
  'interview_scheduled',
  'assessment',
  'reference_request',
  'status_update',
  'rejection',
  'offer',
]);

/** The tracking record takes at most this many people (TrackThreadParams). */
const MAX_PEOPLE = 20;
const MAX_EVIDENCE = 5;
const MAX_QUOTE = 300;
/**
 * Extraction costs a few milliseconds a message, and every suggestion is taken from the
 * newest message that has it: the latest job messages are enough.
 */
const MAX_EXTRACTED = 20;

export function understandThread(input: ThreadInput): ThreadUnderstanding {
  const account = input.account?.toLowerCase() ?? null;
  const read: Array<{
    message: ThreadMessageInput;
    email: Email;
    verdict: Classification;
    fromUser: boolean;
  }> = [];
  for (const message of input.messages) {
    const email = toEmail(input.subject, message);
    if (!email) continue;
    const fromUser = account !== null && message.from.email.toLowerCase() === account;
    read.push({ message, email, verdict: classify(email), fromUser });
  }

  const decided = threadVerdict(
    read.map((r) => ({ label: r.verdict.label, confidence: r.verdict.confidence, fromUser: r.fromUser })),
  );
  const deciding = decided.index !== null ? read[decided.index] : undefined;
  const jobRelated = decided.label !== null && TRACKED_LABELS.has(decided.label);

  // Only a thread worth tracking needs suggestions, and only its employers' job messages feed them.
  const employer = jobRelated ? read.filter((r) => !r.fromUser) : [];
  const extracted = employer
    .filter((r) => TRACKED_LABELS.has(r.verdict.label))
    .slice(-MAX_EXTRACTED)
    .map((r) => ({
      from: r.message.from.email.toLowerCase(),
      extraction: extract(withQuoted(r.email, r.message)),
    }));
  const pick = <K extends 'company' | 'role' | 'interviewAt' | 'decisionBy'>(key: K): Extraction[K] =>
    [...extracted].reverse().find((e) => e.extraction[key])?.extraction[key] ?? null;

  const outcomeLabel = decided.label === 'rejection' || decided.label === 'offer' ? decided.label : null;
  return {
    jobRelated,
    label: decided.label,
    certain: decided.label !== null && decided.confidence >= CERTAIN,
    evidence: (deciding?.verdict.evidence ?? [])
      .slice(0, MAX_EVIDENCE)
      .map((e) => ({ quote: e.quote.slice(0, MAX_QUOTE), where: e.where })),
    suggestion: {
      subject: input.subject.slice(0, 500),
      company: (pick('company') ?? '').slice(0, 300),
      role: (pick('role') ?? '').slice(0, 300),
      people: peopleOf(employer, extracted, account),
      interviewAt: pick('interviewAt'),
      decisionBy: pick('decisionBy'),
    },
    messages: read.map((r) => ({
      messageId: r.message.messageId,
      label: r.verdict.label,
      fromUser: r.fromUser,
    })),
    outcome:
      outcomeLabel && deciding
        ? {
            label: outcomeLabel,
            messageId: deciding.message.messageId,
            quote: (deciding.verdict.evidence[0]?.quote ?? '').slice(0, MAX_QUOTE),
          }
        : null,
  };
}

// ---------------------------------------------------------------------------------------
// One message as the detectors read it

/** The detectors' Email for one message, or null when it cannot be one (a bad date). */
export function toEmail(subject: string, message: ThreadMessageInput): Email | null {
  const parsed = Email.safeParse({
    id: message.messageId.slice(0, 200),
    from: formatAddress(message.from).slice(0, 1000),
    to: joinWithin(message.to.map(formatAddress), 5000),
    cc: joinWithin(message.cc.map(formatAddress), 5000),
    subject: subject.slice(0, 2000),
    date: message.date,
    // Only what the sender wrote: quoted earlier messages must never decide a label.
    body: message.text.slice(0, 100_000),
  });
  return parsed.success ? parsed.data : null;
}

/**
 * For the extractor, the quoted messages come back as ">" lines: it sets them aside for
 * dates, people and instructions, and reads them only for a meeting link the reply lacks.
 */
function withQuoted(email: Email, message: ThreadMessageInput): Email {
  if (!message.quoted.trim()) return email;
  const quoted = message.quoted
    .slice(0, 100_000)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return { ...email, body: `${email.body}\n\n${quoted}` };
}

/** "Amy Lee <amy@x.example>", quoting a name with a comma or angle bracket in it. */
export function formatAddress(address: { name: string | null; email: string | null }): string {
  const { name, email } = address;
  if (!email) return name ?? '';
  if (!name) return email;
  const safe = /[",<>@;:]/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : name;
  return `${safe} <${email}>`;
}

/** Addresses joined by ", ", as many whole ones as fit within the limit. */
function joinWithin(parts: string[], limit: number): string {
  let out = '';
  for (const part of parts) {
    const next = out === '' ? part : `${out}, ${part}`;
    if (next.length > limit) break;
    out = next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// People

interface Draft {
  name: string | null;
  email: string | null;
  phone: string | null;
  role: PersonRole;
  /** The extractor named the role; a role we assumed from the header yields to it. */
  named: boolean;
}

/**
 * Everyone on the employer's side: the From, To and Cc of their messages (never the user,
 * never a shared or machine mailbox) and the people the extractor found in the text, one
 * entry per person — merged by address, then by name.
 */
function peopleOf(
  employer: ReadonlyArray<{ message: ThreadMessageInput }>,
  extracted: ReadonlyArray<{ from: string; extraction: Extraction }>,
  account: string | null,
): SuggestedPerson[] {
  const people: Draft[] = [];
  const add = (p: Omit<Draft, 'named'> & { named?: boolean }) => {
    const email = p.email?.trim().toLowerCase() || null;
    const name = p.name?.trim() || null;
    if (email !== null && (email === account || isSharedOrSystem(email))) return;
    if (!name && !email) return;
    const same =
      (email !== null ? people.find((q) => q.email === email) : undefined) ??
      (name !== null
        ? people.find((q) => q.name !== null && fold(q.name) === fold(name) && (!q.email || !email))
        : undefined);
    if (!same) {
      people.push({ name, email, phone: p.phone, role: p.role, named: p.named ?? false });
      return;
    }
    same.name ??= name;
    same.email ??= email;
    same.phone ??= p.phone;
    if (p.named && !same.named) Object.assign(same, { role: p.role, named: true });
  };

  for (const { message } of employer) {
    add({ ...message.from, phone: null, role: 'recruiter' });
    // Without the user's address their own "To" line cannot be told apart from a colleague.
    if (account === null) continue;
    for (const a of [...message.to, ...message.cc]) add({ ...a, phone: null, role: 'interviewer' });
  }
  for (const { from, extraction } of extracted) {
    for (const p of extraction.people) {
      const sender = p.email !== null && p.email.toLowerCase() === from;
      add({
        name: p.name,
        email: p.email,
        phone: p.phone,
        role: p.role ?? (sender ? 'recruiter' : 'interviewer'),
        named: p.role != null,
      });
    }
  }
  return people.slice(0, MAX_PEOPLE).map(({ name, email, phone, role }) => ({
    name: (name ?? email ?? '').slice(0, 300),
    // The tracking record's bounds: an address or number past them is not one.
    email: email !== null && email.length <= 320 ? email : null,
    phone: phone !== null && phone.length <= 60 ? phone : null,
    role,
  }));
}

function isSharedOrSystem(email: string): boolean {
  return SHARED_MAILBOX.test(email) || atsSender(email) !== null;
}

/** Names compare without case, accents or extra spaces ("José  Díaz" = "jose diaz"). */
function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
