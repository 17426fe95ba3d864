import { isStatesError } from '../errors/states-error.ts';
import type { HistoryEvent } from '../history/events.ts';
import type { HistoryListener } from '../history/recorder.ts';
import { HistoryLimitReached } from '../history/recorder.ts';
import type { HistoryRecorder } from '../history/recorder.ts';
import type { JsonValue } from '../json.ts';
import type { CompiledScope } from '../states/compile-scope.ts';
import { runScope } from '../states/run-scope.ts';
import type { ExecutionRuntime } from '../states/runtime.ts';
import { failureDetails, isExecutionFatal } from '../states/state-failure.ts';
import type { StepRecord } from '../states/step-record.ts';
import type { Thread } from '../states/thread.ts';
import type { PendingTaskToken } from '../tasks/task-tokens.ts';
import { formatTimestamp } from '../time/clock.ts';
import type { Fiber } from '../time/fiber.ts';
import type { Settlement, Signal } from '../time/signal.ts';
import type { ExecutionResult, ExecutionStatus, StepResult } from './execution-result.ts';

const NOT_TRUNCATED = { truncated: false } as const;

/** What an Execution is built from (see startExecution in state-machine.ts). */
export interface ExecutionSetup {
  readonly rt: ExecutionRuntime;
  readonly recorder: HistoryRecorder;
  readonly thread: Thread;
  readonly scope: CompiledScope;
  readonly input: JsonValue;
  readonly executionArn: string;
  readonly name: string;
  readonly roleArn: string;
  /** The longest the execution may run (TimeoutSeconds, or the 1-year / 5-minute maximum). */
  readonly timeoutSeconds: number;
  /** Set when the input itself is over the payload quota: the execution fails at once (D-04). */
  readonly inputTooLarge: boolean;
}

interface Failure {
  error?: string;
  cause?: string;
}

/**
 * One run of a state machine. It starts on the next microtask, so listeners attached right away
 * see every event. Time is the execution's own clock (virtual by default): a one-hour Wait ends
 * at once, with history timestamps an hour apart.
 */
export class Execution {
  readonly executionArn: string;
  readonly name: string;
  readonly input: JsonValue;
  /** Settles when the execution ends (it never rejects for ASL errors, only for engine bugs). */
  readonly result: Promise<ExecutionResult>;
  readonly #setup: ExecutionSetup;
  readonly #startMs: number;
  #status: 'RUNNING' | ExecutionStatus = 'RUNNING';
  #root: Fiber<JsonValue> | undefined;
  #deadline: Signal<undefined> | undefined;
  #resolve: (result: ExecutionResult) => void = () => undefined;
  #reject: (error: unknown) => void = () => undefined;
  #continue: (() => void) | undefined;
  readonly #haltWaiters: (() => void)[] = [];
  readonly #eventWaiters: (() => void)[] = [];
  /** Stops the recorder listener that wakes `events()` iterators; set only while one waits. */
  #stopWaking: (() => void) | undefined;
  readonly #started: Promise<void>;
  #stepChain: Promise<unknown> = Promise.resolve();
  /** How many events and step records earlier step() answers already reported. */
  #reported = { events: 0, steps: 0 };

