/**
 * Checks of a call against its function's declared signature: at parse time for what the text
 * alone shows (argument count, literal arguments), at run time for the evaluated values.
 */
import type { JsonValue } from '../json.ts';
import type { IntrinsicCall, IntrinsicLiteral } from './ast.ts';
import type {
  IntrinsicArgType,
  IntrinsicArity,
  IntrinsicDefinition,
} from './intrinsic-definition.ts';
import { acceptsType, acceptsValue, argTypeAt } from './intrinsic-definition.ts';
import { IntrinsicSyntaxError } from './intrinsic-syntax-error.ts';

const TYPE_WORDS: Record<IntrinsicArgType | 'null', string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  any: 'any value',
  null: 'null',
};

function plural(count: number): string {
  return count === 1 ? '1 argument' : `${count} arguments`;
}

function describeArity({ min, max }: IntrinsicArity): string {
  if (max === Infinity) return `at least ${plural(min)}`;
  if (min === max) return min === 0 ? 'no arguments' : plural(min);
  return max === min + 1 ? `${min} or ${plural(max)}` : `${min} to ${plural(max)}`;
}

function literalTypeWord(literal: IntrinsicLiteral): string {
  return literal.kind === 'null' ? TYPE_WORDS.null : TYPE_WORDS[literal.kind];
}

/**
 * The parse-time check (json-p3 style): the number of arguments, and the type of every literal
 * argument. Paths and nested calls are only known at run time.
 * @param call - the parsed call
 * @param definition - its function
 * @throws IntrinsicSyntaxError with code ARITY or ARGUMENT_TYPE
 */
export function checkCallSignature(call: IntrinsicCall, definition: IntrinsicDefinition): void {
  const { args, name } = call;
  const { min, max } = definition.arity;
  if (args.length < min || args.length > max) {
    const offset = args.length > max ? (args[max] as { start: number }).start : call.end - 1;
    const detail = `${name} takes ${describeArity(definition.arity)} but was given ${args.length}`;
    throw new IntrinsicSyntaxError('ARITY', detail, call.source, offset);
  }
  args.forEach((arg, index) => {
    if (arg.kind === 'path' || arg.kind === 'call') return;
    const expected = argTypeAt(definition, index) ?? 'any';
    const actual = arg.kind === 'null' ? 'null' : arg.kind;
    if (!acceptsType(expected, actual)) {
      const detail = `argument ${index + 1} of ${name} must be ${TYPE_WORDS[expected]}, not ${literalTypeWord(arg)}`;
      throw new IntrinsicSyntaxError('ARGUMENT_TYPE', detail, call.source, arg.start);
    }
  });
}

/**
 * The run-time check of evaluated arguments, which AWS performs for every call.
 * @param definition - the function
 * @param values - the evaluated arguments
 * @returns true when the count and every value's type match the declaration
 */
export function argumentsMatchSignature(
  definition: IntrinsicDefinition,
  values: readonly JsonValue[],
): boolean {
  const { min, max } = definition.arity;
  if (values.length < min || values.length > max) return false;
  for (let index = 0; index < values.length; index++)
    if (!acceptsValue(argTypeAt(definition, index) ?? 'any', values[index] as JsonValue)) return false;
  return true;
}
