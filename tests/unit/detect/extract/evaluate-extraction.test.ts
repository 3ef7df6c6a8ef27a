import { describe, expect, it } from 'vitest';
import type { Extraction, Person } from '../../../../lib/detect/email';
import {
  type ExpectedExtraction,
  evaluateExtraction,
  matchPeople,
  sameValue,
} from '../../../../lib/detect/evaluate-extraction';

function found(partial: Partial<Extraction>): Extraction {
  return {
    company: null,
    role: null,
    people: [],
    interviewAt: null,
    decisionBy: null,
    meetingLinks: [],
    instructions: { noContact: false, excludedChannels: [], mayCheckBackOn: null, evidence: [] },
    ...partial,
  };
}

const person = (p: Partial<Person>): Person => ({ name: null, email: null, phone: null, ...p });

describe('sameValue', () => {
  it.each([
    ['company', 'Acme Labs', ' acme labs ', true],
    ['company', 'Acme Labs', 'Acme', false],
    ['role', 'Data Analyst', 'DATA ANALYST', true],
    ['interviewAt', '2026-03-04T14:00:00-05:00', '2026-03-04T19:00:00Z', true],
    ['interviewAt', '2026-03-04T14:00:00-05:00', '2026-03-04T14:00:00+00:00', false],
    ['interviewAt', '2026-03-04T14:00:00-05:00', 'not a date', false],
    ['decisionBy', '2026-03-13', '2026-03-13', true],
    ['company', 'Acme', null, false],
  ] as const)('%s: %j vs %j → %s', (field, expected, got, same) => {
    expect(sameValue(field, expected, got)).toBe(same);
  });
});

describe('evaluateExtraction: scalar fields', () => {
  const cases: Array<{
    name: string;
    expected: ExpectedExtraction;
    found: Partial<Extraction>;
    want: object;
  }> = [
    {
      name: 'a hit after trim and case-fold',
      expected: { company: 'Acme' },
      found: { company: 'ACME ' },
      want: { company: { scored: 1, hits: 1, invented: 0, none: 0 } },
    },
    {
      name: 'a miss is scored, not invented',
      expected: { role: 'Data Analyst' },
      found: { role: 'Analyst' },
      want: { role: { scored: 1, hits: 0, invented: 0, none: 0 } },
    },
    {
      name: 'found where the reader wrote null: invented',
      expected: { interviewAt: null },
      found: { interviewAt: '2026-03-04T14:00:00-05:00' },
      want: { interviewAt: { scored: 0, hits: 0, invented: 1, none: 1 } },
    },
    {
      name: 'a field the reader left out is not counted at all',
      expected: {},
      found: { decisionBy: '2026-03-13' },
      want: { decisionBy: { scored: 0, hits: 0, invented: 0, none: 0 } },
    },
  ];
  it.each(cases)('$name', ({ expected, found: f, want }) => {
    expect(evaluateExtraction([{ expected, found: found(f) }])).toMatchObject(want);
  });
});

describe('evaluateExtraction: people', () => {
  it('matches by address or folded name, one to one, and scores precision and recall', () => {
    const s = evaluateExtraction([
      {
        expected: {
          people: [
            { name: 'Dana Ortiz', email: 'dana@acme.example', role: 'recruiter' },
            { name: 'Lee Chen', email: null, role: 'interviewer' },
            { name: 'Sam Roe', email: null, role: null },
          ],
        },
        found: found({
          people: [
            person({ name: 'D. Ortiz', email: 'DANA@acme.example', role: 'recruiter' }),
            person({ name: 'lee chen', role: 'hiring_manager' }),
            person({ name: 'Acme Robotics' }),
          ],
        }),
      },
    ]).people;
    expect(s).toMatchObject({ emails: 1, expected: 3, found: 3, matched: 2, roles: 2, rolesRight: 1 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
  });

  it('scores a phone on its owner: right number, missing, and given to the wrong person', () => {
    const s = evaluateExtraction([
      {
        expected: {
          people: [
            { name: 'Amy Lee', email: null, phone: '+1 (415) 555-0100' },
            { name: 'Bo Park', email: null, phone: '+1 415 555 0199' },
            { name: 'Cy Dunn', email: null, phone: null },
          ],
        },
        found: found({
          people: [
            person({ name: 'Amy Lee', phone: '+1 415-555-0100' }),
            person({ name: 'Bo Park' }),
            person({ name: 'Cy Dunn', phone: '+1 415 555 0199' }),
          ],
        }),
      },
    ]).people;
    expect(s).toMatchObject({ phones: 3, phonesRight: 1 });
    expect(s.phoneOwnerAccuracy).toBeCloseTo(1 / 3);
  });

  it('an empty expected list counts the email; found people there lower precision', () => {
    const s = evaluateExtraction([
      { expected: { people: [] }, found: found({ people: [person({ name: 'Northwind Robotics' })] }) },
      { expected: {}, found: found({ people: [person({ name: 'Not counted' })] }) },
    ]).people;
    expect(s).toMatchObject({ emails: 1, expected: 0, found: 1, matched: 0, precision: 0, recall: 1 });
  });

  it('an address match wins over a name match made earlier', () => {
    const pairs = matchPeople(
      [
        { name: 'Amy Lee', email: null },
        { name: 'Amy Lee', email: 'amy@b.example' },
      ],
      [person({ name: 'Amy Lee', email: 'amy@b.example' })],
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.[0].email).toBe('amy@b.example');
  });
});
