/**
 * Each Retrier: `ErrorEquals` is a non-empty array of error names; `IntervalSeconds` ≥ 1,
 * `MaxAttempts` ≥ 0 (both ≤ 99999999), `BackoffRate` ≥ 1.0, `MaxDelaySeconds` in
 * [1, 31622400], `JitterStrategy` `FULL` or `NONE` (V-35, R-RETRY-02..08, D-21, D-22). The
 * values are literals: a path or JSONata expression is refused (R-RETRY-16).
 */
import type { DefinitionCheck } from '../check.ts';
import { forEachErrorHandler } from '../error-handlers.ts';
import { checkObjectFields, checkRequiredFields, field, fieldTable, type FieldTable } from '../field-table.ts';
import { MAX_SECONDS } from '../state-fields.ts';
import { rule } from '../value-rules.ts';

/** A year and a day, AWS's ceiling for `MaxDelaySeconds`. */
const MAX_DELAY_SECONDS = 31_622_400;

const RETRIER_FIELDS: FieldTable = fieldTable({
  ErrorEquals: field.both(rule.stringArray),
  IntervalSeconds: field.both(rule.integer(1, MAX_SECONDS)),
  MaxAttempts: field.both(rule.integer(0, MAX_SECONDS)),
  BackoffRate: field.both(rule.number(1)),
  MaxDelaySeconds: field.both(rule.integer(1, MAX_DELAY_SECONDS)),
  JitterStrategy: field.both(rule.enumOf(['FULL', 'NONE'])),
  Comment: field.both(rule.string),
});

/**
 * Enforces V-29, V-35, R-RETRY-01, R-RETRY-02, R-RETRY-03, R-RETRY-04, R-RETRY-05, R-RETRY-06,
 * R-RETRY-07, R-RETRY-08, R-RETRY-16.
 */
export const retriers: DefinitionCheck = (model, report) => {
  forEachErrorHandler(model, 'Retry', report, ({ state, object, pointer }) => {
    checkRequiredFields(object, ['ErrorEquals'], pointer, report);
    checkObjectFields(object, RETRIER_FIELDS, { pointer, queryLanguage: state.queryLanguage, report });
  });
};
