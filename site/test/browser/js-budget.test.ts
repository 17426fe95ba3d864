/**
 * The JavaScript budget of the built site (brief: a lesson page ships at most 250 KB of gzipped
 * JavaScript before the learner touches an example, and JSONata loads only for JSONata
 * examples), checked from the files of every lesson page and in Chromium for one.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { distJs, LESSON_BUDGET_BYTES } from '../../scripts/page-js.ts';
import { siteUrl, useBrowser } from './chromium.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const session = useBrowser();

function lessonPages(): string[] {
  return readdirSync(`${dist}/lessons`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/lessons/${entry.name}/`);
}

describe('the JavaScript of a lesson page', () => {
  it('stays within 250 KB gzipped before the learner touches an example, editors of examples on screen included', () => {
    siteUrl();
    const js = distJs(dist);
    const pages = lessonPages();
    expect(pages.length).toBeGreaterThanOrEqual(20);
    const over = pages
      .map((page) => {
        const measured = js.page(page);
        return { page, bytes: js.gzip([...measured.initial, ...measured.editor]) + measured.inlineBytes };
      })
      .filter(({ bytes }) => bytes > LESSON_BUDGET_BYTES);
    expect(over).toStrictEqual([]);
  });

  it('keeps the engine and the JSONata evaluator out of what loads before a run, and JSONata out of the engine worker itself', () => {
    siteUrl();
    const js = distJs(dist);
    const isJsonata = (module: string): boolean => /\/runtime\/worker\/jsonata-[\w-]+\.js$/.test(module);
    const isEngine = (module: string): boolean => /\/runtime\/worker\/engine-worker-[\w-]+\.js$/.test(module);
    for (const page of [...lessonPages(), '/playground/']) {
      const measured = js.page(page);
      expect([page, [...measured.initial, ...measured.editor].filter((module) => isJsonata(module) || isEngine(module))]).toStrictEqual([page, []]);
      expect([page, measured.engine.some(isEngine), measured.engine.some(isJsonata), measured.onDemand.some(isJsonata)]).toStrictEqual([page, true, false, true]);
    }
  });

  it('loads no more than the budget in Chromium while the learner scrolls through every example without touching one', async () => {
    const { page } = await session.open();
    const js = distJs(dist);
    const loaded = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) loaded.add(url.pathname);
    });
    await page.goto(`${siteUrl()}/lessons/21-jsonata/`);
    const examples = page.locator('asl-example');
    for (let index = 0; index < (await examples.count()); index += 1) {
      await examples.nth(index).scrollIntoViewIfNeeded();
      await examples.nth(index).locator('.cm-editor').first().waitFor();
    }
    const scripts = [...loaded];
    expect(scripts.filter((path) => path.includes('/runtime/worker/'))).toStrictEqual([]);
    expect(js.gzip(scripts) + js.page('/lessons/21-jsonata/').inlineBytes).toBeLessThanOrEqual(LESSON_BUDGET_BYTES);
  });
});
