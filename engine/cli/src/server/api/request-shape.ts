/**
 * Request validation as the service's framework (Coral) does it before an action runs: required
 * members, lengths, ranges and enums, reported together as one ValidationException worded like
 * AWS's (`1 validation error detected: Value 'succeeded' at 'statusFilter' failed to satisfy
 * constraint: Member must satisfy enum value set: [...]`, LocalStack test_sfn_api snapshots).
 * The value of a sensitive member (the API model's `@sensitive` shapes: definitions, inputs and
 * outputs, errors and causes, task tokens) is left out of the message, and the size of a JSON
 * payload (`SensitiveData`) is counted in UTF-8 bytes: `Value at 'input' failed to satisfy
 * constraint: Member must have size less than or equal to 262144 bytes in UTF-8 encoding`, as AWS
 * answers an oversized StartExecution input.
 * A member of the wrong JSON type is a SerializationException, as with the real protocol.
 */
import { apiErrors } from './api-error.ts';

/** A member's constraints. */
export type MemberShape =
  | {
      readonly type: 'string';
      readonly min?: number;
      /** Characters, or UTF-8 bytes with `utf8`. */
      readonly max?: number;
      readonly enum?: readonly string[];
      /** The value never appears in an error message. */
      readonly sensitive?: boolean;
      /** `max` counts UTF-8 bytes (a JSON payload: input, output). */
      readonly utf8?: boolean;
    }
  | { readonly type: 'integer'; readonly min?: number; readonly max?: number }
  | { readonly type: 'boolean' }
  | { readonly type: 'object' }
  | { readonly type: 'list' };

/** A request's members; `required` ones must be present and not null. */
export interface RequestShape {
  readonly required?: readonly string[];
  readonly members: Readonly<Record<string, MemberShape>>;
}

/** A validated request body. */
export type RequestBody = Readonly<Record<string, unknown>>;

function jsonTypeMatches(shape: MemberShape, value: unknown): boolean {
  switch (shape.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'list':
      return Array.isArray(value);
  }
}

type StringShape = Extract<MemberShape, { type: 'string' }>;

function stringViolation(shape: StringShape, value: string): string | undefined {
  if (shape.utf8 === true && shape.max !== undefined && Buffer.byteLength(value) > shape.max)
    return `Member must have size less than or equal to ${shape.max} bytes in UTF-8 encoding`;
  if (shape.min !== undefined && value.length < shape.min)
    return `Member must have length greater than or equal to ${shape.min}`;
  if (shape.max !== undefined && value.length > shape.max)
    return `Member must have length less than or equal to ${shape.max}`;
  if (shape.enum !== undefined && !shape.enum.includes(value))
    return `Member must satisfy enum value set: [${shape.enum.join(', ')}]`;
  return undefined;
}

function constraintViolation(shape: MemberShape, value: unknown): string | undefined {
  if (shape.type === 'string' && typeof value === 'string') return stringViolation(shape, value);
  if (shape.type === 'integer' && typeof value === 'number') {
    if (shape.min !== undefined && value < shape.min)
      return `Member must have value greater than or equal to ${shape.min}`;
    if (shape.max !== undefined && value > shape.max)
      return `Member must have value less than or equal to ${shape.max}`;
  }
  return undefined;
}

/**
 * The violation of one member, if any.
 * @param name - the member's name
 * @param member - its shape
 * @param value - its value
 * @returns the violation's text
 * @throws SfnApiError SerializationException for a wrongly typed value
 */
function memberViolation(name: string, member: MemberShape, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!jsonTypeMatches(member, value))
    throw apiErrors.serialization(
      `Member '${name}' must be ${member.type === 'integer' ? 'an integer' : `a ${member.type}`}`,
    );
  const violation = constraintViolation(member, value);
  if (violation === undefined) return undefined;
  const shown =
    member.type === 'string' && member.sensitive === true
      ? ''
      : ` '${typeof value === 'string' ? value : JSON.stringify(value)}'`;
  return `Value${shown} at '${name}' failed to satisfy constraint: ${violation}`;
}

/**
 * Checks a request body against its shape.
 * @param shape - the action's request shape
 * @param body - the parsed JSON body
 * @returns the body
 * @throws SfnApiError ValidationException listing every violation, or SerializationException for a wrongly typed member
 */
export function validateRequest(shape: RequestShape, body: unknown): RequestBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw apiErrors.serialization('The request body must be a JSON object');
  const request = body as Record<string, unknown>;
  const violations: string[] = [];
  for (const name of shape.required ?? []) {
    if (request[name] === undefined || request[name] === null)
      violations.push(
        `Value null at '${name}' failed to satisfy constraint: Member must not be null`,
      );
  }
  for (const [name, member] of Object.entries(shape.members)) {
    const violation = memberViolation(name, member, request[name]);
    if (violation !== undefined) violations.push(violation);
  }
  if (violations.length > 0) {
    throw apiErrors.validation(
      `${violations.length} validation error${violations.length === 1 ? '' : 's'} detected: ${violations.join('; ')}`,
    );
  }
  return request;
}

/**
 * A member known to be a string when present (after validateRequest).
 * @param request - the validated body
 * @param name - the member
 * @returns the value
 */
export function stringMember(request: RequestBody, name: string): string | undefined {
  const value = request[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A required string member (after validateRequest).
 * @param request - the validated body
 * @param name - the member
 * @returns the value
 */
export function requiredString(request: RequestBody, name: string): string {
  return stringMember(request, name) ?? '';
}

/**
 * A member known to be an integer when present.
 * @param request - the validated body
 * @param name - the member
 * @returns the value
 */
export function integerMember(request: RequestBody, name: string): number | undefined {
  const value = request[name];
  return typeof value === 'number' ? value : undefined;
}

/**
 * A member known to be a boolean when present.
 * @param request - the validated body
 * @param name - the member
 * @returns the value
 */
export function booleanMember(request: RequestBody, name: string): boolean | undefined {
  const value = request[name];
  return typeof value === 'boolean' ? value : undefined;
}
