/**
 * Engine benchmarks (`pnpm bench`, run with `node --conditions=source`). Prints a table; asserts
 * nothing (no thresholds in tests). In one run:
 *   (a) a 10,000-transition Pass/Choice loop on aslkit (history and step records included) vs
 *       aws-local-stepfunctions: the same warm-up for both, then samples of about the same length
 *       interleaved one by one so that both see the same machine load; medians;
 *   (b) createStateMachine (validation + compilation) of a 50-state definition;
 *   (c) an inline Map of 1,000 items with a Wait in each iteration (virtual time);
 *   (d) a 1,000-transition JSONata machine vs the same expressions evaluated directly with
 *       `jsonata` (jsonata-loop.ts); target: at most 2× the bare evaluation time.
 */
import { performance } from 'node:perf_hooks';
import { StateMachine as LocalStateMachine } from 'aws-local-stepfunctions';
import { createStateMachine } from '../src/index.ts';
import { jsonataLoop } from './jsonata-loop.ts';

interface Row {
  readonly name: string;
  readonly time: string;
  readonly note: string;
}

const TRANSITIONS = 10_000;

/** Pass increments a counter, Choice loops back: 2 transitions per round. */
const loopDefinition = {
  StartAt: 'Increment',
  States: {
    Increment: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
    Check: {
      Type: 'Choice',
      Choices: [{ Variable: '$.i', NumericLessThan: TRANSITIONS / 2, Next: 'Increment' }],
      Default: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
};

/** The median time of `runs` calls of `body` after `warmups` unmeasured ones, in milliseconds. */
async function medianTime(
  warmups: number,
  runs: number,
  body: () => Promise<unknown>,
): Promise<number> {
  for (let i = 0; i < warmups; i++) await body();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await body();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

async function timed(body: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await body();
  return performance.now() - started;
}

const aslkitLoop = createStateMachine(loopDefinition);

/** One run on aslkit, as any caller runs it: the whole history and every step record are kept. */
async function loopOnAslkit(): Promise<void> {
  const result = await aslkitLoop.startExecution({ i: 0 }).result;
  if (result.status !== 'SUCCEEDED' || result.history.length !== TRANSITIONS * 2 + 4)
    throw new Error(`aslkit loop ended ${result.status} after ${result.history.length} events`);
}

const localLoop = new LocalStateMachine(loopDefinition as never);

async function loopOnLocalStepFunctions(): Promise<void> {
  const output = (await localLoop.run({ i: 0 }, { overrides: { waitTimeOverrides: {} } })
    .result) as {
    i?: number;
  };
  if (output.i !== TRANSITIONS / 2) throw new Error('aws-local-stepfunctions loop ended early');
}

/** aslkit runs per sample of (a): a sample lasts about as long as one aws-local-stepfunctions run. */
const ASLKIT_BATCH = 30;

/**
 * Benchmark (a): both engines get the same warm-up (10 runs each), then 25 samples of each,
 * alternating, so that a change of machine load affects both sides alike. A sample of
 * aws-local-stepfunctions is one run; a sample of aslkit is ASLKIT_BATCH consecutive runs (each
 * awaited and checked), divided by ASLKIT_BATCH. Samples of about the same length see the same
 * share of preemption by other processes and of garbage collection: a single 3 ms run mostly
 * falls between two collections or time slices, or is doubled by one, while a 100 ms run
 * always pays its share.
 * @param samples - measured samples of each engine
 * @returns the median time of one run of each, in milliseconds
 */
async function passChoiceLoop(samples = 25): Promise<{ aslkit: number; local: number }> {
  for (let i = 0; i < 10; i++) {
    await loopOnAslkit();
    await loopOnLocalStepFunctions();
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const batch = await timed(async () => {
      for (let run = 0; run < ASLKIT_BATCH; run++) await loopOnAslkit();
    });
    ours.push(batch / ASLKIT_BATCH);
    theirs.push(await timed(loopOnLocalStepFunctions));
  }
  return { aslkit: median(ours), local: median(theirs) };
}

function fiftyStates(): object {
  const states: Record<string, object> = {};
  for (let i = 0; i < 50; i++) {
    const next = i === 49 ? { End: true } : { Next: `S${i + 1}` };
    states[`S${i}`] =
      i % 5 === 0
        ? {
            Type: 'Choice',
            Choices: [{ Variable: '$.x', NumericGreaterThan: i, Next: `S${i + 1}` }],
            Default: `S${i + 1}`,
          }
        : i % 5 === 1
          ? {
              Type: 'Task',
              Resource: 'arn:aws:states:::lambda:invoke',
              Parameters: { FunctionName: 'f', 'Payload.$': '$' },
              Retry: [{ ErrorEquals: ['States.ALL'] }],
              ...next,
            }
          : {
              Type: 'Pass',
              Parameters: { 'v.$': `States.Format('{}-${i}', $.x)`, 'n.$': '$.x' },
              ResultPath: `$.r${i}`,
              ...next,
            };
  }
  return { StartAt: 'S0', States: states };
}

async function createFiftyStates(): Promise<number> {
  const definition = fiftyStates();
  // Change the object each time so no cache keyed on it can help.
  return medianTime(20, 200, () =>
    Promise.resolve(createStateMachine(structuredClone(definition))),
  );
}

async function bigMap(): Promise<number> {
  const machine = createStateMachine({
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        MaxConcurrency: 40,
        ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, End: true } } },
        End: true,
      },
    },
  });
  const items = Array.from({ length: 1000 }, (_, i) => i);
  return medianTime(5, 10, async () => {
    const result = await machine.startExecution(items).result;
    if (result.status !== 'SUCCEEDED') throw new Error(`map ended ${result.status}`);
  });
}

