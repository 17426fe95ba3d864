/**
 * Helpers of the cmd: parity test: an adapter that records what its engine answers, and the
 * comparison of two runs case by case.
 */
import type { Adapter, AdapterInfo, Observation } from '../src/adapters/adapter-types.ts';
import type { CaseResult } from '../src/run/outcome.ts';

/** An adapter and what it answered, by case id. */
export interface RecordingAdapter {
  readonly adapter: Adapter;
  readonly observations: Map<string, Observation>;
  /** What `start` answered, once it has. */
  info(): AdapterInfo | undefined;
}

/**
 * Wraps an adapter so that every observation it gives is kept, whatever the case's outcome (a
 * run keeps observations only for cases that did not pass).
 * @param inner - the adapter
 * @returns the wrapped adapter and its records
 */
export function recording(inner: Adapter): RecordingAdapter {
  const observations = new Map<string, Observation>();
  let started: AdapterInfo | undefined;
  return {
    observations,
    info: () => started,
    adapter: {
      async start() {
        started = await inner.start();
        return started;
      },
      async run(testCase, options) {
        const observation = await inner.run(testCase, options);
        observations.set(testCase.id, observation);
        return observation;
      },
      stop: () => inner.stop(),
    },
  };
}

/** Two runs of the same cases, each with everything its engine answered. */
export interface ParityRun {
  readonly results: readonly CaseResult[];
  readonly observations: ReadonlyMap<string, Observation>;
}

/** A value as it crosses the process protocol: JSON text, parsed again. */
function overTheWire(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Deep equality of parsed JSON that ignores object key order. */
function sameShape(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameShape(item, b[index]))
    );
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every(
        (key) =>
          Object.hasOwn(b, key) &&
          sameShape((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
      )
    );
  }
  return Object.is(a, b);
}

/**
 * Lists every case on which two runs disagree: a case only one of them has, a different outcome
 * or set of differences, or a different observation (compared as the JSON that crosses the
 * protocol, key order aside).
 * @param expected - the reference run (in-process)
 * @param actual - the run to check (over the protocol)
 * @returns one line per disagreeing case, empty when the runs agree on every case
 */
export function disagreements(expected: ParityRun, actual: ParityRun): string[] {
  const lines: string[] = [];
  const actualResults = new Map(actual.results.map((result) => [result.id, result]));
  for (const result of expected.results) {
    const other = actualResults.get(result.id);
    actualResults.delete(result.id);
    if (other === undefined) {
      lines.push(`${result.id}: missing from the second run`);
      continue;
    }
    if (other.outcome !== result.outcome || !sameShape(other.diff, result.diff)) {
      lines.push(`${result.id}: outcome ${result.outcome} vs ${other.outcome}`);
      continue;
    }
    const mine = overTheWire(expected.observations.get(result.id));
    const theirs = overTheWire(actual.observations.get(result.id));
    if (!sameShape(mine, theirs)) lines.push(`${result.id}: the observations differ`);
  }
  for (const id of actualResults.keys()) lines.push(`${id}: missing from the first run`);
  return lines;
}
