import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json.ts';
import { jsonataEngine } from '../query/jsonata.ts';
import { installJsonataDefinitionCheck } from './jsonata-check-registry.ts';
import { jsonataExpressionCheck } from './jsonata-expression-check.ts';
import { validateDefinition } from './validate-definition.ts';

// JSONata expressions are checked with the evaluator, as the main entry `@aslkit/engine` installs it.
installJsonataDefinitionCheck(jsonataExpressionCheck(jsonataEngine));

const HELLO = {
  Comment: 'A simple minimal example of the States language',
  StartAt: 'Hello World',
  States: { 'Hello World': { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:HelloWorld', End: true } },
};

/** Every state type in both query languages, with the spec's examples. */
const EVERYTHING = {
  QueryLanguage: 'JSONPath',
  TimeoutSeconds: 3600,
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Result: { 'x-datum': 0.381018 }, ResultPath: '$.coords', Assign: { count: 0 }, Next: 'Call' },
    Call: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'f', 'Payload.$': "States.JsonMerge($, States.StringToJson('{\"a\": 1}'), false)" },
      ResultSelector: { 'body.$': '$.Payload' },
      ResultPath: '$.result',
      TimeoutSeconds: 300,
      HeartbeatSeconds: 60,
      Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2, JitterStrategy: 'FULL' }],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
      Next: 'Route',
    },
    Route: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.result.body.kind', StringEquals: 'fan-out', Next: 'Fan' },
        { And: [{ Variable: '$.n', IsNumeric: true }, { Variable: '$.n', NumericGreaterThan: 3 }], Next: 'Later' },
      ],
      Default: 'Each',
    },
    Later: { Type: 'Wait', Timestamp: '2016-03-14T01:59:00Z', Next: 'Each' },
    Fan: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Add', States: { Add: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:Add', End: true } } },
        {
          StartAt: 'Modern',
          States: { Modern: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input %}', End: true } },
        },
      ],
      Next: 'Each',
    },
    Each: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemSelector: { 'value.$': '$$.Map.Item.Value' },
      MaxConcurrency: 2,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'Check',
        States: { Check: { Type: 'Wait', Seconds: 1, Next: 'Done' }, Done: { Type: 'Succeed' } },
      },
      ResultPath: null,
      End: true,
    },
    Failed: { Type: 'Fail', ErrorPath: '$.error.Error', CausePath: "States.Format('failed: {}', $.error.Cause)" },
  },
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

const schema = (path: string, message: string) => ({ code: 'SCHEMA_VALIDATION_FAILED', path, message, severity: 'ERROR' });

