/**
 * `aslkit run`: runs one execution of a definition locally and prints its output, or its error
 * and cause; `--trace` adds the path, the data after each stage and the history.
 */
import type {
  ContextOverrides,
  Execution,
  ExecutionOptions,
  ExecutionResult,
  StateMachine,
} from '@aslkit/engine';
import { createStateMachine, InvalidDefinitionError } from '@aslkit/engine';
import type { CliIo } from '../cli/cli-io.ts';
import { EXIT_FAILED, EXIT_OK } from '../cli/cli-io.ts';
import type { Command, ParsedCommand } from '../cli/command-spec.ts';
import { flagOption, stringOption, UsageError } from '../cli/command-spec.ts';
import type { Style } from '../cli/style.ts';
import { styleFor } from '../cli/style.ts';
import { formatDiagnostic, locateDiagnostic } from '../diagnostics/locate-diagnostics.ts';
import type { LoadedDefinition } from '../documents/load-definition.ts';
import { loadDefinition } from '../documents/load-definition.ts';
import { parseDocument } from '../documents/parse-document.ts';
import { readSourceText } from '../documents/source-text.ts';
import type { AwaitedExecution } from '../run/await-execution.ts';
import { awaitExecution } from '../run/await-execution.ts';
import { formatTrace } from '../run/format-trace.ts';
import type { LoadedMocks } from '../run/mocks-file.ts';
import { loadMocksFile } from '../run/mocks-file.ts';
import { definitionOptions, machineType, TEMPLATE_OPTIONS, TYPE_OPTION } from './shared-options.ts';

async function readJsonOption(
  io: CliIo,
  parsed: ParsedCommand,
  fileOption: string,
  textOption?: string,
): Promise<unknown> {
  const text = textOption === undefined ? undefined : stringOption(parsed, textOption);
  const file = stringOption(parsed, fileOption);
  if (text !== undefined && file !== undefined)
    throw new UsageError(`give --${fileOption} or --${textOption ?? ''}, not both`);
  if (text !== undefined)
    return parseDocument({ name: `--${textOption ?? ''}`, text }, 'json').value;
  return file === undefined ? undefined : parseDocument(await readSourceText(io, file)).value;
}

async function readContext(io: CliIo, parsed: ParsedCommand): Promise<ContextOverrides> {
  const context = await readJsonOption(io, parsed, 'context');
  if (context === undefined) return {};
  if (typeof context !== 'object' || context === null || Array.isArray(context))
    throw new UsageError('--context must be an object such as {"Execution": {"Name": "e1"}}');
  return context;
}

function createMachine(
  definition: LoadedDefinition,
  parsed: ParsedCommand,
  mocks: LoadedMocks | undefined,
): StateMachine {
  try {
    return createStateMachine(definition.definition, { type: machineType(parsed), ...mocks });
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(`--mocks: ${error.message}`);
    throw error;
  }
}

function executionOptions(
  parsed: ParsedCommand,
  definition: LoadedDefinition,
  context: ContextOverrides,
): ExecutionOptions {
  // A virtual clock starting now: Waits and retry back-offs take no time, yet timestamps look real.
  const startTime = context.Execution?.StartTime ?? new Date().toISOString();
  return {
    clock: flagOption(parsed, 'real-time') ? { kind: 'system' } : { kind: 'virtual' },
    context: {
      ...context,
      Execution: { ...context.Execution, StartTime: startTime },
      StateMachine: { Name: definition.name, ...context.StateMachine },
    },
  };
}

function printResult(io: CliIo, result: ExecutionResult, parsed: ParsedCommand): number {
  if (stringOption(parsed, 'format') === 'json') {
    const { history, steps, ...summary } = result;
    io.stdout.write(
      `${JSON.stringify(flagOption(parsed, 'trace') ? { ...summary, steps, history } : summary, null, 2)}\n`,
    );
    return result.status === 'SUCCEEDED' ? EXIT_OK : EXIT_FAILED;
  }
  if (flagOption(parsed, 'trace'))
    io.stderr.write(`${formatTrace(result, styleFor(io, 'stderr'))}\n`);
  if (result.status === 'SUCCEEDED') {
    io.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
    return EXIT_OK;
  }
  const err = styleFor(io, 'stderr');
  io.stderr.write(`${err.red(`Execution ${result.status}`)}\n`);
  if (result.error !== undefined) io.stderr.write(`  error: ${result.error}\n`);
  if (result.cause !== undefined) io.stderr.write(`  cause: ${result.cause}\n`);
  return EXIT_FAILED;
}

function printInvalid(
  io: CliIo,
  definition: LoadedDefinition,
  error: InvalidDefinitionError,
  style: Style,
): number {
  for (const diagnostic of error.diagnostics)
    io.stderr.write(`${formatDiagnostic(locateDiagnostic(definition, diagnostic), style)}\n`);
  io.stderr.write(`${definition.label}: the definition is invalid; nothing was run\n`);
  return EXIT_FAILED;
}

/**
 * What a terminal shows while an execution runs (with --real-time, or waiting for a callback).
 * @param execution - the running execution
 * @returns e.g. `running: Pause (Wait), 4 events`
 */
function progressLine(execution: Execution): string {
  const { history } = execution;
  let state = '';
  for (let i = history.length - 1; i >= 0 && state === ''; i--) {
    const event = history[i];
    if (event !== undefined && 'stateEnteredEventDetails' in event)
      state = `: ${event.stateEnteredEventDetails.name} (${event.type.replace(/StateEntered$/, '')})`;
  }
  return `running${state}, ${history.length} event${history.length === 1 ? '' : 's'}`;
}

