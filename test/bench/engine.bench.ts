import { bench, describe } from 'vitest';
import { priceBook } from '../../src/data';
import { project, quote, type QuoteInput } from '../../src/lib';

const everyProductAt300: QuoteInput = {
  lines: priceBook.products.map((product) => ({ product: product.id, staff: 250, volunteers: 50 })),
  channel: 'direct',
  asOf: '2025-08-01',
  renewal: '07-15',
};

describe('engine', () => {
  bench('quote: every product at 300 seats', () => {
    quote(everyProductAt300);
  });

  bench('project: 36 months of every product', () => {
    project(everyProductAt300, 36);
  });
});
