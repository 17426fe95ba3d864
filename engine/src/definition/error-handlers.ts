/**
 * What Retriers and Catchers share: their place (Task, Parallel and Map states only, R-RETRY-01,
 * R-CATCH-01), their `ErrorEquals` list, and the rule that `States.ALL` stands alone in the last
 * element (V-29, R-RETRY-03, R-CATCH-02; statelint's text).
 */
import { getOwn, isJsonObject, type JsonObject } from '../json.ts';
import type { DefinitionModel, StateNode } from './definition-model.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from './diagnostics.ts';
import { appendPointer } from './json-pointer.ts';
import * as messages from './messages.ts';

/** One Retrier or Catcher object, with where it is. */
export interface ErrorHandler {
  state: StateNode;
  object: JsonObject;
  pointer: string;
}

/**
 * Calls back with every object element of every state's `Retry` or `Catch` list, and reports
 * elements that are not objects and a misplaced `States.ALL`.
 * @param model - the walked definition
 * @param list - `Retry` or `Catch`
 * @param report - the reporter
 * @param visit - receives each handler object
 */
export function forEachErrorHandler(
  model: DefinitionModel,
  list: 'Retry' | 'Catch',
  report: ReportDiagnostic,
  visit: (handler: ErrorHandler) => void,
): void {
  for (const state of model.states) {
    if (state.type !== 'Task' && state.type !== 'Parallel' && state.type !== 'Map') continue;
    const elements = state.object === undefined ? undefined : getOwn(state.object, list);
    if (!Array.isArray(elements)) continue;
    const listPointer = appendPointer(state.pointer, list);
    elements.forEach((element, index) => {
      const pointer = appendPointer(listPointer, index);
      if (!isJsonObject(element)) {
        report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.expectedType('Object'));
        return;
      }
      const errorEquals = getOwn(element, 'ErrorEquals');
      const last = index === elements.length - 1;
      if (Array.isArray(errorEquals) && errorEquals.includes('States.ALL') && (errorEquals.length > 1 || !last)) {
        report(DIAGNOSTIC_CODES.SchemaValidationFailed, appendPointer(pointer, 'ErrorEquals'), messages.statesAllNotLast());
      }
      visit({ state, object: element, pointer });
    });
  }
}
