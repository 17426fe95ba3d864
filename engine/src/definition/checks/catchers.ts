/**
 * Each Catcher has `ErrorEquals` (as a Retrier's) and `Next` (V-36, R-CATCH-01); it may have
 * `ResultPath` in JSONPath, `Output` in JSONata, `Assign` and `Comment` (R-CATCH-04..06).
 * `States.ALL` stands alone in the last Catcher (V-29, R-CATCH-02). Its `Next` target is checked
 * with the other transitions.
 */
import type { DefinitionCheck } from '../check.ts';
import { forEachErrorHandler } from '../error-handlers.ts';
import { checkObjectFields, checkRequiredFields, field, fieldTable, type FieldTable } from '../field-table.ts';
import { rule } from '../value-rules.ts';

const CATCHER_FIELDS: FieldTable = fieldTable({
  ErrorEquals: field.both(rule.stringArray),
  Next: field.both(rule.string),
  ResultPath: field.jsonPath(),
  Output: field.jsonata(rule.any),
  Assign: field.both(rule.object),
  Comment: field.both(rule.string),
});

/** Enforces V-29, V-36, R-CATCH-01, R-CATCH-02, R-CATCH-04, R-CATCH-05, R-CATCH-06. */
export const catchers: DefinitionCheck = (model, report) => {
  forEachErrorHandler(model, 'Catch', report, ({ state, object, pointer }) => {
    checkRequiredFields(object, ['ErrorEquals', 'Next'], pointer, report);
    checkObjectFields(object, CATCHER_FIELDS, { pointer, queryLanguage: state.queryLanguage, report });
  });
};
