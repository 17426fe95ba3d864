/**
 * The JSON text parser behind `parseJsonText` and `indexJsonText` (json-text.ts): recursive
 * descent, one character code at a time, with Jackson's error texts and nesting limit.
 */
import type { JsonObject, JsonValue } from '../json.ts';
import * as jackson from './jackson-messages.ts';
import { appendPointer } from './json-pointer.ts';
import { childOf, type PointerTrie } from './pointer-trie.ts';
import { setMember } from '../json.ts';
import { TextLines } from './text-lines.ts';

/** Jackson's default `StreamReadConstraints.maxNestingDepth`. */
export const MAX_JSON_DEPTH = 1000;

/** Where a value, and the key naming it when it is an object member, sit in the text. */
export interface JsonNodeRange {
  valueFrom: number;
  valueTo: number;
  keyFrom?: number;
  keyTo?: number;
}

/** A key that appears twice in one object: `pointer` names the member, `offset` its later key. */
export interface DuplicateKey {
  pointer: string;
  offset: number;
}

/** Thrown inside the parser only; `parseJsonText` turns it into a `JsonSyntaxError`. */
export class SyntaxFailure extends Error {
  readonly offset: number;
  readonly end: number;

  /**
   * @param message - the Jackson-style description, without location
   * @param offset - start of the offending token
   * @param end - where Jackson would report the error (just after the token)
   */
  constructor(message: string, offset: number, end: number) {
    super(message);
    this.name = 'SyntaxFailure';
    this.offset = offset;
    this.end = end;
  }
}

/** What to record while parsing: the ranges of the wanted pointers. */
export interface Recording {
  wanted: PointerTrie;
  found: Map<string, JsonNodeRange>;
}

interface Container {
  kind: 'Object' | 'Array';
  start: number;
}

const QUOTE = 34;
/** A string chunk that holds an escape or a control character needs the careful scan. */
// eslint-disable-next-line no-control-regex -- these are the characters RFC 8259 forbids unescaped in strings
const NEEDS_SCAN = /[\\\u0000-\u001f]/;
const BACKSLASH = 92;
const SIMPLE_ESCAPES: Readonly<Record<number, string>> = {
  34: '"',
  92: '\\',
  47: '/',
  98: '\b',
  102: '\f',
  110: '\n',
  114: '\r',
  116: '\t',
};

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isTokenChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || isDigit(code) || code === 95 || code === 36;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** Parses one JSON text; `parseDocument` throws `SyntaxFailure` for a text that is not JSON. */
export class JsonTextParser {
  #pos = 0;
  #depth = 0;
  readonly #keys: string[] = [];
  readonly duplicateKeys: DuplicateKey[] = [];
  readonly #text: string;
  readonly #recording: Recording | undefined;
  /** The trie nodes of the values being parsed, when recording ranges. */
  readonly #trail: (PointerTrie | undefined)[] = [];

  constructor(text: string, recording: Recording | undefined) {
    this.#text = text;
    this.#recording = recording;
  }

