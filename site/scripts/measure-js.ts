/**
 * Measures the gzipped JavaScript of the built site's pages, two ways:
 *
 * 1. from the files (`page-js.ts`): a page's own scripts (module scripts, their static imports,
 *    inline scripts), then the lazy parts: the editor bundle that loads when an example scrolls
 *    into view, the engine worker that loads on the first run, and the JSONata evaluator the
 *    worker imports only for a definition that uses JSONata;
 * 2. in Chromium: every JavaScript response while the page loads, without scrolling or clicking
 *    (the first example is usually on screen, so its editor bundle counts), plus inline scripts.
 *
 * Fails (exit 1) when a lesson page loads more than 250 KB of gzipped JavaScript before the
 * learner touches an example.   node scripts/measure-js.ts [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { chromium } from 'playwright-core';

import { distJs, LESSON_BUDGET_BYTES } from './page-js.ts';
import { startStaticServer } from './static-server.ts';

const dist = path.join(import.meta.dirname, '..', 'dist');
const js = distJs(dist);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const lessonPages = readdirSync(path.join(dist, 'lessons'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `/lessons/${entry.name}/`);
const pages = [...lessonPages, '/playground/', '/guides/embedding/', '/'];

interface Row {
  page: string;
  /** The page's own scripts: what loads before any example is on screen. */
  initialBytes: number;
  /** The editor bundle: loads when an example scrolls into view. */
  editorBytes: number;
  /** The engine worker: loads on the first run. */
  engineBytes: number;
  /** The JSONata evaluator: loads on the first run of a JSONata example only. */
  jsonataBytes: number;
  /** Whether the page has an example whose definition uses JSONata. */
  hasJsonataExample: boolean;
  /** What Chromium fetched while the page loaded, without scrolling or clicking, plus inline scripts. */
  browserBytes: number;
}

const server = await startStaticServer(dist);
const browser = await chromium.launch({ executablePath: process.env['ASLKIT_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const rows: Row[] = [];
try {
  for (const page of pages) {
    const measured = js.page(page);
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loaded = new Set<string>();
    tab.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) loaded.add(url.pathname);
    });
    await tab.goto(`${server.url}${page}`, { waitUntil: 'networkidle' });
    await tab.close();
    const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
    rows.push({
      page,
      initialBytes: js.gzip(measured.initial) + measured.inlineBytes,
      editorBytes: js.gzip(measured.editor),
      engineBytes: js.gzip(measured.engine),
      jsonataBytes: js.gzip(measured.onDemand.filter((module) => /\/jsonata-[\w-]+\.js$/.test(module))),
      hasJsonataExample: /&#34;QueryLanguage&#34;: &#34;JSONata&#34;|"QueryLanguage": "JSONata"/.test(html),
      browserBytes: js.gzip([...loaded]) + measured.inlineBytes,
    });
  }
} finally {
  await browser.close();
  await server.close();
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const columns = ['initial', 'editor (in view)', 'engine (1st run)', 'JSONata (if used)', 'Chromium, no touch'];
  console.log('gzipped JavaScript'.padEnd(44), ...columns.map((column) => column.padStart(column.length + 2)));
  for (const row of rows) {
    const cells = [row.initialBytes, row.editorBytes, row.engineBytes, row.hasJsonataExample ? row.jsonataBytes : undefined, row.browserBytes];
    console.log(row.page.padEnd(44), ...cells.map((bytes, index) => (bytes === undefined ? '—' : kb(bytes)).padStart((columns[index]?.length ?? 0) + 2)));
  }
}
const over = rows.filter((row) => row.page.startsWith('/lessons/') && Math.max(row.initialBytes, row.browserBytes) > LESSON_BUDGET_BYTES);
if (over.length > 0) {
  console.error(`measure-js: ${over.length} lesson page(s) load more than ${kb(LESSON_BUDGET_BYTES)} of gzipped JavaScript before any interaction: ${over.map((row) => row.page).join(', ')}`);
  process.exit(1);
}
