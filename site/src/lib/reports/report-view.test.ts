import { parseReport, type Report } from '@aslkit/conformance';
import { describe, expect, it } from 'vitest';

import { casePagePath, notPassed, reportSlug, skipReasons } from './report-view.ts';

const HEADER = {
  suite: '@aslkit/conformance@0.1.0',
  suiteCommit: 'abc',
  adapter: { id: 'x', name: 'x', version: '1', capabilities: { queryLanguages: ['JSONPath'], history: 'state', contextInjection: true, virtualTime: true, validation: true, modes: ['execution'] } },
  started: '2026-01-01T00:00:00Z',
};

function report(results: object[]): Report {
  return parseReport([HEADER, ...results].map((line) => JSON.stringify(line)).join('\n'), 'test.jsonl');
}

describe('reportSlug', () => {
  it('names a report by its file, so two runs of one engine get pages of their own', () => {
    expect(['aslkit.jsonl', 'aslkit-2026-01.jsonl', 'AWS Step Functions Local.jsonl', '.jsonl'].map(reportSlug)).toStrictEqual([
      'aslkit',
      'aslkit-2026-01',
      'aws-step-functions-local',
      'report',
    ]);
  });
});

describe('notPassed', () => {
  it('lists every case that did not pass, fail first and known failures last, and leaves passes and skips out', () => {
    const run = report([
      { id: 'b/xf', features: [], outcome: 'xfail', ms: 1, reason: 'known' },
      { id: 'a/ok', features: [], outcome: 'pass', ms: 1 },
      { id: 'c/fail', features: [], outcome: 'fail', ms: 1, diff: ['output: expected 1, got 2'] },
      { id: 'a/xp', features: [], outcome: 'xpass', ms: 1 },
      { id: 'a/skip', features: [], outcome: 'skip', ms: 0, reason: 'needs virtual time' },
      { id: 'a/err', features: [], outcome: 'error', ms: 1 },
      { id: 'a/fail', features: [], outcome: 'fail', ms: 1 },
    ]);
    expect(notPassed(run).map((result) => `${result.outcome} ${result.id}`)).toStrictEqual([
      'fail a/fail',
      'fail c/fail',
      'error a/err',
      'xpass a/xp',
      'xfail b/xf',
    ]);
    expect(casePagePath('/', 'aslkit', 'c/fail')).toStrictEqual('/conformance/aslkit/c/fail/');
  });
});

describe('skipReasons', () => {
  it('counts skipped cases by reason, most first', () => {
    const run = report([
      { id: 'a/1', features: [], outcome: 'skip', ms: 0, reason: 'feature jsonata is not supported' },
      { id: 'a/2', features: [], outcome: 'skip', ms: 0, reason: 'the case needs virtual time' },
      { id: 'a/3', features: [], outcome: 'skip', ms: 0, reason: 'the case needs virtual time' },
      { id: 'a/4', features: [], outcome: 'skip', ms: 0 },
      { id: 'a/5', features: [], outcome: 'pass', ms: 1 },
    ]);
    expect(skipReasons(run)).toStrictEqual([
      { reason: 'the case needs virtual time', count: 2 },
      { reason: 'feature jsonata is not supported', count: 1 },
      { reason: 'no reason given', count: 1 },
    ]);
  });
});
