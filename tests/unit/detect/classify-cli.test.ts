import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function run(input: string) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/classify.ts'], { input, encoding: 'utf8' });
  return {
    status: result.status,
    lines: result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const good = {
  id: 'e1',
  from: 'Amy Lee <amy@northwind.example>',
  to: 'me@example.org',
  subject: 'Your application',
  date: '2026-03-02T10:00:00-05:00',
  body: 'Unfortunately, we have decided to move forward with other candidates for the Analyst role.',
};

describe('npm run classify (scripts/classify.ts)', () => {
  it('prints one verdict line per email with the documented fields', () => {
    const { status, lines } = run(`${JSON.stringify(good)}\n`);
    expect(status).toBe(0);
    expect(Object.keys(lines[0]!)).toEqual([
      'id',
      'label',
      'confidence',
      'evidence',
      'company',
      'role',
      'interviewAt',
      'decisionBy',
      'people',
    ]);
    expect(lines[0]).toMatchObject({ id: 'e1', label: 'rejection' });
  });

  it('answers a bad line with an error naming it, runs the rest, and exits 2', () => {
    const input = [
      JSON.stringify(good),
      '{not json',
      JSON.stringify({ ...good, id: 'e3', date: 'yesterday' }),
      JSON.stringify({ ...good, id: 'e4' }),
    ].join('\n');
    const { status, lines } = run(input);
    expect(status).toBe(2);
    expect(lines.map((l) => l.id ?? null)).toEqual(['e1', null, 'e3', 'e4']);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/invalid JSON/) });
    expect(lines[2]).toMatchObject({ line: 3, error: expect.stringMatching(/^date:/) });
    expect(lines[3]).toMatchObject({ label: 'rejection' });
  });
});

describe('npm run classify, attacked', () => {
  it('answers 100 hostile lines one by one, naming each refusal, and never crashes', () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '\uD800',
        'x'.repeat(300_000),
        '__proto__',
        '\u0000',
        '=1+1',
      ),
      fc.anything({ maxDepth: 2 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    const lines = fc
      .sample(fc.tuple(fc.constantFrom(...Object.keys(good), 'raw'), hostile), { numRuns: 100, seed: 17 })
      .map(([field, value]) =>
        field === 'raw'
          ? String(value).replace(/[\r\n]/g, ' ') || '{'
          : (JSON.stringify({ ...good, [field]: value }) ?? '{'),
      );
    const { status, lines: answers } = run(`${lines.join('\n')}\n`);
    expect([0, 2]).toContain(status);
    expect(answers).toHaveLength(100);
    answers.forEach((answer, i) => {
      if ('error' in answer) {
        expect(answer).toMatchObject({ line: i + 1, error: expect.stringMatching(/\w{3,}/) });
        expect(String(answer.error)).not.toMatch(/TypeError|Cannot read prop|\[object /);
      } else {
        expect(answer).toMatchObject({ label: expect.any(String) });
      }
    });
  });
});
