/**
 * The intrinsic function grammar (SPEC §Intrinsic Functions, R-INTR-01..06), parsed by hand:
 *
 *   call     = name "(" [ argument *( "," argument ) ] ")"      ; name = 1*( ALPHA / DIGIT / "." / "_" )
 *   argument = string / number / "null" / "true" / "false" / path / call
 *   string   = "'" *( char / "\'" / "\{" / "\}" / "\\" ) "'"   ; any other backslash is an error
 *   number   = [ "-" ] int [ frac ] [ exp ]                      ; JSON number syntax
 *   path     = "$" …                                             ; up to a top-level "," ")" or space
 *
 * Whitespace may surround arguments. Checked here, so that definition validation rejects them:
 * the grammar, unknown function names (R-INTR-09), more than 10 calls in one field (R-INTR-06:
 * the DG counts the calls of its example `States.Format('{}.{}.{}', States.ArrayGetItem(…))`,
 * nine of them five deep, as "nine nested intrinsic functions"), the Paths (with the path
 * module's own parser) and, unless `checkSignatures: false`, each function's arity and the
 * types of literal arguments.
 *
 * AWS itself rejects grammar errors at creation (an open backslash such as `'a\nb'` is
 * SCHEMA_VALIDATION_FAILED, not a run-time error as the DG says) but accepts wrong argument
 * counts and literal types and fails them at run time with States.Runtime; `checkSignatures:
 * false` parses the way AWS does, and the evaluator reports those calls at run time.
 */
import { BoundedCache, compilePath, PathSyntaxError } from '../path/index.ts';
import type { CompiledPath } from '../path/index.ts';
import type {
  IntrinsicArgument,
  IntrinsicCall,
  IntrinsicLiteral,
  PathArgument,
  StringLiteral,
} from './ast.ts';
import { checkCallSignature } from './check-signature.ts';
import { IntrinsicSyntaxError } from './intrinsic-syntax-error.ts';
import { intrinsicRegistry } from './registry.ts';

/** The most intrinsic calls one field may hold (DG: "You can nest up to 10 intrinsic functions"). */
export const MAX_INTRINSIC_CALLS = 10;

/** How the parser treats calls whose text is well formed. */
export interface ParseIntrinsicOptions {
  /**
   * Check argument counts and literal argument types against the functions' signatures
   * (default true). AWS does not: it fails such calls when they run.
   */
  readonly checkSignatures?: boolean;
}

