/**
 * Takes the README's screenshots of the built site with playwright-core and Chromium: a lesson
 * and the playground, each in light and dark, after running their example.
 *
 *   node scripts/screenshots.ts [--out DIR]   (writes site/screenshots/*.png, or DIR/*.png)
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { chromium, type Page } from 'playwright-core';

import { startStaticServer } from './static-server.ts';

const site = path.join(import.meta.dirname, '..');
const outFlag = process.argv.indexOf('--out');
const out = outFlag === -1 ? path.join(site, 'screenshots') : path.resolve(process.argv[outFlag + 1] ?? '.');

interface Shot {
  name: string;
  url: string;
  /** Viewport height: the lesson's example runs from its editors down to the timeline. */
  height: number;
  /** Prepares the page after it loaded (runs the example, opens a tab). */
  prepare(page: Page): Promise<void>;
}

async function runFirstExample(page: Page, tab: string): Promise<void> {
  const example = page.locator('asl-example').first();
  await example.scrollIntoViewIfNeeded();
  await example.locator('button.run').click();
  await example.locator('.outcome-status.succeeded').waitFor();
  await example.locator('.tab', { hasText: tab }).click();
}

const shots: Shot[] = [
  {
    name: 'lesson',
    url: '/lessons/12-retry/',
    height: 1250,
    prepare: async (page) => {
      await runFirstExample(page, 'Timeline');
      await page.locator('asl-example').first().evaluate((element) => { element.scrollIntoView({ block: 'start' }); });
      await page.mouse.wheel(0, -120);
    },
  },
  {
    name: 'playground',
    url: '/playground/',
    height: 1250,
    prepare: async (page) => {
      await runFirstExample(page, 'Data flow');
      await page.locator('asl-example').locator('[data-state="Charge"]').click();
      await page.evaluate(() => { window.scrollTo(0, 0); });
    },
  },
];

await mkdir(out, { recursive: true });
const server = await startStaticServer(path.join(site, 'dist'));
const browser = await chromium.launch({ executablePath: process.env['ASLKIT_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const shot of shots) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1400, height: shot.height }, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(`${server.url}${shot.url}`, { waitUntil: 'networkidle' });
      await shot.prepare(page);
      await page.waitForTimeout(300);
      const file = path.join(out, `${shot.name}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(`screenshots: ${path.relative(process.cwd(), file)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
