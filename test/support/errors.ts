import { QuoteInputError } from '../../src/lib/core';

/** The input error a call throws, so a test can assert its code, field and params. */
export function thrown(work: () => unknown): QuoteInputError {
  try {
    work();
  } catch (error) {
    if (error instanceof QuoteInputError) return error;
    throw error;
  }
  throw new Error('the call accepted its input');
}
