import { describe, expect, test } from 'vitest';
import { pricingBook } from '../../../../src/data/pricing-book';
import { NEEDS_PRESETS } from '../../../../src/data/advisor-presets';
import type { PriceBook } from '../../../../src/data/types';
import { advise, priceOrganisation, type AdvisorGroup, type AdvisorInput } from '../../../../src/lib/pricing';
import { QuoteInputError } from '../../../../src/lib/core/errors';

const preset = (id: string) => NEEDS_PRESETS.find((p) => p.id === id)!;
const fromPreset = (id: string, presetId: string, people: number, current: string | null = null): AdvisorGroup =>
  ({ id, name: id, people, grantEligible: preset(presetId).grantEligible, needs: preset(presetId).needs, current });
const on = (groups: AdvisorGroup[], channel: AdvisorInput['channel'] = 'direct'): AdvisorInput =>
  ({ groups, channel, asOf: '2026-11-23', term: 'annual-yearly' });
const suites = (advice: ReturnType<typeof advise>) => advice.groups.map((g) => g.parts.map((p) => `${p.suite}:${p.seats}`).join(' + '));

describe('advise: worked examples (direct, 2026-11-23, annual term paid yearly)', () => {
  // Written by hand from FACTS §2, §6 and the book before the advisor ran:
  // - 8 office staff need desktop apps: the suites with desktop apps are Business Standard $3.00,
  //   Business Premium $5.50, Office 365 E3 $5.80, Microsoft 365 E3 $9.00, Office 365 E5 $15.20,
  //   Microsoft 365 E5 $22.80; none granted on direct → Business Standard, 8 × 3.00 = 24.00.
  // - 20 frontline staff need e-mail and web apps: Business Basic is granted free to staff up to 300 → 0.00.
  // - 40 volunteers need a mailbox: no grant for volunteers and Business Basic has no price, so the
  //   cheapest is Office 365 E1 $2.50 (Business Standard $3.00 next): 40 × 2.50 = 100.00.
  // - Business family seats: 8 + 20 = 28 ≤ 300. Total 24.00 + 0.00 + 100.00 = 124.00 a month, × 12 = 1488.00 a year.
  // - Runner-up: each change costs more; the cheapest are volunteers on Business Standard (40 × 0.50 = +20.00)
  //   and office staff on Business Premium (8 × 2.50 = +20.00); the tie goes to fewer products:
  //   volunteers on Business Standard (2 products, not 3) → 144.00 a month, 1728.00 a year.
  // - Today all 68 are on Business Premium: 68 × 5.50 = 374.00 a month, 4488.00 a year; the advice saves 250.00 and 3000.00.
  const small = on([
    fromPreset('office', 'office-staff', 8, 'm365-business-premium'),
    fromPreset('frontline', 'frontline-staff', 20, 'm365-business-premium'),
    fromPreset('volunteers', 'volunteers-mailbox', 40, 'm365-business-premium'),
  ]);

  test('puts office staff on Business Standard, frontline staff on the Business Basic grant and volunteers on Office 365 E1', () => {
    const advice = advise(small);
    expect(suites(advice)).toEqual(['m365-business-standard:8', 'm365-business-basic:20', 'o365-e1:40']);
    expect(advice.groups.map((g) => g.reason)).toEqual([
      { code: 'cheapest-meeting-needs', suite: 'm365-business-standard', granted: false },
      { code: 'cheapest-meeting-needs', suite: 'm365-business-basic', granted: true },
      { code: 'cheapest-meeting-needs', suite: 'o365-e1', granted: false },
    ]);
    expect(advice.cost).toEqual({ monthly: '124.00', annual: '1488.00' });
  });

  test('says what it saves against the current choice', () => {
    const advice = advise(small);
    expect(advice.current).toEqual({ monthly: '374.00', annual: '4488.00', blockedSeats: 0 });
    expect(advice.difference).toEqual({ monthly: '-250.00', annual: '-3000.00' });
  });

  test('names the runner-up: volunteers on Business Standard for 20.00 more a month', () => {
    const { runnerUp } = advise(small);
    expect(runnerUp?.groups.map((g) => g.parts.map((p) => p.suite))).toEqual([['m365-business-standard'], ['m365-business-basic'], ['m365-business-standard']]);
    expect(runnerUp?.cost).toEqual({ monthly: '144.00', annual: '1728.00' });
    expect(runnerUp?.extra).toEqual({ monthly: '20.00', annual: '240.00' });
  });

  test('lists the suites with no published nonprofit price as "ask a partner" and rests on no uncertain figure', () => {
    const advice = advise(small);
    expect(advice.askPartner).toEqual(['m365-f1', 'm365-f3']);
    expect(advice.uncertainty).toEqual({ figures: [], changesChoice: false, withoutThem: null });
  });

  test('gives groups that applying it yields the same total in priceOrganisation', () => {
    const advice = advise(small);
    const priced = priceOrganisation({ ...small, groups: advice.apply });
    expect(advice.apply.map((g) => `${g.id}:${g.suite}:${g.people}`)).toEqual(['office:m365-business-standard:8', 'frontline:m365-business-basic:20', 'volunteers:o365-e1:40']);
    expect([priced.totals.nonprofitMonthly, priced.totals.nonprofitAnnual, priced.totals.blockedSeats]).toEqual(['124.00', '1488.00', 0]);
  });
});

