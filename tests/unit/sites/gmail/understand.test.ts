// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyRows } from '@/lib/background/understand';
import { understandThread } from '@/lib/detect/understand-thread';
import { ListRowInput, TrackThreadParams, UnderstandThreadParams } from '@/lib/messaging/gmail';
import { type GmailThread, readRows, readThread } from '@/lib/sites/gmail/read';
import { blankUnderstanding, messagesForStore, rowInput, threadInput } from '@/lib/sites/webmail/understand';

const DIR = 'tests/fixtures/pages/gmail';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const NY = { timeZone: 'America/New_York' };
const ME = 'jordan.rivera@example.com';
const NOW = '2026-11-16T11:52:00-05:00';
const read = (file: string) => readThread(load(file), NY);
/** What the content script sends, understood as the background understands it. */
const understand = (file: string) =>
  understandThread(UnderstandThreadParams.parse(threadInput(read(file), ME)));

describe('threadInput: the page read as plain, bounded data', () => {
  it('keeps each readable message with its sender, recipients, Cc, date, text and quotes apart', () => {
    const input = threadInput(read('thread-interview.html'), ME);
    expect(UnderstandThreadParams.safeParse(input).success).toBe(true);
    expect(input.account).toBe(ME);
    expect(input.subject).toBe('Interview invitation: Senior Product Analyst at Brightwater Labs');
    const last = input.messages[input.messages.length - 1]!;
    expect(last).toMatchObject({
      messageId: '1a19cecb140131a0',
      from: { name: 'Priya Natarajan', email: 'priya.natarajan@brightwater.example' },
      to: [{ name: 'Jordan Rivera', email: ME }],
      cc: [{ name: 'Marcus Okafor', email: 'marcus.okafor@brightwater.example' }],
      date: '2026-11-02T10:42:00-05:00',
    });
    expect(last.text).not.toMatch(/wrote:\s*$/m);
    expect(last.quoted.length).toBeGreaterThan(0);
  });

  it('stays within the protocol whatever the page shows, and leaves out what cannot be understood', () => {
    const thread = read('thread-interview.html');
    const base = thread.messages[2]!;
    const huge: GmailThread = {
      ...thread,
      subject: 's'.repeat(10_000),
      messages: [
        { ...base, messageId: null },
        { ...base, messageId: 'no-date', date: null },
        { ...base, messageId: 'no-sender', from: { name: 'Nobody', email: null } },
        { ...base, messageId: 'x'.repeat(500) },
        ...Array.from({ length: 250 }, (_, i) => ({
          ...base,
          messageId: `m${i}`,
          from: { name: 'N'.repeat(1000), email: 'a@b.example' },
          to: Array.from({ length: 80 }, (_, j) => ({ name: null, email: `p${j}@x.example` })),
          cc: [
            { name: 'Lost', email: null },
            { name: 'Long', email: `${'l'.repeat(400)}@x.example` },
          ],
          text: 't'.repeat(50_000),
          quoted: 'q'.repeat(50_000),
        })),
      ],
    };
    const input = threadInput(huge, 'y'.repeat(400));
    expect(UnderstandThreadParams.safeParse(input).success).toBe(true);
    expect(input.account).toBeNull();
    expect(input.messages).toHaveLength(200);
    // The newest messages decide: the oldest are the ones left out.
    expect(input.messages[199]!.messageId).toBe('m249');
    expect(input.messages[0]!.to).toHaveLength(50);
    // A recipient shown by name only keeps the name (Outlook shows recipients so); an
    // address too long for the protocol is dropped, the name kept.
    expect(input.messages[0]!.cc).toEqual([
      { name: 'Lost', email: null },
      { name: 'Long', email: null },
    ]);
  });

  it('keeps a recipient shown by name only, unless it is the user under their own name', () => {
    const thread = read('thread-interview.html');
    const [first, , last] = thread.messages;
    const named: GmailThread = {
      ...thread,
      messages: [
        first!,
        { ...thread.messages[1]!, from: { name: 'Jordan Rivera', email: ME } },
        {
          ...last!,
          to: [{ name: 'Jordan Rivera', email: null }],
          cc: [{ name: 'Marcus Okafor', email: null }],
        },
      ],
    };
    const input = threadInput(named, ME);
    expect(UnderstandThreadParams.safeParse(input).success).toBe(true);
    expect(input.messages[2]!.to).toEqual([]);
    expect(input.messages[2]!.cc).toEqual([{ name: 'Marcus Okafor', email: null }]);
    // The store keeps addresses only: a name alone is not stored as a recipient.
    expect(messagesForStore(input, null)[2]!.to).toEqual([]);
  });

  it('turns a list row into a keyed row, or null without a sender', () => {
    const [row] = readRows(load('inbox-100.html'), NY);
    const input = rowInput(row!, 'k1', NOW);
    expect(ListRowInput.safeParse(input).success).toBe(true);
    expect(input?.key).toBe('k1');
    expect(rowInput({ ...row!, sender: null }, 'k1', NOW)).toBeNull();
    expect(rowInput({ ...row!, sender: { name: null, email: null } }, 'k1', NOW)).toBeNull();
    // A sender shown by name only (Outlook rows without titles) is still asked about.
    const named = rowInput({ ...row!, sender: { name: 'Priya Natarajan', email: null } }, 'k1', NOW);
    expect(ListRowInput.safeParse(named).success).toBe(true);
    expect(named?.from).toEqual({ name: 'Priya Natarajan', email: null });
    expect(rowInput({ ...row!, date: null }, 'k1', NOW)?.date).toBe(NOW);
  });
});

