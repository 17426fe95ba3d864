/**
 * The engine API guide (`guides/engine-api.mdx`) says what its examples do; this runs each of
 * them, filled out where the guide leaves a name to the reader, and checks what the guide says.
 */
import { readFileSync } from 'node:fs';

import { createStateMachine, InvalidDefinitionError, locateJsonPointer, testState, validateDefinition, type ExecutionResult } from '@aslkit/engine';
import { usesJsonata } from '@aslkit/engine/core';
import { describe, expect, it } from 'vitest';

const guide = readFileSync(new URL('../../src/content/docs/guides/engine-api.mdx', import.meta.url), 'utf8');
/** The output of a succeeded execution (`undefined` otherwise). */
const outputOf = (result: ExecutionResult): unknown => (result.status === 'SUCCEEDED' ? result.output : undefined);
const GREET = { StartAt: 'Greet', States: { Greet: { Type: 'Pass', Result: 'Hello', ResultPath: '$.greeting', End: true } } };

describe('the engine API guide', () => {
  it('runs a state machine as its first example says', async () => {
    expect(guide).toContain("Result: 'Hello', ResultPath: '$.greeting'");
    const result = await createStateMachine(GREET).startExecution({ name: 'Ada' }).result;
    expect([result.status, outputOf(result), result.history.map((event) => event.type), result.steps.length]).toStrictEqual([
      'SUCCEEDED',
      { name: 'Ada', greeting: 'Hello' },
      ['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded'],
      1,
    ]);
    // Time is virtual and starts at 2024-01-01T00:00:00Z unless the context says otherwise.
    expect(guide).toContain('2024-01-01T00:00:00Z');
    expect(result.history[0]?.timestamp).toStrictEqual('2024-01-01T00:00:00.000Z');
  });

  it('lists definition problems with their place in the text, and throws them as InvalidDefinitionError', () => {
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}';
    expect(guide).toContain(text);
    const result = validateDefinition(text);
    const problems = result.ok ? [] : result.diagnostics.map(({ code, path }) => ({ code, path, where: locateJsonPointer(text, path) }));
    expect(problems.find((problem) => problem.path === '/States/A/Next')).toMatchObject({
      code: 'MISSING_TRANSITION_TARGET',
      where: { from: text.indexOf('"Nowhere"'), to: text.indexOf('"Nowhere"') + '"Nowhere"'.length, line: 1 },
    });
    expect(() => createStateMachine(text)).toThrow(InvalidDefinitionError);
  });

  it('answers tasks from handlers matched by ARN pattern and from mocks that throw, then return', async () => {
    const machine = createStateMachine({
      StartAt: 'Charge',
      States: {
        Charge: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:charge-card', ResultPath: '$.charge', Next: 'Notify' },
        Notify: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:notify', Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'] }], ResultPath: '$.notified', End: true },
      },
    });
    expect(guide).toContain("'arn:aws:lambda:*:function:charge-*': async (payload, ctx) => ({ receipt: `r-${ctx.retryCount}` })");
    const result = await machine.startExecution({ amount: 3 }, {
      tasks: { 'arn:aws:lambda:*:function:charge-*': (_payload, ctx) => ({ receipt: `r-${ctx.retryCount}` }) },
      mocks: { Notify: [{ throw: { error: 'Lambda.TooManyRequestsException' }, times: 2 }, { return: { sent: true } }] },
    }).result;
    expect(outputOf(result)).toStrictEqual({ amount: 3, charge: { receipt: 'r-0' }, notified: { sent: true } });
    expect(result.history.filter((event) => event.type === 'LambdaFunctionFailed').length).toStrictEqual(2);
  });

  it('steps through an execution until it is done', async () => {
    expect(guide).toContain('while (!step.done) step = await execution.step();');
    const execution = createStateMachine(GREET).startExecution({}, { paused: true });
    let step = await execution.step();
    let steps = 1;
    while (!step.done) {
      step = await execution.step();
      steps += 1;
    }
    expect([steps > 0, step.result?.status]).toStrictEqual([true, 'SUCCEEDED']);
  });

  it('waits for a task token and finishes with what sendTaskSuccess sends', async () => {
    const machine = createStateMachine({
      StartAt: 'Ask',
      States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { QueueUrl: 'q', 'MessageBody.$': '$$.Task.Token' }, End: true } },
    });
    const execution = machine.startExecution({});
    let pending = execution.pendingTaskTokens();
    for (let tries = 0; pending.length === 0 && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      pending = execution.pendingTaskTokens();
    }
    const [first] = pending;
    expect(first?.stateName).toStrictEqual('Ask');
    execution.sendTaskSuccess(first?.token ?? '', { approved: true });
    expect(outputOf(await execution.result)).toStrictEqual({ approved: true });
  });

  it('tests one state and returns the data after each stage', async () => {
    const definition = {
      StartAt: 'Charge',
      States: { Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, ResultSelector: { 'id.$': '$.Payload.id' }, End: true } },
    };
    const { status, output, inspectionData } = await testState(definition, 'Charge', { amount: 3 }, { mocks: { Charge: [{ return: { Payload: { id: 'c-1' } } }] } });
    expect(guide).toContain('inspectionData.afterInputPath, afterParameters, result, afterResultSelector, afterResultPath');
    expect([status, output]).toStrictEqual(['SUCCEEDED', { id: 'c-1' }]);
    expect(inspectionData).toMatchObject({ afterInputPath: { amount: 3 }, afterParameters: { Payload: { amount: 3 } }, afterResultSelector: { id: 'c-1' } });
  });

  it('tells JSONata definitions apart, so a page can load JSONata only for them', () => {
    expect(guide).toContain("if (usesJsonata(definition)) await import('@aslkit/engine/jsonata');");
    expect([usesJsonata(GREET), usesJsonata({ QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', End: true } } })]).toStrictEqual([false, true]);
  });
});
