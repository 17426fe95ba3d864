/**
 * `validateDefinition()`: the one entry point that turns a definition, given as an object or as
 * JSON text, into a checked, private `StateMachineDefinition` or the complete list of what is
 * wrong with it (asl-rules.md §21). It never throws and never touches its argument.
 */
import { isJsonObject, utf8ByteLength, type JsonObject, type JsonValue } from '../json.ts';
import { definitionChecks } from './checks/index.ts';
import { copyDefinitionValue } from './copy-definition-value.ts';
import { buildDefinitionModel, type DefinitionModel, type DefinitionSize } from './definition-model.ts';
import {
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
  type ValidationOptions,
  type ValidationResult,
} from './diagnostics.ts';
import { compareDocumentPositions, documentPosition } from './document-order.ts';
import { parseJsonText, type DuplicateKey } from './json-text.ts';
import { JsonTextLocator } from './locate-json-pointer.ts';
import * as messages from './messages.ts';
import { offsetInStringLiteral } from './string-literal-offset.ts';
import { TextLines } from './text-lines.ts';
import type { StateMachineDefinition } from './types.ts';

const JSON_WHITESPACE_ONLY = /^[ \t\n\r]*$/;

/** A definition read from its text or copied from its object, before any check. */
interface ReceivedDefinition {
  value: JsonValue | undefined;
  size: DefinitionSize;
  duplicateKeys: readonly DuplicateKey[];
  text: string | undefined;
  diagnostics: Diagnostic[];
}

function diagnostic(code: DiagnosticCode, path: string, message: string): Diagnostic {
  return { code, path, message, severity: 'ERROR' };
}

function receiveText(text: string): ReceivedDefinition {
  // A UTF-16 code unit takes at most 3 UTF-8 bytes.
  const size = { atMost: text.length * 3, inBytes: () => utf8ByteLength(text) };
  const received = { size, duplicateKeys: [], text, diagnostics: [] };
  if (JSON_WHITESPACE_ONLY.test(text)) {
    // AWS answers a blank definition with V-01, not with a JSON syntax error.
    return { ...received, value: undefined, diagnostics: [diagnostic(DIAGNOSTIC_CODES.SchemaValidationFailed, '', messages.notAnObject())] };
  }
  const parsed = parseJsonText(text);
  if (parsed.ok) return { ...received, value: parsed.value, duplicateKeys: parsed.duplicateKeys };
  const { message, line, column } = parsed.error;
  return { ...received, value: undefined, diagnostics: [{ ...diagnostic(DIAGNOSTIC_CODES.InvalidJson, '', message), line, column }] };
}

function receiveObject(input: unknown): ReceivedDefinition {
  const copy = copyDefinitionValue(input);
  const diagnostics = copy.problems.map(({ pointer, message }) =>
    diagnostic(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, message),
  );
  const { value } = copy;
  const size = { atMost: copy.bytesAtMost, inBytes: () => (value === undefined ? 0 : utf8ByteLength(JSON.stringify(value))) };
  return { value, size, duplicateKeys: [], text: undefined, diagnostics };
}

function runChecks(model: DefinitionModel): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (code: DiagnosticCode, path: string, message: string, offset?: number): void => {
    const entry = diagnostic(code, path, message);
    found.push(offset === undefined ? entry : { ...entry, offset });
  };
  for (const check of definitionChecks) check(model, report);
  return found;
}

/** Lists diagnostics from the top of the definition to its bottom (stable: ties keep check order). */
function sortByDocumentOrder(diagnostics: Diagnostic[], root: JsonObject): Diagnostic[] {
  return diagnostics
    .map((entry, index) => ({ entry, index, position: documentPosition(root, entry.path) }))
    .sort((a, b) => compareDocumentPositions(a.position, b.position) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Where a position inside an expression is in the text: past `{%`, in the string literal at `from`. */
function expressionPosition(text: string, from: number, offset: number): number {
  return text.charAt(from) === '"' ? offsetInStringLiteral(text, from, 2 + offset) : from;
}

/**
 * Fills `line`/`column` from the text: the start of the value a diagnostic names, or of its key
 * when the value is an object or array (the line where a state or a list begins); for a position
 * inside a JSONata expression (`offset`), that character.
 */
function locate(diagnostics: Diagnostic[], text: string): Diagnostic[] {
  const locator = JsonTextLocator.of(
    text,
    diagnostics.map((entry) => entry.path),
  );
  if (locator === undefined) return diagnostics;
  let lines: TextLines | undefined;
  return diagnostics.map((entry) => {
    if (entry.line !== undefined) return entry;
    const range = locator.locateNearest(entry.path);
    if (range === undefined) return entry;
    if (entry.offset !== undefined) {
      lines ??= new TextLines(text);
      return { ...entry, ...lines.at(expressionPosition(text, range.from, entry.offset)) };
    }
    const opens = text.charAt(range.from);
    const anchor = range.key !== undefined && (opens === '{' || opens === '[') ? range.key : range;
    return { ...entry, line: anchor.line, column: anchor.column };
  });
}

function failure(diagnostics: Diagnostic[]): ValidationResult {
  const [first, ...rest] = diagnostics;
  if (first === undefined) throw new Error('validateDefinition: a failure needs at least one diagnostic');
  return { ok: false, diagnostics: [first, ...rest] };
}

/**
 * Validates an Amazon States Language definition the way AWS's CreateStateMachine /
 * ValidateStateMachineDefinition do, with the runtime's own parsers for paths, intrinsic calls
 * and timestamps.
 * @param definition - the definition: an object, or its JSON text
 * @param options - `type: 'EXPRESS'` applies the Express restrictions (V-23); default STANDARD
 * @returns `{ok: true, definition}` with a private deep copy, or `{ok: false, diagnostics}` with
 *   every problem found, from the top of the document down; when the definition was text, each
 *   diagnostic carries its `line` and `column`. Never throws, never mutates its argument.
 */
export function validateDefinition(definition: unknown, options: ValidationOptions = {}): ValidationResult {
  const received = typeof definition === 'string' ? receiveText(definition) : receiveObject(definition);
  const { value, text } = received;
  if (!isJsonObject(value)) {
    if (received.diagnostics.length > 0) return failure(received.diagnostics);
    const notAnObject = diagnostic(DIAGNOSTIC_CODES.SchemaValidationFailed, '', messages.notAnObject());
    return failure(text === undefined ? [notAnObject] : locate([notAnObject], text));
  }
  const model = buildDefinitionModel(value, {
    machineType: options.type ?? 'STANDARD',
    size: received.size,
    duplicateKeys: received.duplicateKeys,
  });
  const diagnostics = [...received.diagnostics, ...runChecks(model)];
  if (diagnostics.length === 0) return { ok: true, definition: value as unknown as StateMachineDefinition };
  const sorted = sortByDocumentOrder(diagnostics, value);
  return failure(text === undefined ? sorted : locate(sorted, text));
}
