/**
 * The `Choices` of every Choice state: a non-empty array of rule objects (R-CHOICE-01, V-31).
 * JSONPath rules are data tests or Boolean expressions (see `jsonpath-choice-rule.ts`); JSONata
 * rules have a `Condition` and a `Next`, and may have `Output`, `Assign` and `Comment`
 * (R-CHOICE-08). A JSONPath comparison in a JSONata rule is refused with AWS's V-13 text.
 */
import { getOwn, isJsonObject, type JsonValue } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { statesOfType } from '../definition-model.ts';
import { operandKindOf } from '../choice-operators.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import { checkJsonPathChoiceRule } from '../jsonpath-choice-rule.ts';
import * as messages from '../messages.ts';
import { checkValue, isJsonataExpression, rule as valueRule, type ValueRule } from '../value-rules.ts';

const JSONATA_RULE_FIELDS: ReadonlyMap<string, ValueRule> = new Map<string, ValueRule>([
  ['Next', valueRule.string],
  ['Output', valueRule.any],
  ['Assign', valueRule.object],
  ['Comment', valueRule.string],
]);
const JSONPATH_RULE_FIELDS = new Set(['Variable', 'And', 'Or', 'Not']);

function checkCondition(condition: JsonValue, pointer: string, report: ReportDiagnostic): void {
  if (typeof condition !== 'boolean' && !isJsonataExpression(condition)) {
    report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.notJsonataOrLiteral('Boolean'));
  }
}

function checkJsonataChoiceRule(rule: JsonValue, pointer: string, report: ReportDiagnostic): void {
  if (!isJsonObject(rule)) {
    report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.expectedType('Object'));
    return;
  }
  const missing = ['Condition', 'Next'].filter((field) => !Object.hasOwn(rule, field));
  if (missing.length > 0) report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.requiredFields(missing));
  for (const [field, value] of Object.entries(rule)) {
    const fieldRule = JSONATA_RULE_FIELDS.get(field);
    if (field === 'Condition') checkCondition(value, appendPointer(pointer, field), report);
    else if (fieldRule !== undefined) {
      checkValue(value, fieldRule, { holder: pointer, queryLanguage: 'JSONata', report }, field);
    } else if (JSONPATH_RULE_FIELDS.has(field) || operandKindOf(field) !== undefined) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.onlyForJsonPath(field));
    } else {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.notSupported(field));
    }
  }
}

/**
 * Enforces V-31, R-CHOICE-01, R-CHOICE-08, R-CHOICE-12, R-CHOICE-13, R-CHOICE-15, R-CHOICE-16,
 * R-CHOICE-18, R-PATH-06.
 */
export const choiceRules: DefinitionCheck = (model, report) => {
  for (const state of statesOfType(model, 'Choice')) {
    const choices = getOwn(state.object, 'Choices');
    if (!Array.isArray(choices)) continue;
    const pointer = appendPointer(state.pointer, 'Choices');
    if (choices.length === 0) report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.empty());
    const checkRule = state.queryLanguage === 'JSONata' ? checkJsonataChoiceRule : checkJsonPathChoiceRule;
    choices.forEach((rule, index) => { checkRule(rule, appendPointer(pointer, index), report); });
  }
};
