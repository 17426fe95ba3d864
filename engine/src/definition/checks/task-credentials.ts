/**
 * A Task's `Credentials` names the role to assume: `RoleArn` (a literal, or in JSONata a JSONata
 * expression) or, in JSONPath, `RoleArn.$` (a path or intrinsic, checked with the other payload
 * templates). Without it AWS says `The field 'RoleArn' is required but was missing` at
 * `/States/<s>/Credentials` (V-21, R-TASK-10).
 */
import { getOwn, hasOwnKey, isJsonObject } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { statesOfType } from '../definition-model.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { checkObjectFields, field, fieldTable } from '../field-table.ts';
import { appendPointer } from '../json-pointer.ts';
import * as messages from '../messages.ts';
import { rule } from '../value-rules.ts';

const CREDENTIALS_FIELDS = fieldTable({
  RoleArn: field.both(rule.string),
  'RoleArn.$': field.jsonPath(),
});

/** Enforces V-21, R-TASK-10. */
export const taskCredentials: DefinitionCheck = (model, report) => {
  for (const state of statesOfType(model, 'Task')) {
    const credentials = getOwn(state.object, 'Credentials');
    if (!isJsonObject(credentials)) continue;
    const pointer = appendPointer(state.pointer, 'Credentials');
    const dynamic = state.queryLanguage === 'JSONPath' && hasOwnKey(credentials, 'RoleArn.$');
    if (!hasOwnKey(credentials, 'RoleArn') && !dynamic) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.requiredFieldMissing('RoleArn'));
    }
    checkObjectFields(credentials, CREDENTIALS_FIELDS, { pointer, queryLanguage: state.queryLanguage, report });
  }
};
