import { describe, expect, it, vi } from 'vitest';
import { type StoredInterview, Thread, UserSettings } from '@/lib/model';
import { type Backup, BackupError, describeBackupError, Backup as BackupSchema } from '@/lib/model/backup';
import { exportBackup, importBackup, wipe } from '@/lib/store/backup';
import { type Db, recordStores } from '@/lib/store/db';
import { recordSiteSeen } from '@/lib/store/sites';
import {
  addTouch,
  linkThread,
  saveInterview,
  saveOpportunity,
  savePerson,
  saveSettings,
  setTaskState,
} from '@/lib/store/writes';
import { interview, opportunity, person, snapshot, touch, useTestDb } from './fixtures';

const NOW = new Date('2026-03-03T15:00:00Z');
const LATER = new Date('2026-03-03T16:00:00Z');

const freshDb = useTestDb('afterview-test-backup');

/** A realistic database: three opportunities, people, interviews, touches, states, threads. */
async function seed(db: Db, now = NOW): Promise<void> {
  await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York', name: 'Zoë Martín' }), now);

  await saveOpportunity(
    db,
    opportunity('o-acme', { company: 'Acme', role: 'Senior Engineer', payDiscussed: false }),
    now,
  );
  await savePerson(db, person('p-amy', 'o-acme', { name: 'Amy Lee' }), now);
  await savePerson(db, person('p-bob', 'o-acme', { name: 'Bob Chen', role: 'hiring_manager' }), now);
  await savePerson(db, person('p-ren', 'o-acme', { name: 'Renée Dupont', role: 'referrer' }), now);
  await saveOpportunity(
    db,
    opportunity('o-acme', {
      company: 'Acme',
      role: 'Senior Engineer',
      referredBy: 'p-ren',
      payDiscussed: false,
    }),
    now,
  );
  await saveInterview(db, interview('i-acme-1', 'o-acme', { interviewers: ['p-amy', 'p-bob'] }), now);
  await addTouch(db, touch('t-acme-1', 'o-acme', { person: 'p-amy', gmailMessageId: 'msg-1' }), now);
  await setTaskState(db, { opportunityId: 'o-acme', id: 'notes:i-acme-1', state: 'done' }, now);
  await setTaskState(
    db,
    { opportunityId: 'o-acme', id: 'thank_you:i-acme-1:p-bob', state: 'skipped', reason: 'Met briefly' },
    now,
  );
  await linkThread(db, Thread.parse({ threadId: 'thread-acme', opportunityId: 'o-acme' }), now);

  await saveOpportunity(
    db,
    opportunity('o-cafe', {
      company: 'Café Niño, Inc.',
      role: 'Data "Lead"',
      status: 'applied',
      payDiscussed: false,
    }),
    now,
  );

  await saveOpportunity(
    db,
    opportunity('o-zeta', {
      company: 'Zeta',
      role: 'Designer',
      status: 'closed',
      outcome: 'rejected',
      outcomeAt: '2026-03-01T12:00:00Z',
      payDiscussed: false,
    }),
    now,
  );
  await savePerson(db, person('p-zed', 'o-zeta', { name: 'Zed Park', role: 'recruiter' }), now);
  await saveInterview(
    db,
    interview('i-zeta-1', 'o-zeta', {
      start: '2026-02-20T10:00:00-05:00',
      end: '2026-02-20T11:00:00-05:00',
      interviewers: ['p-zed'],
    }),
    now,
  );
  await addTouch(
    db,
    touch('t-zeta-1', 'o-zeta', {
      at: '2026-03-01T12:00:00Z',
      person: 'p-zed',
      direction: 'received',
      purpose: 'rejection',
    }),
    now,
  );
  await setTaskState(
    db,
    { opportunityId: 'o-zeta', id: 'rejection_reply', state: 'snoozed', until: '2026-03-05T14:00:00Z' },
    now,
  );
}

/** A copy of a backup as plain JSON, safe to damage. */
function clone(backup: Backup): Record<string, unknown> & Backup {
  return JSON.parse(JSON.stringify(backup)) as Record<string, unknown> & Backup;
}

async function seededWithExtras(): Promise<Db> {
  const db = await freshDb();
  await seed(db);
  await recordSiteSeen(db, 'gmail', NOW);
  await db.put('meta', 1234, 'lastWake');
  return db;
}

