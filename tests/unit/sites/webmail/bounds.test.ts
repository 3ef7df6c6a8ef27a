import { describe, expect, it } from 'vitest';
import { checkPanel, rowFor } from '@/components/track-panel-check';
import { understandThread } from '@/lib/detect/understand-thread';
import {
  ListRowInput,
  ThreadUnderstanding,
  TrackThreadParams,
  UnderstandThreadParams,
} from '@/lib/messaging/gmail';
import type { ListRow, MailThread, ShownAddress, ShownMessage } from '@/lib/sites/webmail/site';
import {
  blankUnderstanding,
  LIMITS,
  messagesForStore,
  recipient,
  rowInput,
  threadInput,
} from '@/lib/sites/webmail/understand';

/**
 * Issue 17, defect 10: whatever a webmail page shows, what the content script sends stays
 * within the protocol's bounds (so Track never fails validation the user cannot fix), and
 * text is cut on a character boundary, never through a surrogate pair.
 */
const ME = 'jordan.rivera@example.com';
const EMOJI = '😀'; // two UTF-16 code units
const element = {} as Element;

/** True when the string holds half of a surrogate pair. */
const broken = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

function message(id: string, from: ShownAddress, extra: Partial<ShownMessage> = {}): ShownMessage {
  return {
    messageId: id,
    from,
    to: [{ name: 'Jordan Rivera', email: ME }],
    cc: [],
    date: '2026-11-02T10:42:00-05:00',
    text: 'Thank you for interviewing with us. We would like to invite you to a second interview on Thursday.',
    quoted: '',
    collapsed: false,
    element,
    ...extra,
  };
}

