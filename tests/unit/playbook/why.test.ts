import { describe, expect, it } from 'vitest';
import { TaskKind } from '@/lib/model';
import { firstName, taskWhy } from '@/lib/playbook/why';

describe('taskWhy', () => {
  it.each([
    ['thank_you', 'Amy', 'Thank Amy today — thank-yous land best the same day.'],
    ['thank_you', null, 'Thank them today — thank-yous land best the same day.'],
    ['check_in', 'Ben', 'A short, friendly note to Ben keeps you in mind without pressing.'],
    ['reference_heads_up', 'Cleo', 'Let Cleo know a call may come, so they are ready to speak for you.'],
    [
      'offer_in_writing',
      null,
      'A spoken offer is not an offer yet — ask for it in writing before you resign.',
    ],
    [
      'move_on',
      'Dan',
      'No reply after your check-ins — it may be time to close this one and focus elsewhere.',
    ],
  ] as const)('%s for %s', (kind, who, expected) => {
    expect(taskWhy(kind, who)).toBe(expected);
  });

  it('has one short sentence for every kind, with or without a name, never “null”', () => {
    for (const kind of TaskKind.options) {
      for (const who of ['Amy', null, '  ']) {
        const why = taskWhy(kind, who);
        expect(why).toMatch(/^[A-Z].{10,110}[.]$/);
        expect(why).not.toMatch(/null|undefined|\s{2}/);
      }
    }
  });
});

describe('firstName', () => {
  it.each([
    ['Amy Lee', 'Amy'],
    ['  Jean-Luc  Picard ', 'Jean-Luc'],
    ['Cher', 'Cher'],
    ['', null],
    [null, null],
  ])('%j → %j', (full, expected) => expect(firstName(full)).toBe(expected));
});
