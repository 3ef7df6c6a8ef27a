import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { datesOfMessage, readNoticed } from '@/lib/background/replies';
import { NoticeReplyParams, type ThreadMessage, TrackThreadParams } from '@/lib/messaging/gmail';
import { UserSettings } from '@/lib/model';
import { recordThreadMessages, trackThread } from '@/lib/store/gmail';
import { listProposals, type NoticedMessage, noticeReply, resolveProposal } from '@/lib/store/replies';
import { saveSettings } from '@/lib/store/writes';
import { useTestDb } from './fixtures';

const newDb = useTestDb('afterview-test-replies');
// The interview was this morning; now is the afternoon.
const now = new Date('2026-12-01T15:00:00-05:00');

const rita = { name: 'Rita Gomez', email: 'rita@northwind.example' };
const amy = { name: 'Amy Lee', email: 'amy@northwind.example' };
const me = { name: 'Jordan Rivera', email: 'jordan.rivera@example.com' };

function message(id: string, date: string, fields: Partial<ThreadMessage> = {}): ThreadMessage {
  return {
    messageId: id,
    from: rita,
    to: [me],
    date,
    direction: 'received',
    snippet: 'Your interview is confirmed.',
    text: 'Hi Jordan, your interview is confirmed for Tuesday at 10am with Amy Lee.',
    label: 'interview_scheduled',
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
      { ...amy, role: 'interviewer', inInterview: true },
    ],
    interviewAt: '2026-12-01T10:00:00-05:00',
    label: 'interview_scheduled',
    messages: [message('m1', '2026-11-27T09:00:00-05:00')],
    ...fields,
  });

/** A row's newest message, read as the background reads it. */
function noticed(fields: Partial<z.input<typeof NoticeReplyParams>>): NoticedMessage {
  const params = NoticeReplyParams.parse({
    threadId: 'thread-1',
    at: '2026-12-01T16:00:00-05:00',
    from: rita,
    fromUser: false,
    subject: 'Interview: Data Analyst',
    snippet: 'Thanks for coming in today.',
    ...fields,
  });
  return { ...params, reading: readNoticed(params) };
}

async function setup() {
  const db = await newDb();
  await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York', name: 'Jordan Rivera' }), now);
  await trackThread(db, track(), now);
  return db;
}

const later = new Date('2026-12-01T17:00:00-05:00');

