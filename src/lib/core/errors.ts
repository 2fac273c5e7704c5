import type { BillingTerm, Channel } from '../../data/types';

/** No parameters: the code and the field say everything. */
type None = Record<string, never>;

/** A whole-number range an input had to fall in. */
interface Range {
  min: number;
  max: number;
}

/**
 * The data each input error carries for its message, by code: numbers, ids, ISO dates, decimal
 * strings, never words. Each locale's dictionary turns code, field and these into a sentence.
 */
export interface ErrorParams {
  'invalid-lines': { max: number };
  'invalid-seats': Range;
  'unknown-product': { value: string };
  'duplicate-product': { value: string };
  'invalid-channel': { allowed: readonly Channel[] };
  'invalid-date': None;
  'invalid-renewal': None;
  'date-before-price-book': { value: string; first: string };
  'invalid-months': Range;
  'invalid-term': { allowed: readonly BillingTerm[] };
  'invalid-groups': { max: number };
  'invalid-group': None;
  'duplicate-group': { value: string };
  'not-a-suite': { value: string };
  'not-an-add-on': { value: string };
  'duplicate-add-on': { value: string };
  'invalid-count': Range;
  'active-above-assigned': None;
  'invalid-amount': None;
  'invalid-spend': { months: number };
  'invalid-units': Range;
  'too-many-keys': { max: number };
  'activation-before-purchase': None;
  'activation-too-late': { last: string; years: number };
}

/** Stable codes of the ways an input to the engine can be wrong. */
export type InputErrorCode = keyof ErrorParams;

/**
 * The one error the engine throws for bad input: a stable code, the field at fault (`lines[0].staff`)
 * and the data its message needs. `message` is for developers only; pages show the dictionary's.
 */
export class QuoteInputError<C extends InputErrorCode = InputErrorCode> extends Error {
  override readonly name = 'QuoteInputError';
  readonly code: C;
  readonly field: string;
  readonly params: ErrorParams[C];

  constructor(code: C, field: string, params: ErrorParams[C]) {
    super(`${code}: ${field}`);
    this.code = code;
    this.field = field;
    this.params = params;
  }
}

/** The parameters of a code, optional when it has none. */
type ParamsArg<C extends InputErrorCode> = ErrorParams[C] extends None ? [params?: None] : [params: ErrorParams[C]];

/** Builds a QuoteInputError for the field at fault. */
export function inputError<C extends InputErrorCode>(code: C, field: string, ...[params]: ParamsArg<C>): QuoteInputError<C> {
  return new QuoteInputError(code, field, (params ?? {}) as ErrorParams[C]);
}

/** One thing wrong with a price book, named by the entry it concerns. */
export interface PriceBookProblem {
  entry: string;
  message: string;
}

/** Thrown when the price book fails validation; the message lists every broken entry. */
export class PriceBookError extends Error {
  override readonly name = 'PriceBookError';
  readonly problems: readonly PriceBookProblem[];

  constructor(problems: readonly PriceBookProblem[]) {
    super(`The price book is broken:\n${problems.map((p) => `- ${p.entry}: ${p.message}`).join('\n')}`);
    this.problems = problems;
  }
}
