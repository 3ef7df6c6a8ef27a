// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRows, readThread, readView } from '@/lib/sites/gmail/read';
import * as S from '@/lib/sites/gmail/selectors';

const DIR = 'tests/fixtures/pages/gmail';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const NY = { timeZone: 'America/New_York' };
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD';

/** Remove attributes everywhere in a (copied) page, as a Gmail release might. */
function strip(doc: Document, ...attributes: string[]): Document {
  for (const attribute of attributes) {
    for (const element of doc.querySelectorAll(`[${attribute}]`)) element.removeAttribute(attribute);
  }
  return doc;
}

describe('the query helpers', () => {
  const doc = new DOMParser().parseFromString(
    '<div id="a" class="x"></div><div id="b" class="y"></div><div id="c" class="y"></div>',
    'text/html',
  );
  const both = { name: 'thing', alternatives: ['.y', '.x'] };
  const neither = { name: 'missing thing', alternatives: ['.z', '.w'] };

  it('queryFirst: the first alternative that matches wins, even if a later one matches earlier in the page', () => {
    expect(S.queryFirst(doc, both)?.id).toBe('b');
    expect(S.queryFirst(doc, neither)).toBeNull();
  });

  it('queryAllFirst: every match of the first alternative that matches, never a mix', () => {
    expect(S.queryAllFirst(doc, both).map((e) => e.id)).toEqual(['b', 'c']);
    expect(S.queryAllFirst(doc, neither)).toEqual([]);
  });

  it('queryAllAny: every match of any alternative, in page order', () => {
    expect(S.queryAllAny(doc, both).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('matchesAny, closestFirst and matchedAlternative', () => {
    const c = doc.getElementById('c')!;
    expect(S.matchesAny(c, both)).toBe(true);
    expect(S.matchesAny(c, neither)).toBe(false);
    expect(S.closestFirst(c, both)).toBe(c);
    expect(S.matchedAlternative(doc, both)).toBe('.y');
    expect(S.matchedAlternative(doc, neither)).toBeNull();
  });

  it('queryRequired throws GmailLayoutError naming the landmark', () => {
    expect(S.queryRequired(doc, both).id).toBe('b');
    let error: unknown;
    try {
      S.queryRequired(doc, neither);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(S.GmailLayoutError);
    expect(error).toBeInstanceOf(Error);
    expect((error as S.GmailLayoutError).name).toBe('GmailLayoutError');
    expect((error as S.GmailLayoutError).landmark).toBe('missing thing');
    expect((error as Error).message).toBe('Gmail layout: could not find the missing thing');
  });
});

describe('every landmark', () => {
  const landmarks = Object.values(S).filter(
    (value): value is S.Landmark => typeof value === 'object' && value !== null && 'alternatives' in value,
  );

  it.each(landmarks.map((l) => [l.name, l] as const))(
    '%s: valid alternatives, each with a dated comment',
    (_name, l) => {
      expect(l.alternatives.length).toBeGreaterThan(0);
      for (const alternative of l.alternatives)
        expect(() => document.querySelector(alternative)).not.toThrow();
    },
  );

  it("every landmark's alternatives are commented, with when they were seen", () => {
    const source = readFileSync('lib/sites/gmail/selectors.ts', 'utf8');
    const blocks = source.split(/\nexport const /).filter((b) => /^\w+ = landmark\(/.test(b));
    expect(blocks.length).toBe(landmarks.length);
    for (const block of blocks) expect(block).toMatch(/\/\/[^\n]*[Ss]een 2026-11/);
  });
});

describe('fallbacks: with the stable hooks removed, the class-name alternatives still read the page', () => {
  it('thread: no roles, no message or thread ids, no aria-expanded', () => {
    const doc = strip(
      load('thread-interview.html'),
      'role',
      'aria-expanded',
      'data-message-id',
      'data-legacy-message-id',
      'data-thread-perm-id',
      'data-legacy-thread-id',
    );
    expect(S.matchedAlternative(doc, S.mainView)).toBe(S.mainView.alternatives[1]);
    const main = S.queryFirst(doc, S.mainView)!;
    // The hidden inbox list is not taken for the view shown.
    expect(main.querySelector('h2')).not.toBeNull();
    expect(S.matchedAlternative(main, S.message)).toBe('div.adn.ads, div.adf.ads');
    expect(S.matchedAlternative(main, S.threadSubject)).toBe('h2.hP');

    const view = readView(doc, THREAD_URL, NY);
    expect(view.kind).toBe('thread');
    if (view.kind !== 'thread') return;
    const { thread } = view;
    expect(thread.subject).toBe('Interview invitation: Senior Product Analyst at Brightwater Labs');
    // Ids have no class-name stand-in: they are unknown, and say so.
    expect(thread.threadId).toBeNull();
    expect(thread.messages.map((m) => m.messageId)).toEqual([null, null, null]);
    expect(thread.messages.map((m) => m.collapsed)).toEqual([true, false, false]);
    expect(thread.messages.map((m) => m.from?.email)).toEqual([
      'priya.natarajan@brightwater.example',
      'jordan.rivera@example.com',
      'priya.natarajan@brightwater.example',
    ]);
    expect(thread.messages[2]!.date).toBe('2026-11-02T10:42:00-05:00');
    expect(thread.messages[2]!.cc.map((p) => p.email)).toEqual(['marcus.okafor@brightwater.example']);
  });

  it('thread: no email attributes (addresses from the hovercard ids, then names alone)', () => {
    const doc = strip(load('thread-interview.html'), 'email');
    expect(S.matchedAlternative(doc, S.messageSender)).toBe('span.gD, span.zF');
    const thread = readThread(S.queryFirst(doc, S.mainView)!, NY);
    expect(thread.messages.map((m) => m.from)).toEqual([
      { name: 'Priya Natarajan', email: 'priya.natarajan@brightwater.example' },
      { name: 'Jordan Rivera', email: 'jordan.rivera@example.com' },
      { name: 'Priya Natarajan', email: 'priya.natarajan@brightwater.example' },
    ]);
    // The details table's people have no hovercard id: their names are still read.
    expect(thread.messages[2]!.cc).toEqual([{ name: 'Marcus Okafor', email: null }]);

    strip(doc, 'data-hovercard-id');
    const bare = readThread(S.queryFirst(doc, S.mainView)!, NY);
    expect(bare.messages[0]!.from).toEqual({ name: 'Priya Natarajan', email: null });
  });

  it('thread: no details table and no "to" line class: recipients from the recipient spans', () => {
    const doc = load('thread-interview.html');
    for (const table of doc.querySelectorAll('table.ajC')) table.remove();
    for (const line of doc.querySelectorAll('.hb')) line.classList.remove('hb');
    const thread = readThread(S.queryFirst(doc, S.mainView)!, NY);
    expect(thread.messages[2]!.to.map((p) => p.email)).toEqual([
      'jordan.rivera@example.com',
      'marcus.okafor@brightwater.example',
    ]);
    expect(thread.messages[2]!.cc).toEqual([]);
  });

  it('list: no roles and no thread ids: a one-message thread is named by its message', () => {
    const doc = strip(load('inbox-100.html'), 'role', 'data-thread-id', 'data-legacy-thread-id');
    expect(S.matchedAlternative(doc, S.threadList)).toBe('table.F.cf.zt');
    expect(S.matchedAlternative(doc, S.listRow)).toBe('tr.zA[tabindex]');
    const view = readView(doc, 'https://mail.google.com/mail/u/0/#inbox', NY);
    expect(view.kind).toBe('list');
    if (view.kind !== 'list') return;
    expect(view.rows).toHaveLength(100);
    expect(view.rows[0]).toMatchObject({
      // A thread of one message: Gmail names it after that message.
      threadId: '1a1e4edeb802ed56',
      subject: 'Delivered: your package from Cornerstone Books',
      date: '2026-11-16T10:16:00-05:00',
    });
    // A thread of three shows its count: its newest message is not its id.
    expect(view.rows[4]).toMatchObject({ subject: 'Saturday hike + dinner?', threadId: null });
    // Thirteen rows of a hundred have no id: the list is read, and says so.
    expect(view.rows.filter((r) => r.threadId === null)).toHaveLength(13);
    expect(view.missed).toEqual(['thread ids on list rows']);
  });

  it('list: older markup, the subject a span with no class and the ids on the row itself', () => {
    const doc = load('inbox-100.html');
    const before = readRows(doc, NY).map((r) => r.threadId);
    for (const span of doc.querySelectorAll('span[data-thread-id]')) {
      const row = span.closest('tr')!;
      for (const attribute of ['data-thread-id', 'data-legacy-thread-id']) {
        row.setAttribute(attribute, span.getAttribute(attribute)!);
        span.removeAttribute(attribute);
      }
      span.parentElement!.removeAttribute('class');
    }
    expect(S.matchedAlternative(doc, S.rowSubject)).toBe('div.y6 > span:not(.y2)');
    const rows = readRows(doc, NY);
    expect(rows.map((r) => r.threadId)).toEqual(before);
    expect(rows[0]!.subject).toBe('Delivered: your package from Cornerstone Books');
    expect(rows.every((r) => r.anchor?.closest('div.y6') !== null)).toBe(true);
  });

  it('list: no email attributes, and the date cell without its class', () => {
    const doc = strip(load('inbox-100.html'), 'email');
    for (const cell of doc.querySelectorAll('td.xW')) cell.classList.remove('xW');
    expect(S.matchedAlternative(doc, S.rowPeople)).toBe('span.zF, span.yP');
    const rows = readRows(doc, NY);
    expect(rows[4]!.senders).toEqual([
      { name: 'Theo Marchetti', email: 'theo.marchetti@postbox.example' },
      { name: null, email: 'jordan.rivera@example.com' },
    ]);
    expect(rows.every((r) => r.date !== null)).toBe(true);
  });

  it('compose: no dialog role', () => {
    const doc = strip(load('compose.html'), 'role');
    const view = readView(doc, 'https://mail.google.com/mail/u/0/#inbox?compose=new', NY);
    expect(view.kind).toBe('list');
    expect(S.matchedAlternative(doc, S.composeWindow)).toBe('div.nH.Hd');
  });
});

describe('selectors live in one file', () => {
  it('no other file under lib/sites/gmail queries the page with a selector of its own', () => {
    const others = readdirSync('lib/sites/gmail').filter((f) => f.endsWith('.ts') && f !== 'selectors.ts');
    expect(others.length).toBeGreaterThan(0);
    for (const file of others) {
      const source = readFileSync(`lib/sites/gmail/${file}`, 'utf8');
      expect(source, file).not.toMatch(/\.(querySelector|querySelectorAll|closest|matches)\(/);
    }
  });
});
