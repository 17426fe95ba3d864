/**
 * The depth and work bounds of one JSONata evaluation, counted in evaluation steps, never in real
 * time (R-JA-34; resource-limits.ts says why and how the budget was chosen).
 *
 * They hang on three hooks of jsonata 2.x's evaluator (jsonata.js, `evaluate` and `createFrame`):
 * every step counts itself in `environment.base.depth` and then calls
 * `environment.base.guardrails()`, synchronously; it then looks up and awaits the callback bound
 * to `Symbol.for('jsonata.__evaluate_entry')`; and every new frame calls, synchronously, the
 * callback bound to `Symbol.for('jsonata.__createFrame_push')`, before its first binding.
 * `environment.base` is the root frame of one evaluation, so everything per evaluation hangs on
 * it: one compiled expression may be evaluated many times at once.
 *
 * The entry callback runs once per evaluation: on the first step it puts the budget's guard in
 * place of jsonata's `guardrails` (which, given a `timeout`, read `Date.now()` on every step) and
 * binds the callback away in the root frame, so later steps await nothing more than before.
 * This file does not import `jsonata`; it only knows the shape of its frames. The hooks are
 * jsonata's internals (2.2.2), not its documented API: if an upgrade moved them, the depth and
 * work tests (jsonata-budget.test.ts, and the conformance case for depth) would fail.
 */
import {
  CHARACTERS_PER_STEP,
  ITEMS_PER_STEP,
  ResourceLimitExceeded,
  type EvaluationBounds,
} from './resource-limits.ts';

/** A jsonata environment frame, as far as the bounds use it. */
export interface JsonataFrame {
  /** A closure over the frame's bindings (it does not use `this`). */
  bind: (name: string | symbol, value: unknown) => void;
  /** The evaluation's root frame (unset on the frames of a compiled expression itself). */
  readonly base?: JsonataRootFrame;
}

/** The root frame of one evaluation. */
interface JsonataRootFrame extends JsonataFrame {
  /** The current nesting, which jsonata counts on entering and leaving each step. */
  readonly depth: number;
  /** Called by jsonata on every step, after counting it in `depth`. */
  guardrails: () => void;
  [BUDGET]?: EvaluationBudget;
}

/** What the bounds need from a compiled expression: binding a value in its own frame. */
export interface BoundableExpression {
  assign(name: symbol, value: unknown): void;
}

const ENTRY_CALLBACK = Symbol.for('jsonata.__evaluate_entry');
const FRAME_CALLBACK = Symbol.for('jsonata.__createFrame_push');
const BUDGET = Symbol('aslkit.evaluationBudget');

function isFunctionValue(value: object): boolean {
  const marked = value as { _jsonata_function?: unknown; _jsonata_lambda?: unknown };
  return marked._jsonata_function === true || marked._jsonata_lambda === true;
}

function keyCount(value: object): number {
  let count = 0;
  for (const key in value) if (Object.hasOwn(value, key)) count++;
  return count;
}

/** The steps and bound values of one evaluation. */
class EvaluationBudget {
  readonly #root: JsonataRootFrame;
  readonly #bounds: EvaluationBounds;
  /** The step that installed the budget is the first. */
  #spent = 1;
  /** Arrays and objects already paid for: a value passed on by reference costs nothing more. */
  readonly #paid = new WeakSet();

  constructor(root: JsonataRootFrame, bounds: EvaluationBounds) {
    this.#root = root;
    this.#bounds = bounds;
  }

  /** jsonata's `guardrails`: the depth bound, then one step. */
  readonly guard = (): void => {
    if (this.#root.depth > this.#bounds.maxDepth) throw new ResourceLimitExceeded('depth');
    if (++this.#spent > this.#bounds.maxSteps) throw new ResourceLimitExceeded('time');
  };

  /**
   * Pays for a value being bound to a name: its items or keys the first time it is seen, its
   * characters every time (a string has no identity to remember).
   * @param value - the bound value
   */
  payFor(value: unknown): void {
    let steps: number;
    if (typeof value === 'string') steps = Math.floor(value.length / CHARACTERS_PER_STEP);
    else if (typeof value !== 'object' || value === null || this.#paid.has(value)) return;
    else {
      this.#paid.add(value);
      if (Array.isArray(value)) steps = Math.floor(value.length / ITEMS_PER_STEP);
      else if (isFunctionValue(value)) return;
      else steps = Math.floor(keyCount(value) / ITEMS_PER_STEP);
    }
    this.#spent += steps;
    if (this.#spent > this.#bounds.maxSteps) throw new ResourceLimitExceeded('time');
  }
}

/**
 * Bounds every evaluation of one compiled expression.
 * @param expression - the compiled expression (its `assign` binds in the expression's own frame)
 * @param bounds - the depth and step bounds
 * @param definesFunctions - whether the expression defines a function, and so may loop: only then
 *   are bound values paid for
 */
export function boundEvaluations(
  expression: BoundableExpression,
  bounds: EvaluationBounds,
  definesFunctions: boolean,
): void {
  expression.assign(ENTRY_CALLBACK, (_expr: unknown, _input: unknown, frame: JsonataFrame) => {
    const root = frame.base;
    if (root === undefined || root[BUDGET] !== undefined) return;
    const budget = new EvaluationBudget(root, bounds);
    root[BUDGET] = budget;
    root.guardrails = budget.guard;
    root.bind(ENTRY_CALLBACK, undefined);
  });
  if (!definesFunctions) return;
  expression.assign(FRAME_CALLBACK, (enclosing: JsonataFrame, frame: JsonataFrame) => {
    // The evaluation's own root frame is created before its budget and is not paid for.
    const budget = enclosing.base?.[BUDGET];
    if (budget === undefined) return;
    const bind = frame.bind;
    frame.bind = (name, value) => {
      budget.payFor(value);
      bind(name, value);
    };
  });
}
