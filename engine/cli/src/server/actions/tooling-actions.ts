/**
 * ValidateStateMachineDefinition and TestState
 * (docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html).
 */
import type {
  Diagnostic,
  JsonObject,
  JsonValue,
  TestStateOptions,
  TestStateResult,
} from '@aslkit/engine';
import { InvalidDefinitionError, testState, validateDefinition } from '@aslkit/engine';
import { awsLocation, invalidDefinitionMessage } from '../../diagnostics/aws-diagnostics.ts';
import { PROCESSING_STAGES } from '../../run/processing-stages.ts';
import { apiErrors } from '../api/api-error.ts';
import { jsonSyntaxProblem } from '../api/api-values.ts';
import type { RequestBody } from '../api/request-shape.ts';
import { integerMember, requiredString, stringMember } from '../api/request-shape.ts';
import type { Action } from './action.ts';
import { DEFINITION_MEMBER, SENSITIVE_DATA_MEMBER } from './common-members.ts';

const validateStateMachineDefinition: Action = {
  shape: {
    required: ['definition'],
    members: {
      definition: DEFINITION_MEMBER,
      type: { type: 'string', enum: ['STANDARD', 'EXPRESS'] },
      severity: { type: 'string', enum: ['ERROR', 'WARNING'] },
      maxResults: { type: 'integer', min: 0, max: 100 },
    },
  },
  run(_service, request) {
    const type = (stringMember(request, 'type') ?? 'STANDARD') as 'STANDARD' | 'EXPRESS';
    const result = validateDefinition(requiredString(request, 'definition'), { type });
    const all = result.ok ? [] : result.diagnostics;
    const wanted =
      stringMember(request, 'severity') === 'WARNING'
        ? all
        : all.filter((d) => d.severity === 'ERROR');
    const maxResults = integerMember(request, 'maxResults');
    const limit = maxResults === undefined || maxResults === 0 ? 100 : maxResults;
    const diagnostics = wanted.slice(0, limit).map((diagnostic) => {
      const location = awsLocation(diagnostic);
      return {
        severity: diagnostic.severity,
        code: diagnostic.code,
        message: diagnostic.message,
        ...(location === undefined ? {} : { location }),
      };
    });
    return {
      result: all.some((d) => d.severity === 'ERROR') ? 'FAIL' : 'OK',
      diagnostics,
      truncated: wanted.length > limit,
    };
  },
};

const TESTED_STATE = 'TestState';

/**
 * A lone state as a state machine the engine can run: every state it names (Next, Default,
 * Choice rules, Catchers) becomes a Succeed state, so `nextState` can be reported.
 * @param state - the state's definition
 * @returns the machine and the name the state has in it
 */
function machineForState(state: Record<string, unknown>): {
  definition: Record<string, unknown>;
  stateName: string;
} {
  const targets = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') targets.add(value);
  };
  add(state['Next']);
  add(state['Default']);
  for (const list of [state['Choices'], state['Catch']]) {
    if (Array.isArray(list))
      for (const item of list as Record<string, unknown>[]) add(item['Next']);
  }
  let stateName = TESTED_STATE;
  while (targets.has(stateName)) stateName = `_${stateName}`;
  const states: Record<string, unknown> = { [stateName]: state };
  for (const target of targets) states[target] = { Type: 'Succeed' };
  return { definition: { StartAt: stateName, States: states }, stateName };
}

function parseJsonText(text: unknown, name: string): JsonValue {
  if (typeof text !== 'string') throw apiErrors.serialization(`Member '${name}' must be a string`);
  const problem = jsonSyntaxProblem(text);
  if (problem !== undefined) throw apiErrors.validation(`Invalid ${name}: ${problem}`);
  return JSON.parse(text) as JsonValue;
}

function parseJsonMember(request: RequestBody, name: string): JsonValue | undefined {
  const text = stringMember(request, name);
  return text === undefined ? undefined : parseJsonText(text, name);
}

