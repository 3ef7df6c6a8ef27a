import { describe, expect, it } from 'vitest';
import { draftTask } from '@/lib/background/drafts';
import { InterviewNotes, UserSettings } from '@/lib/model';
import { DraftView } from '@/lib/messaging/ui';
import { type Db } from '@/lib/store/db';
import {
  addTouch,
  saveInterview,
  saveOpportunity,
  savePerson,
  saveSettings,
  saveTemplate,
} from '@/lib/store/writes';
import { recheck } from '@/lib/templates/compose';
import { interview, opportunity, person, touch, useTestDb } from '../store/fixtures';

/**
 * Issue 16, wired: a thank-you's draft carries the other thank-yous of its opportunity
 * (the other open thank-you tasks' drafts, and the sent ones whose text is kept), so the
 * popup's recheck flags a paragraph the user copies from one note into another.
 */
const newDb = useTestDb('afterview-test-drafts-other-notes');
/** An hour after the fixture interview (Mar 2 14:00–15:00 New York): thank-yous are due. */
const now = new Date('2026-03-02T16:00:00-05:00');

const PEOPLE = {
  priya: { name: 'Priya Shah', said: 'the migration to the new billing system' },
  marcus: { name: 'Marcus Webb', said: 'the plan to retire the old warehouse' },
  sam: { name: 'Sam Ortiz', said: 'how the on-call rota works' },
} as const;
type Who = keyof typeof PEOPLE;

async function setup(interviewers: Who[], settings: Partial<UserSettings> = {}) {
  const db = await newDb();
  await saveSettings(
    db,
    UserSettings.parse({ timeZone: 'America/New_York', name: 'Jordan Rivera', ...settings }),
    now,
  );
  const { id } = await saveOpportunity(
    db,
    opportunity(undefined, { company: 'Northwind Traders', role: 'Data Analyst' }),
    now,
  );
  for (const who of interviewers) {
    await savePerson(db, person(who, id, { name: PEOPLE[who].name }), now);
  }
  const specifics = Object.fromEntries(interviewers.map((who) => [who, PEOPLE[who].said]));
  await saveInterview(
    db,
    interview('i1', id, {
      interviewers,
      notes: InterviewNotes.parse({
        specifics,
        strength: 'untangling messy data',
        evidence: 'I cut our weekly report from three days to four hours',
      }),
    }),
    now,
  );
  return { db, opportunityId: id };
}

/** The thank-you to this person as the popup receives it: through the message schema. */
async function thankYou(db: Db, opportunityId: string, who: string): Promise<DraftView> {
  const draft = await draftTask(
    db,
    { opportunityId, taskId: `thank_you:i1:${who}`, tone: null, channel: null, locale: 'en-US' },
    now,
  );
  expect(draft).not.toBeNull();
  return DraftView.parse(JSON.parse(JSON.stringify(draft)));
}

const shared = <F extends { code: string }>(flags: F[]) => flags.filter((f) => f.code === 'shared_paragraph');

/** The paragraphs between the greeting and the sign-off. */
function middle(text: string): string[] {
  return text.split('\n\n').slice(1, -1);
}

/** Marcus's note with its paragraph about his strength (the third) replaced by this one. */
function withParagraph(text: string, paragraph: string): string {
  const mine = middle(text)[2]!;
  expect(text).toContain(mine);
  return text.replace(mine, paragraph);
}

