import { describe, expect, it } from 'vitest';
import type { AdapterInfo } from '../src/adapters/adapter-types.ts';
import { buildComparison, cellText } from '../src/report/comparison.ts';
import { formatReport, parseReport, type ReportHeader } from '../src/report/jsonl-report.ts';
import { escapeHtml, renderHtml } from '../src/report/render-html.ts';
import { renderMarkdown } from '../src/report/render-markdown.ts';
import {
  closingLine,
  renderTable,
  rowsByArea,
  rowsByFeature,
} from '../src/report/summary-table.ts';
import type { CaseResult } from '../src/run/outcome.ts';
import { FULL_CAPABILITIES, makeCase } from './fake-adapter.ts';

const adapter = (name: string): AdapterInfo => ({
  id: name,
  name,
  version: '2.0.0',
  capabilities: FULL_CAPABILITIES,
});
const header = (name: string): ReportHeader => ({
  suite: '@aslkit/conformance@0.1.0',
  suiteCommit: 'abc123',
  adapter: adapter(name),
  started: '2025-01-01T00:00:00.000Z',
});

const results: CaseResult[] = [
  { id: 'retry/a', outcome: 'pass', ms: 3, features: ['jsonpath', 'retry'] },
  {
    id: 'retry/b',
    outcome: 'fail',
    ms: 4,
    features: ['jsonpath', 'retry'],
    diff: ['output: expected 1, got 2'],
    observed: { status: 'SUCCEEDED', output: 2 },
  },
  {
    id: 'catch/a',
    outcome: 'skip',
    ms: 0,
    features: ['catch'],
    reason: 'the engine does not support catch',
  },
  {
    id: 'catch/b',
    outcome: 'xfail',
    ms: 1,
    features: ['catch'],
    reason: 'bug',
    issue: 'ENGINE-3',
    diff: ['error: expected "A", got "B"'],
  },
];

describe('JSON-lines reports', () => {
  const text = formatReport(header('engine'), results, '2025-01-01T00:01:00.000Z');

  it('write a header, one line per case and a footer with the counts', () => {
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toStrictEqual(header('engine'));
    expect(lines[1]).toStrictEqual({
      id: 'retry/a',
      outcome: 'pass',
      ms: 3,
      features: ['jsonpath', 'retry'],
    });
    expect(lines[5]).toStrictEqual({
      finished: '2025-01-01T00:01:00.000Z',
      total: 4,
      counts: { pass: 1, fail: 1, xfail: 1, xpass: 0, skip: 1, error: 0 },
    });
  });

  it('read back what they wrote', () => {
    expect(parseReport(text, 'r.jsonl')).toStrictEqual({
      header: header('engine'),
      results,
      footer: {
        finished: '2025-01-01T00:01:00.000Z',
        total: 4,
        counts: { pass: 1, fail: 1, xfail: 1, xpass: 0, skip: 1, error: 0 },
      },
    });
  });

  it('read a run that was cut short (no footer)', () => {
    const cut = text.split('\n').slice(0, 3).join('\n');
    expect(parseReport(cut, 'r.jsonl').footer).toBeUndefined();
  });

  it('name the line of a malformed case', () => {
    const bad = `${JSON.stringify(header('engine'))}\n{"id":"a/b","outcome":"maybe","ms":1}\n`;
    expect(() => parseReport(bad, 'r.jsonl')).toThrow(
      expect.objectContaining({
        name: 'ReportError',
        message:
          'r.jsonl:2: a case line needs id (string), outcome (pass|fail|xfail|xpass|skip|error) and ms (number)',
      }),
    );
  });

  it('refuse a report that does not start with a header', () => {
    expect(() => parseReport('{"id":"a/b","outcome":"pass","ms":1}', 'r.jsonl')).toThrow(
      expect.objectContaining({
        message:
          'r.jsonl:1: the first line must be the header {suite, suiteCommit, adapter, started}',
      }),
    );
  });
});

describe('console summary', () => {
  it('counts per area', () => {
    expect(
      rowsByArea(results).map((row) => [
        row.group,
        row.counts.pass,
        row.counts.fail,
        row.counts.skip,
        row.counts.xfail,
      ]),
    ).toStrictEqual([
      ['catch', 0, 0, 1, 1],
      ['retry', 1, 1, 0, 0],
    ]);
  });

  it('counts a case once under each of its features', () => {
    expect(
      rowsByFeature(results).map((row) => [
        row.group,
        row.counts.pass + row.counts.fail + row.counts.skip + row.counts.xfail,
      ]),
    ).toStrictEqual([
      ['catch', 2],
      ['jsonpath', 2],
      ['retry', 2],
    ]);
  });

  it('renders a fixed-width table', () => {
    expect(renderTable('area', rowsByArea(results)).split('\n')).toStrictEqual([
      'area   passed  failed skipped   xfail   xpass  errors',
      '-----------------------------------------------------',
      'catch       0       0       1       1       0       0',
      'retry       1       1       0       0       0       0',
    ]);
  });

  it('closes with "N passed, N failed" and the other counts', () => {
    expect(closingLine({ pass: 10, fail: 2, skip: 3, xfail: 1, xpass: 0, error: 4 })).toBe(
      '10 passed, 2 failed, 3 skipped, 1 xfail, 0 xpass, 4 errors',
    );
  });
});