function testOptions(request: RequestBody, stateName: string): TestStateOptions {
  const variables = parseJsonMember(request, 'variables');
  const context = parseJsonMember(request, 'context');
  const mock = request['mock'] as
    { result?: string; errorOutput?: { error?: string; cause?: string } } | undefined;
  const retrierRetryCount = (
    request['stateConfiguration'] as { retrierRetryCount?: number } | undefined
  )?.retrierRetryCount;
  const mocked =
    mock?.result !== undefined
      ? [{ return: parseJsonText(mock.result, 'mock.result') }]
      : mock?.errorOutput !== undefined
        ? [
            {
              throw: {
                error: mock.errorOutput.error ?? '',
                ...(mock.errorOutput.cause === undefined ? {} : { cause: mock.errorOutput.cause }),
              },
            },
          ]
        : undefined;
  return {
    ...(variables === undefined ? {} : { variables: variables as Record<string, JsonValue> }),
    ...(context === undefined ? {} : { context: context as JsonObject }),
    ...(mocked === undefined ? {} : { mocks: { [stateName]: mocked } }),
    ...(retrierRetryCount === undefined ? {} : { retrierRetryCount }),
  };
}

const INSPECTION_STAGES = [...PROCESSING_STAGES, 'variables'] as const;

function inspectionData(result: TestStateResult): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const stage of INSPECTION_STAGES) {
    const value = result.inspectionData[stage];
    if (value !== undefined) data[stage] = JSON.stringify(value);
  }
  if (result.errorDetails !== undefined) data['errorDetails'] = result.errorDetails;
  return data;
}

function testStateOutput(result: TestStateResult, level: string): Record<string, unknown> {
  return {
    status: result.status,
    ...(result.output === undefined ? {} : { output: JSON.stringify(result.output) }),
    ...(result.error === undefined ? {} : { error: result.error }),
    ...(result.cause === undefined ? {} : { cause: result.cause }),
    ...(result.nextState === undefined ? {} : { nextState: result.nextState }),
    ...(level === 'INFO' ? {} : { inspectionData: inspectionData(result) }),
  };
}

function relativeTo(
  diagnostics: readonly Diagnostic[],
  stateName: string | undefined,
): Diagnostic[] {
  if (stateName === undefined) return [...diagnostics];
  const prefix = `/States/${stateName}`;
  return diagnostics.map((d) =>
    d.path.startsWith(prefix) ? { ...d, path: d.path.slice(prefix.length) } : d,
  );
}

const testStateAction: Action = {
  shape: {
    required: ['definition'],
    members: {
      definition: DEFINITION_MEMBER,
      roleArn: { type: 'string', min: 1, max: 256 },
      input: SENSITIVE_DATA_MEMBER,
      inspectionLevel: { type: 'string', enum: ['INFO', 'DEBUG', 'TRACE'] },
      revealSecrets: { type: 'boolean' },
      variables: SENSITIVE_DATA_MEMBER,
      stateName: { type: 'string', min: 1, max: 80, sensitive: true },
      mock: { type: 'object' },
      context: SENSITIVE_DATA_MEMBER,
      stateConfiguration: { type: 'object' },
    },
  },
  async run(_service, request) {
    const parsed = parseJsonMember(request, 'definition');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw apiErrors.invalidDefinition(
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Definition must be a valid JSON object'",
      );
    const givenName = stringMember(request, 'stateName');
    const { definition, stateName } =
      givenName === undefined
        ? machineForState(parsed)
        : { definition: parsed, stateName: givenName };
    const input = parseJsonMember(request, 'input') ?? {};
    let result: TestStateResult;
    try {
      result = await testState(definition, stateName, input, testOptions(request, stateName));
    } catch (error) {
      if (error instanceof InvalidDefinitionError)
        throw apiErrors.invalidDefinition(
          invalidDefinitionMessage(
            relativeTo(error.diagnostics, givenName === undefined ? stateName : undefined),
          ),
        );
      if (error instanceof TypeError) throw apiErrors.validation(error.message);
      throw error;
    }
    return testStateOutput(result, stringMember(request, 'inspectionLevel') ?? 'INFO');
  },
};

/** The tooling actions by name. */
export const toolingActions: Readonly<Record<string, Action>> = {
  ValidateStateMachineDefinition: validateStateMachineDefinition,
  TestState: testStateAction,
};