describe("the reply watch: a tracked thread's newer message seen in a list", () => {
  it('knows the newest message of a tracked thread', async () => {
    const db = await setup();
    expect((await db.get('threads', 'thread-1'))?.lastMessageAt).toBe('2026-11-27T09:00:00-05:00');
  });

  it('records an employer reply once, and proposes its new decision date', async () => {
    const db = await setup();
    const reply = noticed({
      snippet: 'Hi Jordan, thanks for your patience — we will update you by Wednesday, December 9.',
    });
    expect(await noticeReply(db, reply, later)).toEqual({ recorded: true, proposed: 1 });
    // The same row seen again is not news.
    expect(await noticeReply(db, reply, later)).toEqual({ recorded: false, proposed: 0 });
    const touches = await db.getAllFromIndex(
      'touches',
      'by-opportunity',
      (await db.getAll('opportunities'))[0]!.id,
    );
    const received = touches.filter((t) => t.at === reply.at);
    expect(received).toEqual([
      expect.objectContaining({ direction: 'received', channel: 'email', decisionBy: null }),
    ]);
    const [proposal] = await listProposals(db);
    expect(proposal).toMatchObject({
      kind: 'decision_by',
      day: '2026-12-09',
      company: 'Northwind Traders',
      from: 'Rita Gomez',
    });
    expect(proposal!.quote).toMatch(/December 9/);

    // Opening the thread later does not record the same message twice.
    const real = message('m2', reply.at, {
      snippet: reply.snippet,
      text: reply.snippet,
      label: 'status_update',
    });
    expect((await recordThreadMessages(db, 'thread-1', [real], later)).added).toBe(0);
  });

  it('moves the check-in once the user confirms the date, and not before', async () => {
    const db = await setup();
    await noticeReply(
      db,
      noticed({ snippet: 'We will update you by Wednesday, December 9. Thanks for your patience.' }),
      later,
    );
    const checkIns = async () =>
      (await db.getAll('tasks')).filter((t) => t.kind === 'check_in' && t.open === 1);
    const before = (await checkIns())[0]!;
    expect(Date.parse(before.due)).toBeLessThan(Date.parse('2026-12-10T00:00:00-05:00'));
    const [proposal] = await listProposals(db);
    expect(await resolveProposal(db, { id: proposal!.id, apply: true }, later)).toEqual({ applied: true });
    const after = (await checkIns())[0]!;
    // R5.2: the first check-in comes after the decision date they gave.
    expect(Date.parse(after.due)).toBeGreaterThanOrEqual(Date.parse('2026-12-10T00:00:00-05:00'));
    expect(await listProposals(db)).toEqual([]);
  });

  it('proposes an outcome with its quote, applied only when confirmed', async () => {
    const db = await setup();
    await noticeReply(
      db,
      noticed({
        subject: 'Update on your application',
        snippet:
          'Hi Jordan, thank you for interviewing with us. After careful consideration, we have decided not to move forward with your candidacy at this time.',
      }),
      later,
    );
    const [proposal] = await listProposals(db);
    expect(proposal).toMatchObject({ kind: 'outcome', outcome: 'rejected' });
    expect((await db.getAll('opportunities'))[0]!.status).toBe('interviewing');
    await resolveProposal(db, { id: proposal!.id, apply: false }, later);
    expect((await db.getAll('opportunities'))[0]!.status).toBe('interviewing');
    expect(await listProposals(db)).toEqual([]);
  });

  it('proposes "Mark as sent" for the thank-you the user wrote to the interviewer, and marks it when confirmed', async () => {
    const db = await setup();
    const sent = noticed({
      from: { name: null, email: me.email },
      fromUser: true,
      participants: [amy.email],
      snippet: 'Thank you for your time today, Amy.',
    });
    expect(await noticeReply(db, sent, later)).toEqual({ recorded: false, proposed: 1 });
    const [proposal] = await listProposals(db);
    expect(proposal).toMatchObject({ kind: 'mark_sent', taskKind: 'thank_you' });
    expect(proposal!.taskId).toMatch(/^thank_you:.*:/);
    await resolveProposal(db, { id: proposal!.id, apply: true }, later);
    const task = (await db.getAll('tasks')).find((t) => t.id === proposal!.taskId);
    expect(task?.state).toBe('done');
  });

  it('proposes "Mark as sent" for the user\'s message seen in the open thread, completing that message', async () => {
    const db = await setup();
    const mine = message('m9', '2026-12-01T16:30:00-05:00', {
      from: me,
      to: [amy],
      direction: 'sent',
      label: null,
      snippet: 'Thank you for your time today, Amy.',
    });
    expect((await recordThreadMessages(db, 'thread-1', [mine], later)).added).toBe(1);
    const [proposal] = await listProposals(db);
    expect(proposal).toMatchObject({ kind: 'mark_sent', taskKind: 'thank_you' });
    expect(proposal!.touchId).not.toBeNull();
    // Seen again: no second proposal.
    await recordThreadMessages(db, 'thread-1', [mine], later);
    expect(await listProposals(db)).toHaveLength(1);
    const touchesBefore = (await db.getAll('touches')).length;
    await resolveProposal(db, { id: proposal!.id, apply: true }, later);
    const touches = await db.getAll('touches');
    // The message itself becomes the thank-you: no second touch for it.
    expect(touches).toHaveLength(touchesBefore);
    expect(touches.find((t) => t.id === proposal!.touchId)).toMatchObject({
      purpose: 'thank_you',
      direction: 'sent',
    });
    expect((await db.getAll('tasks')).find((t) => t.id === proposal!.taskId)?.state).toBe('done');
  });

  it('proposes the decision date a reply names in the open thread, on that reply', async () => {
    const db = await setup();
    const reply = message('m3', '2026-12-02T09:00:00-05:00', {
      label: 'status_update',
      snippet: 'A quick update',
      text: 'Hi Jordan, thanks for your patience. We will update you by Wednesday, December 9.',
    });
    await recordThreadMessages(db, 'thread-1', [reply], later, datesOfMessage);
    const [proposal] = await listProposals(db);
    expect(proposal).toMatchObject({ kind: 'decision_by', day: '2026-12-09', from: 'Rita Gomez' });
    expect(proposal!.quote).toMatch(/update you by Wednesday, December 9/);
    const touch = (await db.getAll('touches')).find((t) => t.id === proposal!.touchId);
    expect(touch).toMatchObject({ direction: 'received', gmailMessageId: 'm3', decisionBy: null });
    // The user's own message names no date to propose.
    const mine = message('m4', '2026-12-02T10:00:00-05:00', {
      from: me,
      to: [rita],
      direction: 'sent',
      label: null,
    });
    expect(datesOfMessage(mine, 'Interview: Data Analyst')).toBeNull();
  });

  it('starts from the row when the thread was tracked without its messages', async () => {
    const db = await newDb();
    await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York' }), now);
    await trackThread(db, track({ messages: [] }), now);
    expect(await noticeReply(db, noticed({}), later)).toEqual({ recorded: false, proposed: 0 });
    expect((await db.get('threads', 'thread-1'))?.lastMessageAt).toBe('2026-12-01T16:00:00-05:00');
    expect(
      await noticeReply(db, noticed({ at: '2026-12-02T09:00:00-05:00', snippet: 'A quick update.' }), later),
    ).toMatchObject({ recorded: true });
  });

  it('ignores a thread that is not tracked', async () => {
    const db = await setup();
    expect(await noticeReply(db, noticed({ threadId: 'elsewhere' }), later)).toEqual({
      recorded: false,
      proposed: 0,
    });
  });
});
