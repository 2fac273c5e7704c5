import type { OrganisationIssue, OrganisationLine } from '../lib';
import { OrganisationIssues } from './OrganisationIssues';
import { SourceNote } from './SourceNote';
import { WorkingDetails } from './WorkingDetails';
import { memo, sameData } from './memo';
import { useFormat, useStrings } from './strings';

interface Props {
  line: OrganisationLine;
  /** The names of the groups on the line, as the page shows them. */
  groups: string;
  issues: readonly OrganisationIssue[];
}

/**
 * One product for the whole organisation, read-only: seats granted, paid and blocked, prices with
 * sources, the cost, issues in place. Re-rendered only when what it shows changed: every pricing
 * makes new line objects, so they are compared by content (cheaper than rendering the card).
 */
export const LineCard = memo(function LineCard({ line, groups, issues }: Props) {
  const t = useStrings('calculator');
  const o = useStrings('organisation');
  const common = useStrings('common');
  const format = useFormat();
  const id = `line-${line.product}`;
  const unpriced = line.status === 'unpriced';
  const row = (field: string, label: string, value: preact.ComponentChildren, strong = false) => (
    <div>
      <dt>{label}</dt>
      <dd data-field={field} class={strong ? 'strong' : undefined}>{value}</dd>
    </div>
  );

  return (
    <li class="line" aria-labelledby={`${id}-name`} data-product={line.product}>
      <h3 id={`${id}-name`}>{line.name}</h3>
      <p class="hint">{o.breakdown.forGroups({ names: groups })}</p>
      <dl class="line-results">
        {row('grantedSeats', t.line.granted, format.count(line.grantedSeats))}
        {row('paidSeats', t.line.paid, format.count(line.paidSeats))}
        {line.unpricedSeats > 0 && row('unpricedSeats', t.line.unpriced, format.count(line.unpricedSeats))}
        {line.blockedSeats > 0 && row('blockedSeats', o.breakdown.blocked, format.count(line.blockedSeats))}
        {row('nonprofitUnitPrice', t.line.unitPrice, <>
          {line.nonprofitUnitPrice === null ? common.noPrice : format.money(line.nonprofitUnitPrice)}
          {line.provenance.nonprofitPrice && <SourceNote figure={line.provenance.nonprofitPrice} />}
        </>)}
        {!unpriced && (
          <>
            {row('nonprofitMonthly', t.line.monthly, format.money(line.nonprofitMonthly), true)}
            {row('nonprofitAnnual', t.line.yearly, format.money(line.nonprofitAnnual))}
            {row('commercial', t.line.commercial, <>
              {t.line.commercialCost({ unit: format.money(line.commercialUnitPrice ?? '0.00'), monthly: format.money(line.commercialMonthly) })}
              {line.provenance.commercialPrice && <SourceNote figure={line.provenance.commercialPrice} />}
            </>)}
            {row('savings', t.line.savings, t.line.savingsValue({ monthly: format.money(line.savingsMonthly), percent: format.percent(line.savingsPercent) }))}
          </>
        )}
      </dl>
      {line.caveats.length > 0 && <p class="hint">{line.caveats.map((c) => o.caveats[c]).join(' ')}</p>}
      <OrganisationIssues issues={issues} />
      <WorkingDetails line={line} groups={groups} />
    </li>
  );
}, (a, b) => a.groups === b.groups && sameData(a.line, b.line) && sameData(a.issues, b.issues));
