// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { Email, type EmailLabel } from '@/lib/detect/email';
import { formatAddress, toEmail as emailOf, TRACKED_LABELS } from '@/lib/detect/understand-thread';
import { readThread, type GmailThread, type ShownMessage } from '@/lib/sites/gmail/read';
import { threadInput } from '@/lib/sites/webmail/understand';

const DIR = 'tests/fixtures/pages/gmail';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const NY = { timeZone: 'America/New_York' };
const ME = 'jordan.rivera@example.com';

/** Labels that mean a job process Afterview should track (the same list the thread feature uses). */
const TRACKED = TRACKED_LABELS;

/**
 * One read message as the detectors' Email, the way it travels: through the content
 * script's plain input (threadInput) to the background's toEmail. Null when the message
 * cannot be sent (no date, no id, no sender address).
 */
function toEmail(thread: Pick<GmailThread, 'subject'>, message: ShownMessage) {
  const [input] = threadInput(
    { threadId: null, hiddenCount: 0, subject: thread.subject, messages: [message] },
    ME,
  ).messages;
  return input ? emailOf(thread.subject, input) : null;
}

/** Each message from someone else in the thread, classified by the real classifier. */
function labelsOf(file: string): EmailLabel[] {
  const thread = readThread(load(file), NY);
  return thread.messages.filter((m) => m.from?.email !== ME).map((m) => classify(toEmail(thread, m)!).label);
}

describe('toEmail', () => {
  const thread = readThread(load('thread-interview.html'), NY);

  it("turns a read message into the detectors' Email, with the visible text as body", () => {
    const email = toEmail(thread, thread.messages[2]!);
    expect(email).toEqual({
      id: '1a19cecb140131a0',
      from: 'Priya Natarajan <priya.natarajan@brightwater.example>',
      // Cc is not To: the detectors read `to` as the user's side, and Cc as people to find.
      to: 'Jordan Rivera <jordan.rivera@example.com>',
      cc: 'Marcus Okafor <marcus.okafor@brightwater.example>',
      subject: 'Interview invitation: Senior Product Analyst at Brightwater Labs',
      date: '2026-11-02T10:42:00-05:00',
      body: thread.messages[2]!.text,
    });
    expect(Email.safeParse(email).success).toBe(true);
  });

  it('leaves quoted text out of the body', () => {
    const reply = toEmail(thread, thread.messages[1]!)!;
    expect(reply.body).not.toContain('invite you to a first interview');
    expect(reply.body).not.toContain('wrote:');
  });

  it('needs a date: a message without one is not sent to be understood', () => {
    const undated: ShownMessage = { ...thread.messages[0]!, date: null };
    expect(toEmail(thread, undated)).toBeNull();
  });

  it.each([
    [{ name: 'Amy Lee', email: 'amy@acme.example' }, 'Amy Lee <amy@acme.example>'],
    [{ name: null, email: 'amy@acme.example' }, 'amy@acme.example'],
    [{ name: 'Lee, Amy', email: 'amy@acme.example' }, '"Lee, Amy" <amy@acme.example>'],
    [{ name: 'Amy', email: null }, 'Amy'],
  ] as const)('formatAddress(%j) → %s', (address, expected) => {
    expect(formatAddress(address)).toBe(expected);
  });
});

describe('the real classifier over the fixtures', () => {
  it('the interview thread is interview-related: the invitation and the confirmation', () => {
    // Which tracked label each gets is the model's business (it is being retrained); that
    // both are worth tracking is the thread feature's.
    const labels = labelsOf('thread-interview.html');
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(TRACKED.has(label)).toBe(true);
  });

  it("Jordan's reply is judged on what Jordan wrote, never on the invitation it quotes", () => {
    const thread = readThread(load('thread-interview.html'), NY);
    const reply = thread.messages[1]!;
    const quotes = classify(toEmail(thread, reply)!).evidence.map((e) => e.quote);
    expect(quotes.some((q) => /invite you/i.test(q))).toBe(false);
    // A quote some clients send without an "On … wrote:" line: only the markup marks it, and
    // had the reader left it in the text, the classifier would have read the invitation.
    const unmarked = reply.quoted.split('\n').slice(1).join('\n');
    const leaked = classify(toEmail(thread, { ...reply, text: `${reply.text}\n\n${unmarked}` })!);
    expect(leaked.evidence.some((e) => /invite you/i.test(e.quote))).toBe(true);
  });

  it('the final-round thread with the reply box open is interview-related', () => {
    for (const label of labelsOf('thread-reply-open.html')) expect(TRACKED.has(label)).toBe(true);
  });

  it.each(['thread-newsletter.html', 'thread-personal.html'])('%s is not job mail to track', (file) => {
    const labels = labelsOf(file);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(TRACKED.has(label)).toBe(false);
  });
});
