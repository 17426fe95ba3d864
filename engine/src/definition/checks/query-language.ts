/**
 * A state of a JSONata machine may not switch back to JSONPath (V-11, R-QL-03, D-14). The
 * reverse, a JSONata state in a JSONPath machine, is allowed.
 */
import { getOwn } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import * as messages from '../messages.ts';

/** Enforces V-11, R-QL-03, R-DEF-12. */
export const queryLanguage: DefinitionCheck = (model, report) => {
  if (getOwn(model.root, 'QueryLanguage') !== 'JSONata') return;
  for (const state of model.states) {
    if (state.object !== undefined && getOwn(state.object, 'QueryLanguage') === 'JSONPath') {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, state.pointer, messages.queryLanguageDowngrade());
    }
  }
};
