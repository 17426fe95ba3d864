/**
 * Every live example of every lesson, run in the page, ends as its conformance case expects
 * (the suite checks the same cases with the engine in Node; this checks the page's worker, its
 * mocks, context and TestState handling), and every exercise's Solve reaches its goal.
 */
import { readdirSync } from 'node:fs';

import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { siteUrl, useBrowser } from './chromium.ts';

const lessons = readdirSync(new URL('../../src/content/docs/lessons/', import.meta.url))
  .filter((file) => /^\d\d-.*\.mdx$/.test(file))
  .map((file) => file.replace(/\.mdx$/, ''));

const session = useBrowser();

interface Expected {
  status?: string;
  output?: unknown;
  error?: string;
  anyOf?: Expected[];
}

const STATUS_WORDS: Readonly<Record<string, RegExp>> = {
  SUCCEEDED: /^Succeeded/,
  FAILED: /^Failed/,
  TIMED_OUT: /^Timed out/,
  INVALID_DEFINITION: /^Invalid definition/,
  CAUGHT_ERROR: /^Caught error/,
  RETRIABLE: /^Retriable error/,
};

/** What the example showed, in the terms of a conformance expectation. */
async function observed(element: Locator): Promise<{ statusLine: string; output: unknown; error: string | null }> {
  const statusLine = (await element.locator('.toolbar .status').textContent()) ?? '';
  const outputText = await element.locator('.output-json').textContent({ timeout: 50 }).catch(() => null);
  const error = await element.locator('.error-name').textContent({ timeout: 50 }).catch(() => null);
  return { statusLine, output: outputText === null ? undefined : JSON.parse(outputText), error };
}

function matches(expected: Expected, seen: Awaited<ReturnType<typeof observed>>): boolean {
  if (expected.anyOf !== undefined) return expected.anyOf.some((alternative) => matches(alternative, seen));
  const status = STATUS_WORDS[expected.status ?? ''];
  if (!status?.test(seen.statusLine)) return false;
  if (expected.output !== undefined && JSON.stringify(seen.output) !== JSON.stringify(expected.output)) {
    // Key order does not matter: compare through a canonical form.
    return canonical(seen.output) === canonical(expected.output);
  }
  return expected.error === undefined || seen.error === expected.error;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe.each(lessons)('lesson %s', (lesson) => {
  it('runs every example to its case\'s expected outcome, and every exercise\'s solution to its goal', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/lessons/${lesson}/`);
    const examples = page.locator('asl-example');
    const count = await examples.count();
    const results: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const element = examples.nth(index);
      await element.scrollIntoViewIfNeeded();
      await element.locator('.cm-editor').first().waitFor();
      if ((await element.getAttribute('mode')) === 'exercise') {
        await element.locator('button.solve').click();
        await element.locator('.verdict').waitFor();
        results.push(`exercise: ${await element.locator('.verdict').textContent()}`);
        continue;
      }
      const id = await element.getAttribute('case-id');
      const expected = (await (await page.request.get(`${siteUrl()}/cases/${id}.json`)).json()) as { expected: Expected };
      await element.locator('button.run').click();
      await element.locator('.toolbar .status', { hasText: /^(Succeeded|Failed|Timed out|Aborted|Invalid definition|Caught error|Retriable error|Waiting)/ }).waitFor();
      const seen = await observed(element);
      results.push(`${id}: ${matches(expected.expected, seen) ? 'as expected' : `differs (${seen.statusLine})`}`);
    }
    // An example whose callback the learner answers stops at "Waiting for a callback" (lessons.test.ts answers it).
    const waiting = results.filter((line) => line.includes('Waiting for a callback'));
    expect(results.filter((line) => !line.endsWith('as expected') && !line.endsWith('This is the solution: it reaches the goal.') && !waiting.includes(line))).toStrictEqual([]);
    // A lesson is prose, at least one live example and one exercise.
    expect([results.filter((line) => line.startsWith('exercise:')).length, results.filter((line) => !line.startsWith('exercise:')).length > 0]).toStrictEqual([1, true]);
    expect(await page.locator('.sl-markdown-content > :is(p, ul, ol, table)').count()).toBeGreaterThanOrEqual(3);
  });
});
