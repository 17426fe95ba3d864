import type { Observation } from '../adapters/adapter-types.ts';
import type { CaseResult } from '../run/outcome.ts';

/** The most JSON characters one field of a kept observation may take in a report. */
export const MAX_OBSERVED_FIELD_CHARS = 16_000;

/** How many characters of a left-out field a report keeps, so a reader sees what it was. */
const KEPT_HEAD_CHARS = 300;

/**
 * The text that stands for a field too large to keep: its size and its first characters.
 * @param text - the field's JSON text
 * @returns a one-line summary
 */
function leftOut(text: string): string {
  return `[${text.length} characters of JSON left out of the report; it begins: ${text.slice(0, KEPT_HEAD_CHARS)}…]`;
}

/**
 * Keeps a report readable when an engine answers with a huge value (a case about the 256 KiB
 * payload quota makes an engine without that quota return megabytes): each top-level field of
 * the observation whose JSON is longer than `limit` characters is replaced by a string that says
 * how long it was and shows how it begins. Small observations are returned unchanged.
 * @param observation - what the engine reported
 * @param limit - the most JSON characters a field may take
 * @returns the observation, with oversized fields summarised
 */
export function boundObservation(
  observation: Observation,
  limit = MAX_OBSERVED_FIELD_CHARS,
): Observation {
  const record: object = observation;
  const fields = Object.entries(record).map(([name, value]: [string, unknown]) => {
    const text = JSON.stringify(value) as string | undefined;
    return {
      name,
      value,
      oversized: text !== undefined && text.length > limit ? text : undefined,
    };
  });
  if (fields.every(({ oversized }) => oversized === undefined)) return observation;
  return Object.fromEntries(
    fields.map(({ name, value, oversized }) => [
      name,
      oversized === undefined ? value : leftOut(oversized),
    ]),
  ) as unknown as Observation;
}

/**
 * A case result as a report keeps it: the same, with its observation bounded.
 * @param result - a case result
 * @param limit - the most JSON characters a field of the observation may take
 * @returns the result to write
 */
export function boundResult(result: CaseResult, limit = MAX_OBSERVED_FIELD_CHARS): CaseResult {
  if (result.observed === undefined) return result;
  const observed = boundObservation(result.observed, limit);
  return observed === result.observed ? result : { ...result, observed };
}
