import type { CalculatorState, PricedOrganisation } from '../lib';
import { productName } from '../i18n/product-names';
import type { PrintStrings } from '../i18n/parts';
import { useFormat } from './strings';

interface Props {
  state: CalculatorState;
  priced: PricedOrganisation;
  /** The groups' names as the page shows them. */
  names: readonly string[];
  suiteName: (suite: string | null) => string;
  t: PrintStrings;
}

/** The summary's two tables: the groups with their suites, and per product the seats, grants, unit price and cost. */
export function PrintTables({ state, priced, names, suiteName, t }: Props) {
  const format = useFormat();
  const g = t.groups;
  const p = t.products;
  return (
    <>
      <table class="print-table">
        <caption>{g.caption}</caption>
        <thead>
          <tr><th scope="col">{g.group}</th><th scope="col" class="num">{g.people}</th><th scope="col">{g.grants}</th><th scope="col">{g.suite}</th><th scope="col">{g.addOns}</th></tr>
        </thead>
        <tbody>
          {state.groups.map((group, i) => (
            <tr key={group.id}>
              <th scope="row">{names[i]}</th>
              <td class="num">{format.count(group.people)}</td>
              <td>{group.grantEligible ? g.yes : g.no}</td>
              <td>{suiteName(group.suite)}</td>
              <td>{group.addOns.length === 0 ? g.none : group.addOns.map(productName).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {priced.lines.length === 0 ? (
        <p>{p.none}</p>
      ) : (
        <table class="print-table" data-print-lines>
          <caption>{p.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{p.product}</th><th scope="col" class="num">{p.seats}</th><th scope="col" class="num">{p.granted}</th>
              <th scope="col" class="num">{p.unitPrice}</th><th scope="col" class="num">{p.monthly}</th><th scope="col" class="num">{p.yearly}</th>
            </tr>
          </thead>
          <tbody>
            {priced.lines.map((line) => (
              <tr key={line.product} data-product={line.product}>
                <th scope="row">{line.name}</th>
                <td class="num">{format.count(line.requestedSeats)}</td>
                <td class="num">{format.count(line.grantedSeats)}</td>
                <td class="num">{line.nonprofitUnitPrice === null ? p.notPriced : format.money(line.nonprofitUnitPrice)}</td>
                <td class="num">{format.money(line.nonprofitMonthly)}</td>
                <td class="num">{format.money(line.nonprofitAnnual)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{p.total}</th>
              <td class="num">{format.count(priced.totals.requestedSeats)}</td>
              <td class="num">{format.count(priced.totals.grantedSeats)}</td>
              <td />
              <td class="num">{format.money(priced.totals.nonprofitMonthly)}</td>
              <td class="num">{format.money(priced.totals.nonprofitAnnual)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </>
  );
}
