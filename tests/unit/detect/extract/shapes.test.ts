import { describe, expect, it } from 'vitest';
import { Email, type EmailInput } from '../../../../lib/detect/email';
import { extract } from '../../../../lib/detect/extract';
import { readsMonthFirst } from '../../../../lib/detect/extract/dates';

const mail = (input: Partial<EmailInput>): Email =>
  Email.parse({
    from: 'x@y.example',
    to: 'jordan@mail.example',
    date: '2026-03-02T09:00:00-05:00',
    ...input,
  });

describe('company and role from the shapes employers use', () => {
  it.each([
    [
      'Northwind Robotics Talent Team <no-reply@ashbyhq.com>',
      'Interview invitation: Senior Product Designer at Northwind Robotics',
      'Northwind Robotics',
      'Senior Product Designer',
    ],
    ['Acme Labs <no-reply@greenhouse.io>', 'Thank you for applying to Acme Labs', 'Acme Labs', null],
    ['Careers at Globex <jobs@globex.example>', 'Globex | Data Engineer', 'Globex', 'Data Engineer'],
    [
      'Dana Ortiz <dana@kestrel-pay.example>',
      'Re: Backend Engineer - Kestrel Pay',
      'Kestrel Pay',
      'Backend Engineer',
    ],
  ])('%s / %s', (from, subject, company, role) => {
    const out = extract(mail({ from, subject, body: 'Hi Jordan,\n\nThanks.' }));
    expect(out.company).toBe(company);
    if (role) expect(out.role).toBe(role);
  });

  it('never lists the company as a person; a cc on an interview is an interviewer', () => {
    const out = extract(
      mail({
        from: 'Northwind Robotics <no-reply@greenhouse.io>',
        cc: 'Lee Chen <lee.chen@northwind.example>',
        subject: 'Interview invitation: Senior Product Designer at Northwind Robotics',
        body: 'Hi Jordan,\n\nWe would like to invite you to an interview.\n\nNorthwind Robotics',
      }),
    );
    expect(out.people.map((p) => p.name)).not.toContain('Northwind Robotics');
    expect(out.people).toContainEqual(
      expect.objectContaining({ name: 'Lee Chen', email: 'lee.chen@northwind.example', role: 'interviewer' }),
    );
  });
});

describe('numeric dates follow the sender’s locale', () => {
  it.each([
    [-300, 'see you then', true],
    [0, 'Call me at (415) 555-0100, 3/4 at 4:30pm ET', true],
    [60, 'am 3.4. um 14 Uhr', false],
    [0, 'on 3/4', false],
  ])('offset %i, %j → month first %s', (offset, text, monthFirst) => {
    expect(readsMonthFirst(offset, text)).toBe(monthFirst);
  });

  it('reads "3/4 at 4:30pm" month first from a US sender writing from UTC', () => {
    const out = extract(
      mail({
        date: '2026-02-20T15:00:00+00:00',
        subject: 'Interview confirmed',
        body: 'Your interview is confirmed for 3/4 at 4:30pm ET.',
      }),
    );
    expect(Date.parse(out.interviewAt ?? '')).toBe(Date.parse('2026-03-04T16:30:00-05:00'));
  });
});
