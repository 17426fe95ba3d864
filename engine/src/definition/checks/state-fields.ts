/**
 * The fields of each state: the required ones are present (R-TASK-01, R-CHOICE-01, R-PAR-01,
 * R-MAP-01), no field the state type does not support (V-10, R-DEF-19: AWS reports it at the
 * state), no field of the other query language (V-12, V-13, R-QL-05, R-QL-06), and each value
 * of the right JSON type and range (R-TASK-03, R-WAIT-03, R-MAP-16, R-MAP-23, …).
 */
import type { DefinitionCheck } from '../check.ts';
import { checkObjectFields, checkRequiredFields } from '../field-table.ts';
import { requiredStateFields, STATE_FIELDS } from '../state-fields.ts';

/**
 * Enforces V-10, V-12, V-13, R-DEF-19, R-DEF-24, R-IO-01, R-IO-02, R-PASS-03, R-PASS-04, R-SUCC-04,
 * R-FAIL-02, R-CHOICE-05, R-QL-05, R-QL-06, R-TASK-01, R-TASK-03, R-WAIT-03, R-MAP-16, R-MAP-23,
 * R-RETRY-01, R-CATCH-01, R-VAR-02.
 */
export const stateFields: DefinitionCheck = (model, report) => {
  for (const state of model.states) {
    if (state.object === undefined || state.type === undefined) continue;
    checkRequiredFields(state.object, requiredStateFields(state.type, state.object), state.pointer, report);
    checkObjectFields(state.object, STATE_FIELDS[state.type], {
      pointer: state.pointer,
      queryLanguage: state.queryLanguage,
      report,
    });
  }
};
