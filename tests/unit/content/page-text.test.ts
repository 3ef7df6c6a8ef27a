// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hiddenByAttributes, inlineText, visibleText } from '@/lib/content/page-text';

/** A detached element built from markup written in the test (the page is never parsed so). */
function element(markup: string): Element {
  return new DOMParser()
    .parseFromString(`<div id="root">${markup}</div>`, 'text/html')
    .getElementById('root')!;
}

describe('visibleText', () => {
  it.each([
    ['plain words, spaces collapsed', 'Hello   there,\n   Jordan', 'Hello there, Jordan'],
    ['<br> breaks a line', 'Hi Dev,<br><br>Thanks.', 'Hi Dev,\n\nThanks.'],
    [
      "Gmail's divs: one line each, <div><br></div> a blank line",
      '<div>Hi,</div><div><br></div><div>Best,</div><div>J</div>',
      'Hi,\n\nBest,\nJ',
    ],
    ['paragraphs stand a blank line apart', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['a <br> closing a block adds no second break', '<div>One<br></div><div>Two</div>', 'One\nTwo'],
    [
      'inline elements stay inline',
      'Your <b>interview</b> is <a href="#">confirmed</a>.',
      'Your interview is confirmed.',
    ],
    ['list items on their own lines', '<ol><li>First</li><li>Second</li></ol>', 'First\nSecond'],
    [
      'table cells apart, rows on lines',
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>',
      'a b\nc',
    ],
    ['no-break spaces become spaces', 'Nov&nbsp;16,&nbsp;10:42\u202fAM', 'Nov 16, 10:42 AM'],
    ['hidden preview lines are left out', '<div style="display:none">Preview</div><div>Body</div>', 'Body'],
    [
      '...however they are hidden',
      '<span style="opacity: 0">x</span><span hidden>y</span><span style="mso-hide:all">z</span>Body',
      'Body',
    ],
    ['scripts and styles are not text', '<style>p{}</style><script>var x</script>Body', 'Body'],
    ['images stand for nothing', 'Logo <img alt="ACME"> here', 'Logo here'],
    ['preformatted text keeps its line breaks', '<pre>a  b\n  c</pre>', 'a b\nc'],
  ])('%s', (_what, markup, expected) => {
    expect(visibleText(element(markup))).toBe(expected);
  });

  it('skips what `skip` names, and everything inside it', () => {
    const root = element('<div>Mine</div><div class="q">On … wrote:<div>Theirs</div></div>');
    expect(visibleText(root, { skip: (el) => el.classList.contains('q') })).toBe('Mine');
  });

  it('reads hidden elements when asked (a trimmed quote is hidden but wanted)', () => {
    expect(visibleText(element('<div style="display: none">Quoted</div>'), { includeHidden: true })).toBe(
      'Quoted',
    );
  });

  it('reads the root even when the root itself is hidden', () => {
    const root = element('Text');
    root.setAttribute('style', 'display: none');
    expect(visibleText(root)).toBe('Text');
  });
});

describe('hiddenByAttributes and inlineText', () => {
  it('hidden by attribute or inline style only', () => {
    expect(hiddenByAttributes(element('<span style="display: none">x</span>').firstElementChild!)).toBe(true);
    expect(hiddenByAttributes(element('<span style="opacity: 0.5">x</span>').firstElementChild!)).toBe(false);
    expect(hiddenByAttributes(element('<span aria-hidden="true">&lt;</span>').firstElementChild!)).toBe(
      false,
    );
  });

  it('inlineText: one line, spaces collapsed, empty for nothing', () => {
    expect(inlineText(element('  Saturday\n  hike +&nbsp;dinner? '))).toBe('Saturday hike + dinner?');
    expect(inlineText(null)).toBe('');
  });
});
