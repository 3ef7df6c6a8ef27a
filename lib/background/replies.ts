import { classify } from '../detect/classify';
import { Email } from '../detect/email';
import { extract } from '../detect/extract';
import { formatAddress } from '../detect/understand-thread';
import type { NoticeReplyParams } from '../messaging/gmail';
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