describe('advise: 400 staff who need e-mail only', () => {
  const staff = (channel: AdvisorInput['channel']) => on([fromPreset('staff', 'frontline-staff', 400)], channel);

  // By hand, direct: Business Basic is granted to 300 staff (its grant, its cap and the family's cap
  // are all 300); the other 100 go on the cheapest uncapped suite with e-mail, Office 365 E1, whose
  // grant is retired for direct customers: 100 × 2.50 = 250.00 a month, 3000.00 a year.
  // Runner-up: without Office 365 E1 the 100 go on Office 365 E3 (Business Standard is capped): 100 × 5.80 = 580.00.
  test('direct: splits them, 300 on the Business Basic grant and 100 on Office 365 E1', () => {
    const advice = advise(staff('direct'));
    expect(suites(advice)).toEqual(['m365-business-basic:300 + o365-e1:100']);
    expect(advice.groups[0]!.reason).toEqual({ code: 'split-at-limit', suite: 'm365-business-basic', seats: 300, limit: 'grant', then: 'o365-e1', granted: true });
    expect(advice.cost).toEqual({ monthly: '250.00', annual: '3000.00' });
    expect(advice.runnerUp?.cost).toEqual({ monthly: '580.00', annual: '6960.00' });
    expect(advice.apply.map((g) => `${g.id}:${g.suite}:${g.people}`)).toEqual(['staff:m365-business-basic:300', 'staff-o365-e1:o365-e1:100']);
  });

  // By hand, Enterprise Agreement: Office 365 E1 is granted for up to 2,000 staff, so all 400 are free
  // on it: 0.00. 300 on Business Basic and 100 on E1 is also free, but uses two products; the tie goes to one.
  // Runner-up: without E1, 300 on the Business Basic grant and 100 on Office 365 E3: 580.00 a month.
  test('Enterprise Agreement: puts all 400 on the Office 365 E1 grant, free', () => {
    const advice = advise(staff('enterprise-agreement'));
    expect(suites(advice)).toEqual(['o365-e1:400']);
    expect(advice.groups[0]!.reason).toEqual({ code: 'cheapest-meeting-needs', suite: 'o365-e1', granted: true });
    expect(advice.cost).toEqual({ monthly: '0.00', annual: '0.00' });
    expect(advice.runnerUp?.groups[0]!.parts.map((p) => `${p.suite}:${p.seats}`)).toEqual(['m365-business-basic:300', 'o365-e3:100']);
    expect(advice.runnerUp?.extra).toEqual({ monthly: '580.00', annual: '6960.00' });
  });
});

