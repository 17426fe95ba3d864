import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JsonValue } from '../json.ts';
import { seededRandom } from '../random/random.ts';
import {
  JsonataEvaluationError,
  type CompiledJsonata,
  type JsonataScope,
} from './jsonata-engine.ts';
import { compileJsonata, compileJsonataWithBounds } from './jsonata.ts';
import { MAX_EVALUATION_DEPTH, RESOURCE_LIMIT_MESSAGES } from './resource-limits.ts';

const scope: JsonataScope = {
  states: { input: {}, context: {} },
  variable: () => undefined,
  random: seededRandom(7),
  nowMs: () => 0,
};

const TIME = { kind: 'threw', detail: `: ${RESOURCE_LIMIT_MESSAGES.time}` };
const DEPTH = { kind: 'threw', detail: `: ${RESOURCE_LIMIT_MESSAGES.depth}` };
const MEMORY = { kind: 'threw', detail: `: ${RESOURCE_LIMIT_MESSAGES.memory}` };

/** A tail call: jsonata runs it as a loop, so it never grows the depth. */
const INFINITE_LOOP = '($f := function($x){ $f($x + 1) }; $f(1))';

function bounded(text: string, maxSteps: number): CompiledJsonata {
  return compileJsonataWithBounds(text, { maxDepth: MAX_EVALUATION_DEPTH, maxSteps });
}

async function outcome(expression: CompiledJsonata): Promise<unknown> {
  try {
    return { value: await expression.evaluate(scope) };
  } catch (thrown) {
    if (thrown instanceof JsonataEvaluationError)
      return { kind: thrown.kind, detail: thrown.detail };
    throw thrown;
  }
}

function value(result: JsonValue | undefined): unknown {
  return { value: result };
}

/** The smallest budget under which the expression evaluates (it must, under 1,000,000 steps). */
async function stepsTaken(text: string): Promise<number> {
  let low = 1;
  let high = 1_000_000;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (((await outcome(bounded(text, middle))) as { kind?: string }).kind === undefined)
      high = middle;
    else low = middle + 1;
  }
  return low;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the work bound: a budget of evaluation steps, not of real time (R-JA-34)', () => {
  it("stops a tail-recursive infinite loop with AWS's time-bound message", async () => {
    expect(await outcome(bounded(INFINITE_LOOP, 10_000))).toStrictEqual(TIME);
  });

  it('stops an expression at the same step every time', async () => {
    const text = '($f := function($i){ $i >= 100 ? $i : $f($i + 1) }; $f(0))';
    const steps = await stepsTaken(text);
    const runs = [];
    for (let run = 0; run < 3; run++)
      runs.push(await outcome(bounded(text, steps)), await outcome(bounded(text, steps - 1)));
    expect(runs).toStrictEqual([value(100), TIME, value(100), TIME, value(100), TIME]);
  });

  // Runs the real budget out: about 3 s of CPU on the development machine, more when it is
  // shared, hence the timeout. The outcome does not depend on how long it takes.
  it('stops a runaway expression under the bounds every evaluation runs under', async () => {
    expect(await outcome(compileJsonata(INFINITE_LOOP))).toStrictEqual(TIME);
  }, 120_000);

  it('gives each of several concurrent evaluations of one expression its own budget', async () => {
    const text = '($f := function($i){ $i >= 100 ? $i : $f($i + 1) }; $f(0))';
    const expression = bounded(text, await stepsTaken(text));
    expect(
      await Promise.all([outcome(expression), outcome(expression), outcome(expression)]),
    ).toStrictEqual([value(100), value(100), value(100)]);
  });

  it('pays for a growing accumulator, so a loop whose steps copy more stops as early', async () => {
    const rounds = (next: string): string =>
      `($f := function($i, $a){ $i >= 1000 ? $count($a) : $f($i + 1, ${next}) }; $f(0, []))`;
    const keeping = await stepsTaken(rounds('$a'));
    expect([
      await outcome(bounded(rounds('$a'), keeping)),
      await outcome(bounded(rounds('$append($a, $i)'), 2 * keeping)),
    ]).toStrictEqual([value(0), TIME]);
  });

  it('pays for a growing string by its length', async () => {
    const chunk = 'x'.repeat(1024);
    const rounds = (next: string): string =>
      `($f := function($i, $s){ $i >= 300 ? $length($s) : $f($i + 1, ${next}) }; $f(0, ""))`;
    const keeping = await stepsTaken(rounds('$s'));
    expect([
      await outcome(bounded(rounds('$s'), keeping)),
      await outcome(bounded(rounds(`$s & "${chunk}"`), 2 * keeping)),
    ]).toStrictEqual([value(0), TIME]);
  });

  it('pays for an array passed on by reference once, not on every call', async () => {
    const text =
      '($f := function($i, $a){ $i >= 1000 ? $count($a) : $f($i + 1, $a) }; $f(0, [1..10000]))';
    const steps = await stepsTaken(text);
    // Ten thousand items cost 5,000 steps once; paid on every call they would cost millions.
    expect(steps).toBeLessThan(100_000);
    expect(await outcome(bounded(text, steps))).toStrictEqual(value(10000));
  });

  it('does not pay for values in an expression that defines no function (it cannot loop)', async () => {
    expect(await outcome(bounded('($a := [1..10000]; $count($a))', 100))).toStrictEqual(
      value(10000),
    );
  });
});

describe('the depth and memory bounds keep their messages (R-JA-34)', () => {
  it('refuses recursion that nests past 100 levels on depth, not on work', async () => {
    const recursion = '($f := function($x){ $x <= 0 ? 0 : 1 + $f($x - 1) }; $f(1000000))';
    expect(await outcome(compileJsonata(recursion))).toStrictEqual(DEPTH);
  });

  it('refuses a sequence past 873,782 elements on memory inside a function', async () => {
    expect(
      await outcome(compileJsonata('($f := function($n){ $count([1..$n]) }; $f(873783))')),
    ).toStrictEqual(MEMORY);
  });
});

describe('the outcome does not depend on the real clock', () => {
  it('reads no Date.now() while evaluating, even when the clock jumps an hour per read', async () => {
    let now = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 3_600_000));
    const terms = (count: number): string => Array.from({ length: count }, () => '1').join('+');
    const loop = '($f := function($i){ $i >= 1000 ? $i : $f($i + 1) }; $f(0))';
    const results = [
      await outcome(compileJsonata(terms(100))),
      await outcome(compileJsonata(terms(101))),
      await outcome(compileJsonata(loop)),
    ];
    expect({ results, reads: clock.mock.calls.length }).toStrictEqual({
      results: [value(100), DEPTH, value(1000)],
      reads: 0,
    });
  });
});
