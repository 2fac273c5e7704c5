import { describe, expect, test } from 'vitest';
import { priceOrganisation, sourcesUsed } from '../../../../src/lib/pricing';

describe('sourcesUsed', () => {
  test('lists each source the figures cite once, in the order they first appear, with the surcharge of a monthly term', () => {
    const priced = priceOrganisation({
      channel: 'direct', asOf: '2026-11-23', term: 'monthly',
      groups: [
        { id: 'a', name: '', people: 10, grantEligible: true, suite: 'm365-business-premium', addOns: [] },
        { id: 'b', name: '', people: 5, grantEligible: false, suite: 'm365-business-standard', addOns: [] },
      ],
    });
    const cited = priced.lines.flatMap((line) => Object.values(line.provenance).map((figure) => figure!.source));
    expect(sourcesUsed(priced)).toEqual([...new Set(cited)]);
    expect(sourcesUsed(priced)).toContain('charity-digital-nce');
  });

  test('lists none for an organisation with no product', () => {
    expect(sourcesUsed(priceOrganisation({ channel: 'direct', asOf: '2026-11-23', groups: [] }))).toEqual([]);
  });
});
