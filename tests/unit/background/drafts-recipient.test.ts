import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { draftTask } from '@/lib/background/drafts';
import { UserSettings } from '@/lib/model';
import { TrackThreadParams } from '@/lib/messaging/gmail';
import { confirmOutcome, trackThread } from '@/lib/store/gmail';
import { saveSettings } from '@/lib/store/writes';
import { snapshot, useTestDb } from '../store/fixtures';

/**
 * "Reply graciously" to a rejection an applicant-tracking system sent: the draft never goes
 * to the no-reply address; it goes to the recruiter or hiring manager, or says whom to find.
 */
const newDb = useTestDb('afterview-test-drafts-recipient');
const now = new Date('2026-03-10T15:00:00-05:00');

const greenhouse = { name: 'Northwind via Greenhouse', email: 'no-reply@greenhouse.io' };

async function rejected(people: z.input<typeof TrackThreadParams>['people']) {
  const db = await newDb();
  await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York', name: 'Jordan Rivera' }), now);
  const { opportunityId } = await trackThread(
    db,
    TrackThreadParams.parse({
      threadId: 'thread-1',
      company: 'Northwind Traders',
      role: 'Data Analyst',
      people,
      label: 'rejection',
      messages: [
        {
          messageId: 'm1',
          from: greenhouse,
          to: [{ name: 'Jordan Rivera', email: 'jordan@example.com' }],
          date: '2026-03-09T10:00:00-05:00',
          direction: 'received',
          label: 'rejection',
        },
      ],
    }),
    now,
  );
  await confirmOutcome(db, { threadId: 'thread-1', outcome: 'rejected', messageId: 'm1' }, now);
  const tasks = (await snapshot(db)).tasks as Array<{ id: string; kind: string; opportunityId: string }>;
  const reply = tasks.find((t) => t.kind === 'rejection_reply' && t.opportunityId === opportunityId)!;
  const draft = await draftTask(
    db,
    { opportunityId, taskId: reply.id, tone: null, channel: null, locale: 'en-US' },
    now,
  );
  return draft!;
}

describe('a draft’s recipient is never a no-reply address', () => {
  it('goes to the recruiter instead, and says why', async () => {
    const draft = await rejected([
      { ...greenhouse, role: 'recruiter' },
      { name: 'Rita Gomez', email: 'rita@northwind.example', role: 'recruiter' },
      { name: 'Amy Lee', email: 'amy@northwind.example', role: 'interviewer', inInterview: true },
    ]);
    expect(draft.channel).toBe('email');
    expect(draft.recipient).toMatchObject({ name: 'Rita Gomez', email: 'rita@northwind.example' });
    expect(draft.recipient?.id).toEqual(expect.any(String));
    expect(draft.body.text).toMatch(/^Hi Rita,/);
    expect(draft.recipientNote).toBe(
      'no-reply@greenhouse.io is an address nobody reads, so this goes to Rita Gomez, the recruiter, instead.',
    );
  });

  it('goes to the hiring manager when there is no recruiter', async () => {
    const draft = await rejected([
      { ...greenhouse, role: 'recruiter' },
      { name: 'Mark Jones', email: 'mark@northwind.example', role: 'hiring_manager' },
    ]);
    expect(draft.recipient).toMatchObject({ name: 'Mark Jones', email: 'mark@northwind.example' });
    expect(draft.recipientNote).toMatch(/so this goes to Mark Jones, the hiring manager, instead\.$/);
  });

  it('with nobody else to write to, has no recipient and says whom to find', async () => {
    const draft = await rejected([{ ...greenhouse, role: 'recruiter' }]);
    expect(draft.recipient).toBeNull();
    expect(draft.title).toBe('Reply graciously');
    expect(draft.recipientNote).toBe(
      'This came from an address nobody reads — find the recruiter’s or hiring manager’s address (their LinkedIn profile or the company’s careers page) and send it there.',
    );
    expect(draft.body.text).not.toContain('Greenhouse');
  });

  it('with no one on the opportunity at all, says whom to find too', async () => {
    const draft = await rejected([]);
    expect(draft.recipient).toBeNull();
    expect(draft.recipientNote).toMatch(
      /^Afterview does not know whom to send this to — find the recruiter’s/,
    );
  });

  it('leaves a real person’s draft as it was', async () => {
    const draft = await rejected([
      { name: 'Rita Gomez', email: 'rita@northwind.example', role: 'recruiter' },
    ]);
    expect(draft.recipient).toMatchObject({ name: 'Rita Gomez', email: 'rita@northwind.example' });
    expect(draft.recipientNote).toBeNull();
  });
});
