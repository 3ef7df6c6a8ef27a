import { classify } from '../../detect/classify';
import type { Classification, EmailLabel } from '../../detect/email';
import { extract } from '../../detect/extract';
import type { ThreadMessage as MessageForStore, TrackThreadParams } from '../../messaging/gmail';
import type { PersonRole } from '../../model';
import { type GmailThread, type ListRow, toEmail } from './read';

/**
 * What a Gmail thread means for the follow-up plan: whether it is about an interview, why
 * (the label and the quoted evidence), and what the tracking panel should suggest. Reads
 * only what `read.ts` returned; no DOM, no browser API.
 */

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

export interface Understanding {
  jobRelated: boolean;
  label: EmailLabel | null;
  /** Quotes that made the label, for the panel (and the thread record). */
  evidence: Array<{ quote: string; where: 'subject' | 'body' | 'from' }>;
  /** The panel's suggestions: to be confirmed by the user, never taken as facts. */
  suggestion: Omit<TrackThreadParams, 'threadId' | 'opportunityId' | 'label' | 'evidence' | 'messages'>;
  /** Every readable message, as the background stores it. */
  messages: MessageForStore[];
  /** A rejection or offer in the thread, to propose as an outcome with its quote. */
  outcome: { label: 'rejection' | 'offer'; messageId: string; quote: string } | null;
}

export function understandThread(thread: GmailThread, account: string | null): Understanding {
  const verdicts: Array<{
    message: MessageForStore;
    verdict: Classification;
    email: ReturnType<typeof toEmail>;
  }> = [];
  for (const message of thread.messages) {
    const email = toEmail(thread, message);
    if (!email || !message.messageId || !message.from?.email) continue;
    const verdict = classify(email);
    const sent = account !== null && message.from.email === account;
    verdicts.push({
      email,
      verdict,
      message: {
        messageId: message.messageId,
        from: { name: message.from.name, email: message.from.email },
        to: message.to.filter((a) => a.email).map((a) => ({ name: a.name, email: a.email! })),
        date: email.date,
        direction: sent ? 'sent' : 'received',
        snippet: message.text.replace(/\s+/g, ' ').trim().slice(0, 200),
        text: message.text.slice(0, 100_000),
        label: verdict.label,
      },
    });
  }
  const job = verdicts.filter(
    (v) => TRACKED_LABELS.has(v.verdict.label) && v.message.direction === 'received',
  );
  const latest = job[job.length - 1];
  const extractions = job.map((v) => extract(v.email!));
  const pick = <K extends 'company' | 'role' | 'interviewAt' | 'decisionBy'>(key: K) =>
    [...extractions].reverse().find((e) => e[key])?.[key] ?? null;
  const people = new Map<
    string,
    { name: string; email: string | null; phone: string | null; role: PersonRole }
  >();
  for (const v of job) {
    const from = v.message.from;
    if (from.email !== account && !people.has(from.email)) {
      people.set(from.email, {
        name: from.name || from.email,
        email: from.email,
        phone: null,
        role: 'recruiter',
      });
    }
  }
  for (const e of extractions) {
    for (const p of e.people) {
      const key = p.email ?? p.name ?? '';
      if (!key || key === account || people.has(key) || !p.name) continue;
      people.set(key, { name: p.name, email: p.email, phone: p.phone, role: 'interviewer' });
    }
  }
  const outcomeVerdict = [...verdicts]
    .reverse()
    .find((v) => v.verdict.label === 'rejection' || v.verdict.label === 'offer');
  return {
    jobRelated: latest !== undefined,
    label: latest?.verdict.label ?? null,
    evidence: (latest?.verdict.evidence ?? [])
      .slice(0, 5)
      .map((e) => ({ quote: e.quote.slice(0, 300), where: e.where })),
    suggestion: {
      subject: thread.subject.slice(0, 500),
      company: pick('company') ?? '',
      role: pick('role') ?? '',
      people: [...people.values()].slice(0, 20),
      interviewAt: pick('interviewAt'),
      decisionBy: pick('decisionBy'),
    },
    messages: verdicts.map((v) => v.message),
    outcome:
      outcomeVerdict && outcomeVerdict.message.direction === 'received'
        ? {
            label: outcomeVerdict.verdict.label as 'rejection' | 'offer',
            messageId: outcomeVerdict.message.messageId,
            quote: outcomeVerdict.verdict.evidence[0]?.quote ?? '',
          }
        : null,
  };
}

/** A list row looks interview-related from its subject, sender and snippet alone. */
export function rowLooksJobRelated(row: ListRow, now: string): boolean {
  if (!row.sender?.email) return false;
  const email = toEmail(
    { subject: row.subject },
    {
      messageId: null,
      from: row.sender,
      to: [],
      cc: [],
      date: row.date ?? now,
      text: row.snippet,
      quoted: '',
      collapsed: true,
      element: row.element,
    },
  );
  return email !== null && TRACKED_LABELS.has(classify(email).label);
}
