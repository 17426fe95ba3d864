/**
 * Pass, Task, Wait, Parallel and Map states continue with `Next` or end with `"End": true`,
 * never both (V-30, R-DEF-13..15, R-DEF-22). Choice, Succeed and Fail support neither field,
 * which the state-fields check reports.
 */
import { getOwn, hasOwnKey } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import * as messages from '../messages.ts';
import type { StateType } from '../types.ts';

const CONTINUING: ReadonlySet<StateType> = new Set(['Pass', 'Task', 'Wait', 'Parallel', 'Map']);

/** Enforces V-30, R-DEF-13, R-DEF-14, R-DEF-15, R-DEF-22. */
export const nextOrEnd: DefinitionCheck = (model, report) => {
  for (const state of model.states) {
    if (state.object === undefined || state.type === undefined || !CONTINUING.has(state.type)) continue;
    const hasNext = hasOwnKey(state.object, 'Next');
    const ends = getOwn(state.object, 'End') === true;
    if (!hasNext && !ends) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, state.pointer, messages.nextOrEnd());
    } else if (hasNext && ends) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, state.pointer, messages.onlyOneOf(['Next', 'End']));
    }
  }
};
