import { describe, expect, it } from 'vitest';
import { createStateMachine } from '../src/index.ts';
import type { HistoryEvent } from '../src/index.ts';
import { clockTimeline, ManualClock, outcomeOf, settle, timeline } from './helpers.ts';

const threeStates = createStateMachine({
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Result: 1, Next: 'B' },
    B: { Type: 'Wait', Seconds: 10, Next: 'C' },
    C: { Type: 'Pass', End: true },
  },
});

describe('step mode', () => {
  it('advances exactly one state per step and reports what happened', async () => {
    const execution = threeStates.startExecution({}, { paused: true });
    const first = await execution.step();
    expect(first).toMatchObject({ done: false, status: 'RUNNING' });
    expect(timeline(first.events)).toStrictEqual([
      '1<-0 ExecutionStarted',
      '2<-0 PassStateEntered A',
      '3<-2 PassStateExited A',
    ]);
    expect(first.steps.map((step) => [step.stateName, step.status, step.output])).toStrictEqual([
      ['A', 'SUCCEEDED', 1],
    ]);
    const second = await execution.step();
    expect(clockTimeline(second.events)).toStrictEqual([
      '00:00:00 WaitStateEntered',
      '00:00:10 WaitStateExited',
    ]);
    const third = await execution.step();
    expect(third.done).toBe(true);
    expect(timeline(third.events)).toStrictEqual([
      '6<-5 PassStateEntered C',
      '7<-6 PassStateExited C',
      '8<-7 ExecutionSucceeded',
    ]);
    expect(third.result === undefined ? undefined : outcomeOf(third.result)).toStrictEqual({
      status: 'SUCCEEDED',
      output: 1,
    });
    expect((await execution.step()).events).toStrictEqual([]);
  });

  it('runs on by itself after resume()', async () => {
    const execution = threeStates.startExecution({}, { paused: true });
    await execution.step();
    execution.resume();
    expect(outcomeOf(await execution.result)).toStrictEqual({ status: 'SUCCEEDED', output: 1 });
    expect(execution.history.length).toBe(8);
  });
});

describe('stop', () => {
  it('aborts a waiting execution with one ExecutionAborted event after event 0 (floci-io/floci#2965)', async () => {
    const clock = new ManualClock();
    const execution = createStateMachine({
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: 30, End: true } },
    }).startExecution({}, { clock });
    await clock.advanceBy(3000);
    execution.stop('Manual', 'probe');
    const result = await execution.result;
    expect(outcomeOf(result)).toStrictEqual({ status: 'ABORTED', error: 'Manual', cause: 'probe' });
    expect(result.history.at(-1)).toStrictEqual({
      id: 3,
      previousEventId: 0,
      timestamp: '2024-01-01T00:00:03.000Z',
      type: 'ExecutionAborted',
      executionAbortedEventDetails: { error: 'Manual', cause: 'probe' },
    });
    expect(timeline(result.history)).toStrictEqual([
      '1<-0 ExecutionStarted',
      '2<-0 WaitStateEntered W',
      '3<-0 ExecutionAborted',
    ]);
  });

  it('aborts the pending task handler and releases its callback token', async () => {
    let aborted = false;
    const execution = createStateMachine({
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: 'arn:aws:states:::ecs:runTask', End: true } },
    }).startExecution(
      {},
      {
        tasks: {
          T: (_input, context) => {
            context.signal.addEventListener('abort', () => {
              aborted = true;
            });
            return new Promise(() => undefined);
          },
        },
      },
    );
    await settle();
    execution.stop();
    expect(outcomeOf(await execution.result)).toStrictEqual({ status: 'ABORTED' });
    expect(aborted).toBe(true);
    expect(execution.status).toBe('ABORTED');
  });
});

describe('stop before the start', () => {
  it('still records ExecutionStarted first', async () => {
    const execution = threeStates.startExecution();
    execution.stop();
    const result = await execution.result;
    expect(timeline(result.history)).toStrictEqual([
      '1<-0 ExecutionStarted',
      '2<-0 ExecutionAborted',
    ]);
    await settle();
    expect(execution.history.length).toBe(2);
  });
});

