/**
 * State names are unique across the whole machine, branches and processors included (V-27,
 * R-DEF-09), and at most 80 Unicode characters long (V-28, R-DEF-08, D-02). A name repeated in
 * one `States` object of a definition text is reported too: JSON keeps only the last one, which
 * is the later occurrence the diagnostic names.
 */
import type { DefinitionCheck } from '../check.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { codePointLength } from '../code-points.ts';
import * as messages from '../messages.ts';

/** The longest state name AWS accepts, in Unicode characters (code points). */
export const MAX_STATE_NAME_LENGTH = 80;

/** Enforces V-27, V-28, R-DEF-08, R-DEF-09. */
export const stateNames: DefinitionCheck = (model, report) => {
  const seen = new Set<string>();
  for (const state of model.states) {
    if (seen.has(state.name)) {
      report(DIAGNOSTIC_CODES.DuplicateStateName, state.pointer, messages.duplicateStateName(state.name));
    }
    seen.add(state.name);
    if (codePointLength(state.name) > MAX_STATE_NAME_LENGTH) {
      report(DIAGNOSTIC_CODES.InvalidStateName, state.pointer, messages.nameTooLong(state.name, MAX_STATE_NAME_LENGTH));
    }
  }
  if (model.duplicateKeys.length === 0) return;
  const statesByPointer = new Map(model.states.map((state) => [state.pointer, state]));
  for (const duplicate of model.duplicateKeys) {
    const state = statesByPointer.get(duplicate.pointer);
    if (state !== undefined) {
      report(DIAGNOSTIC_CODES.DuplicateStateName, state.pointer, messages.duplicateStateName(state.name));
    }
  }
};
