import { MAX_RATE, isRate } from '../core/convert';
import type { Parsed } from './parse-field';
import { DEFAULT_NUMBER_STYLE, splitNumber, type NumberStyle } from './number-style';

/** Why a typed exchange rate was refused: another locale's decimal mark, not a positive number, too large, too many decimals. */
export type RateProblem = 'decimal-mark' | 'not-positive' | 'too-large' | 'too-precise';

/**
 * Reads an exchange rate as typed in the page's style ("10.80", "10,80", "1 234,5") into a plain
 * decimal string ("10.80"); empty is null (no conversion). Refuses, never guesses.
 */
export function parseRate(text: string, style: NumberStyle = DEFAULT_NUMBER_STYLE): Parsed<string | null, RateProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const parts = splitNumber(trimmed, style);
  if (!parts) {
    const wrongMark = !trimmed.includes(style.decimal) && /^\d+[.,]\d+$/.test(trimmed);
    return { ok: false, problem: wrongMark ? 'decimal-mark' : 'not-positive' };
  }
  if (parts.negative) return { ok: false, problem: 'not-positive' };
  const whole = parts.whole.replace(/^0+(?=\d)/, '') || '0';
  const plain = parts.fraction ? `${whole}.${parts.fraction}` : whole;
  if (whole.length > String(MAX_RATE).length - 1) return { ok: false, problem: 'too-large' };
  if ((parts.fraction?.length ?? 0) > 6) return { ok: false, problem: 'too-precise' };
  return isRate(plain) ? { ok: true, value: plain } : { ok: false, problem: 'not-positive' };
}
