import { en } from '../../i18n/en';

type ErrorMessages = typeof en.errors;

/** Stable codes of the ways an input to the engine can be wrong. */
export type InputErrorCode = keyof ErrorMessages;

/** The one error the engine throws for bad input: a stable code, the field at fault and a plain message. */
export class QuoteInputError extends Error {
  override readonly name = 'QuoteInputError';
  readonly code: InputErrorCode;
  readonly field: string;

  constructor(code: InputErrorCode, field: string, message: string) {
    super(message);
    this.code = code;
    this.field = field;
  }
}

/** Builds a QuoteInputError with its English message. */
export function inputError<C extends InputErrorCode>(code: C, params: Parameters<ErrorMessages[C]>[0]): QuoteInputError {
  const message = (en.errors[code] as (p: Parameters<ErrorMessages[C]>[0]) => string)(params);
  return new QuoteInputError(code, params.field, message);
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