  parseDocument(): JsonValue {
    if (this.#text.charCodeAt(0) === 0xfeff) this.#pos = 1;
    const value = this.#parseValue(undefined, undefined, this.#recording?.wanted);
    this.#skipWhitespace();
    if (this.#pos < this.#text.length) {
      throw new SyntaxFailure(jackson.trailingContent(this.#code()), this.#pos, this.#pos + 1);
    }
    return value;
  }

  #code(): number {
    return this.#text.charCodeAt(this.#pos);
  }

  #skipWhitespace(): void {
    for (;;) {
      const code = this.#text.charCodeAt(this.#pos);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return;
      this.#pos++;
    }
  }

  #failEnd(container: Container | undefined): never {
    const end = this.#text.length;
    if (container === undefined) throw new SyntaxFailure(jackson.endExpectingValue(), end, end);
    const lines = new TextLines(this.#text);
    const start = lines.at(container.start);
    const startLocation = jackson.describeLocation(this.#text, start.line, start.column);
    throw new SyntaxFailure(jackson.endInContainer(container.kind, startLocation), end, end);
  }

  #unexpected(expectation: string): never {
    throw new SyntaxFailure(jackson.unexpectedCharacter(this.#code(), expectation), this.#pos, this.#pos + 1);
  }

  #parseValue(
    container: Container | undefined,
    key: readonly [number, number] | undefined,
    node: PointerTrie | undefined,
  ): JsonValue {
    this.#skipWhitespace();
    if (this.#pos >= this.#text.length) this.#failEnd(container);
    if (this.#recording === undefined) return this.#parseValueAt(this.#code());
    const from = this.#pos;
    this.#trail.push(node);
    const value = this.#parseValueAt(this.#code());
    this.#trail.pop();
    if (node?.wanted === true) this.#record(node.pointer, from, key);
    return value;
  }

  /** The trie node of a member or element of the value being parsed. */
  #childNode(token: string): PointerTrie | undefined {
    return this.#recording === undefined ? undefined : childOf(this.#trail[this.#trail.length - 1], token);
  }

  #parseValueAt(code: number): JsonValue {
    if (code === 123) return this.#parseObject();
    if (code === 91) return this.#parseArray();
    if (code === QUOTE) return this.#parseString();
    if (code === 45 || isDigit(code)) return this.#parseNumber();
    if (isTokenChar(code)) return this.#parseLiteral();
    return this.#unexpected(`expected a valid value ${jackson.EXPECTED_VALUE}`);
  }

  #currentPointer(): string {
    let pointer = '';
    for (const key of this.#keys) pointer = appendPointer(pointer, key);
    return pointer;
  }

  #record(pointer: string, from: number, key: readonly [number, number] | undefined): void {
    const range: JsonNodeRange = { valueFrom: from, valueTo: this.#pos };
    if (key !== undefined) {
      range.keyFrom = key[0];
      range.keyTo = key[1];
    }
    this.#recording?.found.set(pointer, range);
  }

  #enter(): void {
    this.#depth++;
    if (this.#depth > MAX_JSON_DEPTH) {
      throw new SyntaxFailure(jackson.tooDeep(this.#depth, MAX_JSON_DEPTH), this.#pos, this.#pos + 1);
    }
  }

  #parseObject(): JsonObject {
    const object: JsonObject = {};
    this.#parseItems('Object', 125, (container) => {
      this.#parseMember(object, container);
    });
    return object;
  }

