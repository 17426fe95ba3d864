/**
 * The rest of the conformance suite through the Step Functions API: the cases the generic
 * sfn-http adapter skips by its declared capabilities (conformance-sfn-http.test.ts runs the
 * others) run against a started `aslkit serve` wherever its API can express them, and are
 * compared case by case with the in-process adapter. State-mode cases go through TestState; cases
 * that depend on time run because the server's clock is sped up (--time-scale 100000), which a
 * generic Step Functions endpoint cannot promise. What stays skipped is listed with its reason.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseResult, Expectations, SfnCalls } from '@aslkit/conformance';
import {
  createAslkitAdapter,
  createSfnHttpAdapter,
  loadSuite,
  NO_EXPECTATIONS,
  runSuite,
  skipReason,
} from '@aslkit/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server/http-server.ts';
import { startServer } from '../src/server/http-server.ts';
import { createServeApiAdapter } from './conformance/serve-api-adapter.ts';

const CASES = fileURLToPath(new URL('../../../conformance/cases/', import.meta.url));
/** What the Step Functions API cannot express, by the reason the runner gives. */
const INEXPRESSIBLE = new Set([
  // StartExecution has no way to set Context Object values (Execution.StartTime and the like).
  'the engine cannot inject Context Object values',
  // The Step Functions Local mock configuration format has no delays.
  'mock delays cannot be expressed in a Step Functions Local mock configuration',
]);
/** Cases left out on purpose, with why. */
const LEFT_OUT: Expectations = {
  ...NO_EXPECTATIONS,
  skipCases: new Map([
    [
      'limits/execution-stops-after-one-year',
      'a year of execution time is over 5 minutes of real time even at 100,000×',
    ],
  ]),
};

const dir = mkdtempSync(join(tmpdir(), 'aslkit-serve-api-'));
const mockConfigPath = join(dir, 'mock-config.json');
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ port: 0, timeScale: 100_000, mockConfig: mockConfigPath });
});

afterAll(async () => {
  await server.close();
});

describe('the cases the sfn-http adapter skips, through the API of aslkit serve', () => {
  it(
    'get the same outcomes as in-process, except what the API cannot express',
    { timeout: 300_000 },
    async () => {
      const suite = loadSuite([CASES]);
      // The sfn-http adapter's own declaration of what it can run (its requests are not needed).
      const sfnHttp = await createSfnHttpAdapter({
        endpoint: server.url,
        cases: [],
        mockConfigPath: join(dir, 'unused.json'),
        calls: {} as SfnCalls,
      }).start();
      const cases = suite.cases.filter(
        (c) => skipReason(c, sfnHttp.capabilities, NO_EXPECTATIONS) !== undefined,
      );
      const run = (
        adapter: Parameters<typeof runSuite>[0]['adapter'],
        expectations: Expectations,
      ) => runSuite({ adapter, cases, expectations, timeoutMs: 60_000, jobs: 8 });
      const [viaApi, inProcess] = await Promise.all([
        run(createServeApiAdapter({ endpoint: server.url, cases, mockConfigPath }), LEFT_OUT),
        run(createAslkitAdapter(), NO_EXPECTATIONS),
      ]);
      const local = new Map(inProcess.results.map((result) => [result.id, result]));
      const skipped = viaApi.results.filter((result) => result.outcome === 'skip');
      const compared = viaApi.results.filter((result) => result.outcome !== 'skip');
      const differing = compared
        .filter((result) => result.outcome !== local.get(result.id)?.outcome)
        .map((result: CaseResult) => ({
          id: result.id,
          outcome: result.outcome,
          diff: result.diff,
        }));

      expect(cases.length).toBeGreaterThan(0);
      expect(differing).toStrictEqual([]);
      expect(
        skipped
          .filter(
            (result) =>
              !INEXPRESSIBLE.has(result.reason ?? '') && !LEFT_OUT.skipCases.has(result.id),
          )
          .map((result) => [result.id, result.reason]),
      ).toStrictEqual([]);
      // Every state-mode case and every case that needs time ran.
      expect(
        compared.filter((result) => cases.find((c) => c.id === result.id)?.mode === 'state'),
      ).toHaveLength(cases.filter((c) => c.mode === 'state').length);
      console.log(
        `aslkit serve API: ${compared.length} of the ${cases.length} cases the sfn-http adapter skips compared (same outcome in-process); ${skipped.length} inexpressible through the API`,
      );
    },
  );
});
