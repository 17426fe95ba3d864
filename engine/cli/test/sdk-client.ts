/**
 * An AWS SDK v3 Step Functions client for a local server, and polling helpers for tests.
 */
import type { HistoryEvent } from '@aws-sdk/client-sfn';
import { GetExecutionHistoryCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer, ServerOptions } from '../src/server/http-server.ts';
import { startServer } from '../src/server/http-server.ts';

/**
 * A client for a local endpoint, configured as the README advises: any credentials (the server
 * does not check them), and `disableHostPrefix`, without which StartSyncExecution and TestState
 * go to `sync-<host>` (aws/aws-sdk-js-v3#3451).
 * @param endpoint - the server's URL
 * @returns the client
 */
export function localClient(endpoint: string): SFNClient {
  return new SFNClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    disableHostPrefix: true,
    maxAttempts: 1,
  });
}

/**
 * Calls `probe` until `done` accepts its answer.
 * @param probe - asks the server
 * @param done - whether the answer is the awaited one
 * @param what - what is awaited, for the failure message
 * @returns the accepted answer
 * @throws Error after 2000 tries
 */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
): Promise<T> {
  let last: T | undefined;
  for (let attempt = 0; attempt < 2000; attempt++) {
    last = await probe();
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`gave up waiting for ${what}; last answer: ${JSON.stringify(last)}`);
}

/**
 * The error an SDK call rejects with, as `{name, message}`.
 * @param call - the call
 * @returns the error's name and message
 */
export async function sdkError(call: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await call;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error('the call succeeded');
}

/** A server started for one test file, and its SDK client. */
export interface LocalServer {
  /** The client (read it inside a test or hook: the server starts in `beforeAll`). */
  readonly sfn: SFNClient;
  /** The first page of an execution's history. */
  history(executionArn: string): Promise<HistoryEvent[]>;
}

/**
 * Starts `aslkit serve` on a free port before the file's tests and closes it (and its client)
 * after them.
 * @param options - server options (`port` defaults to 0)
 * @returns the server's client, ready once the tests run
 */
export function useLocalServer(options: ServerOptions = {}): LocalServer {
  let server: RunningServer | undefined;
  let client: SFNClient | undefined;
  beforeAll(async () => {
    server = await startServer({ port: 0, ...options });
    client = localClient(server.url);
  });
  afterAll(async () => {
    client?.destroy();
    await server?.close();
  });
  const local: LocalServer = {
    get sfn(): SFNClient {
      if (client === undefined) throw new Error('the server starts in beforeAll: use it in a test');
      return client;
    },
    async history(executionArn) {
      return (await local.sfn.send(new GetExecutionHistoryCommand({ executionArn }))).events ?? [];
    },
  };
  return local;
}

/**
 * The task token an SQS `.waitForTaskToken` task sent, read from its TaskScheduled parameters
 * (`MessageBody.token`).
 * @param events - the execution's history
 * @returns the token
 */
export function sqsTaskToken(events: readonly HistoryEvent[]): string {
  const scheduled = events.find((event) => event.type === 'TaskScheduled');
  return (
    JSON.parse(scheduled?.taskScheduledEventDetails?.parameters ?? '{}') as {
      MessageBody: { token: string };
    }
  ).MessageBody.token;
}
