import { describe, expect, test } from 'vitest';
import { parseOptionalSeats, parseSeats, type NumberStyle } from '../../../../src/lib/address';

const en: NumberStyle = { decimal: '.', group: [','] };
const nb: NumberStyle = { decimal: ',', group: [' ', '\u00a0', '\u202f'] };
const de: NumberStyle = { decimal: ',', group: ['.'] };

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

  test.each(['1,0000', '12,3456', '1,200,00', ',200', '1,,200', '1,200,'])('refuses the badly grouped "%s" instead of reading a larger number', (text) => {
    expect(parseSeats(text)).toEqual({ ok: false, problem: 'not-a-number' });
  });

  test('takes the English conventions when given them, as by default', () => {
    expect(parseSeats('1,234,567', en)).toEqual({ ok: false, problem: 'too-large' });
    expect(parseSeats('999,999', en)).toEqual({ ok: true, value: 999_999 });
    expect(parseSeats('99999999999999999999', en)).toEqual({ ok: false, problem: 'too-large' });
  });

  test.each([
    ['1 200', 1200], ['1\u00a0200', 1200], ['1\u202f200', 1200], ['1 000 000', 1_000_000], ['25', 25],
  ])('in Norwegian reads "%s" as %i', (text, value) => {
    expect(parseSeats(text, nb)).toEqual({ ok: true, value });
  });

  test.each([
    ['1,5', 'fraction'], ['1 0000', 'not-a-number'], ['1.200', 'not-a-number'], ['1,200', 'fraction'], ['12 3456', 'not-a-number'],
  ])('in Norwegian refuses "%s" as %s', (text, problem) => {
    expect(parseSeats(text, nb)).toEqual({ ok: false, problem });
  });

  test.each([
    ['1.200', 1200], ['1.000.000', 1_000_000], ['1200', 1200],
  ])('in German reads "%s" as %i', (text, value) => {
    expect(parseSeats(text, de)).toEqual({ ok: true, value });
  });

  test.each([
    ['1,5', 'fraction'], ['1.0000', 'not-a-number'], ['12.3456', 'not-a-number'], ['1 200', 'not-a-number'], ['-1.200', 'negative'],
  ])('in German refuses "%s" as %s', (text, problem) => {
    expect(parseSeats(text, de)).toEqual({ ok: false, problem });
  });
});

describe('parseOptionalSeats', () => {
  test('reads an empty field as no count, and anything else as parseSeats does', () => {
    expect(parseOptionalSeats('  ')).toEqual({ ok: true, value: null });
    expect(parseOptionalSeats('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseOptionalSeats('1.200', de)).toEqual({ ok: true, value: 1200 });
    expect(parseOptionalSeats('1,0000')).toEqual({ ok: false, problem: 'not-a-number' });
  });
});
