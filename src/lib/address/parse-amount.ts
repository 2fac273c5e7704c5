import type { Parsed } from './parse-field';
import { DEFAULT_NUMBER_STYLE, splitNumber, type NumberStyle } from './number-style';

const AMOUNT = /^(0|[1-9]\d{0,6})(\.\d{1,2})?$/;

/** Whether a value is a plain amount with at most two decimals, below ten million ("12", "12.5", "12.50"). */
export function isAmount(value: unknown): value is string {
  return typeof value === 'string' && AMOUNT.test(value);
}

/** Why a typed amount was not accepted: `decimal-mark` when it uses another locale's decimal mark ("12,50" on an English page). */
export type AmountProblem = 'decimal-mark' | 'not-an-amount';

/**
 * Reads an amount as typed, written as the style writes numbers ("1,200.50", "1 200,50"), into a
 * plain amount ("1200.50"); empty reads as `empty` (null for an optional field, '0' for a spend).
 */
export function parseAmount<E extends string | null>(text: string, empty: E, style: NumberStyle = DEFAULT_NUMBER_STYLE): Parsed<string | E, AmountProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: empty };
  const parts = splitNumber(trimmed, style);
  const plain = parts && !parts.negative ? `${parts.whole}${parts.fraction === null ? '' : `.${parts.fraction}`}` : null;
  if (plain !== null && isAmount(plain)) return { ok: true, value: plain };
  // One or two digits after a mark that is not this locale's decimal mark are decimals written the
  // other way ("12,50" on an English page): say so, never guess.
  const wrongMark = !trimmed.includes(style.decimal) && /^\d+[.,]\d{1,2}$/.test(trimmed);
  return { ok: false, problem: wrongMark ? 'decimal-mark' : 'not-an-amount' };
}
