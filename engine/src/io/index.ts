/**
 * JSONPath input and output processing (asl-rules.md §5, R-IO), in spec order: InputPath →
 * Parameters → (work) → ResultSelector → ResultPath → OutputPath. Pure functions of values.
 */
export {
  compilePayloadTemplate,
  type CompiledPayloadTemplate,
  type TemplateEntry,
  type TemplateNode,
} from './compile-payload-template.ts';
export { applyInputPath, applyOutputPath, readPathOrFail } from './input-output-paths.ts';
export { PayloadTemplateError } from './payload-template-error.ts';
export { payloadTemplateText } from './payload-template-text.ts';
export {
  applyPayloadTemplate,
  resolvePayloadTemplate,
  type PayloadTemplateEnvironment,
} from './resolve-payload-template.ts';
export { applyResultPath } from './result-path.ts';
