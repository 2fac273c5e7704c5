import { MAX_SEATS } from '../pricing/input';
import { DEFAULT_NUMBER_STYLE, splitNumber, type NumberStyle } from './number-style';

/** Why a typed seat count was not accepted. */
export type SeatProblem = 'empty' | 'not-a-number' | 'negative' | 'fraction' | 'too-large';

/** The outcome of reading a field: a value, or the reason it was refused. */
export type Parsed<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P };

/**
 * Reads a seat count as typed: a whole number from 0 to 1,000,000, grouped as the style writes
 * thousands ("1,200" in English, "1 200" in Norwegian, "1.200" in German) or not at all.
 */
export function parseSeats(text: string, style: NumberStyle = DEFAULT_NUMBER_STYLE): Parsed<number, SeatProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const parts = splitNumber(trimmed, style);
  if (!parts) return { ok: false, problem: 'not-a-number' };
  if (parts.negative) return { ok: false, problem: 'negative' };
  if (parts.fraction !== null) return { ok: false, problem: 'fraction' };
  // Beyond seven digits it is too large whatever it is; Number() is exact below that.
  if (parts.whole.replace(/^0+(?=\d)/, '').length > 7) return { ok: false, problem: 'too-large' };
  const value = Number(parts.whole);
  return value > MAX_SEATS ? { ok: false, problem: 'too-large' } : { ok: true, value };
}

/** Reads a count that may be left empty (null), such as the active users of the 85 % rule; otherwise as parseSeats. */
export function parseOptionalSeats(text: string, style: NumberStyle = DEFAULT_NUMBER_STYLE): Parsed<number | null, SeatProblem> {
  return text.trim() === '' ? { ok: true, value: null } : parseSeats(text, style);
}
