import type { PathAst, PathRoot, Segment } from './ast.ts';
import { parseFilter } from './parse-filter.ts';
import { parseIndex, readQuotedString } from './literals.ts';
import { describeCharAt, PathSyntaxError } from './path-syntax-error.ts';
import {
  isVariableNamePart,
  isVariableNameStart,
  MAX_VARIABLE_NAME_LENGTH,
} from './variable-name.ts';

/**
 * Parses an ASL Path (R-PATH-01) into its syntax tree.
 *
 * The grammar is Jayway JsonPath's, as AWS evaluates it, plus the ASL extensions:
 * - roots: `$` (input), `$$` (Context Object, R-PATH-02), `$name` (a variable, R-PATH-10);
 * - `.name` where a backslash escapes the next character (`$.store\.book`, the spec's examples
 *   in R-PATH-04), `['name']` / `["name"]` with Jayway's escapes, `['a','b']`;
 * - `[0]`, `[-1]`, `[0,2]`, slices `[1:3]` `[:2]` `[-3:]` (no step: Jayway has none);
 * - `*`, `[*]`, `..`, filters `[?( … )]` (see parse-filter.ts);
 * - a trailing function call `.length()` is accepted, as AWS accepts it when the definition is
 *   created, but never selects anything at run time (AWS: "could not be found").
 * @param source - the path text
 * @returns the syntax tree
 * @throws PathSyntaxError with the offset of the first offending character
 */
export function parsePath(source: string): PathAst {
  const parser = new Parser(source);
  return parser.parse();
}

/** Characters that end a dot-notation name. */
const NAME_END = new Set(['.', '[']);
/** Characters that may not appear unescaped in a dot-notation name. */
const NAME_FORBIDDEN = new Set([']', ')', "'", '"']);
/** Characters a Reference Path may not use unescaped (R-PATH-03, AWS DG: `@ .. , : ? *`). */
const REFERENCE_OPERATORS = new Set(['@', ',', ':', '?', '*']);

class Parser {
  readonly #source: string;
  #pos = 0;
  readonly #segments: Segment[] = [];
  #violation: PathAst['referenceViolation'];

  constructor(source: string) {
    this.#source = source;
  }

  parse(): PathAst {
    const root = this.#parseRoot();
    while (this.#pos < this.#source.length) this.#parseSegment();
    return {
      source: this.#source,
      root,
      segments: this.#segments,
      referenceViolation: this.#violation,
    };
  }

  #fail(detail: string, offset: number = this.#pos): never {
    throw new PathSyntaxError(detail, this.#source, offset);
  }

  #unexpected(offset: number = this.#pos): never {
    this.#fail(`unexpected token ${describeCharAt(this.#source, offset)}`, offset);
  }

