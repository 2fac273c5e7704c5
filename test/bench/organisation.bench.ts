import { bench, describe } from 'vitest';
import type { OrganisationGroup, OrganisationInput } from '../../src/lib/pricing';
import { WARM, organisationChanges, priceOrganisation } from './engine';

const group = (id: string, people: number, grantEligible: boolean, suite: string, addOns: string[] = []): OrganisationGroup =>
  ({ id, name: id, people, grantEligible, suite, addOns });

/** Ten groups across the suites, with add-ons and one group over the Business family's cap, so a proposal is priced too. */
const tenGroups: OrganisationInput = {
  groups: [
    group('board', 9, true, 'm365-business-premium'),
    group('office', 120, true, 'm365-business-premium', ['power-apps-per-app']),
    group('finance', 12, true, 'm365-e3', ['dynamics-365-sales-professional']),
    group('frontline', 80, true, 'm365-f3', ['power-apps-per-app']),
    group('leaders', 15, true, 'o365-e3'),
    group('fundraising', 25, true, 'm365-business-standard', ['dynamics-365-sales-professional']),
    group('volunteers-mailbox', 200, false, 'm365-business-basic'),
    group('volunteers-desk', 40, false, 'o365-e1'),
    group('security', 5, true, 'm365-e5', ['power-apps-premium']),
    group('guests', 300, false, 'guest'),
  ],
  channel: 'direct',
  asOf: '2026-11-23',
  renewal: '07-15',
  term: 'monthly',
};

describe('organisation', () => {
  bench('priceOrganisation: 10 groups, one over the tenant cap', () => {
    priceOrganisation(tenGroups);
  }, WARM);

  bench('organisationChanges: 10 groups, every dated change', () => {
    organisationChanges(tenGroups);
  }, WARM);
});
