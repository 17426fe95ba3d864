/**
 * The operand each JSONPath Choice Rule comparison operator takes (R-CHOICE-17, R-CHOICE-18),
 * read from the `choice/` module's operator registry, so validation knows exactly the operators
 * the runtime evaluates.
 */
import { choiceOperators, isComparisonOperator, type ComparisonOperator, type OperandKind } from '../choice/index.ts';

export type { OperandKind } from '../choice/index.ts';

/**
 * Tells whether a field name is a comparison operator, and what it compares with.
 * @param field - a Choice Rule field name
 * @returns the operand kind, or undefined when the field is not an operator
 */
export function operandKindOf(field: string): OperandKind | undefined {
  return isComparisonOperator(field) ? choiceOperators[field].operand : undefined;
}

/**
 * Every operator name, for documentation and tests (marked pure so that a bundle that does not
 * read it drops it).
 */
export const COMPARISON_OPERATORS = /* @__PURE__ */ Object.keys(choiceOperators) as ComparisonOperator[];
