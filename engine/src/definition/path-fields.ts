/**
 * What each path-valued field accepts (R-PATH-06, R-PATH-11..13, R-FAIL-04, R-MAP-06), and the
 * function that checks one value with the runtime's path and intrinsic parsers.
 */
import type { JsonValue } from '../json.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from './diagnostics.ts';
import {
  intrinsicNameOf,
  intrinsicSyntaxError,
  looksLikeIntrinsic,
  pathRootOf,
  pathSyntaxError,
  referencePathSyntaxError,
} from './language-parsers.ts';
import * as messages from './messages.ts';

/**
 * - `path`: a Path or `null` (`InputPath`, `OutputPath`).
 * - `result-path`: a Reference Path or `null` that writes into the raw input, so neither `$$`
 *   nor a variable (`ResultPath`, R-PATH-11, R-PATH-12, V-41).
 * - `items-path`: a Reference Path, never `null`; `$$` and variables allowed (`ItemsPath`).
 * - `reference`: a Reference Path to the input, the Context Object or a variable.
 * - `input-reference`: a Reference Path to the input or a variable; AWS refuses `$$` there with
 *   `Value is not a Reference Path` (R-PATH-13, FLOCI#3733).
 * - `string-source`: a Reference Path or an intrinsic call returning a string (Fail
 *   `ErrorPath`/`CausePath`, R-FAIL-04).
 */
export type PathKind = 'path' | 'result-path' | 'items-path' | 'reference' | 'input-reference' | 'string-source';

/** The intrinsic functions AWS lets `ErrorPath` and `CausePath` call (they return strings). */
const STRING_INTRINSICS: ReadonlySet<string> = new Set([
  'States.Format',
  'States.JsonToString',
  'States.ArrayGetItem',
  'States.Base64Encode',
  'States.Base64Decode',
  'States.Hash',
  'States.UUID',
]);

function stringSourceProblem(field: string, source: string): string | undefined {
  if (source.startsWith('$')) {
    return referencePathSyntaxError(source) === undefined ? undefined : messages.notReferencePathOrIntrinsic(field);
  }
  if (!looksLikeIntrinsic(source) || intrinsicSyntaxError(source) !== undefined) {
    return messages.notReferencePathOrIntrinsic(field);
  }
  const name = intrinsicNameOf(source) ?? '';
  return STRING_INTRINSICS.has(name) ? undefined : messages.intrinsicNotAllowedHere(name, field);
}

function resultPathProblem(field: string, source: string): string | undefined {
  if (referencePathSyntaxError(source) !== undefined) return messages.notReferencePath();
  const root = pathRootOf(source);
  if (root === 'context') return messages.resultPathContext(field);
  return root === 'variable' ? messages.resultPathVariable(field) : undefined;
}

function sourceProblem(kind: PathKind, field: string, source: string): string | undefined {
  switch (kind) {
    case 'path': {
      const error = pathSyntaxError(source);
      return error === undefined ? undefined : messages.invalidPath(field, error);
    }
    case 'result-path':
      return resultPathProblem(field, source);
    case 'string-source':
      return stringSourceProblem(field, source);
    case 'input-reference':
      if (referencePathSyntaxError(source) !== undefined || pathRootOf(source) === 'context') {
        return messages.notReferencePath();
      }
      return undefined;
    case 'items-path':
    case 'reference':
      return referencePathSyntaxError(source) === undefined ? undefined : messages.notReferencePath();
  }
}

/**
 * Checks one path-valued field.
 * @param kind - what the field accepts
 * @param field - the field's name (for messages)
 * @param value - its value
 * @param pointer - its pointer
 * @param report - the reporter
 */
export function checkPathField(kind: PathKind, field: string, value: JsonValue, pointer: string, report: ReportDiagnostic): void {
  if (value === null) {
    if (kind === 'items-path') report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.notNull(field));
    else if (kind !== 'path' && kind !== 'result-path') {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.expectedType('String'));
    }
    return;
  }
  if (typeof value !== 'string') {
    report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.expectedType('String'));
    return;
  }
  const problem = sourceProblem(kind, field, value);
  if (problem !== undefined) report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, problem);
}
