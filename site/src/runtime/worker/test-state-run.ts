/**
 * Runs one state the way AWS's TestState API does (`testState` of the engine): no execution
 * around it, the data after each processing stage, the next state, and TestState's statuses
 * (`CAUGHT_ERROR`, `RETRIABLE`) besides `SUCCEEDED` and `FAILED`.
 */
import { testState, type JsonObject, type TaskMocks } from '@aslkit/engine/core';

import type { RunOutcome } from './protocol.ts';

/** What the tested state gets. */
export interface TestStateRequest {
  definition: unknown;
  stateName: string;
  input: unknown;
  mocks: Record<string, unknown> | undefined;
  context: Record<string, unknown> | undefined;
}

/** Tests one state; a state that is not in the definition is refused with the engine's message. */
export async function runTestState(request: TestStateRequest): Promise<RunOutcome> {
  let result: Awaited<ReturnType<typeof testState>>;
  try {
    result = await testState(request.definition, request.stateName, request.input, {
      ...(request.mocks === undefined ? {} : { mocks: request.mocks as TaskMocks }),
      ...(request.context === undefined ? {} : { context: request.context as JsonObject }),
    });
  } catch (error) {
    if (error instanceof TypeError) return { kind: 'refused', message: error.message };
    throw error;
  }
  const outcome: Extract<RunOutcome, { kind: 'done' }> = {
    kind: 'done',
    status: result.status,
    history: [...result.history],
    steps: [...result.steps],
    inspection: { ...result.inspectionData },
  };
  if (result.output !== undefined) outcome.output = result.output;
  if (result.error !== undefined) outcome.error = result.error;
  if (result.cause !== undefined) outcome.cause = result.cause;
  if (result.nextState !== undefined) outcome.nextState = result.nextState;
  return outcome;
}
