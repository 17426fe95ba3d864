/**
 * The contract of one definition check: a named, pure function from the walked definition to
 * diagnostics. Checks live one per file under `checks/` and are listed once in `checks/index.ts`.
 */
import type { DefinitionModel } from './definition-model.ts';
import type { ReportDiagnostic } from './diagnostics.ts';

/**
 * One static check of a definition: reports every problem of its concern, in document order, and
 * must not throw on any JSON value. Its name is its file's, and its doc comment lists the rule ids
 * it enforces (asl-rules.md); both stay out of the bundle, which only needs the function.
 * @param model - the walked definition
 * @param report - receives the diagnostics
 */
export type DefinitionCheck = (model: DefinitionModel, report: ReportDiagnostic) => void;
