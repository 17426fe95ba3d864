/**
 * The variable names an `Assign` sets (state, Choice Rule and Catcher `Assign`, R-VAR-02):
 * never the reserved `states` (R-VAR-03, V-40), a Unicode identifier (ID_Start then
 * ID_Continue, R-VAR-01) of at most 80 characters, and never a sub-path such as `x.y` or
 * `x[2]` (R-VAR-04). In JSONPath the `.$` suffix of a key is not part of the name.
 */
import { isValidVariableName, MAX_VARIABLE_NAME_LENGTH } from '../../path/index.ts';
import { assignBlocks, assignedName } from '../assign-blocks.ts';
import type { DefinitionCheck } from '../check.ts';
import { codePointLength } from '../code-points.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import * as messages from '../messages.ts';

const IDENTIFIER = /^\p{ID_Start}\p{ID_Continue}*$/u;
const SUB_PATH = /^\p{ID_Start}\p{ID_Continue}*[.[]/u;

/** Names are judged by the path module's rule, the one `$name` references are parsed with. */
function nameProblem(name: string): string | undefined {
  if (name === 'states') return messages.reservedVariable();
  if (isValidVariableName(name)) return undefined;
  if (SUB_PATH.test(name)) return messages.variableSubPath(name);
  if (IDENTIFIER.test(name) && codePointLength(name) > MAX_VARIABLE_NAME_LENGTH) {
    return messages.variableNameTooLong(name, MAX_VARIABLE_NAME_LENGTH);
  }
  return messages.invalidVariableName(name);
}

/** Enforces V-40, R-VAR-01, R-VAR-02, R-VAR-03, R-VAR-04. */
export const assignNames: DefinitionCheck = (model, report) => {
  for (const state of model.states) {
    for (const { pointer, block } of assignBlocks(state)) {
      for (const key of Object.keys(block)) {
        const problem = nameProblem(assignedName(state, key));
        if (problem !== undefined) report(DIAGNOSTIC_CODES.SchemaValidationFailed, appendPointer(pointer, key), problem);
      }
    }
  }
};
