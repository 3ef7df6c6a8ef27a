// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findComposeWindows,
  findReplyBoxes,
  readAccount,
  readUrl,
  readView,
  rowSubjectElement,
} from '@/lib/sites/outlook/read';
import type { ListRow, MailThread, ShownMessage } from '@/lib/sites/webmail/site';
import { CONVERSATION_PAGES, LIVE } from '@/scripts/fixtures/outlook-inbox';

const DIR = 'tests/fixtures/pages/outlook';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const NY = { timeZone: 'America/New_York', dayFirst: false };
const brief = ({ element: _element, text: _text, quoted: _quoted, ...message }: ShownMessage) => message;

const priya = { name: 'Priya Natarajan', email: 'priya.natarajan@brightwater.example' };
const jordan = { name: 'Jordan Rivera', email: 'jordan.rivera@outlook.example' };

type Page = keyof typeof CONVERSATION_PAGES;

function conversation(
  page: Page,
  url: string = CONVERSATION_PAGES[page].url,
): MailThread & { rows?: ListRow[] } {
  const view = readView(load(page), url, NY);
  if (view.kind !== 'thread') throw new Error(`${page}: ${JSON.stringify(view)}`);
  return { ...view.thread, rows: view.rows };
}

describe('readUrl', () => {
  it.each([
    ['https://outlook.live.com/mail/0/inbox', { folder: 'inbox', conversationId: null, base: '/mail/0/' }],
    ['https://outlook.live.com/mail/0/', { folder: 'inbox', conversationId: null, base: '/mail/0/' }],
    [
      'https://outlook.live.com/mail/0/inbox/id/AAQkADAw%2Bab%2Fcd%3D',
      { folder: 'inbox', conversationId: 'AAQkADAw+ab/cd=', base: '/mail/0/' },
    ],
    // Work and school accounts have no account index in the path.
    [
      'https://outlook.office.com/mail/inbox/id/AAQkAGM3%3D',
      { folder: 'inbox', conversationId: 'AAQkAGM3=', base: '/mail/' },
    ],
    [
      'https://outlook.office365.com/mail/sentitems/id/AAQk%3D',
      { folder: 'sentitems', conversationId: 'AAQk=', base: '/mail/' },
    ],
    [
      'https://outlook.cloud.microsoft/mail/id/AAQk%3D',
      { folder: 'inbox', conversationId: 'AAQk=', base: '/mail/' },
    ],
    [
      'https://outlook.office.com/mail/deeplink/read/AAMk%3D',
      { folder: 'inbox', conversationId: 'AAMk=', base: '/mail/' },
    ],
    [
      'https://outlook.live.com/mail/0/deeplink/compose?to=a',
      { folder: 'deeplink', conversationId: null, base: '/mail/0/' },
    ],
    // Not Outlook's mail: the calendar, a look-alike host, plain http.
    ['https://outlook.live.com/calendar/0/view/week', null],
    ['https://outlook.live.com.evil.example/mail/0/inbox', null],
    ['http://outlook.live.com/mail/0/inbox', null],
    ['not a url', null],
  ])('%s', (url, expected) => {
    expect(readUrl(url)).toEqual(expected);
  });
});

describe('readView', () => {
  it('leaves the calendar alone: elsewhere, not an unknown layout', () => {
    expect(readView(load('inbox-100.html'), 'https://outlook.live.com/calendar/0/', NY)).toEqual({
      kind: 'elsewhere',
    });
  });

  it('says what is missing on the loading screen, and never throws', () => {
    expect(readView(load('no-landmarks.html'), `${LIVE}inbox`, NY)).toEqual({
      kind: 'unknown',
      missing: 'message list or reading pane',
    });
  });

  it('reads the list when no conversation is open, and says when it is the sent mail', () => {
    const view = readView(load('inbox-100.html'), `${LIVE}inbox`, NY);
    expect(view).toMatchObject({ kind: 'list', sentFolder: false });
    expect(readView(load('inbox-100.html'), `${LIVE}sentitems`, NY)).toMatchObject({
      kind: 'list',
      sentFolder: true,
    });
  });

  it('is unknown while the conversation the address names is not drawn yet (no list, no pane)', () => {
    const doc = load('no-landmarks.html');
    expect(readView(doc, CONVERSATION_PAGES['conversation-interview.html'].url, NY)).toMatchObject({
      kind: 'unknown',
    });
  });
});

