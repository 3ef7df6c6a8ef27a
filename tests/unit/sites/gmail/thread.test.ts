// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readThread, type ShownMessage } from '@/lib/sites/gmail/read';
import { GmailLayoutError } from '@/lib/sites/gmail/selectors';

const DIR = 'tests/fixtures/pages/gmail';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const NY = { timeZone: 'America/New_York' };
const brief = ({ element: _element, text: _text, quoted: _quoted, ...message }: ShownMessage) => message;

const priya = { name: 'Priya Natarajan', email: 'priya.natarajan@brightwater.example' };
const jordan = { name: 'Jordan Rivera', email: 'jordan.rivera@example.com' };
const marcus = { name: 'Marcus Okafor', email: 'marcus.okafor@brightwater.example' };

describe('readThread: the interview thread', () => {
  const thread = readThread(load('thread-interview.html'), NY);

  it('reads the thread id and subject from the heading', () => {
    expect(thread.threadId).toBe('1a187cbc1c0134c6');
    expect(thread.subject).toBe('Interview invitation: Senior Product Analyst at Brightwater Labs');
    expect(thread.hiddenCount).toBe(0);
  });

  it('reads every message: id, sender, recipients, date, collapsed', () => {
    expect(thread.messages.map(brief)).toEqual([
      {
        messageId: '1a187cbc1c0134c6',
        from: priya,
        // A collapsed message shows no recipients.
        to: [],
        cc: [],
        date: '2026-10-29T09:14:00-04:00',
        collapsed: true,
      },
      {
        messageId: '1a18e6a65e013333',
        from: jordan,
        to: [priya],
        cc: [],
        date: '2026-10-30T16:05:00-04:00',
        collapsed: false,
      },
      {
        messageId: '1a19cecb140131a0',
        from: priya,
        to: [jordan],
        cc: [marcus],
        // After the end of daylight saving time: Eastern Standard Time.
        date: '2026-11-02T10:42:00-05:00',
        collapsed: false,
      },
    ]);
  });

  it('keeps the visible text and sets the quoted text apart', () => {
    const [invite, reply, confirm] = thread.messages;
    expect(invite!.text).toMatch(/^Hi Jordan, Thank you for applying .* first interview with Marcus Okafor/);
    expect(invite!.quoted).toBe('');

    expect(reply!.text).toBe(
      [
        'Hi Priya,',
        '',
        "Thank you for reaching out — I'd be glad to meet Marcus. I'm available Tuesday, November 3 any time after 1 PM ET, or Wednesday, November 4 before noon.",
        '',
        'Best,',
        'Jordan',
      ].join('\n'),
    );
    expect(reply!.quoted).toMatch(
      /^On Thu, Oct 29, 2026 at 9:14 AM Priya Natarajan <priya\.natarajan@brightwater\.example> wrote:\n/,
    );
    expect(reply!.quoted).toContain('Could you share your availability for next week?');

    expect(confirm!.text).toContain('your interview is confirmed for Tuesday, November 3 at 2:00 PM ET');
    expect(confirm!.text).toContain('The team will make a decision by Friday, November 13');
    expect(confirm!.text).toMatch(/Talent Partner, Brightwater Labs$/);
    // Nothing quoted leaks into the text, and the trimmed-content button adds no text.
    expect(confirm!.text).not.toMatch(/wrote:|I'm available Tuesday|Could you share|Show trimmed/);
    expect(confirm!.quoted).toContain("I'm available Tuesday, November 3");
    expect(confirm!.quoted).toContain('Could you share your availability for next week?');
  });

  it.each([
    [
      'America/New_York',
      ['2026-10-29T09:14:00-04:00', '2026-10-30T16:05:00-04:00', '2026-11-02T10:42:00-05:00'],
    ],
    [
      'America/Los_Angeles',
      ['2026-10-29T09:14:00-07:00', '2026-10-30T16:05:00-07:00', '2026-11-02T10:42:00-08:00'],
    ],
    // Europe left summer time a week earlier (Oct 25), so all three are in winter time there.
    [
      'Europe/Berlin',
      ['2026-10-29T09:14:00+01:00', '2026-10-30T16:05:00+01:00', '2026-11-02T10:42:00+01:00'],
    ],
    ['Asia/Kolkata', ['2026-10-29T09:14:00+05:30', '2026-10-30T16:05:00+05:30', '2026-11-02T10:42:00+05:30']],
  ])('reads the date titles as wall-clock times in the user zone: %s', (timeZone, expected) => {
    const dates = readThread(load('thread-interview.html'), { timeZone }).messages.map((m) => m.date);
    expect(dates).toEqual(expected);
  });
});

describe('readThread: other threads', () => {
  it('the newsletter: one open message, the hidden preview line left out, the footer kept', () => {
    const [message] = readThread(load('thread-newsletter.html'), NY).messages;
    expect(message!.from).toEqual({
      name: 'Career Compass Weekly',
      email: 'newsletter@careercompass.example',
    });
    expect(message!.to).toEqual([jordan]);
    expect(message!.date).toBe('2026-11-14T07:00:00-05:00');
    expect(message!.text).toMatch(
      /^CAREER COMPASS WEEKLY · Issue 212\nFive habits of candidates who ace the interview\n/,
    );
    expect(message!.text).toContain('\nThey rehearse one story per skill. A two-minute story');
    expect(message!.text).not.toContain('This week: preparation rituals');
    expect(message!.text).toContain('Unsubscribe · Manage preferences');
  });

  it('the personal thread: collapsed messages marked, the user as "me", To read from the "to" line', () => {
    const thread = readThread(load('thread-personal.html'), NY);
    expect(thread.messages.map((m) => m.collapsed)).toEqual([true, true, false]);
    // The user's own collapsed message: Gmail shows "me", the address stays.
    expect(thread.messages[1]!.from).toEqual({ name: null, email: 'jordan.rivera@example.com' });
    // No details table: everyone on the "to me, Nadia" line is To.
    expect(thread.messages[2]!.to).toEqual([
      { name: null, email: 'jordan.rivera@example.com' },
      { name: 'Nadia Marchetti', email: 'nadia.marchetti@postbox.example' },
    ]);
    expect(thread.messages[2]!.text).toBe(
      'That was such a good day. Photos are in the shared album — the one at the summit came out great.\n\nSame time next month? Nadia wants to try the waterfall loop.\n\nT',
    );
    expect(thread.messages[2]!.quoted).toMatch(/^On Fri, Nov 13, 2026, 9:10 AM Jordan Rivera/);
  });

  it('the reply-open thread: messages folded into "2 older messages" are counted, not read', () => {
    const thread = readThread(load('thread-reply-open.html'), NY);
    expect(thread.hiddenCount).toBe(2);
    expect(thread.messages.map((m) => [m.messageId, m.collapsed])).toEqual([
      ['1a1c11bff80ec0b3', true],
      ['1a1c5fdb160ec56c', true],
      ['1a1d6912980ec6ff', false],
    ]);
    // The reply being written is not a message.
    expect(thread.messages.some((m) => m.text.includes('heads-up'))).toBe(false);
  });

  it('a forwarded message stays in the text (Gmail wraps it like a quote); what it quotes does not', () => {
    const doc = load('thread-interview.html');
    const body = doc.querySelectorAll('div.a3s')[1]!;
    const forward = new DOMParser().parseFromString(
      [
        '<div>FYI, the details below.</div><br>',
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">',
        '---------- Forwarded message ---------<br>From: <strong>Dana Wu</strong> &lt;dana@keel.example&gt;<br>',
        'Date: Mon, Nov 2, 2026 at 9:00 AM<br>Subject: Panel interview<br>To: &lt;jordan.rivera@example.com&gt;<br></div><br><br>',
        '<div dir="ltr">Your panel interview is confirmed for Thursday at 3 PM.</div>',
        '<div class="gmail_quote"><div class="gmail_attr">On Fri, Oct 30, 2026 at 8:00 AM Jordan wrote:</div>',
        '<blockquote class="gmail_quote">Any news?</blockquote></div></div>',
      ].join(''),
      'text/html',
    ).body;
    body.replaceChildren(...Array.from(forward.childNodes));
    const message = readThread(doc, NY).messages[2]!;
    expect(message.text).toBe(
      'FYI, the details below.\n\nYour panel interview is confirmed for Thursday at 3 PM.',
    );
    expect(message.quoted).toBe('On Fri, Oct 30, 2026 at 8:00 AM Jordan wrote:\nAny news?');
  });

  it('a message with no readable date title has a null date', () => {
    const doc = load('thread-interview.html');
    doc.querySelectorAll('span.g3')[2]!.setAttribute('title', 'sometime last week');
    doc.querySelectorAll('span.g3')[1]!.removeAttribute('title');
    const dates = readThread(doc, NY).messages.map((m) => m.date);
    expect(dates).toEqual(['2026-10-29T09:14:00-04:00', null, null]);
  });

  it('throws GmailLayoutError naming the message when there is none', () => {
    expect(() => readThread(load('inbox-100.html'), NY)).toThrow(GmailLayoutError);
    expect(() => readThread(load('inbox-100.html'), NY)).toThrow('message');
  });

  it('never changes the page', () => {
    const doc = load('thread-interview.html');
    const serialize = () => new XMLSerializer().serializeToString(doc);
    const before = serialize();
    readThread(doc, NY);
    expect(serialize()).toBe(before);
  });
});
