/**
 * Write docs/playbook.md, the playbook in our words, from the same entries the dashboard's
 * rules page shows (lib/ui/rules.ts). `--check` only says whether the file is current (exit 1
 * if not); a unit test fails when it is not.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { t } from '../lib/ui/i18n';
import { ruleEntries, ruleText } from '../lib/ui/rules';

export const PLAYBOOK_DOC = 'docs/playbook.md';

/** The document's Markdown, before formatting. */
export function playbookMarkdown(): string {
  const lines: string[] = [
    '<!-- Written by `npm run docs:playbook` from lib/ui/rules.ts and lib/ui/strings/rules.ts: edit those, not this file. -->',
    '',
    `# ${t('rulesHeading')}`,
    '',
    t('rulesIntro'),
    '',
    'In Afterview, the same text is on the dashboard’s playbook page (`dashboard.html#/rules`), and the rule id beside each task in the popup opens it at that rule. The facts and timings follow the playbook the schedule implements (`lib/playbook`, whose README is the contract).',
  ];
  for (const entry of ruleEntries.map(ruleText)) {
    lines.push(
      '',
      `${entry.parent ? '###' : '##'} ${t('rulesHeadingText', entry.id, entry.title)}`,
      '',
      `**${t('rulesDoes')}.** ${entry.does}`,
      '',
      `**${t('rulesWhy')}.** ${entry.why}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The document as it should be on disk: formatted as `prettier --check` expects. */
export async function playbookDoc(): Promise<string> {
  const path = resolve(PLAYBOOK_DOC);
  const options = (await resolveConfig(path)) ?? {};
  return format(playbookMarkdown(), { ...options, filepath: path });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = await playbookDoc();
  const current = existsSync(PLAYBOOK_DOC) ? readFileSync(PLAYBOOK_DOC, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== wanted) {
      console.error(`${PLAYBOOK_DOC} is out of date: run npm run docs:playbook`);
      process.exit(1);
    }
  } else {
    writeFileSync(PLAYBOOK_DOC, wanted);
  }
}
