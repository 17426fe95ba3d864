import type { TaskState } from '../definition/types.ts';
import type { StatesError } from '../errors/states-error.ts';
import { statesError } from '../errors/states-error.ts';
import type { JsonValue } from '../json.ts';
import { exceedsUtf8Bytes } from '../json.ts';
import type { TaskResource } from '../tasks/resource.ts';
import { generateTaskToken } from '../tasks/task-tokens.ts';
import type { Routine } from '../time/fiber.ts';
import { isCancellation, wait } from '../time/fiber.ts';
import type { Signal, Waitable } from '../time/signal.ts';
import { firstSettled } from '../time/signal.ts';
import { effectiveInputStage, resultStages } from './jsonpath-io.ts';
import { failureDetails } from './state-failure.ts';
import type { StateOutcome } from './state-outcome.ts';
import { outcome } from './state-outcome.ts';
import type { StateVisit } from './state-visit.ts';
import type { TaskEvents } from './task-events.ts';
import { taskEvents } from './task-events.ts';
import { chooseTaskSource } from './task-source.ts';
import type { TaskTimeouts } from './task-timeouts.ts';
import { taskTimeouts } from './task-timeouts.ts';
import type { TaskAnswer } from './task-work.ts';
import { TaskWork } from './task-work.ts';

/**
 * Task (R-TASK): effective input → the work (mock, handler, callback, child execution), with
 * TimeoutSeconds and HeartbeatSeconds → ResultSelector → ResultPath → OutputPath. Each attempt
 * records its own scheduled/started/… events (R-RETRY-15).
 * @param visit - the state visit
 * @param state - the Task state
 * @param input - the raw state input
 * @returns the outcome
 */
export function* executeTask(
  visit: StateVisit,
  state: TaskState,
  input: JsonValue,
): Routine<StateOutcome> {
  // The token must exist before Parameters are resolved: they pass it on as `$$.Task.Token`.
  prepareTaskToken(visit);
  const effective = effectiveInputStage(visit, state, input);
  const timeouts = taskTimeouts(visit, state, visit.record.afterInputPath ?? input);
  const result = yield* performTask(visit, state, effective, timeouts);
  return outcome(resultStages(visit, state, input, result), visit.cs.next, state.Assign, result);
}

/**
 * Gives a callback task (`.waitForTaskToken`) its token, before its input is worked out: the
 * input passes it on (`$$.Task.Token`, `$states.context.Task.Token`, R-CTX-06).
 * @param visit - the state visit of a Task
 */
export function prepareTaskToken(visit: StateVisit): void {
  const resource = visit.cs.resource;
  if (resource?.kind === 'service' && resource.pattern === 'callback')
    visit.taskToken = generateTaskToken(visit.rt.random);
}

/**
 * A Task's work, whatever the query language (R-TASK-02, R-TASK-08): records the scheduled and
 * started events, waits for the mock, handler, callback or child execution against the
 * time-outs, and records how it ended.
 * @param visit - the state visit
 * @param state - the Task state
 * @param effective - the task's input (after Parameters, or Arguments)
 * @param timeouts - TimeoutSeconds and HeartbeatSeconds
 * @returns the raw result
 */
export function* performTask(
  visit: StateVisit,
  state: TaskState,
  effective: JsonValue,
  timeouts: TaskTimeouts,
): Routine<JsonValue> {
  const resource = visit.cs.resource;
  if (resource === undefined)
    throw new Error(`engine bug: Task state '${visit.cs.name}' has no resource`);
  const source = chooseTaskSource(visit, state, resource, effective);
  const events = taskEvents(resource, visit.rt.region);
  visit.thread.record(events.scheduled(visit.thread.textOf(effective), timeouts));
  visit.thread.record(events.started());
  const work = new TaskWork(visit, source, resource, effective);
  const answer = yield* awaitAnswer(visit, work, events, timeouts);
  return settleAnswer(visit, answer, events, resource);
}

/** A Task's two clocks (R-TASK-08, R-TASK-09): both start when the task has started. */
class TaskTimers {
  readonly #scheduler: StateVisit['rt']['scheduler'];
  readonly #heartbeatMs: number | undefined;
  readonly deadline: Signal<undefined> | undefined;
  heartbeat: Signal<undefined> | undefined;

