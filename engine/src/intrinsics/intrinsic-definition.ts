/**
 * One intrinsic function as data: its name, its declared signature and its implementation
 * (json-p3's function-extension style). The signature serves twice: the parser checks literal
 * arguments against it, and the evaluator checks every evaluated argument against it before the
 * implementation runs, so implementations receive values of the declared types.
 */
import type { StatesError } from '../errors/states-error.ts';
import type { JsonObject, JsonTypeName, JsonValue } from '../json.ts';
import { isJsonObject, jsonTypeOf } from '../json.ts';
import type { Random } from '../random/random.ts';
import type { IntrinsicCall } from './ast.ts';

/** The JSON types a parameter can require; `any` takes every value, null included. */
export type IntrinsicArgType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'any';

/**
 * A declared parameter: `'number'` (required), `'number?'` (optional, only at the end) or
 * `'any...'` (zero or more, only last).
 */
export type IntrinsicParam = IntrinsicArgType | `${IntrinsicArgType}?` | `${IntrinsicArgType}...`;

/** How many arguments a function takes; `max` is Infinity for variadic functions. */
export interface IntrinsicArity {
  readonly min: number;
  readonly max: number;
}

/** What an implementation may use besides its arguments. */
export interface IntrinsicCallContext {
  /** The call being evaluated: its text (quoted in causes) and its argument nodes. */
  readonly call: IntrinsicCall;
  /** The execution's injected randomness (States.UUID, unseeded States.MathRandom). */
  readonly random: Random;
  /** The States.Runtime failure `Invalid arguments in <name>`, to be thrown. */
  invalidArguments(): StatesError;
  /** A States.Runtime failure of this call with a specific message, to be thrown. */
  failure(message: string): StatesError;
}

/** One entry of the intrinsic registry. */
export interface IntrinsicDefinition {
  readonly name: string;
  readonly arity: IntrinsicArity;
  readonly argTypes: readonly IntrinsicParam[];
  /** The type of each declared parameter, without its multiplicity. */
  readonly types: readonly IntrinsicArgType[];
  /** The type of a variadic last parameter's arguments, if there is one. */
  readonly rest: IntrinsicArgType | undefined;
  /**
   * Runs the function on arguments that already match `argTypes` (positional, as evaluated).
   * Throws a StatesError from `context` when the values are unusable.
   */
  call(args: readonly JsonValue[], context: IntrinsicCallContext): JsonValue;
}

interface ArgTypeValues {
  string: string;
  number: number;
  boolean: boolean;
  array: JsonValue[];
  object: JsonObject;
  any: JsonValue;
}

type ParamValue<P> = P extends `${infer T extends IntrinsicArgType}...`
  ? ArgTypeValues[T][]
  : P extends `${infer T extends IntrinsicArgType}?`
    ? ArgTypeValues[T] | undefined
    : P extends IntrinsicArgType
      ? ArgTypeValues[P]
      : never;

/** The argument tuple an implementation receives; a variadic tail arrives as one array. */
export type IntrinsicArgValues<P extends readonly IntrinsicParam[]> = {
  -readonly [K in keyof P]: ParamValue<P[K]>;
};

/** A declared parameter split into its type and its multiplicity. */
export interface ParamShape {
  readonly type: IntrinsicArgType;
  readonly optional: boolean;
  readonly variadic: boolean;
}

/**
 * Reads a declared parameter.
 * @param param - e.g. `'number?'`
 * @returns its type and multiplicity
 */
export function paramShape(param: IntrinsicParam): ParamShape {
  if (param.endsWith('...'))
    return { type: param.slice(0, -3) as IntrinsicArgType, optional: true, variadic: true };
  if (param.endsWith('?'))
    return { type: param.slice(0, -1) as IntrinsicArgType, optional: true, variadic: false };
  return { type: param as IntrinsicArgType, optional: false, variadic: false };
}

/**
 * The declared type of the argument at a position (a variadic last parameter repeats).
 * @param definition - the function
 * @param index - zero-based argument position
 * @returns the type, or undefined past the last parameter
 */
export function argTypeAt(
  definition: IntrinsicDefinition,
  index: number,
): IntrinsicArgType | undefined {
  return definition.types[index] ?? definition.rest;
}

/**
 * Tells whether a JSON type satisfies a declared argument type.
 * @param expected - the declared type
 * @param actual - the value's JSON type
 * @returns true when accepted
 */
export function acceptsType(expected: IntrinsicArgType, actual: JsonTypeName): boolean {
  return expected === 'any' || expected === actual;
}

/**
 * Tells whether a value satisfies a declared argument type.
 * @param expected - the declared type
 * @param value - the evaluated argument
 * @returns true when accepted
 */
export function acceptsValue(expected: IntrinsicArgType, value: JsonValue): boolean {
  if (expected === 'object') return isJsonObject(value);
  return acceptsType(expected, jsonTypeOf(value));
}

function arityOf(params: readonly IntrinsicParam[]): IntrinsicArity {
  const shapes = params.map(paramShape);
  const min = shapes.filter((shape) => !shape.optional).length;
  const max = shapes.some((shape) => shape.variadic) ? Infinity : shapes.length;
  return { min, max };
}

/**
 * Declares an intrinsic function with a typed implementation. The arity follows from the
 * parameters; a variadic tail is handed to the implementation as one array.
 * @param name - the full name, e.g. `States.ArrayPartition`
 * @param argTypes - the parameters, e.g. `['array', 'number']`
 * @param implementation - the function body
 * @returns the registry entry
 */
export function defineIntrinsic<const P extends readonly IntrinsicParam[]>(
  name: string,
  argTypes: P,
  implementation: (args: IntrinsicArgValues<P>, context: IntrinsicCallContext) => JsonValue,
): IntrinsicDefinition {
  const shapes = argTypes.map(paramShape);
  const last = shapes.at(-1);
  const variadicAt = last?.variadic === true ? argTypes.length - 1 : -1;
  return Object.freeze({
    name,
    arity: Object.freeze(arityOf(argTypes)),
    argTypes,
    types: shapes.map((shape) => shape.type),
    rest: variadicAt < 0 ? undefined : last?.type,
    call(args: readonly JsonValue[], context: IntrinsicCallContext): JsonValue {
      const packed = variadicAt < 0 ? args : [...args.slice(0, variadicAt), args.slice(variadicAt)];
      // The evaluator has checked every argument against `argTypes`, which is what the mapped
      // tuple type states; this is the one place where that knowledge becomes a type.
      return implementation(packed as IntrinsicArgValues<P>, context);
    },
  });
}
