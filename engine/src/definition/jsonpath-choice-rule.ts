/**
 * Static checks of one JSONPath Choice Rule and the rules nested in it (V-31, R-CHOICE-12..18):
 * a rule is either a data test (`Variable` plus exactly one comparison operator whose operand
 * has the operator's type) or a Boolean expression (`And` / `Or` with a non-empty array of
 * rules, `Not` with one rule). Only top-level rules carry `Next` and `Assign`.
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { operandKindOf, type OperandKind } from './choice-operators.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from './diagnostics.ts';
import { appendPointer } from './json-pointer.ts';
import { isTimestamp, referencePathSyntaxError } from './language-parsers.ts';
import type { ExpectedTypeName } from './messages.ts';
import * as messages from './messages.ts';

const BOOLEAN_FIELDS = ['And', 'Or', 'Not'] as const;
const JSONATA_RULE_FIELDS = new Set(['Condition', 'Output']);
const LITERAL_TYPES: Readonly<Record<Exclude<OperandKind, 'path' | 'timestamp'>, ExpectedTypeName>> = {
  string: 'String',
  number: 'Number',
  boolean: 'Boolean',
};

interface RuleSite {
  pointer: string;
  topLevel: boolean;
  report: ReportDiagnostic;
}

function fail(site: RuleSite, pointer: string, message: string): void {
  site.report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, message);
}

function checkReferencePath(value: JsonValue, pointer: string, site: RuleSite): void {
  if (typeof value !== 'string') fail(site, pointer, messages.expectedType('String'));
  else if (referencePathSyntaxError(value) !== undefined) fail(site, pointer, messages.notReferencePath());
}

function checkOperand(kind: OperandKind, value: JsonValue, pointer: string, site: RuleSite): void {
  if (kind === 'path') {
    checkReferencePath(value, pointer, site);
  } else if (kind === 'timestamp') {
    if (typeof value !== 'string') fail(site, pointer, messages.expectedType('String'));
    else if (!isTimestamp(value)) fail(site, pointer, messages.notRfc3339());
  } else if (typeof value !== kind) {
    fail(site, pointer, messages.expectedType(LITERAL_TYPES[kind]));
  }
}

/** Reports fields a rule at this depth does not support; returns the operators it has. */
function checkRuleFields(rule: JsonObject, site: RuleSite): string[] {
  const operators: string[] = [];
  for (const [field, value] of Object.entries(rule)) {
    const kind = operandKindOf(field);
    if (kind !== undefined) {
      operators.push(field);
      checkOperand(kind, value, appendPointer(site.pointer, field), site);
    } else if (JSONATA_RULE_FIELDS.has(field)) {
      fail(site, site.pointer, messages.onlyForJsonata(field));
    } else if (field === 'Next' || field === 'Assign') {
      if (!site.topLevel) fail(site, site.pointer, messages.notSupported(field));
      else if (field === 'Next' && typeof value !== 'string') fail(site, appendPointer(site.pointer, field), messages.expectedType('String'));
    } else if (field === 'Comment') {
      if (typeof value !== 'string') fail(site, appendPointer(site.pointer, field), messages.expectedType('String'));
    } else if (field !== 'Variable' && !(BOOLEAN_FIELDS as readonly string[]).includes(field)) {
      fail(site, site.pointer, messages.notSupported(field));
    }
  }
  return operators;
}

function checkShape(rule: JsonObject, operators: readonly string[], site: RuleSite): void {
  const hasVariable = Object.hasOwn(rule, 'Variable');
  const booleans = BOOLEAN_FIELDS.filter((field) => Object.hasOwn(rule, field));
  const forms = [...booleans, ...(hasVariable || operators.length > 0 ? ['Variable'] : [])];
  if (forms.length > 1) fail(site, site.pointer, messages.onlyOneOf(forms));
  else if (forms.length === 0) fail(site, site.pointer, messages.notAChoiceRule());
  else if (booleans.length === 0) {
    if (!hasVariable) fail(site, site.pointer, messages.requiredFields(['Variable']));
    else if (operators.length === 0) fail(site, site.pointer, messages.noComparisonOperator());
    else if (operators.length > 1) fail(site, site.pointer, messages.moreThanOneOperator());
  }
  if (site.topLevel && !Object.hasOwn(rule, 'Next')) fail(site, site.pointer, messages.requiredFields(['Next']));
}

function checkNested(rule: JsonObject, site: RuleSite): void {
  const variable = getOwn(rule, 'Variable');
  if (variable !== undefined) checkReferencePath(variable, appendPointer(site.pointer, 'Variable'), site);
  for (const field of ['And', 'Or'] as const) {
    const list = getOwn(rule, field);
    if (list === undefined) continue;
    const pointer = appendPointer(site.pointer, field);
    if (!Array.isArray(list)) fail(site, pointer, messages.expectedType('Array'));
    else if (list.length === 0) fail(site, pointer, messages.empty());
    else list.forEach((nested, index) => { checkNestedRule(nested, appendPointer(pointer, index), site.report); });
  }
  const negated = getOwn(rule, 'Not');
  if (negated !== undefined) checkNestedRule(negated, appendPointer(site.pointer, 'Not'), site.report);
}

function checkRule(rule: JsonValue, site: RuleSite): void {
  if (!isJsonObject(rule)) {
    fail(site, site.pointer, messages.expectedType('Object'));
    return;
  }
  const operators = checkRuleFields(rule, site);
  checkShape(rule, operators, site);
  checkNested(rule, site);
}

function checkNestedRule(rule: JsonValue, pointer: string, report: ReportDiagnostic): void {
  checkRule(rule, { pointer, topLevel: false, report });
}

/**
 * Checks a top-level JSONPath Choice Rule and everything nested in it.
 * @param rule - an element of `Choices`
 * @param pointer - its pointer (`/States/C/Choices/0`)
 * @param report - receives the diagnostics
 */
export function checkJsonPathChoiceRule(rule: JsonValue, pointer: string, report: ReportDiagnostic): void {
  checkRule(rule, { pointer, topLevel: true, report });
}
