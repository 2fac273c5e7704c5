import { describe, expect, test } from 'vitest';
import { isAmount, parseAmount, type NumberStyle } from '../../../../src/lib/address';

const nb: NumberStyle = { decimal: ',', group: [' ', '\u00a0', '\u202f'] };
const de: NumberStyle = { decimal: ',', group: ['.'] };

describe('parseAmount', () => {
  test('reads an empty field as the value given for empty', () => {
    expect(parseAmount(' ', null)).toEqual({ ok: true, value: null });
    expect(parseAmount('', '0')).toEqual({ ok: true, value: '0' });
  });

  test.each([
    ['12', '12'], ['12.5', '12.5'], ['12.50', '12.50'], [' 0 ', '0'], ['1,200.50', '1200.50'], ['9,999,999.99', '9999999.99'],
  ])('in English reads "%s" as %s', (text, value) => {
    expect(parseAmount(text, null)).toEqual({ ok: true, value });
  });

  test.each([
    ['12,50', 'decimal-mark'], ['1,5', 'decimal-mark'], ['12.505', 'not-an-amount'], ['-3', 'not-an-amount'], ['012', 'not-an-amount'],
    ['1,0000', 'not-an-amount'], ['10000000', 'not-an-amount'], ['abc', 'not-an-amount'], ['.5', 'not-an-amount'],
  ])('in English refuses "%s" as %s', (text, problem) => {
    expect(parseAmount(text, null)).toEqual({ ok: false, problem });
  });

  test.each([
    ['12,50', '12.50'], ['1 200,5', '1200.5'], ['1\u00a0200', '1200'], ['150', '150'],
  ])('in Norwegian reads "%s" as %s', (text, value) => {
    expect(parseAmount(text, null, nb)).toEqual({ ok: true, value });
  });

  test.each([
    ['12.50', 'decimal-mark'], ['1.200', 'not-an-amount'], ['12,505', 'not-an-amount'],
  ])('in Norwegian refuses "%s" as %s', (text, problem) => {
    expect(parseAmount(text, null, nb)).toEqual({ ok: false, problem });
  });

  test.each([
    ['12,50', '12.50'], ['1.200,50', '1200.50'], ['1.200', '1200'],
  ])('in German reads "%s" as %s', (text, value) => {
    expect(parseAmount(text, null, de)).toEqual({ ok: true, value });
  });

  test.each([
    ['12.50', 'decimal-mark'], ['12.3456', 'not-an-amount'], ['1.0000,5', 'not-an-amount'],
  ])('in German refuses "%s" as %s', (text, problem) => {
    expect(parseAmount(text, null, de)).toEqual({ ok: false, problem });
  });
});

describe('isAmount', () => {
  test('takes only plain amounts with at most two decimals, below ten million', () => {
    expect(['0', '12', '12.5', '9999999.99'].every(isAmount)).toBe(true);
    expect(['', '1,200', '12.', '1e3', '10000000', '-1', 12].some(isAmount)).toBe(false);
  });
});
