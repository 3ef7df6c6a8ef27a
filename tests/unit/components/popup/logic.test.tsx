import { describe, expect, it } from 'vitest';
import { matchesQuery, recordChannel, segments, snoozeUntil } from '@/components/popup/logic';
import { task } from './fixtures';

describe('snoozeUntil', () => {
  it.each([
    // 09:00 in New York on Monday March 2, 2026 (EST, UTC−5).
    ['later', '2026-03-02T14:00:00Z', 'America/New_York', '2026-03-02T17:00:00.000Z'],
    ['tomorrow', '2026-03-02T14:00:00Z', 'America/New_York', '2026-03-03T14:00:00.000Z'],
    // Daylight saving time starts March 8: 9:00 is then 13:00 UTC.
    ['nextWeek', '2026-03-02T14:00:00Z', 'America/New_York', '2026-03-09T13:00:00.000Z'],
    // Late evening in Tokyo is still "today" there: tomorrow is the next Tokyo day.
    ['tomorrow', '2026-03-02T14:30:00Z', 'Asia/Tokyo', '2026-03-03T00:00:00.000Z'],
    ['tomorrow', '2026-10-24T12:00:00Z', 'Europe/Berlin', '2026-10-25T08:00:00.000Z'],
  ] as const)('%s from %s in %s is %s', (choice, now, zone, expected) => {
    expect(snoozeUntil(choice, new Date(now), zone)).toBe(expected);
  });
});

describe('recordChannel', () => {
  it.each([
    ['email', 'email'],
    ['letter', 'letter'],
    ['phone', 'phone'],
    ['voicemail', 'voicemail'],
    ['linkedin', 'linkedin'],
    ['linkedin_note', 'linkedin'],
  ] as const)('%s → %s', (draft, record) => expect(recordChannel(draft)).toBe(record));
});

describe('matchesQuery', () => {
  const amy = task({ personName: 'Amélie Lee', company: 'Acme', role: 'Marketing Coordinator' });
  it.each([
    ['', true],
    ['amelie', true],
    ['ACME marketing', true],
    ['coordinator', true],
    ['thank', true],
    ['thank you', true],
    ['globex', false],
    ['acme globex', false],
  ])('%j → %s', (query, expected) => expect(matchesQuery(amy, query)).toBe(expected));
});

describe('segments', () => {
  it('cuts text along ranges, merging overlaps and ignoring empty ones', () => {
    expect(
      segments('Hi [a], see [b].', [
        { start: 3, end: 6 },
        { start: 12, end: 15 },
        { start: 4, end: 5 },
        { start: 9, end: 9 },
      ]),
    ).toEqual([
      { text: 'Hi ', mark: false },
      { text: '[a]', mark: true },
      { text: ', see ', mark: false },
      { text: '[b]', mark: true },
      { text: '.', mark: false },
    ]);
    expect(segments('', [])).toEqual([]);
  });
});
