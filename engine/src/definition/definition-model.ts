/**
 * The shape every definition check reads: one walk over the document that finds each `States`
 * scope (the machine, every Parallel branch, every Map processor) and each state with its JSON
 * Pointer, its type (when valid) and its effective query language. Nothing here judges validity;
 * the walk is defensive so that checks can run on any JSON value.
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import type { StateMachineType } from './diagnostics.ts';
import { appendPointer } from './json-pointer.ts';
import type { QueryLanguage, StateType } from './types.ts';

/** The state types, in the order AWS lists them in its V-06 message. */
export const STATE_TYPES: readonly StateType[] = ['Task', 'Wait', 'Pass', 'Succeed', 'Fail', 'Choice', 'Parallel', 'Map'];

/** What owns a `States` object. */
export type ScopeKind = 'machine' | 'branch' | 'item-processor' | 'iterator';

/** A `States` object and its owner (the machine, a Parallel branch, a Map `ItemProcessor`). */
export interface ScopeNode {
  kind: ScopeKind;
  /** Pointer of the owner object: `""`, `/States/P/Branches/0`, `/States/M/ItemProcessor`. */
  pointer: string;
  object: JsonObject;
  /** The states of this scope by name, in document order (empty when `States` is not an object). */
  states: Map<string, StateNode>;
  /** The state owning this scope (undefined for the machine). */
  parentState: StateNode | undefined;
}

/** One state. */
export interface StateNode {
  name: string;
  /** `/States/A`, `/States/P/Branches/0/States/B`, … */
  pointer: string;
  value: JsonValue;
  /** The state as an object, when it is one. */
  object: JsonObject | undefined;
  /** The state's `Type`, when it is one of the eight. */
  type: StateType | undefined;
  /** Its own valid `QueryLanguage`, else the machine's (R-QL-01, R-QL-02). */
  queryLanguage: QueryLanguage;
  scope: ScopeNode;
}

/**
 * A definition's size, measured only when it might matter: `atMost` is a cheap upper bound,
 * `inBytes()` the exact UTF-8 size.
 */
export interface DefinitionSize {
  atMost: number;
  inBytes: () => number;
}

/** A state that is an object with a valid `Type`. */
export interface TypedStateNode<T extends StateType = StateType> extends StateNode {
  object: JsonObject;
  type: T;
}

/** The walked definition. */
export interface DefinitionModel {
  root: JsonObject;
  /** The machine's `QueryLanguage` when valid, else JSONPath. */
  machineQueryLanguage: QueryLanguage;
  machineType: StateMachineType;
  /** Every scope, in document order (a scope before the scopes nested in its states). */
  scopes: ScopeNode[];
  /** Every state, in document order. */
  states: StateNode[];
  /** The UTF-8 size of the definition as received (its text, or its compact JSON). */
  size: DefinitionSize;
  /** Keys given twice in one object of the definition text (the JSON value keeps the last one). */
  duplicateKeys: readonly { pointer: string; offset: number }[];
}

/**
 * Reads a field's value as a query language.
 * @param value - the `QueryLanguage` value
 * @returns the language, or undefined when the value is not one
 */
export function asQueryLanguage(value: JsonValue | undefined): QueryLanguage | undefined {
  return value === 'JSONPath' || value === 'JSONata' ? value : undefined;
}

function asStateType(value: JsonValue | undefined): StateType | undefined {
  return typeof value === 'string' && (STATE_TYPES as readonly string[]).includes(value) ? (value as StateType) : undefined;
}

class ModelBuilder {
  readonly scopes: ScopeNode[] = [];
  readonly states: StateNode[] = [];

  readonly #machineQueryLanguage: QueryLanguage;

  constructor(machineQueryLanguage: QueryLanguage) {
    this.#machineQueryLanguage = machineQueryLanguage;
  }

  addScope(kind: ScopeKind, pointer: string, object: JsonObject, parentState: StateNode | undefined): void {
    const scope: ScopeNode = { kind, pointer, object, states: new Map(), parentState };
    this.scopes.push(scope);
    const states = getOwn(object, 'States');
    if (!isJsonObject(states)) return;
    const statesPointer = appendPointer(pointer, 'States');
    for (const [name, value] of Object.entries(states)) {
      const state = this.#addState(scope, name, appendPointer(statesPointer, name), value);
      this.#addNestedScopes(state);
    }
  }

  #addState(scope: ScopeNode, name: string, pointer: string, value: JsonValue): StateNode {
    const object = isJsonObject(value) ? value : undefined;
    const ownLanguage = object === undefined ? undefined : asQueryLanguage(getOwn(object, 'QueryLanguage'));
    const state: StateNode = {
      name,
      pointer,
      value,
      object,
      type: object === undefined ? undefined : asStateType(getOwn(object, 'Type')),
      queryLanguage: ownLanguage ?? this.#machineQueryLanguage,
      scope,
    };
    scope.states.set(name, state);
    this.states.push(state);
    return state;
  }

  #addNestedScopes(state: StateNode): void {
    const object = state.object;
    if (object === undefined) return;
    if (state.type === 'Parallel') {
      const branches = getOwn(object, 'Branches');
      if (!Array.isArray(branches)) return;
      const branchesPointer = appendPointer(state.pointer, 'Branches');
      branches.forEach((branch, index) => {
        if (isJsonObject(branch)) this.addScope('branch', appendPointer(branchesPointer, index), branch, state);
      });
    } else if (state.type === 'Map') {
      const processor = getOwn(object, 'ItemProcessor');
      if (isJsonObject(processor)) {
        this.addScope('item-processor', appendPointer(state.pointer, 'ItemProcessor'), processor, state);
      }
      const iterator = getOwn(object, 'Iterator');
      if (isJsonObject(iterator)) this.addScope('iterator', appendPointer(state.pointer, 'Iterator'), iterator, state);
    }
  }
}

/**
 * Walks a definition object.
 * @param root - the definition (already known to be an object)
 * @param facts - the machine type, the size as received and the text's duplicate keys
 * @returns the model the checks read
 */
export function buildDefinitionModel(
  root: JsonObject,
  facts: Pick<DefinitionModel, 'machineType' | 'size' | 'duplicateKeys'>,
): DefinitionModel {
  const machineQueryLanguage = asQueryLanguage(getOwn(root, 'QueryLanguage')) ?? 'JSONPath';
  const builder = new ModelBuilder(machineQueryLanguage);
  builder.addScope('machine', '', root, undefined);
  return { root, machineQueryLanguage, scopes: builder.scopes, states: builder.states, ...facts };
}

/** An object nested in a state, and its JSON Pointer. */
export interface NestedObject {
  object: JsonObject;
  pointer: string;
}

/**
 * Follows names from a state to an object inside it (`['ItemReader', 'ReaderConfig']`).
 * @param state - the state
 * @param path - the member names, outermost first
 * @returns the object and its pointer, or undefined when a step is missing or not an object
 */
export function nestedObject(state: StateNode, path: readonly string[]): NestedObject | undefined {
  let object = state.object;
  let pointer = state.pointer;
  for (const name of path) {
    const next = object === undefined ? undefined : getOwn(object, name);
    object = isJsonObject(next) ? next : undefined;
    pointer = appendPointer(pointer, name);
  }
  return object === undefined ? undefined : { object, pointer };
}

/**
 * The states of one type that are objects, in document order.
 * @param model - the walked definition
 * @param type - the state type
 * @returns those states
 */
export function statesOfType<T extends StateType>(model: DefinitionModel, type: T): TypedStateNode<T>[] {
  return model.states.filter((state): state is TypedStateNode<T> => state.type === type && state.object !== undefined);
}
