import type { FailState } from '../definition/types.ts';
import { stateFailure, statesError } from '../errors/states-error.ts';
import { evaluateIntrinsic, looksLikeIntrinsic, parseIntrinsic } from '../intrinsics/index.ts';
import type { JsonValue } from '../json.ts';
import { compilePath } from '../path/index.ts';
import type { StateVisit } from './state-visit.ts';

/**
 * Fail (R-FAIL): stops its scope with `Error`/`ErrorPath` and `Cause`/`CausePath`. The paths are
 * Reference Paths or intrinsic calls evaluated on the raw input (R-FAIL-04, R-FAIL-08); an
 * unresolvable one is `States.Runtime` (E-04). A missing Error or Cause stays absent (R-FAIL-07):
 * the failure then has an empty error name, which history and Error Outputs omit.
 * @param visit - the state visit
 * @param state - the Fail state
 * @param input - the raw state input
 * @returns never: it always throws the state's failure
 */
export function executeFail(visit: StateVisit, state: FailState, input: JsonValue): never {
  // Fail has no InputPath; AWS TestState still reports the input as this stage.
  visit.record.afterInputPath = input;
  const error =
    state.Error ??
    (state.ErrorPath === undefined
      ? undefined
      : failField(visit, 'ErrorPath', state.ErrorPath, input));
  const cause =
    state.Cause ??
    (state.CausePath === undefined
      ? undefined
      : failField(visit, 'CausePath', state.CausePath, input));
  return failWith(visit, error, cause);
}

/**
 * Ends a Fail state: records its `error` and `cause` (each only when given, R-FAIL-07) and throws.
 * @param visit - the state visit
 * @param error - the error name, if any
 * @param cause - the cause, if any
 * @returns never
 */
export function failWith(
  visit: StateVisit,
  error: string | undefined,
  cause: string | undefined,
): never {
  visit.record.error =
    cause === undefined
      ? error === undefined
        ? {}
        : { error }
      : error === undefined
        ? { cause }
        : { error, cause };
  throw statesError(error ?? '', cause);
}

function failField(
  visit: StateVisit,
  field: 'ErrorPath' | 'CausePath',
  source: string,
  input: JsonValue,
): string {
  const roots = visit.roots(input);
  let value: JsonValue;
  if (looksLikeIntrinsic(source)) {
    value = evaluateIntrinsic(parseIntrinsic(source), { roots, random: visit.rt.random });
  } else {
    const lookup = compilePath(source).evaluate(roots);
    if (!lookup.found) {
      throw stateFailure(
        'States.Runtime',
        `The JSONPath '${source}' specified for the field '${field}' could not be found in the input '${visit.thread.textOf(input)}'`,
      );
    }
    value = lookup.value;
  }
  // AWS requires a string here; the cause text for other values is not recorded, so this one is ours.
  if (typeof value !== 'string')
    throw stateFailure(
      'States.Runtime',
      `The value of the field '${field}' must be a string, but was: ${JSON.stringify(value)}`,
    );
  return value;
}