describe('TimeoutSeconds of the machine', () => {
  it('ends the execution TIMED_OUT with one ExecutionTimedOut event (R-EXEC-10, floci-io/floci#2733)', async () => {
    const result = await createStateMachine({
      StartAt: 'W',
      TimeoutSeconds: 3,
      States: { W: { Type: 'Wait', Seconds: 25, End: true } },
    }).startExecution().result;
    expect(outcomeOf(result)).toStrictEqual({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(
      result.history.map((event) => [event.id, event.previousEventId, event.type, event.timestamp]),
    ).toStrictEqual([
      [1, 0, 'ExecutionStarted', '2024-01-01T00:00:00.000Z'],
      [2, 0, 'WaitStateEntered', '2024-01-01T00:00:00.000Z'],
      [3, 0, 'ExecutionTimedOut', '2024-01-01T00:00:03.000Z'],
    ]);
    expect(result.history[2]).toMatchObject({
      executionTimedOutEventDetails: { error: 'States.Timeout' },
    });
  });
});

describe('limits and hostile inputs', () => {
  const endlessLoop = createStateMachine({
    StartAt: 'Loop',
    States: {
      Loop: {
        Type: 'Choice',
        Choices: [{ Variable: '$.spin', BooleanEquals: true, Next: 'Loop' }],
        Default: 'Done',
      },
      Done: { Type: 'Succeed' },
    },
  });

  it('fails an endless loop at the 25,000th event with States.Runtime (R-LIM-02, floci-io/floci#2734)', async () => {
    const result = await endlessLoop.startExecution({ spin: true }).result;
    expect(outcomeOf(result)).toStrictEqual({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: 'The execution reached the maximum number of history events (25000).',
    });
    expect(result.history.length).toBe(25_000);
    expect(
      result.history.slice(-2).map((event) => [event.id, event.previousEventId, event.type]),
    ).toStrictEqual([
      [24_999, 24_998, 'ChoiceStateExited'],
      [25_000, 24_999, 'ExecutionFailed'],
    ]);
  });

  it('fails an over-size execution input with States.DataLimitExceeded (R-LIM-01, D-04)', async () => {
    const result = await endlessLoop.startExecution({ blob: 'x'.repeat(10_000_000) }).result;
    expect(outcomeOf(result)).toStrictEqual({
      status: 'FAILED',
      error: 'States.DataLimitExceeded',
      cause: 'The execution input has a size exceeding the maximum number of bytes service limit.',
    });
  });

  it('fails an over-size state output at once, even with a Catcher (D-04, E-23)', async () => {
    const result = await createStateMachine({
      StartAt: 'Grow',
      States: {
        Grow: {
          Type: 'Pass',
          Parameters: { 'big.$': 'States.ArrayRange(1, 1000, 1)' },
          Next: 'Fan',
        },
        Fan: {
          Type: 'Map',
          ItemsPath: '$.big',
          ItemSelector: { 'copy.$': '$.big' },
          ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }],
          End: true,
        },
        Caught: { Type: 'Pass', End: true },
      },
    }).startExecution().result;
    expect(outcomeOf(result)).toStrictEqual({
      status: 'FAILED',
      error: 'States.DataLimitExceeded',
      cause:
        "The state/task 'Fan' returned a result with a size exceeding the maximum number of bytes service limit.",
    });
  });

  it('rejects an input that is not JSON with a TypeError', () => {
    expect(() => threeStates.startExecution(() => 1)).toThrow(
      new TypeError('The execution input must be a JSON value.'),
    );
  });
});

describe('determinism', () => {
  it('gives the same history, byte for byte, for the same definition, input and seed', async () => {
    const definition = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          MaxConcurrency: 3,
          ItemProcessor: {
            StartAt: 'Id',
            States: {
              Id: {
                Type: 'Pass',
                Parameters: { 'id.$': 'States.UUID()', 'r.$': 'States.MathRandom(1, 100)' },
                Next: 'W',
              },
              W: { Type: 'Wait', SecondsPath: '$$.Execution.Input.delays[0]', End: true },
            },
          },
          Retry: [{ ErrorEquals: ['States.ALL'], JitterStrategy: 'FULL' }],
          End: true,
        },
      },
    };
    const runOnce = async (): Promise<string> =>
      JSON.stringify(
        (await createStateMachine(definition).startExecution({ delays: [3] }, { seed: 42 }).result)
          .history,
      );
    const [a, b] = await Promise.all([runOnce(), runOnce()]);
    expect(a).toBe(b);
  });
});

describe('live events', () => {
  it('streams every event through events() and onEvent()', async () => {
    const execution = threeStates.startExecution();
    const seen: string[] = [];
    const stop = execution.onEvent((event) => seen.push(event.type));
    const streamed: HistoryEvent[] = [];
    for await (const event of execution.events()) streamed.push(event);
    stop();
    expect(streamed.map((event) => event.id)).toStrictEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(seen).toStrictEqual(streamed.map((event) => event.type));
  });

  it('wakes every waiting events() iterator, again after a task has kept the execution waiting', async () => {
    let started: () => void = () => undefined;
    const taskStarted = new Promise<void>((resolve) => (started = resolve));
    let answer: (value: unknown) => void = () => undefined;
    const machine = createStateMachine({
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
    });
    const execution = machine.startExecution(
      {},
      {
        tasks: {
          T: () => {
            started();
            return new Promise((resolve) => (answer = resolve));
          },
        },
      },
    );
    const collect = async (): Promise<string[]> => {
      const types: string[] = [];
      for await (const event of execution.events()) types.push(event.type);
      return types;
    };
    const first = collect();
    const second = collect();
    await taskStarted;
    answer({ ok: true });
    const result = await execution.result;
    const types = result.history.map((event) => event.type);
    expect(types.at(-1)).toBe('ExecutionSucceeded');
    expect(await first).toStrictEqual(types);
    expect(await second).toStrictEqual(types);
  });

  it('gives the result the final history and step records (nothing is added after the end)', async () => {
    const execution = threeStates.startExecution();
    const result = await execution.result;
    expect(result.history).toBe(execution.history);
    expect(result.steps).toBe(execution.steps);
    expect(timeline(result.history).at(-1)).toBe('8<-7 ExecutionSucceeded');
  });
});
