import { useStore } from '@nanostores/preact';
import type { LineDifference, PriceChange } from '../lib';
import { format, t } from '../i18n';
import { to } from '../i18n/outlook';
import { $state } from '../stores/calculator';
import { $featuredChange, $laterChanges } from '../stores/outlook';

function describe(difference: LineDifference): string {
  const show = (value: string | number | null) =>
    value === null ? t.line.noPrice : typeof value === 'number' ? format.count(value) : format.money(value);
  const params = { product: difference.name, before: show(difference.before), after: show(difference.after) };
  if (difference.kind === 'grant') return to.change.grantChange(params);
  return difference.kind === 'price' ? to.change.priceChange(params) : to.change.listChange(params);
}

/** The selection the day before and the day of 1 Sept 2022, and later changes that touch it. */
export function ChangePanel() {
  const featured = useStore($featuredChange);
  const later = useStore($laterChanges);
  const { organisation } = useStore($state);
  if (!featured.ok) return null;
  const { comparison, differences } = featured.value;
  const existing = organisation.renewal !== null;

  return (
    <section data-section="change" class="panel" aria-labelledby="change-heading">
      <h2 id="change-heading">{to.change.heading}</h2>
      <p>{to.change.intro}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="change-heading">
        <table>
          <thead>
            <tr>
              <th scope="col">{to.change.product}</th>
              <th scope="col" class="num">{to.change.before}</th>
              <th scope="col" class="num">{to.change.after}</th>
              <th scope="col" class="num">{to.change.difference}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.lines.map((line) => (
              <tr key={line.product} data-product={line.product}>
                <th scope="row">{line.name}</th>
                <td class="num">{format.money(line.nonprofitMonthlyA)}</td>
                <td class="num">{format.money(line.nonprofitMonthlyB)}</td>
                <td class="num">{format.money(line.changeMonthly)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-total="change">
              <th scope="row">{to.change.total}</th>
              <td class="num">{format.money(comparison.totals.nonprofitMonthlyA)}</td>
              <td class="num">{format.money(comparison.totals.nonprofitMonthlyB)}</td>
              <td class="num">{format.money(comparison.totals.changeMonthly)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>{to.change.perYear({ amount: format.money(comparison.totals.changeAnnual) })}</p>
      <p class="callout" data-reaches={comparison.reachesCustomerOn}>
        {differences.length === 0
          ? to.change.noEffect
          : existing
            ? to.change.reachesExisting({ date: format.date(comparison.reachesCustomerOn) })
            : to.change.reachesNew}
      </p>

      <h3>{to.change.laterHeading}</h3>
      {later.ok && later.value.length > 0 ? (
        <ul class="later-changes">
          {later.value.map((change: PriceChange) => (
            <li key={change.date} data-change={change.date}>
              <strong>{to.change.laterItem({ date: format.date(change.date) })}</strong>
              <ul>
                {change.differences.map((d) => (
                  <li key={`${d.product}-${d.kind}`}>{describe(d)}</li>
                ))}
              </ul>
              {existing && <p class="hint">{to.change.laterReaches({ date: format.date(change.comparison.reachesCustomerOn) })}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{to.change.noLater}</p>
      )}
    </section>
  );
}
