import type { PricedOrganisation } from '../lib';
import { applyProposal } from '../stores/groups';
import { isBlocking } from './blocking';
import { OrganisationIssues } from './OrganisationIssues';
import { useFormat, useStrings } from './strings';

/** In the totals: who a cap or an end of sale leaves out, in plain words, and each proposal priced with one button that applies it. Loaded on demand. */
export function CapNotes({ priced }: { priced: PricedOrganisation }) {
  const t = useStrings('organisation').caps;
  const format = useFormat();
  const blocking = priced.issues.filter(isBlocking);
  if (blocking.length === 0) return null;
  return (
    <div class="cap-notes" data-caps>
      <OrganisationIssues issues={blocking} />
      <p class="hint">{t.blockedTotal({ people: priced.totals.blockedSeats })}</p>
      {priced.proposals.map((proposal) => (
        <div class="proposal" key={proposal.product} data-proposal={proposal.alternative}>
          <p>
            <strong>{t.proposal(proposal)}</strong>. {proposal.meetsSameNeeds ? t.sameNeeds : t.fewerNeeds}{' '}
            {t.adds({ monthly: format.money(proposal.added.nonprofitMonthly), annual: format.money(proposal.added.nonprofitAnnual) })}
          </p>
          <button type="button" class="button" onClick={() => applyProposal(proposal)}>{t.apply(proposal)}</button>
        </div>
      ))}
    </div>
  );
}
