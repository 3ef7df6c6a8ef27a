import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { UserSettings } from '@/lib/model';
import { CSV_COLUMNS, exportOpportunitiesCsv } from '@/lib/store/csv';
import {
  addTouch,
  saveInterview,
  saveOpportunity,
  savePerson,
  saveSettings,
  setTaskState,
} from '@/lib/store/writes';
import { interview, opportunity, person, touch, useTestDb } from './fixtures';

const NOW = new Date('2026-03-02T21:00:00Z');

const freshDb = useTestDb('afterview-test-csv');

/** Parse the file as a spreadsheet would: BOM off, CRLF records, quoted cells. */
function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  expect(result.meta.linebreak).toBe('\r\n');
  return result.data;
}

/** What a spreadsheet could take as a formula: the text after any spaces (zero-width ones and quotes too). */
const FORMULA_LEAD = /^[\s\u200b-\u200d\u2060"]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/;

/**
 * Hostile cells: what was stored, and the cell a spreadsheet reads back. The export has no
 * numeric column, so `-5` is text and neutralised like any other.
 */
const hostile: Array<[string, string]> = [
  [' =1+1', `' =1+1`],
  ['   =1+1', `'   =1+1`],
  ['\t=1+1', `'\t=1+1`],
  ['\u00a0=1+1', `'\u00a0=1+1`],
  ['\u3000=1+1', `'\u3000=1+1`],
  ['\u200b=1+1', `'\u200b=1+1`],
  ['\uff1d1+1', `'\uff1d1+1`],
  [' \uff0b1', `' \uff0b1`],
  ['\ufe661', `'\ufe661`],
  [';=1', `;'=1`],
  ['; =1+1', `;' =1+1`],
  [',=1', ',=1'],
  ['"=1"', `'"=1"`],
  ['\n=1', `\n'=1`],
  ['x\n=1', `x\n'=1`],
  ['x\r\n@SUM(A1)', `x\r\n'@SUM(A1)`],
  ['\r\n=1', `'\r\n'=1`],
  ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
  ['-2+3', `'-2+3`],
  ['-5', `'-5`],
  ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
  ['=1+1;=2+2', `'=1+1;'=2+2`],
  ['Amy; \u00a0"-x', `Amy;' \u00a0"-x`],
  ['=HYPERLINK("http://x.test";"open")', `'=HYPERLINK("http://x.test";"open")`],
  // Ordinary cells stay as they are.
  ["'=already neutral", "'=already neutral"],
  ['e-mail; a=b, c-d', 'e-mail; a=b, c-d'],
  ['Café "Niño"', 'Café "Niño"'],
  [' padded ', ' padded '],
];

/**
 * The fields a spreadsheet sees when it opens the file with `;` as its list separator: our
 * quotes no longer line up, so any line break or `;` may start a field.
 */
function semicolonFields(csv: string): string[] {
  return csv.replace(/^\uFEFF/, '').split(/[\r\n;]/);
}

describe('opportunities as CSV', () => {
  it('has one row per opportunity with its last touch, next task and people', async () => {
    const db = await freshDb();
    await saveSettings(db, UserSettings.parse({ timeZone: 'America/New_York' }), NOW);

    await saveOpportunity(
      db,
      opportunity('o-cafe', { company: 'Café "Niño", Inc.\nParis', role: 'Ingénieure, données' }),
      NOW,
    );
    await savePerson(db, person('p-zoe', 'o-cafe', { name: 'Zoë Müller', role: 'hiring_manager' }), NOW);
    await savePerson(db, person('p-emile', 'o-cafe', { name: 'Émile Durand' }), NOW);
    await saveInterview(db, interview('i-cafe', 'o-cafe', { interviewers: ['p-emile'] }), NOW);
    // 18:30 and 20:10 in New York; the later one is the last touch.
    await addTouch(
      db,
      touch('t-1', 'o-cafe', { at: '2026-03-02T23:30:00Z', person: 'p-emile', purpose: 'scheduling' }),
      NOW,
    );
    await addTouch(
      db,
      touch('t-2', 'o-cafe', {
        at: '2026-03-03T01:10:00Z',
        person: 'p-zoe',
        direction: 'received',
        purpose: 'reply',
      }),
      NOW,
    );
    // Notes are done, so the next open task is the thank-you, due 23:59 that day.
    await setTaskState(db, { opportunityId: 'o-cafe', id: 'notes:i-cafe', state: 'done' }, NOW);

    await saveOpportunity(
      db,
      opportunity('o-zeta', {
        company: 'Zeta',
        role: 'Designer',
        status: 'closed',
        outcome: 'moved_on',
        outcomeAt: '2026-03-01T12:00:00Z',
      }),
      NOW,
    );
    await saveOpportunity(
      db,
      opportunity('o-new', { company: 'Beta', role: 'Analyst', status: 'awaiting_decision' }),
      NOW,
    );

    const csv = await exportOpportunitiesCsv(db, NOW);
    expect(csv.startsWith('\uFEFFCompany,Role,Status,')).toBe(true);

    const thankYou = (await db.getAll('tasks')).find((t) => t.id === 'thank_you:i-cafe:p-emile');
    expect(thankYou?.due).toBe('2026-03-02T23:59:00-05:00');

    expect(parse(csv)).toEqual([
      [...CSV_COLUMNS],
      ['Beta', 'Analyst', 'awaiting decision', '', '', '', ''],
      [
        'Café "Niño", Inc.\nParis',
        'Ingénieure, données',
        'interviewing',
        '',
        '2026-03-02 20:10 · reply · received',
        'Send a thank-you — Émile Durand · due 2026-03-02 23:59',
        'Émile Durand (interviewer); Zoë Müller (hiring manager)',
      ],
      ['Zeta', 'Designer', 'closed', 'moved on', '', '', ''],
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const db = await freshDb();
    await saveSettings(db, UserSettings.parse({ timeZone: 'UTC' }), NOW);
    await saveOpportunity(db, opportunity('o-1', { company: '=HYPERLINK("http://x.test","open")' }), NOW);
    await saveOpportunity(db, opportunity('o-2', { company: '+Plus', role: '=1+1\nsecond line' }), NOW);
    await saveOpportunity(db, opportunity('o-3', { company: '-Minus', role: '@SUM(A1)' }), NOW);
    await saveOpportunity(db, opportunity('o-4', { company: '\tTab', role: '\rReturn' }), NOW);
    await savePerson(db, person('p-1', 'o-4', { name: '@mention' }), NOW);
    await saveOpportunity(db, opportunity('o-5', { company: 'Plain', role: 'a=b, c-d' }), NOW);

    const rows = parse(await exportOpportunitiesCsv(db, NOW)).slice(1);
    const cells = rows.map((row) => [row[0], row[1], row[6]]);
    expect(cells).toEqual(
      expect.arrayContaining([
        [`'=HYPERLINK("http://x.test","open")`, 'Engineer', ''],
        [`'+Plus`, `'=1+1\nsecond line`, ''],
        [`'-Minus`, `'@SUM(A1)`, ''],
        [`'\tTab`, `'\rReturn`, `'@mention (interviewer)`],
        ['Plain', 'a=b, c-d', ''],
      ]),
    );
    expect(rows).toHaveLength(5);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each(hostile.map(([stored, read], i) => ({ i, name: JSON.stringify(stored), stored, read })))(
    'writes the hostile cell $name so no spreadsheet can start a formula with it',
    async ({ i, stored, read }) => {
      const db = await freshDb();
      await saveSettings(db, UserSettings.parse({ timeZone: 'UTC' }), NOW);
      await saveOpportunity(db, opportunity('o-1', { company: stored, role: `case ${i}` }), NOW);
      await savePerson(db, person('p-1', 'o-1', { name: stored }), NOW);

      const csv = await exportOpportunitiesCsv(db, NOW);
      const [row] = parse(csv).slice(1);
      expect(row?.[0]).toBe(read);
      expect(row?.[1]).toBe(`case ${i}`);
      expect(row?.[6]).toBe(`${read} (interviewer)`);
      for (const cell of row ?? []) {
        expect(cell).not.toMatch(FORMULA_LEAD);
        expect(cell).not.toMatch(/^[\t\r]/);
      }
      // A `;` is always inside quotes, and even a spreadsheet splitting at every `;` and line
      // break (as one that uses `;` as its list separator may) finds no formula.
      expect(csv.replace(/"(?:[^"]|"")*"/g, '""')).not.toContain(';');
      for (const field of semicolonFields(csv)) expect(field).not.toMatch(FORMULA_LEAD);
    },
  );

  it('neutralises a formula after the `;` that joins the people', async () => {
    const db = await freshDb();
    await saveOpportunity(db, opportunity('o-1'), NOW);
    await savePerson(db, person('p-1', 'o-1', { name: '=A' }), NOW);
    await savePerson(db, person('p-2', 'o-1', { name: '=B', role: 'recruiter' }), NOW);

    const csv = await exportOpportunitiesCsv(db, NOW);
    expect(parse(csv)[1]?.[6]).toBe(`'=A (interviewer);' =B (recruiter)`);
    for (const field of semicolonFields(csv)) expect(field).not.toMatch(FORMULA_LEAD);
  });

  it('ends every record with CRLF, leaving line breaks inside quoted cells as they are', async () => {
    const db = await freshDb();
    await saveOpportunity(db, opportunity('o-1', { company: 'Line\none', role: 'Two\r\nlines' }), NOW);
    await saveOpportunity(db, opportunity('o-2', { company: 'Other', role: 'Role' }), NOW);

    const csv = await exportOpportunitiesCsv(db, NOW);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(outsideQuotes.split('\r\n')).toHaveLength(4);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(
      parse(csv)
        .slice(1)
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      ['Line\none', 'Two\r\nlines'],
      ['Other', 'Role'],
    ]);
  });

  it('is just the header for an empty database', async () => {
    const db = await freshDb();
    expect(await exportOpportunitiesCsv(db, NOW)).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});
