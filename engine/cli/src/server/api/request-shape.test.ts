import { describe, expect, it } from 'vitest';
import { SfnApiError } from './api-error.ts';
import type { RequestShape } from './request-shape.ts';
import { validateRequest } from './request-shape.ts';

const shape: RequestShape = {
  required: ['name', 'definition'],
  members: {
    name: { type: 'string', min: 1, max: 5 },
    definition: { type: 'string' },
    maxResults: { type: 'integer', min: 0, max: 1000 },
    statusFilter: { type: 'string', enum: ['RUNNING', 'FAILED'] },
    reverseOrder: { type: 'boolean' },
  },
};

function failure(body: unknown): { code: string; type: string; status: number; message: string } {
  try {
    validateRequest(shape, body);
  } catch (error) {
    const { code, type, status, message } = error as SfnApiError;
    return { code, type, status, message };
  }
  throw new Error('valid');
}

describe('validateRequest', () => {
  it('returns a body that satisfies the shape', () => {
    expect(
      validateRequest(shape, { name: 'ab', definition: '{}', maxResults: 0, unknown: 1 }),
    ).toStrictEqual({ name: 'ab', definition: '{}', maxResults: 0, unknown: 1 });
  });

  it('reports a missing required member as Coral does', () => {
    expect(failure({ definition: 'x' })).toStrictEqual({
      code: 'ValidationException',
      type: 'com.amazon.coral.validate#ValidationException',
      status: 400,
      message:
        "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
    });
  });

  it('reports every violation together, counted', () => {
    expect(
      failure({ name: 'toolong', definition: 'x', maxResults: 1001, statusFilter: 'running' })
        .message,
    ).toBe(
      "3 validation errors detected: Value 'toolong' at 'name' failed to satisfy constraint: Member must have length less than or equal to 5; " +
        "Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000; " +
        "Value 'running' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, FAILED]",
    );
  });

  it('reports a member of the wrong JSON type as a SerializationException', () => {
    expect(failure({ name: 'a', definition: 'x', reverseOrder: 'yes' })).toStrictEqual({
      code: 'SerializationException',
      type: 'com.amazon.coral.service#SerializationException',
      status: 400,
      message: "Member 'reverseOrder' must be a boolean",
    });
    expect(failure([]).code).toBe('SerializationException');
  });

  it('checks minimum lengths and values', () => {
    expect(failure({ name: '', definition: 'x', maxResults: -1 }).message).toBe(
      "2 validation errors detected: Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1; Value '-1' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 0",
    );
  });

  it('leaves the value of a sensitive member out, and counts a UTF-8 payload in bytes', () => {
    const sensitive: RequestShape = {
      members: {
        cause: { type: 'string', max: 3, sensitive: true },
        input: { type: 'string', max: 4, sensitive: true, utf8: true },
      },
    };
    const message = (body: unknown): string => {
      try {
        validateRequest(sensitive, body);
      } catch (error) {
        return (error as SfnApiError).message;
      }
      return 'valid';
    };
    expect(message({ cause: 'secret' })).toBe(
      "1 validation error detected: Value at 'cause' failed to satisfy constraint: Member must have length less than or equal to 3",
    );
    // Two characters, six bytes.
    expect(message({ input: '€€' })).toBe(
      "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have size less than or equal to 4 bytes in UTF-8 encoding",
    );
    expect(message({ input: 'abcd', cause: 'abc' })).toBe('valid');
  });

  it('throws SfnApiError instances', () => {
    expect(() => validateRequest(shape, {})).toThrow(SfnApiError);
  });
});
