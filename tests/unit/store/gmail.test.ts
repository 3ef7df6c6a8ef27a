import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { UserSettings } from '@/lib/model';
import { TrackThreadParams, type ThreadMessage } from '@/lib/messaging/gmail';
import { draftFollowUp, threadStatuses } from '@/lib/background/gmail';
import { confirmOutcome, recordThreadMessages, trackThread } from '@/lib/store/gmail';
import { saveSettings } from '@/lib/store/writes';
import { snapshot, useTestDb } from './fixtures';

const newDb = useTestDb('afterview-test-gmail');
const now = new Date('2026-03-02T15:00:00-05:00');

const rita = { name: 'Rita Gomez', email: 'rita@northwind.example' };
const me = { name: 'Jordan Rivera', email: 'jordan.rivera@example.com' };

function message(id: string, fields: Partial<ThreadMessage> = {}): ThreadMessage {
  return {
    messageId: id,
    from: rita,
    to: [me],
    date: '2026-02-25T10:00:00-05:00',
    direction: 'received',
    snippet: 'Could you do Monday at 2pm?',
    text: 'Hi Jordan, could you do Monday at 2pm? The whole body of the message.',
    label: 'interview_request',
    ...fields,
  };
}

const track = (fields: Partial<z.input<typeof TrackThreadParams>> = {}) =>
  TrackThreadParams.parse({
    threadId: 'thread-1',
    subject: 'Interview: Data Analyst',
    company: 'Northwind Traders',
    role: 'Data Analyst',
    people: [
      { ...rita, role: 'recruiter' },
      { name: 'Amy Lee', email: 'amy@northwind.example', role: 'interviewer', inInterview: true },
    ],
    interviewAt: '2026-03-02T14:00:00-05:00',
    decisionBy: '2026-03-13',
    label: 'interview_scheduled',
    evidence: [{ quote: 'could you do Monday at 2pm', where: 'body' }],
    messages: [
      message('m1'),
      message('m2', {
        from: me,
        to: [rita],
        direction: 'sent',
        label: null,
        date: '2026-02-25T11:00:00-05:00',
      }),
    ],
    ...fields,
  });

async function setup() {
  const db = await newDb();
  await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York', name: 'Jordan Rivera' }), now);
  return db;
}

