/**
 * The data an ASL state goes through, stage by stage, under AWS TestState's names
 * (`inspectionData`), as the engine records them for every state visit.
 */

/** From the raw input to the state's data after ResultPath (JSONata states: `afterArguments`). */
export const PROCESSING_STAGES = [
  'input',
  'afterInputPath',
  'afterParameters',
  'afterArguments',
  'afterItemsPath',
  'afterItemSelector',
  'result',
  'afterResultSelector',
  'afterResultPath',
] as const;
