/**
 * `aslkit serve --data-dir`: the server is killed (SIGKILL, no chance to clean up) while an
 * execution waits, then started again on the same directory; the execution resumes and completes
 * exactly once, with its history intact.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryEvent } from '@aws-sdk/client-sfn';
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { afterEach, describe, expect, it } from 'vitest';
import { localClient, pollUntil, sdkError } from './sdk-client.ts';
import type { ServeProcess } from './serve-process.ts';
import { startServeProcess } from './serve-process.ts';

const ROLE = 'arn:aws:iam::123456789012:role/sfn';
/** Execution time runs 10× faster: the 20-second Wait takes 2 real seconds. */
const SCALE = '10';
const processes: ServeProcess[] = [];

afterEach(async () => {
  await Promise.all(processes.splice(0).map((serve) => serve.kill('SIGKILL')));
});

async function serve(dataDir: string): Promise<ServeProcess> {
  const started = await startServeProcess(['--data-dir', dataDir, '--time-scale', SCALE]);
  processes.push(started);
  return started;
}

async function history(url: string, executionArn: string): Promise<HistoryEvent[]> {
  const sfn = localClient(url);
  try {
    return (
      (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ??
      []
    );
  } finally {
    sfn.destroy();
  }
}

function summary(events: readonly HistoryEvent[]): string[] {
  return events.map((event) => `${event.id}<${event.previousEventId} ${event.type}`);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('aslkit serve --data-dir across a crash', () => {
  it('resumes an execution killed in the middle of a Wait, which then ends when it would have ended, once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aslkit-restart-'));
    const definition = {
      StartAt: 'Before',
      States: {
        Before: {
          Type: 'Pass',
          Parameters: { 'entered.$': '$$.State.EnteredTime', 'id.$': '$.id' },
          Next: 'Pause',
        },
        Pause: { Type: 'Wait', Seconds: 20, Next: 'After' },
        After: {
          Type: 'Pass',
          Parameters: { 'before.$': '$.entered', 'uuid.$': 'States.UUID()' },
          End: true,
        },
      },
    };
    const first = await serve(dataDir);
    let sfn = localClient(first.url);
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({
        name: 'pausing',
        definition: JSON.stringify(definition),
        roleArn: ROLE,
      }),
    );
    const { executionArn } = await sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: 'crash-1', input: '{"id": 1}' }),
    );
    const before = await pollUntil(
      () => history(first.url, executionArn!),
      (events) => events.some((event) => event.type === 'WaitStateEntered'),
      'the Wait to start',
    );
    sfn.destroy();
    expect(await first.kill('SIGKILL')).toBe(null);

    // Down for 500 ms of real time: 5 seconds of execution time.
    await sleep(500);
    const second = await serve(dataDir);
    expect(second.output()).toContain('(1 running execution resumed)');
    sfn = localClient(second.url);
    const done = await pollUntil(
      () => sfn.send(new DescribeExecutionCommand({ executionArn })),
      (answer) => answer.status !== 'RUNNING',
      'the execution to end',
    );
    const after = await history(second.url, executionArn!);
    // One execution, not a resumed copy beside the original.
    const listed = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    sfn.destroy();
    expect(listed.executions?.map((execution) => [execution.name, execution.status])).toStrictEqual(
      [['crash-1', 'SUCCEEDED']],
    );

    expect(done.status).toBe('SUCCEEDED');
    expect(summary(after)).toStrictEqual([
      '1<0 ExecutionStarted',
      '2<0 PassStateEntered',
      '3<2 PassStateExited',
      '4<3 WaitStateEntered',
      '5<4 WaitStateExited',
      '6<5 PassStateEntered',
      '7<6 PassStateExited',
      '8<7 ExecutionSucceeded',
    ]);
    // What was recorded before the crash is unchanged.
    expect(after.slice(0, before.length)).toStrictEqual(before);
    // The Wait ended 20 s after it began, not 20 s after the restart (which came 5 s later).
    expect(after[4]!.timestamp!.getTime() - after[3]!.timestamp!.getTime()).toBe(20_000);
    const output = JSON.parse(done.output!) as { before: string; uuid: string };
    expect(output.before).toBe(after[1]!.timestamp!.toISOString());
  });

  it('replays a callback received before the crash, and keeps the task token of a task still waiting valid', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aslkit-restart-'));
    const ask = (name: string) => ({
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      Parameters: { QueueUrl: 'q', MessageBody: { 'token.$': '$$.Task.Token', step: name } },
      ResultPath: `$.${name}`,
    });
    const definition = {
      StartAt: 'First',
      States: {
        First: { ...ask('first'), Next: 'Pause' },
        Pause: { Type: 'Wait', Seconds: 10, Next: 'Second' },
        Second: { ...ask('second'), End: true },
      },
    };
    const tokenOf = (events: readonly HistoryEvent[], step: string): string => {
      const scheduled = events
        .filter((event) => event.type === 'TaskScheduled')
        .map(
          (event) =>
            JSON.parse(event.taskScheduledEventDetails!.parameters!) as {
              MessageBody: { token: string; step: string };
            },
        );
      return scheduled.find((parameters) => parameters.MessageBody.step === step)!.MessageBody
        .token;
    };
    const first = await serve(dataDir);
    let sfn = localClient(first.url);
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({
        name: 'two-callbacks',
        definition: JSON.stringify(definition),
        roleArn: ROLE,
      }),
    );
    const { executionArn } = await sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: 'crash-2' }),
    );
    const waiting = await pollUntil(
      () => history(first.url, executionArn!),
      (events) => events.some((event) => event.type === 'TaskSubmitted'),
      'the first task',
    );
    await sfn.send(
      new SendTaskSuccessCommand({ taskToken: tokenOf(waiting, 'first'), output: '{"ok":1}' }),
    );
    const second = await pollUntil(
      () => history(first.url, executionArn!),
      (events) => events.filter((event) => event.type === 'TaskSubmitted').length === 2,
      'the second task',
    );
    sfn.destroy();
    await first.kill('SIGKILL');

    const restarted = await serve(dataDir);
    sfn = localClient(restarted.url);
    // The same token as before the crash.
    await sfn.send(
      new SendTaskSuccessCommand({ taskToken: tokenOf(second, 'second'), output: '{"ok":2}' }),
    );
    const done = await pollUntil(
      () => sfn.send(new DescribeExecutionCommand({ executionArn })),
      (answer) => answer.status !== 'RUNNING',
      'the execution to end',
    );
    const listed = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    const events = await history(restarted.url, executionArn!);
    sfn.destroy();
    expect([done.status, done.output]).toStrictEqual([
      'SUCCEEDED',
      '{"first":{"ok":1},"second":{"ok":2}}',
    ]);
    expect(listed.executions?.map((execution) => [execution.name, execution.status])).toStrictEqual(
      [['crash-2', 'SUCCEEDED']],
    );
    expect(
      events
        .map((event) => event.type)
        .filter((type) => type === 'TaskSucceeded' || type === 'ExecutionSucceeded'),
    ).toStrictEqual(['TaskSucceeded', 'TaskSucceeded', 'ExecutionSucceeded']);
    expect(events.map((event) => event.id)).toStrictEqual(events.map((_event, index) => index + 1));
  });

  it('keeps state machines (created, updated, deleted) and finished executions with their histories', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aslkit-restart-'));
    const pass = (result: string) =>
      JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: result, End: true } } });
    const first = await serve(dataDir);
    let sfn = localClient(first.url);
    const { stateMachineArn: kept } = await sfn.send(
      new CreateStateMachineCommand({ name: 'kept', definition: pass('v1'), roleArn: ROLE }),
    );
    const { stateMachineArn: gone } = await sfn.send(
      new CreateStateMachineCommand({ name: 'gone', definition: pass('x'), roleArn: ROLE }),
    );
    const { executionArn } = await sfn.send(
      new StartExecutionCommand({ stateMachineArn: kept, name: 'before-update' }),
    );
    await pollUntil(
      () => sfn.send(new DescribeExecutionCommand({ executionArn })),
      (answer) => answer.status === 'SUCCEEDED',
      'the execution to end',
    );
    const { revisionId } = await sfn.send(
      new UpdateStateMachineCommand({ stateMachineArn: kept, definition: pass('v2') }),
    );
    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: gone }));
    const before = await history(first.url, executionArn!);
    sfn.destroy();
    await first.kill('SIGKILL');

    // Twice: the second start reads the log the first one compacted.
    for (const round of [1, 2]) {
      const again = await serve(dataDir);
      expect(again.output()).toContain('(0 running executions resumed)');
      sfn = localClient(again.url);
      const machines = await sfn.send(new ListStateMachinesCommand({}));
      expect(machines.stateMachines?.map((machine) => machine.name)).toStrictEqual(['kept']);
      expect(
        await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: kept })),
      ).toMatchObject({ definition: pass('v2'), revisionId, status: 'ACTIVE' });
      expect(
        (await sdkError(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: gone })))).name,
      ).toBe('StateMachineDoesNotExist');
      const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      expect([described.status, described.output]).toStrictEqual(['SUCCEEDED', '"v1"']);
      expect(await history(again.url, executionArn!)).toStrictEqual(before);
      sfn.destroy();
      await again.kill(round === 1 ? 'SIGKILL' : 'SIGTERM');
    }
  });
});
