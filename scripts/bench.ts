/**
 * `npm run bench`: run every bench section (scripts/bench/sections.ts) and print a table of
 * metric, value and unit. `npm run -s bench -- --json` prints the same figures as one JSON
 * object instead; `--only plan,…` runs the named sections only. Figures vary by machine;
 * nothing here fails on time.
 */
import { formatTable, runSections, toJson } from './bench/registry';
import { sections } from './bench/sections';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '').split(',').filter(Boolean) : null;
const unknown = only?.filter((name) => !sections.some((s) => s.name === name)) ?? [];
if (unknown.length > 0 || (only !== null && only.length === 0)) {
  console.error(
    `unknown bench section(s): ${unknown.join(', ') || '(none given)'}; known: ${sections.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
const chosen = only ? sections.filter((s) => only.includes(s.name)) : sections;

const metrics = await runSections(chosen);
if (json) {
  console.log(toJson(metrics));
} else {
  console.log(`Afterview bench · node ${process.version} · ${process.platform}/${process.arch}`);
  for (const section of chosen) console.log(`- ${section.name}: ${section.description}`);
  console.log();
  console.log(formatTable(metrics));
}
