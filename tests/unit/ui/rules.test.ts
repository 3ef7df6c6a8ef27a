import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleId } from '@/lib/model';
import { plan } from '@/lib/playbook';
import { messages } from '@/lib/ui/strings';
import { findRule, ruleAnchorId, ruleEntries, ruleIds, rulesHash, rulesHref, ruleText } from '@/lib/ui/rules';
import { PLAYBOOK_DOC, playbookDoc } from '@/scripts/docs-playbook';
import { parseScenario } from '@/scripts/scenario-io';

/** Every rule id the planner's source can cite (`rule: 'R5.2'`, and the check-in slots' rules). */
function citedInSource(): string[] {
  const dir = resolve('lib/playbook');
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/'(R\d+(?:\.\d+)?)'/g)])
    .map((m) => m[1]!);
  return [...new Set(ids)].sort();
}

/** Every rule id the team's scenarios' tasks cite, as planned. */
function citedByScenarios(): string[] {
  const dir = resolve('tests/scenarios');
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const parsed = parseScenario(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.ok) throw new Error(name);
      return plan(parsed.value.records, parsed.value.now, parsed.value.settings).map((t) => t.rule);
    });
  return [...new Set(ids)].sort();
}

describe('the rules, from one list', () => {
  it('has an entry for every rule id a task or warning can cite', () => {
    const cited = [...citedInSource(), ...citedByScenarios()];
    expect(cited).toEqual(expect.arrayContaining(['R1', 'R2', 'R5.1', 'R5.4', 'R5.6', 'R8', 'R9']));
    expect(cited.filter((id) => findRule(id) === null)).toEqual([]);
  });

  it('covers R1 to R10 and the sub-rules of R5, each once, each a valid rule id', () => {
    expect(ruleIds).toEqual(
      expect.arrayContaining([
        'R1',
        'R2',
        'R3',
        'R4',
        'R5',
        'R5.2',
        'R5.5',
        'R5.7',
        'R6',
        'R7',
        'R8',
        'R9',
        'R10',
      ]),
    );
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(RuleId.safeParse(id).success, id).toBe(true);
    for (const entry of ruleEntries)
      if (entry.parent) expect(findRule(entry.parent), entry.id).not.toBeNull();
  });

  it('gives every entry a title, what Afterview does and why, all as strings of the catalogue', () => {
    for (const entry of ruleEntries) {
      for (const key of [entry.title, entry.does, entry.why]) expect(messages, entry.id).toHaveProperty(key);
      const text = ruleText(entry);
      expect(text.title.length, entry.id).toBeGreaterThan(5);
      expect(text.title.length, entry.id).toBeLessThan(60);
      expect(text.does.length, entry.id).toBeGreaterThan(40);
      expect(text.why.length, entry.id).toBeGreaterThan(20);
      for (const words of [text.title, text.does, text.why])
        expect(words, entry.id).not.toMatch(/\$\d|undefined/);
    }
  });

  it('says the playbook’s timings', () => {
    const does = (id: string) => ruleText(findRule(id)!).does;
    expect(does('R5.2')).toMatch(/one business day after/);
    expect(does('R5.2')).toMatch(/more than 14 days/);
    expect(does('R5.3')).toMatch(/five days after/);
    expect(does('R5.4')).toMatch(/7 days, then 14/);
    expect(does('R5.6')).toMatch(/2 by default; 2 or 3/);
    expect(does('R5.7')).toMatch(/09:00–17:00/);
    expect(does('R7')).toMatch(/within two days/);
    expect(does('R8')).toMatch(/300 characters/);
    expect(does('R9')).toMatch(/a week after their decision date, or three weeks after the interview/);
  });

  it('is written in our own words: no run of eight words taken from PLAYBOOK.md', () => {
    const source = resolve('../shared/PLAYBOOK.md');
    if (!existsSync(source)) return; // The playbook sits beside the repository, not in it.
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/’/g, "'")
        .match(/[a-z0-9']+/g) ?? [];
    const theirs = words(readFileSync(source, 'utf8'));
    const runs = new Set(theirs.slice(0, -7).map((_, i) => theirs.slice(i, i + 8).join(' ')));
    const ours = ruleEntries.flatMap((entry) =>
      Object.values(ruleText(entry)).filter((v) => typeof v === 'string'),
    );
    const whyLines = Object.entries(messages)
      .filter(([key]) => key.startsWith('why_'))
      .map(([, text]) => text);
    const copied = [...ours, ...whyLines].flatMap((text) => {
      const w = words(text);
      return w
        .slice(0, -7)
        .map((_, i) => w.slice(i, i + 8).join(' '))
        .filter((run) => runs.has(run));
    });
    expect(copied).toEqual([]);
  });
});

describe('links to a rule', () => {
  it('point at the dashboard’s rules page, at that rule', () => {
    expect(rulesHash('R5.2')).toBe('#/rules/R5.2');
    expect(rulesHash()).toBe('#/rules');
    expect(rulesHref('R5.2')).toMatch(/^chrome-extension:\/\/[^/]+\/dashboard\.html#\/rules\/R5\.2$/);
    expect(ruleAnchorId('R5.2')).toBe('rule-R5-2');
  });
});

describe('docs/playbook.md', () => {
  it('is current with lib/ui/rules.ts (npm run docs:playbook)', async () => {
    const current = existsSync(PLAYBOOK_DOC) ? readFileSync(PLAYBOOK_DOC, 'utf8') : '';
    expect(current, 'docs/playbook.md is out of date: run npm run docs:playbook').toBe(await playbookDoc());
  });

  it('has a heading for every rule, in order', async () => {
    const headings = (await playbookDoc())
      .match(/^#{2,3} R\d+(?:\.\d+)? /gm)!
      .map((h) => h.replace(/^#+ /, '').trim());
    expect(headings).toEqual([...ruleIds]);
  });
});
