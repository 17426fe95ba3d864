/**
 * The process protocol carries everything: running every case of the suite through the reference
 * wrapper (bin/aslkit-adapter.js, a separate process speaking JSON lines) gives, case for case,
 * the same outcome, the same differences and the same observation as running it in-process. The
 * observations are recorded for every case, passing ones included (a run keeps them only for the
 * cases that did not pass), and compared as the JSON that crosses the protocol.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isObservedResult } from '../src/adapters/adapter-types.ts';
import { createAslkitAdapter } from '../src/adapters/aslkit-adapter.ts';
import { createProcessAdapter } from '../src/adapters/process-adapter.ts';
import { loadSuite } from '../src/case/load-cases.ts';
import { SUITE_CASES_DIR } from '../src/cli/suite-paths.ts';
import { NO_EXPECTATIONS } from '../src/run/expectations.ts';
import { runSuite } from '../src/run/run-suite.ts';
import { disagreements, recording, type ParityRun } from './parity.ts';

const wrapper = fileURLToPath(new URL('../bin/aslkit-adapter.js', import.meta.url));
const cases = loadSuite([SUITE_CASES_DIR]).cases;
const inProcess = recording(createAslkitAdapter());
const overProtocol = recording(
  createProcessAdapter({ command: `"${process.execPath}" --conditions=source "${wrapper}"` }),
);
let first: ParityRun = { results: [], observations: new Map() };
let second: ParityRun = { results: [], observations: new Map() };

beforeAll(async () => {
  const options = { cases, expectations: NO_EXPECTATIONS, timeoutMs: 30_000, jobs: 8 };
  const one = await runSuite({ ...options, adapter: inProcess.adapter });
  first = { results: one.results, observations: inProcess.observations };
  const two = await runSuite({ ...options, adapter: overProtocol.adapter });
  second = { results: two.results, observations: overProtocol.observations };
}, 600_000);

describe('the cmd: reference wrapper', () => {
  it('describes the same engine with the same capabilities', () => {
    expect(overProtocol.info()).toStrictEqual(inProcess.info());
  });

  it('runs every case of the suite, none skipped, both ways', () => {
    const ids = cases.map((testCase) => testCase.id).sort();
    expect([...first.observations.keys()].sort()).toStrictEqual(ids);
    expect([...second.observations.keys()].sort()).toStrictEqual(ids);
    expect(first.results.filter((result) => result.outcome === 'skip')).toStrictEqual([]);
  });

  it('gives the same outcome, differences and observation as the in-process adapter on every case', () => {
    expect(disagreements(first, second)).toStrictEqual([]);
  });

  it('would be caught giving anything else (the comparison has teeth)', () => {
    const passing = first.results.filter((result) => result.outcome === 'pass');
    const succeeded = passing.find((result) => {
      const observed = first.observations.get(result.id);
      return (
        observed !== undefined && isObservedResult(observed) && observed.status === 'SUCCEEDED'
      );
    });
    const other = passing.find((result) => result.id !== succeeded?.id);
    const observed = succeeded === undefined ? undefined : first.observations.get(succeeded.id);
    if (succeeded === undefined || other === undefined || observed === undefined)
      throw new Error('the suite has no passing cases to alter');
    // A passing case whose observation changed where its expectation does not look (a cause on
    // a success): the outcome stays `pass`, only the observation comparison sees it.
    const altered = new Map(first.observations);
    altered.set(succeeded.id, { ...observed, cause: 'changed in transit' });
    const dropped = first.results.filter((result) => result.id !== other.id);
    const failed = first.results.map((result) =>
      result.id === other.id ? { ...result, outcome: 'fail' as const } : result,
    );
    expect(disagreements(first, { results: first.results, observations: altered })).toStrictEqual([
      `${succeeded.id}: the observations differ`,
    ]);
    expect(
      disagreements(first, { results: dropped, observations: first.observations }),
    ).toStrictEqual([`${other.id}: missing from the second run`]);
    expect(
      disagreements(first, { results: failed, observations: first.observations }),
    ).toStrictEqual([`${other.id}: outcome pass vs fail`]);
  });
});
