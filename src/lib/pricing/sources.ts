import { pricingBook } from '../../data/pricing-book';
import type { PriceBook, Source } from '../../data/types';

/** The source a figure cites, looked up by id in the book's registry. */
export function findSource(id: string, book: PriceBook = pricingBook): Source | undefined {
  return book.sources.find((source) => source.id === id);
}
