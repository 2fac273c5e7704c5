import { bench, describe } from 'vitest';
import type { QuoteInput } from '../../src/lib/pricing';
import { WARM, planGrant, planOpen, priceBook, project, quote, suggestUnits } from './engine';

const everyProductAt300: QuoteInput = {
  lines: priceBook.products.map((product) => ({ product: product.id, staff: 250, volunteers: 50 })),
  channel: 'direct',
  asOf: '2025-08-01',
  renewal: '07-15',
};

describe('engine', () => {
  bench('quote: every product at 300 seats', () => {
    quote(everyProductAt300);
  }, WARM);

  bench('project: 36 months of every product', () => {
    project(everyProductAt300, 36);
  }, WARM);
});

const twelveMonths = ['120', '80', '95.50', '150', '210', '60', '75', '80', '300', '90', '100', '110'];
const keys = [
  { units: 5, purchased: '2025-01-10', activated: '2026-10-01' },
  { units: 10, purchased: '2026-11-22', activated: '2026-11-22' },
  { units: 8, purchased: '2026-11-22', activated: '2027-06-01' },
];

describe('azure planner', () => {
  bench('planGrant: 24 months, twelve monthly figures', () => {
    planGrant('2026-11-22', { start: '2026-06-01', usedSoFar: '500', spend: twelveMonths });
  }, WARM);

  bench('planOpen + suggestUnits: 24 months, three keys', () => {
    const input = { spend: twelveMonths, keys, threshold: '200', country: 'CA' };
    planOpen('2026-11-22', input);
    suggestUnits('2026-11-22', input);
  }, WARM);
});
