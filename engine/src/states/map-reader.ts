import type { MapState } from '../definition/types.ts';
import { stateFailure, statesError } from '../errors/states-error.ts';
import type { JsonValue } from '../json.ts';
import { cloneJson, isJsonObject, toJsonValue } from '../json.ts';
import { compileReferencePath } from '../path/index.ts';
import { createCancellation } from '../tasks/cancellation.ts';
import { findTaskHandler } from '../tasks/handlers.ts';
import type { Routine } from '../time/fiber.ts';
import { wait } from '../time/fiber.ts';
import { resolveTemplate } from './jsonpath-io.ts';
import type { StateVisit } from './state-visit.ts';

/**
 * ItemReader (R-MAP-27..29), reduced to what runs without AWS: the reader's `Resource` is served
 * like a Task — by the mocks of the Map state's name, or by a handler registered for the Map
 * state's name or the reader's resource — and must answer with the items as a JSON array
 * (`ReaderConfig.MaxItems(Path)` then keeps the first ones). CSV, JSONL, manifests and S3 are left
 * to that handler.
 * @param visit - the state visit
 * @param state - the Map state (with an ItemReader)
 * @param effective - the input after InputPath
 * @returns the items
 */
export function* readItems(
  visit: StateVisit,
  state: MapState,
  effective: JsonValue,
): Routine<JsonValue[]> {
  const reader = state.ItemReader;
  if (reader === undefined) return [];
  const parameters = isJsonObject(reader.Parameters)
    ? resolveTemplate(reader.Parameters, visit, effective)
    : {};
  return yield* readItemsFrom(visit, reader.Resource, parameters, () =>
    readerMaxItems(visit, state, effective),
  );
}

/**
 * Reads the items of an ItemReader, whatever the query language: asks the mock or handler, checks
 * that it answered an array (R-MAP-29) and keeps the first `MaxItems` (R-MAP-27).
 * @param visit - the state visit
 * @param resource - the reader's resource
 * @param parameters - its Parameters (JSONPath) or Arguments (JSONata), worked out
 * @param maxItems - reads MaxItems once the items are read (undefined or 0: all of them)
 * @returns the items
 */
export function* readItemsFrom(
  visit: StateVisit,
  resource: string,
  parameters: JsonValue,
  maxItems: () => number | undefined,
): Routine<JsonValue[]> {
  const read = yield* invokeReader(visit, resource, parameters);
  if (!Array.isArray(read))
    throw statesError('States.ItemReaderFailed', 'Attempting to map over non-iterable node.');
  const limit = maxItems();
  return limit === undefined || limit === 0 ? read : read.slice(0, limit);
}

function* invokeReader(
  visit: StateVisit,
  resource: string,
  parameters: JsonValue,
): Routine<JsonValue> {
  const { tasks, scheduler } = visit.rt;
  const mocked = tasks.mocks?.next(visit.cs.name);
  if (mocked !== undefined) {
    if (mocked.kind === 'throw') throw statesError(mocked.error, mocked.cause);
    return cloneJson(mocked.value);
  }
  const handler = findTaskHandler(tasks.handlers, visit.cs.name, resource);
  if (handler === undefined) {
    throw stateFailure(
      'States.Runtime',
      `No task handler or mock for the ItemReader of state '${visit.cs.name}' (resource '${resource}').`,
    );
  }
  const cancellation = createCancellation();
  let returned: unknown;
  try {
    returned = handler(cloneJson(parameters), {
      stateName: visit.cs.name,
      resource,
      context: visit.contextObject(),
      retryCount: visit.retryCount,
      taskToken: undefined,
      signal: cancellation.signal,
      heartbeat: () => undefined,
      sendTaskSuccess: () => undefined,
      sendTaskFailure: () => undefined,
    });
  } catch (thrown) {
    throw statesError(
      'States.ItemReaderFailed',
      thrown instanceof Error ? thrown.message : String(thrown),
    );
  } finally {
    // The handler is the caller's code: it may have changed a value whose text is kept.
    visit.thread.recorder.texts.forget();
  }
  const value = isPromiseLike(returned)
    ? yield* wait(
        scheduler.external(returned, () => {
          cancellation.abort('stopped');
        }),
      )
    : returned;
  return toJsonValue(value) ?? null;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** MaxItems / MaxItemsPath (R-MAP-28, E-19, E-20). */
function readerMaxItems(
  visit: StateVisit,
  state: MapState,
  effective: JsonValue,
): number | undefined {
  const config = state.ItemReader?.ReaderConfig;
  if (config === undefined) return undefined;
  if (typeof config.MaxItems === 'number') return config.MaxItems;
  if (config.MaxItemsPath === undefined) return undefined;
  const lookup = compileReferencePath(config.MaxItemsPath).evaluate(visit.roots(effective));
  if (!lookup.found)
    throw stateFailure(
      'States.Runtime',
      `Invalid path '${config.MaxItemsPath}' : ${lookup.reason}`,
    );
  const value = lookup.value;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw stateFailure(
      'States.Runtime',
      `The MaxItemsPath field refers to value "${typeof value === 'string' ? value : JSON.stringify(value)}" which is not a valid integer: ${config.MaxItemsPath}`,
    );
  }
  if (value <= 0) throw statesError('States.ItemReaderFailed', 'field MaxItems must be positive');
  return value;
}
