// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readRows, readThread, type ListRow } from '@/lib/sites/gmail/read';
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