describe('export, wipe, import', () => {
  it('restores every record and the same derived tasks (replace)', async () => {
    const db = await seededWithExtras();
    const before = await snapshot(db, { full: true });
    expect(before.tasks!.length).toBeGreaterThan(5);

    const backup = await exportBackup(db, LATER);
    expect(backup).toMatchObject({ format: 'afterview-backup', version: 1, exportedAt: LATER.toISOString() });
    expect(backup).not.toHaveProperty('tasks');
    expect(backup.settings?.timeZone).toBe('America/New_York');

    await wipe(db);
    const wiped = await snapshot(db, { full: true });
    for (const name of recordStores) expect(wiped[name], name).toEqual([]);
    expect(wiped.sites).toEqual(before.sites);
    expect(wiped.meta).toEqual(before.meta);

    const counts = await importBackup(db, backup, 'replace', NOW);
    expect(counts).toEqual({
      opportunities: 3,
      people: 4,
      interviews: 2,
      touches: 2,
      taskStates: 3,
      threads: 1,
    });
    expect(await snapshot(db, { full: true })).toEqual(before);
  });

  it('restores from the JSON text of the file, into a brand-new database', async () => {
    const source = await seededWithExtras();
    const text = JSON.stringify(await exportBackup(source, NOW), null, 2);

    const target = await freshDb();
    await importBackup(target, `\uFEFF${text}`, 'replace', NOW);
    const [a, b] = [await snapshot(source, { full: true }), await snapshot(target, { full: true })];
    for (const name of recordStores) expect(b[name], name).toEqual(a[name]);
  });

  it('replace drops records the file does not have, tasks included', async () => {
    const db = await seededWithExtras();
    const before = await snapshot(db, { full: true });
    const backup = await exportBackup(db, NOW);

    await saveOpportunity(db, opportunity('o-extra', { company: 'Extra', payDiscussed: false }), NOW);
    await saveInterview(db, interview('i-extra', 'o-extra'), NOW);
    await savePerson(db, person('p-amy', 'o-acme', { name: 'Amy changed' }), NOW);
    await savePerson(db, person('p-extra', 'o-extra'), NOW);

    await importBackup(db, backup, 'replace', NOW);
    expect(await snapshot(db, { full: true })).toEqual(before);
  });

  it('merge keeps records missing from the file, adds new ones and overwrites same ids', async () => {
    const source = await freshDb();
    await seed(source);
    const backup = await exportBackup(source, NOW);

    const db = await freshDb();
    await saveSettings(db, UserSettings.parse({ timeZone: 'Europe/Berlin' }), NOW);
    await saveOpportunity(db, opportunity('o-own', { company: 'Own Co', payDiscussed: false }), NOW);
    await saveInterview(db, interview('i-own', 'o-own'), NOW);
    await saveOpportunity(
      db,
      opportunity('o-acme', { company: 'Acme (old name)', payDiscussed: false }),
      NOW,
    );
    await savePerson(db, person('p-amy', 'o-acme', { name: 'Amy (old)' }), NOW);

    const counts = await importBackup(db, backup, 'merge', NOW);
    expect(counts.opportunities).toBe(3);

    const after = await snapshot(db, { full: true });
    const merged = await exportBackup(db, NOW);
    // Kept: the database's own opportunity and its interview.
    expect(merged.opportunities.map((o) => o.id)).toEqual(['o-acme', 'o-cafe', 'o-own', 'o-zeta']);
    expect(merged.interviews.map((i) => i.id)).toEqual(['i-acme-1', 'i-own', 'i-zeta-1']);
    // Overwritten: same ids now hold the file's records; the file's settings win.
    expect(merged.opportunities.find((o) => o.id === 'o-acme')).toEqual(backup.opportunities[0]);
    expect(merged.people.find((p) => p.id === 'p-amy')?.name).toBe('Amy Lee');
    expect(merged.settings).toEqual(backup.settings);
    // Every opportunity was replanned: the file's ones exactly as in the source…
    const sourceTasks = (await snapshot(source, { full: true })).tasks!;
    const taskOf = (id: string) => (rows: Array<[unknown, unknown]>) =>
      rows.filter(([key]) => (key as string[])[0] === id);
    for (const id of ['o-acme', 'o-cafe', 'o-zeta']) {
      expect(taskOf(id)(after.tasks!), id).toEqual(taskOf(id)(sourceTasks));
    }
    // …and the database's own under the new time zone.
    const own = taskOf('o-own')(after.tasks!).map(([, task]) => (task as { due: string }).due);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((due) => /-0[45]:00$/.test(due))).toBe(true);
  });

  it('merge without settings in the file keeps the settings already saved', async () => {
    const source = await freshDb();
    await seed(source);
    const backup = { ...(await exportBackup(source, NOW)), settings: null };

    const db = await freshDb();
    const berlin = UserSettings.parse({ timeZone: 'Europe/Berlin', name: 'Kept' });
    await saveSettings(db, berlin, NOW);
    await importBackup(db, backup, 'merge', NOW);
    expect(await db.get('settings', 'user')).toEqual(berlin);
  });
});

