import type { OrganisationIssue } from '../lib';
import { $laterOrganisation, $laterState } from '../stores/calculator';
import { groupNames } from './group-name';
import { LineCard } from './LineCard';
import { useStrings } from './strings';
import { useStore } from './use-store';

/** Whether an issue concerns a product: its own, or a cap it shares. */
function concerns(issue: OrganisationIssue, product: string): boolean {
  const params = issue.params as { product?: string; products?: string[] };
  return params.product === product || (params.products?.includes(product) ?? false);
}

/** The seats per product, derived from the groups: a read-only breakdown with each product's issues in place, one frame after an edit. */
export function ProductLines() {
  const t = useStrings('calculator');
  const o = useStrings('organisation');
  const { groups } = useStore($laterState);
  const outcome = useStore($laterOrganisation);
  const lines = outcome.ok ? outcome.value.lines : [];
  const shown = groupNames(o.groups, groups);
  const names = new Map(groups.map((group, i) => [group.id, shown[i]]));

  return (
    <section data-section="products" class="panel" aria-labelledby="products-heading">
      <h2 id="products-heading">{o.breakdown.heading}</h2>
      <p class="hint">{o.breakdown.intro}</p>
      {lines.length === 0 ? (
        <p class="empty">{o.breakdown.none}</p>
      ) : (
        <ul class="lines" aria-label={t.products.heading}>
          {lines.map((line) => (
            <LineCard
              key={line.product}
              line={line}
              groups={line.groups.map((g) => names.get(g.group) ?? g.group).join(', ')}
              issues={outcome.ok ? outcome.value.issues.filter((issue) => concerns(issue, line.product)) : []}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