/**
 * Awaits the execution, showing a progress line on a terminal while it runs.
 * @param io - the io
 * @param execution - the running execution
 * @param text - whether the output is text (no progress line around JSON output)
 * @returns how waiting ended
 */
async function awaitWithProgress(
  io: CliIo,
  execution: Execution,
  text: boolean,
): Promise<AwaitedExecution> {
  const progress = text && io.stderr.isTTY && io.env['CI'] === undefined;
  const style = styleFor(io, 'stderr');
  const line = { shown: false };
  const awaited = await awaitExecution(execution, {
    onTurn: () => {
      if (!progress) return;
      io.stderr.write(`\r\u001b[K${style.dim(progressLine(execution))}`);
      line.shown = true;
    },
  });
  if (line.shown) io.stderr.write('\r\u001b[K');
  return awaited;
}

/**
 * Runs `aslkit run`.
 * @param parsed - the parsed command line
 * @param io - the io
 * @returns the exit status
 */
async function run(parsed: ParsedCommand, io: CliIo): Promise<number> {
  const format = stringOption(parsed, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, got '${format}'`);
  const [file = ''] = parsed.positionals;
  const definition = await loadDefinition(io, file, definitionOptions(parsed));
  const input = (await readJsonOption(io, parsed, 'input', 'input-json')) ?? {};
  const context = await readContext(io, parsed);
  const mocksFile = stringOption(parsed, 'mocks');
  const testCase = stringOption(parsed, 'test-case');
  if (testCase !== undefined && mocksFile === undefined)
    throw new UsageError(
      '--test-case needs --mocks with a Step Functions Local mock configuration',
    );
  const mocks =
    mocksFile === undefined
      ? undefined
      : await loadMocksFile(io, mocksFile, { stateMachine: definition.name, testCase });
  const err = styleFor(io, 'stderr');
  let machine: StateMachine;
  try {
    machine = createMachine(definition, parsed, mocks);
  } catch (error) {
    if (error instanceof InvalidDefinitionError) return printInvalid(io, definition, error, err);
    throw error;
  }
  if (flagOption(parsed, 'trace'))
    for (const note of definition.notes) io.stderr.write(`${err.dim(`note: ${note}`)}\n`);
  const execution = machine.startExecution(input, executionOptions(parsed, definition, context));
  const awaited = await awaitWithProgress(io, execution, format === 'text');
  if ('stalled' in awaited) {
    execution.stop('aslkit.NoCallback', 'a local run cannot receive task token callbacks');
    const states = [...new Set(awaited.stalled.map((token) => token.stateName))].join(', ');
    io.stderr.write(
      `${err.red('error')}: the execution waits for a task token callback in ${states}, which a local run cannot receive.\n`,
    );
    io.stderr.write(
      `Mock the state with --mocks (a "return" answers the callback), or run 'aslkit serve' and call SendTaskSuccess.\n`,
    );
    return EXIT_FAILED;
  }
  return printResult(io, awaited.result, parsed);
}

export const runCommand: Command = {
  spec: {
    name: 'run',
    summary: 'run an execution and print its output, or its error and cause',
    usage: 'run <definition|template> [options]',
    description: [
      'Runs one execution of a state machine on your machine and prints its output (stdout), or how it',
      'failed (stderr). Waits and retry back-offs take no time unless --real-time is given; timestamps',
      'still advance as they would on AWS. Tasks answer from --mocks (the conformance mock format, or an',
      'AWS Step Functions Local mock configuration with --test-case).',
    ].join('\n'),
    options: {
      input: {
        type: 'string',
        placeholder: 'FILE',
        description: "the execution input, JSON or YAML ('-' for standard input; default {})",
      },
      'input-json': {
        type: 'string',
        placeholder: 'JSON',
        description: 'the execution input as JSON text',
      },
      mocks: {
        type: 'string',
        placeholder: 'FILE',
        description:
          'task answers: the conformance mock format or a Step Functions Local mock configuration',
      },
      'test-case': {
        type: 'string',
        placeholder: 'NAME',
        description: 'the test case of the mock configuration to use',
      },
      context: {
        type: 'string',
        placeholder: 'FILE',
        description:
          'Context Object values, e.g. {"Execution": {"Name": "e1", "StartTime": "2025-01-01T00:00:00Z"}}',
      },
      trace: {
        type: 'boolean',
        description: 'also print the path, the data after each stage and the history (stderr)',
      },
      'real-time': {
        type: 'boolean',
        description: 'let Waits, back-offs and timeouts take real time',
      },
      format: {
        type: 'string',
        placeholder: 'text|json',
        description: 'json prints the whole result (with --trace: steps and history too)',
      },
      type: TYPE_OPTION,
      ...TEMPLATE_OPTIONS,
    },
    positionals: { min: 1, max: 1, name: 'a definition or template file' },
    examples: [
      'aslkit run order.asl.json --input-json \'{"amount": 3}\'',
      'aslkit run template.yaml --state-machine OrderFlow --input event.json --mocks mocks.json --trace',
      'aslkit run order.asl.json --mocks MockConfigFile.json --test-case HappyPath',
    ],
    exitStatus: [
      '0  the execution succeeded',
      '1  it failed, timed out or was aborted, or the definition is invalid',
      '2  a file could not be read or used (the message says why)',
    ],
  },
  run,
};
