/**
 * A definition is at most 1 MB (V-42, R-DEF-23, R-LIM-05), measured in UTF-8 bytes of the text
 * received (or of the compact JSON of an object).
 */
import type { DefinitionCheck } from '../check.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import * as messages from '../messages.ts';

/** 1 MB, AWS's hard quota for a definition. */
export const MAX_DEFINITION_BYTES = 1_048_576;

/** Enforces V-42, R-DEF-23, R-LIM-05. */
export const definitionSize: DefinitionCheck = (model, report) => {
  if (model.size.atMost <= MAX_DEFINITION_BYTES) return;
  const bytes = model.size.inBytes();
  if (bytes > MAX_DEFINITION_BYTES) {
    report(DIAGNOSTIC_CODES.SchemaValidationFailed, '', messages.definitionTooLarge(bytes, MAX_DEFINITION_BYTES));
  }
};
