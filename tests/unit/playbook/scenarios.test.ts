/**
 * The team's scenarios (tests/scenarios/*.json, PLAYBOOK.md "Scenario files"): each one
 * runs through the scheduler's door and must give exactly its hand-computed `expected`
 * tasks. The test name is the scenario's title, which starts with the rule ids it covers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planScenario, type OutputTask } from '@/scripts/scenario-io';

const dir = resolve(__dirname, '../../scenarios');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort();

interface ScenarioFile {
  title: string;
  expected: OutputTask[];
  [field: string]: unknown;
}

const scenarios = files.map((name) => {
  const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ScenarioFile;
  return { name, data };
});

describe('playbook scenarios', () => {
  for (const { name, data } of scenarios) {
    it(data.title, () => {
      expect(planScenario(data), `tests/scenarios/${name}`).toEqual(data.expected);
    });
  }
});

describe('the scenario set', () => {
  it('has at least 40 files, each with a title and an expected task list', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const { name, data } of scenarios) {
      expect(typeof data.title, name).toBe('string');
      expect(data.title, name).toMatch(/^R\d/);
      expect(Array.isArray(data.expected), name).toBe(true);
    }
  });

  const ruleIds = [
    'R1',
    'R2',
    'R3',
    'R4',
    'R5.1',
    'R5.2',
    'R5.3',
    'R5.4',
    'R5.5',
    'R5.6',
    'R5.7',
    'R6',
    'R7',
    'R8',
    'R9',
    'R10',
  ];
  it.each(ruleIds)('cites %s in at least one title', (rule) => {
    // "R1" must not be satisfied by "R10", nor "R5.1" by "R5.10".
    const pattern = new RegExp(`\\b${rule.replace('.', '\\.')}(?![\\d])`);
    expect(scenarios.filter(({ data }) => pattern.test(data.title)).map(({ name }) => name)).not.toEqual([]);
  });
});
