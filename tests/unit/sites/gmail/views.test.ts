// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAccount, readUrl, readView, type GmailView } from '@/lib/sites/gmail/read';
import { gmailSite } from '@/lib/sites/gmail/site';

const DIR = 'tests/fixtures/pages/gmail';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const NY = { timeZone: 'America/New_York' };
const GMAIL = 'https://mail.google.com/mail/u/0/';

/** What a view reads as, in brief: kind, and the rows' count or the thread's subject and size. */
function summary(view: GmailView) {
  if (view.kind === 'list')
    return {
      kind: view.kind,
      folder: view.folder,
      rows: view.rows.length,
      ...(view.sentFolder ? { sentFolder: true } : {}),
      ...(view.missed ? { missed: view.missed } : {}),
    };
  if (view.kind === 'thread') {
    return {
      kind: view.kind,
      folder: view.folder,
      subject: view.thread.subject,
      messages: view.thread.messages.length,
    };
  }
  return view;
}

describe('readView: every fixture reads as the view it mirrors', () => {
  it.each([
    ['inbox-100.html', '#inbox', { kind: 'list', folder: 'inbox', rows: 100 }],
    // The sent mail: each row's newest message is the user's (the reply watch reads it so).
    ['inbox-100.html', '#sent', { kind: 'list', folder: 'sent', rows: 100, sentFolder: true }],
    [
      'thread-interview.html',
      '#inbox/FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD',
      {
        kind: 'thread',
        folder: 'inbox',
        subject: 'Interview invitation: Senior Product Analyst at Brightwater Labs',
        messages: 3,
      },
    ],
    [
      'thread-newsletter.html',
      '#inbox/FMfcgzQgLwTbRkVmSpXdNcHjZqBfWtGy',
      {
        kind: 'thread',
        folder: 'inbox',
        subject: '5 habits of candidates who ace the interview',
        messages: 1,
      },
    ],
    [
      'thread-personal.html',
      '#inbox/FMfcgzQgMbVcRtLsKpWnHxJdZfTqBvNy',
      { kind: 'thread', folder: 'inbox', subject: 'Saturday hike + dinner?', messages: 3 },
    ],
    [
      'thread-reply-open.html',
      '#inbox/FMfcgzQgNcXbWvKtRmPsLdHjGzTqFwBy',
      { kind: 'thread', folder: 'inbox', subject: 'Final round interview — Copperleaf Systems', messages: 3 },
    ],
    ['compose.html', '#inbox?compose=new', { kind: 'list', folder: 'inbox', rows: 5 }],
    // Older markup, the reading pane on the right: a conversation on three table rows.
    ['inbox-classic.html', '#inbox', { kind: 'list', folder: 'inbox', rows: 25 }],
    ['inbox-summary.html', '#inbox/p3', { kind: 'list', folder: 'inbox/p3', rows: 25 }],
    ['no-landmarks.html', '#inbox', { kind: 'unknown', missing: 'main view' }],
  ])('%s at %s', (file, hash, expected) => {
    expect(summary(readView(load(file), GMAIL + hash, NY))).toEqual(expected);
  });

  it('is unknown, naming the open thread, when the URL names a thread the page does not show yet', () => {
    expect(readView(load('inbox-100.html'), `${GMAIL}#inbox/FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD`, NY)).toEqual({
      kind: 'unknown',
      missing: "open thread's subject",
    });
  });

  it('is unknown off Gmail, and never throws on a page of any shape', () => {
    expect(readView(load('inbox-100.html'), 'https://www.example.com/#inbox', NY).kind).toBe('unknown');
    expect(readView(load('inbox-100.html'), 'not a url', NY).kind).toBe('unknown');
    const empty = new DOMParser().parseFromString('<p>hello</p>', 'text/html');
    expect(readView(empty, `${GMAIL}#inbox`, NY)).toEqual({ kind: 'unknown', missing: 'main view' });
  });

  it('names what is missing when a main view holds neither a list nor a thread (a changed layout)', () => {
    const doc = load('inbox-100.html');
    doc.querySelector('table[role="grid"]')!.remove();
    expect(readView(doc, `${GMAIL}#inbox`, NY)).toEqual({
      kind: 'unknown',
      missing: "thread list or open thread's subject",
    });
  });

  it('is unknown, naming the thread ids, when most rows have none (a list it cannot use)', () => {
    const doc = load('inbox-classic.html');
    for (const span of doc.querySelectorAll('[data-thread-id]')) {
      span.removeAttribute('data-thread-id');
      span.removeAttribute('data-legacy-last-message-id');
    }
    expect(readView(doc, `${GMAIL}#inbox`, NY)).toEqual({
      kind: 'unknown',
      missing: 'thread ids on list rows',
    });
  });

  it('is unknown, naming the subjects, when most rows show none', () => {
    const doc = load('inbox-100.html');
    for (const subject of doc.querySelectorAll('[data-thread-id]')) subject.textContent = '';
    expect(readView(doc, `${GMAIL}#inbox`, NY)).toEqual({
      kind: 'unknown',
      missing: 'subjects on list rows',
    });
  });

  it('reads a list where a few rows lack an id or a subject, saying what they lack; those rows get no chip', () => {
    const doc = load('inbox-100.html');
    const subjects = [...doc.querySelectorAll('[data-thread-id]')];
    for (const attribute of ['data-thread-id', 'data-legacy-thread-id', 'data-legacy-last-message-id'])
      subjects[1]!.removeAttribute(attribute);
    subjects[2]!.textContent = '';
    const view = readView(doc, `${GMAIL}#inbox`, NY);
    expect(summary(view)).toEqual({
      kind: 'list',
      folder: 'inbox',
      rows: 100,
      missed: ['thread ids on list rows', 'subjects on list rows'],
    });
    if (view.kind !== 'list') return;
    const site = gmailSite(doc, NY.timeZone);
    expect(view.rows[1]!.threadId).toBeNull();
    expect(site.rowAnchor(view.rows[2]!)).toBeNull();
    expect(site.rowAnchor(view.rows[3]!)?.textContent).toBe(view.rows[3]!.subject);
  });

  it('names the missing messages when a thread heading stands without them (still loading)', () => {
    const doc = load('thread-interview.html');
    for (const item of doc.querySelectorAll('[role="listitem"]')) item.remove();
    expect(readView(doc, `${GMAIL}#inbox/FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD`, NY)).toEqual({
      kind: 'unknown',
      missing: 'message',
    });
  });

  it('reads the thread shown, not the list Gmail keeps hidden beside it', () => {
    const view = readView(
      load('thread-interview.html'),
      `${GMAIL}#inbox/FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD`,
      NY,
    );
    expect(view.kind).toBe('thread');
  });
});

