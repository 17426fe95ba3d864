/**
 * The runtime's own parsers, as the definition checks use them: a check asks "is this a valid
 * Path / Reference Path / intrinsic call / timestamp?" and gets the parser's error text back, so
 * validation and execution can never disagree about what a field means. The parsers memoise
 * what they parse, so a definition that repeats a path pays for it once.
 */
import { parseInstant } from '../choice/index.ts';
import { IntrinsicSyntaxError, parseIntrinsic } from '../intrinsics/index.ts';
import { BoundedCache, compilePath, compileReferencePath, PathSyntaxError, type PathRoot } from '../path/index.ts';

export { looksLikeIntrinsic } from '../intrinsics/index.ts';

/** What the path parser says about one path text, computed once per distinct text. */
interface PathFacts {
  /** The parse error, when the text is not a Path. */
  readonly syntaxError: string | undefined;
  /** Why a valid Path is not a Reference Path, or the parse error. */
  readonly referenceError: string | undefined;
  readonly root: PathRoot['kind'] | undefined;
}

/** A definition repeats its paths; this keeps one answer per text (cleared when it grows large). */
const pathFacts = new BoundedCache<PathFacts>(4096);

function referenceErrorOf(source: string): string | undefined {
  try {
    compileReferencePath(source);
    return undefined;
  } catch (error) {
    if (error instanceof PathSyntaxError) return error.message;
    throw error;
  }
}

function computeFacts(source: string): PathFacts {
  try {
    const path = compilePath(source);
    const referenceError = path.isReference ? undefined : referenceErrorOf(source);
    return { syntaxError: undefined, referenceError, root: path.ast.root.kind };
  } catch (error) {
    if (!(error instanceof PathSyntaxError)) throw error;
    return { syntaxError: error.message, referenceError: error.message, root: undefined };
  }
}

function factsOf(source: string): PathFacts {
  return pathFacts.get(source, computeFacts);
}

/**
 * Checks a Path (R-PATH-01): full JSONPath (Jayway syntax), `$$` (Context Object) and `$name`
 * (variables).
 * @param source - the path text
 * @returns the parser's error text, or undefined when the path is valid
 */
export function pathSyntaxError(source: string): string | undefined {
  return factsOf(source).syntaxError;
}

/**
 * Checks a Reference Path (R-PATH-03): a Path that selects at most one node.
 * @param source - the path text
 * @returns the parser's error text, or undefined when the path is a valid Reference Path
 */
export function referencePathSyntaxError(source: string): string | undefined {
  return factsOf(source).referenceError;
}

/**
 * What a valid path starts from.
 * @param source - the path text
 * @returns `input` (`$…`), `context` (`$$…`) or `variable` (`$name…`); undefined when invalid
 */
export function pathRootOf(source: string): PathRoot['kind'] | undefined {
  return factsOf(source).root;
}

/**
 * Checks an intrinsic function call (R-INTR-01..06, R-INTR-09) as AWS does when a definition is
 * created: grammar, known function names, paths, at most 10 calls. Like AWS, it leaves argument
 * counts and literal argument types to run time (parsed with `checkSignatures: false`).
 * @param source - the call text
 * @returns the parser's error text, or undefined when the call is valid
 */
export function intrinsicSyntaxError(source: string): string | undefined {
  try {
    parseIntrinsic(source, { checkSignatures: false });
    return undefined;
  } catch (error) {
    if (error instanceof IntrinsicSyntaxError) return error.message;
    throw error;
  }
}

/**
 * The function name of a valid intrinsic call.
 * @param source - a call text
 * @returns `States.Format` for `States.Format('{}', $.a)`, or undefined when the call is invalid
 */
export function intrinsicNameOf(source: string): string | undefined {
  return intrinsicSyntaxError(source) === undefined ? parseIntrinsic(source, { checkSignatures: false }).name : undefined;
}

/**
 * Tells whether a string is a timestamp of the ASL profile of RFC 3339 (R-TS-01, R-TS-02), with
 * the same parser the Choice and Wait states use at run time.
 * @param text - the candidate
 * @returns true when valid
 */
export function isTimestamp(text: string): boolean {
  return parseInstant(text) !== undefined;
}
