import { describe, expect, it } from 'vitest';
import { type StoredTask, UserSettings } from '@/lib/model';
import type { Db } from '@/lib/store/db';
import { exportTasksIcs, taskUid } from '@/lib/store/ics';
import { saveInterview, saveOpportunity, savePerson, saveSettings, setTaskState } from '@/lib/store/writes';
import { interview, opportunity, person, useTestDb } from './fixtures';

const NOW = new Date('2026-03-02T21:00:00Z');

const freshDb = useTestDb('afterview-test-ics');

async function seed(db: Db): Promise<void> {
  await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York' }), NOW);
  await saveOpportunity(db, opportunity('o-acme', { company: 'Acme, Inc.', role: 'Senior Engineer' }), NOW);
  await savePerson(db, person('p-amy', 'o-acme', { name: 'Amy Lee' }), NOW);
  await savePerson(db, person('p-bob', 'o-acme', { name: 'Bob Chen', role: 'recruiter' }), NOW);
  await saveInterview(db, interview('i-1', 'o-acme', { interviewers: ['p-amy'] }), NOW);
  await saveOpportunity(db, opportunity('o-beta', { company: 'Beta; Ltd', role: 'Analyst' }), NOW);
  await saveInterview(
    db,
    interview('i-2', 'o-beta', {
      start: '2026-02-26T10:00:00-05:00',
      end: '2026-02-26T11:00:00-05:00',
      format: 'onsite',
    }),
    NOW,
  );
  // One done, one skipped, one snoozed (still open, at its new time).
  await setTaskState(db, { opportunityId: 'o-acme', id: 'notes:i-1', state: 'done' }, NOW);
  await setTaskState(
    db,
    { opportunityId: 'o-beta', id: 'notes:i-2', state: 'skipped', reason: 'Wrote them on the train' },
    NOW,
  );
  await setTaskState(
    db,
    { opportunityId: 'o-acme', id: 'thank_you:i-1:p-amy', state: 'snoozed', until: '2026-03-03T01:30:00Z' },
    NOW,
  );
}

/** The file's events as property maps (lines unfolded; parameters kept in the name). */
function events(ics: string): Array<Record<string, string>> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const result: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      result.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return result;
}

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The file as bytes, cut into physical lines at CRLF (the last one, empty, dropped). */
function physicalLines(ics: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length);
  return lines;
}

/** Text the way the iCalendar TEXT type escapes it. */
function escaped(text: string): string {
  return text.replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');
}

const longTexts: Array<[string, string, string]> = [
  ['ASCII', 'Northwind Traders International Holdings', 'Senior Staff Engineer '.repeat(8).trim()],
  [
    'accented Latin',
    'Société Générale Éléphant Çà et là',
    'Ingénieure données très expérimentée '.repeat(6).trim(),
  ],
  ['CJK', '株式会社東京電機製作所研究開発本部', '上級ソフトウェアエンジニア兼技術責任者'.repeat(5)],
  ['emoji', '🚀🌟 Rocket Labs 🎉', '🧑‍💻👩🏽‍🔬🐙🦄🍕'.repeat(12)],
  ['a mix', 'Zoë 株式会社 🚀 Ltd', 'aé東🎉'.repeat(25)],
];