  /**
   * @param setup - the prepared runtime, scope and identity
   */
  constructor(setup: ExecutionSetup) {
    this.#setup = setup;
    this.executionArn = setup.executionArn;
    this.name = setup.name;
    this.input = setup.input;
    this.#startMs = setup.rt.scheduler.clock.now();
    this.result = new Promise<ExecutionResult>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#started = Promise.resolve().then(() => {
      this.#start();
    });
  }

  /** `RUNNING` until the execution ends, then how it ended. */
  get status(): 'RUNNING' | ExecutionStatus {
    return this.#status;
  }

  /** The history so far (a live, read-only view). */
  get history(): readonly HistoryEvent[] {
    return this.#setup.recorder.events;
  }

  /** The state visits so far, with the data after each stage. */
  get steps(): readonly StepRecord[] {
    return this.#setup.rt.steps;
  }

  /**
   * Listens to history events as they are recorded.
   * @param listener - called with each new event
   * @returns a function that stops listening
   */
  onEvent(listener: HistoryListener): () => void {
    return this.#setup.recorder.subscribe(listener);
  }

  /**
   * Every history event, from the first, as they come; ends when the execution ends.
   * @yields each event once
   */
  async *events(): AsyncGenerator<HistoryEvent, void, undefined> {
    let index = 0;
    for (;;) {
      const events = this.#setup.recorder.events;
      for (let event = events[index]; event !== undefined; event = events[index]) {
        index++;
        yield event;
      }
      if (this.#status !== 'RUNNING') return;
      await this.#nextEvent();
    }
  }

  /**
   * Resolves when the next event is recorded or the execution ends. The recorder listener that
   * wakes the waiters exists only while someone waits: with no listener, recording an event does
   * not dispatch at all (it runs for every event).
   */
  #nextEvent(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#eventWaiters.push(resolve);
      this.#stopWaking ??= this.#setup.recorder.subscribe(() => {
        this.#wakeEventWaiters();
      });
    });
  }

  #wakeEventWaiters(): void {
    this.#stopWaking?.();
    this.#stopWaking = undefined;
    for (const wake of this.#eventWaiters.splice(0)) wake();
  }

  /**
   * Stops the execution (StopExecution): status `ABORTED`, an `ExecutionAborted` event with the
   * given error and cause (each only when given), pending timers and tasks cancelled (task
   * handlers see their abort signal). Does nothing once the execution has ended.
   * @param error - the error to report
   * @param cause - the cause to report
   */
  stop(error?: string, cause?: string): void {
    if (this.#status !== 'RUNNING') return;
    this.#recordStart();
    const failure: Failure = {};
    if (error !== undefined) failure.error = error;
    if (cause !== undefined) failure.cause = cause;
    // Measured on AWS (floci-io/floci#2965): the event follows event 0 and is the only one added.
    this.#setup.recorder.record(
      { type: 'ExecutionAborted', executionAbortedEventDetails: failure },
      0,
    );
    this.#finish('ABORTED', failure);
  }

  /**
   * Step mode: lets exactly one more state start and run as far as it can (to its next
   * transition, or until it waits on something only another state can change), then resolves
   * with what happened. Pauses a running execution first.
   * @returns the events and state visits of this step
   */
  step(): Promise<StepResult> {
    const next = this.#stepChain.then(() => this.#stepOnce());
    this.#stepChain = next.catch(() => undefined);
    return next;
  }

  /** Leaves step mode: the execution runs on by itself. */
  resume(): void {
    this.#setup.rt.scheduler.resume();
    this.#continue?.();
  }

  /** Enters step mode: the next state to start waits for `step()` or `resume()`. */
  pause(): void {
    this.#setup.rt.scheduler.pause();
  }

  /**
   * Completes a `.waitForTaskToken` task or activity (SendTaskSuccess).
   * @param token - `$$.Task.Token` as the task received it
   * @param output - the task's result (JSON)
   */
  sendTaskSuccess(token: string, output: unknown): void {
    this.#setup.rt.tasks.tokens.succeed(token, output);
  }

  /**
   * Fails a `.waitForTaskToken` task or activity (SendTaskFailure).
   * @param token - the task token
   * @param error - the error name
   * @param cause - the cause
   */
  sendTaskFailure(token: string, error?: string, cause?: string): void {
    this.#setup.rt.tasks.tokens.fail(token, error, cause);
  }

  /**
   * Reports progress on a task (SendTaskHeartbeat): restarts its HeartbeatSeconds clock.
   * @param token - the task token
   */
  sendTaskHeartbeat(token: string): void {
    this.#setup.rt.tasks.tokens.heartbeat(token);
  }

  /** @returns the task tokens waiting for a callback, oldest first */
  pendingTaskTokens(): PendingTaskToken[] {
    return this.#setup.rt.tasks.tokens.pending();
  }

  /** Records ExecutionStarted, once (stop() may come before the start). */
  #recordStart(): void {
    const { recorder, thread, input } = this.#setup;
    if (recorder.lastEventId > 0) return;
    recorder.record(
      {
        type: 'ExecutionStarted',
        executionStartedEventDetails: {
          input: thread.textOf(input),
          inputDetails: NOT_TRUNCATED,
          roleArn: this.#setup.roleArn,
        },
      },
      0,
    );
  }

  #start(): void {
    if (this.#status !== 'RUNNING') return;
    const { rt, thread, scope, input } = this.#setup;
    this.#recordStart();
    if (this.#setup.inputTooLarge) {
      this.#fail(
        {
          error: 'States.DataLimitExceeded',
          cause:
            'The execution input has a size exceeding the maximum number of bytes service limit.',
        },
        1,
      );
      return;
    }
    const scheduler = rt.scheduler;
    this.#deadline = scheduler.timer(this.#startMs + this.#setup.timeoutSeconds * 1000);
    this.#deadline.subscribe(() => {
      this.#timeOut();
    });
    const root = scheduler.spawn(runScope(rt, thread, scope, input));
    this.#root = root;
    root.done.subscribe((settlement) => {
      this.#rootDone(settlement);
    });
    void this.#pump();
  }

  async #pump(): Promise<void> {
    const scheduler = this.#setup.rt.scheduler;
    try {
      while (this.#status === 'RUNNING') {
        await scheduler.run(() => this.status !== 'RUNNING');
        if (this.status !== 'RUNNING') break;
        this.#wakeHaltWaiters();
        await new Promise<void>((resolve) => {
          this.#continue = resolve;
        });
        this.#continue = undefined;
      }
    } catch (error) {
      this.#reject(error);
    }
    this.#wakeHaltWaiters();
  }

  async #stepOnce(): Promise<StepResult> {
    await this.#started;
    const { recorder, rt } = this.#setup;
    if (this.#status === 'RUNNING') {
      if (!rt.scheduler.paused) rt.scheduler.pause();
      const halted = new Promise<void>((resolve) => this.#haltWaiters.push(resolve));
      rt.scheduler.allowStep();
      this.#continue?.();
      await halted;
    }
    const done = this.status !== 'RUNNING';
    const stepResult = {
      done,
      status: this.#status,
      events: recorder.events.slice(this.#reported.events),
      steps: rt.steps.slice(this.#reported.steps),
    };
    this.#reported = { events: recorder.events.length, steps: rt.steps.length };
    return done ? { ...stepResult, result: await this.result } : stepResult;
  }

  #wakeHaltWaiters(): void {
    for (const wake of this.#haltWaiters.splice(0)) wake();
  }

  #timeOut(): void {
    if (this.#status !== 'RUNNING') return;
    // Measured on AWS (floci-io/floci#2733, #2965): one ExecutionTimedOut event after event 0,
    // carrying States.Timeout and no cause.
    this.#setup.recorder.record(
      { type: 'ExecutionTimedOut', executionTimedOutEventDetails: { error: 'States.Timeout' } },
      0,
    );
    this.#finish('TIMED_OUT', { error: 'States.Timeout' });
  }

  #rootDone(settlement: Settlement<JsonValue>): void {
    if (this.#status !== 'RUNNING') return;
    const { recorder, thread } = this.#setup;
    if (settlement.ok) {
      const output = settlement.value;
      recorder.record(
        {
          type: 'ExecutionSucceeded',
          executionSucceededEventDetails: {
            output: thread.textOf(output),
            outputDetails: NOT_TRUNCATED,
          },
        },
        thread.cursor,
      );
      this.#finish('SUCCEEDED', {}, output);
      return;
    }
    const error = settlement.error;
    if (error instanceof HistoryLimitReached) {
      this.#fail({ error: 'States.Runtime', cause: error.message }, recorder.lastEventId);
    } else if (isStatesError(error)) {
      this.#fail(
        failureDetails(error),
        isExecutionFatal(error) ? recorder.lastEventId : thread.cursor,
      );
    } else {
      this.#status = 'FAILED';
      recorder.seal();
      this.#reject(error);
    }
  }

  #fail(failure: Failure, previousEventId: number): void {
    this.#setup.recorder.record(
      { type: 'ExecutionFailed', executionFailedEventDetails: failure },
      previousEventId,
    );
    this.#finish('FAILED', failure);
  }

  #finish(status: ExecutionStatus, failure: Failure, output?: JsonValue): void {
    const { recorder, rt } = this.#setup;
    this.#status = status;
    recorder.seal();
    this.#deadline?.dispose();
    this.#root?.cancel('end');
    const base = {
      executionArn: this.executionArn,
      name: this.name,
      startDate: formatTimestamp(this.#startMs),
      stopDate: formatTimestamp(rt.scheduler.clock.now()),
      // The recorder is sealed and no state starts any more, so these arrays are final: the
      // result shares them instead of copying (a copy of a long history costs as much as a
      // tenth of the run).
      history: recorder.events,
      steps: rt.steps,
    };
    this.#resolve(
      status === 'SUCCEEDED'
        ? { ...base, status, output: output ?? null }
        : { ...base, status, ...failure },
    );
    rt.scheduler.notify();
    this.#continue?.();
    this.#wakeEventWaiters();
  }
}
