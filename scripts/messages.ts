/**
 * Write the browser's message catalogue (public/_locales/en/messages.json) from the strings
 * in lib/ui/strings. `--check` only says whether the file is current (exit 1 if not).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { messages } from '../lib/ui/strings';

export const MESSAGES_FILE = 'public/_locales/en/messages.json';

export function catalogue(): string {
  const entries = Object.entries(messages).map(([key, message]) => {
    // Chrome's own placeholders are $NAME$; plain $1 is filled from the substitutions.
    return [key, { message }] as const;
  });
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = catalogue();
  const current = existsSync(MESSAGES_FILE) ? readFileSync(MESSAGES_FILE, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== wanted) {
      console.error(`${MESSAGES_FILE} is out of date: run npm run messages`);
      process.exit(1);
    }
  } else {
    mkdirSync(dirname(MESSAGES_FILE), { recursive: true });
    writeFileSync(MESSAGES_FILE, wanted);
  }
}
