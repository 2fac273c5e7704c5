import { describe, expect, test } from 'vitest';
import { parseRate } from '../../../../src/lib/address';

const nb = { decimal: ',', group: [' ', '\u00a0'] };
const de = { decimal: ',', group: ['.'] };

describe('parseRate', () => {
  test('reads a rate written as the page writes numbers', () => {
    expect(parseRate('10.80')).toEqual({ ok: true, value: '10.80' });
    expect(parseRate('10,80', nb)).toEqual({ ok: true, value: '10.80' });
    expect(parseRate('0,92', de)).toEqual({ ok: true, value: '0.92' });
    expect(parseRate('1 450,5', nb)).toEqual({ ok: true, value: '1450.5' });
    expect(parseRate('1.450,5', de)).toEqual({ ok: true, value: '1450.5' });
  });

  test('empty means no conversion', () => {
    expect(parseRate('  ')).toEqual({ ok: true, value: null });
  });

  test('refuses what is not a positive number, with its reason', () => {
    expect(parseRate('0')).toEqual({ ok: false, problem: 'not-positive' });
    expect(parseRate('-10.80')).toEqual({ ok: false, problem: 'not-positive' });
    expect(parseRate('ten')).toEqual({ ok: false, problem: 'not-positive' });
    expect(parseRate('10.80', nb)).toEqual({ ok: false, problem: 'decimal-mark' });
    expect(parseRate('10,80')).toEqual({ ok: false, problem: 'decimal-mark' });
    expect(parseRate('1000000')).toEqual({ ok: false, problem: 'too-large' });
    expect(parseRate('1.1234567')).toEqual({ ok: false, problem: 'too-precise' });
  });
});
