import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as classifyModule from '@/lib/detect/classify';
import { classify } from '@/lib/detect/classify';
import type { EmailLabel } from '@/lib/detect/email';
import type * as extractModule from '@/lib/detect/extract';
import { extract } from '@/lib/detect/extract';
import {
  type ThreadInput,
  type ThreadMessageInput,
  toEmail,
  understandThread,
} from '@/lib/detect/understand-thread';

/*
 * The learned classifier is being retrained while these tests are written, so what a
 * message "is" comes from a tag at the start of its text ("[rejection 0.9] …"): these tests
 * are about how a thread's verdicts combine, not about the model. The extractor is the real
 * one, watched to see which messages it reads.
 */
vi.mock('@/lib/detect/classify', async (original) => {
  const actual = await original<typeof classifyModule>();
  return {
    ...actual,
    classify: vi.fn((email: { body: string }) => {
      const tag = /^\[(\w+) ([\d.]+)\]\s*(.*)/.exec(email.body);
      const label = (tag?.[1] ?? 'other') as EmailLabel;
      return {
        label,
        confidence: Number(tag?.[2] ?? 0.9),
        evidence: tag?.[3] ? [{ label, quote: tag[3].split('\n')[0]!, where: 'body', weight: 1 }] : [],
        modelVersion: 'test',
      };
    }),
  };
});
vi.mock('@/lib/detect/extract', async (original) => {
  const actual = await original<typeof extractModule>();
  return { ...actual, extract: vi.fn(actual.extract) };
});

const ME = 'jordan@example.com';
const priya = { name: 'Priya Natarajan', email: 'priya@brightwater.example' };
const marcus = { name: 'Marcus Okafor', email: 'marcus@brightwater.example' };
const jordan = { name: 'Jordan Rivera', email: ME };

let n = 0;
function message(over: Partial<ThreadMessageInput> & { text: string }): ThreadMessageInput {
  n += 1;
  return {
    messageId: `m${n}`,
    from: priya,
    to: [jordan],
    cc: [],
    date: `2026-11-0${Math.min(n, 9)}T10:00:00-05:00`,
    quoted: '',
    ...over,
  };
}
const thread = (...messages: ThreadMessageInput[]): ThreadInput => ({
  subject: 'Senior Product Analyst at Brightwater Labs',
  account: ME,
  messages,
});

beforeEach(() => {
  n = 0;
  vi.mocked(extract).mockClear();
  vi.mocked(classify).mockClear();
});

describe('understandThread: the verdict', () => {
  it('the latest employer message decides, with its quotes; a sure verdict is certain', () => {
    const u = understandThread(
      thread(
        message({ text: '[interview_request 0.9] We would like to invite you to interview.' }),
        message({ text: '[interview_scheduled 0.8] Your interview is confirmed.' }),
      ),
    );
    expect(u).toMatchObject({ jobRelated: true, label: 'interview_scheduled', certain: true });
    expect(u.evidence).toEqual([{ quote: 'Your interview is confirmed.', where: 'body' }]);
    expect(u.messages).toEqual([
      { messageId: 'm1', label: 'interview_request', fromUser: false },
      { messageId: 'm2', label: 'interview_scheduled', fromUser: false },
    ]);
  });

  it("the user's own messages never decide, however they read", () => {
    const u = understandThread(
      thread(
        message({ text: '[interview_request 0.9] We would like to invite you to interview.' }),
        message({ from: jordan, to: [priya], text: '[offer 0.99] Thank you for the offer to interview!' }),
      ),
    );
    expect(u.label).toBe('interview_request');
    expect(u.outcome).toBeNull();
    expect(u.messages.map((m) => m.fromUser)).toEqual([false, true]);
  });

  it('a rejection after an invitation wins and is proposed with its quote', () => {
    const u = understandThread(
      thread(
        message({ text: '[interview_request 0.9] We would like to invite you to interview.' }),
        message({ text: '[rejection 0.95] We have decided to move forward with other candidates.' }),
        message({ text: '[status_update 0.7] We will keep your CV on file.' }),
      ),
    );
    expect(u).toMatchObject({ label: 'rejection', certain: true, jobRelated: true });
    expect(u.outcome).toEqual({
      label: 'rejection',
      messageId: 'm2',
      quote: 'We have decided to move forward with other candidates.',
    });
  });

  it('below CERTAIN the label is only a suggestion, and an outcome is still only proposed', () => {
    const u = understandThread(
      thread(message({ text: '[offer 0.4] We are pleased to offer you the role.' })),
    );
    expect(u).toMatchObject({ jobRelated: true, label: 'offer', certain: false });
    expect(u.outcome).toMatchObject({ label: 'offer', messageId: 'm1' });
  });

  it('a thread with nothing to track gets no suggestions and costs no extraction', () => {
    const u = understandThread(
      thread(
        message({ text: '[job_alert 0.9] 12 new jobs for you.' }),
        message({ from: jordan, text: '[other 0.9] Thanks!' }),
      ),
    );
    expect(u).toMatchObject({ jobRelated: false, label: 'job_alert', outcome: null });
    expect(u.suggestion.people).toEqual([]);
    expect(extract).not.toHaveBeenCalled();
  });

  it('an empty thread, or one whose dates cannot be read, says nothing', () => {
    expect(understandThread(thread())).toMatchObject({ jobRelated: false, label: null, certain: false });
    const undated = understandThread(thread(message({ date: 'yesterday', text: '[offer 0.9] Offer!' })));
    expect(undated).toMatchObject({ jobRelated: false, label: null, messages: [] });
  });
});

