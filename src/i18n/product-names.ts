import { pricingBook as priceBook } from '../data/pricing-book';
// The module itself, not the engine's barrel: the calculator's up-front bundle should carry no more than this.
import { indexBook } from '../lib/pricing/prices';

/** A product's name from its id; product names are Microsoft's and the same in every language. */
export const productName = (id: string): string => indexBook(priceBook).byId.get(id)?.name ?? id;
