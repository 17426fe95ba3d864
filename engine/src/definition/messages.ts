/**
 * The text of every definition diagnostic, in one table. Where AWS's wording is known it is
 * reproduced verbatim (asl-rules.md §21, with the source of each); the other messages are ours,
 * written in the same register: they name the field and say what would make it valid.
 *
 * Grouped by the rule they serve. Each template is its own export, imported as a namespace
 * (`import * as messages from './messages.ts'`, then `messages.missingTarget(name)`), so that a
 * bundle keeps only the templates it calls and the minifier can shorten their names.
 */

/** JSON type names as AWS's schema validator spells them (`Expected value of type Integer`). */
export type ExpectedTypeName = 'String' | 'Integer' | 'Number' | 'Boolean' | 'Object' | 'Array';

/**
 * Writes a numeric limit the way AWS's Java validator does: integers plainly (`Minimum value is
 * 0`), limits of decimal fields with a fractional part (`Minimum value is 0.0`, FLOCI#3733).
 * @param limit - the bound
 * @param decimal - whether the field takes decimals
 * @returns the bound as text
 */
function formatLimit(limit: number, decimal: boolean): string {
  return decimal && Number.isInteger(limit) ? limit.toFixed(1) : String(limit);
}

// V-01, LS:test_validate_state_machine_definition_not_a_definition (verbatim)
export const notAnObject = (): string => 'Definition must be a valid JSON object';
// V-03..V-05 (verbatim)
export const requiredFields = (fields: readonly string[]): string => `These fields are required: [${fields.join(', ')}]`;
// V-21 (verbatim)
export const requiredFieldMissing = (field: string): string => `The field '${field}' is required but was missing`;
// V-06 (verbatim); also used for the other closed value sets
export const enumValue = (field: string, values: readonly string[]): string =>
  `The field '${field}' should have one of these values: [${values.join(', ')}]`;
// V-10, V-14 (verbatim)
export const notSupported = (field: string): string => `Field '${field}' is not supported`;
// V-19 (verbatim)
export const empty = (): string => 'Value cannot be empty';
// V-20 (verbatim)
export const notRfc3339 = (): string => 'String does not match RFC3339 timestamp';
// V-07 (verbatim, localstack#11978)
export const missingTarget = (name: string): string => `Missing 'Next' target: ${name}`;
// V-08 (verbatim, FLOCI#2735)
export const unreachable = (name: string): string => `State "${name}" is not reachable.`;
// V-09 (verbatim, FLOCI#2735)
export const noTerminalState = (): string => 'Workflow has no terminal state';
// V-11 (verbatim)
export const queryLanguageDowngrade = (): string =>
  "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine";
// V-12 (verbatim, FLOCI#2968)
export const onlyForJsonata = (field: string): string =>
  `The QueryLanguage is set to 'JSONPath', but field '${field}' is only supported for the 'JSONata' QueryLanguage`;
// V-13 (verbatim, FLOCI#3733)
export const onlyForJsonPath = (field: string): string =>
  `The QueryLanguage is set to 'JSONata', but field '${field}' is only supported for the 'JSONPath' QueryLanguage`;
// V-15 (verbatim)
export const onlyOneOf = (fields: readonly string[]): string =>
  `There should only be one of the following fields: [${fields.join(', ')}]`;
// V-16 (verbatim)
export const minimum = (limit: number, decimal: boolean): string => `Minimum value is ${formatLimit(limit, decimal)}`;
export const maximum = (limit: number, decimal: boolean): string => `Maximum value is ${formatLimit(limit, decimal)}`;
// V-17 (verbatim)
export const notReferencePath = (): string => 'Value is not a Reference Path';
// V-18 (verbatim)
export const payloadTemplateValue = (key: string): string =>
  `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call`;
// V-22 (verbatim)
export const resourceNotRecognized = (resource: string): string =>
  `The resource provided ${resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`;
// V-23 (verbatim, including the trailing space of the second text)
export const expressSync = (): string => "Express state machine does not support '.sync' service integration";
export const expressCallback = (): string => "Express state machine does not support '.waitForTaskToken' service integration ";
export const expressActivity = (): string => 'Express state machine does not support Activity ARN';
// AWS's schema text for a wrong JSON type (SCHEMA_VALIDATION_FAILED: Expected value of type Integer)
export const expectedType = (type: ExpectedTypeName): string => `Expected value of type ${type}`;
// V-27: AWS's code DUPLICATE_STATE_NAME with "Duplicate State name: …" (cfn-lint#3616)
export const duplicateStateName = (name: string): string => `Duplicate State name: ${name}`;
// V-29 (statelint's text)
export const statesAllNotLast = (): string => 'States.ALL can only appear in the last element, and by itself.';
// V-31 (ASLS diagnosticStrings)
export const moreThanOneOperator = (): string => 'Each Choice Rule can only have one comparison operator.';

