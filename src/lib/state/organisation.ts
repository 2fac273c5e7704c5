import type { OrganisationGroup } from '../pricing/organisation-input';
import type { Proposal } from '../pricing/alternatives';

/** The groups after a proposal is applied: the one action the page offers beside a cap. */
export function applyProposal(proposal: Proposal): OrganisationGroup[] {
  return proposal.groups.map((group) => ({ ...group, addOns: [...group.addOns] }));
}
