import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../time/virtual-clock.ts';
import type { HistoryEvent } from './events.ts';
import { HistoryLimitReached, HistoryRecorder, HistorySealed } from './recorder.ts';

const START = Date.UTC(2024, 0, 1);

function entered(name: string): {
  type: 'PassStateEntered';
  stateEnteredEventDetails: { name: string; input: string; inputDetails: { truncated: boolean } };
} {
  return {
    type: 'PassStateEntered',
    stateEnteredEventDetails: { name, input: '{}', inputDetails: { truncated: false } },
  };
}

describe('HistoryRecorder', () => {
  it('numbers events from 1, keeps the given previous id and stamps the clock time (R-HIST-04)', () => {
    const clock = new VirtualClock(START);
    const recorder = new HistoryRecorder(clock);
    recorder.record(
      {
        type: 'ExecutionStarted',
        executionStartedEventDetails: {
          input: '{}',
          inputDetails: { truncated: false },
          roleArn: 'arn:aws:iam::123456789012:role/r',
        },
      },
      0,
    );
    clock.advanceTo(START + 1500);
    recorder.record(entered('A'), 0);
    expect(recorder.events).toStrictEqual([
      {
        id: 1,
        previousEventId: 0,
        timestamp: '2024-01-01T00:00:00.000Z',
        type: 'ExecutionStarted',
        executionStartedEventDetails: {
          input: '{}',
          inputDetails: { truncated: false },
          roleArn: 'arn:aws:iam::123456789012:role/r',
        },
      },
      {
        id: 2,
        previousEventId: 0,
        timestamp: '2024-01-01T00:00:01.500Z',
        type: 'PassStateEntered',
        stateEnteredEventDetails: { name: 'A', input: '{}', inputDetails: { truncated: false } },
      },
    ]);
    expect(recorder.lastEventId).toBe(2);
  });

  it('keeps the last place of a full history for the terminal event (R-LIM-02)', () => {
    const recorder = new HistoryRecorder(new VirtualClock(START), 3);
    recorder.record(entered('A'), 0);
    recorder.record(entered('B'), 1);
    expect(() => recorder.record(entered('C'), 2)).toThrow(new HistoryLimitReached(3));
    const failed = recorder.record(
      {
        type: 'ExecutionFailed',
        executionFailedEventDetails: {
          error: 'States.Runtime',
          cause: 'The execution reached the maximum number of history events (3).',
        },
      },
      2,
    );
    expect(failed.id).toBe(3);
    expect(new HistoryLimitReached(25_000).message).toBe(
      'The execution reached the maximum number of history events (25000).',
    );
  });

  it('tells listeners about each event until they unsubscribe, and ignores a listener that throws', () => {
    const recorder = new HistoryRecorder(new VirtualClock(START));
    const seen: number[] = [];
    recorder.subscribe(() => {
      throw new Error('observer bug');
    });
    const stop = recorder.subscribe((event: HistoryEvent) => seen.push(event.id));
    recorder.record(entered('A'), 0);
    stop();
    recorder.record(entered('B'), 1);
    expect(seen).toStrictEqual([1]);
    expect(recorder.events.length).toBe(2);
  });

  describe('state events (recordStateEntered, recordStateExited)', () => {
    it('records exactly what record() records for the same event, key order included', () => {
      const drafts = new HistoryRecorder(new VirtualClock(START));
      const direct = new HistoryRecorder(new VirtualClock(START));
      const exited = {
        name: 'A',
        output: '{"a":1}',
        outputDetails: { truncated: false },
        assignedVariables: { x: '1' },
        assignedVariablesDetails: { truncated: false },
      };
      drafts.record(entered('A'), 0);
      drafts.record({ type: 'PassStateExited', stateExitedEventDetails: exited }, 1);
      direct.recordStateEntered('PassStateEntered', entered('A').stateEnteredEventDetails, 0);
      direct.recordStateExited('PassStateExited', exited, 1);
      expect(direct.events).toStrictEqual(drafts.events);
      expect(JSON.stringify(direct.events)).toBe(JSON.stringify(drafts.events));
      expect(direct.events.map((event) => Object.keys(event))).toStrictEqual(
        drafts.events.map((event) => Object.keys(event)),
      );
      expect(structuredClone(direct.events)).toStrictEqual(drafts.events);
    });

    it('keep the last place for the terminal event, refuse events once sealed, and notify listeners', () => {
      const recorder = new HistoryRecorder(new VirtualClock(START), 2);
      const seen: number[] = [];
      recorder.subscribe((event: HistoryEvent) => seen.push(event.id));
      const details = entered('A').stateEnteredEventDetails;
      recorder.recordStateEntered('PassStateEntered', details, 0);
      expect(() => recorder.recordStateEntered('PassStateEntered', details, 1)).toThrow(
        new HistoryLimitReached(2),
      );
      recorder.seal();
      expect(() =>
        recorder.recordStateExited(
          'PassStateExited',
          { name: 'A', output: '{}', outputDetails: { truncated: false } },
          1,
        ),
      ).toThrow(new HistorySealed());
      expect(seen).toStrictEqual([1]);
      expect(recorder.lastEventId).toBe(1);
    });
  });
});
