/**
 * Turns whatever a caller passed as a definition object into a private JSON copy, without ever
 * throwing: values JSON cannot hold (functions, symbols, BigInts, NaN, class instances), cycles,
 * absurd nesting and hostile getters become problems located by JSON Pointer. Properties whose
 * value is `undefined` are skipped, as `JSON.stringify` would skip them.
 */
import type { JsonObject, JsonValue } from '../json.ts';
import { appendPointer } from './json-pointer.ts';
import { MAX_JSON_DEPTH } from './json-text.ts';
import * as messages from './messages.ts';
import { setMember } from '../json.ts';

/** More values than any definition under the 1 MB quota can hold (each value takes ≥ 2 bytes). */
const MAX_VALUES = 1 << 20;

/** A value that could not be copied. */
export interface CopyProblem {
  pointer: string;
  message: string;
}

/** The copy, and what could not be copied. */
export interface DefinitionCopy {
  value: JsonValue | undefined;
  problems: CopyProblem[];
  /** An upper bound of the UTF-8 size of the copy's compact JSON (exact sizing is costlier). */
  bytesAtMost: number;
}

function describeNonJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'bigint':
      return 'a BigInt';
    case 'number':
      return Number.isFinite(value) ? undefined : String(value);
    default:
      return undefined;
  }
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function constructorName(value: object): string {
  const prototype = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
  const name = prototype?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'unknown';
}

class DefinitionCopier {
  readonly problems: CopyProblem[] = [];
  readonly #ancestors = new Set<object>();
  /** The keys from the root to the value being copied; a pointer is built only for a problem. */
  readonly #path: (string | number)[] = [];
  #values = 0;
  /**
   * Upper bound of the compact JSON's UTF-8 size: a code unit is at most 6 bytes once escaped,
   * and every value may be followed by a comma.
   */
  bytesAtMost = 0;

  get tooLarge(): boolean {
    return this.#values > MAX_VALUES;
  }

  copy(value: unknown): JsonValue | undefined {
    if (++this.#values > MAX_VALUES) return undefined;
    if (typeof value === 'string') {
      this.bytesAtMost += value.length * 6 + 3;
      return value;
    }
    if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      this.bytesAtMost += 26;
      return value;
    }
    const problem = this.#problemOf(value);
    if (problem !== undefined || typeof value !== 'object') {
      this.#report(problem ?? messages.notJson(typeof value));
      return undefined;
    }
    this.#ancestors.add(value);
    try {
      return this.#copyContainer(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#report(messages.notJson(`a value that cannot be read (${reason})`));
      return undefined;
    } finally {
      this.#ancestors.delete(value);
    }
  }

  #problemOf(value: unknown): string | undefined {
    const nonJson = describeNonJson(value);
    if (nonJson !== undefined) return messages.notJson(nonJson);
    if (typeof value !== 'object' || value === null) return undefined;
    if (this.#path.length >= MAX_JSON_DEPTH) return messages.tooDeep(MAX_JSON_DEPTH);
    if (this.#ancestors.has(value)) return messages.circular();
    return undefined;
  }

  #report(message: string): void {
    let pointer = '';
    for (const token of this.#path) pointer = appendPointer(pointer, token);
    this.problems.push({ pointer, message });
  }

  #copyContainer(value: object): JsonValue | undefined {
    if (Array.isArray(value)) return this.#copyArray(value as unknown[]);
    if (!isPlainObject(value)) {
      this.#report(messages.notJson(`an object of type ${constructorName(value)}`));
      return undefined;
    }
    const copy: JsonObject = {};
    this.bytesAtMost += 3;
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      this.bytesAtMost += key.length * 6 + 4;
      this.#path.push(key);
      const copied = this.copy(member);
      this.#path.pop();
      if (copied !== undefined) setMember(copy, key, copied);
    }
    return copy;
  }

  #copyArray(value: readonly unknown[]): JsonValue[] {
    const copy: JsonValue[] = [];
    this.bytesAtMost += 3;
    for (let index = 0; index < value.length; index++) {
      this.#path.push(index);
      copy.push(this.copy(value[index]) ?? null);
      this.#path.pop();
    }
    return copy;
  }
}

/**
 * Copies a definition object into plain JSON.
 * @param input - any value
 * @returns the copy (undefined when the root itself is not JSON or the input is too large) and
 *   the problems found, in document order
 */
export function copyDefinitionValue(input: unknown): DefinitionCopy {
  const copier = new DefinitionCopier();
  const value = copier.copy(input);
  const { bytesAtMost } = copier;
  if (copier.tooLarge) {
    return { value: undefined, problems: [{ pointer: '', message: messages.tooManyValues(MAX_VALUES) }], bytesAtMost };
  }
  return { value, problems: copier.problems, bytesAtMost };
}
