/**
 * Evaluation of a parsed intrinsic call (SPEC §Intrinsic Functions; R-INTR-04): arguments left
 * to right (Paths against the payload template's input, `$$` against the Context Object, `$name`
 * against variables; nested calls first), then the function. Pure apart from the injected Random.
 */
import type { StatesError } from '../errors/states-error.ts';
import type { JsonValue } from '../json.ts';
import type { PathRoots } from '../path/index.ts';
import type { Random } from '../random/random.ts';
import { seededRandom } from '../random/random.ts';
import type { IntrinsicArgument, IntrinsicCall } from './ast.ts';
import { argumentsMatchSignature } from './check-signature.ts';
import type { IntrinsicCallContext } from './intrinsic-definition.ts';
import { intrinsicFailure, invalidArguments, pathArgumentNotFound } from './intrinsic-failure.ts';
import type { ParseIntrinsicOptions } from './parse-call.ts';
import { parseIntrinsic } from './parse-call.ts';
import { intrinsicRegistry } from './registry.ts';

/** What evaluation reads from outside the call. */
export interface IntrinsicEnvironment {
  /** `$` (the payload template's input), `$$` (the Context Object) and the variables. */
  readonly roots: PathRoots;
  /** The execution's randomness, for States.UUID and unseeded States.MathRandom. */
  readonly random: Random;
}

/** What an implementation sees of its call (one object per call, no closures). */
class CallContext implements IntrinsicCallContext {
  readonly call: IntrinsicCall;
  readonly random: Random;

  constructor(call: IntrinsicCall, random: Random) {
    this.call = call;
    this.random = random;
  }

  invalidArguments(): StatesError {
    return invalidArguments(this.call);
  }

  failure(message: string): StatesError {
    return intrinsicFailure(this.call, message);
  }
}

function evaluateArgument(
  argument: IntrinsicArgument,
  call: IntrinsicCall,
  env: IntrinsicEnvironment,
): JsonValue {
  switch (argument.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return argument.value;
    case 'null':
      return null;
    case 'call':
      return evaluateIntrinsic(argument, env);
    case 'path': {
      const lookup = argument.path.evaluate(env.roots);
      if (lookup.found) return lookup.value;
      throw pathArgumentNotFound(call, argument.path.source, env.roots.input);
    }
  }
}

/**
 * Evaluates an intrinsic call.
 * @param call - a call from parseIntrinsic
 * @param env - the roots for Path arguments and the injected Random
 * @returns the function's result
 * @throws StatesError States.Runtime (state-scoped) when an argument Path selects nothing or the
 *   arguments are unusable (wrong count or type, out of range); see intrinsic-failure.ts for
 *   why AWS's name is States.Runtime and not States.IntrinsicFailure
 */
export function evaluateIntrinsic(call: IntrinsicCall, env: IntrinsicEnvironment): JsonValue {
  const definition = intrinsicRegistry.get(call.name);
  if (definition === undefined) {
    throw new Error(`engine bug: no intrinsic function '${call.name}', but the parser accepted it`);
  }
  const args = call.args;
  // Indexed, into an array of the final length: no iterator results and no growth per call.
  const values = new Array<JsonValue>(args.length);
  for (let index = 0; index < args.length; index++) {
    const argument = args[index];
    if (argument !== undefined) values[index] = evaluateArgument(argument, call, env);
  }
  if (!argumentsMatchSignature(definition, values)) throw invalidArguments(call);
  return definition.call(values, new CallContext(call, env.random));
}

/** What runIntrinsic evaluates against; everything is optional. */
export interface RunIntrinsicOptions extends ParseIntrinsicOptions {
  /** What `$` means (default `{}`). */
  readonly input?: JsonValue;
  /** What `$$` means (default `{}`). */
  readonly context?: JsonValue;
  /** The variables `$name` reads (default none). */
  readonly variables?: Readonly<Record<string, JsonValue>>;
  /** The randomness (default `seededRandom()`, reproducible). */
  readonly random?: Random;
}

/**
 * Parses and evaluates an intrinsic text in one step, for one-off calls such as a playground
 * field or a documentation example.
 * @param source - the intrinsic text, e.g. `States.MathAdd($.n, 1)`
 * @param options - the input, Context Object, variables and Random to use, and parser options
 * @returns the function's result
 * @throws IntrinsicSyntaxError when the text does not parse; StatesError when evaluation fails
 */
export function runIntrinsic(source: string, options: RunIntrinsicOptions = {}): JsonValue {
  const {
    input = {},
    context = {},
    variables = {},
    random = seededRandom(),
    ...parseOptions
  } = options;
  const roots = {
    input,
    context,
    variables: (name: string) => (Object.hasOwn(variables, name) ? variables[name] : undefined),
  };
  return evaluateIntrinsic(parseIntrinsic(source, parseOptions), { roots, random });
}
