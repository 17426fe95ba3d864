/**
 * JSON values as the Amazon States Language sees them: every piece of data that flows between
 * states is one of these (R-EXEC-02). Pure helpers only.
 */

/** A JSON scalar. */
export type JsonPrimitive = string | number | boolean | null;
/** A JSON object. Keys are unordered for comparison, but their order is kept for output. */
export interface JsonObject {
  [key: string]: JsonValue;
}
/** A JSON array. */
export type JsonArray = JsonValue[];
/** Any JSON value. */
export type JsonValue = JsonPrimitive | JsonArray | JsonObject;

/** The name of a JSON value's type, as AWS's error messages spell it. */
export type JsonTypeName = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/**
 * Tells whether a value is a plain JSON object (not an array, not null).
 * @param value - any value
 * @returns true for `{...}`
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an own property of a JSON object, never one inherited from Object.prototype.
 * @param object - the object to read
 * @param key - the property name
 * @returns the value, or undefined when the object has no such own property
 */
export function getOwn(object: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * Tells whether a JSON object has an own property.
 * @param object - the object
 * @param key - the property name
 * @returns true when the key is present (even with a null value)
 */
export function hasOwnKey(object: JsonObject, key: string): boolean {
  return Object.hasOwn(object, key);
}

/**
 * Names the JSON type of a value.
 * @param value - a JSON value
 * @returns its type name
 */
export function jsonTypeOf(value: JsonValue): JsonTypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as 'object' | 'string' | 'number' | 'boolean';
}

/**
 * Structural equality of two JSON values: object key order is ignored, array order is not,
 * numbers compare by value.
 * @param a - first value
 * @param b - second value
 * @returns true when equal
 */
export function deepEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => deepEqual(item, b[index] as JsonValue));
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) => Object.hasOwn(b, key) && deepEqual(a[key] as JsonValue, b[key] as JsonValue),
  );
}

/**
 * Sets a member of an object being built (a JSON object, or a record keyed by state or variable
 * names), as JSON.parse does: as an own, enumerable property,
 * even for the key `__proto__`, which a plain assignment would turn into a prototype change (and
 * so lose the member).
 * @param object - the object
 * @param key - the member name
 * @param value - the member value
 */
export function setMember<T>(object: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    object[key] = value;
  }
}

/**
 * Copies a JSON value deeply, so the copy can be changed without touching the original.
 * @param value - the value to copy
 * @returns an independent copy
 */
export function cloneJson<T extends JsonValue>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => cloneJson(item)) as T;
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) setMember(copy, key, cloneJson(value[key] as JsonValue));
  return copy as T;
}

/**
 * Serialises a JSON value compactly, the way AWS writes payloads into history events and causes
 * (no spaces; key order kept).
 * @param value - the value
 * @returns its JSON text
 */
export function stringifyJson(value: JsonValue): string {
  // Scalars without JSON.stringify, whose fixed cost (about a microsecond) is most of the work
  // for a number or a short string; the texts are the ones it gives.
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? `${value}` : 'null';
    case 'string':
      return quoteJsonString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return JSON.stringify(value);
  }
}

/** Longer strings go to JSON.stringify, which scans them faster than a loop here. */
const QUOTE_SCAN_LIMIT = 64;

/**
 * A string as a JSON string literal, as JSON.stringify writes it: quoted as is unless it holds
 * a character JSON.stringify escapes (`"`, `\`, a control character) or any surrogate (a lone one
 * is escaped), in which case JSON.stringify writes it.
 */
function quoteJsonString(text: string): string {
  if (text.length > QUOTE_SCAN_LIMIT) return JSON.stringify(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff))
      return JSON.stringify(text);
  }
  return `"${text}"`;
}

/**
 * Counts the UTF-8 bytes of a string, which is how AWS measures payload sizes (R-LIM-01).
 * @param text - the string
 * @returns its length in UTF-8 bytes
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Tells whether a string takes more than `maxBytes` in UTF-8 (R-LIM-01), counting only when the
 * answer is not already known from its length: a UTF-16 code unit takes 1 to 3 bytes (a surrogate
 * pair, two units, takes 4), so a text of at most `maxBytes / 3` units always fits and one of more
 * than `maxBytes` units never does.
 * @param text - the string
 * @param maxBytes - the limit
 * @returns true when its UTF-8 length is over the limit
 */
export function exceedsUtf8Bytes(text: string, maxBytes: number): boolean {
  if (text.length * 3 <= maxBytes) return false;
  if (text.length > maxBytes) return true;
  return utf8ByteLength(text) > maxBytes;
}

/**
 * Converts an arbitrary JavaScript value (for example a task handler's return value) into a JSON
 * value, the way JSON.stringify would see it: undefined properties vanish, Dates become strings.
 * @param value - any value
 * @returns the JSON value, or undefined when the value has no JSON form (a function, undefined,
 *   a circular structure, a BigInt)
 */
export function toJsonValue(value: unknown): JsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') return undefined;
  try {
    const text = JSON.stringify(value);
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}
