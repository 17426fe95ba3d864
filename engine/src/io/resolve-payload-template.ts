import {
  compilePayloadTemplate,
  type CompiledPayloadTemplate,
  type TemplateNode,
} from './compile-payload-template.ts';
import { STATES_ERRORS } from '../errors/states-errors.ts';
import { stateFailure } from '../errors/states-error.ts';
import { evaluateIntrinsic } from '../intrinsics/index.ts';
import { cloneJson, setMember, stringifyJson, type JsonObject, type JsonValue } from '../json.ts';
import type { PathRoots } from '../path/index.ts';
import type { Random } from '../random/random.ts';

/** What resolving a Payload Template reads from outside it. */
export interface PayloadTemplateEnvironment {
  /** `$` (the template's input: the effective input for Parameters, the raw result for ResultSelector…), `$$`, variables. */
  readonly roots: PathRoots;
  /** For States.UUID and unseeded States.MathRandom. */
  readonly random: Random;
}

/**
 * Builds the payload a compiled template describes for one input (R-IO-06).
 * @param template - from compilePayloadTemplate
 * @param env - the roots and the injected Random
 * @returns a new object; static parts are copies, so the definition is never shared with data
 * @throws StatesError States.Runtime (state-scoped) when a `.$` Path selects nothing, with AWS's
 *   cause `The JSONPath '<path>' specified for the field '<key>.$' could not be found in the input
 *   '<input JSON>'` (E-03, D-07: AWS does not use the spec's States.ParameterPathFailure); an
 *   intrinsic failure as evaluateIntrinsic reports it
 */
export function resolvePayloadTemplate(
  template: CompiledPayloadTemplate,
  env: PayloadTemplateEnvironment,
): JsonObject {
  return resolveNode(template.root, env) as JsonObject;
}

/**
 * Applies an optional Payload Template field: absent means "pass `$` through unchanged"
 * (R-IO-11: no ResultSelector keeps the result; no Parameters keeps the effective input).
 * @param template - the template object, or undefined when the state has none
 * @param env - the roots (`roots.input` is the template's input) and the injected Random
 * @returns the payload, or `env.roots.input` itself when there is no template
 * @throws PayloadTemplateError if the template was never validated; StatesError as resolvePayloadTemplate
 */
export function applyPayloadTemplate(
  template: JsonObject | undefined,
  env: PayloadTemplateEnvironment,
): JsonValue {
  if (template === undefined) return env.roots.input;
  return resolvePayloadTemplate(compilePayloadTemplate(template), env);
}

function resolveNode(node: TemplateNode, env: PayloadTemplateEnvironment): JsonValue {
  switch (node.kind) {
    case 'literal':
      return cloneJson(node.value);
    case 'object': {
      const output: JsonObject = {};
      for (const entry of node.entries) {
        const value = resolveNode(entry.node, env);
        // A store of this function's own rather than setMember's, which every builder of objects
        // shares and so sees objects of every shape (a slow, megamorphic store on each field).
        if (entry.name === '__proto__') setMember(output, entry.name, value);
        else output[entry.name] = value;
      }
      return output;
    }
    case 'array':
      return node.items.map((item) => resolveNode(item, env));
    case 'path': {
      const lookup = node.path.evaluate(env.roots);
      if (lookup.found) return lookup.value;
      throw stateFailure(
        STATES_ERRORS.Runtime,
        `The JSONPath '${node.path.source}' specified for the field '${node.field}' could not be found in the input '${stringifyJson(env.roots.input)}'`,
      );
    }
    case 'intrinsic':
      return evaluateIntrinsic(node.call, env);
  }
}
