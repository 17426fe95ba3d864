/**
 * Request members several actions share, declared once.
 */
import { checkArn } from '../api/arns.ts';
import type { MemberShape, RequestBody, RequestShape } from '../api/request-shape.ts';
import { requiredString } from '../api/request-shape.ts';
import type { ExecutionHost } from '../executions/execution-host.ts';
import type { SfnService } from '../sfn-service.ts';

/** A state machine or execution ARN. */
export const ARN_MEMBER: MemberShape = { type: 'string', min: 1, max: 256 };
/** A definition: up to 1 MB (R-DEF-23). */
export const DEFINITION_MEMBER: MemberShape = {
  type: 'string',
  min: 1,
  max: 1_048_576,
  sensitive: true,
};
/** A JSON payload (the model's `SensitiveData`: inputs, outputs, variables): up to 256 KiB of UTF-8. */
export const SENSITIVE_DATA_MEMBER: MemberShape = {
  type: 'string',
  max: 262_144,
  sensitive: true,
  utf8: true,
};
/** An error name (`SensitiveError`). */
export const ERROR_MEMBER: MemberShape = { type: 'string', max: 256, sensitive: true };
/** A cause (`SensitiveCause`). */
export const CAUSE_MEMBER: MemberShape = { type: 'string', max: 32_768, sensitive: true };
/** `includedData` of the Describe actions (KMS-encrypted data; the server has none). */
export const INCLUDED_DATA_MEMBER: MemberShape = {
  type: 'string',
  enum: ['ALL_DATA', 'METADATA_ONLY'],
};

/** What CreateStateMachine and UpdateStateMachine both take besides the definition and role. */
export const MACHINE_CONFIGURATION_MEMBERS: Readonly<Record<string, MemberShape>> = {
  loggingConfiguration: { type: 'object' },
  tracingConfiguration: { type: 'object' },
  encryptionConfiguration: { type: 'object' },
  publish: { type: 'boolean' },
  versionDescription: { type: 'string', max: 256, sensitive: true },
};

/** The request of actions about one execution (DescribeExecution, DescribeStateMachineForExecution). */
export const EXECUTION_REQUEST: RequestShape = {
  required: ['executionArn'],
  members: { executionArn: ARN_MEMBER, includedData: INCLUDED_DATA_MEMBER },
};

/**
 * The execution a request's `executionArn` names.
 * @param service - the service
 * @param request - the validated request
 * @returns the execution
 * @throws SfnApiError InvalidArn (an EXPRESS execution's ARN included) or ExecutionDoesNotExist
 */
export function requestedExecution(service: SfnService, request: RequestBody): ExecutionHost {
  return service.execution(checkArn(requiredString(request, 'executionArn'), ['execution']));
}