describe('tracking a Gmail thread', () => {
  it('creates the opportunity, people, interview and one touch per message, links the thread and plans', async () => {
    const db = await setup();
    const result = await trackThread(db, track(), now);
    expect(result.added).toBe(2);
    const all = await snapshot(db);
    expect(all.opportunities).toEqual([
      expect.objectContaining({ company: 'Northwind Traders', status: 'interviewing' }),
    ]);
    expect((all.people as Array<{ name: string; role: string }>).map((p) => [p.name, p.role]).sort()).toEqual(
      [
        ['Amy Lee', 'interviewer'],
        ['Rita Gomez', 'recruiter'],
      ],
    );
    expect(all.interviews).toEqual([
      expect.objectContaining({
        start: '2026-03-02T14:00:00-05:00',
        decisionBy: '2026-03-13',
        interviewers: [expect.any(String)],
      }),
    ]);
    expect(
      (all.touches as Array<{ direction: string; purpose: string }>)
        .map((t) => [t.direction, t.purpose])
        .sort(),
    ).toEqual([
      ['received', 'scheduling'],
      ['sent', 'reply'],
    ]);
    expect(all.threads).toEqual([
      expect.objectContaining({
        threadId: 'thread-1',
        label: 'interview_scheduled',
        opportunityId: result.opportunityId,
      }),
    ]);
    const kinds = (all.tasks as Array<{ kind: string }>).map((t) => t.kind);
    expect(kinds).toContain('thank_you');
    expect(kinds).toContain('check_in');
  });

  it('keeps only a snippet of each email unless the user asked for whole texts', async () => {
    const db = await setup();
    await trackThread(db, track(), now);
    const touches = (await snapshot(db)).touches as Array<{ snippet: string; body: string | null }>;
    expect(touches.every((t) => t.body === null && t.snippet.length <= 300)).toBe(true);

    const keeping = await newDb();
    await saveSettings(keeping, UserSettings.parse({ timeZone: 'UTC', keepEmailText: true }), now);
    await trackThread(keeping, track(), now);
    expect(((await snapshot(keeping)).touches as Array<{ body: string }>)[0]!.body).toContain(
      'The whole body',
    );
  });

  it('tracking again updates the same opportunity and people and records nothing twice', async () => {
    const db = await setup();
    const first = await trackThread(db, track(), now);
    const again = await trackThread(
      db,
      track({
        role: 'Senior Data Analyst',
        people: [{ ...rita, email: 'RITA@northwind.example', role: 'recruiter' }],
      }),
      now,
    );
    expect(again).toEqual({ opportunityId: first.opportunityId, threadId: 'thread-1', added: 0 });
    const all = await snapshot(db);
    expect(all.opportunities).toEqual([expect.objectContaining({ role: 'Senior Data Analyst' })]);
    expect(all.people).toHaveLength(2);
    expect(all.interviews).toHaveLength(1);
    expect(all.touches).toHaveLength(2);
  });

  it('records a new employer reply in a tracked thread once, which replans the check-ins from it (R5.5)', async () => {
    const db = await setup();
    const { opportunityId } = await trackThread(db, track(), now);
    const checkInsBefore = ((await snapshot(db)).tasks as Array<{ kind: string; due: string }>).filter(
      (t) => t.kind === 'check_in',
    );
    const reply = message('m3', {
      date: '2026-03-16T10:00:00-04:00',
      label: 'status_update',
      snippet: 'Still deciding',
    });
    const later = new Date('2026-03-16T11:00:00-04:00');
    expect(await recordThreadMessages(db, 'thread-1', [reply], later)).toEqual({ added: 1, tracked: true });
    expect(await recordThreadMessages(db, 'thread-1', [reply], later)).toEqual({ added: 0, tracked: true });
    const checkInsAfter = (
      (await snapshot(db)).tasks as Array<{ kind: string; due: string; opportunityId: string }>
    ).filter((t) => t.kind === 'check_in' && t.opportunityId === opportunityId);
    expect(checkInsAfter[0]!.due).not.toBe(checkInsBefore[0]!.due);
    expect(Date.parse(checkInsAfter[0]!.due)).toBeGreaterThan(Date.parse('2026-03-16T10:00:00-04:00'));
  });

  it('records nothing for a thread that is not tracked', async () => {
    const db = await setup();
    const before = await snapshot(db);
    expect(await recordThreadMessages(db, 'unknown', [message('m9')], now)).toEqual({
      added: 0,
      tracked: false,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('applies an outcome only when the user confirms it', async () => {
    const db = await setup();
    await trackThread(db, track(), now);
    await recordThreadMessages(
      db,
      'thread-1',
      [message('m4', { label: 'rejection', date: '2026-03-10T09:00:00-04:00' })],
      now,
    );
    expect((await snapshot(db)).opportunities).toEqual([
      expect.objectContaining({ status: 'interviewing', outcome: null }),
    ]);
    await confirmOutcome(db, { threadId: 'thread-1', outcome: 'rejected', messageId: 'm4' }, now);
    const all = await snapshot(db);
    expect(all.opportunities).toEqual([expect.objectContaining({ status: 'closed', outcome: 'rejected' })]);
    expect(all.touches).toContainEqual(
      expect.objectContaining({ gmailMessageId: 'm4', purpose: 'rejection' }),
    );
    expect(
      (all.tasks as Array<{ kind: string; state: string }>)
        .filter((t) => t.state === 'pending')
        .map((t) => t.kind)
        .sort(),
    ).toEqual(['linkedin_connect', 'rejection_reply']);
  });

  it('gives tracked threads a status chip and ignores the rest', async () => {
    const db = await setup();
    await trackThread(db, track(), now);
    const statuses = await threadStatuses(db, ['thread-1', 'thread-2'], 'en-US', now);
    expect(statuses).toEqual([
      expect.objectContaining({
        threadId: 'thread-1',
        company: 'Northwind Traders',
        text: 'Notes due today',
        tone: 'due',
      }),
    ]);
  });

  it('drafts the follow-up due for the people in a reply or compose window', async () => {
    const db = await setup();
    await trackThread(db, track(), now);
    const draft = await draftFollowUp(
      db,
      { threadId: null, emails: ['amy@northwind.example'], locale: 'en-US' },
      now,
    );
    expect(draft?.title).toBe('Send a thank-you — Amy Lee');
    expect(draft?.text).toMatch(/^Hi Amy,/);
    expect(draft?.final).toBe(false); // no notes yet: the specific detail is a gap
    expect(draft?.text).toContain('[something specific Amy said]');
    expect(
      await draftFollowUp(db, { threadId: null, emails: ['stranger@example.com'], locale: 'en-US' }, now),
    ).toBeNull();
  });
});
