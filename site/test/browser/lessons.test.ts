import { describe, expect, it } from 'vitest';

import { siteUrl, useBrowser, type WatchedPage } from './chromium.ts';
import { example } from './example-page.ts';

const session = useBrowser();

async function open(path: string): Promise<WatchedPage> {
  const watched = await session.open();
  await watched.page.goto(`${siteUrl()}${path}`);
  return watched;
}

describe('the lessons', () => {
  it('come in order: numbered in the sidebar, each leading to the next', async () => {
    const { page } = await open('/lessons/01-states-and-transitions/');
    const titles = await page.locator('#starlight__sidebar a[href^="/lessons/"]').allInnerTexts();
    const numbered = titles.filter((title) => /^\d+\./.test(title));
    expect(numbered.length).toBeGreaterThanOrEqual(20);
    expect(numbered.map((title) => Number.parseInt(title, 10))).toStrictEqual(numbered.map((_, index) => index + 1));
    expect((await page.locator('.pagination-links a[rel="next"]').innerText()).replace(/\s+/g, ' ')).toContain('2. Pass and Result');
  });
});

describe('a lesson page', () => {
  it('runs an example again with the input the learner typed, and shows the new output', async () => {
    const { page } = await open('/lessons/08-choice-comparisons/');
    const first = await example(page);
    await first.run();
    await first.waitForStatus(/^Succeeded/);
    expect(await first.output()).toStrictEqual('Succeeded\n\n"free shipping"');
    await first.type('input', '{ "total": 40 }');
    await first.run();
    await first.element.locator('.output-panel', { hasText: 'paid shipping' }).waitFor();
    expect(await first.output()).toStrictEqual('Succeeded\n\n"paid shipping"');
  });

  it('re-runs as the learner types, once per pause in typing', async () => {
    const { page } = await open('/lessons/08-choice-comparisons/');
    const first = await example(page);
    // Every status the toolbar shows from now on, in order.
    await first.element.evaluate((host) => {
      const status = host.shadowRoot?.querySelector('.toolbar .status');
      const seen: string[] = [];
      Object.assign(window, { statuses: seen });
      if (status) new MutationObserver(() => seen.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await first.tab('Input');
    await first.element.locator('.editor-input .cm-line', { hasText: '"total": 250' }).click();
    await page.keyboard.press('End');
    // Five keystrokes in quick succession (no pause long enough to start a run between them), no Run pressed.
    for (const key of ['Backspace', 'Backspace', 'Backspace', '4', '0']) await page.keyboard.press(key);
    await first.element.locator('.output-panel', { hasText: 'paid shipping' }).waitFor();
    expect(await first.output()).toStrictEqual('Succeeded\n\n"paid shipping"');
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses.filter((status) => status === 'Running…')).toStrictEqual(['Running…']);
  });

  it('highlights the states visited and the transitions taken in the diagram', async () => {
    const { page } = await open('/lessons/08-choice-comparisons/');
    const first = await example(page);
    await first.type('input', '{ "total": 40 }');
    await first.run();
    await first.waitForStatus(/^Succeeded/);
    const visited = await first.element.locator('.node.visited').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state')));
    const unvisited = await first.element.locator('.node.state:not(.visited)').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state')));
    expect(visited).toStrictEqual(['Route', 'PaidShipping']);
    expect(unvisited).toStrictEqual(['FreeShipping', 'NothingToShip']);
    // Start → Route, Route → PaidShipping, PaidShipping → End.
    expect(await first.element.locator('path.edge.taken').count()).toStrictEqual(3);
    expect(await first.element.locator('path.edge.choice.taken').count()).toStrictEqual(1);
  });

  it('highlights the path inside Parallel branches, each laid out as a box in its Parallel state', async () => {
    const { page } = await open('/lessons/15-parallel/');
    const first = await example(page);
    await first.run();
    await first.waitForStatus(/^Succeeded/);
    const visited = await first.element.locator('.node.visited').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state')));
    expect(visited.toSorted()).toStrictEqual(['Add', 'FunWithMath', 'Subtract']);
    // Each branch's states sit inside the Parallel state's box.
    const boxes = new Map(
      await first.element.locator('[data-state]').evaluateAll((nodes) =>
        nodes.map((node): [string, number[]] => {
          const box = node.getBoundingClientRect();
          return [node.getAttribute('data-state') ?? '', [box.left, box.top, box.right, box.bottom]];
        }),
      ),
    );
    const [left = 0, top = 0, right = 0, bottom = 0] = boxes.get('FunWithMath') ?? [];
    for (const name of ['Add', 'Subtract']) {
      const [l = 0, t = 0, r = 0, b = 0] = boxes.get(name) ?? [];
      expect([name, l > left && t > top && r < right && b < bottom]).toStrictEqual([name, true]);
    }
  });

  it('steps through a Retry example and shows the back-off in the virtual timestamps', async () => {
    const { page } = await open('/lessons/12-retry/');
    const retry = await example(page);
    await retry.step();
    expect(await retry.waitForStatus(/^Paused at CheckClock$/)).toStrictEqual('Paused at CheckClock');
    expect(await retry.element.locator('.node.current').getAttribute('data-state')).toStrictEqual('CheckClock');
    await retry.tab('History');
    const rows = await retry.element.locator('table.history tbody tr:not(.details-row)').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)),
    );
    const scheduled = rows.filter(([type]) => type === 'LambdaFunctionScheduled').map(([, , elapsed, timestamp]) => [elapsed, timestamp]);
    expect(scheduled).toStrictEqual([
      ['+0 s', '2025-01-01T00:00:00.000Z'],
      ['+1 s', '2025-01-01T00:00:01.000Z'],
      ['+3 s', '2025-01-01T00:00:03.000Z'],
      ['+7 s', '2025-01-01T00:00:07.000Z'],
    ]);
    await retry.step();
    await retry.waitForStatus(/^Paused at OnTime$/);
    await retry.step();
    expect(await retry.waitForStatus(/^Succeeded/)).toStrictEqual('Succeeded in 7 s of virtual time');
    await retry.tab('Timeline');
    expect(await retry.element.locator('svg.timeline .gap').count()).toStrictEqual(3);
  });

  it('sends a task token back when the learner presses Approve', async () => {
    const { page } = await open('/lessons/18-task-tokens/');
    const approval = await example(page);
    await approval.run();
    await approval.waitForStatus(/^Waiting for a callback$/);
    expect(await approval.element.locator('.callback strong').textContent()).toStrictEqual('AskManager');
    expect(await approval.element.locator('.node.visited').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state')))).toStrictEqual(['AskManager']);
    await approval.element.locator('button.approve').click();
    await approval.waitForStatus(/^Succeeded/);
    expect(JSON.parse((await approval.element.locator('.output-json').textContent()) ?? '')).toStrictEqual({
      orderId: 'o-77',
      amount: 1200,
      approval: { approved: true },
      status: 'shipped',
    });
    expect(await approval.element.locator('.callbacks-panel').isHidden()).toStrictEqual(true);
  });
});

