import { azureInOpen } from '../../data/azure';
import { addMonths, isIsoDate } from '../core/dates';
import { inputError } from '../core/errors';
import { amount, toMoneyString } from '../core/money';
import type { Parsed } from '../address/parse-field';
import { MAX_KEYS, MAX_UNITS, MIN_UNITS } from '../core/limits';

/** A prepaid credit key (Online Service Activation key): units of about $100, bought, then activated. */
export interface OpenKey {
  units: number;
  purchased: string;
  activated: string;
}

/** The limits this module checks, defined in core/limits so dictionaries can name them. */
export { MAX_KEYS, MAX_UNITS, MIN_UNITS };

/** Checks the keys: whole units, real dates, activated on or after purchase and within 5 years of it. */
export function checkKeys(keys: readonly OpenKey[]): void {
  if (!Array.isArray(keys) || keys.length > MAX_KEYS) throw inputError('too-many-keys', 'open.keys', { max: MAX_KEYS });
  keys.forEach((key, i) => {
    const field = `open.keys[${i}]`;
    if (!Number.isInteger(key.units) || key.units < MIN_UNITS || key.units > MAX_UNITS) throw inputError('invalid-units', `${field}.units`, { min: MIN_UNITS, max: MAX_UNITS });
    if (!isIsoDate(key.purchased)) throw inputError('invalid-date', `${field}.purchased`);
    if (!isIsoDate(key.activated)) throw inputError('invalid-date', `${field}.activated`);
    const problem = keyDateProblem(key.purchased, key.activated);
    if (problem === 'before-purchase') throw inputError('activation-before-purchase', `${field}.activated`);
    if (problem === 'too-late') throw inputError('activation-too-late', `${field}.activated`, { last: lastActivation(key.purchased), years: azureInOpen.activateWithinYears.value });
  });
}

/** What a number of units is worth, a decimal string in US dollars (approximately: a unit is "about $100"). */
export function unitsValue(units: number): string {
  return toMoneyString(amount(azureInOpen.unitValue.value).times(units));
}

/** The last day a key bought on `purchased` may be activated. */
export function lastActivation(purchased: string): string {
  return addMonths(purchased, 12 * azureInOpen.activateWithinYears.value);
}

/** What is wrong with a key's two dates, or null. */
export function keyDateProblem(purchased: string, activated: string): 'before-purchase' | 'too-late' | null {
  if (activated < purchased) return 'before-purchase';
  return activated > lastActivation(purchased) ? 'too-late' : null;
}

/** Reads a number of units as typed: a whole number from 1 to 10,000. */
export function parseUnits(text: string): Parsed<number, 'empty' | 'invalid'> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const units = /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : NaN;
  return units >= MIN_UNITS && units <= MAX_UNITS ? { ok: true, value: units } : { ok: false, problem: 'invalid' };
}
