/**
 * `aslkit serve`: the AWS Step Functions API on this machine, for the AWS SDKs and CLI.
 */
import { resolve } from 'node:path';
import type { CliIo } from '../cli/cli-io.ts';
import { EXIT_OK, EXIT_USAGE } from '../cli/cli-io.ts';
import type { Command, ParsedCommand } from '../cli/command-spec.ts';
import { numberOption, stringOption } from '../cli/command-spec.ts';
import { styleFor } from '../cli/style.ts';
import type { RunningServer } from '../server/http-server.ts';
import { startServer } from '../server/http-server.ts';

/**
 * Runs `aslkit serve` until interrupted.
 * @param parsed - the parsed command line
 * @param io - the io
 * @returns the exit status
 */
async function serve(parsed: ParsedCommand, io: CliIo): Promise<number> {
  const port =
    numberOption(parsed, 'port', {
      valid: (n) => Number.isInteger(n) && n >= 0 && n <= 65_535,
      expected: 'a port number from 0 to 65535',
    }) ?? 8083;
  const timeScale =
    numberOption(parsed, 'time-scale', { valid: (n) => n > 0, expected: 'a positive number' }) ?? 1;
  const host = stringOption(parsed, 'host') ?? '127.0.0.1';
  const mockConfig = stringOption(parsed, 'mock-config') ?? io.env['SFN_MOCK_CONFIG'];
  const dataDir = stringOption(parsed, 'data-dir');
  const err = styleFor(io, 'stderr');
  const log = (line: string): void => {
    io.stderr.write(`${line}\n`);
  };
  let server: RunningServer;
  try {
    server = await startServer({
      port,
      host,
      timeScale,
      log,
      ...(mockConfig === undefined ? {} : { mockConfig: resolve(io.cwd, mockConfig) }),
      ...(dataDir === undefined ? {} : { dataDir: resolve(io.cwd, dataDir) }),
    });
  } catch (error) {
    io.stderr.write(
      `${err.red('error')}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT_USAGE;
  }
  const out = styleFor(io, 'stdout');
  io.stdout.write(
    `${out.bold('aslkit serve')}: AWS Step Functions API at ${out.cyan(server.url)}\n`,
  );
  io.stdout.write(`  aws stepfunctions --endpoint-url ${server.url} list-state-machines\n`);
  io.stdout.write(`  new SFNClient({ endpoint: '${server.url}', disableHostPrefix: true })\n`);
  if (mockConfig !== undefined)
    io.stdout.write(
      `  mock configuration: ${resolve(io.cwd, mockConfig)} (start executions with <stateMachineArn>#<TestCase>)\n`,
    );
  io.stdout.write(
    dataDir === undefined
      ? '  state: in memory (--data-dir keeps it across restarts)\n'
      : `  state: ${resolve(io.cwd, dataDir)} (${server.resumed} running execution${server.resumed === 1 ? '' : 's'} resumed)\n`,
  );
  if (timeScale !== 1) io.stdout.write(`  time runs ${timeScale}× faster than real time\n`);
  const signal = await io.waitForInterrupt();
  io.stdout.write(
    `${signal}: stopping${dataDir === undefined ? '' : '; running executions resume at the next start'}\n`,
  );
  await server.close();
  return EXIT_OK;
}

export const serveCommand: Command = {
  spec: {
    name: 'serve',
    summary: 'the AWS Step Functions API on this machine, for the AWS SDKs and CLI',
    usage: 'serve [options]',
    description: [
      'Serves the AWS Step Functions API (JSON 1.0 protocol) so the AWS SDKs and the AWS CLI work against it',
      'with only their endpoint changed: state machines, executions, history, callbacks (SendTask*),',
      'ValidateStateMachineDefinition and TestState. Waits take real time unless --time-scale speeds them',
      'up. Tasks answer from a Step Functions Local mock configuration: start an execution of',
      '<stateMachineArn>#<TestCase> to use a test case. State is kept in memory unless --data-dir is given;',
      'with it, running executions resume after a restart, none lost or run twice.',
    ].join('\n'),
    options: {
      port: {
        type: 'string',
        short: 'p',
        placeholder: 'N',
        description: 'the port to listen on (default 8083; 0 picks a free one)',
      },
      host: {
        type: 'string',
        placeholder: 'ADDRESS',
        description: 'the address to bind (default 127.0.0.1, this machine only)',
      },
      'mock-config': {
        type: 'string',
        placeholder: 'FILE',
        description: 'a Step Functions Local mock configuration (default: $SFN_MOCK_CONFIG)',
      },
      'data-dir': {
        type: 'string',
        placeholder: 'DIR',
        description: 'keep state machines and executions in DIR across restarts',
      },
      'time-scale': {
        type: 'string',
        placeholder: 'N',
        description: 'run execution time N times faster (Waits, time-outs, back-offs; default 1)',
      },
    },
    positionals: { min: 0, max: 0, name: 'no arguments' },
    examples: [
      'aslkit serve',
      'aslkit serve --port 8083 --mock-config MockConfigFile.json --data-dir .aslkit',
      'aws stepfunctions --endpoint-url http://127.0.0.1:8083 list-state-machines',
    ],
    exitStatus: [
      '0  stopped by Ctrl-C or SIGTERM',
      '2  the server could not start (port in use, bad option)',
    ],
  },
  run: serve,
};
