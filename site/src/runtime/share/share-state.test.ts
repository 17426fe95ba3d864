import { describe, expect, it } from 'vitest';

import { decodeShareState, encodeShareState } from './share-state.ts';

describe('share links', () => {
  it('round-trip every part of an example through the URL hash', () => {
    const parts = { definition: '{"StartAt": "A"}', input: '{"n": 1}', mocks: '{}', context: '{"Execution": {}}', stateName: 'A', stepLimit: 500 };
    const hash = `#${encodeShareState(parts)}`;
    expect(hash).toMatch(/^#[A-Za-z0-9+\-$]+$/);
    expect(decodeShareState(hash)).toStrictEqual(parts);
  });

  it('keep absent parts absent', () => {
    expect(decodeShareState(encodeShareState({ definition: '{}' }))).toStrictEqual({
      definition: '{}',
      input: undefined,
      mocks: undefined,
      context: undefined,
      stateName: undefined,
      stepLimit: undefined,
    });
  });

  it('ignore an empty, foreign or damaged hash instead of guessing', () => {
    expect(decodeShareState('')).toBeUndefined();
    expect(decodeShareState('#section-2')).toBeUndefined();
    expect(decodeShareState(`#${encodeShareState({ definition: '{}' }).slice(0, 8)}`)).toBeUndefined();
  });
});
