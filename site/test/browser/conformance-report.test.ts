/**
 * The conformance report page against the reports the site was built from
 * (`conformance/reports/*.jsonl`, or `ASLKIT_REPORTS_DIR` when the build was given one): the counts
 * are worked out here from the JSON lines, independently of the page's code, and every case that
 * did not pass has a page that says what went wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parseReport, type CaseResult, type Report } from '@aslkit/conformance';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { siteUrl, useBrowser } from './chromium.ts';

const dir = process.env['ASLKIT_REPORTS_DIR'] ?? path.join(import.meta.dirname, '../../../conformance/reports');
const files = (() => {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  } catch {
    return [];
  }
})();
const reports: { file: string; slug: string; report: Report }[] = files.map((file) => ({
  file,
  slug: file.replace(/\.jsonl$/, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, ''),
  report: parseReport(readFileSync(path.join(dir, file), 'utf8'), file),
}));

const session = useBrowser();

/** `passed/ran`, skips left out and mentioned: how the page writes a cell. */
function cell(results: readonly CaseResult[]): string {
  if (results.length === 0) return '–';
  const count = (outcome: string): number => results.filter((result) => result.outcome === outcome).length;
  const skipped = count('skip');
  return `${count('pass')}/${results.length - skipped}${skipped > 0 ? ` (${skipped} skipped)` : ''}`;
}

const area = (id: string): string => id.split('/')[0] ?? id;

async function tableRows(page: Page, heading: string): Promise<string[][]> {
  const table = page.locator(`h2:has-text("${heading}") + .report-scroll table`);
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
}

describe('the conformance report', () => {
  it('is built from reports: by default the ones checked in under conformance/reports', () => {
    const engines = reports.map((entry) => entry.report.header.adapter.id).sort();
    if (process.env['ASLKIT_REPORTS_DIR'] === undefined)
      expect(engines).toStrictEqual(['aslkit', 'aws-local-stepfunctions']);
    else expect(engines.length).toBeGreaterThan(0);
  });

  it('has a column per report and the counts of its JSON lines, per engine, per area and per feature', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/conformance/`);
    const outcomes = ['pass', 'fail', 'xfail', 'xpass', 'skip', 'error'];
    const engines = await tableRows(page, 'Engines');
    expect(engines.map((row) => row.slice(1, 7))).toStrictEqual(
      reports.map(({ report }) => outcomes.map((outcome) => String(report.results.filter((result) => result.outcome === outcome).length))),
    );
    expect(engines.map((row) => row[0])).toStrictEqual(reports.map(({ report }) => expect.stringContaining(report.header.adapter.name) as unknown as string));

    const areas = [...new Set(reports.flatMap(({ report }) => report.results.map((result) => area(result.id))))].sort();
    expect(await tableRows(page, 'By area')).toStrictEqual(
      areas.map((name) => [name, ...reports.map(({ report }) => cell(report.results.filter((result) => area(result.id) === name)))]),
    );

    // Every feature of every area has its row, with each engine's count.
    for (const name of areas) {
      const rows = await page.locator(`h3#area-${name} + .report-scroll tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
      const features = [...new Set(reports.flatMap(({ report }) => report.results.filter((result) => area(result.id) === name).flatMap((result) => result.features)))].sort();
      expect([name, rows]).toStrictEqual([
        name,
        features.map((feature) => [
          feature,
          ...reports.map(({ report }) => cell(report.results.filter((result) => area(result.id) === name && result.features.includes(feature)))),
        ]),
      ]);
    }
  });

  it('links every case that did not pass to a page of its own, which shows the difference and the case', async () => {
    const { page } = await session.open();
    await page.goto(`${siteUrl()}/conformance/`);
    for (const { slug, report } of reports) {
      const missed = report.results.filter((result) => !['pass', 'skip'].includes(result.outcome));
      const links = await page.locator(`section[data-report="${slug}"] ul.failing a`).evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect([slug, links.toSorted()]).toStrictEqual([slug, missed.map((result) => `/conformance/${slug}/${result.id}/`).toSorted()]);
    }
    // One page of each outcome of each report: it names the outcome, shows the difference and the case.
    const samples = reports.flatMap(({ slug, report }) =>
      ['fail', 'error', 'xpass', 'xfail'].flatMap((outcome) => {
        const result = report.results.find((candidate) => candidate.outcome === outcome);
        return result === undefined ? [] : [{ slug, result }];
      }),
    );
    for (const { slug, result } of samples) {
      const response = await page.goto(`${siteUrl()}/conformance/${slug}/${result.id}/`);
      expect(response?.status()).toStrictEqual(200);
      expect(await page.locator('.case-outcome .outcome').innerText()).toStrictEqual(result.outcome.toUpperCase());
      if (result.diff !== undefined && result.diff.length > 0) expect(await page.locator('pre.case-diff').first().innerText()).toStrictEqual(result.diff.join('\n'));
      if (result.observed !== undefined && 'status' in result.observed) {
        expect(await page.locator('.observed dd').first().innerText()).toStrictEqual(result.observed.status);
      }
      await page.locator(`asl-example[case-id="${result.id}"]`).waitFor({ state: 'attached' });
    }
  });
});
