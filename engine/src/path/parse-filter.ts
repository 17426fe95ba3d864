import type { FilterExpression, FilterOperand } from './ast.ts';
import { FilterLexer, type FilterToken } from './filter-lexer.ts';
import { PathSyntaxError } from './path-syntax-error.ts';

/**
 * Parses the body of a filter `[?( … )]`, starting just after `?(`, up to and including the
 * `)` that closes it.
 *
 * The grammar is the part of Jayway's filter language that Step Functions supports (AWS DG
 * "Paths": no functions, no lexical operators such as `subsetof`, no regular expressions, no
 * reference to another value of the document), with ordinary precedence:
 * ```
 * or      := and ('||' and)*
 * and     := unary ('&&' unary)*
 * unary   := '!' path | '(' or ')' | operand (op operand)?     -- a lone path tests existence
 * operand := path | 'string' | "string" | number | true | false | null
 * path    := '@' ('.' name | '[' 'name' ']' | '[' index ']')*
 * op      := == | != | < | <= | > | >=
 * ```
 * `!` negates only an existence test (`!@.isbn`), as in Jayway, which silently ignores a `!`
 * anywhere else; we reject that instead of giving it a meaning AWS does not.
 * @param source - the whole path text
 * @param start - the offset just after `?(`
 * @returns the expression and the offset just after its closing `)`
 * @throws PathSyntaxError with the offset of the offending token
 */
export function parseFilter(
  source: string,
  start: number,
): { expression: FilterExpression; end: number } {
  const parser = new FilterParser(source, start);
  const expression = parser.parseOr();
  const close = parser.take();
  if (close.kind !== 'punct' || close.text !== ')')
    parser.fail(`expected ')' but found ${describe(close, source)}`, close.offset);
  return { expression, end: close.offset + 1 };
}

class FilterParser {
  readonly #source: string;
  readonly #lexer: FilterLexer;
  #lookahead: FilterToken | undefined;

  constructor(source: string, start: number) {
    this.#source = source;
    this.#lexer = new FilterLexer(source, start);
  }

  fail(detail: string, offset: number): never {
    throw new PathSyntaxError(detail, this.#source, offset);
  }

  take(): FilterToken {
    const token = this.#peek();
    this.#lookahead = undefined;
    return token;
  }

  #peek(): FilterToken {
    this.#lookahead ??= this.#lexer.next();
    return this.#lookahead;
  }

  #peekPunct(text: string): boolean {
    const token = this.#peek();
    return token.kind === 'punct' && token.text === text;
  }

  parseOr(): FilterExpression {
    let left = this.#parseAnd();
    while (this.#peekPunct('||')) {
      this.take();
      left = { kind: 'or', left, right: this.#parseAnd() };
    }
    return left;
  }

  #parseAnd(): FilterExpression {
    let left = this.#parseUnary();
    while (this.#peekPunct('&&')) {
      this.take();
      left = { kind: 'and', left, right: this.#parseUnary() };
    }
    return left;
  }

  #parseUnary(): FilterExpression {
    const token = this.take();
    if (token.kind === 'punct' && token.text === '!')
      return this.#parseNegatedExistence(token.offset);
    if (token.kind === 'punct' && token.text === '(') {
      const inner = this.parseOr();
      const close = this.take();
      if (close.kind !== 'punct' || close.text !== ')')
        this.fail(`expected ')' but found ${describe(close, this.#source)}`, close.offset);
      return inner;
    }
    return this.#parseComparison(token);
  }

  #parseNegatedExistence(bangOffset: number): FilterExpression {
    const token = this.take();
    if (token.kind !== 'path' || this.#peek().kind === 'operator') {
      this.fail("'!' can only negate an existence test such as !@.isbn", bangOffset);
    }
    return { kind: 'exists', path: token.path, negated: true };
  }

  #parseComparison(token: FilterToken): FilterExpression {
    const left = this.#toOperand(token);
    const next = this.#peek();
    if (next.kind !== 'operator') {
      if (left.kind === 'path') return { kind: 'exists', path: left.path, negated: false };
      return this.fail(
        `expected a comparison operator but found ${describe(next, this.#source)}`,
        next.offset,
      );
    }
    this.take();
    const right = this.#toOperand(this.take());
    return { kind: 'compare', operator: next.operator, left, right };
  }

  #toOperand(token: FilterToken): FilterOperand {
    if (token.kind === 'path') return { kind: 'path', path: token.path };
    if (token.kind === 'literal') return { kind: 'literal', value: token.value };
    return this.fail(`expected a value but found ${describe(token, this.#source)}`, token.offset);
  }
}

function describe(token: FilterToken, source: string): string {
  if (token.kind === 'end') return 'end of path';
  if (token.kind === 'punct') return `'${token.text}'`;
  if (token.kind === 'operator') return `'${token.operator}'`;
  return `'${source.slice(token.offset, token.offset + 1)}'`;
}
