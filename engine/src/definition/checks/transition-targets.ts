/**
 * `StartAt`, `Next`, Choice rule `Next`, `Default` and Catcher `Next` must name a state of the
 * same `States` object (V-07, R-DEF-03, R-DEF-16); a transition into or out of a Parallel branch
 * or a Map processor therefore names no state of its scope (V-38, R-PAR-02, R-MAP-02). AWS's
 * text: `MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3 at /States/pass1/Next`
 * (localstack#11978).
 */
import { getOwn } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import * as messages from '../messages.ts';
import { transitionsOf } from '../transitions.ts';

/**
 * Enforces V-07, V-38, R-DEF-03, R-DEF-16, R-PAR-02, R-MAP-02, R-CHOICE-01, R-CHOICE-03,
 * R-CATCH-01.
 */
export const transitionTargets: DefinitionCheck = (model, report) => {
  for (const scope of model.scopes) {
    const startAt = getOwn(scope.object, 'StartAt');
    if (typeof startAt === 'string' && !scope.states.has(startAt)) {
      const pointer = appendPointer(scope.pointer, 'StartAt');
      report(DIAGNOSTIC_CODES.MissingTransitionTarget, pointer, messages.missingTarget(startAt));
    }
  }
  for (const state of model.states) {
    for (const { target, pointer } of transitionsOf(state)) {
      if (!state.scope.states.has(target)) {
        report(DIAGNOSTIC_CODES.MissingTransitionTarget, pointer, messages.missingTarget(target));
      }
    }
  }
};
