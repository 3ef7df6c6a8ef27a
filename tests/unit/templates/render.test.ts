import { describe, expect, it } from 'vitest';
import { canBeFinal, render } from '@/lib/templates/render';

const labels = { specific: 'something specific {firstName} said', strength: 'your strength for this role' };

describe('render', () => {
  it.each([
    [
      'fills every placeholder',
      'Hi {firstName}, thanks for {specific}.',
      { firstName: 'Amy', specific: 'the tour' },
      'Hi Amy, thanks for the tour.',
    ],
    ['keeps text around values as written', '{a}-{b}', { a: 'x', b: 'y' }, 'x-y'],
    [
      'drops a line whose only content was a missing optional value',
      'Hi {firstName},\n{ps?}\nBest,',
      { firstName: 'Amy' },
      'Hi Amy,\nBest,',
    ],
    [
      'drops the whole sentence of a missing optional value, never half of it',
      'Thanks!\nCall me at {phone?} or write back.\nBest,',
      {},
      'Thanks!\nBest,',
    ],
    [
      'leaves no double blank line where an optional paragraph was',
      'Hi,\n\n{ps?}\n\nBest,',
      {},
      'Hi,\n\nBest,',
    ],
    [
      'never doubles the full stop after a value that ends its own sentence',
      'Also: {forgotten}. Thanks!',
      { forgotten: 'I speak Portuguese.' },
      'Also: I speak Portuguese. Thanks!',
    ],
    ['tidies the space before punctuation', 'Thanks {extra} .', { extra: 'again' }, 'Thanks again.'],
    [
      'keeps the line breaks of a value alone on its line (a signature)',
      'Best,\n{signature}',
      { signature: 'Jordan Sample\n\n  +1 555 0199  \n' },
      'Best,\nJordan Sample\n+1 555 0199',
    ],
    [
      'treats values as plain text, never markup',
      'Hi {firstName}',
      { firstName: '<img src=x onerror=alert(1)>' },
      'Hi <img src=x onerror=alert(1)>',
    ],
    ['puts a multi-line value inline', 'Re: {role}', { role: 'Data\nAnalyst\u0007' }, 'Re: Data Analyst'],
  ])('%s', (_name, template, values, expected) => {
    const result = render(template, values, labels);
    expect(result.text).toBe(expected);
    expect(result.gaps).toEqual([]);
    expect(canBeFinal(result)).toBe(true);
  });

  it('shows a missing required value as a visible gap that blocks final, and says where', () => {
    const result = render(
      'Hi {firstName},\nThank you for {specific}. My strength: {strength}.',
      { firstName: 'Amy' },
      labels,
    );
    expect(result.text).toBe(
      'Hi Amy,\nThank you for [something specific Amy said]. My strength: [your strength for this role].',
    );
    expect(result.gaps.map((g) => [g.name, result.text.slice(g.start, g.end)])).toEqual([
      ['specific', '[something specific Amy said]'],
      ['strength', '[your strength for this role]'],
    ]);
    expect(canBeFinal(result)).toBe(false);
  });

  it('names a gap sensibly without a label, and when the label’s own value is missing', () => {
    const result = render('{interviewDate} {specific}', {}, labels);
    expect(result.text).toBe('[interview date] [something specific this person said]');
    expect(result.gaps.map((g) => g.label)).toEqual([
      'interview date',
      'something specific this person said',
    ]);
  });

  it('counts a blank or whitespace value as missing', () => {
    expect(render('{specific}', { specific: '   ' }, labels).gaps).toHaveLength(1);
  });

  it('keeps gap positions right after tidying shifts the line', () => {
    const result = render('Thanks {extra?} , {specific} !', { firstName: 'Amy' }, labels);
    for (const gap of result.gaps) expect(result.text.slice(gap.start, gap.end)).toBe(`[${gap.label}]`);
  });
});
