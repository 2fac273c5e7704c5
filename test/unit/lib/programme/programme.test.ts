import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { availability, checkActiveUse, regionFromLanguages, windowsGrant } from '../../../../src/lib/programme';

describe('availability', () => {
  test.each(['AU', 'BE', 'CA', 'FR', 'DE', 'JP', 'NL', 'SE', 'CH', 'GB', 'US'])('new Surface offers exist in %s', (country) => {
    expect(availability(country)?.surfaceNew).toBe(true);
  });

  test.each([['US', true], ['CA', true], ['DE', false], ['AU', false], ['NO', false]])('refurbished Surface in %s: %s', (country, expected) => {
    expect(availability(country)?.surfaceRefurbished).toBe(expected);
  });

  test.each(['AZ', 'BY', 'BR', 'CA', 'JP', 'KZ', 'KR', 'RU', 'TW', 'UA'])('no card top-up for Azure in Open in %s', (country) => {
    expect(availability(country)?.azureInOpenCardTopUp).toBe(false);
  });

  test('Norway, Kenya and India: no Surface offer, card top-up possible, no hardware grant', () => {
    for (const country of ['NO', 'KE', 'IN']) {
      expect(availability(country)).toEqual({ country, surfaceNew: false, surfaceRefurbished: false, azureInOpenCardTopUp: true, hardwareGrant: false });
    }
  });

  test('Germany: new Surface yes, refurbished no; Canada: both, but no card top-up', () => {
    expect(availability('DE')).toMatchObject({ surfaceNew: true, surfaceRefurbished: false, azureInOpenCardTopUp: true });
    expect(availability('CA')).toMatchObject({ surfaceNew: true, surfaceRefurbished: true, azureInOpenCardTopUp: false });
  });

  test.each(['XX', 'de', 'DEU', '', 'toString', '__proto__'])('"%s" is not a country', (code) => {
    expect(availability(code)).toBeNull();
  });
});

describe('regionFromLanguages', () => {
  test('takes the first region a language tag names, never guessing from a bare language', () => {
    expect(regionFromLanguages(['nb-NO', 'en-US'])).toBe('NO');
    expect(regionFromLanguages(['de', 'en-GB'])).toBe('GB');
    expect(regionFromLanguages(['en', 'fr'])).toBeNull();
    expect(regionFromLanguages(['es-419', 'not a tag', 'pt-BR'])).toBe('BR');
  });
});

describe('checkActiveUse', () => {
  test('85 % exactly meets the rule', () => {
    expect(checkActiveUse(100, 85)).toEqual({ assigned: 100, active: 85, percent: '85.0', meets: true, moreActiveNeeded: 0, toRelease: 0, thresholdPercent: 85 });
  });

  test('84.9 % does not, and says what would fix it', () => {
    expect(checkActiveUse(1000, 849)).toEqual({ assigned: 1000, active: 849, percent: '84.9', meets: false, moreActiveNeeded: 1, toRelease: 2, thresholdPercent: 85 });
  });

  test('84.99 % reads 84.9, never 85.0', () => {
    expect(checkActiveUse(10_000, 8499)).toMatchObject({ percent: '84.9', meets: false, moreActiveNeeded: 1 });
  });

  test('releasing the unused licences it names brings the organisation back above 85 %', () => {
    const result = checkActiveUse(40, 20);
    expect(result).toMatchObject({ percent: '50.0', meets: false, moreActiveNeeded: 14, toRelease: 17 });
    expect(checkActiveUse(40 - result.toRelease, 20).meets).toBe(true);
    expect(checkActiveUse(40 - result.toRelease + 1, 20).meets).toBe(false);
  });

  test('0 assigned: nothing to measure, nothing to do', () => {
    expect(checkActiveUse(0, 0)).toEqual({ assigned: 0, active: 0, percent: null, meets: true, moreActiveNeeded: 0, toRelease: 0, thresholdPercent: 85 });
  });

  test('no active users: release every granted licence, or activate 85 % of them', () => {
    expect(checkActiveUse(10, 0)).toMatchObject({ percent: '0.0', meets: false, moreActiveNeeded: 9, toRelease: 10 });
  });

  test('more active than assigned, or a fraction, is refused', () => {
    expect(() => checkActiveUse(10, 11)).toThrow(QuoteInputError);
    expect(() => checkActiveUse(10.5, 1)).toThrow(QuoteInputError);
  });
});

describe('windowsGrant', () => {
  test('grants up to 50 and totals the fee exactly', () => {
    expect(windowsGrant(12, '9.95')).toEqual({ requested: 12, granted: 12, overLimit: 0, limit: 50, feeTotal: '119.40' });
  });

  test('licences over the 50 limit are named, and carry no fee', () => {
    expect(windowsGrant(64, '12.5')).toEqual({ requested: 64, granted: 50, overLimit: 14, limit: 50, feeTotal: '625.00' });
  });

  test('sums exactly where floats would not', () => {
    expect(windowsGrant(3, '0.10').feeTotal).toBe('0.30');
  });

  test('no fee entered: no total', () => {
    expect(windowsGrant(5, null).feeTotal).toBeNull();
  });

  test.each(['-1', '1e3', '0x10', '12,50', '1.005'])('refuses the fee "%s"', (fee) => {
    expect(() => windowsGrant(5, fee)).toThrow(QuoteInputError);
  });
});
