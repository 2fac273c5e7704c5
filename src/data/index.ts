import { pricingBook } from './pricing-book';
import { sourceDetails } from './source-details';
import { sources } from './sources';
import type { PriceBook } from './types';

/**
 * The whole price book: the pricing book with every source's title, publisher, date, address and notes.
 * For the server and the book's checks only; browser code imports pricing-book.ts instead.
 */
export const priceBook: PriceBook = { ...pricingBook, sources: sources.map((source) => ({ ...source, ...sourceDetails[source.id] })) };

export { pricingBook } from './pricing-book';
export type { SourceId } from './sources';
export * from './types';
export * from './advisor-presets';
