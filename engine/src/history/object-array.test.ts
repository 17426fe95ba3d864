import { describe, expect, it } from 'vitest';
import { emptyObjectArray } from './object-array.ts';

describe('emptyObjectArray', () => {
  it('is an ordinary, empty, growable array', () => {
    const array = emptyObjectArray<{ id: number }>();
    expect(Array.isArray(array)).toBe(true);
    expect(array).toHaveLength(0);
    expect(Object.keys(array)).toStrictEqual([]);
    expect(JSON.stringify(array)).toBe('[]');
    expect(structuredClone(array)).toStrictEqual([]);
    for (let id = 1; id <= 20_000; id++) array.push({ id });
    expect(array).toHaveLength(20_000);
    expect(array[0]).toStrictEqual({ id: 1 });
    expect(array.at(-1)).toStrictEqual({ id: 20_000 });
  });

  it('gives a new array each time', () => {
    const first = emptyObjectArray<object>();
    first.push({});
    expect(emptyObjectArray()).toHaveLength(0);
  });
});
