/**
 * Maps a diagnostic's JSON Pointer back to text, for the site's editor and the CLI.
 */
import { indexJsonText, type JsonNodeRange } from './json-text.ts';
import { parsePointer } from './json-pointer.ts';
import { TextLines } from './text-lines.ts';

/** A span of the definition text: UTF-16 offsets `[from, to)` and the 1-based start position. */
export interface TextSpan {
  from: number;
  to: number;
  line: number;
  column: number;
}

/** Where a JSON Pointer's value is; `key` is the member name naming it, when it has one. */
export interface SourceRange extends TextSpan {
  key?: TextSpan;
}

/** Locates many pointers in one JSON text, indexing the text once. */
export class JsonTextLocator {
  readonly #lines: TextLines;
  readonly #ranges: Map<string, JsonNodeRange>;

  /**
   * @param text - the JSON text
   * @param ranges - its index, from `indexJsonText`
   */
  constructor(text: string, ranges: Map<string, JsonNodeRange>) {
    this.#lines = new TextLines(text);
    this.#ranges = ranges;
  }

  /**
   * Builds a locator, or nothing when the text is not valid JSON.
   * @param text - the JSON text
   * @param pointers - the pointers that will be asked for (cheaper on large texts); any when omitted
   * @returns the locator
   */
  static of(text: string, pointers?: Iterable<string>): JsonTextLocator | undefined {
    const ranges = indexJsonText(text, pointers);
    return ranges === undefined ? undefined : new JsonTextLocator(text, ranges);
  }

  /**
   * @param pointer - an RFC 6901 pointer
   * @returns the value's range (with its key's range for an object member), or undefined when
   *   the pointer names nothing in the text
   */
  locate(pointer: string): SourceRange | undefined {
    const range = this.#ranges.get(pointer);
    if (range === undefined) return undefined;
    const located: SourceRange = this.#span(range.valueFrom, range.valueTo);
    if (range.keyFrom !== undefined && range.keyTo !== undefined) located.key = this.#span(range.keyFrom, range.keyTo);
    return located;
  }

  /**
   * Locates a pointer, or else its nearest ancestor that exists in the text.
   * @param pointer - an RFC 6901 pointer
   * @returns the range of the pointer or of its closest existing ancestor
   */
  locateNearest(pointer: string): SourceRange | undefined {
    if (parsePointer(pointer) === undefined) return undefined;
    let current = pointer;
    for (;;) {
      const found = this.locate(current);
      if (found !== undefined || current === '') return found;
      current = current.slice(0, current.lastIndexOf('/'));
    }
  }

  #span(from: number, to: number): TextSpan {
    const { line, column } = this.#lines.at(from);
    return { from, to, line, column };
  }
}

let lastText: string | undefined;
let lastLocator: JsonTextLocator | undefined;

/**
 * Finds the text range of the value a JSON Pointer names in a JSON text (editors call this for
 * every diagnostic; the last text's index is kept, so repeated calls on one text are cheap).
 * @param jsonText - the definition text
 * @param pointer - an RFC 6901 pointer, e.g. a diagnostic's `path`
 * @returns `{from, to, line, column}` of the value and, for an object member, `key` with the
 *   range of its name; undefined when the text is not JSON or the pointer names nothing
 */
export function locateJsonPointer(jsonText: string, pointer: string): SourceRange | undefined {
  if (jsonText !== lastText) {
    lastText = jsonText;
    lastLocator = JsonTextLocator.of(jsonText);
  }
  return lastLocator?.locate(pointer);
}