describe('readAccount', () => {
  it.each([
    ['conversation-interview.html', { email: 'jordan.rivera@outlook.example', name: 'Jordan Rivera' }],
    ['work-conversation.html', { email: 'jordan.rivera@contoso-workplace.example', name: 'Jordan Rivera' }],
    ['no-landmarks.html', { email: null, name: null }],
  ])('%s', (page, expected) => {
    expect(readAccount(load(page))).toEqual(expected);
  });

  it('without the account card: the name from the title, the address shown beside that name', () => {
    const doc = load('conversation-interview.html');
    for (const id of ['mectrl_main_body', 'O365_MainLink_Me']) doc.getElementById(id)?.remove();
    expect(readAccount(doc)).toEqual({ email: 'jordan.rivera@outlook.example', name: 'Jordan Rivera' });
  });
});

describe('the list: inbox-100.html', () => {
  const view = readView(load('inbox-100.html'), `${LIVE}inbox`, NY);
  const rows = view.kind === 'list' ? view.rows : [];

  it('reads every row with its conversation id, subject, sender, date and preview', () => {
    expect(rows).toHaveLength(100);
    expect(rows.every((r) => r.threadId?.startsWith('AAQk'))).toBe(true);
    expect(new Set(rows.map((r) => r.threadId)).size).toBe(100);
    for (const row of rows) {
      expect(row.subject).not.toBe('');
      expect(row.snippet).not.toBe('');
      expect(row.sender?.email).toMatch(/@/);
      expect(row.date).toMatch(/^2026-1[01]-\d\dT\d\d:\d\d:00-0[45]:00$/);
      // The preview is not the subject, a sender or the time again.
      expect(row.snippet).not.toBe(row.subject);
    }
    expect(rows.filter((r) => r.unread)).toHaveLength(18);
  });

  it('reads the interview row: both participants once, the starter first', () => {
    const row = rows.find((r) => r.threadId === CONVERSATION_PAGES['conversation-interview.html'].id)!;
    expect(row.subject).toBe('Interview invitation: Senior Product Analyst at Brightwater Labs');
    expect(row.senders).toEqual([priya, jordan]);
    expect(row.date).toBe('2026-11-02T10:42:00-05:00');
    expect(row.snippet).toMatch(/^Hi Jordan, Great — your interview is confirmed/);
    expect(row.unread).toBe(false);
  });

  it('reads rows drawn without titles from their texts in order: name, subject, time, preview', () => {
    const doc = load('inbox-100.html');
    for (const el of Array.from(doc.querySelectorAll('[role="option"] [title]'))) el.removeAttribute('title');
    const bare = readView(doc, `${LIVE}inbox`, NY);
    const bareRows = bare.kind === 'list' ? bare.rows : [];
    expect(bareRows).toHaveLength(100);
    const row = bareRows.find((r) => r.threadId === CONVERSATION_PAGES['conversation-interview.html'].id)!;
    expect(row.subject).toBe('Interview invitation: Senior Product Analyst at Brightwater Labs');
    expect(row.senders).toEqual([
      { name: 'Priya Natarajan', email: null },
      { name: 'Jordan Rivera', email: null },
    ]);
    expect(row.snippet).toMatch(/^Hi Jordan, Great — your interview is confirmed/);
    // Without the title there is no full date: none is made up.
    expect(row.date).toBeNull();
    expect(bareRows.filter((r) => r.subject === rows[bareRows.indexOf(r)]!.subject)).toHaveLength(100);
  });

  it('anchors a row chip on the subject, inside the row', () => {
    const row = rows[0]!;
    const anchor = rowSubjectElement(row.element, NY);
    expect(row.element.contains(anchor)).toBe(true);
    expect(anchor?.textContent?.trim()).toBe(row.subject);
  });
});

