/**
 * StartExecution, StartSyncExecution, DescribeExecution, ListExecutions, StopExecution.
 * `StartExecution` with `stateMachineArn` = `<arn>#<TestCase>` runs that test case of the mock
 * configuration, as Step Functions Local does
 * (docs.aws.amazon.com/step-functions/latest/dg/sfn-local-test-sm-exec.html).
 */
import { randomUUID } from 'node:crypto';
import { apiErrors } from '../api/api-error.ts';
import { epochSeconds, jsonSyntaxProblem } from '../api/api-values.ts';
import { checkArn, checkName, executionArn } from '../api/arns.ts';
import { paginate } from '../api/paging.ts';
import type { RequestBody } from '../api/request-shape.ts';
import { integerMember, requiredString, stringMember } from '../api/request-shape.ts';
import type { ExecutionHost } from '../executions/execution-host.ts';
import type { SfnService } from '../sfn-service.ts';
import type { Action } from './action.ts';
import {
  ARN_MEMBER,
  CAUSE_MEMBER,
  ERROR_MEMBER,
  EXECUTION_REQUEST,
  INCLUDED_DATA_MEMBER,
  requestedExecution,
  SENSITIVE_DATA_MEMBER,
} from './common-members.ts';

const START_MEMBERS = {
  stateMachineArn: ARN_MEMBER,
  name: { type: 'string', min: 1, max: 80 },
  input: SENSITIVE_DATA_MEMBER,
  traceHeader: { type: 'string', max: 256 },
} as const;
const STATUSES = ['SUCCEEDED', 'TIMED_OUT', 'PENDING_REDRIVE', 'ABORTED', 'FAILED', 'RUNNING'];

function checkInput(input: string): string {
  // LocalStack test_invalid_start_execution_input, recorded on AWS: an empty input has its own text.
  if (input === '') throw apiErrors.invalidExecutionInput('Invalid execution input.');
  const problem = jsonSyntaxProblem(input);
  if (problem !== undefined) throw apiErrors.invalidExecutionInput(problem);
  return input;
}

function startHost(service: SfnService, request: RequestBody): ExecutionHost {
  const [arn = '', testCase] = requiredString(request, 'stateMachineArn').split('#', 2);
  const machine = service.machine(checkArn(arn, ['stateMachine']));
  const name = checkName(stringMember(request, 'name') ?? randomUUID());
  const input = checkInput(stringMember(request, 'input') ?? '{}');
  const express = machine.type === 'EXPRESS' ? randomUUID() : undefined;
  const targetArn = executionArn(service.options.location, machine.name, name, express);
  const existing = service.executions.get(targetArn);
  if (existing !== undefined) {
    // StartExecution is idempotent for a running STANDARD execution with the same name and input.
    if (existing.status === 'RUNNING' && existing.header.input === input) return existing;
    throw apiErrors.executionAlreadyExists(targetArn);
  }
  let mockConfig;
  if (testCase !== undefined) {
    if (service.options.mockConfig === undefined)
      throw apiErrors.validation(
        `Test case '${testCase}' needs a mock configuration: start the server with --mock-config FILE (or SFN_MOCK_CONFIG)`,
      );
    mockConfig = service.options.mockConfig.select(machine.name, testCase);
  }
  const traceHeader = stringMember(request, 'traceHeader');
  return service.start({
    executionArn: targetArn,
    name,
    stateMachineArn: machine.arn,
    stateMachineName: machine.name,
    type: machine.type,
    definition: machine.definition,
    roleArn: machine.roleArn,
    input,
    ...(traceHeader === undefined ? {} : { traceHeader }),
    ...(mockConfig === undefined ? {} : { mockConfig }),
  });
}

const startExecution: Action = {
  shape: { required: ['stateMachineArn'], members: START_MEMBERS },
  run(service, request) {
    const host = startHost(service, request);
    return { executionArn: host.header.executionArn, startDate: epochSeconds(host.header.startMs) };
  },
};

/** What Describe and StartSync say about the data and the end of an execution. */
function outcome(host: ExecutionHost): Record<string, unknown> {
  const ending = host.ending;
  return {
    input: host.header.input,
    inputDetails: { included: true },
    ...(ending === undefined ? {} : { stopDate: epochSeconds(ending.stopMs) }),
    ...(ending?.output === undefined
      ? {}
      : { output: ending.output, outputDetails: { included: true } }),
    ...(ending?.error === undefined ? {} : { error: ending.error }),
    ...(ending?.cause === undefined ? {} : { cause: ending.cause }),
  };
}

