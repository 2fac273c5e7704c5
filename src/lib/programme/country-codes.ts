import { countryCodes } from '../../data/countries';

const known = new Set(countryCodes.value);

/** Whether a value is an ISO 3166-1 alpha-2 code the calculator knows. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && known.has(value);
}

/** The first region named in the browser's language tags (`nb-NO` → `NO`); none is guessed from a bare language. */
export function regionFromLanguages(tags: readonly string[]): string | null {
  for (const tag of tags) {
    try {
      const region = new Intl.Locale(tag).region;
      if (isCountryCode(region)) return region;
    } catch {
      // A malformed tag says nothing about the region.
    }
  }
  return null;
}
