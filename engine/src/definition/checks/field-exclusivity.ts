/**
 * Fields that exclude each other: a value and the path that would provide it (V-15, R-TASK-06,
 * R-FAIL-03, R-MAP-17, R-MAP-28, R-MAP-30), `ItemProcessor` and the deprecated `Iterator`,
 * `ItemSelector` and the deprecated Map `Parameters` (V-37, R-MAP-03, D-25). AWS's text, from
 * FLOCI#3733: `There should only be one of the following fields: [MaxItems, MaxItemsPath]`, at
 * the object holding both.
 */
import { hasOwnKey, type JsonObject } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { nestedObject, type StateNode } from '../definition-model.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from '../diagnostics.ts';
import * as messages from '../messages.ts';
import { allowedField } from '../state-fields.ts';
import type { StateType } from '../types.ts';

type FieldPair = readonly [string, string];

const STATE_PAIRS: Partial<Record<StateType, readonly FieldPair[]>> = {
  Task: [
    ['TimeoutSeconds', 'TimeoutSecondsPath'],
    ['HeartbeatSeconds', 'HeartbeatSecondsPath'],
  ],
  Fail: [
    ['Error', 'ErrorPath'],
    ['Cause', 'CausePath'],
  ],
  Map: [
    ['ItemProcessor', 'Iterator'],
    ['ItemSelector', 'Parameters'],
    ['MaxConcurrency', 'MaxConcurrencyPath'],
    ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
    ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
  ],
};

/** Pairs inside objects of a JSONPath Map state, by the path from the state to the object. */
const MAP_OBJECT_PAIRS: readonly { path: readonly string[]; pairs: readonly FieldPair[] }[] = [
  { path: ['ItemReader', 'ReaderConfig'], pairs: [['MaxItems', 'MaxItemsPath']] },
  {
    path: ['ItemBatcher'],
    pairs: [
      ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'],
      ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'],
    ],
  },
];

function checkStatePairs(state: StateNode, object: JsonObject, type: StateType, report: ReportDiagnostic): void {
  for (const pair of STATE_PAIRS[type] ?? []) {
    const present = pair.every((field) => allowedField(object, type, state.queryLanguage, field) !== undefined);
    if (present) report(DIAGNOSTIC_CODES.SchemaValidationFailed, state.pointer, messages.onlyOneOf(pair));
  }
}

function checkMapObjectPairs(state: StateNode, report: ReportDiagnostic): void {
  for (const { path, pairs } of MAP_OBJECT_PAIRS) {
    const holder = nestedObject(state, path);
    if (holder === undefined) continue;
    for (const pair of pairs) {
      if (pair.every((field) => hasOwnKey(holder.object, field))) {
        report(DIAGNOSTIC_CODES.SchemaValidationFailed, holder.pointer, messages.onlyOneOf(pair));
      }
    }
  }
}

/**
 * Enforces V-15, V-33, V-34, V-37, R-TASK-06, R-FAIL-03, R-MAP-03, R-MAP-17, R-MAP-28, R-MAP-30,
 * R-MAP-34.
 */
export const fieldExclusivity: DefinitionCheck = (model, report) => {
  for (const state of model.states) {
    if (state.object === undefined || state.type === undefined) continue;
    checkStatePairs(state, state.object, state.type, report);
    if (state.type === 'Map' && state.queryLanguage === 'JSONPath') checkMapObjectPairs(state, report);
  }
};
