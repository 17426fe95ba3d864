import { describe, expect, it } from 'vitest';
import type { Observation } from '../src/adapters/adapter-types.ts';
import {
  boundObservation,
  boundResult,
  MAX_OBSERVED_FIELD_CHARS,
} from '../src/report/bound-observation.ts';
import { formatReport, parseReport } from '../src/report/jsonl-report.ts';
import type { CaseResult } from '../src/run/outcome.ts';
import { FULL_CAPABILITIES } from './fake-adapter.ts';

const small: Observation = {
  status: 'FAILED',
  error: 'States.Runtime',
  cause: 'no',
  history: [{ type: 'ExecutionStarted' }],
};

describe('observations kept in reports', () => {
  it('are kept as they are when every field is small', () => {
    expect(boundObservation(small)).toBe(small);
    const result: CaseResult = { id: 'a/b', outcome: 'fail', ms: 1, features: [], observed: small };
    expect(boundResult(result)).toBe(result);
  });

  it('say how long an oversized field was and how it begins, keeping the other fields', () => {
    const output = { s: 'x'.repeat(50) };
    const bounded = boundObservation({ status: 'SUCCEEDED', output, error: 'E' }, 20);
    expect(bounded).toStrictEqual({
      status: 'SUCCEEDED',
      output: `[58 characters of JSON left out of the report; it begins: ${JSON.stringify(output)}…]`,
      error: 'E',
    });
  });

  it('stay bounded in a written report, which still reads back', () => {
    const huge: Observation = { status: 'SUCCEEDED', output: 'y'.repeat(1_000_000), history: [] };
    const result: CaseResult = {
      id: 'limits/huge',
      outcome: 'xfail',
      ms: 5,
      features: ['limits'],
      reason: 'no quota',
      observed: huge,
    };
    const header = {
      suite: '@aslkit/conformance@0.1.0',
      suiteCommit: 'abc',
      adapter: { id: 'e', name: 'e', version: '1', capabilities: FULL_CAPABILITIES },
      started: '2025-01-01T00:00:00.000Z',
    };
    const text = formatReport(header, [result], '2025-01-01T00:00:01.000Z');
    expect(text.length).toBeLessThan(2 * MAX_OBSERVED_FIELD_CHARS);
    const [read] = parseReport(text, 'r.jsonl').results;
    expect(read?.observed).toStrictEqual({
      status: 'SUCCEEDED',
      output: expect.stringMatching(
        /^\[1000002 characters of JSON left out of the report; it begins: "yyy/,
      ),
      history: [],
    });
    // The result in memory keeps the whole observation.
    expect(result.observed).toBe(huge);
  });
});
