import { evaluateChoiceRule } from '../choice/index.ts';
import type { ChoiceState, JsonPathTopLevelChoiceRule } from '../definition/types.ts';
import { stateFailure } from '../errors/states-error.ts';
import type { JsonValue } from '../json.ts';
import type { PathRoots } from '../path/index.ts';
import { inputPathStage, outputPathStage } from './jsonpath-io.ts';
import type { StateOutcome } from './state-outcome.ts';
import { outcome } from './state-outcome.ts';
import type { StateVisit } from './state-visit.ts';

/**
 * Choice (R-CHOICE): rules are tried in order on the effective input and the first that matches
 * names the next state (R-CHOICE-02); its `Assign` replaces the state's (R-VAR-09). With no
 * match, `Default` (and the state's `Assign`), or `States.NoChoiceMatched` (R-CHOICE-04). The
 * output is the effective input through OutputPath (R-CHOICE-06).
 * @param visit - the state visit
 * @param state - the Choice state
 * @param input - the raw state input
 * @returns the outcome
 */
export function executeChoice(
  visit: StateVisit,
  state: ChoiceState,
  input: JsonValue,
): StateOutcome {
  const effective = inputPathStage(visit, state.InputPath, input);
  const roots = visit.roots(effective);
  const chosen = firstMatch(state.Choices as JsonPathTopLevelChoiceRule[], roots);
  const output = outputPathStage(visit, state.OutputPath, effective);
  if (chosen !== undefined) return outcome(output, chosen.Next, chosen.Assign, effective);
  if (state.Default !== undefined) return outcome(output, state.Default, state.Assign, effective);
  // The cause text is not documented or recorded by AWS (asl-rules.md E-29).
  throw stateFailure(
    'States.NoChoiceMatched',
    'No Choice Rule matched the input and the Choice state has no Default.',
  );
}

/** The first rule that matches, in order (a loop rather than `find`: no closure per visit). */
function firstMatch(
  rules: readonly JsonPathTopLevelChoiceRule[],
  roots: PathRoots,
): JsonPathTopLevelChoiceRule | undefined {
  for (const rule of rules) if (evaluateChoiceRule(rule, roots)) return rule;
  return undefined;
}
