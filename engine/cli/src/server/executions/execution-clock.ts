/**
 * The clock of one server execution. It has two phases.
 *
 * - Live: time follows the wall clock, `timeScale` times faster, anchored at the execution's
 *   start (`execMs = startMs + (wallNow - wallStartMs) × timeScale`), so it is the same function of
 *   wall time before and after a restart, and a Wait keeps the end it had.
 * - Replay (after a restart, see resume-execution.ts): the execution is re-run from its start and
 *   time is driven by the journal instead, so that everything it computes from the clock (Wait
 *   ends, time-outs, back-offs, `$$.State.EnteredTime`) comes out as it did the first time.
 *
 * It reports itself as a real clock, so the engine's scheduler asks it (`sleepUntil`) whenever
 * every branch is idle; in replay that is where journaled callbacks are re-applied and where
 * time jumps to the next timer.
 *
 * Live time stands still within one turn of the event loop, and a wake-up shows the time it was
 * asked for, not the time it came. Work takes wall time and timer callbacks come late (by at
 * least a millisecond, more under load), which `timeScale` multiplies: at 100,000× a millisecond
 * is 100 s of execution time. Were `now()` the wall clock, a Wait of 10 s entered a millisecond
 * after the execution started under a 30 s time-out would end after it; and at a late wake-up
 * both would be due at once, and the time-out could win. Instead, what an execution does in one
 * turn happens at one instant (the start at `startMs`, a wake-up at the timer's due time, a
 * callback when it arrives), so timers fire in their order, each at its own time, Waits last
 * exactly their seconds, and time never goes back. Between turns, time follows the wall clock.
 */
import type { Clock } from '@aslkit/engine';

/** A wait the scheduler can give up (the engine's RealSleep). */
export type ClockSleep = ReturnType<Clock['sleepUntil']>;

/** Where live time is anchored. */
export interface ClockAnchor {
  /** The execution's start, in execution time (epoch ms). */
  readonly startMs: number;
  /** The wall-clock time of that start (epoch ms). */
  readonly wallStartMs: number;
  /** Execution milliseconds per wall millisecond. */
  readonly timeScale: number;
}

/** Drives the clock while a journal is replayed. */
export interface ReplayDriver {
  /** Called when every branch of the execution is idle until `dueMs`. */
  idle(dueMs: number, clock: ExecutionClock): ClockSleep;
}

const never: Promise<void> = new Promise<void>(() => undefined);

/** The execution clock. */
export class ExecutionClock implements Clock {
  readonly kind = 'real';
  readonly anchor: ClockAnchor;
  readonly #wallNow: () => number;
  #replay: ReplayDriver | undefined;
  #pinnedMs: number;
  /** Live: the time shown until the current turn of the event loop ends. */
  #turnMs: number | undefined;
  #thawScheduled = false;
  /** Live: the latest time shown, so that a frozen turn never shows an earlier one. */
  #shownMs = Number.NEGATIVE_INFINITY;
  #timer: NodeJS.Timeout | undefined;
  #halted = false;

  /**
   * @param anchor - the live anchor
   * @param replay - the replay driver, when the execution is being resumed
   * @param wallNow - the wall clock (injected in tests)
   */
  constructor(anchor: ClockAnchor, replay?: ReplayDriver, wallNow: () => number = Date.now) {
    this.anchor = anchor;
    this.#replay = replay;
    this.#wallNow = wallNow;
    this.#pinnedMs = anchor.startMs;
    if (replay === undefined) this.#freeze(anchor.startMs);
  }

  /** Whether the journal is still being replayed. */
  get replaying(): boolean {
    return this.#replay !== undefined;
  }

  /** @returns the current execution time: the pinned time in replay, else live time */
  now(): number {
    if (this.#replay !== undefined) return this.#pinnedMs;
    return this.#turnMs ?? this.#freeze(this.liveNow());
  }

  /** @returns live time, whatever the phase */
  liveNow(): number {
    const { startMs, wallStartMs, timeScale } = this.anchor;
    return startMs + (this.#wallNow() - wallStartMs) * timeScale;
  }

  /** A real clock is never moved by the scheduler. */
  advanceTo(): void {
    // Time passes by itself (live) or is set by the replay driver (replay).
  }

  /**
   * Replay: moves the pinned time forward (never back).
   * @param timeMs - the time to show
   */
  pin(timeMs: number): void {
    if (timeMs > this.#pinnedMs) this.#pinnedMs = timeMs;
  }

  /** Ends the replay: from now on the clock is live. */
  goLive(): void {
    this.#replay = undefined;
  }

  /**
   * Waits until the clock shows `dueMs` (live), or lets the replay driver decide (replay).
   * @param dueMs - the execution time to wait for
   * @returns the wait
   */
  sleepUntil(dueMs: number): ClockSleep {
    if (this.#halted) return WAIT_FOR_WAKE;
    if (this.#replay !== undefined) return this.#replay.idle(dueMs, this);
    const delayMs = Math.max(0, (dueMs - this.liveNow()) / this.anchor.timeScale);
    let handle: NodeJS.Timeout | undefined;
    const promise = new Promise<void>((resolve) => {
      // setTimeout takes at most 2^31-1 ms; a longer wait wakes early and the scheduler asks again.
      handle = setTimeout(
        () => {
          // Timers may also fire a little early: then the scheduler finds nothing due and asks again.
          this.#freeze(Math.min(dueMs, this.liveNow()));
          resolve();
        },
        Math.min(Math.ceil(delayMs), 2_147_483_647),
      );
      this.#timer = handle;
    });
    return {
      promise,
      cancel: () => {
        clearTimeout(handle);
      },
    };
  }

  /**
   * Live: shows `timeMs` (or the latest time shown, if later) until the current turn of the event
   * loop ends.
   * @param timeMs - the time
   * @returns the time shown
   */
  #freeze(timeMs: number): number {
    this.#shownMs = Math.max(this.#shownMs, timeMs);
    this.#turnMs = this.#shownMs;
    if (!this.#thawScheduled) {
      this.#thawScheduled = true;
      setImmediate(() => {
        this.#thawScheduled = false;
        this.#turnMs = undefined;
      });
    }
    return this.#shownMs;
  }

  /**
   * Stops time for good (the server is closing): the pending wait never ends and no new one
   * starts, so the execution stays where it is without recording anything.
   */
  halt(): void {
    this.#halted = true;
    clearTimeout(this.#timer);
  }
}

/** A sleep that never ends by itself (the scheduler is woken by a callback instead). */
export const WAIT_FOR_WAKE: ClockSleep = { promise: never, cancel: () => undefined };

/** A sleep that is already over. */
export const NO_WAIT: ClockSleep = { promise: Promise.resolve(), cancel: () => undefined };