describe('the interview conversation', () => {
  const thread = conversation('conversation-interview.html');

  it('takes the id from the address, the subject from the heading', () => {
    expect(thread.threadId).toBe(CONVERSATION_PAGES['conversation-interview.html'].id);
    expect(thread.subject).toBe('Interview invitation: Senior Product Analyst at Brightwater Labs');
    expect(thread.hiddenCount).toBe(0);
  });

  it('takes the id from the selected row when the address names none, never from another row', () => {
    const fromRow = conversation('conversation-interview.html', `${LIVE}inbox`);
    expect(fromRow.threadId).toBe(CONVERSATION_PAGES['conversation-interview.html'].id);
    const doc = load('conversation-interview.html');
    doc.querySelector('[data-convid][aria-selected="true"]')!.setAttribute('aria-selected', 'false');
    const view = readView(doc, `${LIVE}inbox`, NY);
    const id = view.kind === 'thread' ? view.thread.threadId : null;
    // Neither names it: an id from what the conversation shows, the same on every visit,
    // and no row's id.
    expect(id).toMatch(/^outlook-conversation:/);
    const again = readView(load('conversation-interview.html'), `${LIVE}inbox`, NY);
    expect(again.kind === 'thread' && again.thread.threadId).not.toBe(id);
    doc
      .querySelectorAll('[data-convid]')
      .forEach((row) => expect(row.getAttribute('data-convid')).not.toBe(id));
    const unselected = load('conversation-interview.html');
    unselected.querySelector('[data-convid][aria-selected="true"]')!.setAttribute('aria-selected', 'false');
    const third = readView(unselected, `${LIVE}inbox`, NY);
    expect(third.kind === 'thread' && third.thread.threadId).toBe(id);
  });

  it('reads each message, collapsed ones from what they show, oldest first', () => {
    const [first, second, third] = thread.messages.map(brief);
    expect(thread.messages).toHaveLength(3);
    expect(first).toMatchObject({ from: priya, date: '2026-10-29T09:14:00-04:00', collapsed: true });
    expect(second).toMatchObject({ from: jordan, collapsed: true });
    expect(third).toMatchObject({
      from: priya,
      to: [jordan],
      date: '2026-11-02T10:42:00-05:00',
      collapsed: false,
    });
    // Cc shows a name only; the name stays, without an address nobody showed.
    expect(third!.cc).toEqual([{ name: 'Marcus Okafor', email: null }]);
    // Stable ids: the same on every visit, one per message.
    expect(new Set(thread.messages.map((m) => m.messageId)).size).toBe(3);
    expect(conversation('conversation-interview.html').messages.map((m) => m.messageId)).toEqual(
      thread.messages.map((m) => m.messageId),
    );
  });

  it('sets the quoted history apart from what the sender wrote', () => {
    const last = thread.messages[2]!;
    expect(last.text).toMatch(/^Hi Jordan,/);
    expect(last.text).toMatch(/Friday, November 13/);
    expect(last.text).not.toMatch(/Sent:/);
    expect(last.quoted).toMatch(/^From: Jordan Rivera <jordan\.rivera@outlook\.example>/);
    expect(thread.messages[0]!.text).toMatch(/^Hi Jordan, Thank you for applying/);
    expect(thread.messages[0]!.text).not.toMatch(/Priya Natarajan|Thu 10\/29/);
  });

  it("reads the dates from the text where Outlook's date hooks are missing", () => {
    const doc = load('conversation-interview.html');
    for (const el of Array.from(doc.querySelectorAll('[data-testid="SentReceivedSavedTime"]'))) {
      el.removeAttribute('data-testid');
      el.removeAttribute('id');
    }
    const view = readView(doc, CONVERSATION_PAGES['conversation-interview.html'].url, NY);
    expect(view.kind === 'thread' && view.thread.messages.map((m) => m.date)).toEqual(
      thread.messages.map((m) => m.date),
    );
  });

  it('reads "today" times against now', () => {
    const doc = load('conversation-interview.html');
    const dates = doc.querySelectorAll('[data-testid="SentReceivedSavedTime"]');
    dates[dates.length - 1]!.textContent = '9:41 AM';
    const now = new Date('2026-11-16T16:52:00Z');
    const view = readView(doc, CONVERSATION_PAGES['conversation-interview.html'].url, { ...NY, now });
    expect(view.kind === 'thread' && view.thread.messages.at(-1)!.date).toBe('2026-11-16T09:41:00-05:00');
  });

  it('is the list while only the subject is drawn (the messages are loading)', () => {
    const doc = load('conversation-interview.html');
    for (const el of Array.from(
      doc.querySelectorAll('[data-testid="SentReceivedSavedTime"], [id^="UniqueMessageBody"]'),
    ))
      el.remove();
    expect(readView(doc, `${LIVE}inbox`, NY).kind).toBe('list');
  });

  it('keeps the list beside the conversation', () => {
    expect(thread.rows).toHaveLength(8);
  });
});

