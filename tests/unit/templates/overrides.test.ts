import { describe, expect, it } from 'vitest';
import { checkOverride } from '@/lib/templates/overrides';

describe('checkOverride: the user’s own version of a template', () => {
  it('accepts known placeholders, optional ones, and plain text', () => {
    expect(
      checkOverride('check_in.email.warm.before_decision', {
        subject: 'Hello again, {firstName}',
        body: 'Hi {firstName},\n\nStill keen on {role}!\nP.S. {blurb?}\n\n{signature}',
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'an unknown template',
      'thank_you.fax',
      { subject: null, body: 'Hi' },
      /no template called “thank_you.fax”/,
    ],
    [
      'a misspelt placeholder, with the likely one',
      'thank_you.email.warm',
      { subject: null, body: 'Hi {firstname},' },
      /\{firstname\}.*try \{firstName\}/,
    ],
    [
      'an unclosed brace',
      'thank_you.email.warm',
      { subject: null, body: 'Hi {firstName,' },
      /“\{firstName,” opens a placeholder but never closes it/,
    ],
    [
      'a placeholder in the subject',
      'thank_you.email.warm',
      { subject: 'Re {job}', body: 'Hi' },
      /^subject: \{job\}/,
    ],
    [
      'a subject on a call script',
      'check_in.phone.warm.before_decision',
      { subject: 'Hi', body: 'Hi' },
      /only an email has a subject/,
    ],
    ['an empty body', 'thank_you.email.warm', { subject: null, body: '' }, /^body:/],
    ['a body that is not text', 'thank_you.email.warm', { subject: null, body: 42 }, /^body:/],
  ])('refuses %s, naming what is wrong', (_name, id, override, message) => {
    const problems = checkOverride(id, override);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(message);
  });
});
