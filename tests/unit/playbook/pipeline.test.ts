import { describe, expect, it } from 'vitest';
import { Opportunity } from '@/lib/model';
import { pipelineHealth } from '@/lib/playbook';

const now = new Date('2026-03-20T12:00:00Z');
const opportunity = (status: string, appliedAt: string | null) =>
  Opportunity.parse({ company: 'Example Corp', role: 'Analyst', status, appliedAt });

describe('pipeline health (R6)', () => {
  it.each([
    ['no opportunities at all', [], ['few_active', 'no_recent_application']],
    [
      'three active, one applied yesterday',
      [
        opportunity('applied', '2026-03-19T10:00:00Z'),
        opportunity('interviewing', null),
        opportunity('offer', null),
      ],
      [],
    ],
    [
      'closed ones do not count as active',
      [
        opportunity('applied', '2026-03-19T10:00:00Z'),
        opportunity('interviewing', null),
        opportunity('closed', '2026-03-18T10:00:00Z'),
      ],
      ['few_active'],
    ],
    [
      'the newest application is 8 days old',
      [
        opportunity('applied', '2026-03-12T10:00:00Z'),
        opportunity('interviewing', null),
        opportunity('awaiting_decision', null),
      ],
      ['no_recent_application'],
    ],
  ])('%s', (_name, opportunities, expected) => {
    const warnings = pipelineHealth(opportunities, now);
    expect(warnings.map((w) => w.code)).toEqual(expected);
    for (const warning of warnings) expect(warning.rule).toBe('R6');
  });
});
