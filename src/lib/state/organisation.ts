import type { OrganisationGroup } from '../pricing/organisation-input';
import type { Proposal } from '../pricing/alternatives';

/**
 * The groups a new estimate starts from: paid staff and unpaid leaders (grant-eligible) and
 * volunteers, no suite chosen yet. Names are left empty: the page shows its own until the user types one.
 */
export function startingGroups(staff: number, volunteers: number): OrganisationGroup[] {
  return [
    { id: 'staff', name: '', people: staff, grantEligible: true, suite: null, addOns: [] },
    { id: 'volunteers', name: '', people: volunteers, grantEligible: false, suite: null, addOns: [] },
  ];
}

/** The groups after a proposal is applied: the one action the page offers beside a cap. */
export function applyProposal(proposal: Proposal): OrganisationGroup[] {
  return proposal.groups.map((group) => ({ ...group, addOns: [...group.addOns] }));
}