  constructor(visit: StateVisit, timeouts: TaskTimeouts) {
    this.#scheduler = visit.rt.scheduler;
    const startedMs = this.#scheduler.clock.now();
    this.deadline =
      timeouts.timeoutSeconds === undefined
        ? undefined
        : this.#scheduler.timer(startedMs + timeouts.timeoutSeconds * 1000);
    this.#heartbeatMs =
      timeouts.heartbeatSeconds === undefined ? undefined : timeouts.heartbeatSeconds * 1000;
    this.heartbeat =
      this.#heartbeatMs === undefined
        ? undefined
        : this.#scheduler.timer(startedMs + this.#heartbeatMs);
  }

  /** The timers to race the work against. */
  contenders(): Waitable<unknown>[] {
    const timers: Waitable<unknown>[] = [];
    if (this.deadline !== undefined) timers.push(this.deadline);
    if (this.heartbeat !== undefined) timers.push(this.heartbeat);
    return timers;
  }

  /** A heartbeat arrived: the heartbeat clock starts again. */
  renewHeartbeat(): void {
    if (this.#heartbeatMs === undefined) return;
    this.heartbeat?.dispose();
    this.heartbeat = this.#scheduler.timer(this.#scheduler.clock.now() + this.#heartbeatMs);
  }

  dispose(): void {
    this.deadline?.dispose();
    this.heartbeat?.dispose();
  }
}

/**
 * Waits for the work, its submission step (callback tasks) and its heartbeats, against the
 * time-outs. A time-out, or a heartbeat missed for longer than HeartbeatSeconds, records
 * `…TimedOut` and fails with `States.Timeout` and no cause (R-TASK-08, D-08, E-24).
 */
function* awaitAnswer(
  visit: StateVisit,
  work: TaskWork,
  events: TaskEvents,
  timeouts: TaskTimeouts,
): Routine<TaskAnswer> {
  const timers = new TaskTimers(visit, timeouts);
  try {
    for (;;) {
      const current: Signal<TaskAnswer> = work.submitted ?? work.answer;
      const contenders: Waitable<unknown>[] = [current, work.ping, ...timers.contenders()];
      const winner = contenders[yield* wait(firstSettled(contenders))];
      if (winner === work.ping) {
        work.renewPing();
        timers.renewHeartbeat();
        continue;
      }
      if (winner !== current) throw timedOut(visit, work, events);
      const answer = answerOf(current);
      if (current === work.submitted && answer.ok) {
        work.submitted = undefined;
        visit.thread.record(events.submitted(visit.thread.textOf(answer.value)));
        continue;
      }
      work.finish();
      return answer;
    }
  } catch (thrown) {
    if (isCancellation(thrown)) work.abandon(thrown, false);
    throw thrown;
  } finally {
    timers.dispose();
  }
}

function timedOut(visit: StateVisit, work: TaskWork, events: TaskEvents): StatesError {
  visit.thread.record(events.timedOut());
  const timeout = statesError('States.Timeout');
  work.abandon(timeout, true);
  return timeout;
}

function answerOf(signal: Signal<TaskAnswer>): TaskAnswer {
  const settlement = signal.settlement;
  if (settlement?.ok !== true) throw new Error('engine bug: a task answer settled without a value');
  return settlement.value;
}

/**
 * Records how the work ended and returns the result, or throws the failure. A result over the
 * payload quota fails the task with a catchable `States.DataLimitExceeded` (D-04, E-23).
 */
function settleAnswer(
  visit: StateVisit,
  answer: TaskAnswer,
  events: TaskEvents,
  resource: TaskResource,
): JsonValue {
  if (!answer.ok) {
    visit.thread.record(events.failed(failureDetails(answer.error)));
    throw answer.error;
  }
  const text = visit.thread.textOf(answer.value);
  if (exceedsUtf8Bytes(text, visit.rt.limits.maxPayloadBytes)) {
    const error = dataLimitExceeded(resource);
    visit.thread.record(events.failed(failureDetails(error)));
    throw error;
  }
  visit.thread.record(events.succeeded(text));
  return answer.value;
}

/** E-23: the function ARN for a Lambda ARN, the service (`lambda`, `sqs`…) for an integration. */
function dataLimitExceeded(resource: TaskResource): StatesError {
  const name = resource.kind === 'service' ? resource.resourceType : resource.arn;
  return statesError(
    'States.DataLimitExceeded',
    `The state/task '${name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
  );
}
