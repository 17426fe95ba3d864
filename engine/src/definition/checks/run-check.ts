/**
 * Runs one check on its own: for tests, and for tools that want a single concern's findings.
 */
import { utf8ByteLength, type JsonObject } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { buildDefinitionModel, type DefinitionSize } from '../definition-model.ts';
import type { Diagnostic, ValidationOptions } from '../diagnostics.ts';
import type { DuplicateKey } from '../json-text.ts';

/** What `runCheck` may be told about the definition beyond its value. */
export interface RunCheckOptions extends ValidationOptions {
  /** The definition's exact UTF-8 size; by default, that of its compact JSON. */
  sizeInBytes?: number;
  duplicateKeys?: readonly DuplicateKey[];
}

function sizeOf(bytes: number): DefinitionSize {
  return { atMost: bytes, inBytes: () => bytes };
}

/**
 * Runs a single check on a definition object.
 * @param check - the check
 * @param definition - the definition
 * @param options - machine type, size and text duplicates, when the check needs them
 * @returns its diagnostics, in the order it reported them
 * @internal
 */
export function runCheck(check: DefinitionCheck, definition: JsonObject, options: RunCheckOptions = {}): Diagnostic[] {
  const model = buildDefinitionModel(definition, {
    machineType: options.type ?? 'STANDARD',
    size: sizeOf(options.sizeInBytes ?? utf8ByteLength(JSON.stringify(definition))),
    duplicateKeys: options.duplicateKeys ?? [],
  });
  const found: Diagnostic[] = [];
  check(model, (code, path, message, offset) =>
    found.push({ code, path, message, severity: 'ERROR', ...(offset === undefined ? {} : { offset }) }),
  );
  return found;
}
