/**
 * Laws of States.JsonMerge and States.Array (R-INTR-14, R-INTR-24), evaluated in a Pass state's
 * Parameters on random data: a shallow merge keeps every member of both objects, the second
 * object's value winning wholesale on a shared name; States.Array gives its arguments back in
 * order, whatever their JSON type, and none gives `[]`.
 */
import type { JsonObject, JsonValue } from '@aslkit/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateParameters } from './evaluate-parameters.ts';
import { PROPERTY_TIMEOUT_MS, propertyParameters } from './fc-config.ts';
import { jsonObject, jsonValue } from './json-arbitraries.ts';
import { useJsonEquality } from './json-equality.ts';

useJsonEquality();

/** The model of a shallow merge: the first object's members, then the second's over them. */
function shallowMerge(first: JsonObject, second: JsonObject): JsonObject {
  const kept = Object.entries(first).filter(([name]) => !Object.hasOwn(second, name));
  return Object.fromEntries<JsonValue>([...kept, ...Object.entries(second)]);
}

/** Two objects that share some member names (with different values) and not others. */
const twoObjects = jsonObject(2).chain((first) =>
  fc
    .record({
      shared: fc.subarray(Object.keys(first)),
      values: fc.array(jsonValue(2), { minLength: Object.keys(first).length }),
      extra: jsonObject(2),
    })
    .map(({ shared, values, extra }) => {
      const overrides = shared.map((name, index): [string, JsonValue] => [
        name,
        values[index] ?? null,
      ]);
      return {
        first,
        second: Object.fromEntries<JsonValue>([...Object.entries(extra), ...overrides]),
      };
    }),
);

describe('States.JsonMerge (R-INTR-24)', () => {
  it(
    'keeps the members of both objects, the second one winning wholesale on a shared name (shallow mode)',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      await fc.assert(
        fc.asyncProperty(twoObjects, async ({ first, second }) => {
          const output = await evaluateParameters(
            { 'merged.$': 'States.JsonMerge($.first, $.second, false)' },
            { first, second },
          );
          expect(output).toStrictEqual({ merged: shallowMerge(first, second) });
        }),
        propertyParameters(150),
      );
    },
  );
});

describe('States.Array (R-INTR-14)', () => {
  it(
    'gives its arguments back in order, of any JSON type, and [] without arguments',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(jsonValue(2), { maxLength: 8 }), async (values) => {
          const args = values.map((_, index) => `$.values[${index}]`).join(', ');
          const output = await evaluateParameters(
            {
              'array.$': `States.Array(${args})`,
              'length.$': `States.ArrayLength(States.Array(${args}))`,
            },
            { values },
          );
          expect(output).toStrictEqual({ array: values, length: values.length });
        }),
        propertyParameters(150),
      );
    },
  );
});
