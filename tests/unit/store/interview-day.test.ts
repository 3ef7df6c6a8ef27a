import { describe, expect, it } from 'vitest';
import { UserSettings } from '@/lib/model';
import { popupData } from '@/lib/store/queries';
import { saveInterview, saveOpportunity, saveSettings } from '@/lib/store/writes';
import { interview, opportunity, useTestDb } from './fixtures';

// Interview-day quiet (issue 16): the popup data says whether an interview starts today.
const newDb = useTestDb('afterview-test-interview-day');
const now = new Date('2026-03-03T09:00:00-05:00');
const newYork = UserSettings.parse({ timeZone: 'America/New_York' });

/** A database with Brightwater Labs and its interviews starting at `starts` (New York). */
async function withInterviews(starts: string[], fields: Partial<Parameters<typeof opportunity>[1]> = {}) {
  const db = await newDb();
  await saveSettings(db, newYork, now);
  const saved = await saveOpportunity(
    db,
    opportunity(undefined, { company: 'Brightwater Labs', ...fields }),
    now,
  );
  for (const [i, start] of starts.entries()) {
    const end = new Date(Date.parse(start) + 3_600_000).toISOString();
    await saveInterview(db, interview(`i${i + 1}`, saved.id, { start, end, round: i + 1 }), now);
  }
  return { db, id: saved.id };
}

describe('popup data on an interview day', () => {
  it('says an interview starts today, with its time and company, and folds from the end of the 7th day', async () => {
    const { db, id } = await withInterviews(['2026-03-03T14:00:00-05:00']);
    const data = await popupData(db, now.getTime());
    expect(data.interviewToday).toEqual({
      start: '2026-03-03T14:00:00-05:00',
      company: 'Brightwater Labs',
      opportunityId: id,
      over: false,
      // Mar 10 ends in daylight time (the clocks changed on Mar 8): days, not 7 × 24 hours.
      foldAfter: Date.parse('2026-03-11T00:00:00-04:00') - 1,
    });
  });

  it.each([
    ['yesterday', '2026-03-02T14:00:00-05:00'],
    ['tomorrow', '2026-03-04T09:00:00-05:00'],
    ['tomorrow in New York though today in UTC', '2026-03-04T00:30:00-05:00'],
  ])('says nothing for an interview %s', async (_, start) => {
    const { db } = await withInterviews([start]);
    expect((await popupData(db, now.getTime())).interviewToday).toBeNull();
  });

  it('counts the day in the user zone: 21:00 in New York is today, though tomorrow in UTC', async () => {
    const evening = Date.parse('2026-03-03T20:00:00-05:00');
    const { db } = await withInterviews(['2026-03-04T02:00:00Z']);
    expect((await popupData(db, evening)).interviewToday).toMatchObject({ start: '2026-03-04T02:00:00Z' });
  });

  it('names the next interview not yet over, and the last one once all are over', async () => {
    const { db } = await withInterviews(['2026-03-03T08:00:00-05:00', '2026-03-03T16:00:00-05:00']);
    expect((await popupData(db, now.getTime())).interviewToday).toMatchObject({
      start: '2026-03-03T16:00:00-05:00',
      over: false,
    });
    const evening = Date.parse('2026-03-03T18:00:00-05:00');
    expect((await popupData(db, evening)).interviewToday).toMatchObject({
      start: '2026-03-03T16:00:00-05:00',
      over: true,
    });
  });

  it('does not count a sample interview', async () => {
    const { db } = await withInterviews(['2026-03-03T14:00:00-05:00'], { demo: true });
    expect((await popupData(db, now.getTime())).interviewToday).toBeNull();
  });

  it('says nothing when there are no interviews at all', async () => {
    const db = await newDb();
    await saveSettings(db, newYork, now);
    expect((await popupData(db, now.getTime())).interviewToday).toBeNull();
  });
});
