/**
 * Declarative rules for the JSON type and range of a field's value, and the one function that
 * applies them. Numeric fields that JSONata states may compute (`TimeoutSeconds`, `Seconds`,
 * `MaxConcurrency`, …) also accept a JSONata expression string there (R-JA-05, R-TASK-07).
 */
import { isJsonObject, type JsonValue } from '../json.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from './diagnostics.ts';
import { appendPointer } from './json-pointer.ts';
import type { ExpectedTypeName } from './messages.ts';
import * as messages from './messages.ts';
import type { QueryLanguage } from './types.ts';

/** What a field's value must be. */
export type ValueRule =
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'object' }
  | { kind: 'array' }
  | { kind: 'any' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'integer'; min?: number; max?: number; jsonata?: boolean }
  | { kind: 'number'; min?: number; max?: number; jsonata?: boolean }
  | { kind: 'object-or-jsonata' }
  | { kind: 'array-or-jsonata' }
  | { kind: 'string-array' };

/** Shorthands for the rule table entries. */
export const rule = {
  string: { kind: 'string' },
  boolean: { kind: 'boolean' },
  object: { kind: 'object' },
  array: { kind: 'array' },
  any: { kind: 'any' },
  objectOrJsonata: { kind: 'object-or-jsonata' },
  arrayOrJsonata: { kind: 'array-or-jsonata' },
  stringArray: { kind: 'string-array' },
  enumOf: (values: readonly string[]): ValueRule => ({ kind: 'enum', values }),
  integer: (min?: number, max?: number, jsonata = false): ValueRule => ({
    kind: 'integer',
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    jsonata,
  }),
  number: (min?: number, max?: number, jsonata = false): ValueRule => ({
    kind: 'number',
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    jsonata,
  }),
} as const satisfies Record<string, ValueRule | ((...args: never[]) => ValueRule)>;

/**
 * Tells whether a value is written as a JSONata expression: a string that starts with `{%` and
 * ends with `%}` exactly (R-JA-01).
 * @param value - any JSON value
 * @returns true for `"{% $states.input.n %}"`
 */
export function isJsonataExpression(value: JsonValue | undefined): value is string {
  return typeof value === 'string' && value.length >= 4 && value.startsWith('{%') && value.endsWith('%}');
}

/**
 * Where a field's value is checked: the object holding it (the field's own pointer is built only
 * when there is something to report), the state's query language and the reporter.
 */
export interface ValueSite {
  holder: string;
  queryLanguage: QueryLanguage;
  report: ReportDiagnostic;
}

function fail(site: ValueSite, field: string, message: string): void {
  site.report(DIAGNOSTIC_CODES.SchemaValidationFailed, appendPointer(site.holder, field), message);
}

function typeError(site: ValueSite, field: string, type: ExpectedTypeName, jsonataAllowed: boolean): void {
  fail(site, field, jsonataAllowed ? messages.notJsonataOrLiteral(type) : messages.expectedType(type));
}

function checkNumber(
  value: JsonValue,
  numberRule: Extract<ValueRule, { kind: 'integer' | 'number' }>,
  site: ValueSite,
  field: string,
): void {
  const jsonataAllowed = numberRule.jsonata === true && site.queryLanguage === 'JSONata';
  if (jsonataAllowed && isJsonataExpression(value)) return;
  const integer = numberRule.kind === 'integer';
  if (typeof value !== 'number' || (integer && !Number.isInteger(value))) {
    typeError(site, field, integer ? 'Integer' : 'Number', jsonataAllowed);
  } else if (numberRule.min !== undefined && value < numberRule.min) {
    fail(site, field, messages.minimum(numberRule.min, !integer));
  } else if (numberRule.max !== undefined && value > numberRule.max) {
    fail(site, field, messages.maximum(numberRule.max, !integer));
  }
}

function checkStringArray(value: JsonValue, site: ValueSite, field: string): void {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) typeError(site, field, 'Array', false);
  else if (value.length === 0) fail(site, field, messages.empty());
}

type Checker<K extends ValueRule['kind']> = (
  value: JsonValue,
  valueRule: Extract<ValueRule, { kind: K }>,
  site: ValueSite,
  field: string,
) => void;

/** One checker per rule kind. */
const CHECKERS: { readonly [K in ValueRule['kind']]: Checker<K> } = {
  any: () => undefined,
  string: (value, _rule, site, field) => {
    if (typeof value !== 'string') typeError(site, field, 'String', false);
  },
  boolean: (value, _rule, site, field) => {
    if (typeof value !== 'boolean') typeError(site, field, 'Boolean', false);
  },
  object: (value, _rule, site, field) => {
    if (!isJsonObject(value)) typeError(site, field, 'Object', false);
  },
  array: (value, _rule, site, field) => {
    if (!Array.isArray(value)) typeError(site, field, 'Array', false);
  },
  'string-array': (value, _rule, site, field) => {
    checkStringArray(value, site, field);
  },
  enum: (value, enumRule, site, field) => {
    if (typeof value !== 'string' || !enumRule.values.includes(value)) fail(site, field, messages.enumValue(field, enumRule.values));
  },
  'object-or-jsonata': (value, _rule, site, field) => {
    if (!isJsonObject(value) && !isJsonataExpression(value)) typeError(site, field, 'Object', true);
  },
  'array-or-jsonata': (value, _rule, site, field) => {
    if (!Array.isArray(value) && !isJsonataExpression(value)) typeError(site, field, 'Array', true);
  },
  integer: checkNumber,
  number: checkNumber,
};

/**
 * Checks a field's value against its rule, reporting a type or range problem at the field.
 * @param value - the field's value
 * @param valueRule - what it must be
 * @param site - the pointer of the object holding the field, the query language and the reporter
 * @param field - the field's name
 */
export function checkValue(value: JsonValue, valueRule: ValueRule, site: ValueSite, field: string): void {
  (CHECKERS[valueRule.kind] as Checker<ValueRule['kind']>)(value, valueRule, site, field);
}
