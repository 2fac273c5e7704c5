import { plans } from './plan-contents';
import { products, tenantCaps } from './products';
import { sources } from './sources';
import { surcharges } from './surcharges';
import type { PriceBook } from './types';

/**
 * The book the engine prices with and the islands show: products, shared caps, billing terms,
 * plan contents and each source's id and short label. It leaves out the sources' titles,
 * publishers, dates, addresses and notes (see index.ts), so the browser never downloads them.
 */
export const pricingBook: PriceBook = { sources, products, tenantCaps, surcharges, plans };
