import type {
  HistoryEvent,
  HistoryEventDraft,
  HistoryEventType,
  StateEnteredDetails,
  StateExitedDetails,
} from '../history/events.ts';
import type { HistoryRecorder } from '../history/recorder.ts';
import type { JsonValue } from '../json.ts';
import type { StepLocation } from './step-record.ts';
import type { VariableScope } from './variables.ts';

/**
 * One line of execution inside an execution: the top level, a Parallel branch or a Map
 * iteration. It carries what AWS's history links events by (`previousEventId`, R-HIST-04): each
 * event names the thread's previous one. Some events are recorded "aside": they name the previous
 * event but later events do not name them (AWS: `MapIterationSucceeded`, `MapStateSucceeded`,
 * `ParallelStateSucceeded`, and `ExecutionStarted`, which is why the first state names event 0).
 */
export class Thread {
  /** The id the next event names as its previous one. */
  cursor: number;
  readonly recorder: HistoryRecorder;
  readonly variables: VariableScope;
  readonly location: StepLocation;
  /** Reads a variable of this thread (shared by every path the thread evaluates). */
  readonly lookupVariable: (name: string) => JsonValue | undefined;

  /**
   * @param recorder - where this thread's events go
   * @param variables - the thread's variable scope
   * @param location - the enclosing branches and iterations
   * @param cursor - the event the thread's first event follows
   */
  constructor(
    recorder: HistoryRecorder,
    variables: VariableScope,
    location: StepLocation,
    cursor: number,
  ) {
    this.recorder = recorder;
    this.variables = variables;
    this.location = location;
    this.cursor = cursor;
    this.lookupVariable = (name) => variables.get(name);
  }

  /**
   * Records an event that follows the thread's previous one, and makes it the new previous one.
   * @param draft - the event
   * @returns the recorded event
   */
  record(draft: HistoryEventDraft): HistoryEvent {
    const event = this.recorder.record(draft, this.cursor);
    this.cursor = event.id;
    return event;
  }

  /**
   * Records a state's `…StateEntered` event after the thread's previous one (see record).
   * @param type - the event type
   * @param details - its details
   * @returns the recorded event
   */
  recordStateEntered(type: HistoryEventType, details: StateEnteredDetails): HistoryEvent {
    const event = this.recorder.recordStateEntered(type, details, this.cursor);
    this.cursor = event.id;
    return event;
  }

  /**
   * Records a state's `…StateExited` event after the thread's previous one (see record).
   * @param type - the event type
   * @param details - its details
   * @returns the recorded event
   */
  recordStateExited(type: HistoryEventType, details: StateExitedDetails): HistoryEvent {
    const event = this.recorder.recordStateExited(type, details, this.cursor);
    this.cursor = event.id;
    return event;
  }

  /**
   * Records an event that follows the thread's previous one without becoming it.
   * @param draft - the event
   * @param previousEventId - the event it follows (default: the thread's previous one)
   * @returns the recorded event
   */
  recordAside(draft: HistoryEventDraft, previousEventId = this.cursor): HistoryEvent {
    return this.recorder.record(draft, previousEventId);
  }

  /**
   * The JSON text of a value, for an event. A state's output becomes the next state's input, so
   * the text of the last value is kept and reused (the recorder's PayloadTexts).
   * @param value - the value
   * @returns its compact JSON text
   */
  textOf(value: JsonValue): string {
    return this.recorder.texts.textOf(value);
  }
}
