/**
 * Every state is the target of some transition of its scope: `StartAt`, a `Next`, a Choice
 * rule's `Next`, `Default` or a Catcher's `Next` (V-08, R-DEF-18). AWS's text:
 * `MISSING_TRANSITION_TARGET: State "pass2" is not reachable. at /States/pass2`
 * (localstack#11978, FLOCI#2735).
 *
 * AWS judges this by incoming transitions, not by a walk from `StartAt`: with a `StartAt` that
 * names no state, `Pass One → Success` is reported only for `Pass One`, not for `Success`, which
 * `Pass One` targets (aws-cloudformation/cfn-lint#4074). We do the same.
 */
import { getOwn } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import * as messages from '../messages.ts';
import { transitionsOf } from '../transitions.ts';

/** Enforces V-08, R-DEF-18, R-DEF-21. */
export const reachability: DefinitionCheck = (model, report) => {
  for (const scope of model.scopes) {
    const targeted = new Set<string>();
    const startAt = getOwn(scope.object, 'StartAt');
    if (typeof startAt === 'string') targeted.add(startAt);
    for (const state of scope.states.values()) {
      for (const { target } of transitionsOf(state)) targeted.add(target);
    }
    for (const state of scope.states.values()) {
      if (!targeted.has(state.name)) {
        report(DIAGNOSTIC_CODES.MissingTransitionTarget, state.pointer, messages.unreachable(state.name));
      }
    }
  }
};
