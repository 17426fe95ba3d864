import { describe, expect, it } from 'vitest';

import { siteUrl, useBrowser } from './chromium.ts';
import { example } from './example-page.ts';

const session = useBrowser();

const LOOP = JSON.stringify({
  StartAt: 'Tick',
  States: {
    Tick: { Type: 'Pass', Next: 'Again' },
    Again: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'Tick' },
    Done: { Type: 'Succeed' },
  },
});

describe('the playground', () => {
  it('keeps the whole example in a share link that opens it again and runs it', async () => {
    const { page, context } = await session.open();
    await page.goto(`${siteUrl()}/playground/`);
    const playground = await example(page);
    await playground.type('input', '{ "orderId": "o-99", "total": 12, "items": ["mug"] }');
    await playground.element.locator('input.step-limit').fill('500');
    // Typing re-runs the example; let that run end, so its status does not replace "Link copied".
    await playground.waitForStatus(/^Succeeded/);
    await playground.element.locator('button.share').click();
    await playground.waitForStatus(/^Link copied$/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toStrictEqual('/playground/');
    expect(new URL(link).hash.length).toBeGreaterThan(100);

    const reopened = await context.newPage();
    await reopened.goto(link);
    const shared = await example(reopened);
    await shared.waitForStatus(/^Succeeded/);
    expect(JSON.parse((await shared.element.locator('.output-json').textContent()) ?? '')).toStrictEqual({
      orderId: 'o-99',
      total: 12,
      items: ['mug'],
      payment: { chargeId: 'ch-1' },
      labels: [{ label: 'o-99-mug' }],
    });
    await shared.tab('Input');
    expect(await shared.element.locator('.editor-input .cm-content').innerText()).toStrictEqual('{ "orderId": "o-99", "total": 12, "items": ["mug"] }');
    // The run settings travel too.
    expect(await shared.element.locator('input.step-limit').inputValue()).toStrictEqual('500');
  });

  it('stops an endless loop while the page stays responsive, and runs again afterwards', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/playground/`);
    const playground = await example(page);
    await playground.element.locator('input.step-limit').fill('10000000');
    await playground.type('definition', LOOP);
    await playground.run();
    await playground.waitForStatus(/^Running…$/);
    // The run goes on in the worker; the page still answers and the learner can still type.
    await page.waitForTimeout(1500);
    expect(await playground.status()).toStrictEqual('Running…');
    await playground.type('input', '{ "stop": true }');
    expect(await page.evaluate(() => 6 * 7)).toStrictEqual(42);
    await playground.element.locator('button.stop').click();
    expect(await playground.waitForStatus(/^Stopped$/)).toStrictEqual('Stopped');
    expect(await playground.element.locator('button.stop').isDisabled()).toStrictEqual(true);
    // A fresh worker runs the next execution; with "stop" in the input the loop ends at once.
    await playground.run();
    expect(await playground.waitForStatus(/^Succeeded/)).toStrictEqual('Succeeded in 0 s of virtual time');
  });

  it('ends a runaway loop at the step limit', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/playground/`);
    const playground = await example(page);
    await playground.element.locator('input.step-limit').fill('500');
    await playground.type('definition', LOOP);
    await playground.run();
    expect(await playground.waitForStatus(/^Aborted/)).toStrictEqual('Aborted: aslkit.StepLimitExceeded in 0 s of virtual time');
  });

  it('loads any conformance case from the picker', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/playground/`);
    const playground = await example(page);
    await page.locator('#case-picker').selectOption('parallel/fun-with-math');
    await playground.element.locator('[data-state="Add"]').waitFor();
    await playground.run();
    await playground.waitForStatus(/^Succeeded/);
    expect(JSON.parse((await playground.element.locator('.output-json').textContent()) ?? '')).toStrictEqual([5, 1]);
  });
});

describe('callbacks in the playground', () => {
  it('waits for the page\'s answer when a callback task has no mock', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/playground/`);
    const playground = await example(page);
    await page.locator('#case-picker').selectOption('task/wait-for-task-token-returns-callback-output');
    await playground.element.locator('[data-state="RequestApproval"]').waitFor();
    await playground.type('mocks', '{}');
    await playground.waitForStatus(/^Waiting for a callback$/);
    await playground.element.locator('textarea.callback-output').fill('{ "approved": false }');
    await playground.element.locator('button.approve').click();
    await playground.waitForStatus(/^Succeeded/);
    expect(JSON.parse((await playground.element.locator('.output-json').textContent()) ?? '')).toStrictEqual({ orderId: 'o-12', approval: { approved: false } });
  });
});

describe('TestState in the playground', () => {
  it('tests one state of a TestState case: its output, its next state and its data after each stage', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/playground/`);
    const playground = await example(page);
    await page.locator('#case-picker').selectOption('io/processing-order-inspected-with-test-state');
    await playground.element.locator('[data-state="PriceOrder"]').waitFor();
    expect(await playground.element.locator('select.test-state').inputValue()).toStrictEqual('PriceOrder');
    expect(await playground.element.locator('button.step').isDisabled()).toStrictEqual(true);
    await playground.run();
    expect(await playground.waitForStatus(/^Succeeded/)).toStrictEqual('Succeeded, next state Done in 0 s of virtual time');
    expect(JSON.parse((await playground.element.locator('.output-json').textContent()) ?? '')).toStrictEqual({ sku: 'A-1', qty: 2, price: { total: 19.98 } });
    await playground.element.locator('[data-state="PriceOrder"]').click();
    expect(await playground.element.locator('.stage h4').allInnerTexts()).toStrictEqual([
      'State input',
      'After InputPath',
      'After Parameters (effective input)',
      'Result',
      'After ResultSelector',
      'After ResultPath',
      'State output (after OutputPath)',
      'Next state',
    ]);
    // Back to the whole machine: the execution runs on to Done.
    await playground.element.locator('select.test-state').selectOption('');
    expect(await playground.waitForStatus(/^Succeeded in/)).toStrictEqual('Succeeded in 0 s of virtual time');
  });
});
