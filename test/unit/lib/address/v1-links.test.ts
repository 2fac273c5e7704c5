import { describe, expect, test } from 'vitest';
import { encodeState, readAddress } from '../../../../src/lib/address';
import { defaultState } from '../../../../src/lib/state';
import { V1_BASE_DATE, handWrittenV1Links, v1Links } from '../../../support/v1-links';

const base = defaultState(V1_BASE_DATE);
const readLink = (link: string) => {
  const { state, notices, found } = readAddress(link, { today: V1_BASE_DATE, base });
  return { state, notices, found };
};

describe('share links of format v=1 made before the restructure', () => {
  test.each(v1Links.map((entry) => [entry.link.slice(0, 60), entry] as const))('%s… reopens the same state, with nothing to report', (_, { link, state }) => {
    expect(readLink(link)).toEqual({ state, notices: [], found: true });
  });

  test.each(v1Links.map((entry) => [entry.link.slice(0, 60), entry] as const))('%s… is written byte for byte as before', (_, { link, state }) => {
    expect(encodeState(state)).toBe(link);
  });

  test.each(handWrittenV1Links.map((entry) => [entry.link, entry] as const))('the hand-written link %s reopens the same state', (_, { link, state }) => {
    expect(readLink(link)).toEqual({ state, notices: [], found: true });
  });
});