describe('open tasks as iCalendar', () => {
  it('has one event per open task, at its due instant, for 30 minutes', async () => {
    const db = await freshDb();
    await seed(db);
    const tasks: StoredTask[] = await db.getAll('tasks');
    const open = tasks.filter((t) => t.state === 'pending' || t.state === 'snoozed');
    const closed = tasks.filter((t) => t.state === 'done' || t.state === 'skipped');
    expect(open.length).toBeGreaterThan(3);
    expect(closed.map((t) => t.id).sort()).toEqual(['notes:i-1', 'notes:i-2']);
    expect(open.find((t) => t.id === 'thank_you:i-1:p-amy')?.state).toBe('snoozed');

    const ics = await exportTasksIcs(db, NOW);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toContain('VALARM');

    const found = events(ics);
    expect(found).toHaveLength(open.length);
    const byUid = new Map(found.map((e) => [e.UID!, e]));
    expect(byUid.size).toBe(open.length);
    for (const task of open) {
      const event = byUid.get(taskUid(task));
      expect(event, task.id).toBeDefined();
      expect(event!.DTSTART).toBe(utcStamp(task.dueAt));
      expect(Date.parse(task.due)).toBe(task.dueAt);
      expect(event!.DURATION).toBe('PT30M');
      expect(event!.DESCRIPTION).toContain(`Rule ${task.rule}`);
      expect(event!.DTSTAMP).toBe(utcStamp(NOW.getTime()));
    }
    for (const task of closed) expect(byUid.has(taskUid(task)), task.id).toBe(false);

    // The snoozed thank-you sits at the snooze time: 20:30 in New York is 01:30 UTC.
    const thanks = byUid.get(taskUid({ opportunityId: 'o-acme', id: 'thank_you:i-1:p-amy' }))!;
    expect(thanks.DTSTART).toBe('20260303T013000Z');
    expect(thanks.SUMMARY).toBe('Send a thank-you — Amy Lee (Acme\\, Inc.)');
    expect(thanks.DESCRIPTION).toBe(
      'Senior Engineer at Acme\\, Inc.\\nChannel: email\\nRule R2 of the Afterview playbook',
    );
  });

  it('titles check-ins with the person and escapes the company', async () => {
    const db = await freshDb();
    await seed(db);
    const summaries = events(await exportTasksIcs(db, NOW)).map((e) => e.SUMMARY);
    expect(summaries).toContain('Check in — Bob Chen (Acme\\, Inc.)');
    expect(summaries.some((s) => s?.endsWith('(Beta\\; Ltd)'))).toBe(true);
  });

  it('keeps UIDs stable across exports and replans, so calendars update events', async () => {
    const db = await freshDb();
    await seed(db);
    const first = await exportTasksIcs(db, NOW);
    expect(await exportTasksIcs(db, NOW)).toBe(first);

    // Replan at a later time: the same tasks keep the same UIDs.
    const later = new Date('2026-03-03T12:00:00Z');
    await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York' }), later);
    const second = await exportTasksIcs(db, later);
    const uids = (ics: string) => events(ics).map((e) => e.UID);
    expect(uids(second)).toEqual(uids(first));
    expect(uids(first)).toContain('o-acme.thank_you%3Ai-1%3Ap-amy@afterview');
  });

  it('drops a task once it is done', async () => {
    const db = await freshDb();
    await seed(db);
    const uid = taskUid({ opportunityId: 'o-acme', id: 'thank_you:i-1:p-amy' });
    expect(events(await exportTasksIcs(db, NOW)).map((e) => e.UID)).toContain(uid);
    await setTaskState(db, { opportunityId: 'o-acme', id: 'thank_you:i-1:p-amy', state: 'done' }, NOW);
    expect(events(await exportTasksIcs(db, NOW)).map((e) => e.UID)).not.toContain(uid);
  });

  it.each(longTexts)(
    'folds long %s lines at 75 octets, never inside a character',
    async (_name, company, role) => {
      const db = await freshDb();
      await saveOpportunity(db, opportunity('o-1', { company, role }), NOW);
      await savePerson(db, person('p-1', 'o-1', { name: 'Amy Lee' }), NOW);
      await saveInterview(db, interview('i-1', 'o-1', { interviewers: ['p-1'] }), NOW);
      const ics = await exportTasksIcs(db, NOW);
      expect(ics).toContain('BEGIN:VEVENT');

      const decoder = new TextDecoder('utf-8', { fatal: true });
      const lines = physicalLines(ics).map((bytes) => {
        expect(bytes.length).toBeLessThanOrEqual(75);
        const line = decoder.decode(bytes);
        expect(line).not.toContain('\uFFFD');
        return line;
      });
      // Long lines were folded, each continuation starting with one space (never a tab).
      expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
      for (const line of lines) expect(line).not.toMatch(/^\t/);
      // Folded as tightly as allowed: a line ends early only where the next character would not fit.
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        if (next?.startsWith(' ')) {
          const first = String.fromCodePoint(next.codePointAt(1)!);
          expect(new TextEncoder().encode(line + first).length).toBeGreaterThan(75);
        }
      });

      // Unfolding gives back the text.
      const found = events(lines.join('\r\n') + '\r\n');
      expect(found.length).toBeGreaterThan(0);
      for (const event of found) {
        expect(event.SUMMARY?.endsWith(`(${escaped(company)})`)).toBe(true);
        expect(event.DESCRIPTION?.startsWith(escaped(`${role} at ${company}\n`))).toBe(true);
      }
    },
  );

  it('is an empty calendar for an empty database', async () => {
    const db = await freshDb();
    const ics = await exportTasksIcs(db, NOW);
    expect(events(ics)).toEqual([]);
    expect(ics).toContain('BEGIN:VCALENDAR');
  });
});