describe('advise: needs few plans meet', () => {
  // By hand: device security and a phone system together: only Microsoft 365 E5 includes both fully
  // (Office 365 E5 has device security only partly, which does not count). It is priced, at $22.80,
  // a figure of medium confidence with no public source: 5 × 22.80 = 114.00 a month, 1368.00 a year.
  // Left out, no priced plan meets these needs, so the figure decides the choice.
  const volunteersWithPhones = on([{ id: 'helpline', name: 'helpline', people: 5, grantEligible: false, needs: ['device-security', 'phone-and-bi'], current: null }]);

  test('Microsoft 365 E5 is the only plan, and the choice rests on its uncertain price', () => {
    const advice = advise(volunteersWithPhones);
    expect(suites(advice)).toEqual(['m365-e5:5']);
    expect(advice.cost).toEqual({ monthly: '114.00', annual: '1368.00' });
    expect(advice.uncertainty.figures).toEqual([{ product: 'm365-e5', figure: 'price', confidence: 'medium', caveat: 'no-public-source' }]);
    expect(advice.uncertainty.changesChoice).toBe(true);
    expect(advice.uncertainty.withoutThem?.[0]).toEqual({ group: 'helpline', guest: false, parts: [], unplaced: 5 });
  });

  // In the book every set of needs is met by Microsoft 365 E5, which has a price; so this case takes
  // a book in which that price is not published: no priced plan meets the needs.
  test('leaves a group unassigned with a clear code when no priced plan meets its needs', () => {
    const withoutE5Price: PriceBook = {
      ...pricingBook,
      products: pricingBook.products.map((p) => (p.id === 'm365-e5' ? { ...p, nonprofit: p.nonprofit.map((e) => ({ ...e, price: null })) } : p)),
    };
    const advice = advise(volunteersWithPhones, withoutE5Price);
    expect(advice.groups[0]).toMatchObject({ parts: [], unplaced: 5, reason: { code: 'no-priced-plan', people: 5, askPartner: ['m365-e5'] } });
    expect(advice.cost).toEqual({ monthly: '0.00', annual: '0.00' });
    expect(advice.apply).toEqual([{ id: 'helpline', name: 'helpline', people: 5, grantEligible: false, suite: null, addOns: [], needs: ['device-security', 'phone-and-bi'] }]);
  });

  // Enterprise Agreement: the Business Premium grant of 10 is a low-confidence figure. 9 board members
  // take it free; without it they would still be on Business Premium, at 9 × 5.50, so it names the figure but does not decide.
  test('names an uncertain grant that does not change the choice', () => {
    const advice = advise(on([fromPreset('board', 'board', 9)], 'enterprise-agreement'));
    expect(suites(advice)).toEqual(['m365-business-premium:9']);
    expect(advice.cost).toEqual({ monthly: '0.00', annual: '0.00' });
    expect(advice.uncertainty).toEqual({
      figures: [{ product: 'm365-business-premium', figure: 'grant', confidence: 'low', caveat: 'grant-in-channel-unconfirmed' }],
      changesChoice: false, withoutThem: null,
    });
  });

  test('never gives a grant the channel does not offer: no Business Premium grant on direct', () => {
    const advice = advise(on([fromPreset('board', 'board', 9)]));
    expect(advice.groups[0]!.parts).toEqual([{ suite: 'm365-business-premium', seats: 9, grantedSeats: 0 }]);
    expect(advice.cost).toEqual({ monthly: '49.50', annual: '594.00' });
  });
});

describe('advise: guests, terms and bad input', () => {
  test('invites volunteers who need no licence as guests', () => {
    const advice = advise(on([fromPreset('helpers', 'volunteers-guests', 30, 'm365-business-standard')]));
    expect(advice.groups[0]).toMatchObject({ guest: true, parts: [], reason: { code: 'no-licence-needed' } });
    expect(advice.apply[0]!.suite).toBe('guest');
    expect(advice.difference).toEqual({ monthly: '-90.00', annual: '-1080.00' });
    expect(advice.runnerUp).toBeNull();
  });

  test('names the uncertain surcharge of an annual term paid monthly', () => {
    const advice = advise({ ...on([fromPreset('volunteers', 'volunteers-mailbox', 40)]), term: 'annual-monthly' });
    // 2.50 + 5 % = 2.625, rounded half up to 2.63; 40 × 2.63 = 105.20.
    expect(advice.cost).toEqual({ monthly: '105.20', annual: '1262.40' });
    expect(advice.uncertainty.figures).toEqual([{ figure: 'surcharge', confidence: 'medium', caveat: 'nonprofit-application-unstated' }]);
    expect(advice.uncertainty.changesChoice).toBe(false);
  });

  test('rejects a need it does not know, naming the field', () => {
    const bad = on([{ id: 'x', name: 'x', people: 1, grantEligible: true, needs: ['over-300-seats' as never], current: null }]);
    expect(() => advise(bad)).toThrow(QuoteInputError);
    try { advise(bad); } catch (error) {
      expect([(error as QuoteInputError).code, (error as QuoteInputError).field]).toEqual(['invalid-group', 'groups[0].needs']);
    }
  });
});
