/**
 * `npm run -s plan -- FILE.json` (or `-` for stdin): read one scenario (PLAYBOOK.md,
 * "Scenario files"), plan it, print the tasks as a JSON array. A bad file, bad JSON or an
 * invalid scenario prints one message per problem on stderr and exits with code 2.
 */
import { readFileSync } from 'node:fs';
import { parseJsonText, parseScenario, toOutputTask } from './scenario-io';
import { plan } from '../lib/playbook';

const usage = `usage: npm run -s plan -- FILE.json
  FILE.json  a scenario in the playbook's format (PLAYBOOK.md, "Scenario files"); - reads stdin
Prints the planned tasks as a JSON array. Exit code 2 on a usage error or an invalid scenario.`;

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(2);
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (args.length !== 1) fail([usage]);
const file = args[0]!;

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  fail([`${file === '-' ? 'stdin' : file}: cannot read: ${reason}`]);
}

const json = parseJsonText(text, file === '-' ? 'stdin' : file);
if (!json.ok) fail(json.errors);

const scenario = parseScenario(json.value);
if (!scenario.ok) fail([`${file === '-' ? 'stdin' : file}: invalid scenario:`, ...scenario.errors]);

const { records, now, settings } = scenario.value;
const tasks = plan(records, now, settings).map(toOutputTask);
process.stdout.write(`${JSON.stringify(tasks, null, 2)}\n`);