describe('validateDefinition', () => {
  describe('accepts valid definitions', () => {
    it('returns a private deep copy of an object definition and leaves the argument alone', () => {
      const input = deepFreeze(structuredClone(EVERYTHING));
      const result = validateDefinition(input);
      expect(result).toStrictEqual({ ok: true, definition: EVERYTHING });
      if (!result.ok) return;
      expect(result.definition).not.toBe(input);
      expect(result.definition.States).not.toBe(input.States);
    });

    it('parses a definition given as JSON text', () => {
      expect(validateDefinition(JSON.stringify(HELLO, null, 2))).toStrictEqual({ ok: true, definition: HELLO });
    });

    it('accepts a JSONata machine', () => {
      const definition = {
        QueryLanguage: 'JSONata',
        StartAt: 'Go',
        States: {
          Go: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Arguments: { FunctionName: 'f', Payload: '{% $states.input %}' },
            Output: '{% $states.result.Payload %}',
            Assign: { last: '{% $states.result %}' },
            TimeoutSeconds: '{% $timeout %}',
            Next: 'Pick',
          },
          Pick: {
            Type: 'Choice',
            Choices: [{ Condition: '{% $states.input.ok %}', Next: 'Done', Output: { ok: true } }],
            Default: 'Done',
          },
          Done: { Type: 'Succeed', Output: '{% $last %}' },
        },
      };
      expect(validateDefinition(definition)).toStrictEqual({ ok: true, definition });
    });
  });

  describe('V-01: refuses what is not a JSON object, with AWS text', () => {
    it.each([
      ['null', null],
      ['a number', 42],
      ['an array', []],
      ['a boolean', true],
      ['a blank text', ' \n\t'],
      ['an empty text', ''],
    ])('%s', (_name, definition) => {
      expect(validateDefinition(definition)).toStrictEqual({ ok: false, diagnostics: [schema('', 'Definition must be a valid JSON object')] });
    });

    it('a JSON text holding an array, located at its start', () => {
      expect(validateDefinition('  [1]')).toStrictEqual({
        ok: false,
        diagnostics: [{ ...schema('', 'Definition must be a valid JSON object'), line: 1, column: 3 }],
      });
    });

    it('undefined and functions, as values JSON cannot hold', () => {
      expect(validateDefinition(undefined)).toStrictEqual({ ok: false, diagnostics: [schema('', 'Expected a JSON value but found undefined')] });
      expect(validateDefinition(() => HELLO)).toStrictEqual({ ok: false, diagnostics: [schema('', 'Expected a JSON value but found a function')] });
    });
  });

  it('reads only JSON white space as a blank definition', () => {
    const result = validateDefinition('\u00a0');
    expect(!result.ok && result.diagnostics.map(({ code }) => code)).toStrictEqual(['INVALID_JSON_DESCRIPTION']);
  });

  it('V-02: refuses a text that is not JSON, with Jackson text, line and column', () => {
    expect(validateDefinition('not a definition')).toStrictEqual({
      ok: false,
      diagnostics: [
        {
          code: 'INVALID_JSON_DESCRIPTION',
          path: '',
          message:
            "Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: (String)\"not a definition\"; line: 1, column: 4]",
          severity: 'ERROR',
          line: 1,
          column: 1,
        },
      ],
    });
  });

  it('V-03: refuses {} with AWS text', () => {
    expect(validateDefinition('{}')).toStrictEqual({
      ok: false,
      diagnostics: [{ ...schema('', 'These fields are required: [States, StartAt]'), line: 1, column: 1 }],
    });
  });

  it('collects every problem, listed from the top of the document down', () => {
    const definition = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'B', TimeoutSeconds: 3 },
        C: { Type: 'Foo' },
      },
    };
    expect(validateDefinition(definition)).toStrictEqual({
      ok: false,
      diagnostics: [
        { code: 'MISSING_END_STATE', path: '', message: 'Workflow has no terminal state', severity: 'ERROR' },
        schema('/States/A', "Field 'TimeoutSeconds' is not supported"),
        { code: 'MISSING_TRANSITION_TARGET', path: '/States/A/Next', message: "Missing 'Next' target: B", severity: 'ERROR' },
        { code: 'MISSING_TRANSITION_TARGET', path: '/States/C', message: 'State "C" is not reachable.', severity: 'ERROR' },
        schema('/States/C/Type', "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]"),
      ],
    });
  });

  it('locates each diagnostic of a text: a value at its start, an object or array at its key', () => {
    const text = [
      '{',
      '  "StartAt": "A",',
      '  "States": {',
      '    "A": {',
      '      "Type": "Task",',
      '      "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",',
      '      "Parameters": { "a.$": "nope" },',
      '      "Next": "P"',
      '    },',
      '    "P": { "Type": "Parallel", "Branches": [], "End": true }',
      '  }',
      '}',
    ].join('\n');
    expect(validateDefinition(text, { type: 'EXPRESS' })).toStrictEqual({
      ok: false,
      diagnostics: [
        {
          ...schema('/States/A/Resource', "Express state machine does not support '.waitForTaskToken' service integration "),
          line: 6,
          column: 19,
        },
        {
          ...schema('/States/A/Parameters', "The value for the field 'a.$' must be a valid JSONPath or a valid intrinsic function call"),
          line: 7,
          column: 7,
        },
        { ...schema('/States/P/Branches', 'Value cannot be empty'), line: 10, column: 32 },
      ],
    });
  });

  it('V-27: reports a state name repeated in the text at its later occurrence', () => {
    const text = '{"StartAt": "A", "States": {\n"A": {"Type": "Succeed"},\n"A": {"Type": "Succeed"}}}';
    expect(validateDefinition(text)).toStrictEqual({
      ok: false,
      diagnostics: [{ code: 'DUPLICATE_STATE_NAME', path: '/States/A', message: 'Duplicate State name: A', severity: 'ERROR', line: 3, column: 1 }],
    });
  });

  it('V-42: measures the text as received, white space included', () => {
    const text = JSON.stringify(HELLO).replace('{', `{${' '.repeat(1_048_576)}`);
    expect(validateDefinition(text)).toStrictEqual({
      ok: false,
      diagnostics: [
        {
          ...schema('', `The definition is ${text.length} bytes; the maximum definition size is 1048576 bytes (1 MB)`),
          line: 1,
          column: 1,
        },
      ],
    });
  });

  it('reports values JSON cannot hold next to the other problems', () => {
    const definition = { StartAt: 'A', States: { A: { Type: 'Pass', Result: Symbol('x'), Next: 'Z' } } };
    expect(validateDefinition(definition)).toStrictEqual({
      ok: false,
      diagnostics: [
        { code: 'MISSING_END_STATE', path: '', message: 'Workflow has no terminal state', severity: 'ERROR' },
        schema('/States/A/Result', 'Expected a JSON value but found a symbol'),
        { code: 'MISSING_TRANSITION_TARGET', path: '/States/A/Next', message: "Missing 'Next' target: Z", severity: 'ERROR' },
      ],
    });
  });

  describe('never throws and never mutates', () => {
    it('on any JavaScript value', () => {
      fc.assert(
        fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withNullPrototype: true }), (value) => {
          const before = fc.stringify(value);
          const result = validateDefinition(value);
          expect(typeof result.ok).toBe('boolean');
          expect(fc.stringify(value)).toBe(before);
        }),
        { numRuns: 300 },
      );
    });

    it('on any JSON text, whatever it holds', () => {
      fc.assert(
        fc.property(fc.json(), (text) => {
          expect(typeof validateDefinition(text).ok).toBe('boolean');
        }),
        { numRuns: 300 },
      );
    });

    it('on definitions shaped like state machines but with random values', () => {
      const value = fc.jsonValue({ maxDepth: 3 });
      const state = fc.dictionary(
        fc.constantFrom('Type', 'Next', 'End', 'Choices', 'Branches', 'ItemProcessor', 'Retry', 'Catch', 'Parameters', 'Assign', 'ItemsPath', 'Seconds', 'Timestamp', 'Resource', 'QueryLanguage', 'Output'),
        fc.oneof(value, fc.constantFrom('Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map', 'JSONata', '$.a', 'A')),
      );
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom('A', 'B', 'C'), state), fc.constantFrom('JSONPath', 'JSONata'), (states, language) => {
          const definition = { QueryLanguage: language, StartAt: 'A', States: states } as JsonObject;
          expect(typeof validateDefinition(definition).ok).toBe('boolean');
          expect(typeof validateDefinition(JSON.stringify(definition)).ok).toBe('boolean');
        }),
        { numRuns: 500 },
      );
    });

    it('on a 10 MB text that is not JSON', () => {
      const text = `{"StartAt": "${'x'.repeat(10_000_000)}`;
      const result = validateDefinition(text);
      expect(!result.ok && result.diagnostics.map(({ code, line, column }) => ({ code, line, column }))).toStrictEqual([
        { code: 'INVALID_JSON_DESCRIPTION', line: 1, column: 10_000_014 },
      ]);
    });

    // A text within the 1 MiB AWS accepts (V-42) holds hundreds of thousands of values (here
    // 240,000): parsing and checking it never runs out of stack, and the definition keeps every
    // value. About 0.1 s alone; the timeout is for a machine busy with other work, not a target.
    it('on a large valid text with hundreds of thousands of values', () => {
      const result = Array.from({ length: 120_000 }, () => ({ i: 0 }));
      const text = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Result: result, End: true } } });
      expect(text.length).toBeLessThanOrEqual(1_048_576);
      const validated = validateDefinition(text);
      expect(validated.ok && JSON.stringify(validated.definition) === text).toBe(true);
    }, 60_000);

    it('on deeply nested text and objects', () => {
      const deepText = `{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": ${'['.repeat(50_000)}`;
      const deepObject: JsonObject = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
      let cursor: JsonObject = deepObject;
      for (let i = 0; i < 50_000; i++) {
        const next: JsonObject = {};
        cursor['x'] = next;
        cursor = next;
      }
      expect(validateDefinition(deepText).ok).toBe(false);
      expect(validateDefinition(deepObject).ok).toBe(false);
    });

    it('on a circular object', () => {
      const circular: JsonObject = { StartAt: 'A', States: {} };
      (circular['States'] as JsonObject)['A'] = circular;
      expect(validateDefinition(circular)).toStrictEqual({
        ok: false,
        diagnostics: [
          { code: 'MISSING_END_STATE', path: '', message: 'Workflow has no terminal state', severity: 'ERROR' },
          { code: 'MISSING_TRANSITION_TARGET', path: '/StartAt', message: "Missing 'Next' target: A", severity: 'ERROR' },
          schema('/States/A', 'The definition contains a circular reference; a definition must be a JSON tree'),
        ],
      });
    });
  });
});
