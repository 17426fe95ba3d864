import { validateDefinition } from '../definition/index.ts';
import type { ValidationOptions } from '../definition/index.ts';
import type { HistoryEvent } from '../history/events.ts';
import type { JsonObject, JsonValue } from '../json.ts';
import { isJsonObject, toJsonValue } from '../json.ts';
import type { CompiledScope, CompiledState } from '../states/compile-scope.ts';
import { compileMachine } from '../states/compile-scope.ts';
import type { StepRecord } from '../states/step-record.ts';
import type { TestStateRun } from '../states/test-state-run.ts';
import { runStateForTest } from '../states/test-state-run.ts';
import { Thread } from '../states/thread.ts';
import { VariableScope } from '../states/variables.ts';
import { createExecutionRuntime } from './create-runtime.ts';
import { InvalidDefinitionError } from './invalid-definition-error.ts';
import type { ContextOverrides, StateMachineOptions } from './options.ts';
import { childRunner } from './state-machine.ts';

/** Options of `testState`: the machine options plus TestState's own. */
export interface TestStateOptions extends Omit<StateMachineOptions, 'context'> {
  /**
   * The Context Object the state sees (TestState `context`): taken whole, as AWS does, not merged
   * into a synthesized one; `{}` makes `$$` an empty object. Its `Execution.StartTime`, `Id` and
   * `Name` also set the clock and the names in the history. Without it, `$$` is built as in an
   * execution.
   */
  readonly context?: JsonObject;
  /** Variable values the state sees (TestState `variables`). */
  readonly variables?: Readonly<Record<string, JsonValue>>;
  /** Retries already made by the matching Retrier (TestState `stateConfiguration.retrierRetryCount`). */
  readonly retrierRetryCount?: number;
}

/** The data after each stage, under AWS TestState's `inspectionData` names. */
export interface InspectionData {
  readonly input: JsonValue;
  readonly afterInputPath?: JsonValue;
  readonly afterParameters?: JsonValue;
  readonly afterArguments?: JsonValue;
  readonly afterItemsPath?: JsonValue;
  readonly afterItemSelector?: JsonValue[];
  readonly result?: JsonValue;
  readonly afterResultSelector?: JsonValue;
  readonly afterResultPath?: JsonValue;
  readonly output?: JsonValue;
  readonly variables?: JsonObject;
}

/** What `testState` returns, like AWS's TestState API (with parsed JSON instead of JSON text). */
export interface TestStateResult {
  readonly status: 'SUCCEEDED' | 'FAILED' | 'CAUGHT_ERROR' | 'RETRIABLE';
  readonly output?: JsonValue;
  /** The error, without the execution prefix on state-scoped causes (R-JA-26). */
  readonly error?: string;
  readonly cause?: string;
  readonly nextState?: string;
  readonly inspectionData: InspectionData;
  readonly errorDetails?: {
    readonly retryIndex?: number;
    readonly retryBackoffIntervalSeconds?: number;
    readonly catchIndex?: number;
  };
  /** Events recorded while the state ran (a Task's scheduled/started/…, a Map's iterations). */
  readonly history: readonly HistoryEvent[];
  /** The step records: the state's own first, then those of its branches and iterations. */
  readonly steps: readonly StepRecord[];
}

/**
 * Runs one state of a definition alone, as AWS's TestState API does (status `SUCCEEDED`,
 * `FAILED`, `CAUGHT_ERROR` or `RETRIABLE`; the next state; the data after each processing
 * stage). Uses the same executors and step records as executions.
 * @param definition - the whole state machine definition (object or JSON text)
 * @param stateName - the state to run (at any depth: names are unique in a machine)
 * @param input - the state input (default `{}`)
 * @param options - mocks, handlers, context, variables, retrierRetryCount…
 * @returns the outcome
 * @throws InvalidDefinitionError when the definition is invalid; TypeError when the state does not exist
 */
