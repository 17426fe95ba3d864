import type { PayloadTexts } from '../history/payload-texts.ts';
import type { Routine } from '../time/fiber.ts';
import type { Settlement } from '../time/signal.ts';

/**
 * Runs a routine (as `yield*` would) and forgets the execution's payload texts each time it
 * resumes after waiting: while it waited, the caller's code may have run and changed a value
 * whose text the recorder keeps (PayloadTexts). Every wait of a state's executor goes through
 * here (executeState), so the texts never outlive a wait.
 * @param texts - the recorder's payload texts
 * @param routine - the routine to run
 * @returns what the routine returns
 * @yields what the routine waits for
 */
export function* forgettingTexts<T>(texts: PayloadTexts, routine: Routine<T>): Routine<T> {
  let finished = false;
  try {
    let step = routine.next();
    while (step.done !== true) {
      let settlement: Settlement<unknown> | undefined;
      try {
        settlement = yield step.value;
      } catch (thrown) {
        texts.forget();
        step = routine.throw(thrown);
        continue;
      }
      texts.forget();
      step = routine.next(settlement);
    }
    finished = true;
    return step.value;
  } finally {
    // Closed from outside while it waited: close the routine too, as `yield*` does.
    if (!finished) routine.return(undefined as T);
  }
}
