/**
 * Input and output processing of JSONPath states (R-IO), in spec order, recording the data after
 * each stage in the visit's step record: InputPath → Parameters → (work) → ResultSelector →
 * ResultPath (onto the raw input) → OutputPath. The pure steps live in io/; this file only
 * sequences them and caches compiled payload templates per definition object.
 */
import type { State } from '../definition/types.ts';
import type { JsonObject, JsonValue } from '../json.ts';
import { isJsonObject } from '../json.ts';
import type { CompiledPayloadTemplate } from '../io/index.ts';
import {
  applyInputPath,
  applyOutputPath,
  applyResultPath,
  compilePayloadTemplate,
  payloadTemplateText,
  resolvePayloadTemplate,
} from '../io/index.ts';
import type { StateVisit } from './state-visit.ts';

const templates = new WeakMap<JsonObject, CompiledPayloadTemplate>();

/**
 * A payload template, compiled once per definition object (definitions are private copies, so
 * their objects are stable keys).
 * @param template - the Parameters / ResultSelector / ItemSelector / Assign object
 * @returns the compiled template
 */
export function compiledTemplate(template: JsonObject): CompiledPayloadTemplate {
  let compiled = templates.get(template);
  if (compiled === undefined) {
    compiled = compilePayloadTemplate(template);
    templates.set(template, compiled);
  }
  return compiled;
}

/**
 * Resolves a payload template against `input` (R-IO-05, R-IO-06).
 * @param template - the template
 * @param visit - the state visit (Context Object, variables, Random)
 * @param input - what `$` means
 * @param extraContext - extra Context Object members (`Map.Item`)
 * @returns the resolved payload
 */
export function resolveTemplate(
  template: JsonObject,
  visit: StateVisit,
  input: JsonValue,
  extraContext?: JsonObject,
): JsonObject {
  return resolvePayloadTemplate(compiledTemplate(template), {
    roots: visit.roots(input, extraContext),
    random: visit.rt.random,
  });
}

/**
 * Resolves a payload template whose result is written into the history (a state's or a task's
 * input, a state's output: Parameters, ResultSelector, ItemSelector), and notes it in the
 * recorder's payload texts, so its text is put together from the template if it is asked for
 * (payloadTemplateText) instead of stringified.
 * @param template - the template
 * @param visit - the state visit
 * @param input - what `$` means
 * @param extraContext - extra Context Object members (`Map.Item`)
 * @returns the resolved payload
 */
export function resolvePayload(
  template: JsonObject,
  visit: StateVisit,
  input: JsonValue,
  extraContext?: JsonObject,
): JsonObject {
  const compiled = compiledTemplate(template);
  const payload = resolvePayloadTemplate(compiled, {
    roots: visit.roots(input, extraContext),
    random: visit.rt.random,
  });
  visit.thread.recorder.texts.note(payload, payloadTemplateText, compiled);
  return payload;
}

/**
 * InputPath (R-IO-03, R-IO-04).
 * @param visit - the state visit
 * @param path - the state's InputPath
 * @param raw - the raw state input
 * @returns the input after InputPath
 */
export function inputPathStage(
  visit: StateVisit,
  path: string | null | undefined,
  raw: JsonValue,
): JsonValue {
  const value = path === undefined || path === '$' ? raw : applyInputPath(path, visit.roots(raw));
  visit.record.afterInputPath = value;
  return value;
}

/**
 * InputPath then Parameters (R-IO-05): the effective input of Pass, Task and Parallel.
 * @param visit - the state visit
 * @param fields - the state's InputPath and Parameters
 * @param fields.InputPath - the InputPath
 * @param fields.Parameters - the Parameters payload template
 * @param raw - the raw state input
 * @returns the effective input
 */
