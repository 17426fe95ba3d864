/**
 * A Parallel state has at least one branch, and each branch is an object (R-PAR-01). AWS:
 * `Value cannot be empty` at `/States/<s>/Branches` (V-19). Each branch's own `StartAt` and
 * `States` are checked as a scope.
 */
import { getOwn, isJsonObject } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { statesOfType } from '../definition-model.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import * as messages from '../messages.ts';

/** Enforces V-19, R-PAR-01. */
export const parallelBranches: DefinitionCheck = (model, report) => {
  for (const state of statesOfType(model, 'Parallel')) {
    const branches = getOwn(state.object, 'Branches');
    if (!Array.isArray(branches)) continue;
    const pointer = appendPointer(state.pointer, 'Branches');
    if (branches.length === 0) report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.empty());
    branches.forEach((branch, index) => {
      if (!isJsonObject(branch)) {
        report(DIAGNOSTIC_CODES.SchemaValidationFailed, appendPointer(pointer, index), messages.expectedType('Object'));
      }
    });
  }
};