describe('a damaged or foreign file is refused and nothing changes', () => {
  type Damage = (b: Record<string, unknown> & Backup) => unknown;
  const index = (b: Backup, store: 'people' | 'interviews' | 'touches', id: string) =>
    b[store].findIndex((r) => r.id === id);

  const cases: Array<[string, Damage, Array<string | RegExp>]> = [
    ['truncated JSON text', (b) => JSON.stringify(b).slice(0, 300), [/not valid JSON/, /cut short/]],
    ['empty text', () => '   ', ['This file is empty']],
    ['a number', () => 42, ['This is not an Afterview backup', 'a number']],
    ['null', () => null, ['This is not an Afterview backup']],
    ['a list', () => [], ['This is not an Afterview backup', 'a list']],
    ['JSON text of a string', () => '"hello"', ['This is not an Afterview backup', 'text']],
    [
      'another format',
      (b) => ({ ...b, format: 'other-app' }),
      ['This is not an Afterview backup', '"other-app"'],
    ],
    ['no format at all', () => ({ people: [] }), ['This is not an Afterview backup']],
    [
      'a newer version',
      (b) => ({ ...b, version: 2, people: 'reshaped' }),
      ['This backup was made by a newer Afterview (version 2); update Afterview first.'],
    ],
    ['a version as text', (b) => ({ ...b, version: '1' }), ['version "1"', 'cannot read']],
    ['no version', (b) => ({ ...b, version: undefined }), ['has no version number']],
    [
      'one bad role among many people',
      (b) => {
        const i = index(b, 'people', 'p-bob');
        (b.people[i] as Record<string, unknown>).role = 'boss';
        return b;
      },
      ['people[1] (id "p-bob").role: expected one of'],
    ],
    [
      'an email of the wrong type',
      (b) => {
        (b.people[2] as Record<string, unknown>).email = 42;
        return b;
      },
      ['people[2] (id "p-ren").email: expected string, received number'],
    ],
    [
      'a missing field',
      (b) => {
        delete (b.interviews[0] as Partial<StoredInterview>).start;
        return b;
      },
      ['interviews[0] (id "i-acme-1").start: missing (expected string)'],
    ],
    [
      'an interview ending before it starts',
      (b) => {
        b.interviews[1]!.end = '2026-02-20T09:00:00-05:00';
        return b;
      },
      ['interviews[1] (id "i-zeta-1").end: the interview must end after it starts'],
    ],
    [
      'a record that is not an object',
      (b) => {
        (b.touches as unknown[])[1] = 'oops';
        return b;
      },
      ['touches[1]: expected object, received string'],
    ],
    [
      'a bad task state',
      (b) => {
        (b.taskStates[0] as Record<string, unknown>).state = 'forgotten';
        return b;
      },
      ['taskStates[0] (id "notes:i-acme-1").state: expected \'done\''],
    ],
    [
      'a bad time zone in the settings',
      (b) => ({ ...b, settings: { ...b.settings, timeZone: 'Mars/Olympus' } }),
      ['settings.timeZone: expected an IANA time zone'],
    ],
    [
      'a dangling opportunityId',
      (b) => {
        b.touches[index(b, 'touches', 't-zeta-1')]!.opportunityId = 'o-gone';
        return b;
      },
      ['touches[1] (id "t-zeta-1").opportunityId: no opportunity with id "o-gone" in this backup'],
    ],
    [
      'a thread of a missing opportunity',
      (b) => {
        b.threads[0]!.opportunityId = 'o-gone';
        return b;
      },
      ['threads[0] (id "thread-acme").opportunityId: no opportunity with id "o-gone"'],
    ],
    [
      'a duplicate person id',
      (b) => {
        b.people.push({ ...b.people[0]!, name: 'Second Amy' });
        return b;
      },
      ['people[4] (id "p-amy").id: duplicate id "p-amy" (people[0] has it too)'],
    ],
    [
      'a duplicate opportunity id',
      (b) => {
        b.opportunities.push({ ...b.opportunities[1]! });
        return b;
      },
      ['opportunities[3] (id "o-cafe").id: duplicate id "o-cafe" (opportunities[1] has it too)'],
    ],
    [
      'a duplicate task state',
      (b) => {
        b.taskStates.push({ ...b.taskStates[0]! });
        return b;
      },
      ['taskStates[3] (id "notes:i-acme-1").id: duplicate state for task "notes:i-acme-1"'],
    ],
    [
      'an interviewer who is not in the file',
      (b) => {
        b.interviews[0]!.interviewers = ['p-amy', 'p-ghost'];
        return b;
      },
      ['interviews[0] (id "i-acme-1").interviewers[1]: no person with id "p-ghost" in this backup'],
    ],
    [
      'a touch naming a missing person',
      (b) => {
        b.touches[0]!.person = 'p-ghost';
        return b;
      },
      ['touches[0] (id "t-acme-1").person: no person with id "p-ghost"'],
    ],
    [
      'a referrer who is not in the file',
      (b) => {
        b.opportunities[0]!.referredBy = 'p-ghost';
        return b;
      },
      ['opportunities[0] (id "o-acme").referredBy: no person with id "p-ghost"'],
    ],
    [
      'a __proto__ key inside a record (JSON text)',
      (b) => JSON.stringify(b).replace('"id":"p-amy"', '"__proto__":{"polluted":true},"id":"p-amy"'),
      ['people[0] (id "p-amy").__proto__: a key with this name is not allowed'],
    ],
    [
      'a __proto__ key at the top (JSON text)',
      (b) => `{"__proto__":{"polluted":true},${JSON.stringify(b).slice(1)}`,
      ['__proto__: a key with this name is not allowed'],
    ],
    [
      'a constructor key deep in an interview',
      (b) => {
        (b.interviews[0] as Record<string, unknown>).nextStep = { constructor: { prototype: 1 } };
        return b;
      },
      ['interviews[0] (id "i-acme-1").nextStep.constructor: a key with this name is not allowed'],
    ],
  ];

  it.each(cases)('%s', async (_label, damage, expected) => {
    const db = await seededWithExtras();
    const before = await snapshot(db, { full: true });
    const raw = damage(clone(await exportBackup(db, NOW)));

    for (const mode of ['replace', 'merge'] as const) {
      const error = await importBackup(db, raw, mode, NOW).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BackupError);
      for (const part of expected) expect((error as Error).message).toMatch(part);
      expect(await snapshot(db, { full: true })).toEqual(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists the first problems and counts the rest', async () => {
    const db = await seededWithExtras();
    const backup = clone(await exportBackup(db, NOW));
    for (const p of backup.people) (p as Record<string, unknown>).role = 'boss';
    const result = BackupSchema.safeParse(backup);
    expect(result.success).toBe(false);
    const message = describeBackupError(result.error!, backup);
    expect(message).toMatch(/^people\[0\] \(id "p-amy"\)\.role: .*; people\[1\] \(id "p-bob"\)\.role: /);
    expect(message).toMatch(/; and 1 more problem$/);
    // Without the input, records are still named by position.
    expect(describeBackupError(result.error!)).toMatch(/^people\[0\]\.role: /);
  });

  it('rolls everything back when a write fails half way (replanning included)', async () => {
    const db = await seededWithExtras();
    const before = await snapshot(db, { full: true });
    const backup = await exportBackup(db, NOW);
    backup.opportunities[0]!.company = 'Renamed';

    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'tasks') throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });

    for (const mode of ['replace', 'merge'] as const) {
      await expect(importBackup(db, backup, mode, NOW)).rejects.toThrow('disk full');
      expect(await snapshot(db, { full: true })).toEqual(before);
    }
  });

  it('refuses an unknown mode', async () => {
    const db = await seededWithExtras();
    const backup = await exportBackup(db, NOW);
    await expect(importBackup(db, backup, 'append' as 'merge', NOW)).rejects.toThrow(TypeError);
  });
});
