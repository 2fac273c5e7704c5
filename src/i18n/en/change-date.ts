import { changeDateIn } from '../change-date';

/** A `YYYY-MM-DD` date of the featured price change, as this language writes dates ("September 1, 2022", "Sep 1, 2022"). */
export const changeDate = (value: string, month: 'long' | 'short' = 'long'): string => changeDateIn('en', value, month);
