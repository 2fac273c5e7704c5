import { describe, expect, test } from 'vitest';
import { priceBook } from '../../../src/data';

describe('the price book', () => {
  test('has every product of FACTS.md §2, with the ids the rest of the site uses', () => {
    expect(priceBook.products.map((p) => p.id)).toEqual([
      'm365-business-basic', 'm365-business-standard', 'm365-business-premium',
      'o365-e1', 'o365-e3', 'o365-e5', 'm365-e3', 'm365-e5',
      'dynamics-365-sales-professional', 'power-apps-per-app', 'power-apps-premium',
      'm365-f1', 'm365-f3',
    ]);
  });

  test('caps the Business plans at 300 users and nothing else', () => {
    const capped = priceBook.products.filter((p) => p.seatCap).map((p) => [p.id, p.seatCap!.value]);
    expect(capped).toEqual([['m365-business-basic', 300], ['m365-business-standard', 300], ['m365-business-premium', 300]]);
  });

  test('holds the required dated changes', () => {
    const dates = (id: string) => {
      const product = priceBook.products.find((p) => p.id === id)!;
      return { nonprofit: [...new Set(product.nonprofit.map((e) => e.from))], commercial: product.commercial.map((e) => e.from) };
    };
    expect(dates('m365-business-premium')).toEqual({ nonprofit: ['2021-01-01', '2022-09-01', '2025-07-01'], commercial: ['2021-01-01', '2022-03-01'] });
    expect(dates('o365-e1').nonprofit).toEqual(['2021-01-01', '2022-09-01', '2025-07-01']);
    expect(dates('m365-e3').commercial).toEqual(['2021-01-01', '2022-03-01', '2026-07-01']);
  });

  test('gives the Office 365 E1 grant of 2,000 seats through the Enterprise Agreement only', () => {
    const e1 = priceBook.products.find((p) => p.id === 'o365-e1')!;
    for (const entry of e1.nonprofit) {
      expect(entry.grantSeats.value).toBe(entry.channels.includes('enterprise-agreement') ? 2000 : 0);
    }
  });

  test('lists the frontline plans without prices', () => {
    const frontline = priceBook.products.filter((p) => p.family === 'frontline');
    expect(frontline.map((p) => [p.id, p.nonprofit.length, p.commercial.length])).toEqual([['m365-f1', 0, 0], ['m365-f3', 0, 0]]);
  });
});
