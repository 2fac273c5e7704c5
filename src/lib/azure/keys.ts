import { azureInOpen } from '../../data/azure';
import { addMonths, isIsoDate } from '../core/dates';
import { inputError } from '../core/errors';
import type { Parsed } from '../address/parse-field';

/** A prepaid credit key (Online Service Activation key): units of about $100, bought, then activated. */
export interface OpenKey {
  units: number;
  purchased: string;
  activated: string;
}

/** The most keys one plan takes. */
export const MAX_KEYS = 50;

/** Checks the keys: whole units, real dates, activated on or after purchase and within 5 years of it. */
export function checkKeys(keys: readonly OpenKey[]): void {
  if (!Array.isArray(keys) || keys.length > MAX_KEYS) throw inputError('too-many-keys', { field: 'open.keys' });
  keys.forEach((key, i) => {
    const field = `open.keys[${i}]`;
    if (!Number.isInteger(key.units) || key.units < 1 || key.units > 10_000) throw inputError('invalid-units', { field: `${field}.units` });
    if (!isIsoDate(key.purchased)) throw inputError('invalid-date', { field: `${field}.purchased` });
    if (!isIsoDate(key.activated)) throw inputError('invalid-date', { field: `${field}.activated` });
    const problem = keyDateProblem(key.purchased, key.activated);
    if (problem === 'before-purchase') throw inputError('activation-before-purchase', { field: `${field}.activated` });
    if (problem === 'too-late') throw inputError('activation-too-late', { field: `${field}.activated`, last: lastActivation(key.purchased) });
  });
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
  return units >= 1 && units <= 10_000 ? { ok: true, value: units } : { ok: false, problem: 'invalid' };
}
