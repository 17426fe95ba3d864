import type { QueryLanguage } from '../definition/types.ts';
import type { JsonValue } from '../json.ts';
import type { Routine } from '../time/fiber.ts';
import { jsonPathStates } from './jsonpath-states.ts';
import type { QueryLanguageStates } from './query-language-states.ts';
import { jsonataStateRuntime } from './query-language-states.ts';
import type { StateOutcome } from './state-outcome.ts';
import type { StateVisit } from './state-visit.ts';
import { forgettingTexts } from './text-guard.ts';

/**
 * How states of a query language run (R-QL-01): JSONPath's from the core, JSONata's from
 * `@aslkit/engine/jsonata`.
 * @param language - the state's effective query language
 * @returns its executors and Catcher handling
 */
export function statesOf(language: QueryLanguage): QueryLanguageStates {
  return language === 'JSONata' ? jsonataStateRuntime() : jsonPathStates;
}

/**
 * Runs a state's executor. The payload texts the recorder keeps are forgotten each time the
 * executor resumes after waiting (forgettingTexts): the caller's code may have run meanwhile.
 * @param visit - the state visit
 * @param input - the raw state input
 * @returns the executor's routine
 */
export function executeState(visit: StateVisit, input: JsonValue): Routine<StateOutcome> {
  return forgettingTexts(visit.thread.recorder.texts, executorRoutine(visit, input));
}

/**
 * The one exhaustive switch over state types (ARCHITECTURE.md): adding a state type breaks the
 * build here until it has an executor; each query language gives one executor per type.
 */
function executorRoutine(visit: StateVisit, input: JsonValue): Routine<StateOutcome> {
  const state = visit.cs.state;
  const executors = statesOf(visit.cs.queryLanguage).executors;
  switch (state.Type) {
    case 'Pass':
      return executors.Pass(visit, state, input);
    case 'Task':
      return executors.Task(visit, state, input);
    case 'Choice':
      return executors.Choice(visit, state, input);
    case 'Wait':
      return executors.Wait(visit, state, input);
    case 'Succeed':
      return executors.Succeed(visit, state, input);
    case 'Fail':
      return executors.Fail(visit, state, input);
    case 'Parallel':
      return executors.Parallel(visit, state, input);
    case 'Map':
      return executors.Map(visit, state, input);
    default:
      return assertNever(state);
  }
}

function assertNever(value: never): never {
  throw new Error(`engine bug: unknown state type ${JSON.stringify(value)}`);
}
