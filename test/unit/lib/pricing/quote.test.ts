import { describe, expect, test } from 'vitest';
import { quote, type QuoteInput } from '../../../../src/lib/pricing';

type Line = QuoteInput['lines'][number];
const line = (product: string, staff: number, volunteers = 0): Line => ({ product, staff, volunteers });
const direct = (asOf: string, ...lines: Line[]): QuoteInput => ({ lines, channel: 'direct', asOf });
const ea = (asOf: string, ...lines: Line[]): QuoteInput => ({ lines, channel: 'enterprise-agreement', asOf });

describe('quote: worked examples from FACTS.md', () => {
  test('Business Premium for 25 staff on 2023-01-10: 10 granted, 15 × $5.50 against $22 list', () => {
    const q = quote(direct('2023-01-10', line('m365-business-premium', 25)));
    expect(q.lines[0]).toMatchObject({
      grantedSeats: 10, paidSeats: 15, unpricedSeats: 0,
      nonprofitUnitPrice: '5.50', commercialUnitPrice: '22.00',
      nonprofitMonthly: '82.50', nonprofitAnnual: '990.00',
      commercialMonthly: '550.00', commercialAnnual: '6600.00',
      savingsMonthly: '467.50', savingsAnnual: '5610.00', savingsPercent: '85.0',
      grantValueMonthly: '220.00', grantValueAnnual: '2640.00',
    });
    expect(q.issues).toEqual([]);
  });

  test('an existing customer renewing on 11-01 still pays the old $5.00 on 2022-09-15', () => {
    const q = quote({ ...direct('2022-09-15', line('m365-business-premium', 25)), renewal: '11-01' });
    expect(q.priceDate).toBe('2021-11-01');
    expect(q.totals.nonprofitMonthly).toBe('75.00');
    expect(q.totals.commercialMonthly).toBe('500.00');
  });

  test('the same customer pays $5.50 from its renewal on 2022-11-01', () => {
    const q = quote({ ...direct('2022-11-01', line('m365-business-premium', 25)), renewal: '11-01' });
    expect(q.priceDate).toBe('2022-11-01');
    expect(q.totals.nonprofitMonthly).toBe('82.50');
  });

  test('a new purchase on 2022-08-31 pays the old nonprofit price but the new list price applies', () => {
    const q = quote(direct('2022-08-31', line('m365-business-premium', 25)));
    expect(q.totals.nonprofitMonthly).toBe('75.00');
    expect(q.totals.commercialMonthly).toBe('550.00');
  });

  test('before the 1 Mar 2022 commercial change Business Premium listed at $20', () => {
    const q = quote(direct('2022-02-28', line('m365-business-premium', 25)));
    expect(q.totals.commercialMonthly).toBe('500.00');
    expect(q.lines[0]!.provenance.commercialPrice).toEqual({ source: 'fuller-2022', confidence: 'high', from: '2021-01-01' });
  });

  test('Power Apps per app for 12 staff: 10 free, 2 × $2.50 against $5 list', () => {
    const q = quote(direct('2023-01-10', line('power-apps-per-app', 12)));
    expect(q.lines[0]).toMatchObject({
      grantedSeats: 10, paidSeats: 2, nonprofitMonthly: '5.00', commercialMonthly: '60.00',
      grantValueMonthly: '50.00', savingsMonthly: '55.00', savingsPercent: '91.7',
    });
  });

  test('Office 365 E1 for 2,500 staff under an Enterprise Agreement: 2,000 granted, 500 paid', () => {
    const q = quote(ea('2023-01-10', line('o365-e1', 2500)));
    expect(q.lines[0]).toMatchObject({
      grantedSeats: 2000, paidSeats: 500, nonprofitMonthly: '1250.00', nonprofitAnnual: '15000.00',
      commercialMonthly: '25000.00', grantValueMonthly: '20000.00', savingsMonthly: '23750.00', savingsPercent: '95.0',
    });
    expect(q.issues).toEqual([]);
  });

  test('Office 365 E1 on direct has no grant and says the grant is an Enterprise Agreement offer', () => {
    const q = quote(direct('2023-01-10', line('o365-e1', 10)));
    expect(q.totals.nonprofitMonthly).toBe('25.00');
    expect(q.totals.commercialMonthly).toBe('100.00');
    expect(q.issues.map((i) => [i.code, i.severity])).toEqual([['grant-not-in-channel', 'info']]);
    expect(q.issues[0]!.params).toEqual({ grant: 2000, channel: 'direct', otherChannel: 'enterprise-agreement', confirmed: true });
  });

  test('Office 365 E1 before the change: 2,000 granted and 100 volunteers at $2.00', () => {
    const q = quote(ea('2022-08-31', line('o365-e1', 2000, 100)));
    expect(q.lines[0]).toMatchObject({ grantedSeats: 2000, paidSeats: 100, nonprofitMonthly: '200.00', commercialMonthly: '21000.00' });
  });

  test('Business Basic for 350 staff: 300 granted, 50 not priced, and the cap issue suggests Office 365 E1', () => {
    const q = quote(direct('2023-01-10', line('m365-business-basic', 350)));
    expect(q.lines[0]).toMatchObject({
      grantedSeats: 300, paidSeats: 0, unpricedSeats: 50, nonprofitUnitPrice: null,
      nonprofitMonthly: '0.00', commercialMonthly: '1800.00', grantValueMonthly: '1800.00',
    });
    expect(q.issues.map((i) => i.code)).toEqual(['over-seat-cap', 'staff-beyond-grant-unpriced']);
    expect(q.issues[0]).toMatchObject({ severity: 'error', line: 0, product: 'm365-business-basic' });
    expect(q.issues[0]!.params).toEqual({ cap: 300, seats: 350, alternative: 'o365-e1' });
  });

  test('Business Premium over its cap is still priced, with the cap named', () => {
    const q = quote(direct('2023-01-10', line('m365-business-premium', 320)));
    expect(q.totals.nonprofitMonthly).toBe('1705.00');
    expect(q.issues[0]!).toMatchObject({ code: 'over-seat-cap', product: 'm365-business-premium', params: { cap: 300, seats: 320 } });
  });

  test('after 1 Jul 2025 a direct customer renewing on 07-15 loses the Business Premium grant', () => {
    const q = quote({ ...direct('2025-08-01', line('m365-business-premium', 25)), renewal: '07-15' });
    expect(q.priceDate).toBe('2025-07-15');
    expect(q.lines[0]).toMatchObject({ grantedSeats: 0, paidSeats: 25, nonprofitMonthly: '137.50', commercialMonthly: '550.00' });
    expect(q.issues.map((i) => i.code)).toEqual(['grant-not-in-channel']);
    // The Enterprise Agreement's grant after the change is a low-confidence figure: the hint says so.
    expect(q.issues[0]!.params).toEqual({ grant: 10, channel: 'direct', otherChannel: 'enterprise-agreement', confirmed: false });
    expect(q.lines[0]!.provenance.grant).toEqual({ source: 'windowsforum-2025', confidence: 'high', from: '2025-07-01' });
  });

  test('the same customer keeps the grant until that renewal', () => {
    const q = quote({ ...direct('2025-07-10', line('m365-business-premium', 25)), renewal: '07-15' });
    expect(q.priceDate).toBe('2024-07-15');
    expect(q.totals.nonprofitMonthly).toBe('82.50');
  });

  test('an Enterprise Agreement customer keeps the Business Premium grant after 1 Jul 2025', () => {
    const q = quote({ ...ea('2025-08-01', line('m365-business-premium', 25)), renewal: '07-15' });
    expect(q.totals.nonprofitMonthly).toBe('82.50');
    expect(q.issues).toEqual([]);
  });

  test('a new direct purchase on 2025-07-01 pays $5.50 for every seat', () => {
    expect(quote(direct('2025-07-01', line('m365-business-premium', 25))).totals.nonprofitMonthly).toBe('137.50');
  });

  test('Office 365 E3 for 25 staff and 3 volunteers costs $126.00 before and $162.40 after 1 Sept 2022', () => {
    expect(quote(direct('2022-08-31', line('o365-e3', 25, 3))).totals.nonprofitMonthly).toBe('126.00');
    const after = quote(direct('2022-09-01', line('o365-e3', 25, 3)));
    expect(after.totals).toMatchObject({ nonprofitMonthly: '162.40', commercialMonthly: '644.00', savingsPercent: '74.8' });
  });

  test('Office 365 E5 for 10 staff after the change: $15.20 against $38', () => {
    expect(quote(direct('2023-01-10', line('o365-e5', 10))).totals).toMatchObject({ nonprofitMonthly: '152.00', commercialMonthly: '380.00' });
  });

  test('Microsoft 365 E3 in January 2022: $8 against the old $32 list price', () => {
    expect(quote(direct('2022-01-15', line('m365-e3', 10))).totals).toMatchObject({ nonprofitMonthly: '80.00', commercialMonthly: '320.00' });
  });

  test('Microsoft 365 E3 on 1 Jul 2026: $9 against the new $39 list price (medium-high confidence)', () => {
    const q = quote(direct('2026-07-01', line('m365-e3', 10)));
    expect(q.totals).toMatchObject({ nonprofitMonthly: '90.00', commercialMonthly: '390.00' });
    expect(q.lines[0]!.provenance.commercialPrice).toEqual({ source: 'lasvegasit-2026', confidence: 'medium-high', from: '2026-07-01' });
  });

  test('Microsoft 365 E5 for 3 staff: $22.80 against $57', () => {
    expect(quote(direct('2023-01-10', line('m365-e5', 3))).totals).toMatchObject({ nonprofitMonthly: '68.40', commercialMonthly: '171.00' });
  });

  test('Dynamics 365 Sales Professional for 4 staff: $16.25 is 75 % off $65', () => {
    expect(quote(direct('2023-01-10', line('dynamics-365-sales-professional', 4))).totals).toMatchObject({
      nonprofitMonthly: '65.00', commercialMonthly: '260.00', savingsPercent: '75.0',
    });
  });

  test('Power Apps Premium for 7 users: $5 is 75 % off $20', () => {
    expect(quote(direct('2023-01-10', line('power-apps-premium', 0, 7))).totals).toMatchObject({
      nonprofitMonthly: '35.00', commercialMonthly: '140.00', savingsPercent: '75.0',
    });
  });

  test('Business Standard for 20 volunteers: $3.00 against $12.50, then $14 list from 1 Jul 2026', () => {
    expect(quote(direct('2023-01-10', line('m365-business-standard', 0, 20))).totals).toMatchObject({ nonprofitMonthly: '60.00', commercialMonthly: '250.00' });
    expect(quote(direct('2026-07-01', line('m365-business-standard', 0, 20))).totals.commercialMonthly).toBe('280.00');
  });

  test('Business Basic volunteers are not priced and the issue suggests a discounted plan or guest access', () => {
    const q = quote(direct('2023-01-10', line('m365-business-basic', 50, 5)));
    expect(q.lines[0]).toMatchObject({ grantedSeats: 50, unpricedSeats: 5, nonprofitMonthly: '0.00', commercialMonthly: '300.00' });
    expect(q.issues.map((i) => [i.code, i.severity])).toEqual([['grant-only-volunteers', 'warning']]);
    expect(q.issues[0]!.params).toEqual({ volunteers: 5 });
  });

  test('Business Basic grant value follows the $7 list price from 1 Jul 2026', () => {
    expect(quote(direct('2026-07-01', line('m365-business-basic', 10))).totals.grantValueMonthly).toBe('70.00');
  });

  test('frontline plans show their list price but are not priced: the nonprofit price is "ask a partner"', () => {
    const q = quote(direct('2023-01-10', line('m365-f1', 10, 2)));
    expect(q.lines[0]).toMatchObject({
      status: 'unpriced', unpricedSeats: 12, nonprofitUnitPrice: null, commercialUnitPrice: '2.25',
      nonprofitMonthly: '0.00', commercialMonthly: '0.00', savingsPercent: '0.0',
    });
    expect(q.issues[0]!).toMatchObject({ code: 'no-nonprofit-price', product: 'm365-f1' });
  });

  test('a mixed organisation: Business Premium for staff, E1 for volunteers, Power Apps for 12', () => {
    const q = quote(direct('2023-01-10', line('m365-business-premium', 25), line('o365-e1', 0, 40), line('power-apps-per-app', 12)));
    expect(q.lines.map((l) => l.nonprofitMonthly)).toEqual(['82.50', '100.00', '5.00']);
    expect(q.totals).toMatchObject({
      nonprofitMonthly: '187.50', nonprofitAnnual: '2250.00', commercialMonthly: '1010.00',
      savingsMonthly: '822.50', savingsPercent: '81.4', grantValueMonthly: '270.00', grantedSeats: 20, paidSeats: 57,
    });
    expect(q.issues).toEqual([]);
  });

  test('one Office 365 E3 seat saves 74.8 %: the percent rounds half up to one decimal', () => {
    expect(quote(direct('2023-01-10', line('o365-e3', 1))).totals.savingsPercent).toBe('74.8');
  });

  test('a 29 February renewal falls on 28 February in other years', () => {
    expect(quote({ ...direct('2023-03-01', line('o365-e3', 1)), renewal: '02-29' }).priceDate).toBe('2023-02-28');
    expect(quote({ ...direct('2024-02-29', line('o365-e3', 1)), renewal: '02-29' }).priceDate).toBe('2024-02-29');
  });

  test('no lines: every total is zero', () => {
    expect(quote(direct('2023-01-10')).totals).toMatchObject({ nonprofitMonthly: '0.00', commercialMonthly: '0.00', savingsPercent: '0.0' });
  });
});
