/**
 * The scheduler's door as users run it: `tsx scripts/plan.ts FILE.json` (PLAYBOOK.md,
 * "Scenario files"). A good scenario prints a JSON array of tasks with exactly the
 * documented fields; a bad one exits with code 2 and names the field.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { plan } from '../../../lib/playbook';
import { parseScenario } from '../../../scripts/scenario-io';

const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const temp = mkdtempSync(join(tmpdir(), 'afterview-plan-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(tsx, ['scripts/plan.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

function write(name: string, content: unknown): string {
  const path = join(temp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** A small valid scenario in the documented format. */
function scenario(): Record<string, unknown> {
  return {
    now: '2026-03-02T09:00:00-05:00',
    timeZone: 'America/New_York',
    settings: { maxUnanswered: 2, workday: ['09:00', '17:00'] },
    opportunity: {
      company: 'Acme',
      role: 'Marketing Coordinator',
      status: 'awaiting_decision',
      outcome: null,
      culture: 'modern',
      payDiscussed: true,
      referredBy: null,
    },
    people: [{ id: 'p1', name: 'Amy Lee', role: 'interviewer', email: 'amy@acme.example' }],
    interviews: [
      {
        id: 'i1',
        start: '2026-02-27T14:00:00-05:00',
        end: '2026-02-27T15:00:00-05:00',
        format: 'onsite',
        interviewers: ['p1'],
      },
    ],
    touches: [],
    taskStates: [],
  };
}

const fields = ['id', 'kind', 'person', 'earliest', 'due', 'late', 'channel', 'rule', 'state'];
const timeout = 30_000;

describe('npm run plan (scripts/plan.ts)', () => {
  it(
    'prints the planned tasks of a good scenario as a JSON array with exactly the documented fields',
    async () => {
      const file = resolve(root, 'tests/scenarios/r5-3-no-dates-new-york.json');
      const { expected } = JSON.parse(readFileSync(file, 'utf8')) as { expected: unknown[] };
      const result = await run([file]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const tasks = JSON.parse(result.stdout) as Record<string, unknown>[];
      expect(Array.isArray(tasks)).toBe(true);
      expect(tasks.length).toBeGreaterThan(0);
      for (const task of tasks) expect(Object.keys(task)).toEqual(fields);
      expect(tasks).toEqual(expected);
      // 2-space indented JSON, as documented.
      expect(result.stdout).toBe(`${JSON.stringify(tasks, null, 2)}\n`);
    },
    timeout,
  );

  it(
    'reads the scenario from stdin with -',
    async () => {
      const result = await run(['-'], JSON.stringify(scenario()));
      expect(result.code).toBe(0);
      const tasks = JSON.parse(result.stdout) as Record<string, unknown>[];
      expect(tasks.map((task) => task.id)).toContain('notes:i1');
    },
    timeout,
  );

  it(
    'rejects a scenario missing a required field, naming it (exit 2)',
    async () => {
      const data = scenario();
      delete (data.opportunity as Record<string, unknown>).company;
      const result = await run([write('missing.json', data)]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^opportunity\.company: /m);
    },
    timeout,
  );

  it(
    'rejects a field of the wrong type, naming it (exit 2)',
    async () => {
      const data = scenario();
      (data.interviews as Record<string, unknown>[])[0]!.mayCall = 'yes';
      const result = await run([write('type.json', data)]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^interviews\.0\.mayCall: /m);
    },
    timeout,
  );

  it(
    'rejects an interview that ends before it starts, naming interviews.0.end (exit 2)',
    async () => {
      const data = scenario();
      (data.interviews as Record<string, unknown>[])[0]!.end = '2026-02-27T13:00:00-05:00';
      const result = await run([write('end.json', data)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^interviews\.0\.end: /m);
    },
    timeout,
  );

  it(
    'rejects an unknown person id among the interviewers (exit 2)',
    async () => {
      const data = scenario();
      (data.interviews as Record<string, unknown>[])[0]!.interviewers = ['p1', 'p9'];
      const result = await run([write('person.json', data)]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^interviews\.0\.interviewers\.1: .*p9/m);
    },
    timeout,
  );

  it(
    'rejects invalid JSON and says where (exit 2)',
    async () => {
      const result = await run([write('broken.json', '{\n  "now": "2026-03-02T09:00:00-05:00",,\n}')]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/invalid JSON/);
      expect(result.stderr).toMatch(/line 2, column \d+/);
    },
    timeout,
  );

  it(
    'reports a file it cannot read (exit 2)',
    async () => {
      const result = await run([join(temp, 'no-such-file.json')]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/no-such-file\.json: cannot read/);
    },
    timeout,
  );

  it(
    'prints the usage without an argument (exit 2)',
    async () => {
      const result = await run([]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^usage: /);
    },
    timeout,
  );
});

describe('npm run plan, attacked', () => {
  /** Every place in a value a hostile one can go: each key and index, nested. */
  const paths = (value: unknown, at: Array<string | number> = []): Array<Array<string | number>> =>
    value === null || typeof value !== 'object'
      ? [at]
      : [
          at,
          ...Object.entries(value).flatMap(([key, inner]) =>
            paths(inner, [...at, Array.isArray(value) ? Number(key) : key]),
          ),
        ];

  it('answers 100 hostile scenarios with a plan or named problems, and never throws', () => {
    const base = scenario();
    const places = paths(base);
    const hostile = fc.oneof(
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '\uD800',
        'x'.repeat(100_000),
        '__proto__',
        NaN,
        -1,
        null,
      ),
      fc.anything({ maxDepth: 2 }),
    );
    for (const [pick, value] of fc.sample(fc.tuple(fc.nat(), hostile), { numRuns: 100, seed: 17 })) {
      const attacked = structuredClone(base) as Record<string | number, unknown>;
      const path = places[pick % places.length]!;
      let node = attacked;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      const data = path.length === 0 ? value : ((node[path[path.length - 1]!] = value), attacked);
      const parsed = parseScenario(data);
      if (parsed.ok) {
        const { records, now, settings } = parsed.value;
        expect(() => plan(records, now, settings)).not.toThrow();
      } else {
        expect(parsed.errors.length).toBeGreaterThan(0);
        for (const error of parsed.errors) expect(error).not.toMatch(/TypeError|Cannot read prop|\[object /);
      }
    }
  });
});