describe('understandThread: the suggestions', () => {
  it('reads only the employer messages about the job, newest facts first', () => {
    const u = understandThread(
      thread(
        message({ text: '[recruiter_outreach 0.9] Hi Jordan, are you open to new roles?' }),
        message({
          text:
            '[interview_request 0.9] Hi Jordan,\n\nWe would like to invite you to interview for the ' +
            'Senior Product Analyst role at Brightwater Labs on Tuesday, November 3 at 2:00 PM ET.\n\nPriya',
        }),
        message({ from: jordan, to: [priya], text: '[other 0.9] Tuesday works, thank you.' }),
        message({
          text:
            '[interview_scheduled 0.9] Hi Jordan,\n\nConfirmed for Tuesday. The team will make a ' +
            'decision by Friday, November 13.\n\nPriya',
        }),
      ),
    );
    const read = vi.mocked(extract).mock.calls.map(([email]) => email.id);
    expect(read).toEqual(['m2', 'm4']);
    expect(u.suggestion.decisionBy).toBe('2026-11-13');
    expect(u.suggestion.interviewAt).not.toBeNull();
  });

  it('fills the Email the detectors read, Cc included, without the quoted text', () => {
    const email = toEmail('Subject', {
      messageId: 'x',
      from: { name: 'Lee, Amy', email: 'amy@acme.example' },
      to: [jordan],
      cc: [marcus, { name: null, email: 'sam@acme.example' }],
      date: '2026-11-02T10:42:00-05:00',
      text: 'Hello',
      quoted: 'On Monday Jordan wrote: the earlier message',
    });
    expect(email).toEqual({
      id: 'x',
      from: '"Lee, Amy" <amy@acme.example>',
      to: 'Jordan Rivera <jordan@example.com>',
      cc: 'Marcus Okafor <marcus@brightwater.example>, sam@acme.example',
      subject: 'Subject',
      date: '2026-11-02T10:42:00-05:00',
      body: 'Hello',
    });
  });

  it('gives the extractor the quoted messages apart, so they never feed its dates', () => {
    const u = understandThread(
      thread(
        message({
          text: '[interview_scheduled 0.9] Hi Jordan, see you then.\n\nPriya',
          quoted: 'The team will make a decision by Friday, November 13.',
        }),
      ),
    );
    const body = vi.mocked(extract).mock.calls[0]![0].body;
    expect(body).toContain('> The team will make a decision');
    expect(u.suggestion.decisionBy).toBeNull();
  });

  it('suggests every employer person from From, To and Cc, never the user or a shared mailbox', () => {
    const u = understandThread(
      thread(
        message({
          from: { name: 'Brightwater Careers', email: 'no-reply@brightwater.example' },
          text: '[application_received 0.9] We received your application.',
        }),
        message({
          to: [jordan, { name: 'Sam Lee', email: 'sam@brightwater.example' }],
          cc: [marcus, { name: 'Talent Team', email: 'talent@brightwater.example' }],
          text: '[interview_request 0.9] Hi Jordan, we would like to invite you to an interview.',
        }),
      ),
    );
    expect(u.suggestion.people.map((p) => p.email)).toEqual([
      'priya@brightwater.example',
      'sam@brightwater.example',
      'marcus@brightwater.example',
    ]);
    const byEmail = new Map(u.suggestion.people.map((p) => [p.email, p]));
    expect(byEmail.get(marcus.email)).toMatchObject({ name: 'Marcus Okafor', role: 'interviewer' });
    expect(byEmail.get('sam@brightwater.example')?.name).toBe('Sam Lee');
    expect(['recruiter', 'hiring_manager']).toContain(byEmail.get(priya.email)?.role);
  });

  it("merges the extractor's people by address, then by name, keeping each phone", () => {
    vi.mocked(extract).mockImplementationOnce(() => ({
      company: 'Brightwater Labs',
      role: 'Senior Product Analyst',
      people: [
        { name: null, email: 'PRIYA@brightwater.example', phone: '+1 212 555 0100', role: null },
        { name: 'marcus  okafor', email: null, phone: '+1 212 555 0101', role: 'hiring_manager' },
        { name: 'Dana Wu', email: null, phone: null, role: null },
        { name: 'Lee Reference', email: 'lee@ref.example', phone: null, role: 'reference' },
        { name: 'Jordan Rivera', email: ME, phone: null, role: null },
      ],
      interviewAt: null,
      decisionBy: null,
      meetingLinks: [],
      instructions: { noContact: false, excludedChannels: [], mayCheckBackOn: null, evidence: [] },
    }));
    const u = understandThread(
      thread(message({ cc: [marcus], text: '[interview_scheduled 0.9] Your interview is confirmed.' })),
    );
    expect(u.suggestion).toMatchObject({ company: 'Brightwater Labs', role: 'Senior Product Analyst' });
    expect(u.suggestion.people).toEqual([
      { name: 'Priya Natarajan', email: priya.email, phone: '+1 212 555 0100', role: 'recruiter' },
      // Named in the text as a manager: the role the text gives beats the one Cc suggested.
      { name: 'Marcus Okafor', email: marcus.email, phone: '+1 212 555 0101', role: 'hiring_manager' },
      { name: 'Dana Wu', email: null, phone: null, role: 'interviewer' },
      { name: 'Lee Reference', email: 'lee@ref.example', phone: null, role: 'reference' },
    ]);
  });

  it("without the user's address, leaves the To and Cc lines alone (the user is in them)", () => {
    const u = understandThread({
      ...thread(message({ cc: [marcus], text: '[interview_request 0.9] We would like to invite you.' })),
      account: null,
    });
    expect(u.suggestion.people.map((p) => p.email)).not.toContain(ME);
  });

  it('stays within the tracking record: at most 20 people', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@acme.example` }));
    const u = understandThread(
      thread(message({ cc: many, text: '[interview_request 0.9] We would like to invite you.' })),
    );
    expect(u.suggestion.people).toHaveLength(20);
  });
});
