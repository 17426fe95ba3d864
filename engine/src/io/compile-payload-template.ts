import { childPointer, PayloadTemplateError } from './payload-template-error.ts';
import {
  IntrinsicSyntaxError,
  looksLikeIntrinsic,
  parseIntrinsic,
  type IntrinsicCall,
} from '../intrinsics/index.ts';
import { isJsonObject, setMember, type JsonObject, type JsonValue } from '../json.ts';
import { compilePath, PathSyntaxError, type CompiledPath } from '../path/index.ts';

/** A compiled Payload Template node. */
export type TemplateNode =
  | {
      readonly kind: 'literal';
      readonly value: JsonValue;
      /** Its JSON text, as `JSON.stringify` writes it (payloadTemplateText). */
      readonly text: string;
    }
  | {
      readonly kind: 'object';
      /** The fields in template order, the order they are evaluated in. */
      readonly entries: readonly TemplateEntry[];
      /** The same fields in the order of the output object's keys (payloadTemplateText). */
      readonly keyOrder: readonly TemplateEntry[];
    }
  | { readonly kind: 'array'; readonly items: readonly TemplateNode[] }
  | { readonly kind: 'path'; readonly field: string; readonly path: CompiledPath }
  | { readonly kind: 'intrinsic'; readonly field: string; readonly call: IntrinsicCall };

/** One field of a compiled object: its output name (the `.$` suffix removed) and its node. */
export interface TemplateEntry {
  readonly name: string;
  readonly node: TemplateNode;
  /**
   * What comes before the field's value in the output's JSON text: `{"name":` for the first key
   * of the output object, `,"name":` for the others (payloadTemplateText).
   */
  readonly prefix: string;
}

/** A Payload Template parsed once, ready to be resolved for each input. */
export interface CompiledPayloadTemplate {
  readonly template: JsonObject;
  readonly root: TemplateNode & { readonly kind: 'object' | 'literal' };
}

const DYNAMIC_SUFFIX = '.$';
const compiled = new WeakMap<JsonObject, CompiledPayloadTemplate>();

/**
 * Compiles a Payload Template (`Parameters`, `ResultSelector`, `ItemSelector`, JSONPath
 * `Assign`…; R-IO-05..10). A field, at any depth, whose name ends in `.$` loses the suffix and
 * takes the value of its Path (`$…` the template's input, `$$…` the Context Object, `$name…` a
 * variable) or of its intrinsic function call; every other value is copied as is (R-IO-07),
 * including strings inside arrays (R-IO-19). Objects inside arrays are templates too, as the
 * spec's "however deeply nested" reads and as LocalStack's AWS-validated parser treats them
 * (`payload_arr_decl` holds `payload_tmpl_decl`, localstack ASLParser.g4).
 *
 * Memoised per template object: definitions are compiled once however often a state runs.
 * @param template - the template object (never modified)
 * @returns the compiled template
 * @throws PayloadTemplateError for a `.$` value that is not a valid Path or intrinsic call (V-18,
 *   AWS's text) and for a name given both with and without `.$` (V-39)
 */
export function compilePayloadTemplate(template: JsonObject): CompiledPayloadTemplate {
  const cached = compiled.get(template);
  if (cached !== undefined) return cached;
  const result: CompiledPayloadTemplate = { template, root: compileObject(template, '') };
  compiled.set(template, result);
  return result;
}

function compileNode(value: JsonValue, pointer: string): TemplateNode {
  if (isJsonObject(value)) return compileObject(value, pointer);
  if (Array.isArray(value)) {
    const items = value.map((item, index) => compileNode(item, childPointer(pointer, index)));
    return items.every(isStatic) ? literal(value) : { kind: 'array', items };
  }
  return literal(value);
}

function compileObject(
  object: JsonObject,
  pointer: string,
): TemplateNode & { readonly kind: 'object' | 'literal' } {
  const fields: { name: string; node: TemplateNode }[] = [];
  const owners = new Map<string, string>();
  for (const [key, value] of Object.entries(object)) {
    const dynamic = key.endsWith(DYNAMIC_SUFFIX);
    const name = dynamic ? key.slice(0, -DYNAMIC_SUFFIX.length) : key;
    const other = owners.get(name);
    if (other !== undefined) {
      throw new PayloadTemplateError(
        pointer,
        `The field '${name}' is given twice, as '${other}' and as '${key}', after removing the '.$' suffix`,
      );
    }
    owners.set(name, key);
    const fieldPointer = childPointer(pointer, key);
    fields.push({
      name,
      node: dynamic ? compileDynamic(key, value, fieldPointer) : compileNode(value, fieldPointer),
    });
  }
  if (fields.every((field) => isStatic(field.node))) return literal(object);
  const keyOrder = outputKeyOrder(fields.map((field) => field.name));
  const entries = fields.map(({ name, node }): TemplateEntry => ({
    name,
    node,
    prefix: keyPrefix(name, keyOrder),
  }));
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return {
    kind: 'object',
    entries,
    keyOrder: keyOrder.flatMap((name) => byName.get(name) ?? []),
  };
}

/**
 * The order in which an object built with these keys (in this order) lists them, which is not
 * always the insertion order: JavaScript lists keys that are array indexes (`"0"`, `"12"`) first,
 * in numeric order. Found by building such an object the same way, so it is the engine's own.
 */
function outputKeyOrder(names: readonly string[]): string[] {
  const probe: JsonObject = {};
  for (const name of names) setMember(probe, name, null);
  return Object.keys(probe);
}

/** `{"name":` for the first key of the output object, `,"name":` for the others. */
function keyPrefix(name: string, keyOrder: readonly string[]): string {
  return `${keyOrder[0] === name ? '{' : ','}${JSON.stringify(name)}:`;
}

function compileDynamic(field: string, value: JsonValue, pointer: string): TemplateNode {
  const invalid = (cause?: Error): PayloadTemplateError =>
    new PayloadTemplateError(
      pointer,
      `The value for the field '${field}' must be a valid JSONPath or a valid intrinsic function call`,
      cause,
    );
  if (typeof value !== 'string') throw invalid();
  try {
    if (value.startsWith('$')) return { kind: 'path', field, path: compilePath(value) };
    // Like AWS, accept wrong argument counts and literal types here; they fail at run time with
    // States.Runtime (the evaluator re-checks every call), so validation and compilation agree.
    if (looksLikeIntrinsic(value))
      return { kind: 'intrinsic', field, call: parseIntrinsic(value, { checkSignatures: false }) };
  } catch (error) {
    if (error instanceof PathSyntaxError || error instanceof IntrinsicSyntaxError)
      throw invalid(error);
    throw error;
  }
  throw invalid();
}

function literal(value: JsonValue): TemplateNode & { readonly kind: 'literal' } {
  return { kind: 'literal', value, text: JSON.stringify(value) };
}

function isStatic(node: TemplateNode): node is TemplateNode & { kind: 'literal' } {
  return node.kind === 'literal';
}
