import { describe, expect, test } from 'vitest';
import { either } from '../../../src/i18n/lists';

describe('either', () => {
  test('joins two alternatives with "or" in English', () => {
    expect(either('en', ['"direct"', '"enterprise-agreement"'])).toBe('"direct" or "enterprise-agreement"');
  });

  test('joins three with commas before the "or"', () => {
    expect(either('en', ['a', 'b', 'c'])).toBe('a, b, or c');
  });
});
