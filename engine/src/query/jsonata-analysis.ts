/**
 * Static analysis of a parsed JSONata expression (jsonata's processed tree, `expression.ast()`):
 * what it reads from the context item at its top level (V-24, R-JA-08), which `$states` fields
 * it reads (V-26, R-JA-13..15) and which `$names` it refers to (so that only those are bound when
 * it runs).
 *
 * The top-level rule is AWS's as measured by floci-io/floci#2670 and PR #2699: Step Functions
 * evaluates an expression with no context item, so only the places that read that item count —
 * the first step of a path, operands, function arguments, array items, object keys and values,
 * conditions, block members, the right side of `:=`, and lambda bodies (a lambda keeps the
 * context of the expression that defines it). Later path steps, predicates, sort terms and
 * group-by expressions read the value before them, so a name there is legal
 * (`$states.input.items[value > 3]`).
 */
import type { JsonataAnalysis } from './jsonata-engine.ts';

/** The parts of jsonata's parsed tree that the analyses read; jsonata does not type it further. */
export interface JsonataNode {
  readonly type: string;
  readonly value?: unknown;
  readonly steps?: readonly JsonataNode[];
  readonly expressions?: readonly JsonataNode[];
  readonly arguments?: readonly JsonataNode[];
  readonly procedure?: JsonataNode;
  readonly body?: JsonataNode;
  readonly condition?: JsonataNode;
  readonly then?: JsonataNode;
  readonly else?: JsonataNode;
  readonly expression?: JsonataNode;
  readonly lhs?: JsonataNode | readonly (readonly [JsonataNode, JsonataNode])[];
  readonly rhs?: JsonataNode;
}

type Collect = (node: JsonataNode | undefined) => void;

function collectEach(nodes: readonly JsonataNode[] | undefined, collect: Collect): void {
  for (const node of nodes ?? []) collect(node);
}

/** `{k: v}` keeps its pairs in `lhs`; AWS reads a bare key at the top level too (`{aaa: 1}`). */
function collectUnary(node: JsonataNode, collect: Collect): void {
  if (node.value === '[') collectEach(node.expressions, collect);
  else if (node.value === '{' && Array.isArray(node.lhs)) {
    for (const [key, value] of node.lhs as readonly (readonly [JsonataNode, JsonataNode])[]) {
      collect(key);
      collect(value);
    }
  } else collect(node.expression);
}

/** How each node type reads the context item at its own level. */
const TOP_LEVEL_READERS: Readonly<
  Record<string, (node: JsonataNode, collect: Collect, names: Set<string>) => void>
> = {
  path: (node, collect) => {
    collect(node.steps?.[0]);
  },
  name: (node, _collect, names) => {
    names.add(String(node.value));
  },
  // `$` is the context item itself; `$$` parses as a variable named `$` (the root).
  variable: (node, _collect, names) => {
    if (node.value === '') names.add('$');
    else if (node.value === '$') names.add('$$');
  },
  unary: collectUnary,
  binary: (node, collect) => {
    collect(node.lhs as JsonataNode);
    collect(node.rhs);
  },
  apply: (node, collect) => {
    collect(node.lhs as JsonataNode);
    collect(node.rhs);
  },
  function: (node, collect) => {
    collect(node.procedure);
    collectEach(node.arguments, collect);
  },
  partial: (node, collect) => {
    collect(node.procedure);
    collectEach(node.arguments, collect);
  },
  lambda: (node, collect) => {
    collect(node.body);
  },
  condition: (node, collect) => {
    collect(node.condition);
    collect(node.then);
    collect(node.else);
  },
  block: (node, collect) => {
    collectEach(node.expressions, collect);
  },
  bind: (node, collect) => {
    collect(node.rhs);
  },
};

/**
 * The names an expression reads from the context item at its top level, in written order.
 * @param root - the parsed expression
 * @returns `phone`, `$`, `$$`…, each once
 */
export function topLevelReferences(root: JsonataNode): string[] {
  const names = new Set<string>();
  const collect: Collect = (node) => {
    if (node === undefined) return;
    TOP_LEVEL_READERS[node.type]?.(node, collect, names);
  };
  collect(root);
  return [...names];
}

/** Visits every node of the tree once (the tree holds no cycles, but jsonata shares some nodes). */
function walkTree(root: JsonataNode, visit: (node: JsonataNode) => void): void {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      pending.push(...(value as unknown[]));
      continue;
    }
    if (typeof (value as { type?: unknown }).type === 'string') visit(value as JsonataNode);
    for (const child of Object.values(value)) if (typeof child === 'object') pending.push(child);
  }
}

/**
 * Whether the expression defines a function (`function($x){…}`): only such an expression can
 * loop, since JSON values never carry one in.
 * @param root - the parsed expression
 * @returns true when a lambda appears anywhere in it
 */
export function definesFunctions(root: JsonataNode): boolean {
  let found = false;
  walkTree(root, (node) => {
    if (node.type === 'lambda') found = true;
  });
  return found;
}

/**
 * Everything the engine needs to know about an expression before running it.
 * @param root - the parsed expression
 * @returns its top-level references, whether it reads `$$`, its `$states` fields and `$names`
 */
export function analyzeJsonata(root: JsonataNode): JsonataAnalysis {
  const statesFields = new Set<string>();
  const variableNames = new Set<string>();
  let readsRoot = false;
  walkTree(root, (node) => {
    if (node.type === 'variable' && node.value === '$') readsRoot = true;
    if (
      node.type === 'variable' &&
      typeof node.value === 'string' &&
      node.value !== '' &&
      node.value !== '$'
    )
      variableNames.add(node.value);
    if (node.type !== 'path') return;
    const [first, second] = node.steps ?? [];
    if (first?.type === 'variable' && first.value === 'states' && second?.type === 'name')
      statesFields.add(String(second.value));
  });
  return {
    topLevelReferences: topLevelReferences(root),
    readsRoot,
    statesFields,
    variableNames: [...variableNames],
  };
}
