import { browser } from 'wxt/browser';
import { type MessageKey, messages } from './strings';

/**
 * A user-facing string: the browser's translation when it has one (public/_locales), else
 * our English. `$1`… are replaced by the substitutions, in order.
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const values = substitutions.map(String);
  let translated = '';
  try {
    // WXT types getMessage for its own catalogue; ours is generated from lib/ui/strings.
    const getMessage = browser.i18n?.getMessage as ((name: string, subs?: string[]) => string) | undefined;
    translated = getMessage?.(key, values) ?? '';
  } catch {
    // Outside the extension (unit tests, a page opened as a file): English it is.
  }
  return translated || fill(messages[key], values);
}

export function fill(message: string, values: readonly string[]): string {
  return message.replace(/\$(\d)/g, (whole, n: string) => values[Number(n) - 1] ?? whole);
}
