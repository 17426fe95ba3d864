/**
 * TestState through the official AWS SDK against a started server: what each inspectionLevel
 * returns (INFO: no inspectionData; DEBUG and TRACE: the data after each processing stage), with
 * JSONata's stages, variables, retries and catchers, a state inside a whole machine, and the
 * request's validation.
 */
import { TestStateCommand } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { sdkError, useLocalServer } from './sdk-client.ts';

const local = useLocalServer();

const jsonPathTask = {
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  InputPath: '$.order',
  Parameters: { FunctionName: 'price', 'Payload.$': '$' },
  ResultSelector: { 'total.$': '$.Payload.total' },
  ResultPath: '$.price',
  Next: 'Ship',
};
const input = JSON.stringify({ order: { sku: 'A-1', qty: 2 }, requestId: 'r-5' });
const priced = { result: JSON.stringify({ StatusCode: 200, Payload: { total: 19.98 } }) };

describe('TestState through the AWS SDK', () => {
  it('returns no inspectionData at INFO, and the data after every stage at DEBUG and TRACE', async () => {
    const at = (inspectionLevel: 'INFO' | 'DEBUG' | 'TRACE') =>
      local.sfn.send(
        new TestStateCommand({
          definition: JSON.stringify(jsonPathTask),
          input,
          inspectionLevel,
          mock: priced,
        }),
      );
    const info = await at('INFO');
    expect([info.status, info.nextState, info.output, info.inspectionData]).toStrictEqual([
      'SUCCEEDED',
      'Ship',
      '{"order":{"sku":"A-1","qty":2},"requestId":"r-5","price":{"total":19.98}}',
      undefined,
    ]);
    const stages = {
      input: '{"order":{"sku":"A-1","qty":2},"requestId":"r-5"}',
      afterInputPath: '{"sku":"A-1","qty":2}',
      afterParameters: '{"FunctionName":"price","Payload":{"sku":"A-1","qty":2}}',
      result: '{"StatusCode":200,"Payload":{"total":19.98}}',
      afterResultSelector: '{"total":19.98}',
      afterResultPath: '{"order":{"sku":"A-1","qty":2},"requestId":"r-5","price":{"total":19.98}}',
    };
    const debug = await at('DEBUG');
    expect(debug.inspectionData).toStrictEqual(stages);
    expect({ ...debug, $metadata: undefined }).toStrictEqual({
      ...info,
      $metadata: undefined,
      inspectionData: stages,
    });
    // TRACE adds the HTTP request and response of HTTP Tasks; the server calls no HTTP endpoint,
    // so TRACE shows what DEBUG shows.
    expect((await at('TRACE')).inspectionData).toStrictEqual(debug.inspectionData);
  });

  it("reports a JSONata state's afterArguments and the variables it assigns", async () => {
    const tested = await local.sfn.send(
      new TestStateCommand({
        definition: JSON.stringify({
          QueryLanguage: 'JSONata',
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Arguments: { FunctionName: 'price', Payload: '{% $states.input.order %}' },
          Assign: { lastTotal: '{% $states.result.Payload.total %}' },
          Output: '{% $states.result.Payload %}',
          End: true,
        }),
        input,
        inspectionLevel: 'DEBUG',
        mock: priced,
      }),
    );
    expect(tested).toMatchObject({
      status: 'SUCCEEDED',
      output: '{"total":19.98}',
      inspectionData: {
        input: '{"order":{"sku":"A-1","qty":2},"requestId":"r-5"}',
        afterArguments: '{"FunctionName":"price","Payload":{"sku":"A-1","qty":2}}',
        result: '{"StatusCode":200,"Payload":{"total":19.98}}',
        variables: '{"lastTotal":19.98}',
      },
    });
    expect(tested.nextState).toBeUndefined();
  });

  it('says which Retrier or Catcher handled an error (errorDetails), retry count included', async () => {
    const guarded = {
      ...jsonPathTask,
      Retry: [{ ErrorEquals: ['Throttled'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 2 }],
      Catch: [
        { ErrorEquals: ['Other'], Next: 'Ignore' },
        { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Report' },
      ],
    };
    const throttled = (retrierRetryCount: number) =>
      local.sfn.send(
        new TestStateCommand({
          definition: JSON.stringify(guarded),
          input,
          inspectionLevel: 'DEBUG',
          mock: { errorOutput: { error: 'Throttled', cause: 'slow down' } },
          stateConfiguration: { retrierRetryCount },
        }),
      );
    const first = await throttled(0);
    expect([
      first.status,
      first.error,
      first.cause,
      first.inspectionData?.errorDetails,
    ]).toStrictEqual([
      'RETRIABLE',
      'Throttled',
      'slow down',
      { retryIndex: 0, retryBackoffIntervalSeconds: 2 },
    ]);
    expect((await throttled(1)).inspectionData?.errorDetails).toStrictEqual({
      retryIndex: 0,
      retryBackoffIntervalSeconds: 6,
    });
    const exhausted = await throttled(2);
    expect([
      exhausted.status,
      exhausted.nextState,
      exhausted.output,
      exhausted.inspectionData?.errorDetails,
    ]).toStrictEqual([
      'CAUGHT_ERROR',
      'Report',
      '{"order":{"sku":"A-1","qty":2},"requestId":"r-5","error":{"Error":"Throttled","Cause":"slow down"}}',
      { catchIndex: 1 },
    ]);
  });

  it('tests a state of a whole machine by stateName, with the Context Object given', async () => {
    const machine = {
      StartAt: 'First',
      States: {
        First: { Type: 'Pass', Next: 'Stamp' },
        Stamp: {
          Type: 'Pass',
          Parameters: { 'execution.$': '$$.Execution.Name', 'input.$': '$' },
          End: true,
        },
      },
    };
    const tested = await local.sfn.send(
      new TestStateCommand({
        definition: JSON.stringify(machine),
        stateName: 'Stamp',
        input: '{"n":1}',
        context: JSON.stringify({ Execution: { Name: 'e-7' } }),
      }),
    );
    expect([tested.status, tested.output, tested.nextState]).toStrictEqual([
      'SUCCEEDED',
      '{"execution":"e-7","input":{"n":1}}',
      undefined,
    ]);
    expect(
      await sdkError(
        local.sfn.send(
          new TestStateCommand({ definition: JSON.stringify(machine), stateName: 'Nope' }),
        ),
      ),
    ).toStrictEqual({
      name: 'ValidationException',
      message: "State 'Nope' is not in the definition.",
    });
  });

  it('refuses an unknown inspectionLevel and an invalid state, in AWS words', async () => {
    expect(
      await sdkError(
        local.sfn.send(
          new TestStateCommand({
            definition: JSON.stringify(jsonPathTask),
            inspectionLevel: 'VERBOSE' as 'INFO',
          }),
        ),
      ),
    ).toStrictEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'VERBOSE' at 'inspectionLevel' failed to satisfy constraint: Member must satisfy enum value set: [INFO, DEBUG, TRACE]",
    });
    expect(
      await sdkError(
        local.sfn.send(
          new TestStateCommand({
            definition: JSON.stringify({ Type: 'Pass', Next: 'B', Foo: 1 }),
          }),
        ),
      ),
    ).toStrictEqual({
      name: 'InvalidDefinition',
      message:
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Field 'Foo' is not supported at /'",
    });
  });
});
