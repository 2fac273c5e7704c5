import { describe, expect, test } from 'vitest';
import { encodeV1, readV1Address } from '../../../../src/lib/address';
import { defaultState, toV1 } from '../../../../src/lib/state';
import { V1_BASE_DATE, handWrittenV1Links, v1Links } from '../../../support/v1-links';

// The v=1 codec's own default, as the page had it when the corpus was made: what links without lines kept.
const base = {
  ...toV1(defaultState(V1_BASE_DATE)),
  lines: [
    { product: 'm365-business-premium', staff: null, volunteers: 0 },
    { product: 'o365-e1', staff: 0, volunteers: null },
    { product: 'power-apps-per-app', staff: 12, volunteers: 0 },
  ],
};
const readLink = (link: string) => {
  const { state, notices, found } = readV1Address(link, { today: V1_BASE_DATE, base });
  return { state, notices, found };
};

describe('share links of format v=1 made before the restructure', () => {
  test.each(v1Links.map((entry) => [entry.link.slice(0, 60), entry] as const))('%s… reopens the same state, with nothing to report', (_, { link, state }) => {
    expect(readLink(link)).toEqual({ state, notices: [], found: true });
  });

  test.each(v1Links.map((entry) => [entry.link.slice(0, 60), entry] as const))('%s… is written byte for byte as before', (_, { link, state }) => {
    expect(encodeV1(state)).toBe(link);
  });

  test.each(handWrittenV1Links.map((entry) => [entry.link, entry] as const))('the hand-written link %s reopens the same state', (_, { link, state }) => {
    expect(readLink(link)).toEqual({ state, notices: [], found: true });
  });
});
