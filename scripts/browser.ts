import { existsSync } from 'node:fs';

/**
 * Chromium-family browsers that can load an unpacked extension from the command line, in
 * the order we try them. Branded Google Chrome ignores `--load-extension` since version 137,
 * so Chromium comes first; `CHROME_PATH` always wins.
 */
const knownBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser to drive: `CHROME_PATH` if set, else the first one installed. Never downloads one. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = knownBrowsers.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.',
    );
  }
  return found;
}

/** Flags that keep Chromium quiet on a machine with no network but the package registries. */
export const quietChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Flags that load one unpacked extension and no other. */
export function loadExtensionArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}
