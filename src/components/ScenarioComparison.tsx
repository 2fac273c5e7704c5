import { useEffect, useState } from 'preact/hooks';
import { GUEST, type Difference, type GroupFigures, type Scenario, type ScenarioFigures } from '../lib';
import type { ComparisonStrings } from '../i18n/parts';
import { productName } from '../i18n/product-names';
import { $laterEstimate } from '../stores/calculator';
import { $comparison } from '../stores/comparison';
import { groupNames } from './group-name';
import { useFormat, useLater, useStrings } from './strings';
import { useStore } from './use-store';

type Props = { names: readonly string[] };
/** The bar's naming, applied here to the scenarios this comparison shows (a frame late, as its figures). */
type Naming = { nameScenarios: (scenarios: readonly Scenario[]) => readonly string[] };

/** A signed amount: `+$120.00` when it costs more, the formatter's minus when it costs less. */
function useSigned(): (value: string, direction: Difference['direction']) => string {
  const format = useFormat();
  return (value, direction) => `${direction === 'more' ? '+' : ''}${format.money(value)}`;
}

/** One product's, or the totals', figures in each scenario, side by side; on a phone, stacked. */
function FigureCells({ t, names, cells, differences }: Props & { t: ComparisonStrings; cells: readonly (ScenarioFigures | null)[]; differences: readonly (Difference | null)[] }) {
  const format = useFormat();
  const signed = useSigned();
  return (
    <ul class="compare-cells" role="list">
      {cells.map((cell, i) => {
        const change = differences[i];
        return (
          <li key={i} class="compare-cell">
            <p class="compare-name">{names[i]}</p>
            {cell ? (
              <dl>
                <dt>{t.seats}</dt><dd>{format.count(cell.seats)}</dd>
                <dt>{t.granted}</dt><dd>{format.count(cell.grantedSeats)}</dd>
                <dt>{t.monthly}</dt><dd>{format.money(cell.monthly)}</dd>
                <dt>{t.annual}</dt><dd>{format.money(cell.annual)}</dd>
                <dt>{t.grantValue}</dt><dd>{format.money(cell.grantValueAnnual)}</dd>
              </dl>
            ) : <p class="hint">{t.notIn}</p>}
            {change && (
              <p class={`compare-difference is-${change.direction}`} data-difference>
                {t.difference({ direction: change.direction, annual: signed(change.annual, change.direction), monthly: signed(change.monthly, change.direction), than: names[0]! })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** One group, by its place, in each scenario: its name, people, suite, and the seats the grants cover. */
function GroupCells({ t, names, cells, groupName }: Props & { t: ComparisonStrings; cells: readonly (GroupFigures | null)[]; groupName: (scenario: number) => string }) {
  const format = useFormat();
  const o = useStrings('organisation');
  const suiteName = (suite: string | null) => (suite === null ? t.noSuite : suite === GUEST ? o.groups.guest : productName(suite));
  return (
    <ul class="compare-cells" role="list">
      {cells.map((cell, i) => (
        <li key={i} class="compare-cell">
          <p class="compare-name">{names[i]}</p>
          {cell ? (
            <dl>
              <dt>{o.groups.name}</dt><dd>{groupName(i)}</dd>
              <dt>{t.people}</dt><dd>{format.count(cell.group.people)}</dd>
              <dt>{t.suite}</dt><dd>{suiteName(cell.group.suite)}</dd>
              <dt>{t.granted}</dt><dd>{format.count(cell.grantedSeats)}</dd>
              {cell.blockedSeats > 0 && <><dt>{t.blocked}</dt><dd>{format.count(cell.blockedSeats)}</dd></>}
            </dl>
          ) : <p class="hint">{t.notIn}</p>}
        </li>
      ))}
    </ul>
  );
}

/** The scenarios side by side, every figure from the engine's comparison; its words load with it. */
export function ScenarioComparison({ nameScenarios }: Naming) {
  const load = useLater('comparison');
  const [t, setT] = useState<ComparisonStrings | null>(null);
  useEffect(() => void load().then(setT), []);
  const outcome = useStore($comparison);
  const estimate = useStore($laterEstimate);
  const o = useStrings('organisation');
  if (!t || !outcome.ok) return null;
  const { totals, products, groups } = outcome.value;
  const names = nameScenarios(estimate.scenarios);
  const namesOfGroups = estimate.scenarios.map((s) => groupNames(o.groups, s.state.groups));
  const groupName = (row: number) => (scenario: number) => namesOfGroups[scenario]?.[row] ?? '';
  return (
    <section id="scenario-comparison" class="panel comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t.heading}</h2>
      <p class="hint">{t.intro({ first: names[0]! })}</p>
      <h3>{t.totals}</h3>
      <FigureCells t={t} names={names} cells={totals.cells} differences={totals.differences} />
      <h3>{t.products}</h3>
      {products.map((row) => (
        <section key={row.product} class="compare-row" aria-label={productName(row.product)}>
          <h4>{productName(row.product)}</h4>
          <FigureCells t={t} names={names} cells={row.cells} differences={row.differences} />
        </section>
      ))}
      <h3>{t.groups}</h3>
      {groups.map((row, i) => {
        const first = row.cells.findIndex((cell) => cell !== null);
        const heading = groupName(i)(first);
        return (
          <section key={i} class="compare-row" aria-label={heading}>
            <h4>{heading}</h4>
            <GroupCells t={t} names={names} cells={row.cells} groupName={groupName(i)} />
          </section>
        );
      })}
    </section>
  );
}
