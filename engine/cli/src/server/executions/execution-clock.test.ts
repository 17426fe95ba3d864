import { describe, expect, it } from 'vitest';
import type { ClockSleep, ReplayDriver } from './execution-clock.ts';
import { ExecutionClock, NO_WAIT } from './execution-clock.ts';

describe('ExecutionClock', () => {
  it('tells live time as a function of wall time, anchored at the start and scaled', async () => {
    let wall = 5_000;
    const clock = new ExecutionClock(
      { startMs: 1_000_000, wallStartMs: 5_000, timeScale: 60 },
      undefined,
      () => wall,
    );
    expect(clock.now()).toBe(1_000_000);
    wall = 6_000;
    await new Promise((resolve) => setImmediate(resolve));
    expect([clock.now(), clock.liveNow(), clock.kind, clock.replaying]).toStrictEqual([
      1_060_000,
      1_060_000,
      'real',
      false,
    ]);
  });

  it('shows the pinned time while replaying, moving only forward, until it goes live', () => {
    const idle: number[] = [];
    const driver: ReplayDriver = {
      idle: (dueMs): ClockSleep => {
        idle.push(dueMs);
        return NO_WAIT;
      },
    };
    const clock = new ExecutionClock(
      { startMs: 100, wallStartMs: 10, timeScale: 1 },
      driver,
      () => 50,
    );
    expect(clock.now()).toBe(100);
    clock.pin(180);
    clock.pin(150);
    expect([clock.now(), clock.replaying]).toStrictEqual([180, true]);
    expect(clock.sleepUntil(300)).toBe(NO_WAIT);
    expect(idle).toStrictEqual([300]);
    clock.goLive();
    expect([clock.now(), clock.replaying]).toStrictEqual([140, false]);
  });

  it('stands still within a turn of the event loop; a late wake-up shows the awaited time; never goes back', async () => {
    let wall = 0;
    const clock = new ExecutionClock(
      { startMs: 0, wallStartMs: 0, timeScale: 1000 },
      undefined,
      () => wall,
    );
    const turnOver = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    // The turn that starts the execution shows its start, however long its work takes.
    wall = 3;
    expect(clock.now()).toBe(0);
    await turnOver();
    expect(clock.now()).toBe(3000);
    wall = 4;
    expect([clock.now(), clock.liveNow()]).toStrictEqual([3000, 4000]);
    // A Wait ends at 10 s; the wake-up comes when 100 s of execution time have passed.
    const sleep = clock.sleepUntil(10_000);
    wall = 100;
    await sleep.promise;
    expect(clock.now()).toBe(10_000);
    await turnOver();
    expect(clock.now()).toBe(100_000);
    // A timer due at 30 s, asked for after 100 s were shown, wakes at once and shows no earlier time.
    await turnOver();
    const late = clock.sleepUntil(30_000);
    await late.promise;
    expect(clock.now()).toBe(100_000);
    // A wake-up before the awaited time (timers may fire early) shows live time.
    await turnOver();
    wall = 101;
    const early = clock.sleepUntil(101_005);
    await early.promise;
    expect(clock.now()).toBe(101_000);
  });

  it('never wakes once halted', async () => {
    const clock = new ExecutionClock(
      { startMs: 0, wallStartMs: 0, timeScale: 1 },
      undefined,
      () => 0,
    );
    const sleep = clock.sleepUntil(1);
    clock.halt();
    const after = clock.sleepUntil(0);
    const outcome = await Promise.race([
      sleep.promise.then(() => 'woke'),
      after.promise.then(() => 'woke'),
      new Promise((resolve) =>
        setTimeout(() => {
          resolve('still asleep');
        }, 20),
      ),
    ]);
    expect(outcome).toBe('still asleep');
  });
});
