/**
 * A Map state's `Label` names its Map Runs (R-MAP-04): not empty, at most 40 characters, and
 * none of the characters AWS forbids in names (white space, `? * < > { } [ ] : ; , \ | ^ ~ $ # %
 * & ` "` and control characters). AWS refuses an empty and a 41-character label at creation
 * (LS:test_map_state_label_empty_fail, test_map_state_label_too_long_fail, both AWS-validated);
 * the character set is LocalStack's (`state_map/label.py`), the same as the DG's rule for names
 * (R-LIM-04).
 */
import { getOwn } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { statesOfType } from '../definition-model.ts';
import { codePointLength } from '../code-points.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import * as messages from '../messages.ts';

/** The longest Map label, in characters. */
const MAX_LABEL_LENGTH = 40;
// eslint-disable-next-line no-control-regex -- control characters are among the forbidden ones
const FORBIDDEN = /[\s?*<>{}[\]:;,\\|^~$#%&`"\u0000-\u001f\u007f-\u009f]/u;

function labelProblem(label: string): string | undefined {
  if (label === '') return messages.empty();
  if (codePointLength(label) > MAX_LABEL_LENGTH) return messages.labelTooLong(MAX_LABEL_LENGTH);
  const forbidden = FORBIDDEN.exec(label)?.[0];
  return forbidden === undefined ? undefined : messages.labelCharacter(forbidden);
}

/** Enforces R-MAP-04, R-LIM-04. */
export const mapLabel: DefinitionCheck = (model, report) => {
  for (const state of statesOfType(model, 'Map')) {
    const label = getOwn(state.object, 'Label');
    const problem = typeof label === 'string' ? labelProblem(label) : undefined;
    if (problem !== undefined) report(DIAGNOSTIC_CODES.SchemaValidationFailed, appendPointer(state.pointer, 'Label'), problem);
  }
};
