/**
 * The objects that own a `States` field: the machine (R-DEF-01..07), each Parallel branch
 * (R-PAR-01) and each Map `ItemProcessor` / `Iterator` (R-MAP-01). Each must have `States` and
 * `StartAt` (V-03..V-05) and nothing it does not support: `QueryLanguage` inside an
 * `ItemProcessor` is refused (V-14, R-QL-04).
 */
import type { DefinitionCheck } from '../check.ts';
import type { ScopeKind } from '../definition-model.ts';
import { checkObjectFields, checkRequiredFields, field, fieldTable, type FieldTable } from '../field-table.ts';
import { MAX_SECONDS } from '../state-fields.ts';
import { rule } from '../value-rules.ts';

const SCOPE_BASICS = {
  StartAt: field.both(rule.string),
  States: field.both(rule.object),
  Comment: field.both(rule.string),
};

const SCOPE_FIELDS: Readonly<Record<ScopeKind, FieldTable>> = {
  machine: fieldTable({
    ...SCOPE_BASICS,
    Version: field.both(rule.string),
    TimeoutSeconds: field.both(rule.integer(1, MAX_SECONDS)),
    QueryLanguage: field.both(rule.enumOf(['JSONPath', 'JSONata'])),
  }),
  branch: fieldTable(SCOPE_BASICS),
  'item-processor': fieldTable({ ...SCOPE_BASICS, ProcessorConfig: field.both(rule.object) }),
  // AWS accepts a ProcessorConfig in the legacy Iterator too (recorded: Iterator with Mode INLINE).
  iterator: fieldTable({ ...SCOPE_BASICS, ProcessorConfig: field.both(rule.object) }),
};

/** AWS lists the missing top-level fields in this order: `[States, StartAt]`. */
const REQUIRED = ['States', 'StartAt'];

/**
 * Enforces R-DEF-01, R-DEF-02, R-DEF-03, R-DEF-04, R-DEF-05, R-DEF-06, R-DEF-07, V-03, V-04, V-05,
 * V-14, R-QL-04.
 */
export const scopeFields: DefinitionCheck = (model, report) => {
  for (const scope of model.scopes) {
    checkRequiredFields(scope.object, REQUIRED, scope.pointer, report);
    const site = { pointer: scope.pointer, queryLanguage: model.machineQueryLanguage, report };
    checkObjectFields(scope.object, SCOPE_FIELDS[scope.kind], site);
  }
};
