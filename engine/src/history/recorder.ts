import type { Clock } from '../time/clock.ts';
import { formatTimestamp } from '../time/clock.ts';
import type {
  HistoryEvent,
  HistoryEventDraft,
  HistoryEventType,
  StateEnteredDetails,
  StateExitedDetails,
} from './events.ts';
import { TERMINAL_EVENT_TYPES } from './events.ts';
import { emptyObjectArray } from './object-array.ts';
import { PayloadTexts } from './payload-texts.ts';

/** AWS's hard quota: 25,000 events per Standard execution (R-LIM-02). */
export const DEFAULT_MAX_HISTORY_EVENTS = 25_000;

/**
 * Thrown by the recorder instead of appending a non-terminal event that would take the last
 * place of the history: AWS keeps that place for the `ExecutionFailed` event that reports the
 * limit (floci-io/floci#2734, measured on AWS: event 25,000 is the failure, 24,999 the last
 * real event). Never caught by Retry or Catch.
 */
export class HistoryLimitReached extends Error {
  readonly maxEvents: number;

  /**
   * @param maxEvents - the limit that was reached
   */
  constructor(maxEvents: number) {
    super(`The execution reached the maximum number of history events (${maxEvents}).`);
    this.name = 'HistoryLimitReached';
    this.maxEvents = maxEvents;
  }
}

/**
 * Thrown by a sealed recorder: the execution has ended (stopped, timed out, failed), so a fiber
 * still unwinding must not add events after the terminal one (floci-io/floci#2782: AWS's history
 * ends with its terminal event).
 */
export class HistorySealed extends Error {
  constructor() {
    super('The execution has ended; its history is sealed.');
    this.name = 'HistorySealed';
  }
}

/** Receives each event as it is recorded. */
export type HistoryListener = (event: HistoryEvent) => void;

/**
 * The one place that assigns event ids and timestamps. Events are appended in the order they
 * happen; each caller says which event led to its own (`previousEventId`).
 */
export class HistoryRecorder {
  /**
   * The JSON text of the payload last recorded (or about to be), for reuse by the next event
   * about the same value; forgotten whenever a listener has run.
   */
  readonly texts = new PayloadTexts();
  readonly #events: HistoryEvent[] = emptyObjectArray();
  readonly #clock: Clock;
  readonly #maxEvents: number;
  readonly #listeners = new Set<HistoryListener>();
  #sealed = false;
  #stampMs = Number.NaN;
  #stamp = '';

  /**
   * @param clock - the execution's clock, read for every timestamp
   * @param maxEvents - the history quota (Infinity for none, as for Express executions)
   */
  constructor(clock: Clock, maxEvents: number = DEFAULT_MAX_HISTORY_EVENTS) {
    this.#clock = clock;
    this.#maxEvents = maxEvents;
  }

  /** The events so far, oldest first. */
  get events(): readonly HistoryEvent[] {
    return this.#events;
  }

  /** The id of the most recent event, 0 before the first. */
  get lastEventId(): number {
    return this.#events.length;
  }

  /**
   * Appends an event. The draft object becomes the event (the recorder adds `id`,
   * `previousEventId` and `timestamp` to it), so pass a fresh object.
   * @param draft - the event's type and details
   * @param previousEventId - the id of the event that led to this one (0 for none)
   * @returns the recorded event
   * @throws HistoryLimitReached when only the terminal event may still be recorded
   * @throws HistorySealed after seal()
   */
  record(draft: HistoryEventDraft, previousEventId: number): HistoryEvent {
    const id = this.#nextId(draft.type);
    // The draft becomes the event: one object per event, no copy.
    const event = draft as Partial<HistoryEvent> as Record<string, unknown>;
    event['id'] = id;
    event['previousEventId'] = previousEventId;
    event['timestamp'] = this.#timestamp();
    return this.#append(event as unknown as HistoryEvent);
  }

  /**
   * Appends a `…StateEntered` event. The events of every state visit are built here in one
   * piece, with their final values and always the same shape, where `record` adds three fields
   * to drafts of every shape (this runs twice per transition).
   * @param type - `PassStateEntered`, `TaskStateEntered`…
   * @param details - its `stateEnteredEventDetails`
   * @param previousEventId - the id of the event that led to this one
   * @returns the recorded event
   * @throws HistoryLimitReached, HistorySealed as record
   */
  recordStateEntered(
    type: HistoryEventType,
    details: StateEnteredDetails,
    previousEventId: number,
  ): HistoryEvent {
    const event = {
      type,
      stateEnteredEventDetails: details,
      id: this.#nextId(type),
      previousEventId,
      timestamp: this.#timestamp(),
    };
    return this.#append(event as HistoryEvent);
  }

  /**
   * Appends a `…StateExited` event, like recordStateEntered.
   * @param type - `PassStateExited`, `TaskStateExited`…
   * @param details - its `stateExitedEventDetails`
   * @param previousEventId - the id of the event that led to this one
   * @returns the recorded event
   * @throws HistoryLimitReached, HistorySealed as record
   */
  recordStateExited(
    type: HistoryEventType,
    details: StateExitedDetails,
    previousEventId: number,
  ): HistoryEvent {
    const event = {
      type,
      stateExitedEventDetails: details,
      id: this.#nextId(type),
      previousEventId,
      timestamp: this.#timestamp(),
    };
    return this.#append(event as HistoryEvent);
  }

  /** The id of the next event, after checking that it may be recorded. */
  #nextId(type: HistoryEventType): number {
    if (this.#sealed) throw new HistorySealed();
    const id = this.#events.length + 1;
    if (id >= this.#maxEvents && !TERMINAL_EVENT_TYPES.has(type))
      throw new HistoryLimitReached(this.#maxEvents);
    return id;
  }

  #append(event: HistoryEvent): HistoryEvent {
    const events = this.#events;
    // Inlined by the optimising compiler because the array holds objects from the start
    // (emptyObjectArray).
    events.push(event);
    if (this.#listeners.size > 0) {
      for (const listener of this.#listeners) notify(listener, event);
      // A listener is the caller's code: it may have changed a payload (see PayloadTexts).
      this.texts.forget();
    }
    return event;
  }

  /** The current time as text; virtual time often stands still across events, so it is cached. */
  #timestamp(): string {
    const nowMs = this.#clock.now();
    if (nowMs !== this.#stampMs) {
      this.#stampMs = nowMs;
      this.#stamp = formatTimestamp(nowMs);
    }
    return this.#stamp;
  }

  /** Refuses every later event (called right after the terminal event). */
  seal(): void {
    this.#sealed = true;
  }

  /**
   * Listens to events as they are recorded.
   * @param listener - called synchronously with each new event
   * @returns a function that stops listening
   */
  subscribe(listener: HistoryListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}

/**
 * Calls a listener; a listener that throws must not break the execution it observes, so its
 * error is dropped (listeners are the caller's code, not the engine's).
 */
function notify(listener: HistoryListener, event: HistoryEvent): void {
  try {
    listener(event);
  } catch {
    // A failing observer does not change what the execution does.
  }
}
