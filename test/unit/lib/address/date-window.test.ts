import { describe, expect, test } from 'vitest';
import { YEARS_AHEAD, checkWhen, dateProblem, dateWindow } from '../../../../src/lib/address';

const dates = dateWindow('2026-11-22');

describe('dateWindow', () => {
  test('runs from the price book\'s first day to ten years after today', () => {
    expect(YEARS_AHEAD).toBe(10);
    expect(dates).toEqual({ first: '2021-01-01', last: '2036-11-22' });
    expect(dateWindow('2028-02-29')).toEqual({ first: '2021-01-01', last: '2038-02-28' });
  });

  test('stops short of the years the engine counts in, whatever the clock says', () => {
    expect(dateWindow('9995-05-05').last).toBe('9989-12-31');
    expect(dateWindow('not a day').last).toBe('9989-12-31');
  });
});

describe('dateProblem', () => {
  test.each([
    ['2021-01-01', null], ['2036-11-22', null], ['2020-12-31', 'before-book'], ['0999-01-01', 'before-book'], ['2036-11-23', 'too-far'],
    ['9999-12-31', 'too-far'], ['275760-01-01', 'too-far'], ['', 'empty'], ['2023-02-30', 'empty'], ['2023-1-1', 'empty'],
  ])('%s: %s', (date, problem) => {
    expect(dateProblem(date, dates)).toBe(problem);
  });
});

describe('checkWhen', () => {
  test('accepts a date the book can price, with or without a renewal', () => {
    expect(checkWhen('2023-01-10', null, dates)).toBeNull();
    expect(checkWhen('2022-09-15', '11-01', dates)).toBeNull();
  });

  test('names the date that needs prices from before the book', () => {
    expect(checkWhen('2020-06-01', null, dates)).toBe('before-book');
    expect(checkWhen('2021-03-01', '06-01', dates)).toBe('renewal-before-book');
  });

  test('treats an incomplete date as empty', () => {
    expect(checkWhen('', null, dates)).toBe('empty');
    expect(checkWhen('2023-01-10', '13-40', dates)).toBe('empty');
  });

  test('refuses an estimate date beyond the dates', () => {
    expect(checkWhen('9999-12-31', null, dates)).toBe('too-far');
    expect(checkWhen('9999-12-31', '01-01', dates)).toBe('too-far');
  });
});