export function effectiveInputStage(
  visit: StateVisit,
  fields: { InputPath?: string | null | undefined; Parameters?: JsonObject | undefined },
  raw: JsonValue,
): JsonValue {
  const afterInputPath = inputPathStage(visit, fields.InputPath, raw);
  const effective =
    fields.Parameters === undefined
      ? afterInputPath
      : resolvePayload(fields.Parameters, visit, afterInputPath);
  visit.record.afterParameters = effective;
  return effective;
}

/**
 * ResultSelector, ResultPath and OutputPath (R-IO-11..17) for Pass, Task, Parallel and Map.
 * @param visit - the state visit
 * @param fields - the state's ResultSelector, ResultPath and OutputPath
 * @param fields.ResultSelector - the ResultSelector payload template
 * @param fields.ResultPath - the ResultPath
 * @param fields.OutputPath - the OutputPath
 * @param raw - the raw state input (ResultPath writes into it, R-IO-15)
 * @param result - the raw result
 * @returns the state output
 */
export function resultStages(
  visit: StateVisit,
  fields: {
    ResultSelector?: JsonObject | undefined;
    ResultPath?: string | null | undefined;
    OutputPath?: string | null | undefined;
  },
  raw: JsonValue,
  result: JsonValue,
): JsonValue {
  visit.record.result = result;
  const selected =
    fields.ResultSelector === undefined
      ? result
      : resolvePayload(fields.ResultSelector, visit, result);
  // AWS TestState reports this stage whether or not the state has a ResultSelector.
  visit.record.afterResultSelector = selected;
  const afterResultPath =
    fields.ResultPath === undefined || fields.ResultPath === '$'
      ? selected
      : applyResultPath(raw, selected, fields.ResultPath);
  visit.record.afterResultPath = afterResultPath;
  return outputPathStage(visit, fields.OutputPath, afterResultPath);
}

/**
 * OutputPath (R-IO-17).
 * @param visit - the state visit
 * @param path - the state's OutputPath
 * @param value - the value before OutputPath
 * @returns the state output
 */
export function outputPathStage(
  visit: StateVisit,
  path: string | null | undefined,
  value: JsonValue,
): JsonValue {
  const output =
    path === undefined || path === '$' ? value : applyOutputPath(path, visit.roots(value));
  visit.record.output = output;
  return output;
}

/**
 * Evaluates a JSONPath `Assign` block (R-VAR-07): keys ending in `.$` take a Path, an intrinsic
 * or `$$`; other values are literals. All values are computed before any variable is set
 * (R-VAR-05), with the variables as they were when the state was entered (R-VAR-06).
 * @param visit - the state visit
 * @param assign - the Assign object
 * @param dollar - what `$` means for this Assign (the result, the effective input, the Error Output…)
 * @returns the variables to set
 */
export function evaluateAssign(
  visit: StateVisit,
  assign: JsonObject,
  dollar: JsonValue,
): JsonObject {
  return resolveTemplate(assign, visit, dollar);
}

/**
 * Compiles every payload template of a JSONPath state once, when the machine is created
 * (Parameters, ResultSelector, ItemSelector, Assign blocks of the state, its Choice rules and
 * Catchers, ItemReader/ResultWriter Parameters and BatchInput), so executions only evaluate.
 * @param state - a JSONPath state
 */
export function precompileTemplates(state: State): void {
  const candidates: (JsonValue | undefined)[] = [];
  const fields = state as unknown as Record<string, JsonValue | undefined>;
  for (const field of ['Parameters', 'ResultSelector', 'ItemSelector', 'Assign'])
    candidates.push(fields[field]);
  for (const list of ['Choices', 'Catch']) {
    const entries = fields[list];
    if (Array.isArray(entries))
      for (const entry of entries)
        candidates.push(isJsonObject(entry) ? entry['Assign'] : undefined);
  }
  for (const holder of ['ItemReader', 'ResultWriter', 'ItemBatcher']) {
    const value = fields[holder];
    if (isJsonObject(value)) candidates.push(value['Parameters'], value['BatchInput']);
  }
  for (const candidate of candidates) if (isJsonObject(candidate)) compiledTemplate(candidate);
}
