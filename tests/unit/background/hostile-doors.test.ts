import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHandlers } from '@/lib/background/handlers';
import { UserSettings } from '@/lib/model';
import { methodNames, protocol } from '@/lib/messaging/protocol';
import { dispatch, type Sender } from '@/lib/messaging/router';
import { snapshot, useTestDb } from '../store/fixtures';

/**
 * Every door, attacked: each method a content script may call (from the site's own page,
 * where the page's scripts are neighbours), and the backup import, gets 100 hostile inputs.
 * Whatever comes in, the answer is a typed reply: accepted, or refused with a named reason
 * (never an internal error); a refusal changes nothing; nothing stored is malformed text; no
 * object prototype is polluted. Markup never runs in our pages: that is the e2e bounds test.
 */
const newDb = useTestDb('afterview-test-hostile-doors');
const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const senders: Record<string, Sender> = {
  gmail: { id: 'ourid', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 1 } },
  linkedin: { id: 'ourid', url: 'https://www.linkedin.com/in/someone/', tab: { id: 2 } },
  extension: { id: 'ourid', url: 'chrome-extension://ourid/popup.html' },
};

const hostileText = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '=HYPERLINK("https://evil.example")',
  'lone \uD800 surrogate',
  'a\uDFFFb',
  '\u202Eexe.pdf',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'nul\u0000byte',
  '{{body}} ${7*7}',
  '../../../etc/passwd',
  'x'.repeat(100_001),
  '😀'.repeat(50_001),
);
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(NaN, Infinity, -1, 1e308, null, undefined, true, [], {}),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.array(hostileText, { minLength: 51, maxLength: 60 }),
);

/** Valid requests to start from, so hostile values also reach the handlers (not only zod). */
const person = { name: 'Rita Gomez', email: 'rita@northwind.example' };
const message = {
  messageId: 'm1',
  from: person,
  to: [{ name: 'Jordan Rivera', email: 'jordan.rivera@example.com' }],
  date: '2026-02-25T10:00:00-05:00',
  direction: 'received',
  snippet: 'Could you do Monday at 2pm?',
  text: 'Hi Jordan, could you do Monday at 2pm?',
  label: 'interview_request',
};
const examples: Record<string, unknown> = {
  trackThread: {
    threadId: 'thread-1',
    subject: 'Interview: Data Analyst',
    company: 'Northwind Traders',
    role: 'Data Analyst',
    people: [{ ...person, role: 'recruiter' }],
    interviewAt: '2026-03-02T14:00:00-05:00',
    decisionBy: '2026-03-13',
    label: 'interview_scheduled',
    evidence: [{ quote: 'could you do Monday at 2pm', where: 'body' }],
    messages: [message],
  },
  recordThreadMessages: { threadId: 'thread-1', messages: [message] },
  addProfilePerson: {
    newOpportunity: { company: 'Brightwater Labs', role: 'Senior Product Analyst' },
    person: {
      name: 'Priya Natarajan',
      headline: 'Senior Recruiter at Brightwater Labs',
      profileUrl: 'https://www.linkedin.com/in/priya-natarajan-example/',
      role: 'recruiter',
    },
  },
  profileStatus: { profileUrl: 'https://www.linkedin.com/in/priya-natarajan-example/', locale: 'en-US' },
};

type Path = Array<string | number>;

/** Every place in a value a hostile one can go: each key and index, nested. */
function paths(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...at, key]))];
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

/** The params a method starts from: its example, or its fields (from the schema) to fill. */
function startFrom(method: string): unknown {
  if (examples[method]) return examples[method];
  const schema = protocol[method as keyof typeof protocol].params;
  return schema instanceof z.ZodObject
    ? Object.fromEntries(Object.keys(schema.shape).map((k) => [k, '']))
    : {};
}

const wellFormed = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.isWellFormed()
    : value !== null && typeof value === 'object'
      ? Object.values(value).every(wellFormed)
      : true;

async function setup() {
  const opened = newDb();
  const handlers = createHandlers({
    db: () => opened,
    now: () => new Date('2026-03-02T15:00:00-05:00'),
    version: '9.9.9',
    afterWrite: async () => {},
  });
  const db = await opened;
  const call = (method: string, params: unknown, from: Sender) =>
    dispatch({ afterview: 1, method, params }, from, handlers, self);
  await call(
    'saveSettings',
    UserSettings.parse({ timeZone: 'America/New_York', name: 'Jordan' }),
    senders.extension!,
  );
  // Something to lose: a tracked thread and a person from LinkedIn.
  expect((await call('trackThread', examples.trackThread, senders.gmail!)).ok).toBe(true);
  expect((await call('addProfilePerson', examples.addProfilePerson, senders.linkedin!)).ok).toBe(true);
  return { db, call };
}

/** Attack one door 100 times, checking the promises above after each attempt. */
async function attack(
  door: {
    call: (params: unknown) => Promise<Awaited<ReturnType<typeof dispatch>>>;
    db: Awaited<ReturnType<typeof setup>>['db'];
  },
  base: unknown,
  shape: (params: unknown) => unknown = (params) => params,
) {
  await fc.assert(
    fc.asyncProperty(fc.nat(), hostile, async (pick, value) => {
      const where = paths(base);
      const params = setAt(base, where[pick % where.length]!, value);
      const before = await snapshot(door.db);
      const reply = await door.call(shape(params));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (reply.ok) {
        expect(wellFormed(await snapshot(door.db))).toBe(true);
        return;
      }
      expect(reply.error.code).not.toBe('internal');
      expect(reply.error.message.length).toBeGreaterThan(10);
      // A refusal says what was wrong in words, not a runtime's raw complaint.
      expect(reply.error.message).not.toMatch(
        /\[object |undefined is|Cannot read prop|TypeError|SyntaxError/,
      );
      expect(await snapshot(door.db)).toEqual(before);
    }),
    { numRuns: 100, seed: 17 },
  );
}

const contentMethods = methodNames.filter((m) =>
  (protocol[m].callers as readonly string[]).includes('content'),
);

describe('hostile input at every door', () => {
  it.each(contentMethods.map((method) => [method]))(
    '%s, called from a site page, answers every hostile input and loses nothing',
    async (method) => {
      const { db, call } = await setup();
      const from =
        method in
        { addProfilePerson: 1, profileStatus: 1, trackJob: 1, draftForProfile: 1, opportunityChoices: 1 }
          ? senders.linkedin!
          : senders.gmail!;
      await attack({ db, call: (params) => call(method, params, from) }, startFrom(method));
    },
    60_000,
  );

  it('the backup import answers every hostile file and loses nothing', async () => {
    const { db, call } = await setup();
    const exported = await call('exportBackup', {}, senders.extension!);
    if (!exported.ok) throw new Error(exported.error.message);
    await attack(
      { db, call: (file) => call('importBackup', { file, mode: 'merge' }, senders.extension!) },
      exported.result,
      (backup) => JSON.stringify(backup) ?? 'undefined',
    );
  }, 60_000);
});