const loop = await passChoiceLoop();
const ours = loop.aslkit;
const theirs = loop.local;
const jsonataTimes = await jsonataLoop();
const rows: Row[] = [
  {
    name: `(a) ${TRANSITIONS.toLocaleString('en')}-transition Pass/Choice loop, aslkit`,
    time: `${ours.toFixed(2)} ms`,
    note: `median of 25 samples of ${ASLKIT_BATCH} runs; ${((ours * 1000) / TRANSITIONS).toFixed(2)} µs per transition, with history and step records`,
  },
  {
    name: '(a) same loop, aws-local-stepfunctions 3',
    time: `${theirs.toFixed(2)} ms`,
    note: `median of 25 runs, interleaved with aslkit's samples; ${((theirs * 1000) / TRANSITIONS).toFixed(2)} µs per transition`,
  },
  {
    name: '(a) ratio',
    time: `${(theirs / ours).toFixed(1)}×`,
    note: 'aws-local-stepfunctions time / aslkit time (target: at least 50×)',
  },
  {
    name: '(b) createStateMachine, 50 states, with validation',
    time: `${((await createFiftyStates()) * 1000).toFixed(1)} µs`,
    note: 'median of 200',
  },
  {
    name: '(c) inline Map, 1,000 items × Wait 1 s, MaxConcurrency 40',
    time: `${(await bigMap()).toFixed(2)} ms`,
    note: 'median of 10; virtual time: 25 s of waits take no real time',
  },
  {
    name: '(d) 1,000-transition JSONata machine, aslkit',
    time: `${jsonataTimes.aslkit.toFixed(2)} ms`,
    note: 'median of 40; 2,994 expression evaluations, with history',
  },
  {
    name: '(d) same expressions evaluated directly with jsonata',
    time: `${jsonataTimes.bare.toFixed(2)} ms`,
    note: 'median of 40; each expression compiled once',
  },
  {
    name: '(d) ratio',
    time: `${(jsonataTimes.aslkit / jsonataTimes.bare).toFixed(2)}×`,
    note: 'aslkit time / bare jsonata time (target: at most 2×)',
  },
];

const width = Math.max(...rows.map((row) => row.name.length));
const timeWidth = Math.max(...rows.map((row) => row.time.length));
console.log(`${'benchmark'.padEnd(width)}  ${'time'.padStart(timeWidth)}  note`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(timeWidth)}  ----`);
for (const row of rows)
  console.log(`${row.name.padEnd(width)}  ${row.time.padStart(timeWidth)}  ${row.note}`);
