import { describe, expect, it } from 'vitest';
import { newStepRecord } from './step-record.ts';

describe('newStepRecord', () => {
  const entered = () => newStepRecord('A', 'Pass', 2, '2024-01-01T00:00:00.000Z', [], { i: 1 });
  const literal = {
    stateName: 'A',
    stateType: 'Pass',
    enteredEventId: 2,
    enteredTime: '2024-01-01T00:00:00.000Z',
    location: [],
    input: { i: 1 },
    retries: [],
    status: 'RUNNING',
  };

  it('makes a plain object, equal to the literal with the same fields in the same order', () => {
    const record = entered();
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(record.constructor).toBe(Object);
    expect(record).toStrictEqual(literal);
    expect(Object.keys(record)).toStrictEqual(Object.keys(literal));
  });

  it('serializes and clones like a literal once the stages are filled in', () => {
    const record = entered();
    const filled = { ...literal } as Record<string, unknown>;
    for (const [key, value] of Object.entries({
      afterInputPath: { i: 1 },
      afterParameters: { i: 2 },
      result: { i: 2 },
      afterResultSelector: { i: 2 },
      afterResultPath: { i: 2 },
      output: { i: 2 },
      exitedEventId: 3,
      status: 'SUCCEEDED',
      nextState: 'B',
    })) {
      (record as unknown as Record<string, unknown>)[key] = value;
      filled[key] = value;
    }
    expect(JSON.stringify(record)).toBe(JSON.stringify(filled));
    expect(structuredClone(record)).toStrictEqual(filled);
    expect(record).toStrictEqual(filled);
  });

  it('gives every record its own fields', () => {
    const first = entered();
    const second = entered();
    first.status = 'FAILED';
    expect(second.status).toBe('RUNNING');
    expect(second.retries).toStrictEqual([]);
  });
});