const startSyncExecution: Action = {
  shape: {
    required: ['stateMachineArn'],
    members: {
      ...START_MEMBERS,
      includedData: INCLUDED_DATA_MEMBER,
    },
  },
  async run(service, request) {
    const [arn = ''] = requiredString(request, 'stateMachineArn').split('#', 1);
    if (service.machine(checkArn(arn, ['stateMachine'])).type !== 'EXPRESS')
      throw apiErrors.stateMachineTypeNotSupported();
    const host = startHost(service, request);
    await host.ended;
    const durationMs = (host.ending?.stopMs ?? host.header.startMs) - host.header.startMs;
    return {
      executionArn: host.header.executionArn,
      stateMachineArn: host.header.stateMachineArn,
      name: host.header.name,
      startDate: epochSeconds(host.header.startMs),
      status: host.status,
      ...outcome(host),
      // Express executions are billed in 100 ms steps; 64 MB is what AWS reports for small payloads.
      billingDetails: {
        billedDurationInMilliseconds: Math.max(100, Math.ceil(durationMs / 100) * 100),
        billedMemoryUsedInMB: 64,
      },
      ...(host.header.traceHeader === undefined ? {} : { traceHeader: host.header.traceHeader }),
    };
  },
};

function redriveStatus(host: ExecutionHost): Record<string, unknown> {
  const status = host.status;
  // LocalStack test_describe_execution, recorded on AWS: a succeeded execution is not redrivable, with this reason.
  if (status === 'RUNNING' || status === 'SUCCEEDED')
    return {
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: `Execution is ${status} and cannot be redriven`,
    };
  return { redriveStatus: 'REDRIVABLE' };
}

const describeExecution: Action = {
  shape: EXECUTION_REQUEST,
  run(service, request) {
    const host = requestedExecution(service, request);
    const { header } = host;
    return {
      executionArn: header.executionArn,
      stateMachineArn: header.stateMachineArn,
      name: header.name,
      status: host.status,
      startDate: epochSeconds(header.startMs),
      ...outcome(host),
      redriveCount: 0,
      ...redriveStatus(host),
      ...(header.traceHeader === undefined ? {} : { traceHeader: header.traceHeader }),
    };
  },
};

const listExecutions: Action = {
  shape: {
    members: {
      stateMachineArn: ARN_MEMBER,
      statusFilter: { type: 'string', enum: STATUSES },
      maxResults: { type: 'integer', min: 0, max: 1000 },
      nextToken: { type: 'string', min: 1, max: 3096 },
      mapRunArn: { type: 'string', min: 1, max: 2048 },
      redriveFilter: { type: 'string', enum: ['REDRIVEN', 'NOT_REDRIVEN'] },
    },
  },
  run(service, request) {
    const arn = stringMember(request, 'stateMachineArn');
    if (arn === undefined)
      throw apiErrors.validation(
        stringMember(request, 'mapRunArn') === undefined
          ? 'Either stateMachineArn or mapRunArn must be specified'
          : 'Map runs (Distributed Map) are not supported by aslkit serve',
      );
    const machine = service.machine(checkArn(arn, ['stateMachine']));
    if (machine.type === 'EXPRESS') throw apiErrors.stateMachineTypeNotSupported();
    const status = stringMember(request, 'statusFilter');
    const redriven = stringMember(request, 'redriveFilter') === 'REDRIVEN';
    const hosts = (service.executionsByMachine.get(machine.arn) ?? [])
      .filter((host) => !redriven && (status === undefined || host.status === status))
      .reverse();
    const page = paginate(hosts, {
      maxResults: integerMember(request, 'maxResults'),
      nextToken: stringMember(request, 'nextToken'),
      scope: `ListExecutions:${machine.arn}:${status ?? ''}`,
      keyOf: (host) => host.header.executionArn,
    });
    return {
      executions: page.items.map((host) => ({
        executionArn: host.header.executionArn,
        stateMachineArn: host.header.stateMachineArn,
        name: host.header.name,
        status: host.status,
        startDate: epochSeconds(host.header.startMs),
        ...(host.ending === undefined ? {} : { stopDate: epochSeconds(host.ending.stopMs) }),
        redriveCount: 0,
      })),
      ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken }),
    };
  },
};

const stopExecution: Action = {
  shape: {
    required: ['executionArn'],
    members: {
      executionArn: ARN_MEMBER,
      error: ERROR_MEMBER,
      cause: CAUSE_MEMBER,
    },
  },
  async run(service, request) {
    const host = requestedExecution(service, request);
    if (host.status === 'RUNNING') {
      const error = stringMember(request, 'error');
      const cause = stringMember(request, 'cause');
      host.command({
        kind: 'stop',
        ...(error === undefined ? {} : { error }),
        ...(cause === undefined ? {} : { cause }),
      });
      await host.ended;
    }
    return { stopDate: epochSeconds(host.ending?.stopMs ?? Date.now()) };
  },
};

/** The execution actions by name. */
export const executionActions: Readonly<Record<string, Action>> = {
  StartExecution: startExecution,
  StartSyncExecution: startSyncExecution,
  DescribeExecution: describeExecution,
  ListExecutions: listExecutions,
  StopExecution: stopExecution,
};
