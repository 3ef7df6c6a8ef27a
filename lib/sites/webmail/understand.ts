import type {
  ListRowInput,
  ThreadMessage as MessageForStore,
  ThreadUnderstanding,
  UnderstandThreadParams,
} from '../../messaging/gmail';
import { cut } from '../../model/text';
import type { ListRow, MailThread, ShownAddress } from './site';

/**
 * What the page read, as the background's `understandThread` and `classifyRows` take it:
 * plain data, within the protocol's bounds, and well-formed (a message without an id, a
 * sender's address or a date cannot be understood, so it is left out rather than refused).
 * The understanding itself (classifier, model, extractor) runs in the background, never here.
 */

/** The protocol's bounds (lib/messaging/gmail.ts): what passes them is never refused. */
export const LIMITS = {
  messages: 200,
  addresses: 50,
  text: 20_000,
  subject: 2000,
  name: 300,
  email: 320,
  id: 200,
  snippet: 2000,
  rows: 200,
} as const;

/** A name as the page shows it, trimmed and within the bound; null when nothing is left. */
const nameOf = (name: string | null | undefined): string | null =>
  name ? cut(name.trim(), LIMITS.name).trim() || null : null;

type HeaderAddress = UnderstandThreadParams['messages'][number]['from'];
type Recipient = UnderstandThreadParams['messages'][number]['to'][number];

/** The open thread as `understandThread` takes it; its newest messages when there are too many. */
export function threadInput(thread: MailThread, account: string | null): UnderstandThreadParams {
  // The names the user writes under: a recipient shown by that name only is the user.
  const userNames = new Set(
    thread.messages
      .filter((m) => account !== null && m.from?.email === account && m.from.name)
      .map((m) => fold(m.from!.name!)),
  );
  const messages: UnderstandThreadParams['messages'] = [];
  for (const message of thread.messages) {
    const from = message.from ? headerAddress(message.from) : null;
    if (!from || !message.messageId || message.messageId.length > LIMITS.id || !message.date) continue;
    messages.push({
      messageId: message.messageId,
      from,
      to: recipients(message.to, userNames),
      cc: recipients(message.cc, userNames),
      date: message.date,
      text: cut(message.text, LIMITS.text),
      quoted: cut(message.quoted, LIMITS.text),
    });
  }
  return {
    subject: cut(thread.subject, LIMITS.subject),
    account: account && account.length <= LIMITS.email ? account : null,
    // The latest messages decide the thread; the oldest are the ones to leave out.
    messages: messages.slice(-LIMITS.messages),
  };
}

/**
 * The messages to store with the thread (trackThread, recordThreadMessages), each with the
 * label the background gave it; without an answer the label is unknown, never guessed here.
 */
export function messagesForStore(
  input: UnderstandThreadParams,
  understanding: ThreadUnderstanding | null,
): MessageForStore[] {
  const labels = new Map(understanding?.messages.map((m) => [m.messageId, m.label]) ?? []);
  return input.messages.map((m) => ({
    messageId: m.messageId,
    from: m.from,
    // The store keeps addresses; a recipient shown by name only is in the understanding, not here.
    to: m.to.filter((a): a is HeaderAddress => a.email !== null),
    date: m.date,
    direction: input.account !== null && m.from.email === input.account ? 'sent' : 'received',
    snippet: cut(m.text.replace(/\s+/g, ' ').trim(), 200),
    text: m.text,
    label: labels.get(m.messageId) ?? null,
  }));
}

/** A list row as `classifyRows` takes it, keyed by `key`; null when it shows no sender at all. */
export function rowInput(row: ListRow, key: string, now: string): ListRowInput | null {
  const from = row.sender ? recipient(row.sender) : null;
  if (!from || key.length === 0 || key.length > LIMITS.id) return null;
  return {
    key,
    subject: cut(row.subject, LIMITS.subject),
    from,
    snippet: cut(row.snippet, LIMITS.snippet),
    date: row.date ?? now,
  };
}

/** What the panel shows for a thread nobody has read yet: the subject and who sent it. */
export function blankUnderstanding(subject: string, sender: ShownAddress | null): ThreadUnderstanding {
  const from = sender ? recipient(sender) : null;
  return {
    jobRelated: true,
    label: null,
    certain: false,
    evidence: [],
    suggestion: {
      subject: cut(subject, 500),
      company: '',
      role: '',
      // The panel takes names of at most 300 characters; an address alone may be longer.
      people: from
        ? [{ name: (from.name ?? nameOf(from.email))!, email: from.email, phone: null, role: 'recruiter' }]
        : [],
      interviewAt: null,
      decisionBy: null,
    },
    messages: [],
    outcome: null,
  };
}

function headerAddress(address: ShownAddress): HeaderAddress | null {
  const { email } = address;
  if (!email || email.length < 3 || email.length > LIMITS.email) return null;
  return { name: nameOf(address.name), email };
}

/** A person with an address, or a name alone (Outlook shows recipients by name); null when neither is shown. */
export function recipient(address: ShownAddress): Recipient | null {
  const withAddress = headerAddress(address);
  if (withAddress) return withAddress;
  const name = nameOf(address.name);
  return name ? { name, email: null } : null;
}

function recipients(list: readonly ShownAddress[], userNames: ReadonlySet<string>): Recipient[] {
  return list
    .map(recipient)
    .filter((a): a is Recipient => a !== null && !(a.email === null && userNames.has(fold(a.name!))))
    .slice(0, LIMITS.addresses);
}

const fold = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();
