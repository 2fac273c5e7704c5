import { describe, expect, test } from 'vitest';
import { checkWhen, parseSeats } from '../../../../src/lib/address';

describe('parseSeats', () => {
  test.each([
    ['25', 25], [' 7 ', 7], ['0', 0], ['1,200', 1200], ['1000000', 1_000_000],
  ])('reads "%s" as %i', (text, value) => {
    expect(parseSeats(text)).toEqual({ ok: true, value });
  });

  test.each([
    ['', 'empty'], ['   ', 'empty'], ['abc', 'not-a-number'], ['1x', 'not-a-number'], ['0x10', 'not-a-number'],
    ['1e3', 'not-a-number'], ['Infinity', 'not-a-number'], ['-', 'not-a-number'], ['1,20', 'not-a-number'],
    ['-4', 'negative'], ['-0.5', 'negative'], ['2.5', 'fraction'], ['.5', 'fraction'], ['1000001', 'too-large'],
  ])('refuses "%s" as %s', (text, problem) => {
    expect(parseSeats(text)).toEqual({ ok: false, problem });
  });
});

describe('checkWhen', () => {
  test('accepts a date the book can price, with or without a renewal', () => {
    expect(checkWhen('2023-01-10', null)).toBeNull();
    expect(checkWhen('2022-09-15', '11-01')).toBeNull();
  });

  test('names the date that needs prices from before the book', () => {
    expect(checkWhen('2020-06-01', null)).toBe('before-book');
    expect(checkWhen('2021-03-01', '06-01')).toBe('renewal-before-book');
  });

  test('treats an incomplete date as empty', () => {
    expect(checkWhen('', null)).toBe('empty');
    expect(checkWhen('2023-01-10', '13-40')).toBe('empty');
  });
});
