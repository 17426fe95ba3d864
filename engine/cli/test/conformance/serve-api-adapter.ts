/**
 * A conformance adapter for `aslkit serve` that runs, through the Step Functions API, the cases
 * the generic sfn-http adapter declares it cannot: execution cases are the sfn-http adapter's
 * (the same requests), state-mode cases go through TestState, and cases that depend on time run
 * because the server's clock can be sped up (`--time-scale`), which a generic Step Functions
 * endpoint cannot promise. Cases that inject Context Object values stay skipped: StartExecution
 * has no way to set them.
 */
import type { TestStateCommandOutput } from '@aws-sdk/client-sfn';
import { TestStateCommand } from '@aws-sdk/client-sfn';
import type {
  Adapter,
  AdapterInfo,
  ConformanceCase,
  JsonValue,
  Observation,
} from '@aslkit/conformance';
import { caseInput, createSfnHttpAdapter } from '@aslkit/conformance';
import { localClient } from '../sdk-client.ts';

function parsed(text: string | undefined): JsonValue | undefined {
  return text === undefined ? undefined : (JSON.parse(text) as JsonValue);
}

/** TestState's answer as a case observation: inspectionData's JSON texts parsed, and the output and next state added as the case format's inspection has them. */
function observation(answer: TestStateCommandOutput): Observation {
  const inspection: Record<string, JsonValue> = {};
  for (const [stage, value] of Object.entries(answer.inspectionData ?? {})) {
    if (typeof value === 'string') inspection[stage] = JSON.parse(value) as JsonValue;
    else if (value !== undefined) inspection[stage] = value as JsonValue;
  }
  const output = parsed(answer.output);
  if (output !== undefined) inspection['output'] = output;
  if (answer.nextState !== undefined) inspection['nextState'] = answer.nextState;
  return {
    status: answer.status ?? 'FAILED',
    inspection,
    ...(output === undefined ? {} : { output }),
    ...(answer.error === undefined ? {} : { error: answer.error }),
    ...(answer.cause === undefined ? {} : { cause: answer.cause }),
  };
}

async function testState(endpoint: string, testCase: ConformanceCase): Promise<Observation> {
  const stateName = testCase.stateName ?? '';
  const mocks = testCase.mocks?.[stateName];
  if (mocks !== undefined && mocks.length > 1)
    return { skipped: true, message: 'TestState takes one mocked answer' };
  const mock = mocks?.[0];
  const sfn = localClient(endpoint);
  try {
    const answer = await sfn.send(
      new TestStateCommand({
        definition: JSON.stringify(testCase.definition),
        stateName,
        input: JSON.stringify(caseInput(testCase)),
        inspectionLevel: 'DEBUG',
        ...(testCase.context === undefined ? {} : { context: JSON.stringify(testCase.context) }),
        ...(mock === undefined
          ? {}
          : {
              mock:
                mock.throw === undefined
                  ? { result: JSON.stringify(mock.return ?? null) }
                  : { errorOutput: { error: mock.throw.error, cause: mock.throw.cause } },
            }),
      }),
    );
    return observation(answer);
  } finally {
    sfn.destroy();
  }
}

/**
 * The adapter.
 * @param options - the server's URL, the run's cases and where the sfn-http adapter writes the mock configuration
 * @param options.endpoint - the server's URL
 * @param options.cases - every case of the run
 * @param options.mockConfigPath - the server's mock configuration file
 * @returns the adapter
 */
export function createServeApiAdapter(options: {
  endpoint: string;
  cases: readonly ConformanceCase[];
  mockConfigPath: string;
}): Adapter {
  const sfnHttp = createSfnHttpAdapter(options);
  return {
    async start(): Promise<AdapterInfo> {
      const info = await sfnHttp.start();
      return {
        ...info,
        id: 'aslkit-serve-api',
        capabilities: { ...info.capabilities, virtualTime: true, modes: ['execution', 'state'] },
      };
    },
    run(testCase, runOptions) {
      return testCase.mode === 'state'
        ? testState(options.endpoint, testCase)
        : sfnHttp.run(testCase, runOptions);
    },
    stop: () => sfnHttp.stop(),
  };
}
