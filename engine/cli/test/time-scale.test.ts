/**
 * `--time-scale`: execution time runs faster, and what is due first still happens first. At a
 * million times real time a millisecond of lateness is over 16 minutes of execution time, so a
 * Wait's end and the execution's time-out 20 seconds later come due at the same wake-up.
 */
import { GetExecutionHistoryCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { CreateStateMachineCommand, DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server/http-server.ts';
import { startServer } from '../src/server/http-server.ts';
import { localClient, pollUntil } from './sdk-client.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ port: 0, timeScale: 1_000_000 });
});

afterAll(async () => {
  await server.close();
});

describe('aslkit serve --time-scale', () => {
  it('ends a Wait before a later time-out, at the Wait’s own time', async () => {
    const sfn = localClient(server.url);
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({
        name: 'ordered',
        roleArn: 'arn:aws:iam::123456789012:role/sfn',
        definition: JSON.stringify({
          StartAt: 'Pause',
          TimeoutSeconds: 30,
          States: {
            Pause: { Type: 'Wait', Seconds: 10, Next: 'Again' },
            Again: { Type: 'Wait', Seconds: 10, End: true },
          },
        }),
      }),
    );
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        sfn.send(new StartExecutionCommand({ stateMachineArn, name: `run-${i}` })),
      ),
    );
    for (const { executionArn } of runs) {
      const done = await pollUntil(
        () => sfn.send(new DescribeExecutionCommand({ executionArn })),
        (answer) => answer.status !== 'RUNNING',
        'the execution to end',
      );
      const events =
        (await sfn.send(new GetExecutionHistoryCommand({ executionArn }))).events ?? [];
      const at = (type: string, nth = 0): number =>
        events.filter((event) => event.type === type)[nth]!.timestamp!.getTime();
      expect([done.status, done.error]).toStrictEqual(['SUCCEEDED', undefined]);
      expect([
        at('WaitStateExited') - at('WaitStateEntered'),
        at('WaitStateExited', 1) - at('WaitStateEntered', 1),
      ]).toStrictEqual([10_000, 10_000]);
    }
    sfn.destroy();
  });
});
