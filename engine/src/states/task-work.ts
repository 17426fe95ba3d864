import type { StatesError } from '../errors/states-error.ts';
import { statesError } from '../errors/states-error.ts';
import type { JsonValue } from '../json.ts';
import { cloneJson, isJsonObject, toJsonValue } from '../json.ts';
import { createCancellation } from '../tasks/cancellation.ts';
import type { TaskContext } from '../tasks/handlers.ts';
import type { TaskResource } from '../tasks/resource.ts';
import { toTaskFailure } from '../tasks/task-failure.ts';
import type { CallbackOutcome } from '../tasks/task-tokens.ts';
import { generateTaskToken } from '../tasks/task-tokens.ts';
import { resolvedSignal, Signal } from '../time/signal.ts';
import type { ChildExecutionOutcome } from './runtime.ts';
import type { StateVisit } from './state-visit.ts';
import type { TaskSource } from './task-source.ts';

/** A Task's answer: its result, or its failure. */
export type TaskAnswer =
  | { readonly ok: true; readonly value: JsonValue }
  | { readonly ok: false; readonly error: StatesError };

/**
 * The running work of one Task attempt: the answer it will give, for callback tasks the answer
 * of the submission step first, and the heartbeats its worker sends.
 */
export class TaskWork {
  /** Settles with the result (or failure) of the work. */
  readonly answer: Signal<TaskAnswer>;
  /** Callback tasks: settles with the `TaskSubmitted` output (the handler's return value). */
  submitted: Signal<TaskAnswer> | undefined;
  /** Settles when the worker reports progress; renewed after each heartbeat. */
  ping = new Signal<undefined>();
  readonly #visit: StateVisit;
  readonly #abort: (reason: unknown) => void;
  #unregister: ((timedOut?: boolean) => void) | undefined;

