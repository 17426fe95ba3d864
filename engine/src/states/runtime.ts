import type { JsonObject, JsonValue } from '../json.ts';
import type { Random } from '../random/random.ts';
import type { TaskHandlers } from '../tasks/handlers.ts';
import type { MockPlayback } from '../tasks/mocks.ts';
import type { TaskTokenRegistry } from '../tasks/task-tokens.ts';
import type { Scheduler } from '../time/scheduler.ts';
import type { StepRecord } from './step-record.ts';

/** The execution-wide parts of the Context Object (R-CTX-01): `Execution` and `StateMachine`. */
export interface ExecutionContextValues {
  readonly Execution: JsonObject;
  readonly StateMachine: JsonObject;
}

/** Quotas that change what a run does (R-LIM). */
export interface RuntimeLimits {
  /** Largest state input/output/task result in UTF-8 bytes (R-LIM-01; default 262,144). */
  readonly maxPayloadBytes: number;
}

/** How a child execution started by `states:startExecution.sync` ended. */
export interface ChildExecutionOutcome {
  /** The child's DescribeExecution-like description, used as the task result or failure cause (E-27). */
  readonly description: JsonObject;
  readonly succeeded: boolean;
  /** When the child ended on the parent's clock, in epoch milliseconds. */
  readonly stopMs: number;
}

/** Starts a registered child state machine for `states:startExecution.sync` (R-TASK-13). */
export type ChildExecutionStarter = (request: {
  readonly stateMachineArn: string;
  readonly input: JsonValue;
  readonly name: string | undefined;
  readonly startMs: number;
  readonly syncVersion2: boolean;
}) => Promise<ChildExecutionOutcome> | undefined;

/** Everything a Task needs to do its work. */
export interface TaskEnvironment {
  readonly handlers: TaskHandlers;
  /** Mocked answers, when the execution was given mocks (then an unmocked Task is an error). */
  readonly mocks: MockPlayback | undefined;
  readonly tokens: TaskTokenRegistry;
  /** Runs registered child machines for `startExecution.sync`; undefined when none are registered. */
  readonly startChild: ChildExecutionStarter | undefined;
}

/**
 * What every state of one execution shares. Built by `execution/`; read by the executors.
 */
export interface ExecutionRuntime {
  readonly scheduler: Scheduler;
  readonly random: Random;
  readonly limits: RuntimeLimits;
  readonly context: ExecutionContextValues;
  /** The execution's region (used in `taskScheduledEventDetails.region` and default ARNs). */
  readonly region: string;
  readonly tasks: TaskEnvironment;
  /** Where step records go, in the order states are entered. */
  readonly steps: StepRecord[];
  /**
   * Whether state-scoped causes get AWS's `An error occurred while executing the state …` prefix:
   * true in executions, false in testState (R-JA-26).
   */
  readonly prefixStateCauses: boolean;
  /**
   * TestState's `context`: the whole Context Object the state sees, instead of the one built from
   * the execution (AWS takes the given object as it is). Undefined in executions.
   */
  readonly contextObject: JsonObject | undefined;
}
