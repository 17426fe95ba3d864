import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aslkit, tempDir } from '../../test/fake-io.ts';
import { checkXml } from '../../test/xml-well-formed.ts';

const order = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultSelector: { 'id.$': '$.Payload.id' },
      ResultPath: '$.charge',
      Retry: [
        { ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 2 },
      ],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Declined' }],
      Next: 'Done',
    },
    Declined: { Type: 'Fail', Error: 'Order.Declined', Cause: 'the card was declined' },
    Done: { Type: 'Succeed' },
  },
};
const happyYaml = [
  'title: A paid order succeeds after one throttled attempt',
  'definition: ../statemachine/order.asl.json',
  'input: { amount: 3 }',
  'mocks:',
  '  Charge:',
  '    - throw: { error: Lambda.TooManyRequestsException, cause: slow down }',
  '    - return: { Payload: { id: c-1 } }',
  'expected:',
  '  status: SUCCEEDED',
  '  output: { amount: 3, charge: { id: c-1 } }',
  '  history:',
  '    match: subsequence',
  '    types: [TaskFailed, TaskSucceeded]',
  '    events: [{ type: TaskFailed, error: Lambda.TooManyRequestsException }, { type: TaskSucceeded }]',
  '',
].join('\n');
const declined = {
  title: 'A declined card fails the order',
  definition: '../statemachine/order.asl.json',
  input: { amount: 3 },
  mocks: { Charge: [{ throw: { error: 'Card.Declined' } }] },
  expected: { status: 'FAILED', error: 'Order.Declined', cause: 'the card was charged' },
};

/** The summary's duration varies; everything else is exact. */
const withoutDuration = (text: string): string =>
  text.replace(/, \d+\.\d\d s\)/g, ', N s)').replace(/\(\d+ ms\)/g, '(N ms)');

