/**
 * Render assets/icon.svg to the PNG sizes the stores want (public/icon/<size>.png), with
 * the same Chromium the e2e tests use. Run by hand after changing the SVG: `npm run icons`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './browser';

const sizes = [16, 32, 48, 96, 128];
const svg = await readFile(resolve('assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    await page.screenshot({ path: resolve(`public/icon/${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote public/icon/{${sizes.join(',')}}.png`);
