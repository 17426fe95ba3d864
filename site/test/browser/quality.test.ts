import { describe, expect, it } from 'vitest';

import { siteUrl, useBrowser } from './chromium.ts';
import { example, type ExampleDriver } from './example-page.ts';

const session = useBrowser();

describe('the live example', () => {
  it('marks a definition diagnostic on the exact text the engine points to', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/lessons/01-states-and-transitions/`);
    const first = await example(page);
    const definition = {
      StartAt: 'Route',
      States: {
        Route: { Type: 'Choice', Choices: [{ Variable: '$.express', IsPresent: true, Next: 'Nowhere' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    };
    await first.type('definition', JSON.stringify(definition, null, 2));
    const marked = first.element.locator('.editor-definition .cm-lintRange-error');
    await marked.first().waitFor();
    expect(await marked.allInnerTexts()).toStrictEqual(['"Nowhere"']);
    await first.waitForStatus(/^Invalid definition/);
    expect(await first.element.locator('.diagnostics li button').allInnerTexts()).toStrictEqual(['MISSING_TRANSITION_TARGET at /States/Route/Choices/0/Next']);
  });

  it('marks a JSON syntax error where the parser stopped', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/lessons/01-states-and-transitions/`);
    const first = await example(page);
    await first.type('input', '{ "orderId": "o-1", }');
    const point = first.element.locator('.editor-input .cm-lintPoint-error');
    await point.waitFor({ state: 'attached' });
    // JSON.parse stops at the closing brace after the trailing comma: the mark sits right before it.
    const around = await point.evaluate((mark) => {
      const line = mark.closest('.cm-line');
      const range = document.createRange();
      range.setStart(line ?? mark, 0);
      range.setEndBefore(mark);
      return [range.toString(), (line?.textContent ?? '').slice(range.toString().length)];
    });
    expect(around).toStrictEqual(['{ "orderId": "o-1", ', '}']);
    await first.waitForStatus(/^The input is not valid JSON$/);
  });

  it('is operable from the keyboard: tabs with arrow keys, diagram states with Enter, Ctrl+Enter to run', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/lessons/06-data-flow-pipeline/`);
    const first = await example(page);
    await first.element.locator('.editor-definition .cm-content').click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await first.waitForStatus(/^Succeeded/);
    await first.element.locator('[role="tab"]', { hasText: 'Output' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await first.element.locator('[role="tab"][aria-selected="true"]', { hasText: 'History' }).count()).toStrictEqual(1);
    await first.element.locator('[data-state="HelloWorld"]').focus();
    await page.keyboard.press('Enter');
    expect(await first.element.locator('[role="tab"][aria-selected="true"]').allInnerTexts()).toStrictEqual(['Definition', 'Data flow']);
    expect(await first.element.locator('.stage h4').allInnerTexts()).toStrictEqual([
      'State input',
      'After InputPath',
      'After Parameters (effective input) (unchanged)',
      'Result',
      // AWS TestState reports this stage for every state that shapes a result; HelloWorld has no
      // ResultSelector, so the result goes on as it is.
      'After ResultSelector (unchanged)',
      'After ResultPath',
      'State output (after OutputPath)',
    ]);
    // The data after each stage: InputPath picks `lambda`, ResultPath puts the result into the raw input, OutputPath keeps `data`.
    const data = (await first.element.locator('.stage pre.json').allInnerTexts()).map((text) => JSON.parse(text) as unknown);
    const input = { comment: 'An input comment.', data: { val1: 23, val2: 17 }, extra: 'foo', lambda: { who: 'AWS Step Functions' } };
    const result = 'Hello, AWS Step Functions!';
    expect(data).toStrictEqual([
      input,
      { who: 'AWS Step Functions' },
      { who: 'AWS Step Functions' },
      result,
      result,
      { ...input, data: { val1: 23, val2: 17, lambdaresult: result } },
      { val1: 23, val2: 17, lambdaresult: result },
    ]);
  });

  it('loads the editor only when an example scrolls into view, and the engine only when it runs', async () => {
    const { page } = await session.open();
    await page.setViewportSize({ width: 1280, height: 300 });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl()}/lessons/20-debugging-with-history/`, { waitUntil: 'networkidle' });
    const lazy = (): string[] => requested.filter((path) => path.startsWith('/runtime/chunks/') || path.startsWith('/runtime/worker/'));
    expect([requested.includes('/runtime/asl-example.js'), lazy()]).toStrictEqual([true, []]);
    const first = await example(page);
    expect(lazy().map((path) => path.split('/')[2])).toStrictEqual(['chunks']);
    await first.run();
    await first.waitForStatus(/^Failed/);
    expect(lazy().map((path) => path.split('/')[2])).toStrictEqual(['chunks', 'worker']);
  });

  it('completes ASL fields and explains them on hover', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/lessons/10-wait/`);
    const first = await example(page);
    await first.type('definition', '{\n  "StartAt": "W",\n  "States": {\n    "W": { "Type": "Wait", "Seco');
    await page.keyboard.press('Control+Space');
    const options = first.element.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toStrictEqual(['Seconds', 'SecondsPath']);
    // CodeMirror ignores keys for 75 ms after a completion list opens, so a stray key is not taken as a choice.
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    const typed = await first.element.locator('.editor-definition .cm-content').innerText();
    expect(typed.split('\n').at(-1)).toStrictEqual('    "W": { "Type": "Wait", "Seconds": 10');
    await first.element.locator('.editor-definition .cm-line', { hasText: '"Seconds"' }).locator('span', { hasText: '"Seconds"' }).hover();
    const hover = first.element.locator('.asl-hover');
    await hover.waitFor();
    expect([await hover.locator('strong').textContent(), await hover.locator('p').textContent()]).toStrictEqual([
      'Seconds',
      'Wait this many seconds, 0 to 99999999 (R-WAIT-03).',
    ]);
  });

  it('gives every control an accessible name: playground, exercise and callback answers included', async () => {
    const { page } = await session.open();
    const INTERACTIVE = /^\s*- (button|link|textbox|combobox|listbox|tab|checkbox|radio|spinbutton|slider|switch|searchbox|menuitem)\b(.*)$/;
    // Chromium's accessibility tree, as Playwright reads it; a control without a name has no quoted name.
    const unnamed = async (element: ExampleDriver['element']): Promise<string[]> =>
      (await element.ariaSnapshot()).split('\n').filter((line) => INTERACTIVE.test(line) && !/^\s*- \w+ "[^"]+"/.test(line));
    const seen: Record<string, string[]> = {};

    await page.goto(`${siteUrl()}/playground/`);
    const playground = await example(page);
    await playground.run();
    await playground.waitForStatus(/^Succeeded/);
    await playground.tab('Data flow');
    seen['playground'] = await unnamed(playground.element);

    await page.goto(`${siteUrl()}/lessons/02-pass-and-result/`);
    const exercise = await example(page, 3);
    await exercise.run();
    await exercise.element.locator('.verdict').waitFor();
    seen['exercise'] = await unnamed(exercise.element);

    await page.goto(`${siteUrl()}/lessons/18-task-tokens/`);
    const approval = await example(page);
    await approval.run();
    await approval.waitForStatus(/^Waiting for a callback$/);
    expect(await approval.element.ariaSnapshot()).toContain('button "Approve"');
    seen['callback'] = await unnamed(approval.element);

    expect(seen).toStrictEqual({ playground: [], exercise: [], callback: [] });
  });

  it('follows the page\'s light or dark theme', async () => {
    const background = async (scheme: 'light' | 'dark'): Promise<string> => {
      const { page } = await session.open({ colorScheme: scheme });
      await page.goto(`${siteUrl()}/lessons/01-states-and-transitions/`);
      const first = await example(page);
      return first.element.locator('.example').evaluate((node) => getComputedStyle(node).backgroundColor);
    };
    const light = await background('light');
    const dark = await background('dark');
    const luminance = (rgb: string): number => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect([luminance(light) > 200, luminance(dark) < 60]).toStrictEqual([true, true]);
  });

  it('follows the theme the reader picks in the site header, whatever the system prefers', async () => {
    const { page } = await session.open({ colorScheme: 'light' });
    await page.goto(`${siteUrl()}/lessons/01-states-and-transitions/`);
    const first = await example(page);
    await first.run();
    await first.waitForStatus(/^Succeeded/);
    const colours = (): Promise<string[]> =>
      first.element.evaluate((host) => {
        const root = host.shadowRoot;
        const style = (node: Element | null | undefined, property: 'backgroundColor' | 'color'): string => (node ? getComputedStyle(node)[property] : 'missing');
        const key = [...(root?.querySelectorAll('.editor-definition .cm-line span') ?? [])].find((span) => span.textContent === '"StartAt"');
        // The example's and the editor's backgrounds, the editor's text, and a highlighted JSON key.
        return [
          style(root?.querySelector('.example'), 'backgroundColor'),
          style(root?.querySelector('.editor-definition .cm-editor'), 'backgroundColor'),
          style(root?.querySelector('.editor-definition .cm-content'), 'color'),
          style(key, 'color'),
        ];
      });
    const luminance = (rgb: string): number => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const before = await colours();
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    const after = await colours();
    expect([before.includes('missing'), after.includes('missing')]).toStrictEqual([false, false]);
    // Backgrounds go dark, text and syntax colours go light.
    expect(before.map((colour) => luminance(colour) > 128)).toStrictEqual([true, true, false, false]);
    expect(after.map((colour) => luminance(colour) > 128)).toStrictEqual([false, false, true, true]);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page: phone } = await session.open();
    await phone.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/lessons/01-states-and-transitions/', '/lessons/15-parallel/', '/playground/']) {
      await phone.goto(`${siteUrl()}${path}`);
      await example(phone);
      expect([path, await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)]).toStrictEqual([path, 0]);
    }
  });
});
