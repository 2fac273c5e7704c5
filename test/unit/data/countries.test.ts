import { describe, expect, test } from 'vitest';
import { countryCodes, countryOffers } from '../../../src/data/countries';

const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

describe('country data', () => {
  test('lists all 249 officially assigned ISO 3166-1 codes, once each', () => {
    expect(countryCodes.value).toHaveLength(249);
    expect(new Set(countryCodes.value).size).toBe(249);
  });

  test('every code is a region Intl can name', () => {
    const unnamed = countryCodes.value.filter((code) => !names.of(code) || names.of(code) === code);
    expect(unnamed).toEqual([]);
  });

  test('every country an offer names is in the list', () => {
    const named = [...countryOffers.surfaceNew.value, ...countryOffers.surfaceRefurbished.value, ...countryOffers.azureInOpenNoCardTopUp.value];
    expect(named.filter((code) => !countryCodes.value.includes(code))).toEqual([]);
  });
});
