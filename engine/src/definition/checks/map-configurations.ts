/**
 * The configuration objects of a Map state (R-MAP-01, R-MAP-27..34): `ProcessorConfig` (`Mode`,
 * `ExecutionType`), `ItemReader` (with `Resource`) and its `ReaderConfig` (AWS keeps adding
 * reader options, so unknown ones are left alone), `ItemBatcher` (at least one batch size,
 * `MaxInputBytesPerBatch` ≤ 256 KiB), and `ResultWriter` (not empty, a `Resource` for its
 * `Parameters`/`Arguments`) with its `WriterConfig`. Ranges use AWS's V-16 texts.
 */
import { hasOwnKey, type JsonObject } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { nestedObject, type StateNode, statesOfType } from '../definition-model.ts';
import { DIAGNOSTIC_CODES, type ReportDiagnostic } from '../diagnostics.ts';
import { checkObjectFields, checkRequiredFields, field, fieldTable, type FieldTable } from '../field-table.ts';
import * as messages from '../messages.ts';
import type { QueryLanguage } from '../types.ts';
import { rule } from '../value-rules.ts';

/** AWS's ceiling for `ReaderConfig.MaxItems` (FLOCI#3733). */
const MAX_READER_ITEMS = 100_000_000;
/** 256 KiB, the payload quota a batch must fit in. */
const MAX_BATCH_BYTES = 262_144;

interface MapConfiguration {
  path: readonly string[];
  fields: FieldTable;
  required?: (object: JsonObject) => string[];
  atLeastOneOf?: Readonly<Record<QueryLanguage, readonly string[]>>;
  nonEmpty?: boolean;
  allowUnknown?: boolean;
}

const CONFIGURATIONS: readonly MapConfiguration[] = [
  ...(['ItemProcessor', 'Iterator'] as const).map((processor) => ({
    path: [processor, 'ProcessorConfig'],
    fields: fieldTable({
      Mode: field.both(rule.enumOf(['INLINE', 'DISTRIBUTED'])),
      ExecutionType: field.both(rule.enumOf(['STANDARD', 'EXPRESS'])),
    }),
  })),
  {
    path: ['ItemReader'],
    fields: fieldTable({
      Resource: field.both(rule.string),
      ReaderConfig: field.both(rule.object),
      Parameters: field.jsonPath(rule.object),
      Arguments: field.jsonata(rule.objectOrJsonata),
    }),
    required: () => ['Resource'],
  },
  {
    path: ['ItemReader', 'ReaderConfig'],
    fields: fieldTable({
      InputType: field.both(rule.enumOf(['CSV', 'JSON', 'JSONL', 'PARQUET', 'MANIFEST'])),
      CSVHeaderLocation: field.both(rule.enumOf(['FIRST_ROW', 'GIVEN'])),
      CSVHeaders: field.both(rule.stringArray),
      CSVDelimiter: field.both(rule.enumOf(['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB'])),
      MaxItems: field.both(rule.integer(0, MAX_READER_ITEMS, true)),
      MaxItemsPath: field.jsonPath(),
    }),
    allowUnknown: true,
  },
  {
    path: ['ItemBatcher'],
    fields: fieldTable({
      MaxItemsPerBatch: field.both(rule.integer(1, undefined, true)),
      MaxItemsPerBatchPath: field.jsonPath(),
      MaxInputBytesPerBatch: field.both(rule.integer(1, MAX_BATCH_BYTES, true)),
      MaxInputBytesPerBatchPath: field.jsonPath(),
      BatchInput: field.both({ JSONPath: rule.object, JSONata: rule.any }),
    }),
    atLeastOneOf: {
      JSONPath: ['MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'],
      JSONata: ['MaxItemsPerBatch', 'MaxInputBytesPerBatch'],
    },
  },
  {
    path: ['ResultWriter'],
    fields: fieldTable({
      Resource: field.both(rule.string),
      Parameters: field.jsonPath(rule.object),
      Arguments: field.jsonata(rule.objectOrJsonata),
      WriterConfig: field.both(rule.object),
    }),
    required: (writer) => (hasOwnKey(writer, 'Parameters') || hasOwnKey(writer, 'Arguments') ? ['Resource'] : []),
    nonEmpty: true,
  },
  {
    path: ['ResultWriter', 'WriterConfig'],
    fields: fieldTable({
      OutputType: field.both(rule.enumOf(['JSON', 'JSONL'])),
      Transformation: field.both(rule.enumOf(['NONE', 'COMPACT', 'FLATTEN'])),
    }),
  },
];

function checkConfiguration(state: StateNode, configuration: MapConfiguration, report: ReportDiagnostic): void {
  const found = nestedObject(state, configuration.path);
  if (found === undefined) return;
  const { object, pointer } = found;
  if (configuration.nonEmpty === true && Object.keys(object).length === 0) {
    report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.empty());
    return;
  }
  if (configuration.required !== undefined) checkRequiredFields(object, configuration.required(object), pointer, report);
  const candidates = configuration.atLeastOneOf?.[state.queryLanguage];
  if (candidates !== undefined && !candidates.some((name) => hasOwnKey(object, name))) {
    report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.atLeastOneOf(candidates));
  }
  const site = { pointer, queryLanguage: state.queryLanguage, report };
  checkObjectFields(object, configuration.fields, configuration.allowUnknown === true ? { ...site, allowUnknown: true } : site);
}

/** Enforces V-16, V-37, R-MAP-01, R-MAP-27, R-MAP-28, R-MAP-30, R-MAP-33, R-MAP-34, R-QL-06. */
export const mapConfigurations: DefinitionCheck = (model, report) => {
  for (const state of statesOfType(model, 'Map')) {
    for (const configuration of CONFIGURATIONS) checkConfiguration(state, configuration, report);
  }
};
