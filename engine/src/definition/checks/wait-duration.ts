/**
 * A Wait state says how long to wait exactly once: one of `Seconds`, `SecondsPath`, `Timestamp`,
 * `TimestampPath` in JSONPath, one of `Seconds`, `Timestamp` in JSONata (V-32, R-WAIT-01,
 * R-WAIT-02). A literal `Timestamp` must be an RFC 3339 timestamp of the ASL profile: AWS says
 * `String does not match RFC3339 timestamp` at `/States/<s>/Timestamp` (V-20, R-WAIT-11).
 */
import { getOwn, hasOwnKey } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { statesOfType } from '../definition-model.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import { isTimestamp } from '../language-parsers.ts';
import * as messages from '../messages.ts';
import type { QueryLanguage } from '../types.ts';
import { isJsonataExpression } from '../value-rules.ts';

const DURATION_FIELDS: Readonly<Record<QueryLanguage, readonly string[]>> = {
  JSONPath: ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'],
  JSONata: ['Seconds', 'Timestamp'],
};

/** Enforces V-20, V-32, R-WAIT-01, R-WAIT-02, R-WAIT-04, R-WAIT-11, R-TS-01. */
export const waitDuration: DefinitionCheck = (model, report) => {
  for (const state of statesOfType(model, 'Wait')) {
    const object = state.object;
    const candidates = DURATION_FIELDS[state.queryLanguage];
    const present = candidates.filter((field) => hasOwnKey(object, field));
    if (present.length === 0) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, state.pointer, messages.exactlyOneOf(candidates));
    } else if (present.length > 1) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, state.pointer, messages.onlyOneOf(candidates));
    }
    const timestamp = getOwn(object, 'Timestamp');
    const computed = state.queryLanguage === 'JSONata' && isJsonataExpression(timestamp);
    if (typeof timestamp === 'string' && !computed && !isTimestamp(timestamp)) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, appendPointer(state.pointer, 'Timestamp'), messages.notRfc3339());
    }
  }
};
