import { pricingBook } from '../../data/pricing-book';
import type { PriceBook, Source } from '../../data/types';
import type { PricedOrganisation } from './organisation';

/** The source a figure cites, looked up by id in the book's registry. */
export function findSource(id: string, book: PriceBook = pricingBook): Source | undefined {
  return book.sources.find((source) => source.id === id);
}

/** The ids of the sources an organisation's figures cite (grants, prices, surcharges), each once, in the order they first appear. */
export function sourcesUsed(priced: PricedOrganisation): string[] {
  const ids = new Set<string>();
  for (const line of priced.lines) {
    for (const figure of Object.values(line.provenance)) if (figure) ids.add(figure.source);
  }
  return [...ids];
}
