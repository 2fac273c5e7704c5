import { formatters } from '../format';

/**
 * Norwegian numbers, money, dates and plurals inside sentences, shared by the Norwegian parts: the
 * same formatters the page uses, so a figure reads the same in a sentence as in a table.
 */
export const { count, plural, wholeMoney } = formatters('nb');
