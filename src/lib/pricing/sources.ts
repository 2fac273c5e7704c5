import { priceBook } from '../../data';
import type { PriceBook, Source } from '../../data/types';

/** The source a figure cites, looked up by id in the book's registry. */
export function findSource(id: string, book: PriceBook = priceBook): Source | undefined {
  return book.sources.find((source) => source.id === id);
}
