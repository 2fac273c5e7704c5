import { plans } from './plan-contents';
import { products, tenantCaps } from './products';
import { sources } from './sources';
import { surcharges } from './surcharges';
import type { PriceBook } from './types';

/** The price book the site ships: products, the caps they share, billing terms, plan contents and every source. */
export const priceBook: PriceBook = { sources, products, tenantCaps, surcharges, plans };

export type { SourceId } from './sources';
export * from './types';
