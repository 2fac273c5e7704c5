import { products } from './products';
import { sources } from './sources';
import type { PriceBook } from './types';

/** The price book the site ships: every product and every source it cites. */
export const priceBook: PriceBook = { sources, products };

export type { SourceId } from './sources';
export * from './types';