const INTRINSIC_START = /^[A-Za-z0-9._]+\(/;
const NAME = /[A-Za-z0-9._]+/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WHITESPACE = ' \t\n\r';
const ESCAPABLE = "'{}\\";
const CACHE_CAPACITY = 1024;

/**
 * Tells whether a string is meant as an intrinsic call: a function name immediately followed by
 * `(` at the start (R-INTR-01). It says nothing about validity.
 * @param source - a payload template's `.$` value or similar
 * @returns true for `States.Format(…`, false for `$.a` or plain text
 */
export function looksLikeIntrinsic(source: string): boolean {
  return INTRINSIC_START.test(source);
}

const caches = {
  strict: new BoundedCache<IntrinsicCall>(CACHE_CAPACITY),
  lenient: new BoundedCache<IntrinsicCall>(CACHE_CAPACITY),
};

/**
 * Parses an intrinsic function call (memoised in a bounded cache; the result is immutable).
 * @param source - the whole text, e.g. `States.Format('Hello, {}', $.name)`
 * @param options - whether to check signatures (default yes)
 * @returns the call's syntax tree
 * @throws IntrinsicSyntaxError with the source, the offset of the problem and its code
 */
export function parseIntrinsic(source: string, options: ParseIntrinsicOptions = {}): IntrinsicCall {
  const checkSignatures = options.checkSignatures ?? true;
  const cache = checkSignatures ? caches.strict : caches.lenient;
  return cache.get(source, () => new CallParser(source, checkSignatures).parseField());
}

/** The state of the scan for the end of a Path argument. */
interface PathScan {
  depth: number;
  quote: string;
}

function endsPath(scan: PathScan, char: string): boolean {
  return scan.depth === 0 && (',)]'.includes(char) || WHITESPACE.includes(char));
}

/** Steps over one character (two for an escape inside quotes) and returns the next index. */
function advancePathScan(scan: PathScan, source: string, index: number): number {
  const char = source.charAt(index);
  if (scan.quote !== '') {
    if (char === '\\') return index + 2;
    if (char === scan.quote) scan.quote = '';
  } else if (char === "'" || char === '"') {
    if (scan.depth > 0) scan.quote = char;
  } else if (char === '[' || char === '(') {
    scan.depth += 1;
  } else if (char === ']' || char === ')') {
    scan.depth -= 1;
  }
  return index + 1;
}

class CallParser {
  readonly #source: string;
  readonly #checkSignatures: boolean;
  #position = 0;
  #calls = 0;

  constructor(source: string, checkSignatures: boolean) {
    this.#source = source;
    this.#checkSignatures = checkSignatures;
  }

  parseField(): IntrinsicCall {
    if (!looksLikeIntrinsic(this.#source)) {
      throw this.#error('expected an intrinsic function call such as States.Array()', 0);
    }
    const call = this.#parseCall();
    this.#skipWhitespace();
    if (this.#position < this.#source.length)
      throw this.#unexpected('expected the end of the call');
    return call;
  }

  #parseCall(): IntrinsicCall {
    const start = this.#position;
    const name = this.#readName();
    this.#calls += 1;
    if (this.#calls > MAX_INTRINSIC_CALLS) {
      const detail = `more than ${MAX_INTRINSIC_CALLS} intrinsic function calls in one field`;
      throw new IntrinsicSyntaxError('NESTING', detail, this.#source, start);
    }
    const definition = intrinsicRegistry.get(name);
    if (definition === undefined) {
      throw new IntrinsicSyntaxError(
        'UNKNOWN_FUNCTION',
        `unknown intrinsic function '${name}'`,
        this.#source,
        start,
      );
    }
    this.#position += 1; // the '(' that looksLikeIntrinsic or #parseWord saw
    const args = Object.freeze(this.#parseArguments());
    const end = this.#position;
    const text = this.#source.slice(start, end);
    const call: IntrinsicCall = Object.freeze({
      kind: 'call',
      // The registry's own string (a literal) rather than the matched slice of the source: each
      // evaluation looks the name up again, and a slice compares character by character.
      name: definition.name,
      args,
      source: this.#source,
      text,
      start,
      end,
    });
    if (this.#checkSignatures) checkCallSignature(call, definition);
    return call;
  }

  #parseArguments(): IntrinsicArgument[] {
    const args: IntrinsicArgument[] = [];
    this.#skipWhitespace();
    if (this.#peek() === ')') {
      this.#position += 1;
      return args;
    }
    for (;;) {
      args.push(this.#parseArgument());
      this.#skipWhitespace();
      if (this.#peek() === ')') {
        this.#position += 1;
        return args;
      }
      if (this.#peek() !== ',') throw this.#unexpected("expected ',' or ')'");
      this.#position += 1;
      this.#skipWhitespace();
    }
  }

  #parseArgument(): IntrinsicArgument {
    const char = this.#peek();
    if (char === "'") return this.#parseString();
    if (char === '$') return this.#parsePath();
    if (char === '-' || (char >= '0' && char <= '9')) return this.#parseNumber();
    NAME.lastIndex = this.#position;
    if (NAME.test(this.#source)) return this.#parseWord();
    throw this.#unexpected('expected an argument');
  }

  /** A nested call, or one of the literals `null`, `true`, `false`. */
  #parseWord(): IntrinsicArgument {
    const start = this.#position;
    const word = this.#readName();
    if (this.#peek() === '(') {
      this.#position = start;
      return this.#parseCall();
    }
    const end = this.#position;
    if (word === 'null') return Object.freeze({ kind: 'null', start, end });
    if (word === 'true' || word === 'false')
      return Object.freeze({ kind: 'boolean', value: word === 'true', start, end });
    throw this.#error(`unexpected '${word}', expected an argument`, start);
  }

  #parseString(): StringLiteral {
    const start = this.#position;
    let value = '';
    let raw = '';
    for (let index = start + 1; ; index++) {
      const char = this.#source.charAt(index);
      if (index >= this.#source.length) throw this.#error('unterminated string literal', start);
      if (char === "'") {
        this.#position = index + 1;
        return Object.freeze({ kind: 'string', value, raw, start, end: this.#position });
      }
      if (char === '\\') {
        const escaped = this.#source.charAt(index + 1);
        if (escaped === '' || !ESCAPABLE.includes(escaped)) {
          throw this.#error("open backslash: only ', {, } and \\ may be escaped", index);
        }
        value += escaped;
        raw += char + escaped;
        index += 1;
      } else {
        value += char;
        raw += char;
      }
    }
  }

  #parseNumber(): IntrinsicLiteral {
    const start = this.#position;
    let end = start;
    while (end < this.#source.length && !`${WHITESPACE},)`.includes(this.#source.charAt(end)))
      end += 1;
    const text = this.#source.slice(start, end);
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(this.#source);
    if (match?.[0].length !== text.length) throw this.#error(`invalid number '${text}'`, start);
    const value = Number(text);
    if (!Number.isFinite(value)) throw this.#error(`number '${text}' is too large`, start);
    this.#position = end;
    return Object.freeze({ kind: 'number', value: value + 0, start, end });
  }

  #parsePath(): PathArgument {
    const start = this.#position;
    const end = this.#pathEnd(start);
    const text = this.#source.slice(start, end);
    let path: CompiledPath;
    try {
      path = compilePath(text);
    } catch (error) {
      if (!(error instanceof PathSyntaxError)) throw error;
      throw this.#error(`invalid path '${text}': ${error.detail}`, start + error.offset);
    }
    this.#position = end;
    return Object.freeze({ kind: 'path', path, start, end });
  }

  /**
   * Where a Path argument ends: at the first `,`, `)` or whitespace outside brackets. Inside
   * `[…]` (and the parentheses of a filter) anything goes, quoted names included.
   */
  #pathEnd(start: number): number {
    const scan: PathScan = { depth: 0, quote: '' };
    let index = start;
    while (index < this.#source.length && !endsPath(scan, this.#source.charAt(index))) {
      index = advancePathScan(scan, this.#source, index);
    }
    if (scan.depth > 0 || scan.quote !== '') {
      throw this.#error('unterminated path: a bracket or quote is not closed', start);
    }
    return index;
  }

  #readName(): string {
    NAME.lastIndex = this.#position;
    const name = NAME.exec(this.#source)?.[0] ?? '';
    this.#position += name.length;
    return name;
  }

  #peek(): string {
    return this.#source.charAt(this.#position);
  }

  #skipWhitespace(): void {
    while (this.#position < this.#source.length && WHITESPACE.includes(this.#peek()))
      this.#position += 1;
  }

  #unexpected(expectation: string): IntrinsicSyntaxError {
    const char = this.#source.charAt(this.#position);
    const found = this.#position >= this.#source.length ? 'end of input' : `'${char}'`;
    return this.#error(`unexpected ${found}, ${expectation}`, this.#position);
  }

  #error(detail: string, offset: number): IntrinsicSyntaxError {
    return new IntrinsicSyntaxError('SYNTAX', detail, this.#source, offset);
  }
}
