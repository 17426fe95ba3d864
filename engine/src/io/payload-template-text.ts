import type { CompiledPayloadTemplate, TemplateNode } from './compile-payload-template.ts';
import { stringifyJson, type JsonObject, type JsonValue } from '../json.ts';

/**
 * The JSON text of a payload that a template has just built, exactly as `JSON.stringify` writes
 * it, put together from the template's precomputed pieces: the `{"name":` key texts, in the order
 * the object lists its keys, and the texts of static parts; only the values that came from Paths
 * and intrinsic functions are stringified. For the small objects most states build this is a few
 * concatenations where `JSON.stringify` costs about a microsecond.
 *
 * The payload must be the template's own output, unchanged since it was built (the engine never
 * changes a value once built): its keys are then the template's, and the values are read from it.
 * @param template - the compiled template
 * @param payload - what resolvePayloadTemplate returned for it
 * @returns the payload's compact JSON text
 */
export function payloadTemplateText(template: CompiledPayloadTemplate, payload: JsonValue): string {
  return nodeText(template.root, payload);
}

function nodeText(node: TemplateNode, value: JsonValue): string {
  switch (node.kind) {
    case 'literal':
      return node.text;
    case 'object':
      return objectText(node.keyOrder, value as JsonObject);
    case 'array': {
      const items = value as JsonValue[];
      const texts = node.items.map((item, index) => nodeText(item, items[index] as JsonValue));
      return `[${texts.join(',')}]`;
    }
    case 'path':
    case 'intrinsic':
      return stringifyJson(value);
  }
}

function objectText(
  keyOrder: Extract<TemplateNode, { kind: 'object' }>['keyOrder'],
  object: JsonObject,
): string {
  // A one-field object is one short concatenation; longer ones are joined, which gives a flat
  // string (as JSON.stringify does) instead of a chain of concatenations.
  const [first] = keyOrder;
  if (keyOrder.length === 1 && first !== undefined)
    return `${first.prefix}${nodeText(first.node, object[first.name] as JsonValue)}}`;
  const parts = new Array<string>(keyOrder.length + 1);
  let index = 0;
  for (const entry of keyOrder)
    parts[index++] = entry.prefix + nodeText(entry.node, object[entry.name] as JsonValue);
  parts[index] = '}';
  return parts.join('');
}
