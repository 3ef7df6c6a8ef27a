import { describe, expect, it } from 'vitest';
import { StoredOpportunity, StoredPerson, StoredTouch, Thread } from '@/lib/model';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup } from '@/lib/model/backup';
import { TrackThreadParams } from '@/lib/model/inputs';

/** Issue 17: a lone UTF-16 surrogate in stored text makes encodeURIComponent throw later. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const AT = '2026-03-03T15:00:00.000Z';

const cases: Array<[string, string, string]> = [
  ['a lone high surrogate', '\uD800', '\uFFFD'],
  ['a lone low surrogate between letters', 'a\uDC00b', 'a\uFFFDb'],
  ['a high surrogate at the end', 'Acme\uD83D', 'Acme\uFFFD'],
  ['a valid emoji pair', 'Acme 😀', 'Acme 😀'],
];

/** Every string in a parsed value, with where it is. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  }
  return [];
}

function expectWellFormed(value: unknown): void {
  for (const [path, text] of strings(value)) {
    expect(LONE_SURROGATE.test(text), `${path} is ill-formed: ${JSON.stringify(text)}`).toBe(false);
  }
}

describe.each(cases)('stored text with %s', (_name, raw, expected) => {
  it('StoredOpportunity: company, role, blurb, location', () => {
    const parsed = StoredOpportunity.parse({
      id: 'o1',
      company: raw,
      role: `Engineer ${raw}`,
      status: 'applied',
      blurb: raw,
      location: raw,
      createdAt: AT,
      updatedAt: AT,
    });
    expectWellFormed(parsed);
    expect(parsed.company).toBe(expected);
    expect(parsed.role).toBe(`Engineer ${expected}`);
    expect(parsed.blurb).toBe(expected);
    expect(parsed.location).toBe(expected);
  });

  it('StoredPerson: name and title', () => {
    const parsed = StoredPerson.parse({
      id: 'p1',
      opportunityId: 'o1',
      name: raw,
      role: 'recruiter',
      title: raw,
    });
    expectWellFormed(parsed);
    expect(parsed.name).toBe(expected);
    expect(parsed.title).toBe(expected);
  });

  it('StoredTouch: note, subject, snippet, body', () => {
    const parsed = StoredTouch.parse({
      id: 't1',
      opportunityId: 'o1',
      at: AT,
      direction: 'sent',
      channel: 'email',
      purpose: 'thank_you',
      note: raw,
      subject: raw,
      snippet: raw,
      body: raw,
    });
    expectWellFormed(parsed);
    expect([parsed.note, parsed.subject, parsed.snippet, parsed.body]).toEqual([
      expected,
      expected,
      expected,
      expected,
    ]);
  });

  it('Thread: subject and evidence', () => {
    const parsed = Thread.parse({
      threadId: 'th1',
      opportunityId: 'o1',
      subject: raw,
      evidence: [{ quote: raw, where: 'subject' }],
    });
    expectWellFormed(parsed);
    expect(parsed.subject).toBe(expected);
    expect(parsed.evidence[0]!.quote).toBe(expected);
  });

  it('TrackThreadParams: subject, company, role, people, messages', () => {
    const parsed = TrackThreadParams.parse({
      threadId: 'th1',
      subject: raw,
      company: raw,
      role: raw,
      people: [{ name: raw, role: 'recruiter' }],
      messages: [
        {
          messageId: 'm1',
          from: { name: raw, email: 'amy@acme.example' },
          date: AT,
          direction: 'received',
          snippet: raw,
          text: raw,
        },
      ],
    });
    expectWellFormed(parsed);
    expect(parsed.subject).toBe(expected);
    expect(parsed.company).toBe(expected);
    expect(parsed.role).toBe(expected);
    expect(parsed.people[0]!.name).toBe(expected);
    expect(parsed.messages[0]!.from.name).toBe(expected);
    expect(parsed.messages[0]!.text).toBe(expected);
  });

  it('a backup import', () => {
    const backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: AT,
      settings: { timeZone: 'America/New_York', name: raw, signature: raw },
      opportunities: [
        {
          id: 'o1',
          company: raw,
          role: raw,
          status: 'applied',
          referredBy: 'p1',
          createdAt: AT,
          updatedAt: AT,
        },
      ],
      people: [{ id: 'p1', opportunityId: 'o1', name: raw, role: 'referrer' }],
      interviews: [],
      touches: [
        {
          id: 't1',
          opportunityId: 'o1',
          person: 'p1',
          at: AT,
          direction: 'sent',
          channel: 'email',
          purpose: 'thank_you',
          note: raw,
        },
      ],
      taskStates: [],
      threads: [{ threadId: 'th1', opportunityId: 'o1', subject: raw }],
    };
    // Both as a parsed value and as the file's text (JSON keeps lone surrogates as \uXXXX).
    for (const input of [backup, JSON.stringify(backup)]) {
      const parsed = parseBackup(input);
      expectWellFormed(parsed);
      expect(parsed.opportunities[0]!.company).toBe(expected);
      expect(parsed.people[0]!.name).toBe(expected);
      expect(parsed.touches[0]!.note).toBe(expected);
      expect(parsed.threads[0]!.subject).toBe(expected);
      expect(parsed.settings!.name).toBe(expected);
    }
  });
});
