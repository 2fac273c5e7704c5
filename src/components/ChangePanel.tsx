import { useStore } from './use-store';
import type { LineDifference, PriceChange } from '../lib';
import type { Formatters } from '../i18n/format';
import type { CommonStrings, OutlookStrings } from '../i18n/parts';
import { $laterState } from '../stores/calculator';
import { $featuredChange, $laterChanges } from '../stores/outlook';
import { useFormat, useStrings } from './strings';

/** What a change does to one line, in words. */
function describe(t: OutlookStrings['change'], common: CommonStrings, format: Formatters, difference: LineDifference): string {
  const show = (value: string | number | null) =>
    value === null ? common.noPrice : typeof value === 'number' ? format.count(value) : format.money(value);
  const params = { product: difference.name, before: show(difference.before), after: show(difference.after) };
  if (difference.kind === 'grant') return t.grantChange(params);
  return difference.kind === 'price' ? t.priceChange(params) : t.listChange(params);
}

/** The selection the day before and the day of 1 Sept 2022, and later changes that touch it. */
export function ChangePanel() {
  const t = useStrings('outlook').change;
  const common = useStrings('common');
  const format = useFormat();
  const featured = useStore($featuredChange);
  const later = useStore($laterChanges);
  const { organisation } = useStore($laterState);
  if (!featured.ok) return null;
  const { comparison, differences } = featured.value;
  const existing = organisation.renewal !== null;
  const before = t.before({ date: comparison.a.priceDate });
  const after = t.after({ date: comparison.b.priceDate });

  return (
    <section data-section="change" class="panel" aria-labelledby="change-heading">
      <h2 id="change-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="change-heading">
        <table class="reflow">
          <thead>
            <tr>
              <th scope="col">{t.product}</th>
              <th scope="col" class="num">{before}</th>
              <th scope="col" class="num">{after}</th>
              <th scope="col" class="num">{t.difference}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.lines.map((line) => (
              <tr key={line.product} data-product={line.product}>
                <th scope="row">{line.name}</th>
                <td class="num" data-label={before}>{format.money(line.nonprofitMonthlyA)}</td>
                <td class="num" data-label={after}>{format.money(line.nonprofitMonthlyB)}</td>
                <td class="num" data-label={t.difference}>{format.money(line.changeMonthly)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-total="change">
              <th scope="row">{t.total}</th>
              <td class="num" data-label={before}>{format.money(comparison.totals.nonprofitMonthlyA)}</td>
              <td class="num" data-label={after}>{format.money(comparison.totals.nonprofitMonthlyB)}</td>
              <td class="num" data-label={t.difference}>{format.money(comparison.totals.changeMonthly)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>{t.perYear({ amount: format.money(comparison.totals.changeAnnual) })}</p>
      <p class="callout" data-reaches={comparison.reachesCustomerOn}>
        {differences.length === 0
          ? t.noEffect
          : existing
            ? t.reachesExisting({ date: format.date(comparison.reachesCustomerOn) })
            : t.reachesNew}
      </p>

      <h3>{t.laterHeading}</h3>
      {later.ok && later.value.length > 0 ? (
        <ul class="later-changes">
          {later.value.map((change: PriceChange) => (
            <li key={change.date} data-change={change.date}>
              <strong>{t.laterItem({ date: format.date(change.date) })}</strong>
              <ul>
                {change.differences.map((d) => (
                  <li key={`${d.product}-${d.kind}`}>{describe(t, common, format, d)}</li>
                ))}
              </ul>
              {existing && <p class="hint">{t.laterReaches({ date: format.date(change.comparison.reachesCustomerOn) })}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noLater}</p>
      )}
    </section>
  );
}