// Our own texts for the rows AWS's wording was not captured for.
export const definitionTooLarge = (bytes: number, limit: number): string =>
  `The definition is ${bytes} bytes; the maximum definition size is ${limit} bytes (1 MB)`;
export const notJson = (found: string): string => `Expected a JSON value but found ${found}`;
export const tooManyValues = (limit: number): string =>
  `The definition holds more than ${limit} values; it cannot fit in the maximum definition size of 1 MB`;
export const circular = (): string => 'The definition contains a circular reference; a definition must be a JSON tree';
export const tooDeep = (limit: number): string => `The definition is nested more than ${limit} levels deep`;
// V-28 (verbatim, asl-validator#69)
export const nameTooLong = (name: string, limit: number): string =>
  `Invalid State name: State '${name}' exceeds the ${limit}-character limit allowed by the service`;
export const nextOrEnd = (): string => "The state must have either the field 'Next' or the field 'End' set to true";
export const noComparisonOperator = (): string =>
  "A Choice Rule with 'Variable' must have exactly one comparison operator, for example 'StringEquals'";
export const notAChoiceRule = (): string =>
  "A Choice Rule must be a data-test expression ('Variable' and one comparison operator) or a Boolean expression ('And', 'Or' or 'Not')";
export const exactlyOneOf = (fields: readonly string[]): string =>
  `Exactly one of the following fields is required: [${fields.join(', ')}]`;
export const atLeastOneOf = (fields: readonly string[]): string =>
  `At least one of the following fields is required: [${fields.join(', ')}]`;
export const heartbeatNotBelowTimeout = (): string => "The field 'HeartbeatSeconds' must be smaller than the field 'TimeoutSeconds'";
export const labelTooLong = (limit: number): string => `The field 'Label' must be at most ${limit} characters long`;
export const labelCharacter = (character: string): string =>
  `The field 'Label' cannot contain the character ${JSON.stringify(character)}`;
export const notNull = (field: string): string => `The field '${field}' cannot be null`;
export const invalidPath = (field: string, detail: string): string =>
  `The value for the field '${field}' must be a valid JSONPath: ${detail}`;
export const resultPathContext = (field: string): string =>
  `The field '${field}' cannot write into the Context Object; use a path that starts with '$.' or '$['`;
export const resultPathVariable = (field: string): string =>
  `The field '${field}' cannot reference a variable; use Assign to set variables`;
export const notReferencePathOrIntrinsic = (field: string): string =>
  `The value for the field '${field}' must be a valid Reference Path or a valid intrinsic function call`;
export const intrinsicNotAllowedHere = (name: string, field: string): string =>
  `The intrinsic function '${name}' cannot be used in the field '${field}' because it does not return a string`;
export const contextPathNotAllowed = (field: string): string =>
  `The field '${field}' must be a Reference Path into the state input or a variable; the Context Object ('$$') is not allowed here`;
// the same text as io/compile-payload-template.ts, which the runtime throws
export const duplicateTemplateKey = (name: string, first: string, second: string): string =>
  `The field '${name}' is given twice, as '${first}' and as '${second}', after removing the '.$' suffix`;
export const reservedVariable = (): string => "The variable name 'states' is reserved and cannot be assigned";
export const invalidVariableName = (name: string): string =>
  `Invalid variable name '${name}': a variable name starts with a Unicode ID_Start character followed by ID_Continue characters`;
export const variableSubPath = (name: string): string =>
  `Invalid variable name '${name}': Assign sets whole variables and cannot write into a sub-path`;
export const variableNameTooLong = (name: string, limit: number): string =>
  `Invalid variable name '${name}': a variable name must be at most ${limit} characters long`;
export const notJsonataOrLiteral = (type: ExpectedTypeName): string =>
  `Expected value of type ${type} or a JSONata expression ('{% … %}')`;
// V-24 (verbatim, FLOCI#2670)
export const jsonataTopLevelReference = (name: string): string => `Reference to '${name}' at the top level is not supported.`;
// V-24 for `$$` (verbatim, FLOCI#2745 / PR #2786)
export const jsonataRootReference = (): string => "Reference to '$$' is not supported.";
// V-26 (verbatim for errorOutput, FLOCI#2745 / PR #2786; the same sentence for the other fields)
export const jsonataStatesField = (field: string): string => `Field '$states.${field}' does not exist.`;
// R-VAR-13 (ours: AWS's text was not captured)
export const variableShadowsOuterScope = (name: string, outer: string): string =>
  `The variable '${name}' is assigned in an enclosing scope (${outer}); a state in a Parallel branch or a Map iteration may read it but cannot assign it`;
