import { changeDateIn } from '../change-date';

/** A `YYYY-MM-DD` date of the featured price change, as this language writes dates ("1. september 2022", "1. sep. 2022"). */
export const changeDate = (value: string, month: 'long' | 'short' = 'long'): string => changeDateIn('nb', value, month);