describe('aslkit test', () => {
  it('reports each test with the differences of the failing ones, and exits 1', async () => {
    const cwd = tempDir({
      'statemachine/order.asl.json': order,
      'tests/happy.test.yaml': happyYaml,
      'tests/declined.test.json': declined,
    });
    const result = await aslkit(['test'], { cwd });
    expect({ ...result, stdout: withoutDuration(result.stdout) }).toStrictEqual({
      status: 1,
      stdout: [
        'FAIL  tests/declined — A declined card fails the order (N ms)',
        '      cause: expected "the card was charged"',
        '             got      "the card was declined"',
        'PASS  tests/happy — A paid order succeeds after one throttled attempt (N ms)',
        '',
        '1 passed, 1 failed (2 tests, N s)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exits 0 when every test passes, and writes well-formed JUnit XML', async () => {
    const cwd = tempDir({
      'statemachine/order.asl.json': order,
      'tests/happy.test.yaml': happyYaml,
      'tests/declined.test.json': {
        ...declined,
        expected: { ...declined.expected, cause: 'the card was declined' },
      },
    });
    const result = await aslkit(['test', 'tests', '--junit', 'reports/junit.xml'], { cwd });
    expect(result.status).toBe(0);
    expect(withoutDuration(result.stdout).split('\n').slice(-3)).toStrictEqual([
      '2 passed, 0 failed (2 tests, N s)',
      'JUnit report: reports/junit.xml',
      '',
    ]);
    const xml = readFileSync(join(cwd, 'reports/junit.xml'), 'utf8');
    expect(checkXml(xml)).toStrictEqual({
      problems: [],
      elements: ['testsuites', 'testsuite', 'testcase', 'testcase'],
    });
    expect(xml).toContain(
      '<testcase name="tests/declined: A declined card fails the order" classname="tests" file="tests/declined.test.json"',
    );
  });

  it("takes a template's state machine by #LogicalId and resolves its substitutions", async () => {
    const template = [
      'Resources:',
      '  Flow:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      Definition:',
      '        StartAt: Hello',
      '        States:',
      '          Hello: {Type: Pass, Result: "${Greeting}", End: true}',
      '      DefinitionSubstitutions:',
      '        Greeting: !Sub "hello from ${AWS::Region}"',
      '  Other:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties: {DefinitionString: "{\\"StartAt\\":\\"A\\",\\"States\\":{\\"A\\":{\\"Type\\":\\"Succeed\\"}}}"}',
      '',
    ].join('\n');
    const cwd = tempDir({
      'template.yaml': template,
      'tests/hello.test.json': {
        definition: '../template.yaml#Flow',
        expected: { status: 'SUCCEEDED', output: 'hello from us-east-1' },
      },
    });
    const result = await aslkit(['test'], { cwd });
    expect([result.status, withoutDuration(result.stdout)]).toStrictEqual([
      0,
      'PASS  tests/hello (N ms)\n\n1 passed, 0 failed (1 test, N s)\n',
    ]);
  });

  it('reports a test file that cannot be used as an error, saying why', async () => {
    const cwd = tempDir({
      'a.test.json': {
        definition: './missing.asl.json',
        expected: { status: 'SUCCEEDED', output: 1 },
      },
      'b.test.json': {
        definition: { StartAt: 'A', States: { A: { Type: 'Succeed' } } },
        expected: { output: 1 },
      },
    });
    const result = await aslkit(['test'], { cwd });
    expect(result.status).toBe(1);
    const lines = withoutDuration(result.stdout).split('\n');
    expect(lines[0]).toBe('ERROR a (N ms)');
    expect(lines[1]).toMatch(/\/definition: cannot read '\.\/missing\.asl\.json': no such file$/);
    expect(lines[2]).toBe('ERROR b (N ms)');
    expect(lines[3]).toMatch(
      /\/expected\/status: must be one of SUCCEEDED, FAILED, TIMED_OUT, INVALID_DEFINITION, CAUGHT_ERROR, RETRIABLE$/,
    );
    expect(lines.at(-2)).toBe('0 passed, 0 failed, 2 errors (2 tests, N s)');
  });

  it('runs only the tests whose name contains --filter', async () => {
    const cwd = tempDir({
      'statemachine/order.asl.json': order,
      'tests/happy.test.yaml': happyYaml,
      'tests/declined.test.json': declined,
    });
    const result = await aslkit(['test', '--filter', 'happy'], { cwd });
    expect([result.status, withoutDuration(result.stdout).split('\n').at(-2)]).toStrictEqual([
      0,
      '1 passed, 0 failed (1 test, N s)',
    ]);
  });

  it('refuses two tests with the same id', async () => {
    const test = {
      id: 'orders/same',
      definition: { StartAt: 'A', States: { A: { Type: 'Succeed' } } },
      expected: { status: 'SUCCEEDED', output: {} },
    };
    const cwd = tempDir({ 'one.test.json': test, 'two.test.json': test });
    const result = await aslkit(['test'], { cwd });
    expect(result.status).toBe(1);
    expect(withoutDuration(result.stdout)).toContain('ERROR two (N ms)\n      invalid case (');
    expect(result.stdout).toContain("/id: 'orders/same' is also the id of one");
  });

  it('exits 2 when there are no test files', async () => {
    expect(await aslkit(['test'], { cwd: tempDir({ 'readme.md': 'x' }) })).toStrictEqual({
      status: 2,
      stdout: '',
      stderr: 'error: no test files (*.test.json, *.test.yaml) in this directory\n',
    });
  });

  it('counts the tests run on a terminal, then clears the line, and colours the verdicts', async () => {
    const cwd = tempDir({
      'statemachine/order.asl.json': order,
      'tests/happy.test.yaml': happyYaml,
      'tests/declined.test.json': declined,
    });
    const result = await aslkit(['test'], { cwd, tty: true });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\r\u001b[K')).toStrictEqual([
      '',
      '  1/2 tests run',
      '  2/2 tests run',
      '',
    ]);
    expect(result.stdout).toContain('\u001b[31mFAIL \u001b[39m tests/declined');
    expect(result.stdout).toContain('\u001b[32mPASS \u001b[39m tests/happy');
    // Without a terminal (the first test) or in CI: no progress, no colours.
    const ci = await aslkit(['test'], { cwd, tty: true, env: { CI: '1', NO_COLOR: '1' } });
    expect([ci.stderr, ci.stdout.includes('\u001b[')]).toStrictEqual(['', false]);
  });
});