export async function testState(
  definition: unknown,
  stateName: string,
  input: unknown = {},
  options: TestStateOptions = {},
): Promise<TestStateResult> {
  const validationOptions: ValidationOptions =
    options.type === undefined ? {} : { type: options.type };
  const validation = validateDefinition(definition, validationOptions);
  if (!validation.ok) throw new InvalidDefinitionError(validation.diagnostics);
  const cs = findState(
    compileMachine(validation.definition, options.region ?? 'us-east-1'),
    stateName,
  );
  if (cs === undefined) throw new TypeError(`State '${stateName}' is not in the definition.`);
  const json = toJsonValue(input);
  if (json === undefined) throw new TypeError('The state input must be a JSON value.');
  const contextObject = options.context === undefined ? undefined : toJsonValue(options.context);
  if (contextObject !== undefined && !isJsonObject(contextObject))
    throw new TypeError('The context must be a JSON object.');
  const { rt, recorder } = createExecutionRuntime(
    { ...options, context: contextOverrides(contextObject) },
    json,
    childRunner,
    false,
    contextObject,
  );
  const variables = new VariableScope();
  if (options.variables !== undefined) variables.assign(options.variables);
  const fiber = rt.scheduler.spawn(
    runStateForTest(
      rt,
      new Thread(recorder, variables, [], 0),
      cs,
      json,
      options.retrierRetryCount ?? 0,
    ),
  );
  await rt.scheduler.run(() => fiber.finished);
  const settlement = fiber.done.settlement;
  if (settlement === undefined) throw new Error('engine bug: testState did not finish');
  if (!settlement.ok) throw settlement.error;
  return {
    ...testStateOutcome(settlement.value),
    history: recorder.events.slice(),
    steps: rt.steps.slice(),
  };
}

function testStateOutcome(run: TestStateRun): Omit<TestStateResult, 'history' | 'steps'> {
  const { record, failure, errorDetails } = run;
  const status = record.status === 'RUNNING' ? 'FAILED' : record.status;
  const result: { -readonly [K in keyof TestStateResult]?: TestStateResult[K] } = {
    status,
    inspectionData: inspectionData(record),
  };
  const moveOn = status === 'SUCCEEDED' || status === 'CAUGHT_ERROR';
  if (moveOn && record.output !== undefined) result.output = record.output;
  if (moveOn && record.nextState !== undefined) result.nextState = record.nextState;
  if (failure !== undefined && failure.error !== '') result.error = failure.error;
  if (failure?.cause !== undefined) result.cause = failure.cause;
  if (errorDetails !== undefined) result.errorDetails = errorDetails;
  return result as Omit<TestStateResult, 'history' | 'steps'>;
}

function inspectionData(record: StepRecord): InspectionData {
  const data: Record<string, JsonValue | JsonValue[] | JsonObject> = { input: record.input };
  const stages = [
    'afterInputPath',
    'afterParameters',
    'afterArguments',
    'afterItemsPath',
    'afterItemSelector',
    'result',
    'afterResultSelector',
    'afterResultPath',
    'output',
  ] as const;
  for (const stage of stages) {
    const value = record[stage];
    if (value !== undefined) data[stage] = value;
  }
  if (record.assignedVariables !== undefined) data['variables'] = record.assignedVariables;
  return data as unknown as InspectionData;
}

function findState(scope: CompiledScope, name: string): CompiledState | undefined {
  const direct = scope.states.get(name);
  if (direct !== undefined) return direct;
  for (const state of scope.states.values()) {
    for (const inner of [
      ...state.branches,
      ...(state.processor === undefined ? [] : [state.processor]),
    ]) {
      const found = findState(inner, name);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The members of a TestState `context` that also name the execution and start its clock: the
 * string `Id`, `Name` and `StartTime` of `Execution` and `Id`, `Name` of `StateMachine`.
 * @param context - the given Context Object
 * @returns the overrides
 */
function contextOverrides(context: JsonObject | undefined): ContextOverrides {
  const strings = (member: JsonValue | undefined, keys: readonly string[]): Record<string, string> =>
    Object.fromEntries(
      isJsonObject(member)
        ? keys.flatMap((key) => {
            const value = member[key];
            return typeof value === 'string' ? [[key, value]] : [];
          })
        : [],
    );
  return context === undefined
    ? {}
    : {
        Execution: strings(context['Execution'], ['Id', 'Name', 'StartTime']),
        StateMachine: strings(context['StateMachine'], ['Id', 'Name']),
      };
}
