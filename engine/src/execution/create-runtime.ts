import { parseTimestamp } from '../choice/index.ts';
import { emptyObjectArray } from '../history/object-array.ts';
import { HistoryRecorder } from '../history/recorder.ts';
import type { JsonObject, JsonValue } from '../json.ts';
import type { Random } from '../random/random.ts';
import { seededRandom } from '../random/random.ts';
import type { ExecutionRuntime } from '../states/runtime.ts';
import { mocksFromMockConfig } from '../tasks/mock-config.ts';
import { MockPlayback, validateMocks } from '../tasks/mocks.ts';
import { TaskTokenRegistry } from '../tasks/task-tokens.ts';
import type { Clock } from '../time/clock.ts';
import { DEFAULT_START_TIME_MS } from '../time/clock.ts';
import { Scheduler } from '../time/scheduler.ts';
import { SystemClock } from '../time/system-clock.ts';
import { VirtualClock } from '../time/virtual-clock.ts';
import type { ChildRunner } from './child-executions.ts';
import { childExecutionStarter } from './child-executions.ts';
import type { ExecutionIdentity } from './context-object.ts';
import { executionContextValues, executionIdentity } from './context-object.ts';
import type {
  ChildStateMachine,
  ClockOption,
  ExecutionLimits,
  ExecutionOptions,
} from './options.ts';
import { DEFAULT_LIMITS } from './options.ts';

/** A runtime and what was worked out to build it. */
export interface PreparedRuntime {
  readonly rt: ExecutionRuntime;
  readonly recorder: HistoryRecorder;
  readonly identity: ExecutionIdentity;
  readonly limits: ExecutionLimits;
}

/**
 * Builds the shared runtime of one execution (or one testState call) from its options.
 * @param options - the merged options
 * @param input - the execution input
 * @param createChild - makes a runnable child machine for `startExecution.sync`
 * @param prefixStateCauses - false for testState (R-JA-26)
 * @param contextObject - testState's whole Context Object, when given
 * @returns the runtime
 */
export function createExecutionRuntime(
  options: ExecutionOptions,
  input: JsonValue,
  createChild: (definition: ChildStateMachine, arn: string) => ChildRunner,
  prefixStateCauses: boolean,
  contextObject?: JsonObject,
): PreparedRuntime {
  const random: Random = options.random ?? seededRandom(options.seed);
  const identity = executionIdentity(options.context, options.region, random);
  const clock = resolveClock(options.clock, options.context?.Execution?.StartTime);
  const type = options.type ?? 'STANDARD';
  const limits: ExecutionLimits = {
    ...DEFAULT_LIMITS,
    ...(type === 'EXPRESS' ? { maxHistoryEvents: Number.POSITIVE_INFINITY } : {}),
    ...options.limits,
  };
  const mocks =
    options.mocks ??
    (options.mockConfig === undefined ? undefined : mocksFromMockConfig(options.mockConfig));
  const rt: ExecutionRuntime = {
    scheduler: new Scheduler(clock, options.paused ?? false),
    random,
    limits: { maxPayloadBytes: limits.maxPayloadBytes },
    context: executionContextValues(
      identity,
      input,
      clock.now(),
      options.context?.Execution?.RedriveCount ?? 0,
    ),
    region: identity.region,
    tasks: {
      handlers: options.tasks ?? {},
      mocks: mocks === undefined ? undefined : new MockPlayback(validateMocks(mocks)),
      tokens: new TaskTokenRegistry(),
      startChild: childExecutionStarter(options.stateMachines, createChild, options),
    },
    steps: emptyObjectArray(),
    prefixStateCauses,
    contextObject,
  };
  return { rt, recorder: new HistoryRecorder(clock, limits.maxHistoryEvents), identity, limits };
}

/**
 * The execution's clock: a given Clock as is; otherwise a fresh virtual (default) or system clock
 * starting at `Execution.StartTime`, else 2024-01-01T00:00:00Z (virtual) or now (system).
 * @param option - the clock option
 * @param startTime - `context.Execution.StartTime`
 * @returns the clock
 */
export function resolveClock(
  option: ClockOption | undefined,
  startTime: string | undefined,
): Clock {
  const startMs = startTime === undefined ? undefined : parseTimestamp(startTime);
  if (startTime !== undefined && startMs === undefined)
    throw new TypeError(`context.Execution.StartTime is not an ISO 8601 timestamp: ${startTime}`);
  if (option === undefined) return new VirtualClock(startMs ?? DEFAULT_START_TIME_MS);
  if ('now' in option) return option;
  if (option.kind === 'virtual') return new VirtualClock(startMs ?? DEFAULT_START_TIME_MS);
  return new SystemClock({
    ...(option.speed === undefined ? {} : { speed: option.speed }),
    ...(startMs === undefined ? {} : { startMs }),
  });
}
