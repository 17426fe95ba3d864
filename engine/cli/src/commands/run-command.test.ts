import { describe, expect, it } from 'vitest';
import { aslkit, tempDir } from '../../test/fake-io.ts';

const chargeFlow = {
  StartAt: 'Wait',
  States: {
    Wait: { Type: 'Wait', Seconds: 3600, Next: 'Charge' },
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultSelector: { 'id.$': '$.Payload.id' },
      ResultPath: '$.charge',
      Retry: [{ ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 2 }],
      End: true,
    },
  },
};
const chargeMocks = {
  Charge: [
    { throw: { error: 'Boom', cause: 'card declined' } },
    { return: { Payload: { id: 'c-1' } } },
  ],
};
const failing = {
  StartAt: 'Fail',
  States: { Fail: { Type: 'Fail', Error: 'Order.Invalid', Cause: 'no items' } },
};

describe('aslkit run', () => {
  it('prints the output of a successful execution on stdout and exits 0', async () => {
    const cwd = tempDir({ 'flow.asl.json': chargeFlow, 'mocks.json': chargeMocks });
    expect(
      await aslkit(
        ['run', 'flow.asl.json', '--input-json', '{"amount": 3}', '--mocks', 'mocks.json'],
        { cwd },
      ),
    ).toStrictEqual({
      status: 0,
      stdout: `${JSON.stringify({ amount: 3, charge: { id: 'c-1' } }, null, 2)}\n`,
      stderr: '',
    });
  });

  it('prints the error and cause of a failed execution on stderr and exits 1', async () => {
    const cwd = tempDir({ 'fail.json': failing });
    expect(await aslkit(['run', 'fail.json'], { cwd })).toStrictEqual({
      status: 1,
      stdout: '',
      stderr: 'Execution FAILED\n  error: Order.Invalid\n  cause: no items\n',
    });
  });

  it('adds the path, the data after each stage and the history with --trace', async () => {
    const cwd = tempDir({ 'flow.asl.json': chargeFlow, 'mocks.json': chargeMocks });
    const result = await aslkit(
      ['run', 'flow.asl.json', '--input-json', '{"amount": 3}', '--mocks', 'mocks.json', '--trace'],
      { cwd },
    );
    expect(result.status).toBe(0);
    const trace = result.stderr.split('\n');
    expect(trace.slice(0, 9)).toStrictEqual([
      'Path: Wait → Charge',
      '',
      'Steps',
      '  Wait (Wait)',
      '    input               {"amount":3}',
      '    afterInputPath      {"amount":3}',
      '    output              {"amount":3}',
      '    next                Charge',
      '  Charge (Task)',
    ]);
    expect(trace.slice(9, 18)).toStrictEqual([
      '    retry 1             Boom: card declined (Retry[0], waited 2s)',
      '    input               {"amount":3}',
      '    afterInputPath      {"amount":3}',
      '    afterParameters     {"FunctionName":"charge","Payload":{"amount":3}}',
      '    result              {"Payload":{"id":"c-1"}}',
      '    afterResultSelector {"id":"c-1"}',
      '    afterResultPath     {"amount":3,"charge":{"id":"c-1"}}',
      '    output              {"amount":3,"charge":{"id":"c-1"}}',
      '',
    ]);
    expect(trace.slice(19, 32).map((line) => line.replace(/\s+/g, ' ').trim())).toStrictEqual([
      '1 +0.000s ExecutionStarted input={"amount":3}',
      '2 +0.000s WaitStateEntered Wait input={"amount":3}',
      '3 +3600.000s WaitStateExited Wait output={"amount":3}',
      '4 +3600.000s TaskStateEntered Charge input={"amount":3}',
      '5 +3600.000s TaskScheduled resource=invoke parameters={"FunctionName":"charge","Payload":{"amount":3}}',
      '6 +3600.000s TaskStarted resource=invoke',
      '7 +3600.000s TaskFailed resource=invoke error=Boom cause=card declined',
      '8 +3602.000s TaskScheduled resource=invoke parameters={"FunctionName":"charge","Payload":{"amount":3}}',
      '9 +3602.000s TaskStarted resource=invoke',
      '10 +3602.000s TaskSucceeded resource=invoke output={"Payload":{"id":"c-1"}}',
      '11 +3602.000s TaskStateExited Charge output={"amount":3,"charge":{"id":"c-1"}}',
      '12 +3602.000s ExecutionSucceeded output={"amount":3,"charge":{"id":"c-1"}}',
      '',
    ]);
  });

  it('prints the whole result as JSON with --format json', async () => {
    const cwd = tempDir({ 'fail.json': failing });
    const context = JSON.stringify({
      Execution: { Name: 'e-1', StartTime: '2025-03-01T10:00:00Z' },
    });
    const result = await aslkit(['run', 'fail.json', '--format', 'json', '--context', '-'], {
      cwd,
      stdin: context,
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toStrictEqual({
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:fail:e-1',
      name: 'e-1',
      startDate: '2025-03-01T10:00:00.000Z',
      stopDate: '2025-03-01T10:00:00.000Z',
      status: 'FAILED',
      error: 'Order.Invalid',
      cause: 'no items',
    });
  });

  it('reads the input from standard input for --input -', async () => {
    const cwd = tempDir({
      'echo.json': { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
    });
    expect(
      await aslkit(['run', 'echo.json', '--input', '-'], { cwd, stdin: '{"from": "stdin"}' }),
    ).toStrictEqual({
      status: 0,
      stdout: `${JSON.stringify({ from: 'stdin' }, null, 2)}\n`,
      stderr: '',
    });
  });

  it('reads the input from a YAML file and the context from a file', async () => {
    const definition = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Pass',
          Parameters: {
            'who.$': '$.who',
            'name.$': '$$.Execution.Name',
            'machine.$': '$$.StateMachine.Name',
          },
          End: true,
        },
      },
    };
    const cwd = tempDir({
      'p.asl.yaml': JSON.stringify(definition),
      'input.yaml': 'who: Ana\n',
      'context.json': { Execution: { Name: 'run-1' } },
    });
    const result = await aslkit(
      ['run', 'p.asl.yaml', '--input', 'input.yaml', '--context', 'context.json'],
      { cwd },
    );
    expect(JSON.parse(result.stdout)).toStrictEqual({ who: 'Ana', name: 'run-1', machine: 'p' });
  });

  it('runs a SAM machine whose DefinitionUri file uses DefinitionSubstitutions resolved from the template', async () => {
    const template = [
      'Transform: AWS::Serverless-2016-10-31',
      'Parameters:',
      '  Stage: {Type: String, Default: test}',
      'Resources:',
      '  OrderFlow:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties:',
      '      DefinitionUri: statemachine/order.asl.json',
      '      DefinitionSubstitutions:',
      '        ChargeArn: !GetAtt ChargeFn.Arn',
      '        Stage: !Ref Stage',
      '  ChargeFn:',
      '    Type: AWS::Serverless::Function',
      '    Properties: {FunctionName: !Sub "charge-${Stage}"}',
      '',
    ].join('\n');
    const definition = {
      StartAt: 'Charge',
      States: {
        Charge: {
          Type: 'Task',
          Resource: '${ChargeArn}',
          Parameters: { stage: '${Stage}', 'resource.$': '$$.State.Name' },
          End: true,
        },
      },
    };
    const cwd = tempDir({
      'template.yaml': template,
      'statemachine/order.asl.json': definition,
      'mocks.json': { Charge: [{ return: { ok: true } }] },
    });
    const result = await aslkit(
      ['run', 'template.yaml', '--mocks', 'mocks.json', '--format', 'json', '--trace'],
      { cwd },
    );
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.output).toStrictEqual({ ok: true });
    expect(parsed.history[2]).toMatchObject({
      type: 'LambdaFunctionScheduled',
      lambdaFunctionScheduledEventDetails: {
        resource: 'arn:aws:lambda:us-east-1:123456789012:function:ChargeFn',
        input: '{"stage":"test","resource":"Charge"}',
      },
    });
    expect(result.stderr).toBe(
      'note: Fn::GetAtt ChargeFn.Arn → arn:aws:lambda:us-east-1:123456789012:function:ChargeFn\n',
    );
  });

  it('runs the chosen machine of a CDK-style template with a joined DefinitionString', async () => {
    const template = {
      Resources: {
        First: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: { DefinitionString: '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}' },
        },
        Second: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: {
            DefinitionString: {
              'Fn::Join': [
                '',
                [
                  '{"StartAt":"A","States":{"A":{"Type":"Pass","Result":"',
                  { Ref: 'AWS::Region' },
                  '","End":true}}}',
                ],
              ],
            },
          },
        },
      },
    };
    const cwd = tempDir({ 'cdk.template.json': template });
    expect(await aslkit(['run', 'cdk.template.json'], { cwd })).toStrictEqual({
      status: 2,
      stdout: '',
      stderr:
        'error: cdk.template.json: cdk.template.json has 2 state machines (First, Second); choose one with --state-machine <logical id>\n',
    });
    expect(
      await aslkit(['run', 'cdk.template.json', '--state-machine', 'Second'], { cwd }),
    ).toStrictEqual({ status: 0, stdout: '"us-east-1"\n', stderr: '' });
  });

  it('answers Tasks from a Step Functions Local mock configuration test case', async () => {
    const config = {
      StateMachines: {
        flow: {
          TestCases: { HappyPath: { Charge: 'ChargeOk' }, Declined: { Charge: 'ChargeFails' } },
        },
      },
      MockedResponses: {
        ChargeOk: { '0': { Return: { Payload: { id: 'c-9' } } } },
        ChargeFails: { '0-3': { Throw: { Error: 'Declined', Cause: 'no funds' } } },
      },
    };
    const cwd = tempDir({ 'flow.asl.json': chargeFlow, 'MockConfigFile.json': config });
    expect(
      (
        await aslkit(
          ['run', 'flow.asl.json', '--mocks', 'MockConfigFile.json', '--test-case', 'HappyPath'],
          { cwd },
        )
      ).stdout,
    ).toBe(`${JSON.stringify({ charge: { id: 'c-9' } }, null, 2)}\n`);
    expect(
      await aslkit(
        ['run', 'flow.asl.json', '--mocks', 'MockConfigFile.json', '--test-case', 'Declined'],
        { cwd },
      ),
    ).toStrictEqual({
      status: 1,
      stdout: '',
      stderr: 'Execution FAILED\n  error: Declined\n  cause: no funds\n',
    });
    expect(
      await aslkit(['run', 'flow.asl.json', '--mocks', 'MockConfigFile.json'], { cwd }),
    ).toStrictEqual({
      status: 2,
      stdout: '',
      stderr:
        "error: MockConfigFile.json has 2 test cases for 'flow' (HappyPath, Declined); choose one with --test-case NAME\n",
    });
  });

  it('prints the located diagnostics of an invalid definition and runs nothing', async () => {
    const cwd = tempDir({
      'bad.json': { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } },
    });
    expect(await aslkit(['run', 'bad.json'], { cwd })).toStrictEqual({
      status: 1,
      stdout: '',
      stderr: [
        'bad.json:1:1: error MISSING_END_STATE: Workflow has no terminal state',
        "bad.json:6:15: error MISSING_TRANSITION_TARGET: Missing 'Next' target: B at /States/A/Next",
        'bad.json: the definition is invalid; nothing was run',
        '',
      ].join('\n'),
    });
  });

  it('stops and explains when the execution waits for a task token callback nobody can send', async () => {
    const definition = {
      StartAt: 'Approve',
      States: {
        Approve: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          Parameters: { QueueUrl: 'q', 'MessageBody.$': '$$.Task.Token' },
          End: true,
        },
      },
    };
    const cwd = tempDir({ 'approve.json': definition });
    expect(await aslkit(['run', 'approve.json'], { cwd })).toStrictEqual({
      status: 1,
      stdout: '',
      stderr: [
        'error: the execution waits for a task token callback in Approve, which a local run cannot receive.',
        'Mock the state with --mocks (a "return" answers the callback), or run \'aslkit serve\' and call SendTaskSuccess.',
        '',
      ].join('\n'),
    });
  });

  it('says what is wrong with malformed mocks', async () => {
    const cwd = tempDir({
      'flow.asl.json': chargeFlow,
      'mocks.json': { Charge: [{ return: 1, throw: { error: 'x' } }] },
    });
    expect(await aslkit(['run', 'flow.asl.json', '--mocks', 'mocks.json'], { cwd })).toStrictEqual({
      status: 2,
      stdout: '',
      stderr:
        "error: --mocks: mocks[\"Charge\"][0] must have exactly one of 'return' and 'throw'\n",
    });
  });

  it('refuses an input given twice', async () => {
    expect(
      (
        await aslkit(['run', 'x.json', '--input', 'a.json', '--input-json', '{}'], {
          cwd: tempDir({ 'x.json': failing }),
        })
      ).stderr,
    ).toBe('error: give --input or --input-json, not both\n');
  });

  it('lets Waits take real time with --real-time, showing progress on a terminal', async () => {
    const cwd = tempDir({
      'pause.json': {
        StartAt: 'Pause',
        States: { Pause: { Type: 'Wait', Seconds: 1, Next: 'Done' }, Done: { Type: 'Succeed' } },
      },
    });
    const began = performance.now();
    const result = await aslkit(['run', 'pause.json', '--real-time'], { cwd, tty: true });
    const elapsedMs = performance.now() - began;
    expect([result.status, result.stdout]).toStrictEqual([0, '{}\n']);
    // The Wait took its second of real time (a lower bound: the semantics, not a speed).
    expect(elapsedMs).toBeGreaterThanOrEqual(1000);
    // Progress lines on stderr, each overwriting the last, and cleared at the end.
    const frames = result.stderr.split('\r\u001b[K');
    expect(frames.at(-1)).toBe('');
    expect(frames).toContain('\u001b[2mrunning: Pause (Wait), 2 events\u001b[22m');
  });

  it('shows no progress when stderr is not a terminal, or in CI', async () => {
    const cwd = tempDir({
      'pause.json': {
        StartAt: 'Pause',
        States: { Pause: { Type: 'Wait', Seconds: 1, End: true } },
      },
    });
    for (const options of [{ cwd }, { cwd, tty: true, env: { CI: 'true' } }]) {
      const result = await aslkit(['run', 'pause.json', '--real-time'], options);
      expect([result.status, result.stdout, result.stderr]).toStrictEqual([0, '{}\n', '']);
    }
  });
});