describe('readUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', { folder: 'inbox', threadToken: null }],
    ['https://mail.google.com/mail/u/0/', { folder: 'inbox', threadToken: null }],
    [
      'https://mail.google.com/mail/u/1/#label/Job+search/FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD',
      { folder: 'label/Job+search', threadToken: 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD' },
    ],
    ['https://mail.google.com/mail/u/0/#search/interview', { folder: 'search/interview', threadToken: null }],
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', { folder: 'inbox', threadToken: null }],
    [
      'https://mail.google.com/mail/u/0/#inbox/1a187cbc1c0134c6',
      { folder: 'inbox', threadToken: '1a187cbc1c0134c6' },
    ],
    ['https://www.example.com/#inbox', null],
  ])('%s', (url, expected) => {
    expect(readUrl(url)).toEqual(expected);
  });
});

describe('readAccount', () => {
  it.each([
    ['inbox-100.html', 'jordan.rivera@example.com'],
    ['thread-interview.html', 'jordan.rivera@example.com'],
    ['compose.html', 'jordan.rivera@example.com'],
    ['no-landmarks.html', null],
  ])('%s → %s', (file, expected) => {
    expect(readAccount(load(file))).toBe(expected);
  });

  it('falls back to the page title when the account button is gone', () => {
    const doc = load('inbox-100.html');
    doc.querySelector('a[aria-label^="Google Account"]')!.remove();
    expect(readAccount(doc)).toBe('jordan.rivera@example.com');
    doc.title = 'Gmail';
    expect(readAccount(doc)).toBeNull();
  });
});

describe('the fixtures themselves', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));

  it('include every page the readers are tested on', () => {
    expect(files.sort()).toEqual(
      [
        'compose.html',
        'inbox-100.html',
        'inbox-classic.html',
        'inbox-summary.html',
        'no-landmarks.html',
        'thread-interview.html',
        'thread-newsletter.html',
        'thread-personal.html',
        'thread-reply-open.html',
      ].sort(),
    );
  });

  it.each(files)(
    '%s opens with a comment: the Gmail view, 2026-11, the Afterview team, no real data',
    (file) => {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      const comment = /^<!doctype html>\s*<!--([\s\S]*?)-->/i.exec(text)?.[1] ?? '';
      expect(comment).toMatch(/Gmail/);
      expect(comment).toMatch(/2026-11/);
      expect(comment).toMatch(/Afterview team/);
      expect(comment).toMatch(/no real data/i);
    },
  );

  it.each(files)(
    '%s: every address is on a domain kept for examples; nothing loads from the network',
    (file) => {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      const addresses = text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+/g) ?? [];
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) expect(address).toMatch(/(?:\.example|@example\.com)$/);
      expect(text).not.toMatch(/<script|<link|src="http|url\(/i);
    },
  );
});
