/**
 * Run bench code inside a fixture page in real headless Chromium (with the built extension
 * loaded, as users run it): the entry file is bundled on its own with esbuild and added to
 * the page, where it puts its functions on `globalThis`.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { extensionDir, fixturePage, launchExtension } from '../support/extension';

export async function inFixturePage<T>(
  entry: string,
  pages: Array<{ fixture: string; url: string }>,
  work: (page: Page, index: number) => Promise<T>,
): Promise<T[]> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) execSync('npx wxt build', { stdio: 'ignore' });
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    alias: { '@': '.' },
    logLevel: 'silent',
  });
  // As users get it: closed roots (nothing here looks inside our UI).
  const session = await launchExtension({ inspectableUi: false });
  try {
    const results: T[] = [];
    for (const [index, { fixture, url }] of pages.entries()) {
      const page = await session.openPage(url, await fixturePage(fixture));
      await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
      results.push(await work(page, index));
      await page.close();
    }
    return results;
  } finally {
    await session.close();
  }
}

/** The built content script's size, raw and gzipped, in KiB. */
export function contentScriptSize(name: string): { kb: number; gzipKb: number } {
  const script = readFileSync(join(extensionDir, `content-scripts/${name}.js`));
  return { kb: script.length / 1024, gzipKb: gzipSync(script).length / 1024 };
}
