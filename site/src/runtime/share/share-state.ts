import * as lzModule from 'lz-string';

import type { ExampleParts } from '../../lib/example-markup.ts';

// lz-string is a CommonJS module (`module.exports = LZString`): bundlers expose its functions as
// named exports, Node's ESM loader only as `default`.
const lz: typeof lzModule = 'default' in lzModule ? (lzModule.default as typeof lzModule) : lzModule;

/** Version of the encoded state; decoding refuses other versions rather than guessing. */
const SHARE_VERSION = 1;

interface EncodedState {
  v: number;
  d: string;
  i?: string;
  m?: string;
  c?: string;
  t?: string;
  s?: number;
}

/**
 * Encodes an example's texts for a URL hash: JSON, compressed with lz-string into URI-safe
 * characters. Everything stays in the link; nothing is sent anywhere. Pure.
 */
export function encodeShareState(parts: ExampleParts): string {
  const state: EncodedState = { v: SHARE_VERSION, d: parts.definition };
  if (parts.input !== undefined) state.i = parts.input;
  if (parts.mocks !== undefined) state.m = parts.mocks;
  if (parts.context !== undefined) state.c = parts.context;
  if (parts.stateName !== undefined) state.t = parts.stateName;
  if (parts.stepLimit !== undefined) state.s = parts.stepLimit;
  return lz.compressToEncodedURIComponent(JSON.stringify(state));
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Decodes a URL hash made by {@link encodeShareState} (a leading `#` is ignored). Returns
 * `undefined` for anything else: an empty hash, a foreign one, a damaged or newer link. Pure.
 */
export function decodeShareState(hash: string): ExampleParts | undefined {
  const encoded = hash.startsWith('#') ? hash.slice(1) : hash;
  if (encoded === '') return undefined;
  let state: unknown;
  try {
    state = JSON.parse(lz.decompressFromEncodedURIComponent(encoded) || 'null');
  } catch {
    return undefined;
  }
  if (typeof state !== 'object' || state === null) return undefined;
  const record = state as Record<string, unknown>;
  if (record['v'] !== SHARE_VERSION || typeof record['d'] !== 'string') return undefined;
  return {
    definition: record['d'],
    input: optionalText(record['i']),
    mocks: optionalText(record['m']),
    context: optionalText(record['c']),
    stateName: optionalText(record['t']),
    stepLimit: typeof record['s'] === 'number' && Number.isInteger(record['s']) && record['s'] >= 1 ? record['s'] : undefined,
  };
}
