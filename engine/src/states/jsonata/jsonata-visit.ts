/**
 * What every JSONata state shares while it runs: the scope its expressions read (`$states`, the
 * variables as they were when the state was entered, the execution's Random and clock), waiting
 * for an evaluation on the execution's scheduler, and the `EvaluationFailed` event AWS records
 * when an expression fails.
 */
import { isStatesError, type StatesError } from '../../errors/states-error.ts';
import type { JsonObject, JsonValue } from '../../json.ts';
import { isJsonObject } from '../../json.ts';
import {
  evaluateJsonataTemplate,
  queryFailureLocation,
  type JsonataScope,
  type JsonataStates,
  type JsonataTemplate,
} from '../../query/index.ts';
import type { Random } from '../../random/random.ts';
import type { Routine } from '../../time/fiber.ts';
import { wait } from '../../time/fiber.ts';
import { withStatePrefix } from '../state-failure.ts';
import type { StateVisit } from '../state-visit.ts';
import { templateOf } from './jsonata-templates.ts';

/** The optional members of `$states`, and Context Object additions (`Map.Item` in ItemSelector). */
export interface ScopeExtras {
  readonly result?: JsonValue;
  readonly errorOutput?: JsonObject;
  readonly context?: JsonObject;
}

class VisitStates implements JsonataStates {
  readonly input: JsonValue;
  readonly result?: JsonValue;
  readonly errorOutput?: JsonObject;
  readonly #visit: StateVisit;
  readonly #extraContext: JsonObject | undefined;
  #context: JsonObject | undefined;

  constructor(visit: StateVisit, input: JsonValue, extras: ScopeExtras) {
    this.#visit = visit;
    this.input = input;
    if (extras.result !== undefined) this.result = extras.result;
    if (extras.errorOutput !== undefined) this.errorOutput = extras.errorOutput;
    this.#extraContext = extras.context;
  }

  get context(): JsonObject {
    return (this.#context ??= this.#visit.contextObject(this.#extraContext));
  }
}

class VisitScope implements JsonataScope {
  readonly states: JsonataStates;
  readonly random: Random;
  readonly #visit: StateVisit;

  constructor(visit: StateVisit, input: JsonValue, extras: ScopeExtras) {
    this.#visit = visit;
    this.random = visit.rt.random;
    this.states = new VisitStates(visit, input, extras);
  }

  variable(name: string): JsonValue | undefined {
    return this.#visit.thread.lookupVariable(name);
  }

  nowMs(): number {
    return this.#visit.rt.scheduler.clock.now();
  }
}

/**
 * The scope of a state's expressions (R-JA-10..14, R-VAR-05: variables read while the state runs
 * are those it was entered with, because assignments happen when it exits).
 * @param visit - the state visit
 * @param input - `$states.input`, the raw state input (R-JA-11)
 * @param extras - `$states.result`, `$states.errorOutput`, Context Object additions
 * @returns the scope
 */
export function visitScope(visit: StateVisit, input: JsonValue, extras: ScopeExtras = {}): JsonataScope {
  return new VisitScope(visit, input, extras);
}

/**
 * Records AWS's `EvaluationFailed` event for a failed expression: error, cause (with the state
 * prefix in executions), the field and the state. It follows the event the state's
 * `…StateEntered` followed, as recorded on AWS (LocalStack test_undefined_reference).
 */
function recordEvaluationFailed(visit: StateVisit, failure: StatesError): void {
  const location = queryFailureLocation(failure);
  if (location === undefined) return;
  const reported = visit.rt.prefixStateCauses
    ? withStatePrefix(failure, visit.cs.name, visit.enteredEventId)
    : failure;
  const thread = visit.thread;
  const entered = visit.enteredEventId === 0 ? undefined : thread.recorder.events[visit.enteredEventId - 1];
  const event = thread.recordAside(
    {
      type: 'EvaluationFailed',
      evaluationFailedEventDetails: {
        error: reported.error,
        cause: reported.cause ?? '',
        location,
        state: visit.cs.name,
      },
    },
    entered?.previousEventId ?? thread.cursor,
  );
  thread.cursor = event.id;
}

/**
 * Waits for a JSONata stage on the execution's scheduler: the evaluation holds the virtual clock
 * (it takes no virtual time), and a failure records `EvaluationFailed` before it moves on.
 * @param visit - the state visit
 * @param stage - the evaluation
 * @returns its value
 */
export function* awaitQuery<T>(visit: StateVisit, stage: Promise<T>): Routine<T> {
  try {
    return yield* wait(visit.rt.scheduler.external(stage));
  } catch (thrown) {
    if (isStatesError(thrown)) recordEvaluationFailed(visit, thrown);
    throw thrown;
  }
}

/** What a state's (or a rule's, or a Catcher's) `Assign` and `Output` give. */
export interface AssignAndOutput {
  readonly assigned: JsonObject | undefined;
  readonly output: JsonValue;
}

/**
 * Evaluates `Assign`, then `Output`, from the same `$states` (R-JA-18: what Assign computes is
 * not visible to Output; R-VAR-05: nothing is assigned until the state exits).
 * @param assign - the Assign template, if any
 * @param output - the Output template, if any
 * @param scope - what they read
 * @param fallback - the output without an Output field
 * @returns the variables and the output
 */
export async function evaluateAssignAndOutput(
  assign: JsonataTemplate | undefined,
  output: JsonataTemplate | undefined,
  scope: JsonataScope,
  fallback: JsonValue,
): Promise<AssignAndOutput> {
  const assigned = assign === undefined ? undefined : await evaluateJsonataTemplate(assign, scope);
  const value = output === undefined ? fallback : await evaluateJsonataTemplate(output, scope);
  return { assigned: isJsonObject(assigned) ? assigned : undefined, output: value };
}

/**
 * The `Assign` and `Output` of a state, a Choice rule or a Catcher, at the state's exit.
 * @param visit - the state visit
 * @param prefix - `''` for the state's own fields, `Choices[1]/` or `Catch[0]/` for a rule's
 * @param scope - what they read
 * @param fallback - the output without an Output field
 * @returns the variables and the output
 */
export function* exitValues(
  visit: StateVisit,
  prefix: string,
  scope: JsonataScope,
  fallback: JsonValue,
): Routine<AssignAndOutput> {
  const state = visit.cs.state;
  const assign = templateOf(state, `${prefix}Assign`);
  const output = templateOf(state, `${prefix}Output`);
  if (assign === undefined && output === undefined) return { assigned: undefined, output: fallback };
  return yield* awaitQuery(visit, evaluateAssignAndOutput(assign, output, scope, fallback));
}
