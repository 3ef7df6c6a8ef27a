import { describe, expect, it } from 'vitest';
import { TrackThreadParams } from '@/lib/messaging/gmail';
import { trackThread } from '@/lib/store/gmail';
import { trackJob } from '@/lib/store/linkedin';
import { SameJobError, saveOpportunity } from '@/lib/store/writes';
import { opportunity, useTestDb } from './fixtures';

const newDb = useTestDb('afterview-test-same-job');
const now = new Date('2026-12-01T15:00:00-05:00');

const track = (threadId: string, fields: Partial<TrackThreadParams> = {}) =>
  TrackThreadParams.parse({
    threadId,
    company: 'Brightwater Labs, Inc.',
    role: 'Sr. Product Analyst',
    label: 'interview_request',
    ...fields,
  });

async function withOffer() {
  const db = await newDb();
  const { id } = await saveOpportunity(
    db,
    opportunity(undefined, { company: 'Brightwater Labs', role: 'Senior Product Analyst', status: 'offer' }),
    now,
  );
  return { db, id };
}

describe('one opportunity per job', () => {
  it('refuses a second opportunity for a job already followed, naming it, and writes nothing', async () => {
    const { db } = await withOffer();
    const refused = trackThread(db, track('t1'), now);
    await expect(refused).rejects.toBeInstanceOf(SameJobError);
    await expect(refused).rejects.toThrow(
      /already follow Senior Product Analyst at Brightwater Labs \(offer\)/,
    );
    expect(await db.getAll('opportunities')).toHaveLength(1);
    expect(await db.getAll('threads')).toEqual([]);
  });

  it('attaches when the user picks it, and follows another job when the user says so', async () => {
    const { db, id } = await withOffer();
    expect((await trackThread(db, track('t1', { opportunityId: id }), now)).opportunityId).toBe(id);
    const other = await trackThread(db, track('t2', { newJob: true }), now);
    expect(other.opportunityId).not.toBe(id);
    expect(await db.getAll('opportunities')).toHaveLength(2);
  });

  it('a closed opportunity for the same job does not stand in the way', async () => {
    const db = await newDb();
    await saveOpportunity(
      db,
      opportunity(undefined, {
        company: 'Brightwater Labs',
        role: 'Senior Product Analyst',
        status: 'closed',
        outcome: 'rejected',
      }),
      now,
    );
    await expect(trackThread(db, track('t1'), now)).resolves.toMatchObject({ added: 0 });
  });

  it('links a LinkedIn posting of a job already at Offer to it, never a second "applied" one', async () => {
    const { db, id } = await withOffer();
    const result = await trackJob(
      db,
      {
        jobId: '4012345678',
        title: 'Senior Product Analyst',
        company: 'Brightwater Labs',
        location: 'Remote',
        url: 'https://www.linkedin.com/jobs/view/4012345678/',
      },
      now,
    );
    expect(result).toEqual({ opportunityId: id, created: false, linked: true });
    const [only] = await db.getAll('opportunities');
    expect(only).toMatchObject({ status: 'offer', jobUrl: 'https://www.linkedin.com/jobs/view/4012345678/' });
  });
});
