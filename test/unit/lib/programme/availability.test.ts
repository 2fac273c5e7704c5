import { describe, expect, test } from 'vitest';
import { availability } from '../../../../src/lib/programme';

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
