/**
 * Task token callbacks through the official AWS SDK, in real time: SendTaskHeartbeat keeps a task
 * with HeartbeatSeconds alive past its heartbeat time-out; without heartbeats it times out; a
 * token of a task that is over answers TaskTimedOut.
 */
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { pollUntil, sdkError, sqsTaskToken, useLocalServer } from './sdk-client.ts';

const local = useLocalServer();

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('task token callbacks through the AWS SDK', () => {
  it('keeps a task alive with SendTaskHeartbeat past HeartbeatSeconds; without heartbeats it times out', async () => {
    const { stateMachineArn } = await local.sfn.send(
      new CreateStateMachineCommand({
        name: 'heartbeats',
        roleArn: 'arn:aws:iam::123456789012:role/sfn',
        definition: JSON.stringify({
          StartAt: 'Work',
          States: {
            Work: {
              Type: 'Task',
              Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
              Parameters: { QueueUrl: 'q', MessageBody: { 'token.$': '$$.Task.Token' } },
              HeartbeatSeconds: 2,
              End: true,
            },
          },
        }),
      }),
    );
    const start = async (name: string) => {
      const { executionArn } = await local.sfn.send(
        new StartExecutionCommand({ stateMachineArn, name }),
      );
      const events = await pollUntil(
        () => local.history(executionArn!),
        (list) => list.some((event) => event.type === 'TaskSubmitted'),
        'the task to be submitted',
      );
      return { executionArn: executionArn!, token: sqsTaskToken(events) };
    };
    const [beating, silent] = await Promise.all([start('beating'), start('silent')]);

    // 3 seconds of heartbeats, 200 ms apart, past the 2-second heartbeat time-out.
    const began = performance.now();
    while (performance.now() - began < 3000) {
      await local.sfn.send(new SendTaskHeartbeatCommand({ taskToken: beating.token }));
      await sleep(200);
    }
    await local.sfn.send(
      new SendTaskSuccessCommand({ taskToken: beating.token, output: '{"done":1}' }),
    );
    const end = (executionArn: string) =>
      pollUntil(
        () => local.sfn.send(new DescribeExecutionCommand({ executionArn })),
        (answer) => answer.status !== 'RUNNING',
        'the execution to end',
      );
    const [kept, timedOut] = await Promise.all([
      end(beating.executionArn),
      end(silent.executionArn),
    ]);
    expect([kept.status, kept.output]).toStrictEqual(['SUCCEEDED', '{"done":1}']);
    // AWS reports a missed heartbeat as States.Timeout (conformance: task/heartbeat-timeout-reports-states-timeout).
    expect([timedOut.status, timedOut.error]).toStrictEqual(['FAILED', 'States.Timeout']);
    expect((await local.history(silent.executionArn)).map((event) => event.type)).toContain(
      'TaskTimedOut',
    );
    // The silent task is over: its token answers TaskTimedOut, heartbeat or success alike.
    for (const call of [
      local.sfn.send(new SendTaskHeartbeatCommand({ taskToken: silent.token })),
      local.sfn.send(new SendTaskSuccessCommand({ taskToken: silent.token, output: '{}' })),
    ]) {
      expect((await sdkError(call)).name).toBe('TaskTimedOut');
    }
  });
});
