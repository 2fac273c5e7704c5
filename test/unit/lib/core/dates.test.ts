import { describe, expect, test } from 'vitest';
import { addMonths, anniversaryIn, isIsoDate, isMonthDay, monthDayOf, nextAnniversary, termStart } from '../../../../src/lib/core/dates';

describe('dates', () => {
  test('isIsoDate accepts real dates only', () => {
    expect(['2024-02-29', '2023-12-31', '2021-01-01'].every(isIsoDate)).toBe(true);
    expect(['2023-02-29', '2023-04-31', '2023-00-10', '2023-01-00', '20230110', ' 2023-01-10', 2023].some(isIsoDate)).toBe(false);
  });

  test('isMonthDay accepts 02-29 but not 02-30', () => {
    expect(isMonthDay('02-29')).toBe(true);
    expect(isMonthDay('02-30')).toBe(false);
  });

  test('termStart is the last anniversary on or before the date', () => {
    expect(termStart('2022-09-15', '11-01')).toBe('2021-11-01');
    expect(termStart('2022-11-01', '11-01')).toBe('2022-11-01');
    expect(termStart('2022-12-31', '01-01')).toBe('2022-01-01');
  });

  test('nextAnniversary is the first anniversary on or after the date', () => {
    expect(nextAnniversary('2022-09-01', '11-01')).toBe('2022-11-01');
    expect(nextAnniversary('2022-09-01', '09-01')).toBe('2022-09-01');
    expect(nextAnniversary('2022-09-01', '08-31')).toBe('2023-08-31');
  });

  test('anniversaryIn moves 29 February to the 28th in common years', () => {
    expect(anniversaryIn(2023, '02-29')).toBe('2023-02-28');
    expect(anniversaryIn(2024, '02-29')).toBe('2024-02-29');
  });

  test('monthDayOf is the MM-DD a term starting on the date renews on', () => {
    expect(monthDayOf('2026-11-22')).toBe('11-22');
    expect(monthDayOf('2024-02-29')).toBe('02-29');
    expect(nextAnniversary('2027-01-01', monthDayOf('2026-11-22'))).toBe('2027-11-22');
  });

  test('addMonths keeps the day or clamps it to the end of a shorter month', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-01-31', 2)).toBe('2023-03-31');
    expect(addMonths('2022-11-15', 14)).toBe('2024-01-15');
  });
});
