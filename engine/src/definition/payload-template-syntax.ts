/**
 * Static checks of a JSONPath Payload Template (R-IO-06..09, V-18, V-39): at any depth, a field
 * whose name ends in `.$` holds a Path (`$…`, `$$…`, `$var…`) or an intrinsic function call,
 * parsed with the runtime's own parsers; and no object names a field both with and without the
 * `.$` suffix. AWS locates these problems at the template field itself (`/States/A/Parameters`).
 */
import { isJsonObject, type JsonValue } from '../json.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from './diagnostics.ts';
import { intrinsicSyntaxError, looksLikeIntrinsic, pathSyntaxError } from './language-parsers.ts';
import * as messages from './messages.ts';

/**
 * Tells whether a `.$` value is something the runtime can resolve.
 * @param value - the value of a `key.$` field
 * @returns true for a valid Path or a valid intrinsic call
 */
export function isDynamicValue(value: JsonValue): boolean {
  if (typeof value !== 'string') return false;
  if (value.startsWith('$')) return pathSyntaxError(value) === undefined;
  return looksLikeIntrinsic(value) && intrinsicSyntaxError(value) === undefined;
}

function walk(value: JsonValue, pointer: string, report: ReportDiagnostic): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, pointer, report);
    return;
  }
  if (!isJsonObject(value)) return;
  const owners = new Map<string, string>();
  for (const [key, member] of Object.entries(value)) {
    const dynamic = key.endsWith('.$');
    const name = dynamic ? key.slice(0, -2) : key;
    const other = owners.get(name);
    if (other !== undefined) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.duplicateTemplateKey(name, other, key));
    }
    owners.set(name, key);
    if (!dynamic) walk(member, pointer, report);
    else if (!isDynamicValue(member)) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.payloadTemplateValue(key));
    }
  }
}

/**
 * Checks a Payload Template (or a JSONPath `Assign`, which follows the same rules, R-VAR-07).
 * @param template - the template value
 * @param pointer - the pointer of the template field, where problems are reported
 * @param report - the reporter
 */
export function checkPayloadTemplate(template: JsonValue, pointer: string, report: ReportDiagnostic): void {
  walk(template, pointer, report);
}
