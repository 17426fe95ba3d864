/**
 * Tables of the fields an object may have (a state, a Retrier, an `ItemReader`, …), each with its
 * query language and value rule, and the one function that checks an object against its table:
 * unknown fields (AWS: `Field '<f>' is not supported`, at the object, V-10), fields of the other
 * query language (V-12, V-13, at the object) and values of the wrong type or range.
 */
import type { JsonObject, JsonValue } from '../json.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from './diagnostics.ts';
import * as messages from './messages.ts';
import type { QueryLanguage } from './types.ts';
import { checkValue, type ValueRule } from './value-rules.ts';

/** The query language a field belongs to. */
export type FieldLanguage = 'both' | QueryLanguage;

/** One allowed field. A field without a value rule is checked by a dedicated check. */
export interface FieldSpec {
  language: FieldLanguage;
  value?: ValueRule | Readonly<Record<QueryLanguage, ValueRule>>;
}

/** The allowed fields of one kind of object, by name. */
export type FieldTable = ReadonlyMap<string, FieldSpec>;

/**
 * Builds a field table.
 * @param fields - field name → spec
 * @returns the table
 */
export function fieldTable(fields: Readonly<Record<string, FieldSpec>>): FieldTable {
  return new Map(Object.entries(fields));
}

/** Field spec builders, by language. */
export const field = {
  both: (value?: FieldSpec['value']): FieldSpec => (value === undefined ? { language: 'both' } : { language: 'both', value }),
  jsonPath: (value?: ValueRule): FieldSpec => (value === undefined ? { language: 'JSONPath' } : { language: 'JSONPath', value }),
  jsonata: (value: ValueRule): FieldSpec => ({ language: 'JSONata', value }),
} as const;

/**
 * Tells whether a field may appear in a given query language.
 * @param spec - the field's spec
 * @param language - the query language of the state the object belongs to
 * @returns true when allowed
 */
export function speaks(spec: FieldSpec, language: QueryLanguage): boolean {
  return spec.language === 'both' || spec.language === language;
}

function valueRuleOf(spec: FieldSpec, language: QueryLanguage): ValueRule | undefined {
  const value = spec.value;
  if (value === undefined || 'kind' in value) return value;
  return value[language];
}

/** Where an object is checked. */
export interface ObjectSite {
  pointer: string;
  queryLanguage: QueryLanguage;
  report: ReportDiagnostic;
  /** Leave fields the table does not know alone (for objects AWS keeps extending). */
  allowUnknown?: boolean;
}

/**
 * Checks every field of an object against its table, in the object's key order.
 * @param object - the object
 * @param table - its allowed fields
 * @param site - its pointer, query language and reporter
 */
export function checkObjectFields(object: JsonObject, table: FieldTable, site: ObjectSite): void {
  const valueSite = { holder: site.pointer, queryLanguage: site.queryLanguage, report: site.report };
  for (const name of Object.keys(object)) {
    const spec = table.get(name);
    if (spec === undefined) {
      if (site.allowUnknown !== true) {
        site.report(DIAGNOSTIC_CODES.SchemaValidationFailed, site.pointer, messages.notSupported(name));
      }
    } else if (!speaks(spec, site.queryLanguage)) {
      const message = spec.language === 'JSONata' ? messages.onlyForJsonata(name) : messages.onlyForJsonPath(name);
      site.report(DIAGNOSTIC_CODES.SchemaValidationFailed, site.pointer, message);
    } else {
      const valueRule = valueRuleOf(spec, site.queryLanguage);
      if (valueRule !== undefined) checkValue(object[name] as JsonValue, valueRule, valueSite, name);
    }
  }
}

/**
 * Reports the required fields an object lacks, as AWS does: `These fields are required: [A, B]`.
 * @param object - the object
 * @param required - its required fields, in the order AWS lists them
 * @param pointer - the object's pointer
 * @param report - the reporter
 */
export function checkRequiredFields(
  object: JsonObject,
  required: readonly string[],
  pointer: string,
  report: ReportDiagnostic,
): void {
  const missing = required.filter((name) => !Object.hasOwn(object, name));
  if (missing.length > 0) report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.requiredFields(missing));
}
