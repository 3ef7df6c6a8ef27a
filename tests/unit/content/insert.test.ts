// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { insertText } from '@/lib/content/insert';

describe('insertText', () => {
  it('puts plain text lines at the top of the editor, never markup, and says the content changed', () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.append(
      Object.assign(document.createElement('div'), { className: 'gmail_quote', textContent: 'On Mon…' }),
    );
    document.body.append(editor);
    const changed = vi.fn();
    editor.addEventListener('input', changed);
    insertText(editor, 'Hi <b>Priya</b>,\n\nThanks!');
    const blocks = [...editor.children].map((el) => [el.className, el.textContent, el.children.length]);
    expect(blocks).toEqual([
      ['', 'Hi <b>Priya</b>,', 0],
      ['', '', 1], // an empty line is a <br>, as Gmail's editor writes it
      ['', 'Thanks!', 0],
      ['gmail_quote', 'On Mon…', 0],
    ]);
    expect(editor.querySelector('b')).toBeNull();
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
