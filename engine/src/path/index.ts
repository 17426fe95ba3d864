/**
 * ASL Paths and Reference Paths (asl-rules.md §4, R-PATH): parse once, read many times, write
 * through Reference Paths (ResultPath). Pure: no clock, no randomness, no code evaluation.
 */
export type { FilterExpression, PathAst, PathRoot, Segment } from './ast.ts';
export { BoundedCache } from './bounded-cache.ts';
export {
  compilePath,
  compileReferencePath,
  type CompiledPath,
  type CompiledReferencePath,
  type PathLookup,
  type PathRoots,
  type ReferenceStep,
} from './compile-path.ts';
export { formatPath } from './jayway-text.ts';
export { parsePath } from './parse-path.ts';
export { PathSyntaxError } from './path-syntax-error.ts';
export { isValidVariableName, MAX_VARIABLE_NAME_LENGTH } from './variable-name.ts';
export { writeReferencePath, type WriteOutcome } from './write-reference-path.ts';