  #parseArray(): JsonValue[] {
    const array: JsonValue[] = [];
    this.#parseItems('Array', 93, (container) => {
      const index = String(array.length);
      this.#keys.push(index);
      array.push(this.#parseValue(container, undefined, this.#childNode(index)));
      this.#keys.pop();
    });
    return array;
  }

  /** Parses `{…}` or `[…]` from its opening character: items separated by commas up to `close`. */
  #parseItems(kind: Container['kind'], close: number, parseItem: (container: Container) => void): void {
    const container: Container = { kind, start: this.#pos };
    this.#enter();
    this.#pos++;
    this.#skipWhitespace();
    if (this.#code() === close) {
      this.#pos++;
      this.#depth--;
      return;
    }
    for (;;) {
      parseItem(container);
      this.#skipWhitespace();
      if (this.#pos >= this.#text.length) this.#failEnd(container);
      const code = this.#code();
      if (code === close) break;
      if (code !== 44) this.#unexpected(`was expecting comma to separate ${kind} entries`);
      this.#pos++;
    }
    this.#pos++;
    this.#depth--;
  }

  #parseMember(object: JsonObject, container: Container): void {
    this.#skipWhitespace();
    if (this.#pos >= this.#text.length) this.#failEnd(container);
    if (this.#code() !== QUOTE) this.#unexpected('was expecting double-quote to start field name');
    const keyFrom = this.#pos;
    const key = this.#parseString();
    const keyRange = [keyFrom, this.#pos] as const;
    this.#skipWhitespace();
    if (this.#pos >= this.#text.length) this.#failEnd(container);
    if (this.#code() !== 58) this.#unexpected('was expecting a colon to separate field name and value');
    this.#pos++;
    this.#keys.push(key);
    const value = this.#parseValue(container, keyRange, this.#childNode(key));
    if (Object.hasOwn(object, key)) this.duplicateKeys.push({ pointer: this.#currentPointer(), offset: keyFrom });
    this.#keys.pop();
    setMember(object, key, value);
  }

  #parseString(): string {
    this.#pos++;
    // Fast path: most strings hold no escape and no control character up to their closing quote.
    const close = this.#text.indexOf('"', this.#pos);
    if (close !== -1) {
      const plain = this.#text.slice(this.#pos, close);
      if (!NEEDS_SCAN.test(plain)) {
        this.#pos = close + 1;
        return plain;
      }
    }
    let result = '';
    let chunkStart = this.#pos;
    for (;;) {
      if (this.#pos >= this.#text.length) throw new SyntaxFailure(jackson.endInString(), this.#pos, this.#pos);
      const code = this.#code();
      if (code === QUOTE) break;
      if (code === BACKSLASH) {
        result += this.#text.slice(chunkStart, this.#pos) + this.#parseEscape();
        chunkStart = this.#pos;
      } else if (code < 32) {
        throw new SyntaxFailure(jackson.unescapedControl(code), this.#pos, this.#pos + 1);
      } else this.#pos++;
    }
    result += this.#text.slice(chunkStart, this.#pos);
    this.#pos++;
    return result;
  }

  #parseEscape(): string {
    this.#pos++;
    if (this.#pos >= this.#text.length) throw new SyntaxFailure(jackson.endInString(), this.#pos, this.#pos);
    const code = this.#code();
    const simple = SIMPLE_ESCAPES[code];
    if (simple !== undefined) {
      this.#pos++;
      return simple;
    }
    if (code !== 117) throw new SyntaxFailure(jackson.badEscape(code), this.#pos, this.#pos + 1);
    this.#pos++;
    for (let i = 0; i < 4; i++) {
      if (this.#pos + i >= this.#text.length) throw new SyntaxFailure(jackson.endInString(), this.#pos + i, this.#pos + i);
      const digit = this.#text.charCodeAt(this.#pos + i);
      if (!isHexDigit(digit)) throw new SyntaxFailure(jackson.badUnicodeEscape(digit), this.#pos + i, this.#pos + i + 1);
    }
    const unit = Number.parseInt(this.#text.slice(this.#pos, this.#pos + 4), 16);
    this.#pos += 4;
    return String.fromCharCode(unit);
  }

  #parseNumber(): number {
    const from = this.#pos;
    if (this.#code() === 45) this.#pos++;
    this.#expectDigit('expected digit (0-9) to follow minus sign, for valid numeric value');
    if (this.#code() === 48 && isDigit(this.#text.charCodeAt(this.#pos + 1))) {
      throw new SyntaxFailure(jackson.leadingZeroes(), this.#pos, this.#pos + 2);
    }
    this.#skipDigits();
    if (this.#code() === 46) {
      this.#pos++;
      this.#expectDigit('Decimal point not followed by a digit');
      this.#skipDigits();
    }
    if (this.#code() === 101 || this.#code() === 69) {
      this.#pos++;
      if (this.#code() === 43 || this.#code() === 45) this.#pos++;
      this.#expectDigit('Exponent indicator not followed by a digit');
      this.#skipDigits();
    }
    return Number(this.#text.slice(from, this.#pos));
  }

  #expectDigit(expectation: string): void {
    if (this.#pos >= this.#text.length) {
      throw new SyntaxFailure('Unexpected end-of-input in a Number value', this.#pos, this.#pos);
    }
    const code = this.#code();
    if (!isDigit(code)) throw new SyntaxFailure(jackson.unexpectedInNumber(code, expectation), this.#pos, this.#pos + 1);
  }

  #skipDigits(): void {
    while (isDigit(this.#code())) this.#pos++;
  }

  #parseLiteral(): JsonValue {
    const from = this.#pos;
    while (this.#pos < this.#text.length && isTokenChar(this.#code())) this.#pos++;
    const token = this.#text.slice(from, this.#pos);
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    throw new SyntaxFailure(jackson.unrecognizedToken(token), from, this.#pos);
  }
}
