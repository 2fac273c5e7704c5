import { describe, expect, test } from 'vitest';
import { keyDateProblem, lastActivation, parseUnits } from '../../../../src/lib/azure';

describe('lastActivation', () => {
  test('is five years after purchase, on the same day', () => {
    expect(lastActivation('2026-11-22')).toBe('2031-11-22');
    expect(lastActivation('2024-02-29')).toBe('2029-02-28');
  });
});

describe('keyDateProblem', () => {
  test('a key activated on the day it is bought, or on the last day allowed, is fine', () => {
    expect(keyDateProblem('2026-11-22', '2026-11-22')).toBeNull();
    expect(keyDateProblem('2026-11-22', '2031-11-22')).toBeNull();
  });

  test('names activation before purchase, and activation after the last day', () => {
    expect(keyDateProblem('2026-11-22', '2026-11-21')).toBe('before-purchase');
    expect(keyDateProblem('2026-11-22', '2031-11-23')).toBe('too-late');
  });
});

describe('parseUnits', () => {
  test('reads whole units from 1 to 10,000, spaces around allowed', () => {
    expect(parseUnits(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseUnits('10000')).toEqual({ ok: true, value: 10_000 });
  });

  test.each(['0', '10001', '1.5', '-3', 'ten', '1e3'])('refuses "%s"', (text) => {
    expect(parseUnits(text)).toEqual({ ok: false, problem: 'invalid' });
  });

  test('an empty field is its own problem', () => {
    expect(parseUnits('  ')).toEqual({ ok: false, problem: 'empty' });
  });
});
