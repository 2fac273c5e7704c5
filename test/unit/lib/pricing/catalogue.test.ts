import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { checkInput, firstPriceDate, hasNonprofitOffer, productsByFamily } from '../../../../src/lib/pricing';
import { priceBook } from '../../../../src/data';

describe('productsByFamily', () => {
  test('groups every product in family order and marks the frontline plans as without an offer', () => {
    const groups = productsByFamily();
    expect(groups.map((g) => g.family)).toEqual(['m365-business', 'office-365-enterprise', 'm365-enterprise', 'dynamics-365', 'power-platform', 'frontline']);
    expect(groups.flatMap((g) => g.products).length).toBe(13);
    expect(groups.at(-1)!.products.map(hasNonprofitOffer)).toEqual([false, false]);
  });
});

describe('firstPriceDate', () => {
  test('is the first day of the shipped price book: the engine prices it, and refuses the day before', () => {
    expect(firstPriceDate()).toBe('2021-01-01');
    expect(checkInput({ lines: [], channel: 'direct', asOf: '2021-01-01' }, priceBook).priceDate).toBe('2021-01-01');
    expect(() => checkInput({ lines: [], channel: 'direct', asOf: '2020-12-31' }, priceBook)).toThrow(QuoteInputError);
  });
});
