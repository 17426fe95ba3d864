/**
 * A Task's `Resource` is a URI (R-TASK-01). We reject only what AWS certainly rejects (V-22):
 * an empty value, a value with white space or control characters (not a URI), an `arn:` value
 * without the six parts of an ARN (`arn:partition:service:region:account:resource`), and, in
 * the namespace of Step Functions' own service integrations (`arn:<partition>:states:::`), a
 * service Step Functions does not integrate with or an integration without an action (AWS
 * checks these when the machine is created; LocalStack's AWS-validated snapshot gives the text).
 * Any other ARN and any other URI are accepted, since an engine may map them to handlers. AWS
 * also checks each integration's actions and patterns; we leave that to the task handlers.
 *
 * EXPRESS machines cannot wait for a job (`.sync`), for a callback (`.waitForTaskToken`) or for
 * an activity worker (V-23, R-TASK-15, D-30); AWS's texts are verbatim, at
 * `/States/<s>/Resource`.
 */
import { getOwn } from '../../json.ts';
import type { DefinitionCheck } from '../check.ts';
import { statesOfType } from '../definition-model.ts';
import { DIAGNOSTIC_CODES, type StateMachineType } from '../diagnostics.ts';
import { appendPointer } from '../json-pointer.ts';
import * as messages from '../messages.ts';

const NOT_URI = /[\s\p{Cc}]/u;
const INTEGRATION = /^arn:[^:]+:states:::(.*)$/;

/**
 * The services of Step Functions' optimized integrations, `aws-sdk` for the SDK integrations
 * and `s3` for Distributed Map readers and writers (DG: Integrating services with Step
 * Functions).
 */
const INTEGRATED_SERVICES: ReadonlySet<string> = new Set([
  'apigateway',
  'athena',
  'aws-sdk',
  'batch',
  'bedrock',
  'codebuild',
  'databrew',
  'dynamodb',
  'ecs',
  'eks',
  'elasticmapreduce',
  'emr-containers',
  'emr-serverless',
  'events',
  'glue',
  'http',
  'lambda',
  'mediaconvert',
  's3',
  'sagemaker',
  'sns',
  'sqs',
  'states',
]);

/** `lambda:invoke` → ok; `nosuchservice:run`, `lambda`, `aws-sdk:s3` → not an integration. */
function isKnownIntegration(integration: string): boolean {
  const [service = '', ...action] = integration.split(':');
  const minimum = service === 'aws-sdk' ? 2 : 1;
  return INTEGRATED_SERVICES.has(service) && action.length >= minimum && action.every((part) => part !== '');
}
const SYNC = /\.sync(?::\d+)?$/;
const ACTIVITY = /^arn:[^:]+:states:[^:]*:[^:]*:activity:/;

function isRecognisable(resource: string): boolean {
  if (resource === '' || NOT_URI.test(resource)) return false;
  if (!resource.startsWith('arn:')) return true;
  const integration = INTEGRATION.exec(resource)?.[1];
  if (integration !== undefined) return isKnownIntegration(integration);
  const parts = resource.split(':');
  return parts.length >= 6 && parts[1] !== '' && parts[2] !== '' && parts.slice(5).join(':') !== '';
}

function expressProblem(resource: string, machineType: StateMachineType): string | undefined {
  if (machineType !== 'EXPRESS') return undefined;
  if (SYNC.test(resource)) return messages.expressSync();
  if (resource.endsWith('.waitForTaskToken')) return messages.expressCallback();
  if (ACTIVITY.test(resource)) return messages.expressActivity();
  return undefined;
}

/** Enforces V-22, V-23, R-TASK-01, R-TASK-15. */
export const taskResource: DefinitionCheck = (model, report) => {
  for (const state of statesOfType(model, 'Task')) {
    const resource = getOwn(state.object, 'Resource');
    if (typeof resource !== 'string') continue;
    const pointer = appendPointer(state.pointer, 'Resource');
    if (!isRecognisable(resource)) {
      report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, messages.resourceNotRecognized(resource));
      continue;
    }
    const problem = expressProblem(resource, model.machineType);
    if (problem !== undefined) report(DIAGNOSTIC_CODES.SchemaValidationFailed, pointer, problem);
  }
};