describe('a thank-you is proofread against the other thank-yous of its opportunity', () => {
  it('the popup gets the other interviewer’s draft, and flags a paragraph copied from it', async () => {
    const { db, opportunityId } = await setup(['priya', 'marcus']);
    const priya = await thankYou(db, opportunityId, 'priya');
    const marcus = await thankYou(db, opportunityId, 'marcus');

    // Each is given the other's default draft, composed the same way, by name.
    expect(marcus.check.otherNotes).toEqual([{ to: 'Priya Shah', text: priya.body.text }]);
    expect(priya.check.otherNotes).toEqual([{ to: 'Marcus Webb', text: marcus.body.text }]);

    // The default drafts already differ per person: nothing is flagged, as drafted or rechecked.
    expect(marcus.body.text).not.toBe(priya.body.text);
    for (const draft of [priya, marcus]) {
      expect(shared(draft.flags)).toEqual([]);
      const again = recheck(draft, { subject: draft.subject?.text ?? null, text: draft.body.text });
      expect(shared(again.flags)).toEqual([]);
    }

    // No gap is left: each may be sent as it is.
    expect([priya.final, marcus.final]).toEqual([true, true]);

    // The user copies Priya's paragraph about their strength over Marcus's.
    const copied = middle(priya.body.text)[2]!;
    const edited = withParagraph(marcus.body.text, copied);
    const checked = recheck(marcus, { subject: marcus.subject?.text ?? null, text: edited });
    const [flag, ...more] = shared(checked.flags);
    expect(more).toEqual([]);
    expect(flag).toMatchObject({ code: 'shared_paragraph', field: 'text' });
    expect(flag!.message).toContain('your note to Priya');
    expect(flag!.message).toContain('what Marcus said');
    expect(edited.slice(flag!.start, flag!.end)).toBe(copied);
  });

  it('a sent thank-you whose text is kept counts too; one without its text does not', async () => {
    const { db, opportunityId } = await setup(['priya', 'marcus', 'sam'], { keepEmailText: true });
    const sent = [
      'Hi Priya,',
      'Thank you again for walking me through the billing migration on Monday afternoon.',
      'I would love to help untangle the reconciliation reports you described.',
      'Best,\nJordan Rivera',
    ].join('\n\n');
    await addTouch(db, touch(undefined, opportunityId, { person: 'priya', body: sent }), now);
    // Sent to Sam, with only the snippet kept.
    await addTouch(
      db,
      touch(undefined, opportunityId, { person: 'sam', snippet: 'Hi Sam, thank you…' }),
      now,
    );

    const marcus = await thankYou(db, opportunityId, 'marcus');
    // Both thank-yous are done (no task is left to draft), and only Priya's text is kept.
    expect(marcus.check.otherNotes).toEqual([{ to: 'Priya Shah', text: sent }]);
    expect(shared(marcus.flags)).toEqual([]);

    const copied = middle(sent)[1]!;
    const edited = withParagraph(marcus.body.text, copied);
    const [flag] = shared(recheck(marcus, { subject: null, text: edited }).flags);
    expect(flag?.message).toContain('your note to Priya');
    expect(edited.slice(flag!.start, flag!.end)).toBe(copied);
  });

  it('a thank-you with no other notes gets no flag', async () => {
    const { db, opportunityId } = await setup(['marcus']);
    const marcus = await thankYou(db, opportunityId, 'marcus');
    expect(marcus.check.otherNotes).toBeUndefined();
    const edited = withParagraph(
      marcus.body.text,
      'I would love to help untangle the reconciliation reports you described.',
    );
    expect(shared(recheck(marcus, { subject: null, text: edited }).flags)).toEqual([]);
  });

  it('with the user’s own version for everyone, the drafts themselves are flagged', async () => {
    const { db, opportunityId } = await setup(['priya', 'marcus']);
    await saveTemplate(db, 'thank_you.email.warm', {
      subject: 'Thank you',
      body: [
        'Hi {firstName},',
        'Thank you for the conversation, it made me keener than ever to join {company}.',
        'What you said about {specific} has stayed with me.',
        'Best,\n{signature}',
      ].join('\n\n'),
    });
    const marcus = await thankYou(db, opportunityId, 'marcus');
    expect(marcus.edited).toBe(true);
    // The first paragraph is the same in both; the one about what each said is not.
    const [flag, ...more] = shared(marcus.flags);
    expect(more).toEqual([]);
    expect(marcus.body.text.slice(flag!.start, flag!.end)).toMatch(/^Thank you for the conversation/);
    expect(flag!.message).toContain('your note to Priya');
  });

  it('passes at most ten, each within the message’s bounds', async () => {
    const db = await newDb();
    await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York', keepEmailText: true }), now);
    const { id } = await saveOpportunity(db, opportunity(undefined, { company: 'Northwind Traders' }), now);
    const ids = Array.from({ length: 14 }, (_, i) => `p${i}`);
    for (const [i, who] of ids.entries()) {
      await savePerson(db, person(who, id, { name: `Person ${i}` }), now);
    }
    await saveInterview(db, interview('i1', id, { interviewers: ids }), now);
    // A long kept email: cut to what the message carries.
    await addTouch(db, touch(undefined, id, { person: 'p13', body: 'Hi.\n\n' + 'word '.repeat(8000) }), now);
    const draft = await thankYou(db, id, 'p0');
    const notes = draft.check.otherNotes ?? [];
    expect(notes).toHaveLength(10);
    expect(notes[0]!.to).toBe('Person 13');
    expect(notes[0]!.text).toHaveLength(20_000);
    expect(notes.map((n) => n.to)).not.toContain('Person 0');
  });

  it('other kinds of message carry no other notes', async () => {
    const { db, opportunityId } = await setup(['priya', 'marcus']);
    const tasks = await db.getAllFromIndex('tasks', 'by-opportunity', opportunityId);
    const drafts = await Promise.all(
      tasks
        .filter((t) => t.kind !== 'thank_you')
        .map((t) =>
          draftTask(db, { opportunityId, taskId: t.id, tone: null, channel: null, locale: 'en-US' }, now),
        ),
    );
    const composed = drafts.filter((d) => d !== null);
    expect(composed.length).toBeGreaterThan(0);
    for (const draft of composed) expect(draft.check).not.toHaveProperty('otherNotes');
  });
});
