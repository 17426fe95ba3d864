/**
 * The bounds on one JSONata evaluation (R-JA-34): past any of them the state fails with
 * `States.QueryEvaluationError` instead of hanging or exhausting the tab. Depth and memory are
 * AWS's, as measured by floci-io/floci#2737 and #2783:
 *
 * - depth: an expression may nest 100 evaluation levels (`1+1+…+1` with 100 terms is accepted,
 *   101 refused);
 * - memory: a sequence may hold 873,782 elements (`[1..873782]` accepted, one more refused),
 *   `$range` 360,145; a string or array that outgrows what JavaScript can hold counts the same.
 *
 * The third bound is where we differ from AWS on purpose. AWS stops an expression after 5 seconds
 * of real time (the JSONata library's time box), for expressions that loop without nesting
 * (JSONata optimises tail calls, so `($f := function($x){ $f($x+1) }; $f(1))` never grows the
 * depth). A wall-clock bound would make the outcome depend on the machine and its load (jsonata
 * awaits at every step, so under concurrency one evaluation's time includes other executions'
 * work), and the engine never reads the real clock. So the bound is on work instead: every
 * evaluation step costs one step of a budget of {@link MAX_EVALUATION_STEPS}, and in an
 * expression that defines a function (the only kind that can loop) a value bound to a parameter
 * or a name costs its size the first time it is seen, so that a loop whose accumulator grows
 * (`$f($append($a, 1))`, `$f($merge([$o, …]))`, `$f($a & "x")`), whose steps each copy more,
 * stops as early as one that does not. Past the budget the state fails with AWS's time-bound
 * message. The same definition, input and seed always give the same result.
 *
 * Choosing the budget (measured on the 2-core development machine, Node 24, jsonata 2.2.2): a
 * tail-recursive loop runs about 3.4 million steps per second of CPU, so a runaway stops after
 * about 3 seconds of CPU (longer in wall time on a shared machine), and loops that grow an array,
 * object or string stop within about 2. Legitimate expressions cost far less: one pass with a
 * function over the longest sequence AWS accepts costs 3 to 5 steps an item
 * (`$sum($map([1..800000], function($v){$v * 2}))` 2.4 million steps, `$filter` 4 million), so
 * two such passes fit, and so does a 1,000 × 1,000 join inside one payload (`$items.($x := $;
 * $items[id = $x.ref])`, 6 million steps), which took this engine about 4 seconds of its old
 * 5-second wall-clock bound. An expression that needs more steps ran for over 3 seconds here
 * already; AWS, whose evaluator is faster per step, may finish it within its 5 seconds, which is
 * where this bound is stricter than AWS's. What no step count sees is work inside one built-in
 * function call (`$distinct` is quadratic in its array's length); the wall-clock bound, checked
 * between steps too, never interrupted that either.
 */

/** The deepest evaluation nesting AWS accepts. */
export const MAX_EVALUATION_DEPTH = 100;
/** The longest sequence AWS accepts. */
export const MAX_SEQUENCE_LENGTH = 873_782;
/** The most evaluation steps one evaluation may take (AWS's 5 s wall-clock bound, made deterministic). */
export const MAX_EVALUATION_STEPS = 10_000_000;
/**
 * Array items or object keys a bound value may hold per step it costs: copying one (`$append`,
 * `$merge`) takes a sixth to a third of a step's time, so a growing loop stops a little early.
 */
export const ITEMS_PER_STEP = 2;
/**
 * String characters per step: V8 joins strings without copying them, so a string costs little
 * until it is long (a loop appending one character stops after about 130,000 rounds).
 */
export const CHARACTERS_PER_STEP = 1024;

/** The bounds one evaluation runs under. */
export interface EvaluationBounds {
  /** Nesting levels (AWS: 100). */
  readonly maxDepth: number;
  /** Evaluation steps, with the sizes of bound values. */
  readonly maxSteps: number;
}

/** The bounds every evaluation runs under. */
export const EVALUATION_BOUNDS: EvaluationBounds = {
  maxDepth: MAX_EVALUATION_DEPTH,
  maxSteps: MAX_EVALUATION_STEPS,
};

/** The bound messages AWS writes after `threw an error during evaluation: ` (no error code). */
export const RESOURCE_LIMIT_MESSAGES = {
  depth: `Stack overflow error: Check for non-terminating recursive function. Consider rewriting as tail-recursive. Depth=${MAX_EVALUATION_DEPTH + 1} max=${MAX_EVALUATION_DEPTH}`,
  memory: 'Expression evaluation memory limit exceeded: Check for excessive memory usage',
  time: 'Expression evaluation timeout: Check for infinite loop',
} as const;

/** Which bound an evaluation hit. */
export type ResourceLimit = keyof typeof RESOURCE_LIMIT_MESSAGES;

/** Thrown by the Step Functions functions when a bound is hit (`$range` beyond 360,145 elements). */
export class ResourceLimitExceeded extends Error {
  readonly limit: ResourceLimit;

  /**
   * @param limit - the bound that was hit
   */
  constructor(limit: ResourceLimit) {
    super(RESOURCE_LIMIT_MESSAGES[limit]);
    this.name = 'ResourceLimitExceeded';
    this.limit = limit;
  }
}
