/**
 * Every Payload Template of a JSONPath state (V-18, V-39, R-IO-05..09, R-INTR-09): `Parameters`,
 * `ResultSelector`, Map `ItemSelector`, `ItemReader`/`ResultWriter` `Parameters`, `ItemBatcher`
 * `BatchInput`, Task `Credentials`, and every `Assign` (state, Choice Rule and Catcher), whose
 * `.$` fields follow the same rules (R-VAR-07).
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from '../../json.ts';
import { assignBlocks } from '../assign-blocks.ts';
import type { DefinitionCheck } from '../check.ts';
import type { StateNode } from '../definition-model.ts';
import { appendPointer } from '../json-pointer.ts';
import { checkPayloadTemplate } from '../payload-template-syntax.ts';
import { allowedField } from '../state-fields.ts';
import type { StateType } from '../types.ts';

const STATE_TEMPLATES = ['Parameters', 'ResultSelector', 'ItemSelector', 'Credentials'] as const;
const MAP_TEMPLATES = [
  ['ItemReader', 'Parameters'],
  ['ResultWriter', 'Parameters'],
  ['ItemBatcher', 'BatchInput'],
] as const;

interface TemplateSite {
  value: JsonValue;
  pointer: string;
}

function templateSites(state: StateNode, object: JsonObject, type: StateType): TemplateSite[] {
  const sites: TemplateSite[] = [];
  for (const name of STATE_TEMPLATES) {
    const value = allowedField(object, type, 'JSONPath', name);
    if (value !== undefined) sites.push({ value, pointer: appendPointer(state.pointer, name) });
  }
  if (type === 'Map') {
    for (const [holder, name] of MAP_TEMPLATES) {
      const container = getOwn(object, holder);
      const value = isJsonObject(container) ? getOwn(container, name) : undefined;
      if (value !== undefined) sites.push({ value, pointer: appendPointer(appendPointer(state.pointer, holder), name) });
    }
  }
  for (const { block, pointer } of assignBlocks(state)) sites.push({ value: block, pointer });
  return sites;
}

/**
 * Enforces V-18, V-39, R-IO-05, R-IO-06, R-IO-07, R-IO-08, R-IO-09, R-INTR-09, R-VAR-07, R-QL-08.
 */
export const payloadTemplates: DefinitionCheck = (model, report) => {
  for (const state of model.states) {
    if (state.object === undefined || state.type === undefined || state.queryLanguage !== 'JSONPath') continue;
    for (const { value, pointer } of templateSites(state, state.object, state.type)) {
      if (isJsonObject(value)) checkPayloadTemplate(value, pointer, report);
    }
  }
};
