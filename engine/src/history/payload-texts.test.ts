import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../json.ts';
import { PayloadTexts } from './payload-texts.ts';

describe('PayloadTexts', () => {
  it('stringifies a value once and serves the same text for the same value', () => {
    const texts = new PayloadTexts();
    const value = { a: [1, 'two'] };
    const first = texts.textOf(value);
    expect(first).toBe('{"a":[1,"two"]}');
    expect(texts.textOf(value)).toBe(first);
    expect(texts.textOf({ a: [1, 'two'] })).toBe('{"a":[1,"two"]}');
    expect(texts.textOf(null)).toBe('null');
    expect(texts.textOf(0)).toBe('0');
    expect(texts.textOf('')).toBe('""');
  });

  it('builds a noted value’s text only when it is asked for, once', () => {
    const texts = new PayloadTexts();
    const built: JsonValue[] = [];
    const build = (prefix: string, value: JsonValue): string => {
      built.push(value);
      return `${prefix}${JSON.stringify(value)}`;
    };
    const value = { b: 2 };
    texts.note(value, build, '');
    expect(built).toStrictEqual([]);
    expect(texts.textOf(value)).toBe('{"b":2}');
    expect(texts.textOf(value)).toBe('{"b":2}');
    expect(built).toStrictEqual([value]);
    texts.note({ c: 3 }, build, '');
    expect(texts.textOf({ d: 4 })).toBe('{"d":4}');
    expect(built).toHaveLength(1);
  });

  it('stringifies again after forget(), so a value changed meanwhile gets its new text', () => {
    const texts = new PayloadTexts();
    const value: JsonObject = { n: 1 };
    expect(texts.textOf(value)).toBe('{"n":1}');
    value['n'] = 2;
    texts.forget();
    expect(texts.textOf(value)).toBe('{"n":2}');
    texts.note(value, () => 'never built', undefined);
    texts.forget();
    expect(texts.textOf(value)).toBe('{"n":2}');
  });
});
