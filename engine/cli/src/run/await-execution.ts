/**
 * Waits for a local execution to end, noticing when it never can: a `.waitForTaskToken` task or
 * an activity that nobody will answer (a local run has no SendTaskSuccess caller).
 */
import type { Execution, ExecutionResult, PendingTaskToken } from '@aslkit/engine';

/** How waiting ended. */
export type AwaitedExecution =
  { readonly result: ExecutionResult } | { readonly stalled: readonly PendingTaskToken[] };

const nextTurn = (ms: number): Promise<undefined> =>
  new Promise((resolve) => {
    setTimeout(() => {
      resolve(undefined);
    }, ms);
  });

/**
 * Waits for the result; gives up when the execution has waited for a task token callback while
 * nothing else happened for `idleTurns` turns of `turnMs`.
 * @param execution - the running execution
 * @param options - how long to watch for a stall, and what to do at each check
 * @param options.turnMs - milliseconds between checks (default 20)
 * @param options.idleTurns - checks without a new history event before giving up (default 3)
 * @param options.onTurn - called at each check while the execution runs (progress display)
 * @returns the result, or the callbacks the execution is stuck on
 */
export async function awaitExecution(
  execution: Execution,
  options: { turnMs?: number; idleTurns?: number; onTurn?: () => void } = {},
): Promise<AwaitedExecution> {
  const turnMs = options.turnMs ?? 20;
  const idleTurns = options.idleTurns ?? 3;
  let lastLength = -1;
  let idle = 0;
  const finished = execution.result.then((result) => ({ result }));
  for (;;) {
    const winner = await Promise.race([finished, nextTurn(turnMs)]);
    if (winner !== undefined) return winner;
    options.onTurn?.();
    const pending = execution.pendingTaskTokens();
    const length = execution.history.length;
    idle = pending.length > 0 && length === lastLength ? idle + 1 : 0;
    if (idle >= idleTurns) return { stalled: pending };
    lastLength = length;
  }
}
