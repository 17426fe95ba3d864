import type { JsonObject, JsonValue } from '../json.ts';
import type { PathRoots } from '../path/index.ts';
import type { CompiledState } from './compile-scope.ts';
import type { ExecutionRuntime } from './runtime.ts';
import type { StepRecord } from './step-record.ts';
import type { Thread } from './thread.ts';

/**
 * One visit of a state: the runtime, the thread it runs on, its step record and its Context
 * Object. Executors read everything they need from here.
 *
 * A visit is also the roots of the paths that read its raw input (`$` = the raw input), the most
 * common case (InputPath, and Parameters or Choice Rules without one), so those need no roots
 * object of their own; its Context Object is built on first use and kept until the retry count
 * or the task token changes.
 */
export class StateVisit implements PathRoots {
  readonly rt: ExecutionRuntime;
  readonly thread: Thread;
  readonly cs: CompiledState;
  readonly record: StepRecord;
  readonly enteredTime: string;
  /** The raw state input (`$` of the visit's own roots). */
  readonly input: JsonValue;
  /** Reads the thread's variables (`$name`). */
  readonly variables: (name: string) => JsonValue | undefined;
  /**
   * Set by Parallel and Map when a branch or iteration failed them: if no Retrier retries the
   * state, it records `ParallelStateFailed` / `MapStateFailed` before the error moves on.
   */
  branchesFailed = false;
  #retryCount = 0;
  #taskToken: string | undefined;
  #context: JsonObject | undefined;

  /**
   * @param rt - the execution's runtime
   * @param thread - the thread the state runs on
   * @param cs - the state
   * @param record - its step record
   */
  constructor(rt: ExecutionRuntime, thread: Thread, cs: CompiledState, record: StepRecord) {
    this.rt = rt;
    this.thread = thread;
    this.cs = cs;
    this.record = record;
    this.enteredTime = record.enteredTime;
    this.input = record.input;
    this.variables = thread.lookupVariable;
  }

  /** The id of the state's `…StateEntered` event. */
  get enteredEventId(): number {
    return this.record.enteredEventId;
  }

  /** `$$.State.RetryCount`: 0 on the first attempt (R-CTX-05). */
  get retryCount(): number {
    return this.#retryCount;
  }

  set retryCount(count: number) {
    this.#retryCount = count;
    this.#context = undefined;
  }

  /** `$$.Task.Token` while a callback task waits (R-CTX-06). */
  get taskToken(): string | undefined {
    return this.#taskToken;
  }

  set taskToken(token: string | undefined) {
    this.#taskToken = token;
    this.#context = undefined;
  }

  /** The Context Object, for the visit's own roots (PathRoots). */
  get context(): JsonObject {
    return (this.#context ??= this.contextObject());
  }

  /**
   * The Context Object as this state sees it (R-CTX-01): `Execution`, `StateMachine`, `State`
   * (`RetryCount` only on the states that can retry), and `Task.Token` for callback tasks.
   * Key order follows AWS's (LocalStack test_context_object, recorded on AWS). In testState with a
   * `context`, it is that object as given (AWS TestState).
   * @param extra - additional members (`Map.Item` inside ItemSelector)
   * @returns a new Context Object (or testState's own)
   */
  contextObject(extra?: JsonObject): JsonObject {
    const given = this.rt.contextObject;
    if (given !== undefined) return extra === undefined ? given : { ...given, ...extra };
    const state: JsonObject = { Name: this.cs.name, EnteredTime: this.enteredTime };
    if (this.cs.type === 'Task' || this.cs.type === 'Parallel' || this.cs.type === 'Map')
      state['RetryCount'] = this.#retryCount;
    const context: JsonObject = {
      Execution: this.rt.context.Execution,
      StateMachine: this.rt.context.StateMachine,
      State: state,
    };
    if (this.#taskToken !== undefined) context['Task'] = { Token: this.#taskToken };
    return extra === undefined ? context : { ...context, ...extra };
  }

  /**
   * The roots a path is evaluated against.
   * @param input - what `$` means
   * @param extra - additional Context Object members
   * @returns the roots: the visit itself for its raw input
   */
  roots(input: JsonValue, extra?: JsonObject): PathRoots {
    if (input === this.input && extra === undefined) return this;
    return new VisitRoots(this, input, extra);
  }
}

/** Path roots whose Context Object is built on first use (most paths never read `$$`). */
class VisitRoots implements PathRoots {
  readonly input: JsonValue;
  readonly variables: (name: string) => JsonValue | undefined;
  readonly #visit: StateVisit;
  readonly #extra: JsonObject | undefined;
  #context: JsonObject | undefined;

  constructor(visit: StateVisit, input: JsonValue, extra: JsonObject | undefined) {
    this.input = input;
    this.variables = visit.variables;
    this.#visit = visit;
    this.#extra = extra;
  }

  get context(): JsonObject {
    return (this.#context ??= this.#visit.contextObject(this.#extra));
  }
}
