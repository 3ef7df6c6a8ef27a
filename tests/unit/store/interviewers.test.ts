import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { UserSettings } from '@/lib/model';
import { TrackThreadParams } from '@/lib/messaging/gmail';
import { protocol } from '@/lib/messaging/protocol';
import { trackThread } from '@/lib/store/gmail';
import { setPersonEmail } from '@/lib/store/person-email';
import { NotFoundError, saveSettings } from '@/lib/store/writes';
import { snapshot, useTestDb } from './fixtures';

/**
 * Who was in the interview is the user's answer in the Track panel (`inInterview`), not a
 * role: everyone who was there is one of the interview's interviewers and gets a
 * thank-you (R2). And the draft screen's "Save this address to …".
 */
const newDb = useTestDb('afterview-test-interviewers');
const now = new Date('2026-03-02T15:00:00-05:00');

interface Person {
  id: string;
  name: string;
  role: string;
  email: string | null;
}
interface Interview {
  interviewers: string[];
}
interface Task {
  kind: string;
  person: string | null;
}

const rita = { name: 'Rita Gomez', email: 'rita@northwind.example', role: 'recruiter' as const };
const amy = { name: 'Amy Lee', email: 'amy@northwind.example', role: 'interviewer' as const };

const track = (fields: Partial<z.input<typeof TrackThreadParams>> = {}) =>
  TrackThreadParams.parse({
    threadId: 'thread-1',
    subject: 'Interview: Data Analyst',
    company: 'Northwind Traders',
    role: 'Data Analyst',
    people: [
      { ...rita, inInterview: true },
      { ...amy, inInterview: true },
    ],
    interviewAt: '2026-03-02T14:00:00-05:00',
    label: 'interview_scheduled',
    ...fields,
  });

async function setup() {
  const db = await newDb();
  await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York', name: 'Jordan Rivera' }), now);
  return db;
}

async function records(db: Awaited<ReturnType<typeof setup>>) {
  const all = await snapshot(db);
  const people = all.people as Person[];
  const byName = (name: string) => people.find((p) => p.name === name)!;
  return {
    people,
    byName,
    interviews: all.interviews as Interview[],
    thanked: (all.tasks as Task[])
      .filter((t) => t.kind === 'thank_you')
      .map((t) => people.find((p) => p.id === t.person)?.name)
      .sort(),
  };
}

describe('who was in the interview', () => {
  it('a recruiter who was in the interview is one of its interviewers and gets a thank-you', async () => {
    const db = await setup();
    await trackThread(db, track(), now);
    const { byName, interviews, thanked } = await records(db);
    expect(byName('Rita Gomez').role).toBe('recruiter');
    expect(interviews).toHaveLength(1);
    expect(new Set(interviews[0]!.interviewers)).toEqual(
      new Set([byName('Rita Gomez').id, byName('Amy Lee').id]),
    );
    expect(thanked).toEqual(['Amy Lee', 'Rita Gomez']);
  });

  it('someone the user did not meet gets no thank-you, whatever their role', async () => {
    const db = await setup();
    await trackThread(db, track({ people: [{ ...rita, inInterview: true }, amy] }), now);
    const { byName, people, interviews, thanked } = await records(db);
    expect(people).toHaveLength(2); // Amy is still on the opportunity…
    expect(interviews[0]!.interviewers).toEqual([byName('Rita Gomez').id]); // …but was not there
    expect(thanked).toEqual(['Rita Gomez']);
  });

  it('old callers still parse: inInterview defaults to false', () => {
    const parsed = TrackThreadParams.parse({
      threadId: 't',
      company: 'Acme',
      role: 'Analyst',
      people: [{ name: 'Amy Lee', role: 'interviewer' }],
    });
    expect(parsed.people[0]).toEqual({
      name: 'Amy Lee',
      email: null,
      phone: null,
      role: 'interviewer',
      inInterview: false,
    });
  });

  it('tracking again adds whoever else was there to the same interview; nobody is dropped', async () => {
    const db = await setup();
    await trackThread(db, track({ people: [{ ...amy, inInterview: true }] }), now);
    await trackThread(
      db,
      track({
        people: [
          { ...rita, inInterview: true },
          { ...amy, inInterview: false },
        ],
      }),
      now,
    );
    const { byName, interviews, thanked } = await records(db);
    expect(interviews).toHaveLength(1);
    expect(new Set(interviews[0]!.interviewers)).toEqual(
      new Set([byName('Amy Lee').id, byName('Rita Gomez').id]),
    );
    expect(thanked).toEqual(['Amy Lee', 'Rita Gomez']);
  });

  it('a person’s corrected address is kept when they had none', async () => {
    const db = await setup();
    await trackThread(db, track({ people: [{ name: 'Amy Lee', role: 'interviewer' }] }), now);
    await trackThread(db, track({ people: [{ ...amy, email: 'Amy.Lee@Northwind.example' }] }), now);
    const { people } = await records(db);
    expect(people).toEqual([
      expect.objectContaining({ name: 'Amy Lee', email: 'amy.lee@northwind.example' }),
    ]);
  });

  it('is all or nothing: a message that cannot be stored leaves no person and no interview', async () => {
    const db = await setup();
    const before = await snapshot(db);
    // Past the protocol's checks (as if a caller skipped them), the touch's own check refuses it.
    const input = {
      ...track(),
      messages: [
        {
          messageId: 'm1',
          from: rita,
          to: [],
          date: 'not a date',
          direction: 'received' as const,
          snippet: '',
          text: '',
          label: null,
        },
      ],
    };
    await expect(trackThread(db, input, now)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('saving an address to a person (setPersonEmail)', () => {
  it('changes that person’s email only, lower-cased, and replans', async () => {
    const db = await setup();
    const { opportunityId } = await trackThread(
      db,
      track({ people: [{ ...amy, email: null, inInterview: true }] }),
      now,
    );
    const { byName } = await records(db);
    const saved = await setPersonEmail(
      db,
      { opportunityId, personId: byName('Amy Lee').id, email: ' Amy.Lee@Northwind.example ' },
      now,
    );
    expect(saved).toMatchObject({ name: 'Amy Lee', role: 'interviewer', email: 'amy.lee@northwind.example' });
    expect((await records(db)).people).toEqual([saved]);
  });

  it('refuses a person who is not on that opportunity, and writes nothing', async () => {
    const db = await setup();
    const { opportunityId } = await trackThread(db, track(), now);
    const before = await snapshot(db);
    await expect(
      setPersonEmail(db, { opportunityId, personId: 'nobody', email: 'a@b.example' }, now),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('the protocol takes only something that looks like an address', () => {
    const params = protocol.setPersonEmail.params;
    const ok = { opportunityId: 'o1', personId: 'p1' };
    expect(params.safeParse({ ...ok, email: 'amy@acme.example' }).success).toBe(true);
    for (const email of ['amy', 'amy@acme', 'Amy <amy@acme.example>', 'a@b.example, c@d.example', '']) {
      expect(params.safeParse({ ...ok, email }).success, email).toBe(false);
    }
    expect(protocol.setPersonEmail.callers).toEqual(['extension']);
  });
});
