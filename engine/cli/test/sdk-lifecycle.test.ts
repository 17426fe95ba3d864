/**
 * The full lifecycle through the official AWS SDK (@aws-sdk/client-sfn) against a started
 * server: create, start, a callback via SendTaskSuccess, history, stop, delete, and AWS's errors.
 */
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineCommand,
  ValidateStateMachineDefinitionCommand,
  TestStateCommand,
} from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { pollUntil, sdkError, sqsTaskToken, useLocalServer } from './sdk-client.ts';

const ROLE = 'arn:aws:iam::123456789012:role/sfn';
const approvalFlow = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Parameters: { 'order.$': '$.order' }, Next: 'Approve' },
    Approve: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      Parameters: {
        QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals',
        MessageBody: { 'token.$': '$$.Task.Token', 'order.$': '$.order' },
      },
      HeartbeatSeconds: 3600,
      ResultPath: '$.approval',
      Next: 'Cool down',
    },
    'Cool down': { Type: 'Wait', Seconds: 30, Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};

const local = useLocalServer({ timeScale: 1000 });

describe('the AWS SDK against aslkit serve', () => {
  it('creates a machine, runs an execution through a callback and a Wait, and reads its history', async () => {
    const created = await local.sfn.send(
      new CreateStateMachineCommand({
        name: 'approvals',
        definition: JSON.stringify(approvalFlow),
        roleArn: ROLE,
      }),
    );
    expect(created.stateMachineArn).toBe(
      'arn:aws:states:us-east-1:123456789012:stateMachine:approvals',
    );
    expect(created.creationDate).toBeInstanceOf(Date);

    const started = await local.sfn.send(
      new StartExecutionCommand({
        stateMachineArn: created.stateMachineArn,
        name: 'order-1',
        input: JSON.stringify({ order: { id: 7 } }),
      }),
    );
    expect(started.executionArn).toBe(
      'arn:aws:states:us-east-1:123456789012:execution:approvals:order-1',
    );

    const waiting = await pollUntil(
      () => local.history(started.executionArn!),
      (events) => events.some((event) => event.type === 'TaskSubmitted'),
      'the task to be submitted',
    );
    const token = sqsTaskToken(waiting);
    expect(token).toMatch(/^AQ/);
    await local.sfn.send(new SendTaskHeartbeatCommand({ taskToken: token }));
    await local.sfn.send(
      new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify({ approved: true }) }),
    );

    const described = await pollUntil(
      () => local.sfn.send(new DescribeExecutionCommand({ executionArn: started.executionArn })),
      (answer) => answer.status !== 'RUNNING',
      'the execution to end',
    );
    expect(described).toMatchObject({
      executionArn: started.executionArn,
      stateMachineArn: created.stateMachineArn,
      name: 'order-1',
      status: 'SUCCEEDED',
      input: '{"order":{"id":7}}',
      inputDetails: { included: true },
      output: '{"order":{"id":7},"approval":{"approved":true}}',
      outputDetails: { included: true },
      redriveCount: 0,
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
    });
    expect(described.stopDate!.getTime() - described.startDate!.getTime()).toBeGreaterThanOrEqual(
      30_000,
    );

    const events = await local.history(started.executionArn!);
    expect(events.map((event) => [event.id, event.previousEventId, event.type])).toStrictEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'PassStateEntered'],
      [3, 2, 'PassStateExited'],
      [4, 3, 'TaskStateEntered'],
      [5, 4, 'TaskScheduled'],
      [6, 5, 'TaskStarted'],
      [7, 6, 'TaskSubmitted'],
      [8, 7, 'TaskSucceeded'],
      [9, 8, 'TaskStateExited'],
      [10, 9, 'WaitStateEntered'],
      [11, 10, 'WaitStateExited'],
      [12, 11, 'SucceedStateEntered'],
      [13, 12, 'SucceedStateExited'],
      [14, 13, 'ExecutionSucceeded'],
    ]);
    expect(events[7]?.taskSucceededEventDetails).toStrictEqual({
      resourceType: 'sqs',
      resource: 'sendMessage.waitForTaskToken',
      output: '{"approved":true}',
      outputDetails: { truncated: false },
    });
    // The Wait took its 30 seconds of execution time (at 1,000×, a millisecond late is a second late).
    expect(
      events[10]!.timestamp!.getTime() - events[9]!.timestamp!.getTime(),
    ).toBeGreaterThanOrEqual(30_000);

    // Paging backwards, without the data.
    const page1 = await local.sfn.send(
      new GetExecutionHistoryCommand({
        executionArn: started.executionArn,
        maxResults: 5,
        reverseOrder: true,
        includeExecutionData: false,
      }),
    );
    expect(page1.events?.map((event) => event.id)).toStrictEqual([14, 13, 12, 11, 10]);
    expect(page1.events?.[0]?.executionSucceededEventDetails).toStrictEqual({});
    const page2 = await local.sfn.send(
      new GetExecutionHistoryCommand({
        executionArn: started.executionArn,
        maxResults: 5,
        reverseOrder: true,
        nextToken: page1.nextToken,
      }),
    );
    const page3 = await local.sfn.send(
      new GetExecutionHistoryCommand({
        executionArn: started.executionArn,
        maxResults: 5,
        reverseOrder: true,
        nextToken: page2.nextToken,
      }),
    );
    expect([
      page2.events?.map((event) => event.id),
      page3.events?.map((event) => event.id),
      page3.nextToken,
    ]).toStrictEqual([[9, 8, 7, 6, 5], [4, 3, 2, 1], undefined]);

    // A used token answers TaskTimedOut, as on AWS; a made-up one is InvalidToken.
    expect(
      await sdkError(
        local.sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' })),
      ),
    ).toStrictEqual({
      name: 'TaskTimedOut',
      message: "Task Timed Out: 'Provided task does not exist anymore'",
    });
    expect(
      await sdkError(local.sfn.send(new SendTaskFailureCommand({ taskToken: 'nonsense' }))),
    ).toStrictEqual({ name: 'InvalidToken', message: "Invalid Token: 'Invalid token'" });
  });

  it('stops an execution that waits for a callback, and fails one whose callback fails', async () => {
    const { stateMachineArn } = await local.sfn.send(
      new DescribeStateMachineCommand({
        stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:approvals',
      }),
    );
    const stopped = await local.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: 'order-2', input: '{"order":2}' }),
    );
    await pollUntil(
      () => local.history(stopped.executionArn!),
      (events) => events.some((event) => event.type === 'TaskSubmitted'),
      'the task to be submitted',
    );
    const stop = await local.sfn.send(
      new StopExecutionCommand({
        executionArn: stopped.executionArn,
        error: 'Manual',
        cause: 'operator',
      }),
    );
    expect(stop.stopDate).toBeInstanceOf(Date);
    const events = await local.history(stopped.executionArn!);
    expect(events.at(-1)).toMatchObject({
      type: 'ExecutionAborted',
      previousEventId: 0,
      executionAbortedEventDetails: { error: 'Manual', cause: 'operator' },
    });
    expect(
      (await local.sfn.send(new DescribeExecutionCommand({ executionArn: stopped.executionArn })))
        .status,
    ).toBe('ABORTED');

    const failed = await local.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: 'order-3', input: '{"order":3}' }),
    );
    const waiting = await pollUntil(
      () => local.history(failed.executionArn!),
      (list) => list.some((event) => event.type === 'TaskSubmitted'),
      'the task to be submitted',
    );
    await local.sfn.send(
      new SendTaskFailureCommand({
        taskToken: sqsTaskToken(waiting),
        error: 'Rejected',
        cause: 'too expensive',
      }),
    );
    const described = await pollUntil(
      () => local.sfn.send(new DescribeExecutionCommand({ executionArn: failed.executionArn })),
      (answer) => answer.status !== 'RUNNING',
      'the execution to end',
    );
    expect([
      described.status,
      described.error,
      described.cause,
      described.redriveStatus,
    ]).toStrictEqual(['FAILED', 'Rejected', 'too expensive', 'REDRIVABLE']);

    const listed = await local.sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    expect(listed.executions?.map((execution) => [execution.name, execution.status])).toStrictEqual(
      [
        ['order-3', 'FAILED'],
        ['order-2', 'ABORTED'],
        ['order-1', 'SUCCEEDED'],
      ],
    );
    const onlyAborted = await local.sfn.send(
      new ListExecutionsCommand({ stateMachineArn, statusFilter: 'ABORTED' }),
    );
    expect(onlyAborted.executions?.map((execution) => execution.name)).toStrictEqual(['order-2']);
    const firstPage = await local.sfn.send(
      new ListExecutionsCommand({ stateMachineArn, maxResults: 2 }),
    );
    const secondPage = await local.sfn.send(
      new ListExecutionsCommand({ stateMachineArn, maxResults: 2, nextToken: firstPage.nextToken }),
    );
    expect([
      firstPage.executions?.length,
      secondPage.executions?.map((execution) => execution.name),
      secondPage.nextToken,
    ]).toStrictEqual([2, ['order-1'], undefined]);
  });

  it('refuses a second execution of a name, except the same request while the first runs', async () => {
    const stateMachineArn = 'arn:aws:states:us-east-1:123456789012:stateMachine:approvals';
    const first = await local.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: 'once', input: '{"order":5}' }),
    );
    // StartExecution is idempotent for a running STANDARD execution with the same name and input.
    const again = await local.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: 'once', input: '{"order":5}' }),
    );
    expect([again.executionArn, again.startDate]).toStrictEqual([
      first.executionArn,
      first.startDate,
    ]);
    const exists = {
      name: 'ExecutionAlreadyExists',
      message: `Execution Already Exists: '${first.executionArn}'`,
    };
    expect(
      await sdkError(
        local.sfn.send(
          new StartExecutionCommand({ stateMachineArn, name: 'once', input: '{"order":6}' }),
        ),
      ),
    ).toStrictEqual(exists);
    await local.sfn.send(new StopExecutionCommand({ executionArn: first.executionArn }));
    // Once it has ended, not even the same request starts it again.
    expect(
      await sdkError(
        local.sfn.send(
          new StartExecutionCommand({ stateMachineArn, name: 'once', input: '{"order":5}' }),
        ),
      ),
    ).toStrictEqual(exists);
  });

  it('updates, describes for an execution, lists and deletes state machines', async () => {
    const arn = 'arn:aws:states:us-east-1:123456789012:stateMachine:approvals';
    const before = await local.sfn.send(
      new StartExecutionCommand({ stateMachineArn: arn, name: 'order-4', input: '{"order":4}' }),
    );
    const simple = { StartAt: 'Done', States: { Done: { Type: 'Succeed' } } };
    const updated = await local.sfn.send(
      new UpdateStateMachineCommand({ stateMachineArn: arn, definition: JSON.stringify(simple) }),
    );
    expect(updated.revisionId).toMatch(/^[0-9a-f-]{36}$/);
    const again = await local.sfn.send(
      new UpdateStateMachineCommand({ stateMachineArn: arn, definition: JSON.stringify(simple) }),
    );
    expect(again.revisionId).toBe(updated.revisionId);
    const described = await local.sfn.send(
      new DescribeStateMachineCommand({ stateMachineArn: arn }),
    );
    expect(described).toMatchObject({
      name: 'approvals',
      status: 'ACTIVE',
      type: 'STANDARD',
      roleArn: ROLE,
      definition: JSON.stringify(simple),
      revisionId: updated.revisionId,
      loggingConfiguration: { level: 'OFF', includeExecutionData: false },
      tracingConfiguration: { enabled: false },
    });
    // An execution keeps the definition it started with.
    const forExecution = await local.sfn.send(
      new DescribeStateMachineForExecutionCommand({ executionArn: before.executionArn }),
    );
    expect(forExecution.definition).toBe(JSON.stringify(approvalFlow));

    await local.sfn.send(
      new CreateStateMachineCommand({
        name: 'another',
        definition: JSON.stringify(simple),
        roleArn: ROLE,
      }),
    );
    const listed = await local.sfn.send(new ListStateMachinesCommand({}));
    expect(listed.stateMachines?.map((machine) => [machine.name, machine.type])).toStrictEqual([
      ['another', 'STANDARD'],
      ['approvals', 'STANDARD'],
    ]);

    await local.sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
    expect(
      await sdkError(local.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))),
    ).toStrictEqual({
      name: 'StateMachineDoesNotExist',
      message: `State Machine Does Not Exist: '${arn}'`,
    });
    expect(
      (await local.sfn.send(new DescribeExecutionCommand({ executionArn: before.executionArn })))
        .status,
    ).toBe('ABORTED');
    // Deleting what does not exist succeeds, as on AWS.
    await local.sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
  });

  it("answers with AWS's errors", async () => {
    const definition = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } });
    expect(
      await sdkError(
        local.sfn.send(
          new CreateStateMachineCommand({ name: 'broken', definition, roleArn: ROLE }),
        ),
      ),
    ).toStrictEqual({
      name: 'InvalidDefinition',
      message:
        "Invalid State Machine Definition: 'MISSING_END_STATE: Workflow has no terminal state at null, MISSING_TRANSITION_TARGET: Missing 'Next' target: B at /States/A/Next'",
    });
    const ok = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    const { stateMachineArn } = await local.sfn.send(
      new CreateStateMachineCommand({ name: 'dup', definition: ok, roleArn: ROLE }),
    );
    // The same request again is idempotent; another definition under the same name is not.
    expect(
      (
        await local.sfn.send(
          new CreateStateMachineCommand({ name: 'dup', definition: ok, roleArn: ROLE }),
        )
      ).stateMachineArn,
    ).toBe(stateMachineArn);
    expect(
      await sdkError(
        local.sfn.send(
          new CreateStateMachineCommand({
            name: 'dup',
            definition: JSON.stringify({ StartAt: 'B', States: { B: { Type: 'Succeed' } } }),
            roleArn: ROLE,
          }),
        ),
      ),
    ).toStrictEqual({
      name: 'StateMachineAlreadyExists',
      message: `State Machine Already Exists: '${stateMachineArn}'`,
    });
    expect(
      await sdkError(
        local.sfn.send(
          new CreateStateMachineCommand({ name: 'bad name', definition: ok, roleArn: ROLE }),
        ),
      ),
    ).toStrictEqual({ name: 'InvalidName', message: "Invalid Name: 'bad name'" });
    expect(
      await sdkError(
        local.sfn.send(new StartExecutionCommand({ stateMachineArn, input: 'not json' })),
      ),
    ).toStrictEqual({
      name: 'InvalidExecutionInput',
      message:
        "Invalid State Machine Execution Input: 'Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')'",
    });
    expect(
      await sdkError(local.sfn.send(new StartExecutionCommand({ stateMachineArn, input: '' }))),
    ).toStrictEqual({
      name: 'InvalidExecutionInput',
      message: "Invalid State Machine Execution Input: 'Invalid execution input.'",
    });
    expect(
      await sdkError(
        local.sfn.send(new DescribeExecutionCommand({ executionArn: 'not_a_valid_arn' })),
      ),
    ).toStrictEqual({
      name: 'InvalidArn',
      message: "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'",
    });
    const missing = 'arn:aws:states:us-east-1:123456789012:execution:dup:nope';
    expect(
      await sdkError(local.sfn.send(new DescribeExecutionCommand({ executionArn: missing }))),
    ).toStrictEqual({
      name: 'ExecutionDoesNotExist',
      message: `Execution Does Not Exist: '${missing}'`,
    });
    expect(
      await sdkError(
        local.sfn.send(
          new ListExecutionsCommand({ stateMachineArn, statusFilter: 'succeeded' as 'SUCCEEDED' }),
        ),
      ),
    ).toStrictEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'succeeded' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [SUCCEEDED, TIMED_OUT, PENDING_REDRIVE, ABORTED, FAILED, RUNNING]",
    });
    expect(
      await sdkError(local.sfn.send(new ListStateMachinesCommand({ maxResults: 1001 }))),
    ).toStrictEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000",
    });
    expect(
      await sdkError(local.sfn.send(new StartSyncExecutionCommand({ stateMachineArn }))),
    ).toStrictEqual({
      name: 'StateMachineTypeNotSupported',
      message: 'This operation is not supported by this type of state machine',
    });
    expect(
      await sdkError(local.sfn.send(new UpdateStateMachineCommand({ stateMachineArn }))),
    ).toStrictEqual({
      name: 'MissingRequiredParameter',
      message:
        'Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified',
    });
  });

  it('refuses oversized payloads as AWS does: sizes in UTF-8 bytes, sensitive values not echoed, 413 for the body', async () => {
    const ok = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    const { stateMachineArn } = await local.sfn.send(
      new CreateStateMachineCommand({ name: 'sizes', definition: ok, roleArn: ROLE }),
    );
    const tooBig = {
      name: 'ValidationException',
      message:
        "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have size less than or equal to 262144 bytes in UTF-8 encoding",
    };
    // 262,146 bytes of ASCII; then 100,002 characters that take 300,002 bytes of UTF-8.
    const ascii = JSON.stringify('a'.repeat(262_144));
    const euros = JSON.stringify('€'.repeat(100_000));
    expect(ascii.length).toBeGreaterThan(262_144);
    expect(euros.length).toBeLessThan(262_144);
    expect(
      await sdkError(local.sfn.send(new StartExecutionCommand({ stateMachineArn, input: ascii }))),
    ).toStrictEqual(tooBig);
    expect(
      await sdkError(local.sfn.send(new StartExecutionCommand({ stateMachineArn, input: euros }))),
    ).toStrictEqual(tooBig);
    // Exactly at the limit is accepted.
    const atLimit = JSON.stringify('a'.repeat(262_142));
    expect(
      (
        await local.sfn.send(
          new StartExecutionCommand({ stateMachineArn, name: 'at-limit', input: atLimit }),
        )
      ).executionArn,
    ).toMatch(/:at-limit$/);
    expect(
      await sdkError(
        local.sfn.send(
          new SendTaskFailureCommand({ taskToken: 'nonsense', cause: 'c'.repeat(32_769) }),
        ),
      ),
    ).toStrictEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value at 'cause' failed to satisfy constraint: Member must have length less than or equal to 32768",
    });
    expect(
      await sdkError(
        local.sfn.send(
          new TestStateCommand({
            definition: ok,
            mock: { result: '{"no": ' },
          }),
        ),
      ),
    ).toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(/^Invalid mock\.result: /),
    });

    // A request body over the server's limit (4 MiB) is refused before it is parsed.
    const huge = JSON.stringify({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Result: 'x'.repeat(5 * 1024 * 1024), End: true } },
    });
    const refused = await local.sfn
      .send(new ValidateStateMachineDefinitionCommand({ definition: huge }))
      .then(
        () => undefined,
        (error: unknown) => error as Error & { $metadata?: { httpStatusCode?: number } },
      );
    expect([refused?.name, refused?.message, refused?.$metadata?.httpStatusCode]).toStrictEqual([
      'RequestEntityTooLargeException',
      `Request body is larger than ${4 * 1024 * 1024} bytes`,
      413,
    ]);
  });

  it('runs EXPRESS machines synchronously', async () => {
    const definition = JSON.stringify({
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Parameters: { 'doubled.$': 'States.MathAdd($.n, $.n)' }, End: true },
      },
    });
    const { stateMachineArn } = await local.sfn.send(
      new CreateStateMachineCommand({ name: 'fast', definition, roleArn: ROLE, type: 'EXPRESS' }),
    );
    const result = await local.sfn.send(
      new StartSyncExecutionCommand({ stateMachineArn, name: 'x', input: '{"n": 21}' }),
    );
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      name: 'x',
      input: '{"n": 21}',
      output: '{"doubled":42}',
      billingDetails: { billedMemoryUsedInMB: 64 },
    });
    expect(result.executionArn).toMatch(
      /^arn:aws:states:us-east-1:123456789012:express:fast:x:[0-9a-f-]{36}$/,
    );
    expect(
      await sdkError(
        local.sfn.send(new DescribeExecutionCommand({ executionArn: result.executionArn })),
      ),
    ).toStrictEqual({
      name: 'InvalidArn',
      message: "Invalid Arn: 'Resource type not valid in this context: express'",
    });
    expect(
      await sdkError(local.sfn.send(new ListExecutionsCommand({ stateMachineArn }))),
    ).toStrictEqual({
      name: 'StateMachineTypeNotSupported',
      message: 'This operation is not supported by this type of state machine',
    });
  });

  it('validates definitions and tests single states', async () => {
    const validation = await local.sfn.send(
      new ValidateStateMachineDefinitionCommand({
        definition: JSON.stringify({
          StartAt: 'A',
          States: { A: { Type: 'Pass', End: true, Foo: 1 } },
        }),
      }),
    );
    expect(validation).toMatchObject({
      result: 'FAIL',
      truncated: false,
      diagnostics: [
        {
          severity: 'ERROR',
          code: 'SCHEMA_VALIDATION_FAILED',
          message: "Field 'Foo' is not supported",
          location: '/States/A',
        },
      ],
    });
    expect(
      await local.sfn.send(
        new ValidateStateMachineDefinitionCommand({
          definition: JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }),
        }),
      ),
    ).toMatchObject({ result: 'OK', diagnostics: [], truncated: false });

    const state = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { 'Payload.$': '$' },
      ResultSelector: { 'v.$': '$.Payload' },
      ResultPath: '$.r',
      Next: 'After',
    };
    const tested = await local.sfn.send(
      new TestStateCommand({
        definition: JSON.stringify(state),
        input: '{"a":1}',
        inspectionLevel: 'DEBUG',
        mock: { result: '{"Payload":5}' },
      }),
    );
    expect(tested).toMatchObject({
      status: 'SUCCEEDED',
      nextState: 'After',
      output: '{"a":1,"r":{"v":5}}',
      inspectionData: {
        input: '{"a":1}',
        afterInputPath: '{"a":1}',
        afterParameters: '{"Payload":{"a":1}}',
        result: '{"Payload":5}',
        afterResultSelector: '{"v":5}',
        afterResultPath: '{"a":1,"r":{"v":5}}',
      },
    });
    const caught = await local.sfn.send(
      new TestStateCommand({
        definition: JSON.stringify({
          ...state,
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }],
        }),
        inspectionLevel: 'INFO',
        mock: { errorOutput: { error: 'Boom', cause: 'bad' } },
      }),
    );
    expect(caught).toMatchObject({
      status: 'CAUGHT_ERROR',
      nextState: 'Handle',
      error: 'Boom',
      cause: 'bad',
    });
    expect(caught.inspectionData).toBeUndefined();
  });
});
