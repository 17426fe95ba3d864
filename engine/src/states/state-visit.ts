import type { JsonObject, JsonValue } from '../json.ts';
import type { PathRoots } from '../path/index.ts';
import type { CompiledState } from './compile-scope.ts';
import type { ExecutionRuntime } from './runtime.ts';
import type { StepRecord } from './step-record.ts';
import type { Thread } from './thread.ts';

/**
 * One visit of a state: the runtime, the thread it runs on, its step record and its Context
 * Object. Executors read everything they need from here.
 */
export class StateVisit {
  readonly rt: ExecutionRuntime;
  readonly thread: Thread;
  readonly cs: CompiledState;
  readonly record: StepRecord;
  readonly enteredTime: string;
  /** `$$.State.RetryCount`: 0 on the first attempt (R-CTX-05). */
  retryCount = 0;
  /** `$$.Task.Token` while a callback task waits (R-CTX-06). */
  taskToken: string | undefined;
  /**
   * Set by Parallel and Map when a branch or iteration failed them: if no Retrier retries the
   * state, it records `ParallelStateFailed` / `MapStateFailed` before the error moves on.
   */
  branchesFailed = false;

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
  }

  /** The id of the state's `…StateEntered` event. */
  get enteredEventId(): number {
    return this.record.enteredEventId;
  }

  /**
   * The Context Object as this state sees it (R-CTX-01): `Execution`, `StateMachine`, `State`
   * (`RetryCount` only on the states that can retry), and `Task.Token` for callback tasks.
   * Key order follows AWS's (LocalStack test_context_object, recorded on AWS). In testState with a
   * `context`, it is that object as given (AWS TestState).
   * @param extra - additional members (`Map.Item` inside ItemSelector)
   * @returns the Context Object
   */
  context(extra?: JsonObject): JsonObject {
    const given = this.rt.contextObject;
    if (given !== undefined) return extra === undefined ? given : { ...given, ...extra };
    const state: JsonObject = { Name: this.cs.name, EnteredTime: this.enteredTime };
    if (this.cs.type === 'Task' || this.cs.type === 'Parallel' || this.cs.type === 'Map')
      state['RetryCount'] = this.retryCount;
    const context: JsonObject = {
      Execution: this.rt.context.Execution,
      StateMachine: this.rt.context.StateMachine,
      State: state,
    };
    if (this.taskToken !== undefined) context['Task'] = { Token: this.taskToken };
    return extra === undefined ? context : { ...context, ...extra };
  }

  /**
   * The roots a path is evaluated against.
   * @param input - what `$` means
   * @param extra - additional Context Object members
   * @returns the roots
   */
  roots(input: JsonValue, extra?: JsonObject): PathRoots {
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
    this.variables = visit.thread.lookupVariable;
    this.#visit = visit;
    this.#extra = extra;
  }

  get context(): JsonObject {
    return (this.#context ??= this.#visit.context(this.#extra));
  }
}
