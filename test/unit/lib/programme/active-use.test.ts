import { describe, expect, test } from 'vitest';
import { QuoteInputError } from '../../../../src/lib/core';
import { checkActiveUse } from '../../../../src/lib/programme';

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
