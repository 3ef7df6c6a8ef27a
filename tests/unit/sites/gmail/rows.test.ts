// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readRows, readThread, readView, type ListRow } from '@/lib/sites/gmail/read';
import { GmailLayoutError } from '@/lib/sites/gmail/selectors';
import { FIXTURE, inboxRows, renderInboxFormatted } from '@/scripts/fixtures/gmail-inbox';

const DIR = 'tests/fixtures/pages/gmail';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const NY = { timeZone: 'America/New_York' };
const brief = ({ element: _element, ...row }: ListRow) => row;

describe('readRows over the 100-row inbox', () => {
  const doc = load('inbox-100.html');
  const rows = readRows(doc, NY);

  it('reads 100 rows, each with an id, a subject, a sender and a date', () => {
    expect(rows).toHaveLength(100);
    for (const row of rows) {
      expect(row.threadId).toMatch(/^[0-9a-f]{16}$/);
      expect(row.subject).not.toBe('');
      expect(row.sender?.email).toMatch(/@[a-z0-9.-]+\.example$/);
      expect(row.date).toMatch(/^2026-1[01]-\d\dT\d\d:\d\d:00-0[45]:00$/);
      expect(row.element.tagName).toBe('TR');
    }
    expect(new Set(rows.map((r) => r.threadId)).size).toBe(100);
  });

  it.each([
    [
      0,
      {
        threadId: '1a1e4edeb802ed56',
        subject: 'Delivered: your package from Cornerstone Books',
        sender: { name: 'Parcel Tracking', email: 'updates@parceltrack.example' },
        snippet: 'Your package was delivered to the front desk at 10:14 AM.',
        date: '2026-11-16T10:16:00-05:00',
        unread: false,
      },
    ],
    [
      4,
      {
        threadId: '1a1d2267c60b40e9',
        subject: 'Saturday hike + dinner?',
        sender: { name: 'Theo Marchetti', email: 'theo.marchetti@postbox.example' },
        senders: [
          { name: 'Theo Marchetti', email: 'theo.marchetti@postbox.example' },
          // The user, shown as "me": no name, the address kept.
          { name: null, email: 'jordan.rivera@example.com' },
        ],
        date: '2026-11-15T20:12:00-05:00',
        unread: true,
      },
    ],
  ])('row %i reads exactly', (index, expected) => {
    expect(brief(rows[index]!)).toMatchObject(expected);
  });

  it('reads the interview-related rows by id, subject and sender', () => {
    const byId = new Map(rows.map((r) => [r.threadId, r]));
    expect(brief(byId.get('1a187cbc1c0134c6')!)).toMatchObject({
      subject: 'Interview invitation: Senior Product Analyst at Brightwater Labs',
      sender: { name: 'Priya Natarajan', email: 'priya.natarajan@brightwater.example' },
      date: '2026-11-02T10:42:00-05:00',
      unread: false,
    });
    const subjects = rows.map((r) => r.subject);
    for (const subject of [
      'Your interview with Northwind Studio is confirmed',
      'Invitation to interview — Data Analyst II',
      'Complete your online assessment — Analytics Associate',
      'References for the Product Analyst role',
      'Update on your application — Fernway Robotics',
      'Offer — Product Analyst at Lattice & Loom',
      'Take-home exercise — Harbor Analytics',
    ]) {
      expect(subjects).toContain(subject);
    }
  });

  it('counts as many unread rows as the page title says', () => {
    const unread = rows.filter((r) => r.unread).length;
    expect(doc.title).toBe(`Inbox (${unread}) - jordan.rivera@example.com - Gmail`);
  });

  it('reads dates on both sides of the end of daylight saving time (Nov 1, 2026)', () => {
    const offsets = new Set(rows.map((r) => r.date!.slice(-6)));
    expect(offsets).toEqual(new Set(['-04:00', '-05:00']));
    const dates = rows.map((r) => Date.parse(r.date!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('strips the " - " Gmail puts before a snippet', () => {
    for (const row of rows) expect(row.snippet).not.toMatch(/^\s*-/);
  });

  it('queries the document once per list, never once per row', () => {
    const fresh = load('inbox-100.html');
    const all = vi.spyOn(fresh, 'querySelectorAll');
    const one = vi.spyOn(fresh, 'querySelector');
    expect(readRows(fresh, NY)).toHaveLength(100);
    expect(all.mock.calls.length + one.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('reads what is there while rows come and go (Gmail re-renders rows in place)', () => {
    const churn = load('inbox-100.html');
    const body = churn.querySelector('table[role="grid"] tbody')!;
    const first = body.firstElementChild!;
    first.remove();
    body.appendChild(first);
    body.lastElementChild!.previousElementSibling!.remove();
    const after = readRows(churn, NY);
    expect(after).toHaveLength(99);
    expect(after[after.length - 1]!.threadId).toBe(rows[0]!.threadId);
  });

  it('throws GmailLayoutError naming the thread list when there is none', () => {
    const error = (() => {
      try {
        readRows(load('no-landmarks.html'), NY);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GmailLayoutError);
    expect((error as GmailLayoutError).landmark).toBe('thread list');
  });
});

describe('the thread fixtures are rows of the inbox', () => {
  const rows = readRows(load('inbox-100.html'), NY);
  it.each([
    'thread-interview.html',
    'thread-newsletter.html',
    'thread-personal.html',
    'thread-reply-open.html',
  ])('%s: same thread id, subject, and last message date', (file) => {
    const thread = readThread(load(file), NY);
    const row = rows.find((r) => r.threadId === thread.threadId);
    expect(row?.subject).toBe(thread.subject);
    expect(row?.date).toBe(thread.messages[thread.messages.length - 1]!.date);
    const last = row!.element.querySelector('[data-legacy-last-message-id]')!;
    expect(last.getAttribute('data-legacy-last-message-id')).toBe(thread.messages.at(-1)!.messageId);
  });
});

describe('the generator', () => {
  it('is deterministic and the committed inbox-100.html is its output', async () => {
    expect(inboxRows()).toEqual(inboxRows());
    expect(await renderInboxFormatted()).toBe(readFileSync(FIXTURE, 'utf8'));
  });
});

/** A row as data: without its elements (the table row, the chip's place). */
const data = ({ element: _element, anchor: _anchor, ...row }: ListRow) => row;

describe('readRows over the classic list with the reading pane on the right (inbox-classic.html)', () => {
  const doc = load('inbox-classic.html');
  const rows = readRows(doc, NY);
  const current = readRows(load('inbox-100.html'), NY).slice(0, 25);

  it('reads each conversation (three table rows) as one row, as the current markup reads', () => {
    expect(rows).toHaveLength(25);
    expect(rows.map(data)).toEqual(current.map(data));
  });

  it('reads each sender once: the hidden summary repeats their spans', () => {
    const hike = rows.find((r) => r.subject === 'Saturday hike + dinner?')!;
    expect(hike.senders).toEqual([
      { name: 'Theo Marchetti', email: 'theo.marchetti@postbox.example' },
      { name: null, email: 'jordan.rivera@example.com' },
    ]);
  });

  it('places the chip on the subject in sight, in the second table row', () => {
    for (const row of rows) {
      expect(row.anchor?.closest('.afn')).toBeNull();
      expect(row.anchor?.closest('tr')).toBe(row.element.nextElementSibling);
      expect(row.anchor?.textContent).toBe(row.subject);
    }
  });

  it('takes a one-message thread’s id from its newest message when the thread id is gone, never a longer thread’s', () => {
    const stripped = load('inbox-classic.html');
    for (const span of stripped.querySelectorAll('[data-thread-id]')) span.removeAttribute('data-thread-id');
    const read = readRows(stripped, NY);
    read.forEach((row, i) => {
      // The count is text after the names here: "Theo Marchetti, me (3)".
      const many = /\(\d+\)$/.test(row.element.querySelector('.yW')!.textContent!.trim());
      expect(row.threadId).toBe(many ? null : current[i]!.threadId);
    });
    expect(read.filter((row) => row.threadId === null).length).toBeGreaterThan(0);
  });
});

describe('readRows over an inbox whose rows carry a summary with copies of their spans (inbox-summary.html)', () => {
  const rows = readRows(load('inbox-summary.html'), NY);
  const current = readRows(load('inbox-100.html'), NY).slice(50, 75);

  it('reads the rows as the inbox shows them, each sender once', () => {
    expect(rows.map(data)).toEqual(current.map(data));
  });

  it('places the chip on the subject in sight, never in the summary before it', () => {
    for (const row of rows) {
      expect(row.anchor?.closest('.afn')).toBeNull();
      expect(row.anchor?.closest('td')?.classList.contains('a4W')).toBe(true);
    }
  });

  it('knows the summary by the row’s label alone, should its class change', () => {
    const doc = load('inbox-summary.html');
    for (const summary of doc.querySelectorAll('.afn')) summary.classList.replace('afn', 'zz9');
    const read = readRows(doc, NY);
    expect(read.map(data)).toEqual(current.map(data));
    for (const row of read) expect(row.anchor?.closest('.zz9')).toBeNull();
  });
});

describe('a subject only the row’s screen-reader label holds', () => {
  it('is read, but is no place for a chip: the list says its subjects are missing', () => {
    const doc = load('inbox-summary.html');
    for (const summary of doc.querySelectorAll('.afn')) summary.classList.remove('afn');
    for (const cell of doc.querySelectorAll('td.a4W')) cell.remove();
    const rows = readRows(doc, NY);
    expect(rows[0]!.subject).not.toBe('');
    expect(rows.every((row) => row.anchor === null)).toBe(true);
    expect(readView(doc, 'https://mail.google.com/mail/u/0/#inbox/p3', NY)).toEqual({
      kind: 'unknown',
      missing: 'subjects on list rows',
    });
  });
});

describe('readRows leaves out what the markup hides in a row', () => {
  it.each([
    ['an inline display: none', (copy: Element) => copy.setAttribute('style', 'display: none')],
    ['the hidden attribute', (copy: Element) => copy.setAttribute('hidden', '')],
    ['a saved page’s hidden mark', (copy: Element) => copy.classList.add('sf-hidden')],
    [
      'a screen-reader-only clip',
      (copy: Element) => copy.setAttribute('style', 'position:absolute;clip:rect(0 0 0 0)'),
    ],
  ])(
    '%s: a hidden copy of the subject and sender before them is neither read nor the chip’s place',
    (_name, hide) => {
      const doc = load('inbox-100.html');
      const row = doc.querySelector('tr.zA')!;
      const copy = doc.createElement('div');
      const sender = copy.appendChild(doc.createElement('span'));
      sender.setAttribute('email', 'someone@elsewhere.example');
      sender.setAttribute('name', 'Someone Else');
      sender.textContent = 'Someone Else';
      const subject = copy.appendChild(doc.createElement('span'));
      subject.setAttribute('data-thread-id', '#thread-f:1');
      subject.setAttribute('data-legacy-thread-id', '1');
      subject.textContent = 'Another subject';
      hide(copy);
      row.querySelector('td.yX')!.prepend(copy);
      const [first] = readRows(doc, NY);
      expect(first).toMatchObject({
        threadId: '1a1e4edeb802ed56',
        subject: 'Delivered: your package from Cornerstone Books',
        senders: [{ name: 'Parcel Tracking', email: 'updates@parceltrack.example' }],
      });
      expect(copy.contains(first!.anchor!)).toBe(false);
    },
  );
});
