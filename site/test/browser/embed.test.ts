import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { describe, expect, it, onTestFinished } from 'vitest';

import { encodeShareState } from '../../src/runtime/share/share-state.ts';
import { siteUrl, useBrowser } from './chromium.ts';
import { example } from './example-page.ts';

const session = useBrowser();

describe('embedding', () => {
  it('turns a plain HTML page with one script tag and one element into a live example, under a strict CSP', async () => {
    const { page } = await session.open();
    // Every CSP violation on the page, as the browser reports it to the page itself.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(`${siteUrl()}/examples/static-embed.html`);
    const html = (await response?.text()) ?? '';
    expect([...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)).toStrictEqual(['<script type="module" src="../runtime/asl-example.js">']);
    expect(html.match(/<asl-example\b/g)?.length).toStrictEqual(1);
    // The page's policy is strict: same-origin scripts, styles and workers, no inline code, no eval.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = Object.fromEntries((policy ?? '').split(';').map((directive) => directive.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
    expect([directives['default-src'], directives['script-src'], directives['style-src'], directives['worker-src']]).toStrictEqual([["'none'"], ["'self'"], ["'self'"], ["'self'"]]);
    const embedded = await example(page);
    await embedded.run();
    await embedded.waitForStatus(/^Succeeded/);
    expect(JSON.parse((await embedded.element.locator('.output-json').textContent()) ?? '')).toStrictEqual({
      order: 'o-42',
      express: true,
      shipping: { days: 1 },
    });
    expect(await embedded.element.locator('.node.visited').count()).toStrictEqual(2);
    // Typing over a selection is applied by the editor, not by the browser (whose own editing would
    // add inline style attributes the policy forbids); the example re-runs with the new input.
    await embedded.type('input', '{ "order": "o-43", "express": false }');
    await embedded.element.locator('.output-json', { hasText: '"days": 5' }).waitFor();
    // The diagram, the editors' styles, typing and the worker all worked without a single violation.
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toStrictEqual([]);
  });

  it('runs the /embed page inside an iframe on another site', async () => {
    const { page } = await session.open();
    const state = encodeShareState({
      definition: JSON.stringify({ StartAt: 'Hi', States: { Hi: { Type: 'Pass', Parameters: { 'greeting.$': "States.Format('Hello, {}', $.name)" }, End: true } } }),
      input: '{ "name": "iframe" }',
    });
    // A page of another origin (another port) that embeds the example the way the embedding guide says.
    const hostPage = `<!doctype html><title>host</title><iframe src="${siteUrl()}/embed#${state}" title="A live ASL example" width="1000" height="900"></iframe>`;
    const host = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `default-src 'none'; frame-src ${siteUrl()}` });
      response.end(hostPage);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => host.close(() => { resolve(); })));
    const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    expect(new URL(hostUrl).origin).not.toStrictEqual(new URL(siteUrl()).origin);
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe');
    const element = frame.locator('asl-example');
    // The shared state runs as soon as it loads.
    await element.locator('.toolbar .status', { hasText: /^Succeeded/ }).waitFor();
    expect(JSON.parse((await element.locator('.output-json').textContent()) ?? '')).toStrictEqual({ greeting: 'Hello, iframe' });
    await element.locator('.tab', { hasText: /^input/i }).click();
    await element.locator('.editor-input .cm-content').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('{ "name": "reader" }');
    await element.locator('.output-json', { hasText: 'Hello, reader' }).waitFor();
  });

  it('shows the definition as readable text before the runtime loads', async () => {
    const { page, problems } = await session.open();
    await page.route('**/runtime/asl-example.js', (route) => route.abort());
    await page.goto(`${siteUrl()}/examples/static-embed.html`);
    expect(await page.locator('asl-example pre[data-part="definition"]').isVisible()).toStrictEqual(true);
    expect(await page.locator('asl-example pre[data-part="definition"]').innerText()).toContain('"StartAt": "Route"');
    // The module this test blocked is the only problem on the page.
    expect(problems.splice(0)).toStrictEqual([
      `request failed: ${siteUrl()}/runtime/asl-example.js net::ERR_FAILED`,
      'console error: Failed to load resource: net::ERR_FAILED',
    ]);
  });

  it('turns a ```json asl fence in the docs into a live example (the Sätteri mdast plugin)', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/guides/embedding/`);
    const index = await page.locator('asl-example').evaluateAll((elements) => elements.findIndex((element) => element.getAttribute('label') === 'A fence turned into a live example'));
    const fence = await example(page, index);
    await fence.run();
    await fence.waitForStatus(/^Succeeded/);
    expect(JSON.parse((await fence.element.locator('.output-json').textContent()) ?? '')).toStrictEqual({ name: 'Ada', greeting: 'Hello, world' });
  });

  it('renders the AslExample Astro component from its props, mocks included', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/guides/embedding/`);
    const labels = await page.locator('asl-example').evaluateAll((elements) => elements.map((element) => element.getAttribute('label')));
    const component = await example(page, labels.indexOf('Built with the AslExample component'));
    // Readable before the editor loads, as every example is: the definition and input are <pre> blocks.
    expect(await component.element.locator('pre[data-part="input"]').textContent()).toStrictEqual('{\n  "amount": 3\n}');
    await component.run();
    await component.waitForStatus(/^Succeeded/);
    expect(JSON.parse((await component.element.locator('.output-json').textContent()) ?? '')).toStrictEqual({ charged: 3 });
  });

  it('shows the example of an /embed link from its hash', async () => {
    const { page, context } = await session.open();
    await page.goto(`${siteUrl()}/playground/`);
    const playground = await example(page);
    await playground.type('definition', JSON.stringify({ StartAt: 'Hi', States: { Hi: { Type: 'Pass', Result: 'from a link', End: true } } }));
    const hash = await page.evaluate(() => location.hash);
    const frame = await context.newPage();
    await frame.goto(`${siteUrl()}/embed${hash}`);
    const embedded = await example(frame);
    await embedded.waitForStatus(/^Succeeded/);
    expect(await embedded.element.locator('.output-json').textContent()).toStrictEqual('"from a link"');
  });
});
