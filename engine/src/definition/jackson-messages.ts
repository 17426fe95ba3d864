/**
 * JSON syntax-error texts in the words of Jackson, the Java parser behind AWS Step Functions, so
 * that `INVALID_JSON_DESCRIPTION` reads as AWS's does (V-02, LS:test_validate_state_machine_
 * definition_not_a_definition):
 * `Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null',
 * 'true' or 'false')\n at [Source: (String)"not a definition"; line: 1, column: 4]`.
 */

/** Jackson quotes at most this many characters of the source in its location text. */
const SNIPPET_LIMIT = 500;

/** What Jackson says it expected when it finds a token that is not a value. */
export const EXPECTED_VALUE = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

/**
 * Describes a character as Jackson does in "Unexpected character" messages.
 * @param code - the UTF-16 code unit (or code point) found
 * @returns e.g. `'x' (code 120)`, `(CTRL-CHAR, code 10)`, `'ж' (code 1078 / 0x436)`
 */
export function describeCharacter(code: number): string {
  if (code < 32) return `(CTRL-CHAR, code ${code})`;
  const char = String.fromCodePoint(code);
  if (code > 255) return `'${char}' (code ${code} / 0x${code.toString(16)})`;
  return `'${char}' (code ${code})`;
}

/**
 * Jackson's `[Source: …; line: L, column: C]` location text.
 * @param source - the whole JSON text
 * @param line - 1-based line
 * @param column - 1-based column, as Jackson counts it (just after the offending token)
 * @returns the location text
 */
export function describeLocation(source: string, line: number, column: number): string {
  const snippet =
    source.length > SNIPPET_LIMIT
      ? `"${source.slice(0, SNIPPET_LIMIT)}"[truncated ${source.length - SNIPPET_LIMIT} chars]`
      : `"${source}"`;
  return `[Source: (String)${snippet}; line: ${line}, column: ${column}]`;
}

// The syntax-error messages the tokenizer raises, without their location suffix.
export const unrecognizedToken = (token: string): string => `Unrecognized token '${token}': was expecting ${EXPECTED_VALUE}`;
export const unexpectedCharacter = (code: number, expectation: string): string =>
  `Unexpected character (${describeCharacter(code)}): ${expectation}`;
export const unexpectedInNumber = (code: number, expectation: string): string =>
  `Unexpected character (${describeCharacter(code)}) in numeric value: ${expectation}`;
export const leadingZeroes = (): string => 'Invalid numeric value: Leading zeroes not allowed';
export const endInString = (): string => 'Unexpected end-of-input: was expecting closing quote for a string value';
export const endInContainer = (kind: 'Object' | 'Array', startLocation: string): string =>
  `Unexpected end-of-input: expected close marker for ${kind} (start marker at ${startLocation})`;
export const endExpectingValue = (): string => `Unexpected end-of-input: expected a value ${EXPECTED_VALUE}`;
export const unescapedControl = (code: number): string =>
  `Illegal unquoted character (${describeCharacter(code)}): has to be escaped using backslash to be included in string value`;
export const badEscape = (code: number): string => `Unrecognized character escape ${describeCharacter(code)}`;
export const badUnicodeEscape = (code: number): string =>
  `Unexpected character (${describeCharacter(code)}): expected a hex-digit for character escape sequence`;
export const tooDeep = (depth: number, limit: number): string =>
  `Document nesting depth (${depth}) exceeds the maximum allowed (${limit}, from \`StreamReadConstraints.getMaxNestingDepth()\`)`;
export const trailingContent = (code: number): string =>
  `Unexpected character (${describeCharacter(code)}): expected end-of-input after the JSON value`;
