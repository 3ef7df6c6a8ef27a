// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findComposeWindows, findReplyBoxes } from '@/lib/sites/gmail/read';
import { visibleText } from '@/lib/content/page-text';

const DIR = 'tests/fixtures/pages/gmail';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');

describe('findReplyBoxes', () => {
  it('finds the inline reply box: its editor, its form and the recipients', () => {
    const [box, ...more] = findReplyBoxes(load('thread-reply-open.html'));
    expect(more).toEqual([]);
    expect(box!.body.getAttribute('contenteditable')).toBe('true');
    expect(box!.body.getAttribute('aria-label')).toBe('Message Body');
    expect(box!.container.tagName).toBe('FORM');
    expect(box!.recipients).toEqual(['dev.malhotra@copperleaf.example']);
    expect(visibleText(box!.body)).toBe(
      "Hi Dev,\n\nThanks for the heads-up — I'll bring my laptop. Looking forward to meeting Ana and the team.",
    );
  });

  it.each(['compose.html', 'thread-interview.html', 'inbox-100.html', 'no-landmarks.html'])(
    'finds none in %s (a compose window is not a reply box)',
    (file) => {
      expect(findReplyBoxes(load(file))).toEqual([]);
    },
  );

  it('finds the editor by its other hooks when the English label is gone (another UI language)', () => {
    const doc = load('thread-reply-open.html');
    doc.querySelector('[aria-label="Message Body"]')!.setAttribute('aria-label', 'Corps du message');
    expect(findReplyBoxes(doc)).toHaveLength(1);
    doc.querySelector('[role="textbox"]')!.removeAttribute('role');
    expect(findReplyBoxes(doc)).toHaveLength(1);
  });
});

describe('findComposeWindows', () => {
  it('finds the compose dialog: editor, subject field and recipients', () => {
    const [compose, ...more] = findComposeWindows(load('compose.html'));
    expect(more).toEqual([]);
    expect(compose!.dialog.getAttribute('role')).toBe('dialog');
    expect(compose!.body.getAttribute('contenteditable')).toBe('true');
    expect(compose!.subject?.value).toBe('Following up — Senior Product Analyst');
    expect(compose!.recipients).toEqual(['priya.natarajan@brightwater.example']);
    expect(visibleText(compose!.body)).toMatch(/^Hi Priya,\n\nI hope you're well\./);
  });

  it.each(['thread-reply-open.html', 'inbox-100.html', 'no-landmarks.html'])('finds none in %s', (file) => {
    expect(findComposeWindows(load(file))).toEqual([]);
  });

  it('ignores dialogs without a message editor (menus, keyboard help)', () => {
    const doc = load('compose.html');
    const other = doc.createElement('div');
    other.setAttribute('role', 'dialog');
    other.textContent = 'Keyboard shortcuts';
    doc.body.prepend(other);
    expect(findComposeWindows(doc)).toHaveLength(1);
  });
});