describe('the Gmail fixtures, understood', () => {
  it.each([
    ['thread-interview.html', true],
    ['thread-reply-open.html', true],
    ['thread-newsletter.html', false],
    ['thread-personal.html', false],
  ])('%s is job-related: %s', (file, expected) => {
    expect(understand(file).jobRelated).toBe(expected);
  });

  it('suggests what the emails say, and everyone on the employer side, with company and role', () => {
    const u = understand('thread-interview.html');
    expect(u.suggestion).toMatchObject({ company: 'Brightwater Labs', role: 'Senior Product Analyst' });
    const people = u.suggestion.people;
    expect(people.map((p) => p.email)).toEqual([
      'priya.natarajan@brightwater.example',
      'marcus.okafor@brightwater.example',
    ]);
    expect(people.find((p) => p.email?.startsWith('marcus'))).toMatchObject({
      name: 'Marcus Okafor',
      role: 'interviewer',
    });
    expect(u.suggestion.decisionBy).toBe('2026-11-13');
    expect(u.suggestion.interviewAt && new Date(u.suggestion.interviewAt).toISOString()).toBe(
      '2026-11-03T19:00:00.000Z',
    );
    expect(u.evidence.length).toBeGreaterThan(0);
    expect(u.outcome).toBeNull();
  });

  it('the messages to store carry the background’s labels, tell sent from received, and pass its checks', () => {
    const input = threadInput(read('thread-interview.html'), ME);
    const u = understandThread(input);
    const messages = messagesForStore(input, u);
    expect(messages.map((m) => m.direction)).toEqual(['received', 'sent', 'received']);
    expect(messages.map((m) => m.label)).toEqual(u.messages.map((m) => m.label));
    expect(() =>
      TrackThreadParams.parse({
        ...u.suggestion,
        threadId: 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD',
        label: u.label,
        evidence: u.evidence,
        messages,
      }),
    ).not.toThrow();
    // Quoted text never reaches the store: each message keeps only what its sender wrote.
    for (const m of messages) expect(m.text).not.toMatch(/^>|wrote:\s*$/m);
    // Without an answer the labels are unknown, not guessed.
    expect(messagesForStore(input, null).every((m) => m.label === null)).toBe(true);
  });

  it('proposes a clearly worded rejection as the outcome, with its quote', () => {
    const thread = read('thread-interview.html');
    const last = thread.messages[thread.messages.length - 1]!;
    const rejected = {
      ...thread,
      messages: [
        ...thread.messages,
        {
          ...last,
          messageId: 'rejection-1',
          date: '2026-11-14T09:00:00-05:00',
          text:
            'Hi Jordan,\n\nThank you for your time interviewing with us. Unfortunately, we have decided ' +
            'to move forward with other candidates for the Senior Product Analyst role. We wish you ' +
            'the best in your search.\n\nPriya',
        },
      ],
    };
    const u = understandThread(threadInput(rejected, ME));
    expect(u.label).toBe('rejection');
    expect(u.outcome).toMatchObject({ label: 'rejection', messageId: 'rejection-1' });
    expect(u.outcome?.quote.length).toBeGreaterThan(5);
  });

  it('a row opened from the list gets a blank panel with its sender as the recruiter', () => {
    const blank = blankUnderstanding('Hello', { name: null, email: 'amy@acme.example' });
    expect(blank.suggestion.people).toEqual([
      { name: 'amy@acme.example', email: 'amy@acme.example', phone: null, role: 'recruiter' },
    ]);
    expect(blankUnderstanding('Hello', null).suggestion.people).toEqual([]);
  });
});

describe('classifyRows over the 100-row inbox', () => {
  it('finds the interview rows and leaves newsletters, alerts and personal mail alone', () => {
    const rows = readRows(load('inbox-100.html'), NY);
    const inputs = rows.map((row, i) => rowInput(row, `row-${i}`, NOW)).filter((r) => r !== null);
    const { jobRelated } = classifyRows(inputs.slice(0, 200));
    const flagged = rows.filter((_, i) => jobRelated.includes(`row-${i}`));
    // 12 interview-related threads in the fixture; a row shows only subject and snippet, so
    // allow a miss or two, but no flood of false ones.
    expect(flagged.length).toBeGreaterThanOrEqual(8);
    expect(flagged.length).toBeLessThanOrEqual(16);
    const subjects = flagged.map((r) => r.subject).join(' | ');
    expect(subjects).not.toMatch(/newsletter|weekly|receipt|order/i);
  });
});
