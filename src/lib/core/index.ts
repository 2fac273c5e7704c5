/** The engine's core: exact money, calendar dates on `YYYY-MM-DD` strings, and the errors it throws. */
export { MAX_RATE, RATE_DECIMALS, convertAmount, isRate, type UserRate } from './convert';
export { Money, amount, isMoneyString, maxOf, minOf, percentOf, roundToCent, sum, toMoneyString, type Amount } from './money';
export { addDays, addMonths, anniversaryIn, daysBetween, isIsoDate, isMonthDay, monthDayOf, nextAnniversary, termStart } from './dates';
export { PriceBookError, QuoteInputError, inputError, type ErrorParams, type InputErrorCode, type PriceBookProblem } from './errors';
export { PLAIN_CSV, writeCsv, type CsvCell, type CsvStyle } from './csv';
export { MAX_KEYS, MAX_LINES, MAX_MONTHS, MAX_SCENARIOS, MAX_SEATS, MAX_UNITS, MIN_UNITS, OUTLOOK_MONTHS, PLAN_MONTHS, SPEND_MONTHS } from './limits';
