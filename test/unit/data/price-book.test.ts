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

  test("names each product as Microsoft does, with no description around it: names are shown as they are in every language", () => {
    expect(priceBook.products.map((p) => p.name).filter((name) => !/^(Microsoft 365|Office 365|Dynamics 365|Power Apps) [\w ]+$/.test(name))).toEqual([]);
    expect(priceBook.products.find((p) => p.id === 'power-apps-per-app')!.name).toBe('Power Apps per app');
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

  test('lists the frontline plans with list prices ($2.25/$8.00, then $3.00/$10.00 from 1 Jul 2026) and no nonprofit price', () => {
    const frontline = priceBook.products.filter((p) => p.family === 'frontline');
    expect(frontline.map((p) => [p.id, p.nonprofit.length, p.commercial.map((e) => `${e.from} ${e.price.value}`)])).toEqual([
      ['m365-f1', 0, ['2021-01-01 2.25', '2026-07-01 3.00']],
      ['m365-f3', 0, ['2021-01-01 8.00', '2026-07-01 10.00']],
    ]);
  });

  test('marks each product a suite or an add-on, and the Business family as sharing one tenant cap of 300', () => {
    const kinds = Object.fromEntries(priceBook.products.map((p) => [p.id, p.kind]));
    expect(Object.entries(kinds).filter(([, kind]) => kind === 'add-on').map(([id]) => id)).toEqual([
      'dynamics-365-sales-professional', 'power-apps-per-app', 'power-apps-premium',
    ]);
    expect(priceBook.products.filter((p) => p.tenantCap === 'm365-business').map((p) => p.id)).toEqual([
      'm365-business-basic', 'm365-business-standard', 'm365-business-premium',
    ]);
    expect(priceBook.tenantCaps).toEqual([{ id: 'm365-business', seats: { value: 300, source: 'lavx-business-cap', confidence: 'medium-high' } }]);
  });

  test('stops selling Power Apps per app to new Enterprise Agreement customers from 2 Jan 2026, and says the grant is unclear', () => {
    const perApp = priceBook.products.find((p) => p.id === 'power-apps-per-app')!;
    const last = perApp.nonprofit.at(-1)!;
    expect([last.from, last.channels, last.sale?.value, last.grantSeats.caveat]).toEqual([
      '2026-01-02', ['enterprise-agreement'], 'renewals-only', 'grant-after-end-of-sale-unpublished',
    ]);
  });

  test('marks the Business Premium grant under an Enterprise Agreement after 1 Jul 2025 as low confidence', () => {
    const premium = priceBook.products.find((p) => p.id === 'm365-business-premium')!;
    const ea = premium.nonprofit.find((e) => e.from === '2025-07-01' && e.channels.includes('enterprise-agreement'))!;
    expect([ea.grantSeats.value, ea.grantSeats.confidence, ea.grantSeats.caveat]).toEqual([10, 'low', 'grant-in-channel-unconfirmed']);
  });

  test('cites public documents only: every source has a publisher, its own date and an https address', () => {
    for (const source of priceBook.sources) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(`${source.label} ${source.title}`).not.toMatch(/facts\.md|seed|\.txt/i);
    }
    const faq = priceBook.sources.find((s) => s.id === 'ms-nonprofit-faq-nb')!;
    // The edition is data; each page names it in its own language (test/unit/pages/source-list.test.ts).
    expect([faq.title, faq.edition, faq.url]).toEqual(['Microsoft Nonprofits FAQ', 'nb', 'https://www.microsoft.com/nb-NO/nonprofits/faq']);
    const azure = priceBook.sources.find((s) => s.id === 'ms-azure-in-open-nb')!;
    expect([azure.title, azure.edition]).toEqual(['Microsoft: Azure in Open licensing', 'nb']);
  });
});
