import { describe, expect, test } from 'vitest';
import { regionFromLanguages } from '../../../../src/lib/programme';

describe('regionFromLanguages', () => {
  test('takes the first region a language tag names, never guessing from a bare language', () => {
    expect(regionFromLanguages(['nb-NO', 'en-US'])).toBe('NO');
    expect(regionFromLanguages(['de', 'en-GB'])).toBe('GB');
    expect(regionFromLanguages(['en', 'fr'])).toBeNull();
    expect(regionFromLanguages(['es-419', 'not a tag', 'pt-BR'])).toBe('BR');
  });
});
