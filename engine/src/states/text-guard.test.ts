import { describe, expect, it } from 'vitest';
import { PayloadTexts } from '../history/payload-texts.ts';
import type { JsonObject } from '../json.ts';
import type { Routine } from '../time/fiber.ts';
import { wait } from '../time/fiber.ts';
import { Signal } from '../time/signal.ts';
import { forgettingTexts } from './text-guard.ts';

/** Drives a routine by hand: each pending signal it yields is settled with `value`. */
function drive<T>(routine: Routine<T>, value: unknown, onYield: () => void): T {
  let step = routine.next();
  while (step.done !== true) {
    onYield();
    step = routine.next({ ok: true, value });
  }
  return step.value;
}

describe('forgettingTexts', () => {
  it('forgets the texts each time the routine resumes after waiting, and returns its value', () => {
    const texts = new PayloadTexts();
    const value: JsonObject = { n: 1 };
    const seen: string[] = [];
    function* body(): Routine<string> {
      seen.push(texts.textOf(value));
      const answer = yield* wait(new Signal<string>());
      seen.push(texts.textOf(value));
      return answer;
    }
    const result = drive(forgettingTexts(texts, body()), 'done', () => {
      // The caller's code runs while the routine waits, and changes the value.
      value['n'] = 2;
    });
    expect(result).toBe('done');
    expect(seen).toStrictEqual(['{"n":1}', '{"n":2}']);
  });

  it('passes a failure on to the routine (as a settlement or thrown in), texts forgotten first', () => {
    const texts = new PayloadTexts();
    const value: JsonObject = { n: 1 };
    function* body(): Routine<string> {
      texts.textOf(value);
      try {
        yield* wait(new Signal<string>());
        return 'no';
      } catch (error) {
        return `${(error as Error).message} ${texts.textOf(value)}`;
      }
    }
    const settled = forgettingTexts(texts, body());
    settled.next();
    value['n'] = 3;
    expect(settled.next({ ok: false, error: new Error('failed') })).toStrictEqual({
      done: true,
      value: 'failed {"n":3}',
    });
    const thrown = forgettingTexts(texts, body());
    thrown.next();
    value['n'] = 4;
    expect(thrown.throw(new Error('thrown'))).toStrictEqual({
      done: true,
      value: 'thrown {"n":4}',
    });
  });

  it('closes the routine when it is closed while waiting', () => {
    const texts = new PayloadTexts();
    let closed = false;
    function* body(): Routine<string> {
      try {
        yield* wait(new Signal<string>());
        return 'no';
      } finally {
        closed = true;
      }
    }
    const guarded = forgettingTexts(texts, body());
    guarded.next();
    guarded.return('stop');
    expect(closed).toBe(true);
  });
});
