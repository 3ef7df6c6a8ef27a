import { describe, expect, it } from 'vitest';
import { pipelineHealth } from '@/lib/playbook';

const now = new Date('2026-03-20T12:00:00Z');

describe('pipeline health (R6)', () => {
  it.each([
    ['nothing yet', 0, null, ['few_active', 'no_recent_application']],
    ['three active, one applied yesterday', 3, '2026-03-19T10:00:00Z', []],
    ['two active, a recent application', 2, '2026-03-18T10:00:00Z', ['few_active']],
    [
      'enough active, the newest application exactly 7 days old',
      5,
      '2026-03-13T12:00:00Z',
      ['no_recent_application'],
    ],
    ['enough active, the newest application 6 days old', 5, '2026-03-14T12:00:00Z', []],
  ])('%s', (_name, active, lastApplied, expected) => {
    const warnings = pipelineHealth(
      { active, lastAppliedAt: lastApplied ? new Date(lastApplied) : null },
      now,
    );
    expect(warnings.map((w) => w.code)).toEqual(expected);
    for (const warning of warnings) expect(warning.rule).toBe('R6');
  });

  it('says how many are active', () => {
    expect(pipelineHealth({ active: 1, lastAppliedAt: now }, now)[0]!.message).toMatch(
      /^Only 1 active opportunity:/,
    );
  });
});
