/**
 * The recorder reuses the JSON text of the payload it last wrote (PayloadTexts) and builds the
 * text of a payload template's output from the template. Payloads are plain objects the caller
 * can reach (execution.steps, the Context Object a handler gets) and change: every event must
 * still carry the text that stringifying the value at that moment gives.
 */
import { describe, expect, it } from 'vitest';
import { createStateMachine } from '../src/index.ts';
import type { Execution, HistoryEvent, StepRecord } from '../src/index.ts';
import { ManualClock, settle } from './helpers.ts';

/** The input or output text of every state event, as `Type name text`. */
function payloads(history: readonly HistoryEvent[]): string[] {
  const lines: string[] = [];
  for (const event of history) {
    if ('stateEnteredEventDetails' in event) {
      const details = event.stateEnteredEventDetails;
      lines.push(`${event.type} ${details.name} ${details.input}`);
    } else if ('stateExitedEventDetails' in event) {
      const details = event.stateExitedEventDetails;
      lines.push(`${event.type} ${details.name} ${details.output}`);
    }
  }
  return lines;
}

/** Changes a value the engine holds, as the caller's code can. */
function bump(record: StepRecord | undefined, stage: 'input' | 'output'): void {
  (record?.[stage] as { n: number }).n += 10;
}

describe('payload texts', () => {
  const passThenTask = () =>
    createStateMachine({
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Parameters: { n: 1 }, Next: 'T' },
        T: { Type: 'Task', Resource: 'arn:aws:states:::ecs:runTask', ResultPath: null, Next: 'B' },
        B: { Type: 'Pass', End: true },
      },
    });

  it('are not reused after a task handler changed the value (synchronous handler)', async () => {
    const execution: Execution = passThenTask().startExecution(
      {},
      {
        tasks: {
          T: () => {
            bump(execution.steps.at(-1), 'input');
            return {};
          },
        },
      },
    );
    const result = await execution.result;
    expect(payloads(result.history)).toStrictEqual([
      'PassStateEntered A {}',
      'PassStateExited A {"n":1}',
      'TaskStateEntered T {"n":1}',
      'TaskStateExited T {"n":11}',
      'PassStateEntered B {"n":11}',
      'PassStateExited B {"n":11}',
    ]);
  });

  it('are not reused after the caller’s code ran while a task waited', async () => {
    const execution: Execution = passThenTask().startExecution(
      {},
      {
        tasks: {
          T: async () => {
            await Promise.resolve();
            bump(execution.steps.at(-1), 'input');
            return {};
          },
        },
      },
    );
    const result = await execution.result;
    expect(payloads(result.history).slice(3)).toStrictEqual([
      'TaskStateExited T {"n":11}',
      'PassStateEntered B {"n":11}',
      'PassStateExited B {"n":11}',
    ]);
  });

  it('are not reused after the caller’s code ran while a state waited', async () => {
    const clock = new ManualClock();
    const execution = createStateMachine({
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: 1, End: true } },
    }).startExecution({ n: 1 }, { clock });
    await settle();
    bump(execution.steps[0], 'input');
    await clock.advanceBy(1000);
    const result = await execution.result;
    expect(payloads(result.history)).toStrictEqual([
      'WaitStateEntered W {"n":1}',
      'WaitStateExited W {"n":11}',
    ]);
  });

  const passes = createStateMachine({
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Parameters: { 'n.$': '$.n' }, Next: 'B' },
      B: {
        Type: 'Choice',
        Choices: [{ Variable: '$.n', NumericEquals: 0, Next: 'C' }],
        Default: 'C',
      },
      C: { Type: 'Pass', End: true },
    },
  });

  it('are not reused across a step() boundary', async () => {
    const execution = passes.startExecution({ n: 1 }, { paused: true });
    await execution.step();
    bump(execution.steps[0], 'output');
    await execution.step();
    bump(execution.steps[1], 'output');
    execution.resume();
    const result = await execution.result;
    expect(payloads(result.history)).toStrictEqual([
      'PassStateEntered A {"n":1}',
      'PassStateExited A {"n":1}',
      'ChoiceStateEntered B {"n":11}',
      'ChoiceStateExited B {"n":11}',
      'PassStateEntered C {"n":21}',
      'PassStateExited C {"n":21}',
    ]);
  });

  it('are not reused after a history listener ran', async () => {
    const execution = passes.startExecution({ n: 1 });
    execution.onEvent((event) => {
      if (event.type === 'PassStateExited' && event.stateExitedEventDetails.name === 'A')
        bump(execution.steps.at(-1), 'output');
      // B's input is A's output (B's own step record is added after this event).
      if (event.type === 'ChoiceStateEntered') bump(execution.steps[0], 'output');
    });
    const result = await execution.result;
    expect(payloads(result.history)).toStrictEqual([
      'PassStateEntered A {"n":1}',
      'PassStateExited A {"n":1}',
      'ChoiceStateEntered B {"n":11}',
      'ChoiceStateExited B {"n":21}',
      'PassStateEntered C {"n":21}',
      'PassStateExited C {"n":21}',
    ]);
    expect(result.status === 'SUCCEEDED' && result.output).toStrictEqual({ n: 21 });
  });
});
