/**
 * The `{% … %}` expressions of JSONata states, checked as AWS checks them when a machine is
 * created (R-JA-02, R-JA-08, R-JA-15; V-24..V-26), in every field that holds JSONata (the table
 * in query/jsonata-state-fields.ts, which the runtime reads too):
 * - it must parse: `INVALID_JSONATA_EXPRESSION` with the parser's message, no code, at the
 *   string, plus the offset where the parser stopped (floci-io/floci#2745, measured on AWS);
 * - it must not read the context item at its top level (`Reference to 'phone' at the top level is
 *   not supported.`, floci-io/floci#2670 and PR #2699) nor `$$` anywhere (`Reference to '$$' is
 *   not supported.`);
 * - it may read only the `$states` fields its field has (`Field '$states.errorOutput' does not
 *   exist.`, floci-io/floci PR #2786): `result` only in the top-level `Output` and `Assign` of
 *   Task, Parallel and Map, `errorOutput` only in a Catcher.
 * One diagnostic per expression, the first of these that applies.
 *
 * This code travels with the JSONata evaluator (`@aslkit/engine/jsonata` installs it through
 * jsonata-check-registry.ts), so that the core stays small; without it the `jsonata-expressions`
 * check reports JSONATA_NOT_LOADED.
 */
import { isJsonObject, type JsonValue } from '../json.ts';
import {
  JsonataSyntaxError,
  type JsonataAnalysis,
  type JsonataEngine,
} from '../query/jsonata-engine.ts';
import { jsonataFieldSites } from '../query/jsonata-state-fields.ts';
import { isJsonataText } from '../query/jsonata-template.ts';
import type { DefinitionModel } from './definition-model.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from './diagnostics.ts';
import type { JsonataDefinitionCheck } from './jsonata-check-registry.ts';
import { appendPointer } from './json-pointer.ts';
import * as messages from './messages.ts';

/** The problem of an expression that parses, if any. */
function analysisProblem(
  analysis: JsonataAnalysis,
  statesFields: ReadonlySet<string>,
): string | undefined {
  if (analysis.readsRoot) return messages.jsonataRootReference();
  const [topLevel] = analysis.topLevelReferences.filter((name) => name !== '$$');
  if (topLevel !== undefined) return messages.jsonataTopLevelReference(topLevel);
  for (const field of analysis.statesFields) {
    if (!statesFields.has(field)) return messages.jsonataStatesField(field);
  }
  return undefined;
}

function checkExpression(
  engine: JsonataEngine,
  text: string,
  pointer: string,
  statesFields: ReadonlySet<string>,
  report: ReportDiagnostic,
): void {
  let analysis: JsonataAnalysis;
  try {
    analysis = engine.compile(text.slice(2, -2)).analysis;
  } catch (thrown) {
    if (!(thrown instanceof JsonataSyntaxError)) throw thrown;
    report(DIAGNOSTIC_CODES.InvalidJsonataExpression, pointer, thrown.message, thrown.offset);
    return;
  }
  const problem = analysisProblem(analysis, statesFields);
  if (problem !== undefined)
    report(DIAGNOSTIC_CODES.UnsupportedJsonataExpression, pointer, problem);
}

/** Checks every expression inside a field value, at any depth (R-JA-03). */
function checkValue(
  engine: JsonataEngine,
  value: JsonValue,
  pointer: string,
  statesFields: ReadonlySet<string>,
  report: ReportDiagnostic,
): void {
  if (isJsonataText(value)) checkExpression(engine, value, pointer, statesFields, report);
  else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkValue(engine, item, appendPointer(pointer, index), statesFields, report);
    });
  } else if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      checkValue(engine, item, appendPointer(pointer, key), statesFields, report);
    }
  }
}

/**
 * The JSONata half of definition validation, for one JSONata implementation.
 * @param engine - the evaluator whose parser checks the expressions
 * @returns the check `@aslkit/engine/jsonata` installs
 */
export function jsonataExpressionCheck(engine: JsonataEngine): JsonataDefinitionCheck {
  return (model: DefinitionModel, report: ReportDiagnostic): void => {
    for (const state of model.states) {
      if (
        state.queryLanguage !== 'JSONata' ||
        state.object === undefined ||
        state.type === undefined
      )
        continue;
      for (const site of jsonataFieldSites(state.object, state.type)) {
        const pointer = site.segments.reduce<string>(
          (path, segment) => appendPointer(path, segment),
          state.pointer,
        );
        checkValue(engine, site.value, pointer, site.statesFields, report);
      }
    }
  };
}
