import type { FilterLiteral, FilterOperator, FilterPath } from './ast.ts';
import { parseIndex, readNumber, readQuotedString } from './literals.ts';
import { describeCharAt, PathSyntaxError } from './path-syntax-error.ts';

/** One token of a filter expression. */
export type FilterToken =
  | { readonly kind: 'literal'; readonly value: FilterLiteral; readonly offset: number }
  | { readonly kind: 'operator'; readonly operator: FilterOperator; readonly offset: number }
  | { readonly kind: 'path'; readonly path: FilterPath; readonly offset: number } // `@`, `@.a.b`, `@['x'][0]`
  | {
      readonly kind: 'punct';
      readonly text: '(' | ')' | '&&' | '||' | '!';
      readonly offset: number;
    }
  | { readonly kind: 'end'; readonly offset: number };

type FilterPathStep = FilterPath['segments'][number];

const OPERATORS: readonly FilterOperator[] = ['==', '!=', '<=', '>=', '<', '>'];
const KEYWORDS: Readonly<Record<string, FilterLiteral>> = { true: true, false: false, null: null };
/** Jayway operators that Step Functions does not support (AWS DG "Paths": no lexical operators). */
const UNSUPPORTED_WORDS = new Set([
  'in',
  'nin',
  'subsetof',
  'anyof',
  'noneof',
  'size',
  'empty',
  'contains',
]);
/** Characters that end a dot-notation name inside a filter path (`@.price>10`). */
const NAME_STOP = /[\s.[\]()<>=!~&|,'"@$\\]/;

/**
 * Splits a filter expression into tokens. It runs on demand, so the parser decides where the
 * filter ends (at the `)` that closes `?(`); the rest of the path is never read here.
 */
export class FilterLexer {
  readonly #source: string;
  #pos: number;

  /**
   * @param source - the whole path text
   * @param start - where the filter body starts (just after `?(`)
   */
  constructor(source: string, start: number) {
    this.#source = source;
    this.#pos = start;
  }

  /**
   * Reads the next token.
   * @returns the token
   * @throws PathSyntaxError on characters or operators a Step Functions filter does not accept
   */
  next(): FilterToken {
    while (this.#pos < this.#source.length && /\s/.test(this.#source.charAt(this.#pos))) this.#pos += 1;
    const offset = this.#pos;
    const char = this.#source[offset];
    if (char === undefined) return { kind: 'end', offset };
    if (char === '@') return this.#readPath(offset);
    if (char === "'" || char === '"') return this.#readString(offset);
    if (char === '-' || /\d/.test(char)) return this.#readNumberToken(offset);
    return this.#readSymbol(char, offset);
  }

  #fail(detail: string, offset: number): never {
    throw new PathSyntaxError(detail, this.#source, offset);
  }

  #readPath(offset: number): FilterToken {
    const segments: FilterPathStep[] = [];
    this.#pos = offset + 1;
    for (;;) {
      const char = this.#source[this.#pos];
      if (char === '.') segments.push(this.#readDotStep());
      else if (char === '[') segments.push(this.#readBracketStep());
      else break;
    }
    return { kind: 'path', path: { segments }, offset };
  }

  #readDotStep(): FilterPathStep {
    const start = this.#pos + 1;
    let end = start;
    while (end < this.#source.length && !NAME_STOP.test(this.#source.charAt(end))) end += 1;
    if (end === start) {
      const found = this.#source[start];
      if (found === '.' || found === '*')
        this.#fail('only names and array indexes are supported in a filter path', start);
      this.#fail(`expected a name but found ${describeCharAt(this.#source, start)}`, start);
    }
    if (this.#source[end] === '(') this.#fail('functions are not supported in filters', start);
    this.#pos = end;
    return { kind: 'member', name: this.#source.slice(start, end) };
  }

  #readBracketStep(): FilterPathStep {
    let pos = this.#pos + 1;
    while (this.#source[pos] === ' ') pos += 1;
    const char = this.#source[pos];
    let step: FilterPathStep;
    if (char === "'" || char === '"') {
      const read = readQuotedString(this.#source, pos);
      step = { kind: 'member', name: read.value };
      pos = read.end;
    } else {
      const match = /-?\d+/y;
      match.lastIndex = pos;
      const found = match.exec(this.#source);
      if (found === null)
        this.#fail('only names and array indexes are supported in a filter path', pos);
      step = { kind: 'index', index: parseIndex(found[0], this.#source, pos) };
      pos += found[0].length;
    }
    while (this.#source[pos] === ' ') pos += 1;
    if (this.#source[pos] !== ']')
      this.#fail(`expected ']' but found ${describeCharAt(this.#source, pos)}`, pos);
    this.#pos = pos + 1;
    return step;
  }

  #readSymbol(char: string, offset: number): FilterToken {
    const two = this.#source.slice(offset, offset + 2);
    if (two === '&&' || two === '||') return this.#punct(two, offset, 2);
    if (two === '=~') this.#fail('regular expression filters are not supported', offset);
    const operator = OPERATORS.find((op) => this.#source.startsWith(op, offset));
    if (operator !== undefined) {
      this.#pos += operator.length;
      return { kind: 'operator', operator, offset };
    }
    if (char === '!' || char === '(' || char === ')') return this.#punct(char, offset, 1);
    if (char === '$')
      this.#fail(
        "a filter cannot refer to the document root '$' (Step Functions does not support it)",
        offset,
      );
    if (/[a-z]/i.test(char)) return this.#readWord(char, offset);
    return this.#fail(`unexpected token ${describeCharAt(this.#source, offset)}`, offset);
  }

  #readWord(char: string, offset: number): FilterToken {
    const word = /[A-Za-z_]\w*/y;
    word.lastIndex = offset;
    const text = word.exec(this.#source)?.[0] ?? char;
    if (Object.hasOwn(KEYWORDS, text)) {
      this.#pos += text.length;
      return { kind: 'literal', value: KEYWORDS[text] as FilterLiteral, offset };
    }
    if (UNSUPPORTED_WORDS.has(text))
      this.#fail(`the filter operator '${text}' is not supported`, offset);
    return this.#fail(`unexpected token '${text}'`, offset);
  }

  #readString(offset: number): FilterToken {
    const read = readQuotedString(this.#source, offset);
    this.#pos = read.end;
    return { kind: 'literal', value: read.value, offset };
  }

  #readNumberToken(offset: number): FilterToken {
    const read = readNumber(this.#source, offset);
    this.#pos = read.end;
    return { kind: 'literal', value: read.value, offset };
  }

  #punct(text: '(' | ')' | '&&' | '||' | '!', offset: number, length: number): FilterToken {
    this.#pos += length;
    return { kind: 'punct', text, offset };
  }
}
