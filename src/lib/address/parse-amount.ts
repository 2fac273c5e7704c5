import type { Parsed } from './parse-field';

const AMOUNT = /^(0|[1-9]\d{0,6})(\.\d{1,2})?$/;

/** Whether a value is a plain amount with at most two decimals, below ten million ("12", "12.5", "12.50"). */
export function isAmount(value: unknown): value is string {
  return typeof value === 'string' && AMOUNT.test(value);
}

/** Why a typed amount was not accepted. */
export type AmountProblem = 'comma' | 'not-an-amount';

/** Reads an amount as typed; empty reads as `empty` (null for an optional field, '0' for a spend). */
export function parseAmount<E extends string | null>(text: string, empty: E): Parsed<string | E, AmountProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: empty };
  if (isAmount(trimmed)) return { ok: true, value: trimmed };
  return { ok: false, problem: /^\d+,\d{1,2}$/.test(trimmed) ? 'comma' : 'not-an-amount' };
}
