import { describe, expect, test } from 'vitest';
import { priceBook } from '../../../../src/data';
import type { PriceBook, Product } from '../../../../src/data/types';
import { PriceBookError } from '../../../../src/lib/core';
import { assertValidPriceBook, findPriceBookProblems } from '../../../../src/lib/pricing';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** A deep copy of the real book, broken by `breakIt`. */
function brokenBook(breakIt: (book: Mutable<PriceBook>, product: (id: string) => Mutable<Product>) => void): PriceBook {
  const book = structuredClone(priceBook) as Mutable<PriceBook>;
  breakIt(book, (id) => book.products.find((p) => p.id === id)!);
  return book as PriceBook;
}

const messages = (book: PriceBook) => findPriceBookProblems(book).map((p) => `${p.entry}: ${p.message}`);

describe('price book validation', () => {
  test('the shipped book is sound', () => {
    expect(findPriceBookProblems(priceBook)).toEqual([]);
    expect(assertValidPriceBook(priceBook)).toBe(priceBook);
  });

  test('rejects a duplicate product id', () => {
    const book = brokenBook((b) => b.products.push(structuredClone(b.products[0]!)));
    expect(messages(book)).toContain('products["m365-business-basic"]: the id is used twice');
  });

  test('rejects a negative price', () => {
    const book = brokenBook((_, p) => (p('o365-e3').nonprofit[1]!.price!.value = '-5.80'));
    expect(messages(book)).toContain('products["o365-e3"].nonprofit[1] (from 2022-09-01).price: "-5.80" is not a price like "5.50" (non-negative, two decimals)');
  });

  test.each(['5.8', '0x10', '1_000.00', 'Infinity', ''])('rejects the malformed price "%s"', (value) => {
    const book = brokenBook((_, p) => (p('m365-e5').commercial[0]!.price.value = value));
    expect(messages(book)[0]).toMatch(/^products\["m365-e5"\]\.commercial\[0\] \(from 2021-01-01\)\.price: ".*" is not a price like "5.50"/);
  });

  test('rejects a grant above the seat cap', () => {
    const book = brokenBook((_, p) => (p('m365-business-premium').nonprofit[0]!.grantSeats.value = 301));
    expect(messages(book)).toContain('products["m365-business-premium"].nonprofit[0] (from 2021-01-01).grantSeats: grants 301 seats, above the seat cap of 300');
  });

  test('rejects entries out of date order', () => {
    const book = brokenBook((_, p) => p('o365-e5').nonprofit.reverse());
    expect(messages(book)).toContain('products["o365-e5"].nonprofit[1]: from 2021-01-01 follows an entry from 2022-09-01: entries must be in date order, one per date');
  });

  test('rejects two commercial prices on one date', () => {
    const book = brokenBook((_, p) => (p('o365-e5').commercial[1]!.from = '2021-01-01'));
    expect(messages(book)[0]).toMatch(/^products\["o365-e5"\]\.commercial\[1\]: from 2021-01-01 follows an entry from 2021-01-01/);
  });

  test('rejects a figure without a source, and one citing an unknown source', () => {
    const book = brokenBook((_, p) => {
      p('dynamics-365-sales-professional').nonprofit[0]!.price!.source = '';
      p('power-apps-premium').commercial[0]!.price.source = 'a-blog-somewhere';
    });
    expect(messages(book)).toEqual([
      'products["dynamics-365-sales-professional"].nonprofit[0] (from 2021-01-01).price: has no source',
      'products["power-apps-premium"].commercial[0] (from 2021-01-01).price: cites an unknown source "a-blog-somewhere"',
    ]);
  });

  test('rejects a nonprofit price above the commercial price', () => {
    const book = brokenBook((_, p) => (p('power-apps-premium').nonprofit[0]!.price!.value = '25.00'));
    expect(messages(book)).toContain('products["power-apps-premium"] on 2021-01-01 (direct): the nonprofit price 25.00 is above the commercial price 20.00');
  });

  test('rejects an unknown channel and a malformed date', () => {
    const book = brokenBook((_, p) => {
      (p('o365-e3').nonprofit[0]!.channels as string[]) = ['retail'];
      p('m365-e3').commercial[2]!.from = '2026-7-1';
    });
    expect(messages(book)).toEqual(expect.arrayContaining([
      'products["o365-e3"].nonprofit[0] (from 2021-01-01): names an unknown channel "retail"',
      'products["m365-e3"].commercial[2]: "2026-7-1" is not a date written YYYY-MM-DD',
    ]));
  });

  test('rejects a nonprofit offer with no commercial price to compare with', () => {
    const book = brokenBook((_, p) => (p('o365-e1').commercial[0]!.from = '2021-06-01'));
    expect(messages(book)).toContain('products["o365-e1"].nonprofit[0] (from 2021-01-01): has no commercial price to compare with on its date');
  });

  test('assertValidPriceBook throws one error listing every broken entry', () => {
    const book = brokenBook((b, p) => {
      p('o365-e3').nonprofit[0]!.price!.value = '4.5';
      b.products.push(structuredClone(b.products[1]!));
    });
    expect(() => assertValidPriceBook(book)).toThrow(PriceBookError);
    expect(() => assertValidPriceBook(book)).toThrow(/^The price book is broken:\n- products\["m365-business-standard"\]: the id is used twice\n- products\["o365-e3"\]/);
  });

  test('rejects a source without a public address, publisher or date of its own', () => {
    const book = brokenBook((b) => {
      const faq = b.sources.find((s) => s.id === 'ms-nonprofit-faq-nb')!;
      faq.url = '000_1230614a2dcd608d.txt';
      faq.publisher = '';
      faq.date = 'mid-2025';
    });
    expect(messages(book)).toEqual([
      'sources["ms-nonprofit-faq-nb"]: has no publisher',
      'sources["ms-nonprofit-faq-nb"]: the date "mid-2025" is not the document\'s date written YYYY, YYYY-MM, YYYY-MM-DD or from/to',
      'sources["ms-nonprofit-faq-nb"]: has no public address (url starting https://), found "000_1230614a2dcd608d.txt"',
    ]);
  });

  test('accepts a source without an address only when it says why, and wants its confidence and kind of document', () => {
    const book = brokenBook((b) => {
      const [faq, azure, portal] = b.sources as { url: string | null; noAddress?: string; confidence?: string; basis?: string }[];
      faq!.url = null;
      azure!.url = null;
      azure!.noAddress = 'not-published';
      portal!.confidence = 'sure';
      delete portal!.basis;
    });
    expect(messages(book)).toEqual([
      'sources["ms-nonprofit-faq-nb"]: has no public address and no reason why (noAddress)',
      'sources["non-profit-portal-post"]: has an unknown confidence "sure"',
      'sources["non-profit-portal-post"]: does not say what kind of document it is (basis), found "undefined"',
    ]);
  });

  test('rejects a source whose label or title names a file of ours', () => {
    const book = brokenBook((b) => {
      b.sources[0]!.label = 'Seed 000 (nonprofit FAQ)';
      b.sources[1]!.title = 'Prices as recorded in FACTS.md §2';
    });
    expect(messages(book)).toEqual([
      'sources["ms-nonprofit-faq-nb"]: the label "Seed 000 (nonprofit FAQ)" names a file of ours, not the public document',
      'sources["ms-azure-in-open-nb"]: the title "Prices as recorded in FACTS.md §2" names a file of ours, not the public document',
    ]);
  });

  test('accepts a span of dates for an undated document, but not one that runs backwards', () => {
    const book = brokenBook((b) => (b.sources[0]!.date = '2025-06/2023-10'));
    expect(messages(book)).toEqual([
      'sources["ms-nonprofit-faq-nb"]: the date "2025-06/2023-10" is not the document\'s date written YYYY, YYYY-MM, YYYY-MM-DD or from/to',
    ]);
  });

  test('rejects an unknown confidence, caveat or corroborating source', () => {
    const book = brokenBook((_, p) => {
      const price = p('m365-e5').nonprofit[0]!.price!;
      (price as { confidence: string }).confidence = 'fairly sure';
      (price as { caveat: string }).caveat = 'who-knows';
      p('m365-e3').commercial[2]!.price.seeAlso = ['a-blog-somewhere'];
    });
    expect(messages(book)).toEqual([
      'products["m365-e3"].commercial[2] (from 2026-07-01).price: sees also an unknown source "a-blog-somewhere"',
      'products["m365-e5"].nonprofit[0] (from 2021-01-01).price: has an unknown confidence "fairly sure"',
      'products["m365-e5"].nonprofit[0] (from 2021-01-01).price: has an unknown caveat "who-knows"',
    ]);
  });

  test('rejects a product naming an unknown tenant cap, and a suite with no plan contents', () => {
    const book = brokenBook((b, p) => {
      p('m365-business-basic').tenantCap = 'm365-busines';
      b.plans = b.plans.filter((plan) => plan.product !== 'o365-e3');
    });
    expect(messages(book)).toEqual([
      'products["m365-business-basic"].tenantCap: names an unknown tenant cap "m365-busines"',
      'products["o365-e3"]: is a suite with no plan contents',
    ]);
  });

  test('rejects a surcharge that is not a percentage, or out of date order', () => {
    const book = brokenBook((b) => {
      b.surcharges[0]!.percent.value = '20 %';
      b.surcharges.push({ ...structuredClone(b.surcharges[1]!), from: '2024-12-31' });
    });
    expect(messages(book)).toEqual([
      'surcharges[0] (monthly, commercial, from 2022-03-01).percent: "20 %" is not a percentage like "20"',
      'surcharges[4] (monthly, nonprofit, from 2024-12-31): follows an entry from 2025-01-01: entries must be in date order, one per date',
    ]);
  });

  test('rejects an end of sale that is neither open nor renewals-only', () => {
    const book = brokenBook((_, p) => ((p('power-apps-per-app').nonprofit[1]!.sale!.value as string) = 'closed'));
    expect(messages(book)).toEqual(['products["power-apps-per-app"].nonprofit[1] (from 2026-01-02).sale: "closed" is neither "open" nor "renewals-only"']);
  });
});
