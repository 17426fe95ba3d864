import type { StateType } from '../definition/types.ts';
import type { JsonValue } from '../json.ts';

/** Where a state ran: nothing at the top level, then one entry per enclosing Parallel branch or Map iteration. */
export type StepLocation = readonly (
  | { readonly parallel: string; readonly branch: number }
  | { readonly map: string; readonly index: number }
)[];

/**
 * How a state visit ended, with AWS TestState's names: `SUCCEEDED`; `CAUGHT_ERROR` (a Catcher
 * took over); `RETRIABLE` (only from testState: a Retrier would run the state again); `FAILED`.
 * `RUNNING` while the state has not ended (seen in step mode).
 */
export type StepStatus = 'RUNNING' | 'SUCCEEDED' | 'CAUGHT_ERROR' | 'RETRIABLE' | 'FAILED';

/** A failed attempt that a Retrier retried. */
export interface RetriedAttempt {
  readonly error: string;
  readonly cause?: string;
  /** Index of the Retrier that matched. */
  readonly retrierIndex: number;
  /** The back-off before the next attempt, in milliseconds. */
  readonly delayMs: number;
}

/**
 * The data of one state visit after each processing stage, under AWS TestState's names
 * (`inspectionData`). Every execution records one per state entered (`ExecutionResult.steps`),
 * and `testState()` returns the same record, so the data-flow inspector and `mode: "state"`
 * conformance cases share one mechanism. A stage that does not apply to the state is absent.
 */
export interface StepRecord {
  readonly stateName: string;
  readonly stateType: StateType;
  /** The id of the `…StateEntered` event (0 in testState). */
  readonly enteredEventId: number;
  /** When the state was entered (ISO 8601). */
  readonly enteredTime: string;
  /** The enclosing Parallel branches and Map iterations. */
  readonly location: StepLocation;
  /** The raw state input. */
  readonly input: JsonValue;
  afterInputPath?: JsonValue;
  afterParameters?: JsonValue;
  /** JSONata Task and Parallel: the input after `Arguments` (TestState's `afterArguments`). */
  afterArguments?: JsonValue;
  afterItemsPath?: JsonValue;
  /** Map: the input of every iteration, after ItemSelector (and ItemBatcher). */
  afterItemSelector?: JsonValue[];
  result?: JsonValue;
  afterResultSelector?: JsonValue;
  afterResultPath?: JsonValue;
  output?: JsonValue;
  nextState?: string;
  /** The failure that ended the visit, or that a Catcher caught. */
  error?: { readonly error?: string; readonly cause?: string };
  /** Variables assigned when the state exited. */
  assignedVariables?: Record<string, JsonValue>;
  /** Failed attempts that were retried, oldest first. */
  retries: readonly RetriedAttempt[];
  status: StepStatus;
  /** The id of the `…StateExited` event, when there is one. */
  exitedEventId?: number;
}

const NO_RETRIES: readonly RetriedAttempt[] = Object.freeze([]);

/** A record while it is being built. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Builds records through a constructor instead of an object literal: V8 then reserves room inside
 * each object for the fields added while the state runs (`afterInputPath` … `nextState`, found by
 * its slack tracking over the first records), where a literal has room for its own fields only
 * and the later fields would grow a separate property store, reallocated every few fields (about
 * 150 bytes of garbage per state visit). Its prototype is Object.prototype, so a record is a
 * plain object like a literal: same constructor, same keys in the same order, same JSON and
 * structured clone.
 */
const StepRecordObject = function (
  this: Writable<StepRecord>,
  stateName: string,
  stateType: StateType,
  enteredEventId: number,
  enteredTime: string,
  location: StepLocation,
  input: JsonValue,
) {
  this.stateName = stateName;
  this.stateType = stateType;
  this.enteredEventId = enteredEventId;
  this.enteredTime = enteredTime;
  this.location = location;
  this.input = input;
  this.retries = NO_RETRIES;
  this.status = 'RUNNING';
} as unknown as {
  new (
    stateName: string,
    stateType: StateType,
    enteredEventId: number,
    enteredTime: string,
    location: StepLocation,
    input: JsonValue,
  ): StepRecord;
  prototype: object;
};
StepRecordObject.prototype = Object.prototype;

/**
 * The step record of a state just entered: status `RUNNING`, no retries yet.
 * @param stateName - the state
 * @param stateType - its type
 * @param enteredEventId - the id of its `…StateEntered` event
 * @param enteredTime - when it was entered
 * @param location - the enclosing branches and iterations
 * @param input - its raw input
 * @returns a new record
 */
export function newStepRecord(
  stateName: string,
  stateType: StateType,
  enteredEventId: number,
  enteredTime: string,
  location: StepLocation,
  input: JsonValue,
): StepRecord {
  return new StepRecordObject(stateName, stateType, enteredEventId, enteredTime, location, input);
}
