import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { UserSettings } from '@/lib/model';
import { TrackThreadParams } from '@/lib/messaging/gmail';
import { AddProfilePersonParams, TrackJobParams } from '@/lib/messaging/linkedin';
import { draftForProfile, profileStatus } from '@/lib/background/linkedin';
import { trackThread } from '@/lib/store/gmail';
import { addProfilePerson, trackJob } from '@/lib/store/linkedin';
import { saveOpportunity, saveSettings } from '@/lib/store/writes';
import { snapshot, useTestDb } from './fixtures';

const newDb = useTestDb('afterview-test-linkedin');
const now = new Date('2026-11-16T12:00:00-05:00');
const PRIYA = 'https://www.linkedin.com/in/priya-natarajan-example/';

async function setup() {
  const db = await newDb();
  await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York', name: 'Jordan Rivera' }), now);
  return db;
}

const add = (fields: Partial<z.input<typeof AddProfilePersonParams>> = {}) =>
  AddProfilePersonParams.parse({
    newOpportunity: { company: 'Brightwater Labs', role: 'Senior Product Analyst' },
    person: {
      name: 'Priya Natarajan',
      headline: 'Senior Recruiter at Brightwater Labs',
      profileUrl: PRIYA,
      role: 'recruiter',
    },
    ...fields,
  });

describe('LinkedIn into records', () => {
  it('adds a person from a profile to a new opportunity, and shows where they are tracked', async () => {
    const db = await setup();
    const { opportunityId, personId } = await addProfilePerson(db, add(), now);
    const all = await snapshot(db);
    expect(all.opportunities).toEqual([
      expect.objectContaining({ id: opportunityId, company: 'Brightwater Labs', status: 'applied' }),
    ]);
    expect(all.people).toEqual([
      expect.objectContaining({
        id: personId,
        linkedinUrl: PRIYA,
        role: 'recruiter',
        title: 'Senior Recruiter at Brightwater Labs',
      }),
    ]);
    expect(await profileStatus(db, PRIYA, 'en-US', now)).toEqual([
      expect.objectContaining({
        opportunityId,
        company: 'Brightwater Labs',
        status: 'applied',
        personRole: 'recruiter',
      }),
    ]);
    expect(await profileStatus(db, 'https://www.linkedin.com/in/someone-else/', 'en-US', now)).toEqual([]);
  });

  it('is the same person Gmail already knows (by name, then by profile URL)', async () => {
    const db = await setup();
    const tracked = await trackThread(
      db,
      TrackThreadParams.parse({
        threadId: 't1',
        company: 'Brightwater Labs',
        role: 'Senior Product Analyst',
        people: [{ name: 'Priya Natarajan', email: 'priya@brightwater.example', role: 'recruiter' }],
      }),
      now,
    );
    await addProfilePerson(db, add({ newOpportunity: null, opportunityId: tracked.opportunityId }), now);
    await addProfilePerson(
      db,
      add({
        newOpportunity: null,
        opportunityId: tracked.opportunityId,
        person: { name: 'P. Natarajan', headline: null, profileUrl: PRIYA, role: 'hiring_manager' },
      }),
      now,
    );
    const people = (await snapshot(db)).people;
    expect(people).toEqual([
      expect.objectContaining({
        email: 'priya@brightwater.example',
        linkedinUrl: PRIYA,
        role: 'hiring_manager',
      }),
    ]);
  });

  it('refuses an unknown opportunity and a URL that is not a LinkedIn profile, writing nothing', async () => {
    const db = await setup();
    const before = await snapshot(db);
    await expect(
      addProfilePerson(db, add({ newOpportunity: null, opportunityId: 'nope' }), now),
    ).rejects.toThrow(/nope/);
    expect(() =>
      add({
        person: { name: 'X', headline: null, profileUrl: 'https://evil.example/in/x/', role: 'recruiter' },
      }),
    ).toThrow(/LinkedIn profile URL/);
    expect(() => add({ opportunityId: 'o1' })).toThrow(/one of the two/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('tracks a job once, as applied, with its URL and place', async () => {
    const db = await setup();
    const job = TrackJobParams.parse({
      jobId: '4012345678',
      title: 'Product Analyst',
      company: 'Copperleaf',
      location: 'Chicago, IL',
      url: 'https://www.linkedin.com/jobs/view/4012345678/',
    });
    expect(await trackJob(db, job, now)).toMatchObject({ created: true });
    expect(await trackJob(db, job, now)).toMatchObject({ created: false });
    expect((await snapshot(db)).opportunities).toEqual([
      expect.objectContaining({
        role: 'Product Analyst',
        status: 'applied',
        location: 'Chicago, IL',
        jobUrl: job.url,
      }),
    ]);
  });

  it('suggests a connection note only once the process is over (R8), within 300 characters', async () => {
    const db = await setup();
    // R8 plans connection notes for the people who interviewed the user.
    const hiringManager = add();
    hiringManager.person.role = 'hiring_manager';
    const { opportunityId } = await addProfilePerson(db, hiringManager, now);
    const active = await draftForProfile(db, { profileUrl: PRIYA, note: true, locale: 'en-US' }, now);
    expect(active.draft).toBeNull();
    expect(active.reason).toMatch(/process is over/);
    const [opportunity] = (await snapshot(db)).opportunities as Array<Parameters<typeof saveOpportunity>[1]>;
    await saveOpportunity(
      db,
      { ...opportunity!, status: 'closed', outcome: 'rejected', outcomeAt: now.toISOString() },
      now,
    );
    const closed = await draftForProfile(db, { profileUrl: PRIYA, note: true, locale: 'en-US' }, now);
    expect(closed.draft?.text).toMatch(/^Hi Priya,/);
    expect(closed.draft!.text.length).toBeLessThanOrEqual(300);
    expect(opportunityId).toBeTruthy();
  });
});
