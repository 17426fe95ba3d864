import type { StatesError } from '../errors/states-error.ts';
import { isStatesError, statesError } from '../errors/states-error.ts';
import type { Catcher, Retrier, State } from '../definition/types.ts';
import type { StateExitedDetails } from '../history/events.ts';
import type { JsonObject, JsonValue } from '../json.ts';
import { exceedsUtf8Bytes } from '../json.ts';
import { decideRetry, selectCatcher } from '../retry/index.ts';
import type { Routine } from '../time/fiber.ts';
import { wait } from '../time/fiber.ts';
import type { CompiledState } from './compile-scope.ts';
import { executeState, statesOf } from './execute-state.ts';
import { evaluateAssign } from './jsonpath-io.ts';
import type { ImmediateExecutor } from './query-language-states.ts';
import type { ExecutionRuntime } from './runtime.ts';
import { failureDetails, isExecutionFatal, markFatal, withStatePrefix } from './state-failure.ts';
import type { StateOutcome } from './state-outcome.ts';
import { StateVisit } from './state-visit.ts';
import { newStepRecord } from './step-record.ts';
import { forgettingTexts } from './text-guard.ts';
import type { Thread } from './thread.ts';
import { variableAssignment } from './variables.ts';

const NOT_TRUNCATED = { truncated: false } as const;

/**
 * Runs one state: waits at the step-mode gate, records `…StateEntered`, runs the executor with
 * Retry (R-RETRY) and Catch (R-CATCH), assigns variables, checks the output size, and records
 * `…StateExited`. A failure leaves with AWS's state prefix on its cause when it is the state's
 * own (R-JA-26).
 * @param rt - the execution's runtime
 * @param thread - the thread the state runs on
 * @param cs - the state
 * @param input - its raw input
 * @returns what the state produced
 */
export function* runState(
  rt: ExecutionRuntime,
  thread: Thread,
  cs: CompiledState,
  input: JsonValue,
): Routine<StateOutcome> {
  const gate = rt.scheduler.checkpoint();
  if (gate !== undefined) {
    yield* wait(gate);
    // Paused for step(): the caller's code may have changed a value whose text is kept.
    thread.recorder.texts.forget();
  }
  const visit = enterState(rt, thread, cs, input);
  if (cs.handlesErrors) return exitState(visit, yield* runWithErrorHandling(visit, input));
  // The fast path: no Retry or Catch to apply.
  try {
    return exitState(visit, yield* executeState(visit, input));
  } catch (thrown) {
    throw failVisit(visit, thrown);
  }
}

/**
 * Runs a state that never waits (its `immediate` executor) outside any routine: the synchronous
 * fast path of Pass, Choice, Succeed and Fail. The caller has passed the step-mode checkpoint.
 * @param rt - the execution's runtime
 * @param thread - the thread the state runs on
 * @param cs - the state
 * @param run - its immediate executor
 * @param input - its raw input
 * @returns what the state produced
 */
export function runStateNow(
  rt: ExecutionRuntime,
  thread: Thread,
  cs: CompiledState,
  run: ImmediateExecutor<State>,
  input: JsonValue,
): StateOutcome {
  const visit = enterState(rt, thread, cs, input);
  try {
    return exitState(visit, run(visit, cs.state, input));
  } catch (thrown) {
    throw failVisit(visit, thrown);
  }
}

/** Records `…StateEntered` and the visit's step record. */
function enterState(
  rt: ExecutionRuntime,
  thread: Thread,
  cs: CompiledState,
  input: JsonValue,
): StateVisit {
  const entered = thread.recordStateEntered(cs.enteredEvent, {
    name: cs.name,
    input: thread.textOf(input),
    inputDetails: NOT_TRUNCATED,
  });
  const record = newStepRecord(
    cs.name,
    cs.type,
    entered.id,
    entered.timestamp,
    thread.location,
    input,
  );
  rt.steps.push(record); // inlined: the array holds objects from the start (emptyObjectArray)
  return new StateVisit(rt, thread, cs, record);
}

/**
 * Runs the executor; on a failure, applies the first Retrier whose ErrorEquals matches (R-RETRY-09)
 * after its back-off on the execution's clock, then the first matching Catcher (R-CATCH-03).
 * @param visit - the state visit
 * @param input - the raw input
 * @returns the outcome of the last attempt, or of the Catcher
 */
export function* runWithErrorHandling(visit: StateVisit, input: JsonValue): Routine<StateOutcome> {
  const state = visit.cs.state;
  const retriers: readonly Retrier[] = 'Retry' in state ? (state.Retry ?? []) : [];
  const catchers: readonly Catcher[] = 'Catch' in state ? (state.Catch ?? []) : [];
  let attempts: readonly number[] = retriers.map(() => 0);
  for (;;) {
    let failure: StatesError;
    try {
      return yield* executeState(visit, input);
    } catch (thrown) {
      if (isExecutionFatal(thrown)) throw failVisit(visit, thrown);
      failure = prefixed(visit, thrown);
    }
    const decision =
      retriers.length === 0
        ? undefined
        : decideRetry(retriers, attempts, failure.error, visit.rt.random);
    if (decision?.kind === 'retry') {
      attempts = decision.attempts;
      visit.record.retries = [
        ...visit.record.retries,
        {
          ...failureDetails(failure),
          error: failure.error,
          retrierIndex: decision.retrierIndex,
          delayMs: decision.delayMs,
        },
      ];
      visit.retryCount++;
      visit.branchesFailed = false;
      const scheduler = visit.rt.scheduler;
      yield* wait(scheduler.timer(scheduler.clock.now() + decision.delayMs));
      visit.thread.recorder.texts.forget(); // the caller's code may have run meanwhile
      continue;
    }
    return yield* giveUp(visit, input, failure, catchers);
  }
}