describe('comparison reports', () => {
  const other: CaseResult[] = [
    { id: 'retry/a', outcome: 'pass', ms: 1, features: ['jsonpath', 'retry'] },
    { id: 'retry/b', outcome: 'pass', ms: 1, features: ['jsonpath', 'retry'] },
  ];
  const reports = [
    { header: header('engine-one'), results },
    { header: header('engine-two'), results: other },
  ];
  const retryB = makeCase({
    id: 'retry/b',
    title: 'Retries <twice>',
    input: { n: 1 },
    expected: { status: 'SUCCEEDED', output: 1 },
  });
  const comparison = buildComparison(reports, new Map([['retry/b', retryB]]));

  it('counts per engine and area, and per engine, area and feature', () => {
    expect(comparison.areas.map((row) => [row.area, row.cells.map(cellText)])).toStrictEqual([
      ['catch', ['0/1 (1 skipped)', '–']],
      ['retry', ['1/2', '2/2']],
    ]);
    expect(
      comparison.features.map((row) => [row.area, row.feature, row.cells.map(cellText)]),
    ).toStrictEqual([
      ['catch', 'catch', ['0/1 (1 skipped)', '–']],
      ['retry', 'jsonpath', ['1/2', '2/2']],
      ['retry', 'retry', ['1/2', '2/2']],
    ]);
  });

  it('lists failing cases with their case', () => {
    expect(comparison.failures).toStrictEqual([
      { engine: 'engine-one 2.0.0', result: results[1], testCase: retryB },
    ]);
  });

  it('lists expected failures apart, so that an engine whose failures are all known still shows them', () => {
    expect(comparison.expectedFailures).toStrictEqual([
      { engine: 'engine-one 2.0.0', result: results[3] },
    ]);
  });

  it('shows each engine with its version, the suite, the suite commit and the start time', () => {
    const markdown = renderMarkdown(comparison);
    expect(markdown).toContain(
      '| engine-one 2.0.0 | @aslkit/conformance@0.1.0 | abc123 | 2025-01-01T00:00:00.000Z | 1 | 1 | 1 | 1 | 0 | 0 |',
    );
    expect(renderHtml(comparison)).toContain(
      '<td>engine-two 2.0.0</td><td>@aslkit/conformance@0.1.0</td><td>abc123</td><td>2025-01-01T00:00:00.000Z</td>',
    );
  });

  it('renders the expected failures with their reason and issue', () => {
    const markdown = renderMarkdown(comparison);
    expect(markdown).toContain('## Expected failures (1)');
    expect(markdown).toContain(
      '### catch/b — engine-one 2.0.0: xfail\n\nExpected to fail: bug (issue: ENGINE-3)',
    );
    const html = renderHtml(comparison);
    expect(html).toContain('<h2>Expected failures (1)</h2>');
    expect(html).toContain('<p>Expected to fail: bug (issue: ENGINE-3)</p>');
  });

  it('shows the mocks and Context Object values of a failing case', () => {
    const withMocks = makeCase({
      id: 'retry/b',
      context: { Execution: { Name: 'e1' } },
      mocks: { Charge: [{ return: 1 }] },
    });
    const markdown = renderMarkdown(buildComparison(reports, new Map([['retry/b', withMocks]])));
    expect(markdown).toContain('Context:\n\n```json\n{\n  "Execution": {\n    "Name": "e1"');
    expect(markdown).toContain('Mocks:\n\n```json\n{\n  "Charge": [');
  });

  it('renders Markdown with the failing case definition, input, expected and actual', () => {
    const markdown = renderMarkdown(comparison);
    expect(markdown).toContain('| area | engine-one 2.0.0 | engine-two 2.0.0 |');
    expect(markdown).toContain('| retry | 1/2 | 2/2 |');
    expect(markdown).toContain('### retry/b — engine-one 2.0.0: fail');
    expect(markdown).toContain('Input:\n\n```json\n{\n  "n": 1\n}\n```');
    expect(markdown).toContain(
      'Actual:\n\n```json\n{\n  "status": "SUCCEEDED",\n  "output": 2\n}\n```',
    );
  });

  it('renders one self-contained HTML page with escaped text', () => {
    const html = renderHtml(comparison);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain('Retries &lt;twice&gt;');
    expect(html).toContain('<td class="some">1/2</td><td class="all">2/2</td>');
  });

  it('escapes HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('tells two runs of the same engine apart', () => {
    const twice = buildComparison([reports[0]!, reports[0]!], new Map());
    expect(twice.engines.map((engine) => engine.label)).toStrictEqual([
      'engine-one 2.0.0',
      'engine-one 2.0.0 #2',
    ]);
  });
});