describe('other conversations', () => {
  it('reads a work account: no /0/, an internal colleague by name only', () => {
    const thread = conversation('work-conversation.html');
    expect(thread.threadId).toBe(CONVERSATION_PAGES['work-conversation.html'].id);
    const last = thread.messages.at(-1)!;
    expect(last.to).toEqual([{ name: 'Jordan Rivera', email: 'jordan.rivera@contoso-workplace.example' }]);
    expect(last.cc).toEqual([{ name: 'Morgan Ellis', email: null }]);
  });

  it('counts messages Outlook folds away', () => {
    expect(conversation('conversation-reply-open.html').hiddenCount).toBe(1);
  });

  it('reads a Gmail user quoting with gmail_quote', () => {
    const last = conversation('conversation-personal.html').messages.at(-1)!;
    expect(last.text).not.toBe('');
    expect(last.quoted).not.toBe('');
    expect(last.text.includes(last.quoted.slice(0, 40))).toBe(false);
  });
});

describe('writing surfaces', () => {
  it('finds the inline reply with its recipient, and no new message', () => {
    const doc = load('conversation-reply-open.html');
    const boxes = findReplyBoxes(doc);
    expect(boxes.map((b) => b.recipients)).toEqual([['dev.malhotra@copperleaf.example']]);
    expect(boxes[0]!.body.getAttribute('aria-label')).toBe('Message body');
    expect(findComposeWindows(doc)).toEqual([]);
  });

  it('finds a new message with its subject and recipient, and no reply', () => {
    const doc = load('compose.html');
    const windows = findComposeWindows(doc);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.subject?.value).toBe('Following up — Senior Product Analyst');
    expect(windows[0]!.recipients).toEqual(['priya.natarajan@brightwater.example']);
    expect(findReplyBoxes(doc)).toEqual([]);
  });

  it('finds nothing to write in on a conversation without an editor', () => {
    const doc = load('conversation-interview.html');
    expect([...findReplyBoxes(doc), ...findComposeWindows(doc)]).toEqual([]);
  });
});

describe('reading never changes the page', () => {
  it.each(Object.keys(CONVERSATION_PAGES) as Page[])('%s', (page) => {
    const doc = load(page);
    const before = new XMLSerializer().serializeToString(doc);
    readView(doc, CONVERSATION_PAGES[page].url, NY);
    findReplyBoxes(doc);
    findComposeWindows(doc);
    expect(new XMLSerializer().serializeToString(doc)).toBe(before);
  });
});
