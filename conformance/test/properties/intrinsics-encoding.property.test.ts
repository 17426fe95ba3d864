/**
 * Laws of the encoding intrinsics (R-INTR-12, -13, -21..23), evaluated in a Pass state's
 * Parameters on random data: Base64 and JSON text round-trips, and hashes checked against
 * node:crypto, plus the published known answers of each hash algorithm and every message length
 * across the padding boundaries.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateParameters } from './evaluate-parameters.ts';
import { PROPERTY_TIMEOUT_MS, propertyParameters } from './fc-config.ts';
import { jsonValue } from './json-arbitraries.ts';
import { useJsonEquality } from './json-equality.ts';

useJsonEquality();

/**
 * Strings of any Unicode, short ones (which shrink well) and long ones near the limits of R-LIM-09
 * (which are not shrunk: shrinking ten thousand characters takes minutes).
 * @param longest - the longest string, in UTF-16 units (Java's `length()`), the intrinsic accepts
 * @param longestUtf8 - the most UTF-8 bytes it may have (a code point takes at most 4 bytes and 2 units)
 * @returns the arbitrary
 */
function intrinsicText(longest: number, longestUtf8: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.noShrink(
        fc.string({
          unit: 'binary',
          minLength: 1_000,
          maxLength: Math.min(Math.floor(longestUtf8 / 4), Math.floor(longest / 2)),
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.noShrink(
        fc.string({
          unit: 'grapheme-ascii',
          minLength: Math.min(longest, longestUtf8) - 10,
          maxLength: Math.min(longest, longestUtf8),
        }),
      ),
    },
  );
}

/** The 10,000 characters Base64Decode accepts hold the Base64 of at most 7,500 bytes. */
const base64Text = intrinsicText(10_000, 7_500);

/** Hash accepts 10,000 characters (R-LIM-09), at most 3 UTF-8 bytes each. */
const hashText = intrinsicText(10_000, 30_000);

describe('States.Base64Encode and States.Base64Decode (R-INTR-21, R-INTR-22)', () => {
  it(
    'decode what they encode, for any string whose Base64 fits their 10,000-character limit',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      await fc.assert(
        fc.asyncProperty(base64Text, async (text) => {
          const output = await evaluateParameters(
            {
              'encoded.$': 'States.Base64Encode($.text)',
              'roundTrip.$': 'States.Base64Decode(States.Base64Encode($.text))',
            },
            { text },
          );
          expect((output as { roundTrip?: unknown }).roundTrip).toStrictEqual(text);
          // Base64 of the UTF-8 bytes. Up to 57 bytes the MIME and basic alphabets agree (MIME
          // breaks lines only after 76 output characters), so the known answer needs no choice
          // between them (R-INTR-21 says MIME; AWS's line breaking is not recorded).
          const bytes = Buffer.from(text, 'utf8');
          if (bytes.length <= 57)
            expect(output).toStrictEqual({ encoded: bytes.toString('base64'), roundTrip: text });
        }),
        propertyParameters(150),
      );
    },
  );
});

/** The algorithms States.Hash takes, and node:crypto's names for them. */
const HASH_ALGORITHMS = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
} as const;

describe('States.Hash (R-INTR-23)', () => {
  it(
    'gives the lowercase hex digest of the UTF-8 bytes that node:crypto computes, for each algorithm',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      const algorithm = fc.constantFrom(
        ...(Object.keys(HASH_ALGORITHMS) as (keyof typeof HASH_ALGORITHMS)[]),
      );
      await fc.assert(
        fc.asyncProperty(hashText, algorithm, async (text, name) => {
          const output = await evaluateParameters(
            { 'digest.$': 'States.Hash($.text, $.algorithm)' },
            { text, algorithm: name },
          );
          expect(output).toStrictEqual({
            digest: createHash(HASH_ALGORITHMS[name]).update(text, 'utf8').digest('hex'),
          });
        }),
        propertyParameters(150),
      );
    },
  );
});

/**
 * Published known answers (RFC 1321's MD5 suite, FIPS 180-2's "abc" and 448-bit examples; the
 * empty string's digests): they pin the digests independently of node:crypto.
 */
const KNOWN_DIGESTS = {
  '': {
    MD5: 'd41d8cd98f00b204e9800998ecf8427e',
    'SHA-1': 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
    'SHA-256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'SHA-384':
      '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
    'SHA-512':
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
  },
  abc: {
    MD5: '900150983cd24fb0d6963f7d28e17f72',
    'SHA-1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
    'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'SHA-384':
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    'SHA-512':
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  },
  abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq: {
    MD5: '8215ef0796a20bcaaae116d3876c664a',
    'SHA-1': '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    'SHA-256': '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    'SHA-384':
      '3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b',
    'SHA-512':
      '204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445',
  },
} as const;

describe('States.Hash known answers (R-INTR-23)', () => {
  const names = Object.keys(HASH_ALGORITHMS) as (keyof typeof HASH_ALGORITHMS)[];

  it('gives the published digests of "", "abc" and the 448-bit message', async () => {
    const texts = Object.keys(KNOWN_DIGESTS);
    const parameters = Object.fromEntries(
      texts.flatMap((_, index) =>
        names.map((name) => [`${name}#${index}.$`, `States.Hash($.texts[${index}], '${name}')`]),
      ),
    );
    const expected = Object.fromEntries(
      Object.values(KNOWN_DIGESTS).flatMap((digests, index) =>
        names.map((name) => [`${name}#${index}`, digests[name]]),
      ),
    );
    expect(await evaluateParameters(parameters, { texts })).toStrictEqual(expected);
  });

  it.each(names)(
    '%s: agrees with node:crypto on every length across the padding boundaries, in 1-, 2- and 4-byte UTF-8',
    async (name) => {
      // Every message length up to 200 bytes: the 55/56/64-byte (MD5, SHA-1, SHA-256) and
      // 111/112/128-byte (SHA-384, SHA-512) edges of the final padded block are all crossed.
      const texts = [
        ...Array.from({ length: 201 }, (_, n) => 'a'.repeat(n)),
        ...Array.from({ length: 71 }, (_, n) => 'é'.repeat(n)),
        ...Array.from({ length: 41 }, (_, n) => '𝄞'.repeat(n)),
      ];
      const parameters = Object.fromEntries(
        texts.map((_, index) => [`d${index}.$`, `States.Hash($.texts[${index}], '${name}')`]),
      );
      const expected = Object.fromEntries(
        texts.map((text, index) => [
          `d${index}`,
          createHash(HASH_ALGORITHMS[name]).update(text, 'utf8').digest('hex'),
        ]),
      );
      expect(await evaluateParameters(parameters, { texts })).toStrictEqual(expected);
    },
  );
});

describe('States.JsonToString and States.StringToJson (R-INTR-12, R-INTR-13)', () => {
  it(
    'give back any JSON value when its compact text is parsed again',
    { timeout: PROPERTY_TIMEOUT_MS },
    async () => {
      await fc.assert(
        fc.asyncProperty(jsonValue(4), async (value) => {
          const output = await evaluateParameters(
            { 'value.$': 'States.StringToJson(States.JsonToString($.value))' },
            { value },
          );
          expect(output).toStrictEqual({ value });
        }),
        propertyParameters(200),
      );
    },
  );
});
