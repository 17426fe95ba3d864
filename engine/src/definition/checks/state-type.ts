/**
 * Every state is an object with a `Type` that is one of the eight state types (R-DEF-10, V-06).
 */
import { getOwn } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { STATE_TYPES } from '../definition-model.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import * as messages from '../messages.ts';

/** Enforces R-DEF-10, V-06. */
export const stateType: DefinitionCheck = (model, report) => {
  for (const state of model.states) {
    if (state.object === undefined) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, state.pointer, messages.expectedType('Object'));
    } else if (getOwn(state.object, 'Type') === undefined) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, state.pointer, messages.requiredFields(['Type']));
    } else if (state.type === undefined) {
      const pointer = appendPointer(state.pointer, 'Type');
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.enumValue('Type', STATE_TYPES));
    }
  }
};
