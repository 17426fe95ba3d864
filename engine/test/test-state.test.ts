import { describe, expect, it } from 'vitest';
import { InvalidDefinitionError, testState } from '../src/index.ts';

const definition = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      InputPath: '$.order',
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultSelector: { 'receipt.$': '$.Payload' },
      ResultPath: '$.charge',
      OutputPath: '$.charge',
      Retry: [
        { ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 2 },
      ],
      Catch: [{ ErrorEquals: ['Declined'], ResultPath: '$.error', Next: 'Declined' }],
      Next: 'Done',
    },
    Declined: { Type: 'Pass', End: true },
    Done: { Type: 'Pass', InputPath: '$.missing', End: true },
  },
};

describe('testState', () => {
  it('reports SUCCEEDED with the next state and every stage of the data flow (TestState inspectionData)', async () => {
    const result = await testState(
      definition,
      'Charge',
      { order: { id: 1 } },
      { mocks: { Charge: [{ return: { StatusCode: 200, Payload: 'r-1' } }] } },
    );
    expect({ ...result, history: undefined, steps: undefined }).toStrictEqual({
      status: 'SUCCEEDED',
      output: { receipt: 'r-1' },
      nextState: 'Done',
      inspectionData: {
        input: { order: { id: 1 } },
        afterInputPath: { id: 1 },
        afterParameters: { FunctionName: 'charge', Payload: { id: 1 } },
        result: { StatusCode: 200, Payload: 'r-1' },
        afterResultSelector: { receipt: 'r-1' },
        afterResultPath: { order: { id: 1 }, charge: { receipt: 'r-1' } },
        output: { receipt: 'r-1' },
      },
      history: undefined,
      steps: undefined,
    });
  });

  it('reports RETRIABLE with the Retrier index and back-off, and FAILED once it is exhausted', async () => {
    const mocks = {
      Charge: [{ throw: { error: 'Lambda.TooManyRequestsException', cause: 'slow down' } }],
    };
    const retriable = await testState(
      definition,
      'Charge',
      { order: {} },
      { mocks, retrierRetryCount: 1 },
    );
    expect([
      retriable.status,
      retriable.error,
      retriable.cause,
      retriable.errorDetails,
    ]).toStrictEqual([
      'RETRIABLE',
      'Lambda.TooManyRequestsException',
      'slow down',
      { retryIndex: 0, retryBackoffIntervalSeconds: 4 },
    ]);
    const exhausted = await testState(
      definition,
      'Charge',
      { order: {} },
      { mocks, retrierRetryCount: 2 },
    );
    expect([exhausted.status, exhausted.nextState, exhausted.errorDetails]).toStrictEqual([
      'FAILED',
      undefined,
      undefined,
    ]);
  });

  it('reports CAUGHT_ERROR with the Catcher next state and its output', async () => {
    const result = await testState(
      definition,
      'Charge',
      { order: { id: 2 } },
      { mocks: { Charge: [{ throw: { error: 'Declined', cause: 'card' } }] } },
    );
    expect([result.status, result.nextState, result.output, result.errorDetails]).toStrictEqual([
      'CAUGHT_ERROR',
      'Declined',
      { order: { id: 2 }, error: { Error: 'Declined', Cause: 'card' } },
      { catchIndex: 0 },
    ]);
  });

  it('reports state-scoped causes without the execution prefix (R-JA-26)', async () => {
    const result = await testState(definition, 'Done', {});
    expect([result.status, result.error, result.cause]).toStrictEqual([
      'FAILED',
      'States.Runtime',
      "Invalid path '$.missing' : No results for path: $['missing']",
    ]);
  });

  it('runs a state nested in a Map processor and rejects an unknown state', async () => {
    const mapDefinition = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: {
            StartAt: 'Inner',
            States: { Inner: { Type: 'Pass', Result: 'x', End: true } },
          },
          End: true,
        },
      },
    };
    expect((await testState(mapDefinition, 'Inner', 5)).output).toBe('x');
    await expect(testState(mapDefinition, 'Nope', {})).rejects.toThrow(
      new TypeError("State 'Nope' is not in the definition."),
    );
    await expect(testState({ StartAt: 'X', States: {} }, 'X', {})).rejects.toBeInstanceOf(
      InvalidDefinitionError,
    );
  });

  it('reports afterResultSelector even where the state has no ResultSelector, as TestState does', async () => {
    const pass = {
      StartAt: 'P',
      States: { P: { Type: 'Pass', Parameters: { 'v.$': '$.a' }, ResultPath: '$.r', End: true } },
    };
    const { inspectionData } = await testState(pass, 'P', { a: 1 });
    expect(inspectionData).toMatchObject({
      afterParameters: { v: 1 },
      afterResultSelector: { v: 1 },
      afterResultPath: { a: 1, r: { v: 1 } },
    });
  });

  it('reports a Fail state\'s input as afterInputPath', async () => {
    const fail = { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } };
    const result = await testState(fail, 'F', { why: 'x' });
    expect([result.status, result.error, result.inspectionData.afterInputPath]).toStrictEqual([
      'FAILED',
      'E',
      { why: 'x' },
    ]);
  });

  describe('context (TestState `context`)', () => {
    const reader = {
      StartAt: 'R',
      States: { R: { Type: 'Pass', Parameters: { 'ctx.$': '$$' }, End: true } },
    };

    it('is the whole Context Object, not merged into a built one', async () => {
      const context = { Execution: { Input: { from: 'context' } }, Custom: [1, 2] };
      const result = await testState(reader, 'R', { from: 'input' }, { context });
      expect(result.output).toStrictEqual({ ctx: context });
    });

    it('makes $$ an empty object when it is empty', async () => {
      expect((await testState(reader, 'R', {}, { context: {} })).output).toStrictEqual({ ctx: {} });
    });

    it('is built as in an execution when absent', async () => {
      const result = await testState(reader, 'R', {});
      expect(Object.keys((result.output as { ctx: object }).ctx)).toStrictEqual([
        'Execution',
        'StateMachine',
        'State',
      ]);
    });

    it('starts the clock at its Execution.StartTime', async () => {
      const wait = {
        StartAt: 'W',
        States: { W: { Type: 'Pass', Parameters: { 'now.$': '$$.Execution.StartTime' }, End: true } },
      };
      const context = { Execution: { StartTime: '2025-06-01T10:00:00Z' } };
      const result = await testState(wait, 'W', {}, { context });
      expect([result.output, result.steps[0]?.enteredTime]).toStrictEqual([
        { now: '2025-06-01T10:00:00Z' },
        '2025-06-01T10:00:00.000Z',
      ]);
    });

    it('must be a JSON object', async () => {
      await expect(
        testState(reader, 'R', {}, { context: [] as unknown as Record<string, never> }),
      ).rejects.toThrow(new TypeError('The context must be a JSON object.'));
    });
  });
});