describe('a JSONata lesson', () => {
  it('loads the JSONata evaluator for a JSONata example and runs it', async () => {
    const { page } = await open('/lessons/21-jsonata/');
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    const first = await example(page);
    await first.run();
    await first.waitForStatus(/^Succeeded/);
    expect(JSON.parse((await first.element.locator('.output-json').textContent()) ?? '')).toStrictEqual({ lastName: 'Last=>Rivera', orderValue: 27.91 });
    expect(scripts.filter((path) => /\/runtime\/worker\/jsonata-[\w-]+\.js$/.test(path)).length).toStrictEqual(1);
  });

  it('does not load the JSONata evaluator for a JSONPath example', async () => {
    const { page } = await open('/lessons/02-pass-and-result/');
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    const first = await example(page);
    await first.run();
    await first.waitForStatus(/^Succeeded/);
    const worker = scripts.filter((path) => path.includes('/runtime/worker/'));
    expect([worker.length, worker.every((path) => /\/runtime\/worker\/engine-worker-[\w-]+\.js$/.test(path))]).toStrictEqual([1, true]);
  });
});

describe('Open in playground', () => {
  it('carries the lesson example, as edited, to the playground', async () => {
    const { page } = await open('/lessons/02-pass-and-result/');
    const first = await example(page);
    await first.type('input', '{ "note": "edited in the lesson" }');
    // Editing re-runs the example; let that run finish so leaving the page cuts nothing short.
    await first.waitForStatus(/^Succeeded/);
    await Promise.all([page.waitForURL(/\/playground\/#/), first.element.locator('a.open-playground').click()]);
    const playground = await example(page);
    await playground.waitForStatus(/^Succeeded/);
    await playground.tab('Input');
    expect(await playground.element.locator('.editor-input .cm-content').innerText()).toStrictEqual('{ "note": "edited in the lesson" }');
    await playground.tab('Definition');
    expect(await playground.element.locator('.editor-definition .cm-content').innerText()).toContain('"Result": "Hello World!"');
  });
});
