import { changeDateIn } from '../change-date';

/** A `YYYY-MM-DD` date of the featured price change, as this language writes dates ("1. September 2022", "1. Sept. 2022"). */
export const changeDate = (value: string, month: 'long' | 'short' = 'long'): string => changeDateIn('de', value, month);
