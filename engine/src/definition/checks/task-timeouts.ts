/**
 * When both are given as numbers, `HeartbeatSeconds` must be smaller than `TimeoutSeconds`
 * (V-34, R-TASK-05). Their ranges and the exclusion of `…Path` twins are checked by the
 * state-fields and field-exclusivity checks.
 */
import { getOwn } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { statesOfType } from '../definition-model.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import * as messages from '../messages.ts';

/** Enforces V-34, R-TASK-05. */
export const taskTimeouts: DefinitionCheck = (model, report) => {
  for (const state of statesOfType(model, 'Task')) {
    const timeout = getOwn(state.object, 'TimeoutSeconds');
    const heartbeat = getOwn(state.object, 'HeartbeatSeconds');
    if (typeof timeout === 'number' && typeof heartbeat === 'number' && heartbeat >= timeout) {
      const pointer = appendPointer(state.pointer, 'HeartbeatSeconds');
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.heartbeatNotBelowTimeout());
    }
  }
};
