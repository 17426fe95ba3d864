/**
 * The intrinsic for hash calculation, States.Hash, and the digest core it shares with the
 * JSONata function `$hash` (R-JA-29).
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { stringifyJson } from '../json.ts';
import { MAX_INTRINSIC_DATA_LENGTH } from './encoding.ts';
import type { IntrinsicDefinition } from './intrinsic-definition.ts';
import { defineIntrinsic } from './intrinsic-definition.ts';
import { encodeUtf8 } from './utf8.ts';

const DIGESTS = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
} as const;

/** The algorithm names AWS accepts, spelled exactly (`sha-256` and `SHA256` fail). */
export type HashAlgorithm = keyof typeof DIGESTS;

/**
 * The five algorithm names, in the DG's order (marked pure so that a bundle that does not read it
 * drops it).
 */
export const HASH_ALGORITHMS: readonly HashAlgorithm[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(DIGESTS) as HashAlgorithm[],
);

/**
 * Tells whether a string names a supported algorithm (case-sensitive).
 * @param name - a candidate name
 * @returns true for MD5, SHA-1, SHA-256, SHA-384 and SHA-512
 */
export function isHashAlgorithm(name: string): name is HashAlgorithm {
  return Object.hasOwn(DIGESTS, name);
}

/**
 * The lowercase hex digest of a string's UTF-8 bytes (`"input data"`, MD5 →
 * `812f45842bc6d66ee14572ce20db8e86`, R-INTR-23).
 * @param text - the data
 * @param algorithm - one of HASH_ALGORITHMS
 * @returns the hex digest
 */
export function hashHex(text: string, algorithm: HashAlgorithm): string {
  return bytesToHex(DIGESTS[algorithm](encodeUtf8(text)));
}

/**
 * States.Hash(data, algorithm) (R-INTR-23). The data may be any value: a public
 * characterization suite measured that AWS hashes a number or an object instead of failing; we
 * hash its compact JSON text (`123` → `"123"`). The text must be at most 10,000 characters and
 * the algorithm one of the five names.
 */
const hash = defineIntrinsic('States.Hash', ['any', 'string'], ([data, algorithm], context) => {
  const text = typeof data === 'string' ? data : stringifyJson(data);
  if (text.length > MAX_INTRINSIC_DATA_LENGTH || !isHashAlgorithm(algorithm))
    throw context.invalidArguments();
  return hashHex(text, algorithm);
});

/** The hash intrinsics. */
export const hashIntrinsics: readonly IntrinsicDefinition[] = [hash];
