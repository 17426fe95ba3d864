/**
 * The JSONata evaluator: the `jsonata` package (pure JavaScript, no `eval`) with Step Functions'
 * dialect on top (R-JA). This is the only file that imports `jsonata`; the engine's core reaches
 * it only through `JsonataEngine` once `@aslkit/engine/jsonata` installed it.
 *
 * An expression is evaluated with no context item and these bindings (R-JA-10..14, R-VAR-20):
 * `$states`, the state machine variables it names, and the Step Functions functions it names.
 * Evaluation is bounded in depth, work and memory (R-JA-34, resource-limits.ts), never by the
 * real clock.
 */
import jsonata from 'jsonata';
import type { JsonValue } from '../json.ts';
import { analyzeJsonata, definesFunctions, type JsonataNode } from './jsonata-analysis.ts';
import { boundEvaluations, type BoundableExpression } from './jsonata-budget.ts';
import {
  JsonataSyntaxError,
  type CompiledJsonata,
  type JsonataAnalysis,
  type JsonataEngine,
  type JsonataScope,
} from './jsonata-engine.ts';
import {
  REMOVED_JSONATA_FUNCTIONS,
  SCOPE_KEY,
  STEP_FUNCTIONS_JSONATA_FUNCTIONS,
} from './jsonata-functions.ts';
import { jsonataResultToJson, jsonataThrownToError } from './jsonata-result.ts';
import {
  EVALUATION_BOUNDS,
  MAX_SEQUENCE_LENGTH,
  type EvaluationBounds,
} from './resource-limits.ts';

/**
 * jsonata's own bounds: only the sequence length. Depth and time (`stack`, `timeout`) are left
 * unset because jsonata's time box reads the real clock on every step; jsonata-budget.ts bounds
 * both, deterministically.
 */
const OPTIONS = { sequence: MAX_SEQUENCE_LENGTH };

/**
 * The `$states` value an evaluation sees: `input`, `result` or `errorOutput` when the state has
 * them, `context` built on first read (an enumerable own getter, which is what jsonata reads), and
 * the scope under a symbol for the functions that need it (symbols are invisible to JSONata).
 */
function statesValue(scope: JsonataScope): object {
  const states = scope.states;
  const value: Record<string, unknown> = { input: states.input };
  if (states.errorOutput !== undefined) value['errorOutput'] = states.errorOutput;
  else if (states.result !== undefined) value['result'] = states.result;
  Object.defineProperty(value, 'context', { get: () => states.context, enumerable: true });
  Object.defineProperty(value, SCOPE_KEY, { value: scope });
  return value;
}

class CompiledExpression implements CompiledJsonata {
  readonly source: string;
  readonly analysis: JsonataAnalysis;
  readonly #expression: jsonata.Expression;
  /** The `$names` that may be state machine variables (every name but `states`). */
  readonly #variableNames: readonly string[];

  constructor(text: string, expression: jsonata.Expression, analysis: JsonataAnalysis) {
    this.source = text.trim();
    this.#expression = expression;
    this.analysis = analysis;
    this.#variableNames = analysis.variableNames.filter((name) => name !== 'states');
  }

  async evaluate(scope: JsonataScope): Promise<JsonValue | undefined> {
    const bindings: Record<string, unknown> = {};
    // Variables shadow functions of the same name, as a frame binding does on AWS.
    for (const name of this.#variableNames) {
      const value = scope.variable(name);
      if (value !== undefined) bindings[name] = value;
    }
    bindings['states'] = statesValue(scope);
    let result: unknown;
    try {
      result = await this.#expression.evaluate(undefined, bindings);
    } catch (thrown) {
      throw jsonataThrownToError(thrown);
    }
    return jsonataResultToJson(result);
  }
}

function syntaxError(text: string, thrown: unknown): JsonataSyntaxError {
  const { code, position, message } = (thrown ?? {}) as {
    code?: unknown;
    position?: unknown;
    message?: unknown;
  };
  const offset = typeof position === 'number' ? Math.max(0, Math.min(position, text.length)) : 0;
  return new JsonataSyntaxError(
    text,
    offset,
    typeof code === 'string' ? code : 'S0000',
    typeof message === 'string' ? message : String(thrown),
  );
}

/** Registers, on one expression, the Step Functions functions it names (R-JA-06, R-JA-27..32). */
function installFunctions(expression: jsonata.Expression, names: readonly string[]): void {
  for (const name of names) {
    const definition = STEP_FUNCTIONS_JSONATA_FUNCTIONS.get(name);
    if (definition !== undefined)
      expression.registerFunction(name, definition.implementation as never, definition.signature);
    else if (REMOVED_JSONATA_FUNCTIONS.includes(name)) expression.assign(name, undefined);
  }
}

/**
 * Recently compiled expressions by text. A compiled expression is immutable (each evaluation
 * gets its own frame), so the definition check and `createStateMachine`, which both compile
 * every expression of a definition, share one compilation, as do machines created from the same
 * definition. Bounded: once full, the oldest entry leaves.
 */
const compiled = new Map<string, CompiledJsonata>();
const MAX_CACHED_EXPRESSIONS = 2048;

/**
 * Compiles a JSONata expression with Step Functions' dialect (once per text while it stays in
 * the cache).
 * @param text - the text between `{%` and `%}`
 * @returns the compiled expression
 * @throws JsonataSyntaxError when it does not parse
 */
export function compileJsonata(text: string): CompiledJsonata {
  const cached = compiled.get(text);
  if (cached !== undefined) return cached;
  const fresh = compileJsonataWithBounds(text, EVALUATION_BOUNDS);
  if (compiled.size >= MAX_CACHED_EXPRESSIONS) {
    const oldest = compiled.keys().next();
    if (oldest.done !== true) compiled.delete(oldest.value);
  }
  compiled.set(text, fresh);
  return fresh;
}

/**
 * Compiles a JSONata expression with Step Functions' dialect under the given depth and work
 * bounds, not cached: `compileJsonata` with {@link EVALUATION_BOUNDS}, tests with a budget they
 * run out of in a few thousand steps.
 * @param text - the text between `{%` and `%}`
 * @param bounds - the depth and step bounds of each evaluation
 * @returns the compiled expression
 * @throws JsonataSyntaxError when it does not parse
 */
export function compileJsonataWithBounds(text: string, bounds: EvaluationBounds): CompiledJsonata {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(text, OPTIONS);
  } catch (thrown) {
    throw syntaxError(text, thrown);
  }
  const root = expression.ast() as unknown as JsonataNode;
  const analysis = analyzeJsonata(root);
  installFunctions(expression, analysis.variableNames);
  // jsonata types `assign` with string names; it binds symbols just the same.
  boundEvaluations(expression as unknown as BoundableExpression, bounds, definesFunctions(root));
  return new CompiledExpression(text, expression, analysis);
}

/** The JSONata implementation `@aslkit/engine/jsonata` installs. */
export const jsonataEngine: JsonataEngine = { compile: compileJsonata };
