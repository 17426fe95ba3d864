import type { JsonValue } from '../json.ts';
import { stringifyJson } from '../json.ts';

/**
 * Builds the JSON text of a value from what made it (see PayloadTexts#note).
 * @param source - what the value was built from (a compiled payload template…)
 * @param value - the value, unchanged since it was built
 * @returns the value's JSON text, exactly as `JSON.stringify` writes it
 */
export type PayloadTextBuilder<S> = (source: S, value: JsonValue) => string;

/**
 * The JSON text of the payload last written into an execution's history (or about to be), so
 * that the next event about the same value reuses it: a state's output is usually the next
 * state's input, and a Choice's output is its input, so most `…StateEntered` inputs and many
 * `…StateExited` outputs are the value just stringified.
 *
 * One entry, keyed on the value's identity. The engine never changes a value once it is built
 * (copy on write), so the entry stays right as long as nothing else can change the value: it is
 * forgotten whenever code other than the engine's may have run (a history listener, a task
 * handler, a wait of any kind, a step-mode pause), where the caller's code could reach the value
 * (through `execution.steps`, the Context Object…) and change it. Injected clocks and random
 * sources are trusted not to change payloads. The text served is therefore always the text that
 * stringifying the value at that moment would give.
 */
export class PayloadTexts {
  #value: JsonValue | undefined = undefined;
  #text: string | undefined = undefined;
  #build: PayloadTextBuilder<never> | undefined = undefined;
  #source: unknown = undefined;

  /**
   * The compact JSON text of a value (as AWS writes payloads).
   * @param value - the value
   * @returns its text, reused when it is the value of the entry
   */
  textOf(value: JsonValue): string {
    if (value !== this.#value) {
      this.#value = value;
      this.#build = undefined;
      this.#source = undefined;
      return (this.#text = stringifyJson(value));
    }
    if (this.#text === undefined) {
      const build = this.#build as PayloadTextBuilder<unknown>;
      this.#text = build(this.#source, value);
      this.#build = undefined;
      this.#source = undefined;
    }
    return this.#text;
  }

  /**
   * Notes a value just built, and how to build its text if it is asked for: from what built it
   * (for a payload template, its precomputed key texts), which is much cheaper than
   * `JSON.stringify` for the small objects most states produce. Nothing is built if the text is
   * never asked for before the entry changes.
   * @param value - the new value (a fresh object that nothing else has seen)
   * @param build - builds its text
   * @param source - what `build` reads besides the value
   */
  note<S>(value: JsonValue, build: PayloadTextBuilder<S>, source: S): void {
    this.#value = value;
    this.#text = undefined;
    this.#build = build;
    this.#source = source;
  }

  /** Forgets the entry: code other than the engine's may have run and changed the value. */
  forget(): void {
    this.#value = undefined;
    this.#text = undefined;
    this.#build = undefined;
    this.#source = undefined;
  }
}