  /**
   * Starts the work.
   * @param visit - the state visit
   * @param source - who does it
   * @param resource - the task's resource
   * @param effective - the effective input
   */
  constructor(visit: StateVisit, source: TaskSource, resource: TaskResource, effective: JsonValue) {
    this.#visit = visit;
    const cancellation = createCancellation();
    this.#abort = cancellation.abort;
    const serviceCallback = resource.kind === 'service' && resource.pattern === 'callback';
    const submittedEmpty = (): Signal<TaskAnswer> =>
      resolvedSignal<TaskAnswer>({ ok: true, value: {} });
    switch (source.kind) {
      case 'mock':
        this.answer = this.#mockAnswer(source);
        if (serviceCallback) this.submitted = submittedEmpty();
        break;
      case 'handler':
        // The token is registered before the handler runs, so the handler may use it at once.
        if (serviceCallback) {
          this.answer = this.#waitForCallback(visit.taskToken ?? '', effective);
          this.submitted = this.#callHandler(source, resource, cancellation.signal);
        } else {
          this.answer = this.#callHandler(source, resource, cancellation.signal);
        }
        break;
      case 'child':
        this.answer = this.#runChild(effective, resource);
        break;
      case 'external':
        // An activity's token is handed to its worker, not put in the Context Object (R-CTX-06).
        this.answer = this.#waitForCallback(
          visit.taskToken ?? generateTaskToken(visit.rt.random),
          effective,
        );
        if (serviceCallback) this.submitted = submittedEmpty();
        break;
    }
  }

  /** Reports progress: settles the current ping and wakes the scheduler. */
  heartbeat(): void {
    this.ping.resolve(undefined);
    this.#visit.rt.scheduler.notify();
  }

  /** After a heartbeat: a fresh ping to wait on. */
  renewPing(): void {
    this.ping = new Signal<undefined>();
  }

  /**
   * Gives the work up (time-out, stop, cancellation): aborts the handler's signal, stops waiting
   * for the callback and releases the clock.
   * @param reason - passed to the handler's abort signal
   * @param timedOut - whether the task timed out (its token then answers TaskTimedOut)
   */
  abandon(reason: unknown, timedOut: boolean): void {
    this.#abort(reason);
    this.#unregister?.(timedOut);
    this.#unregister = undefined;
    this.submitted?.dispose();
    this.answer.dispose();
    this.ping.dispose();
  }

  /** Called when the work gave its answer: the token is no longer pending, nothing else is awaited. */
  finish(): void {
    this.#unregister?.(false);
    this.#unregister = undefined;
    this.answer.dispose();
    this.ping.dispose();
  }

  #mockAnswer(source: Extract<TaskSource, { kind: 'mock' }>): Signal<TaskAnswer> {
    const { outcome } = source;
    const answer: TaskAnswer =
      outcome.kind === 'return'
        ? { ok: true, value: cloneJson(outcome.value) }
        : { ok: false, error: statesError(outcome.error, outcome.cause) };
    if (outcome.delayMs <= 0) return resolvedSignal(answer);
    const scheduler = this.#visit.rt.scheduler;
    const delayed = new Signal<TaskAnswer>(() => {
      timer.dispose();
    });
    const timer = scheduler.timer(scheduler.clock.now() + outcome.delayMs);
    timer.subscribe(() => delayed.resolve(answer));
    return delayed;
  }

  #waitForCallback(token: string, effective: JsonValue): Signal<TaskAnswer> {
    const visit = this.#visit;
    const held = visit.rt.scheduler.held<TaskAnswer>();
    this.#unregister = visit.rt.tasks.tokens.register(
      { token, stateName: visit.cs.name, resource: visit.cs.resource?.arn ?? '', input: effective },
      {
        complete: (outcome) => {
          held.resolve(callbackAnswer(outcome));
        },
        heartbeat: () => {
          this.heartbeat();
        },
      },
    );
    return held;
  }

  #callHandler(
    source: Extract<TaskSource, { kind: 'handler' }>,
    resource: TaskResource,
    signal: TaskContext['signal'],
  ): Signal<TaskAnswer> {
    const visit = this.#visit;
    const settle = (value: unknown): TaskAnswer => handlerAnswer(value, source.wrap, visit.cs.name);
    const fail = (thrown: unknown): TaskAnswer => ({
      ok: false,
      error: toTaskFailure(thrown, resource),
    });
    let returned: unknown;
    try {
      returned = source.handler(cloneJson(source.input), this.#taskContext(signal));
    } catch (thrown) {
      return resolvedSignal(fail(thrown));
    } finally {
      // The handler is the caller's code: it may have changed a value whose text is kept.
      visit.thread.recorder.texts.forget();
    }
    if (!isThenable(returned)) return resolvedSignal(settle(returned));
    const external = visit.rt.scheduler.external(returned, () => undefined);
    const answer = new Signal<TaskAnswer>(() => {
      external.dispose();
    });
    external.subscribe((settlement) =>
      answer.resolve(settlement.ok ? settle(settlement.value) : fail(settlement.error)),
    );
    return answer;
  }

  #taskContext(signal: TaskContext['signal']): TaskContext {
    const visit = this.#visit;
    const token = visit.taskToken;
    const tokens = visit.rt.tasks.tokens;
    return {
      stateName: visit.cs.name,
      resource: visit.cs.resource?.arn ?? '',
      context: visit.contextObject(),
      retryCount: visit.retryCount,
      taskToken: token,
      signal,
      heartbeat: () => {
        this.heartbeat();
      },
      sendTaskSuccess: (output) => {
        tokens.succeed(token ?? '', output);
      },
      sendTaskFailure: (error, cause) => {
        tokens.fail(token ?? '', error, cause);
      },
    };
  }

  #runChild(effective: JsonValue, resource: TaskResource): Signal<TaskAnswer> {
    const visit = this.#visit;
    const scheduler = visit.rt.scheduler;
    const parameters = isJsonObject(effective) ? effective : {};
    const arn =
      typeof parameters['StateMachineArn'] === 'string' ? parameters['StateMachineArn'] : '';
    const input = parameters['Input'] ?? {};
    const name = typeof parameters['Name'] === 'string' ? parameters['Name'] : undefined;
    const syncVersion2 = resource.kind === 'service' && resource.syncVersion2;
    const started = visit.rt.tasks.startChild?.({
      stateMachineArn: arn,
      input,
      name,
      startMs: scheduler.clock.now(),
      syncVersion2,
    });
    if (started === undefined)
      return resolvedSignal<TaskAnswer>({ ok: false, error: missingStateMachine(arn, visit) });
    const external = scheduler.external(started);
    const answer = new Signal<TaskAnswer>(() => {
      external.dispose();
    });
    // The child ran on its own clock from the parent's "now"; the parent sees it end at its stop time.
    external.subscribe((settlement) => {
      if (!settlement.ok) {
        answer.resolve({ ok: false, error: toTaskFailure(settlement.error, resource) });
        return;
      }
      const timer = scheduler.timer(settlement.value.stopMs);
      timer.subscribe(() => answer.resolve(childAnswer(settlement.value)));
    });
    return answer;
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

function handlerAnswer(
  value: unknown,
  wrap: (value: JsonValue) => JsonValue,
  stateName: string,
): TaskAnswer {
  const json = value === undefined ? null : toJsonValue(value);
  if (json === undefined) {
    return {
      ok: false,
      error: statesError(
        'States.TaskFailed',
        `The task handler of state '${stateName}' returned a value that is not JSON.`,
      ),
    };
  }
  return { ok: true, value: wrap(json) };
}

function callbackAnswer(outcome: CallbackOutcome): TaskAnswer {
  if (outcome.kind === 'success') return { ok: true, value: outcome.output };
  return { ok: false, error: statesError(outcome.error ?? '', outcome.cause) };
}

/** E-27: a child that did not succeed fails the task with States.TaskFailed and its description as the cause. */
function childAnswer(outcome: ChildExecutionOutcome): TaskAnswer {
  if (outcome.succeeded) return { ok: true, value: outcome.description };
  return {
    ok: false,
    error: statesError('States.TaskFailed', JSON.stringify(outcome.description)),
  };
}

/** LocalStack test_start_execution_no_such_arn, recorded on AWS. */
function missingStateMachine(arn: string, visit: StateVisit): StatesError {
  const requestId = visit.rt.random.next().toString(16).slice(2, 10);
  return statesError(
    'StepFunctions.StateMachineDoesNotExistException',
    `State Machine Does Not Exist: '${arn}' (Service: AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: ${requestId}; Proxy: null)`,
  );
}
