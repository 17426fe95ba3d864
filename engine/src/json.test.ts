import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cloneJson,
  exceedsUtf8Bytes,
  setMember,
  stringifyJson,
  utf8ByteLength,
  type JsonObject,
  type JsonValue,
} from './json.ts';

describe('members named __proto__ (R-EXEC-02: all data is JSON)', () => {
  it('setMember adds an own member instead of changing the prototype', () => {
    const object: JsonObject = {};
    setMember(object, '__proto__', { a: 1 });
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toStrictEqual(['__proto__']);
    expect(JSON.stringify(object)).toBe('{"__proto__":{"a":1}}');
  });

  it('cloneJson keeps a __proto__ member, at any depth', () => {
    const original = JSON.parse(
      '{"__proto__":1,"nested":{"__proto__":{"x":2}},"a":3}',
    ) as JsonObject;
    const copy = cloneJson(original);
    expect(JSON.stringify(copy)).toBe('{"__proto__":1,"nested":{"__proto__":{"x":2}},"a":3}');
    expect(copy).not.toBe(original);
  });
});

describe('exceedsUtf8Bytes (R-LIM-01: sizes are UTF-8 bytes)', () => {
  it('answers as utf8ByteLength would, at the limit and around it', () => {
    const texts = ['', 'abc', 'é', '€€', '😀', 'a😀é€', '\ud800', 'x'.repeat(30), '€'.repeat(10)];
    for (const text of texts)
      for (let max = 0; max <= 40; max++)
        expect([text, max, exceedsUtf8Bytes(text, max)]).toStrictEqual([
          text,
          max,
          utf8ByteLength(text) > max,
        ]);
  });

  it('decides from the length alone when it can: every code unit takes 1 to 3 bytes', () => {
    expect(exceedsUtf8Bytes('€'.repeat(10), 30)).toBe(false);
    expect(exceedsUtf8Bytes('€'.repeat(10), 29)).toBe(true);
    expect(exceedsUtf8Bytes('a'.repeat(31), 30)).toBe(true);
  });
});

describe('stringifyJson', () => {
  /** Any UTF-16 code unit: quotes, backslashes, control characters, lone surrogates… */
  const codeUnits = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    maxLength: 90,
  });

  it('writes scalars as JSON.stringify does (its own fast paths)', () => {
    const scalars: JsonValue[] = [0, -0, 1e21, 1e-7, -1.5, 2 ** 53, 0.1 + 0.2, true, false, null];
    scalars.push(
      '',
      'plain',
      'é€😀',
      '"',
      '\\',
      '\n',
      '\u2028',
      '\ud800',
      '\udc00x',
      'x'.repeat(65),
    );
    for (const value of scalars) expect(stringifyJson(value)).toBe(JSON.stringify(value));
    expect(stringifyJson(Number.NaN)).toBe('null');
    expect(stringifyJson(Number.POSITIVE_INFINITY)).toBe('null');
    fc.assert(
      fc.property(fc.oneof(codeUnits, fc.double(), fc.jsonValue()), (value) => {
        expect(stringifyJson(value as JsonValue)).toBe(JSON.stringify(value));
      }),
    );
  });
});
