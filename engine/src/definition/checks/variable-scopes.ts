/**
 * No shadowing (R-VAR-13, SPEC §Variable Scope): a state of a Parallel branch or a Map iteration
 * may read the variables of the scopes around it (R-VAR-12) but must not assign a variable whose
 * name an enclosing scope assigns. Sibling scopes (two branches) may use the same name: each has
 * its own values (R-VAR-14). A Distributed Map's iterations run as child executions that cannot
 * see the outer variables at all (R-VAR-15), so names start afresh inside it.
 *
 * The spec states the rule; AWS's diagnostic for it was not captured, so the code is
 * SCHEMA_VALIDATION_FAILED and the text is ours.
 */
import { getOwn, isJsonObject } from '../../json.ts';
import { assignBlocks, assignedName } from '../assign-blocks.ts';
import type { DefinitionCheck } from '../check.ts';
import type { ScopeNode } from '../definition-model.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import * as messages from '../messages.ts';

/** One variable assigned by a state: its name and the pointer of its `Assign` key. */
interface Assignment {
  readonly name: string;
  readonly pointer: string;
}

function assignmentsIn(scope: ScopeNode): Assignment[] {
  const assignments: Assignment[] = [];
  for (const state of scope.states.values()) {
    for (const { pointer, block } of assignBlocks(state)) {
      for (const key of Object.keys(block))
        assignments.push({ name: assignedName(state, key), pointer: appendPointer(pointer, key) });
    }
  }
  return assignments;
}

/** The variables a scope assigns, each with the pointer of its first assignment. */
function firstAssignments(assignments: readonly Assignment[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const { name, pointer } of assignments) if (!names.has(name)) names.set(name, pointer);
  return names;
}

/** The nearest enclosing assignment of a name, up to the root or a Distributed Map's processor. */
function enclosingAssignment(
  scope: ScopeNode,
  name: string,
  namesOf: (scope: ScopeNode) => ReadonlyMap<string, string>,
): string | undefined {
  for (
    let outer = scope.parentState?.scope;
    outer !== undefined;
    outer = outer.parentState?.scope
  ) {
    const pointer = namesOf(outer).get(name);
    if (pointer !== undefined) return pointer;
    if (isDistributed(outer)) return undefined;
  }
  return undefined;
}

/** Whether a scope is the item processor of a Distributed Map (a separate set of variables). */
function isDistributed(scope: ScopeNode): boolean {
  if (scope.kind !== 'item-processor') return false;
  const config = getOwn(scope.object, 'ProcessorConfig');
  return isJsonObject(config) && getOwn(config, 'Mode') === 'DISTRIBUTED';
}

/** Enforces R-VAR-13. */
export const variableScopes: DefinitionCheck = (model, report) => {
  const names = new Map<ScopeNode, ReadonlyMap<string, string>>();
  const namesOf = (scope: ScopeNode): ReadonlyMap<string, string> => {
    let found = names.get(scope);
    if (found === undefined) {
      found = firstAssignments(assignmentsIn(scope));
      names.set(scope, found);
    }
    return found;
  };
  for (const scope of model.scopes) {
    if (scope.parentState === undefined || isDistributed(scope)) continue;
    for (const { name, pointer } of assignmentsIn(scope)) {
      const outer = enclosingAssignment(scope, name, namesOf);
      if (outer !== undefined)
        report(
          DIAGNOSTIC_CODES.SchemaValidationFailed,
          pointer,
          messages.variableShadowsOuterScope(name, outer),
        );
    }
  }
};
