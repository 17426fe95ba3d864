/**
 * GetExecutionHistory, and the callbacks of `.waitForTaskToken` tasks: SendTaskSuccess,
 * SendTaskFailure, SendTaskHeartbeat.
 */
import { apiErrors } from '../api/api-error.ts';
import { apiHistoryEvent, jsonSyntaxProblem } from '../api/api-values.ts';
import { checkArn } from '../api/arns.ts';
import { paginate } from '../api/paging.ts';
import type { RequestBody } from '../api/request-shape.ts';
import {
  booleanMember,
  integerMember,
  requiredString,
  stringMember,
} from '../api/request-shape.ts';
import type { ExecutionHost } from '../executions/execution-host.ts';
import type { SfnService } from '../sfn-service.ts';
import type { Action } from './action.ts';
import { CAUSE_MEMBER, ERROR_MEMBER, SENSITIVE_DATA_MEMBER } from './common-members.ts';

const getExecutionHistory: Action = {
  shape: {
    required: ['executionArn'],
    members: {
      executionArn: { type: 'string', min: 1, max: 256 },
      maxResults: { type: 'integer', min: 0, max: 1000 },
      reverseOrder: { type: 'boolean' },
      nextToken: { type: 'string', min: 1, max: 3096 },
      includeExecutionData: { type: 'boolean' },
    },
  },
  run(service, request) {
    const arn = checkArn(requiredString(request, 'executionArn'), ['execution']);
    const host = service.execution(arn);
    const reverse = booleanMember(request, 'reverseOrder') === true;
    const events = reverse ? [...host.history].reverse() : host.history;
    const page = paginate(events, {
      maxResults: integerMember(request, 'maxResults'),
      nextToken: stringMember(request, 'nextToken'),
      scope: `GetExecutionHistory:${arn}:${String(reverse)}`,
      keyOf: (event) => String(event.id),
    });
    const includeData = booleanMember(request, 'includeExecutionData') ?? true;
    return {
      events: page.items.map((event) => apiHistoryEvent(event, includeData)),
      ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken }),
    };
  },
};

const TOKEN = { type: 'string', min: 1, max: 2048, sensitive: true } as const;

/**
 * The execution a task token belongs to.
 * @param service - the service
 * @param request - the request with `taskToken`
 * @returns the execution and the token
 * @throws SfnApiError InvalidToken for a token the service never handed out
 */
function tokenOwner(
  service: SfnService,
  request: RequestBody,
): { host: ExecutionHost; token: string } {
  const token = requiredString(request, 'taskToken');
  const host = service.executionOfToken(token);
  if (host === undefined) throw apiErrors.invalidToken('Invalid token');
  return { host, token };
}

const sendTaskSuccess: Action = {
  shape: {
    required: ['taskToken', 'output'],
    members: { taskToken: TOKEN, output: SENSITIVE_DATA_MEMBER },
  },
  run(service, request) {
    const { host, token } = tokenOwner(service, request);
    const output = requiredString(request, 'output');
    const problem = jsonSyntaxProblem(output);
    if (problem !== undefined) throw apiErrors.invalidOutput(problem);
    host.command({ kind: 'success', token, output });
    return {};
  },
};

const sendTaskFailure: Action = {
  shape: {
    required: ['taskToken'],
    members: {
      taskToken: TOKEN,
      error: ERROR_MEMBER,
      cause: CAUSE_MEMBER,
    },
  },
  run(service, request) {
    const { host, token } = tokenOwner(service, request);
    const error = stringMember(request, 'error');
    const cause = stringMember(request, 'cause');
    host.command({
      kind: 'failure',
      token,
      ...(error === undefined ? {} : { error }),
      ...(cause === undefined ? {} : { cause }),
    });
    return {};
  },
};

const sendTaskHeartbeat: Action = {
  shape: { required: ['taskToken'], members: { taskToken: TOKEN } },
  run(service, request) {
    const { host, token } = tokenOwner(service, request);
    host.command({ kind: 'heartbeat', token });
    return {};
  },
};

/** GetExecutionHistory and the callback actions by name. */
export const historyAndCallbackActions: Readonly<Record<string, Action>> = {
  GetExecutionHistory: getExecutionHistory,
  SendTaskSuccess: sendTaskSuccess,
  SendTaskFailure: sendTaskFailure,
  SendTaskHeartbeat: sendTaskHeartbeat,
};