function thread(
  messages: ShownMessage[],
  subject = 'Interview invitation: Data Analyst at Brightwater Labs',
): MailThread {
  return { threadId: 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD', subject, messages, hiddenCount: 0 };
}

/** The Track request the panel would send, from the understanding it was opened with. */
function trackRequest(understanding: ThreadUnderstanding, messages: ReturnType<typeof messagesForStore>) {
  return {
    threadId: 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD',
    subject: understanding.suggestion.subject,
    company: 'Brightwater Labs',
    role: 'Data Analyst',
    people: understanding.suggestion.people,
    interviewAt: understanding.suggestion.interviewAt,
    decisionBy: understanding.suggestion.decisionBy,
    label: understanding.label,
    evidence: understanding.evidence,
    messages,
  };
}

/** The panel takes every suggested person as it comes: no error the user did not cause. */
function panelAccepts(understanding: ThreadUnderstanding): boolean {
  const rows = understanding.suggestion.people.map(rowFor);
  const checked = checkPanel({ company: 'Brightwater Labs', role: 'Data Analyst', rows });
  return Object.keys(checked.errors).filter((key) => key.endsWith('.name')).length === 0;
}

describe('a thread beyond every bound', () => {
  const hugeName = `Priya ${'N'.repeat(994)}`;
  const many = (prefix: string) =>
    Array.from({ length: 80 }, (_, i) => ({
      name: `${prefix} ${i}`,
      email: `${prefix}${i}@brightwater.example`,
    }));
  const page = thread(
    [
      message(
        'm1',
        { name: hugeName, email: 'priya@brightwater.example' },
        { to: many('to'), cc: many('cc') },
      ),
      message('m2', { name: 'Jordan Rivera', email: ME }, { to: many('reply'), cc: many('copy') }),
    ],
    `Interview ${'x'.repeat(4990)}`,
  );
  const input = threadInput(page, ME);

  it('passes UnderstandThreadParams after threadInput', () => {
    expect(UnderstandThreadParams.safeParse(input).error).toBeUndefined();
    expect(input.subject.length).toBeLessThanOrEqual(LIMITS.subject);
    expect(input.messages[0]!.from.name).toHaveLength(300);
    expect(input.messages[0]!.to).toHaveLength(50);
    expect(input.messages[0]!.cc).toHaveLength(50);
  });

  it('passes TrackThreadParams after messagesForStore, with the background’s understanding', () => {
    const understanding = understandThread(UnderstandThreadParams.parse(input));
    expect(ThreadUnderstanding.safeParse(understanding).error).toBeUndefined();
    const stored = messagesForStore(input, understanding);
    expect(stored.every((m) => m.to.length <= 50)).toBe(true);
    expect(TrackThreadParams.safeParse(trackRequest(understanding, stored)).error).toBeUndefined();
    expect(panelAccepts(understanding)).toBe(true);
  });

  it('passes TrackThreadParams with the blank understanding (the background could not read it)', () => {
    const blank = blankUnderstanding(input.subject, input.messages[0]!.from);
    expect(ThreadUnderstanding.safeParse(blank).error).toBeUndefined();
    const request = trackRequest(blank, messagesForStore(input, null));
    expect(TrackThreadParams.safeParse(request).error).toBeUndefined();
    expect(panelAccepts(blank)).toBe(true);
  });
});

describe('cut on a character boundary', () => {
  const name = `${'a'.repeat(299)}${EMOJI}`;

  it('never leaves half a surrogate pair in a sender, a recipient or a Cc', () => {
    const input = threadInput(
      thread([
        message(
          'm1',
          { name, email: 'priya@brightwater.example' },
          { to: [{ name, email: 'amy@brightwater.example' }], cc: [{ name, email: null }] },
        ),
      ]),
      ME,
    );
    expect(UnderstandThreadParams.safeParse(input).error).toBeUndefined();
    const [first] = input.messages;
    for (const shown of [first!.from.name!, first!.to[0]!.name!, first!.cc[0]!.name!]) {
      expect(shown).toBe('a'.repeat(299));
      expect(broken(shown)).toBe(false);
    }
    expect(recipient({ name, email: null })).toEqual({ name: 'a'.repeat(299), email: null });
  });

  it('keeps a whole character that fits', () => {
    const fits = `${'a'.repeat(298)}${EMOJI}`;
    expect(recipient({ name: fits, email: null })?.name).toBe(fits);
  });

  it('cuts subjects, text, snippets and quotes between characters', () => {
    const long = (n: number) => `${'s'.repeat(n - 1)}${EMOJI}tail`;
    const input = threadInput(
      thread(
        [
          message(
            'm1',
            { name: 'Priya', email: 'priya@brightwater.example' },
            { text: long(LIMITS.text), quoted: long(LIMITS.text) },
          ),
          message('m2', { name: 'Priya', email: 'priya@brightwater.example' }, { text: long(200) }),
        ],
        long(LIMITS.subject),
      ),
      ME,
    );
    expect(UnderstandThreadParams.safeParse(input).error).toBeUndefined();
    for (const text of [input.subject, input.messages[0]!.text, input.messages[0]!.quoted]) {
      expect(broken(text)).toBe(false);
    }
    const stored = messagesForStore(input, null);
    expect(stored.map((m) => broken(m.snippet))).toEqual([false, false]);
    const blank = blankUnderstanding(long(500), input.messages[0]!.from);
    expect(broken(blank.suggestion.subject)).toBe(false);
    expect(blank.suggestion.subject.length).toBeLessThanOrEqual(500);
  });

  it('bounds a list row: subject, snippet and sender', () => {
    const row: ListRow = {
      threadId: 'FMfcgzQfBsdKpLmWtXvNcRzHqJgTbVlD',
      subject: `${'s'.repeat(LIMITS.subject - 1)}${EMOJI}`,
      sender: { name: `${'n'.repeat(999)}${EMOJI}`, email: 'priya@brightwater.example' },
      senders: [],
      snippet: `${'p'.repeat(LIMITS.snippet - 1)}${EMOJI}`,
      date: null,
      unread: false,
      element,
    };
    const input = rowInput(row, '0', '2026-11-16T11:52:00-05:00');
    expect(ListRowInput.safeParse(input).error).toBeUndefined();
    expect(input!.from.name).toHaveLength(300);
    for (const text of [input!.subject, input!.snippet, input!.from.name!]) expect(broken(text)).toBe(false);
  });
});

describe("the Track panel's suggested people", () => {
  it('suggests a sender shown by a long address alone within the panel’s name limit', () => {
    const email = `${'r'.repeat(300)}@brightwater.example`;
    const blank = blankUnderstanding('Interview', { name: null, email });
    const [person] = blank.suggestion.people;
    expect(person!.email).toBe(email);
    expect(person!.name.length).toBeLessThanOrEqual(300);
    expect(ThreadUnderstanding.safeParse(blank).error).toBeUndefined();
    expect(panelAccepts(blank)).toBe(true);
  });

  it('suggests a long name cut to 300, on a character boundary', () => {
    const blank = blankUnderstanding('Interview', {
      name: `${'a'.repeat(299)}${EMOJI}b`,
      email: 'a@b.example',
    });
    expect(blank.suggestion.people[0]!.name).toBe('a'.repeat(299));
    expect(panelAccepts(blank)).toBe(true);
  });
});
