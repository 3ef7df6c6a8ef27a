import { classify } from '../detect/classify';
import { Email } from '../detect/email';
import { extract } from '../detect/extract';
import { formatAddress } from '../detect/understand-thread';
import type { NoticeReplyParams, ThreadMessage } from '../messaging/gmail';
import type { NoticedMessage } from '../store/replies';
import { purposeOf } from '../store/gmail';

/**
 * What a list row's newest message says, read in the background (the classifier and the
 * extractor never run in the page): what it was for the scheduler, an outcome to propose,
 * and a new decision or check-back date (R5.5). The row shows only the subject and the
 * message's start, so this is a proposal for the user to confirm, never a fact.
 */
export function readNoticed(params: NoticeReplyParams): NoticedMessage['reading'] {
  const none = {
    purpose: 'reply',
    outcome: null,
    decisionBy: null,
    mayCheckBackOn: null,
    quote: '',
  } as const;
  if (params.fromUser) return none;
  const email = Email.safeParse({
    from: formatAddress(params.from).slice(0, 1000),
    subject: params.subject,
    date: params.at,
    body: params.snippet,
  });
  if (!email.success) return { ...none, quote: params.snippet.slice(0, 300) };
  const verdict = classify(email.data);
  const extraction = extract(email.data);
  const outcome = verdict.label === 'rejection' ? 'rejected' : verdict.label === 'offer' ? 'offer' : null;
  const quote = (outcome ? verdict.evidence.find((e) => e.where !== 'from')?.quote : null) ?? params.snippet;
  return {
    purpose: purposeOf({ direction: 'received', label: verdict.label }),
    outcome,
    decisionBy: extraction.decisionBy,
    mayCheckBackOn: extraction.instructions.mayCheckBackOn,
    quote: quote.replace(/\s+/g, ' ').trim().slice(0, 300),
  };
}

/** The dates a message seen in the open thread gives (R5.5), with the sentence to quote. */
export interface MessageDates {
  decisionBy: string | null;
  mayCheckBackOn: string | null;
  quote: string;
}

/**
 * A new employer message in an open, tracked thread: the decision or check-back date it
 * names, for a proposal (its outcome is proposed beside the subject already). Null for the
 * user's own messages and messages that name no date.
 */
export function datesOfMessage(message: ThreadMessage, subject: string): MessageDates | null {
  if (message.direction !== 'received') return null;
  const email = Email.safeParse({
    from: formatAddress(message.from).slice(0, 1000),
    subject,
    date: message.date,
    body: message.text || message.snippet,
  });
  if (!email.success) return null;
  const extraction = extract(email.data);
  const { decisionBy } = extraction;
  const { mayCheckBackOn } = extraction.instructions;
  if (!decisionBy && !mayCheckBackOn) return null;
  const quote =
    extraction.instructions.evidence[0] ?? sentenceWith(message.text || message.snippet, decisionBy);
  return { decisionBy, mayCheckBackOn, quote: quote.replace(/\s+/g, ' ').trim().slice(0, 300) };
}

/** The sentence that names the date, or the message's start. */
function sentenceWith(text: string, isoDate: string | null): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const day = isoDate ? Number(isoDate.slice(8, 10)) : null;
  return (
    sentences.find(
      (s) => day !== null && new RegExp(`\\b${day}\\b`).test(s) && /\b(by|until|before|on)\b/i.test(s),
    ) ??
    sentences.find((s) => /\b(decid|decision|update you|hear back|get back)\w*/i.test(s)) ??
    text
  );
}
