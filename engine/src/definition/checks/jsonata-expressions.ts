/**
 * The `{% … %}` expressions of JSONata states (V-24, V-25, V-26; the rules themselves are in
 * ../jsonata-expression-check.ts). The check is installed with the JSONata evaluator by
 * `@aslkit/engine/jsonata`. Without it a JSONata definition can be neither checked nor run: one
 * `JSONATA_NOT_LOADED` diagnostic says so, at the `QueryLanguage` that makes the machine (or its
 * first JSONata state) JSONata.
 */
import { JSONATA_NOT_INSTALLED_MESSAGE } from '../../query/jsonata-registry.ts';
import type { DefinitionCheck } from '../check.ts';
import type { DefinitionModel } from '../definition-model.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { installedJsonataDefinitionCheck } from '../jsonata-check-registry.ts';
import { appendPointer } from '../json-pointer.ts';

/** Where the definition becomes JSONata: the machine's `QueryLanguage`, or its first JSONata state's. */
function jsonataDeclaration(model: DefinitionModel): string | undefined {
  if (model.machineQueryLanguage === 'JSONata') return '/QueryLanguage';
  const state = model.states.find((node) => node.queryLanguage === 'JSONata');
  return state === undefined ? undefined : appendPointer(state.pointer, 'QueryLanguage');
}

/** Enforces V-24, V-25, V-26, R-JA-02, R-JA-08, R-JA-13, R-JA-14, R-JA-15. */
export const jsonataExpressions: DefinitionCheck = (model, report) => {
  const check = installedJsonataDefinitionCheck();
  if (check !== undefined) {
    check(model, report);
    return;
  }
  const declaration = jsonataDeclaration(model);
  if (declaration !== undefined)
    report(DIAGNOSTIC_CODES.JsonataNotLoaded, declaration, JSONATA_NOT_INSTALLED_MESSAGE);
};
