import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePayloadTemplate } from './compile-payload-template.ts';
import { payloadTemplateText } from './payload-template-text.ts';
import { resolvePayloadTemplate } from './resolve-payload-template.ts';
import type { JsonObject, JsonValue } from '../json.ts';
import type { Random } from '../random/random.ts';

const random: Random = { next: () => 0.5 };

/** The payload the template builds from `input`, and its text as payloadTemplateText writes it. */
function build(template: JsonObject, input: JsonValue): { payload: JsonValue; text: string } {
  const compiled = compilePayloadTemplate(template);
  const payload = resolvePayloadTemplate(compiled, {
    roots: { input, context: { Execution: { Id: 'e' } }, variables: () => undefined },
    random,
  });
  return { payload, text: payloadTemplateText(compiled, payload) };
}

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const codeUnitString = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 8,
});

const { value: jsonValue } = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.double(),
    fc.integer(),
    fc.constantFrom(-0, 1e21, 1e-7, 0.1, 2 ** 53),
    codeUnitString,
    fc.string({ maxLength: 80 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(codeUnitString, fc.constantFrom('0', '7', '__proto__')), tie('value'), {
      maxKeys: 3,
    }),
  ),
}));

/** Output names, including array indexes (listed first by JavaScript) and `__proto__`. */
const NAMES = ['a', 'b', '0', '10', '2', '__proto__', 'é', 'q"uote', '4294967295', '-1'];

/** A template field's value: a literal, or (under `name.$`) a Path into the input or `$$`. */
const field = fc.oneof(
  jsonValue.map((value) => ({ dynamic: false as const, value })),
  fc
    .constantFrom(
      '$',
      '$.x',
      '$.y',
      "$['__proto__']",
      '$$.Execution.Id',
      "States.Format('{}', $.x)",
    )
    .map((value) => ({ dynamic: true as const, value })),
);

const { template } = fc.letrec<{ template: JsonObject }>((tie) => ({
  template: fc
    .uniqueArray(
      fc.tuple(
        fc.constantFrom(...NAMES),
        fc.oneof(
          { depthSize: 'small' },
          field,
          tie('template').map((t) => ({ nested: t })),
        ),
      ),
      { selector: ([name]) => name, minLength: 1, maxLength: 5 },
    )
    .map((fields) => {
      const object: JsonObject = {};
      for (const [name, spec] of fields) {
        const key = 'dynamic' in spec && spec.dynamic ? `${name}.$` : name;
        const value = 'nested' in spec ? spec.nested : spec.value;
        Object.defineProperty(object, key, { value, enumerable: true, writable: true });
      }
      return object;
    }),
}));

describe('payloadTemplateText', () => {
  it('writes what JSON.stringify writes, keys in the object’s own order', () => {
    const input = { x: 'é"\n\ud800', y: [1, { z: null }], __proto__: 5 };
    Object.defineProperty(input, '__proto__', { value: { p: -0 }, enumerable: true });
    const cases: JsonObject[] = [
      { 'i.$': '$.y[0]' },
      { 'b.$': '$.x', '2': 'two', '10.$': '$.y', a: [1, { 'c.$': '$.x' }, 'd.$'] },
      { 'whole.$': '$', 'n.$': 'States.MathAdd(1, 2)', literal: { k: [true, false, null] } },
      { 'p.$': "$['__proto__']", '0.$': '$.x' },
    ];
    for (const template of cases) {
      const { payload, text } = build(template, input);
      expect(text).toBe(JSON.stringify(payload));
    }
  });

  it('writes what JSON.stringify writes for any template and input', () => {
    fc.assert(
      fc.property(template, jsonValue, jsonValue, (generated, x, y) => {
        const input: JsonObject = { x, y };
        Object.defineProperty(input, '__proto__', { value: y, enumerable: true });
        const { payload, text } = build(generated, input);
        expect(text).toBe(JSON.stringify(payload));
      }),
      { numRuns: 500 },
    );
  });
});