  #markViolation(what: string, offset: number): void {
    this.#violation ??= { offset, what };
  }

  #parseRoot(): PathRoot {
    if (!this.#source.startsWith('$'))
      this.#fail(`a path must start with '$', found ${describeCharAt(this.#source, 0)}`, 0);
    if (this.#source[1] === '$') {
      this.#pos = 2;
      return { kind: 'context' };
    }
    this.#pos = 1;
    const first = codePointAt(this.#source, 1);
    if (first === undefined || !isVariableNameStart(first)) return { kind: 'input' };
    return { kind: 'variable', name: this.#readVariableName() };
  }

  #readVariableName(): string {
    let name = '';
    let count = 0;
    for (
      let char = codePointAt(this.#source, this.#pos);
      char !== undefined && isVariableNamePart(char);
    ) {
      name += char;
      count += 1;
      this.#pos += char.length;
      char = codePointAt(this.#source, this.#pos);
    }
    if (count > MAX_VARIABLE_NAME_LENGTH) {
      this.#fail(`variable name is longer than ${MAX_VARIABLE_NAME_LENGTH} characters`, 1);
    }
    return name;
  }

  #parseSegment(): void {
    const char = this.#source[this.#pos];
    if (char === '[') {
      this.#parseBracket();
      return;
    }
    if (char !== '.') return this.#unexpected();
    if (this.#source[this.#pos + 1] === '.') {
      this.#parseScan();
      return;
    }
    this.#pos += 1;
    this.#parseAfterDot();
  }

  #parseScan(): void {
    this.#markViolation('..', this.#pos);
    this.#segments.push({ kind: 'scan' });
    this.#pos += 2;
    if (this.#source[this.#pos] === '.') this.#unexpected();
    if (this.#pos >= this.#source.length) this.#fail("a path must not end with '..'");
    if (this.#source[this.#pos] === '[') {
      this.#parseBracket();
      return;
    }
    this.#parseAfterDot();
  }

  #parseAfterDot(): void {
    const char = this.#source[this.#pos];
    if (char === undefined) this.#fail("a path must not end with '.'");
    if (char === '[') {
      this.#parseBracket();
      return;
    }
    if (char === '*') {
      this.#parseDotWildcard();
      return;
    }
    this.#parseDotName();
  }

  #parseDotWildcard(): void {
    this.#markViolation('*', this.#pos);
    this.#pos += 1;
    const next = this.#source[this.#pos];
    if (next !== undefined && !NAME_END.has(next)) this.#unexpected();
    this.#segments.push({ kind: 'wildcard' });
  }

  #parseDotName(): void {
    const start = this.#pos;
    let name = '';
    while (this.#pos < this.#source.length) {
      const char = this.#source.charAt(this.#pos);
      if (NAME_END.has(char)) break;
      if (char === '(') {
        this.#parseFunction(name, start);
        return;
      }
      if (char === '\\') {
        name += this.#readEscapedNameChar();
        continue;
      }
      this.#checkNameChar(char);
      name += char;
      this.#pos += 1;
    }
    if (name === '') this.#unexpected(start);
    this.#segments.push({ kind: 'member', name });
  }

  #readEscapedNameChar(): string {
    const escaped = codePointAt(this.#source, this.#pos + 1);
    if (escaped === undefined) this.#fail('a path must not end with an escape character');
    this.#pos += 1 + escaped.length;
    return escaped;
  }

  #checkNameChar(char: string): void {
    if (/\s/.test(char))
      this.#fail("whitespace in a name: use bracket notation such as ['my name']");
    if (NAME_FORBIDDEN.has(char)) this.#unexpected();
    if (REFERENCE_OPERATORS.has(char)) this.#markViolation(char, this.#pos);
  }

  #parseFunction(name: string, start: number): void {
    if (name === '') this.#unexpected();
    const close = this.#source.indexOf(')', this.#pos);
    if (close === -1) this.#fail(`arguments to function '${name}' are not closed`);
    if (close !== this.#source.length - 1) this.#fail('a function call must end the path', close + 1);
    this.#markViolation(`${name}()`, start);
    this.#segments.push({ kind: 'function', name });
    this.#pos = close + 1;
  }

  #parseBracket(): void {
    const open = this.#pos;
    this.#pos += 1;
    this.#skipSpaces();
    const char = this.#source[this.#pos];
    if (char === "'" || char === '"') this.#parseQuotedNames();
    else if (char === '*') this.#parseBracketWildcard();
    else if (char === '?') this.#parseFilterSegment();
    else if (char !== undefined && /[-\d:]/.test(char)) this.#parseNumbers(open);
    else this.#unexpected();
  }

  #skipSpaces(): void {
    while (this.#source[this.#pos] === ' ') this.#pos += 1;
  }

  #expectCloseBracket(): void {
    this.#skipSpaces();
    if (this.#source[this.#pos] !== ']') {
      this.#fail(`expected ']' but found ${describeCharAt(this.#source, this.#pos)}`);
    }
    this.#pos += 1;
  }

  #parseQuotedNames(): void {
    const names: string[] = [];
    for (;;) {
      const quote = this.#source[this.#pos];
      if (quote !== "'" && quote !== '"')
        this.#fail(`expected a quoted name but found ${describeCharAt(this.#source, this.#pos)}`);
      const read = readQuotedString(this.#source, this.#pos);
      names.push(read.value);
      this.#pos = read.end;
      this.#skipSpaces();
      if (this.#source[this.#pos] !== ',') break;
      this.#markViolation(',', this.#pos);
      this.#pos += 1;
      this.#skipSpaces();
    }
    this.#expectCloseBracket();
    const [first] = names;
    if (names.length === 1 && first !== undefined)
      this.#segments.push({ kind: 'member', name: first });
    else this.#segments.push({ kind: 'members', names });
  }

  #parseBracketWildcard(): void {
    this.#markViolation('*', this.#pos);
    this.#pos += 1;
    this.#expectCloseBracket();
    this.#segments.push({ kind: 'wildcard' });
  }

  #parseFilterSegment(): void {
    this.#markViolation('?', this.#pos);
    this.#pos += 1;
    this.#skipSpaces();
    if (this.#source[this.#pos] !== '(')
      this.#fail(`expected '(' after '?' but found ${describeCharAt(this.#source, this.#pos)}`);
    const { expression, end } = parseFilter(this.#source, this.#pos + 1);
    this.#pos = end;
    this.#expectCloseBracket();
    this.#segments.push({ kind: 'filter', expression });
  }

  #parseNumbers(open: number): void {
    const close = this.#source.indexOf(']', this.#pos);
    if (close === -1) this.#fail("expected ']' but found end of path", this.#source.length);
    const body = this.#source.slice(this.#pos, close);
    const bad = /[^-\d:, ]/.exec(body);
    if (bad !== null) this.#unexpected(this.#pos + bad.index);
    const bodyStart = this.#pos;
    this.#pos = close + 1;
    if (body.includes(':')) this.#pushSlice(body, bodyStart, open);
    else this.#pushIndices(body, bodyStart);
  }

  #pushSlice(body: string, bodyStart: number, open: number): void {
    this.#markViolation(':', bodyStart + body.indexOf(':'));
    const parts = body.split(':');
    if (parts.length > 2)
      this.#fail('slice steps are not supported', bodyStart + body.lastIndexOf(':'));
    const [from = '', to = ''] = parts.map((part) => part.trim());
    if (from === '' && to === '') this.#fail('a slice needs a start or an end', open);
    const start = from === '' ? undefined : parseIndex(from, this.#source, bodyStart);
    const end =
      to === '' ? undefined : parseIndex(to, this.#source, bodyStart + body.indexOf(':') + 1);
    this.#segments.push({ kind: 'slice', start, end });
  }

  #pushIndices(body: string, bodyStart: number): void {
    const indices: number[] = [];
    let offset = bodyStart;
    for (const part of body.split(',')) {
      indices.push(parseIndex(part.trim(), this.#source, offset));
      offset += part.length + 1;
    }
    if (indices.length > 1) this.#markViolation(',', bodyStart + body.indexOf(','));
    const [first] = indices;
    if (indices.length === 1 && first !== undefined)
      this.#segments.push({ kind: 'index', index: first });
    else this.#segments.push({ kind: 'indices', indices });
  }
}

function codePointAt(text: string, offset: number): string | undefined {
  const code = text.codePointAt(offset);
  return code === undefined ? undefined : String.fromCodePoint(code);
}
