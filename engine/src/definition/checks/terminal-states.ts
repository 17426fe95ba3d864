/**
 * Each `States` object holds at least one terminal state: Succeed, Fail, or `"End": true`
 * (V-09, R-DEF-17). AWS reports `MISSING_END_STATE: Workflow has no terminal state at null`
 * (FLOCI#2735); we point at the object owning the `States` field (`""`,
 * `/States/P/Branches/0`, `/States/M/ItemProcessor`).
 */
import { getOwn, isJsonObject } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import type { StateNode } from '../definition-model.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import * as messages from '../messages.ts';

function isTerminal(state: StateNode): boolean {
  if (state.type === 'Succeed' || state.type === 'Fail') return true;
  return state.object !== undefined && getOwn(state.object, 'End') === true;
}

/** Enforces V-09, R-DEF-17. */
export const terminalStates: DefinitionCheck = (model, report) => {
  for (const scope of model.scopes) {
    if (!isJsonObject(getOwn(scope.object, 'States'))) continue;
    if (![...scope.states.values()].some(isTerminal)) {
      report(DIAGNOSTIC_CODES.MissingEndState, scope.pointer, messages.noTerminalState());
    }
  }
};