/**
 * Records how the visit failed (a StatesError) and returns what to throw on; a Parallel or Map
 * whose branch failed it records its `…StateFailed` event first.
 */
function failVisit(visit: StateVisit, thrown: unknown): unknown {
  if (!isStatesError(thrown)) return thrown;
  if (visit.branchesFailed)
    visit.thread.record({
      type: visit.cs.type === 'Map' ? 'MapStateFailed' : 'ParallelStateFailed',
    });
  const error = prefixed(visit, thrown);
  visit.record.error = failureDetails(error);
  visit.record.status = 'FAILED';
  return error;
}

/**
 * Adds AWS's state prefix to a state's own failure (not in testState).
 * @param visit - the state visit
 * @param thrown - the failure
 * @returns the failure to report
 */
export function prefixed(visit: StateVisit, thrown: unknown): StatesError {
  const error = thrown as StatesError;
  if (typeof error.stateScoped !== 'boolean' || !visit.rt.prefixStateCauses) return error;
  return withStatePrefix(error, visit.cs.name, visit.enteredEventId);
}

/**
 * No Retrier (left): a matching Catcher takes over, or the failure moves on.
 */
function* giveUp(
  visit: StateVisit,
  input: JsonValue,
  failure: StatesError,
  catchers: readonly Catcher[],
): Routine<StateOutcome> {
  const caught = yield* catchFailure(visit, input, failure, catchers);
  if (caught !== undefined) return caught.outcome;
  visit.record.status = 'FAILED';
  throw failure;
}

/**
 * Hands a failure that will not be retried to the first matching Catcher (R-CATCH-03), whose
 * output and Assign the state's query language works out (R-CATCH-04..06). Parallel and Map
 * first record their `…StateFailed` event (LocalStack test_map_state_catch, recorded on AWS).
 * @param visit - the state visit
 * @param input - the raw state input
 * @param failure - the failure
 * @param catchers - the state's Catch
 * @returns the Catcher's index and outcome, or undefined when no Catcher matches
 */
export function* catchFailure(
  visit: StateVisit,
  input: JsonValue,
  failure: StatesError,
  catchers: readonly Catcher[],
): Routine<{ readonly index: number; readonly outcome: StateOutcome } | undefined> {
  const record = visit.record;
  record.error = failureDetails(failure);
  if (visit.branchesFailed)
    visit.thread.record({
      type: visit.cs.type === 'Map' ? 'MapStateFailed' : 'ParallelStateFailed',
    });
  const selected = selectCatcher(catchers, failure.error);
  if (selected === undefined) return undefined;
  const { catcher, index } = selected;
  record.status = 'CAUGHT_ERROR';
  const states = statesOf(visit.cs.queryLanguage);
  try {
    const catchOutcome = states.catchOutcome(visit, input, failure, catcher, index);
    return {
      index,
      outcome: yield* forgettingTexts(visit.thread.recorder.texts, catchOutcome),
    };
  } catch (thrown) {
    // A Catcher's own Output or Assign failing is still the state's failure, with its prefix
    // (R-JA-24, R-JA-26: floci-io/floci#2689 names it `Catch[1]/Output/…`).
    throw prefixed(visit, thrown);
  }
}

/**
 * Assigns variables (R-VAR-05; JSONPath Assign is evaluated here, JSONata's was evaluated by
 * the executor), checks the output against the payload quota (an oversized state output fails
 * the execution, D-04, E-23) and the variables against theirs (R-VAR-17), and records
 * `…StateExited` with `assignedVariables` (R-VAR-19).
 * @param visit - the state visit
 * @param result - what the state produced
 * @returns the same outcome
 */
export function exitState(visit: StateVisit, result: StateOutcome): StateOutcome {
  const { thread, cs, record, rt } = visit;
  let values: JsonObject | undefined = result.assigned;
  if (result.assign !== undefined)
    values = evaluateAssign(visit, result.assign.block, result.assign.dollar);
  const assignment = values === undefined ? undefined : variableAssignment(values);
  if (values !== undefined) record.assignedVariables = values;
  const text = thread.textOf(result.output);
  if (exceedsUtf8Bytes(text, rt.limits.maxPayloadBytes)) {
    throw markFatal(
      statesError(
        'States.DataLimitExceeded',
        `The state/task '${cs.name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
      ),
    );
  }
  if (assignment !== undefined) thread.variables.assignChecked(assignment);
  if (cs.exitedEvent !== undefined) {
    const exited = thread.recordStateExited(
      cs.exitedEvent,
      exitedDetails(cs, text, assignment?.texts),
    );
    record.exitedEventId = exited.id;
  }
  if (record.status === 'RUNNING') record.status = 'SUCCEEDED';
  record.output = result.output;
  if (result.next !== undefined) record.nextState = result.next;
  return result;
}

function exitedDetails(
  cs: CompiledState,
  output: string,
  assignedVariables: Readonly<Record<string, string>> | undefined,
): StateExitedDetails {
  if (assignedVariables === undefined)
    return { name: cs.name, output, outputDetails: NOT_TRUNCATED };
  return {
    name: cs.name,
    output,
    outputDetails: NOT_TRUNCATED,
    assignedVariables,
    assignedVariablesDetails: NOT_TRUNCATED,
  };
}
