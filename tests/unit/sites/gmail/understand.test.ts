// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TrackThreadParams } from '@/lib/messaging/gmail';
import { readRows, readThread } from '@/lib/sites/gmail/read';
import { rowLooksJobRelated, understandThread } from '@/lib/sites/gmail/understand';

const DIR = 'tests/fixtures/pages/gmail';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const NY = { timeZone: 'America/New_York' };
const ME = 'jordan.rivera@example.com';
const understand = (file: string) => understandThread(readThread(load(file), NY), ME);

describe('understandThread over the fixtures', () => {
  it.each([
    ['thread-interview.html', true],
    ['thread-reply-open.html', true],
    ['thread-newsletter.html', false],
    ['thread-personal.html', false],
  ])('%s is job-related: %s', (file, expected) => {
    expect(understand(file).jobRelated).toBe(expected);
  });

  it('suggests what the emails say, quotes its evidence, and tells sent from received', () => {
    const u = understand('thread-interview.html');
    expect(u.label).toMatch(/interview_(request|scheduled)/);
    expect(u.evidence.length).toBeGreaterThan(0);
    expect(u.suggestion).toMatchObject({ company: 'Brightwater Labs', role: 'Senior Product Analyst' });
    expect(u.suggestion.people.map((p) => p.email)).toContain('priya.natarajan@brightwater.example');
    expect(u.suggestion.people.every((p) => p.email !== ME)).toBe(true);
    expect(u.suggestion.decisionBy).toBe('2026-11-13');
    expect(u.suggestion.interviewAt && new Date(u.suggestion.interviewAt).toISOString()).toBe(
      '2026-11-03T19:00:00.000Z',
    );
    expect(u.messages.map((m) => m.direction)).toContain('sent');
    expect(u.messages.map((m) => m.direction)).toContain('received');
    // What the content script will send passes the background's checks.
    expect(() =>
      TrackThreadParams.parse({
        ...u.suggestion,
        company: 'Lumen Analytics',
        role: 'Senior Product Analyst',
        threadId: 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD',
        label: u.label,
        evidence: u.evidence,
        messages: u.messages,
      }),
    ).not.toThrow();
    // Quoted text never reaches the store: each message keeps only what its sender wrote.
    for (const m of u.messages) expect(m.text).not.toMatch(/^>|wrote:\s*$/m);
  });

  it('proposes a rejection as an outcome, with its quote, and nothing for an invitation', () => {
    expect(understand('thread-interview.html').outcome).toBeNull();
    const thread = readThread(load('thread-interview.html'), NY);
    const last = thread.messages[thread.messages.length - 1]!;
    const rejected = {
      ...thread,
      messages: [
        ...thread.messages,
        {
          ...last,
          messageId: 'rejection-1',
          text: 'Thank you for your time. Unfortunately, we have decided to move forward with other candidates for this role.',
        },
      ],
    };
    const outcome = understandThread(rejected, ME).outcome;
    expect(outcome).toMatchObject({ label: 'rejection', messageId: 'rejection-1' });
    expect(outcome?.quote.length).toBeGreaterThan(5);
  });
});

describe('rowLooksJobRelated over the 100-row inbox', () => {
  it('finds the interview rows and leaves newsletters, alerts and personal mail alone', () => {
    const rows = readRows(load('inbox-100.html'), NY);
    const flagged = rows.filter((row) => rowLooksJobRelated(row, '2026-11-16T11:52:00-05:00'));
    // 12 interview-related threads in the fixture; a row shows only subject and snippet, so
    // allow a miss or two, but no flood of false ones.
    expect(flagged.length).toBeGreaterThanOrEqual(8);
    expect(flagged.length).toBeLessThanOrEqual(16);
    const subjects = flagged.map((r) => r.subject).join(' | ');
    expect(subjects).not.toMatch(/newsletter|weekly|receipt|order/i);
  });
});
