/**
 * Every path-valued field of a JSONPath state, its Map configurations and its Catchers, parsed
 * with the runtime's own path and intrinsic parsers (R-PATH-03, R-PATH-06, R-PATH-11..13, V-17,
 * V-41, R-MAP-06, R-FAIL-04). Choice Rule paths are checked with the rules.
 */
import { getOwn, isJsonObject, type JsonObject } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { nestedObject, type StateNode } from '../definition-model.ts';
import type { ReportDiagnostic } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import { checkPathField, type PathKind } from '../path-fields.ts';
import { fieldSpecOf } from '../state-fields.ts';

const STATE_PATHS: ReadonlyMap<string, PathKind> = new Map<string, PathKind>([
  ['InputPath', 'path'],
  ['OutputPath', 'path'],
  ['ResultPath', 'result-path'],
  ['ItemsPath', 'items-path'],
  ['TimeoutSecondsPath', 'reference'],
  ['HeartbeatSecondsPath', 'reference'],
  ['SecondsPath', 'reference'],
  ['TimestampPath', 'reference'],
  ['MaxConcurrencyPath', 'input-reference'],
  ['ToleratedFailureCountPath', 'input-reference'],
  ['ToleratedFailurePercentagePath', 'input-reference'],
  ['ErrorPath', 'string-source'],
  ['CausePath', 'string-source'],
]);

const MAP_OBJECT_PATHS = [
  { path: ['ItemReader', 'ReaderConfig'], field: 'MaxItemsPath' },
  { path: ['ItemBatcher'], field: 'MaxItemsPerBatchPath' },
  { path: ['ItemBatcher'], field: 'MaxInputBytesPerBatchPath' },
] as const;

function checkMapObjectPaths(state: StateNode, report: ReportDiagnostic): void {
  for (const { path, field } of MAP_OBJECT_PATHS) {
    const holder = nestedObject(state, path);
    const value = holder === undefined ? undefined : getOwn(holder.object, field);
    if (holder !== undefined && value !== undefined)
      checkPathField('input-reference', field, value, appendPointer(holder.pointer, field), report);
  }
}

function checkCatcherPaths(state: StateNode, object: JsonObject, report: ReportDiagnostic): void {
  const catchers = getOwn(object, 'Catch');
  if (!Array.isArray(catchers)) return;
  catchers.forEach((catcher, index) => {
    const value = isJsonObject(catcher) ? getOwn(catcher, 'ResultPath') : undefined;
    if (value === undefined) return;
    const pointer = appendPointer(appendPointer(appendPointer(state.pointer, 'Catch'), index), 'ResultPath');
    checkPathField('result-path', 'ResultPath', value, pointer, report);
  });
}

/**
 * Enforces V-17, V-41, R-PATH-01, R-PATH-03, R-PATH-06, R-PATH-10, R-PATH-11, R-PATH-12, R-PATH-13,
 * R-MAP-05, R-MAP-06, R-FAIL-04, R-WAIT-06.
 */
export const paths: DefinitionCheck = (model, report) => {
  for (const state of model.states) {
    const object = state.object;
    const type = state.type;
    if (object === undefined || type === undefined || state.queryLanguage !== 'JSONPath') continue;
    for (const [field, value] of Object.entries(object)) {
      const kind = STATE_PATHS.get(field);
      if (kind !== undefined && fieldSpecOf(type, field) !== undefined) {
        checkPathField(kind, field, value, appendPointer(state.pointer, field), report);
      }
    }
    if (type === 'Map') checkMapObjectPaths(state, report);
    if (type === 'Task' || type === 'Parallel' || type === 'Map') checkCatcherPaths(state, object, report);
  }
};
