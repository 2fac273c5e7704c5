import { render } from 'preact';
import { sourceDetails } from '../data/source-details';
import type { SourceId } from '../data/sources';
import { encodeEstimate, findSource, GUEST, nextAnniversary, sourcesUsed, type CalculatorState, type Estimate, type OrganisationChange, type PricedOrganisation } from '../lib';
import { productName } from '../i18n/product-names';
import { indicativeAmount } from '../i18n/converted';
import { intlTag, localePath, type Locale } from '../i18n/locales';
import type { PrintStrings, ScenarioBarStrings } from '../i18n/parts';
import { citedPublisher, citedTitle } from '../i18n/citation';
import { formatSourceDate } from '../i18n/source-date';
import { $estimate, $organisation, $state } from '../stores/calculator';
import { catchUpNow } from '../stores/later';
import { $organisationChanges } from '../stores/outlook';
import { today } from '../stores/today';
import { groupNames } from './group-name';
import { scenarioNames } from './scenario-name';
import { PrintTables } from './PrintTables';
import { useFormat, useStrings, withStrings, type Strings } from './strings';

interface Props {
  state: CalculatorState;
  /** Every scenario: the summary names the one it prints when there are several. */
  estimate: Estimate;
  priced: PricedOrganisation;
  changes: readonly OrganisationChange[];
  /** The full calculator's address with this estimate, also from inside an embed. */
  link: string;
  t: PrintStrings;
  /** The scenario bar's words: the default names of unnamed scenarios. */
  bar: ScenarioBarStrings;
  locale: Locale;
}

/** The dated changes still ahead, in money; changes already in force are part of the estimate. */
function Changes({ changes, t }: Pick<Props, 'changes' | 't'>) {
  const format = useFormat();
  const ahead = changes.filter((change) => !change.inForce);
  if (ahead.length === 0) return <p>{t.changes.none}</p>;
  return (
    <ul>
      {ahead.map((change) => {
        const when = { date: format.date(change.date), reaches: format.date(change.reachesOn) };
        return (
          <li key={change.date}>
            {change.billUnchanged
              ? t.changes.listOnly(when)
              : t.changes.item({ ...when, monthly: format.money(change.nonprofitMonthly.difference), annual: format.money(change.nonprofitAnnual.difference) })}
          </li>
        );
      })}
    </ul>
  );
}

/** Each source the figures cite: title, publisher, the document's date and its address as text. */
function Sources({ ids, t, locale }: { ids: readonly string[]; t: PrintStrings; locale: Locale }) {
  return (
    <ul class="print-sources">
      {ids.map((id) => {
        const source = findSource(id)!;
        const details = sourceDetails[id as SourceId];
        return (
          <li key={id}>
            <cite>{citedTitle(t.sources, details)}</cite>. {citedPublisher(t.sources, details)}, {formatSourceDate(details.date, locale)}.{' '}
            <span data-print-address>{source.url ?? t.sources.noAddress[source.noAddress!]}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** One page for the board: the organisation, the cost per product, totals, changes ahead, sources and the link back. */
function PrintSummary({ state, estimate, priced, changes, link, t, bar, locale }: Props) {
  const c = useStrings('calculator');
  const o = useStrings('organisation');
  const format = useFormat();
  const names = groupNames(o.groups, state.groups);
  const suiteName = (suite: string | null) => (suite === null ? t.groups.noSuite : suite === GUEST ? o.groups.guest : productName(suite));
  const totals = [
    ['nonprofitMonthly', format.money(priced.totals.nonprofitMonthly)],
    ['nonprofitAnnual', format.money(priced.totals.nonprofitAnnual)],
    ['commercialAnnual', format.money(priced.totals.commercialAnnual)],
    ['savingsAnnual', format.money(priced.totals.savingsAnnual)],
    ['savingsPercent', format.percent(priced.totals.savingsPercent)],
    ['grantValueAnnual', format.money(priced.totals.grantValueAnnual)],
  ] as const;
  return (
    <article class="print-page" aria-labelledby="print-heading">
      <h1 id="print-heading">{t.heading}</h1>
      <p class="print-prepared">{t.prepared({ date: format.date(today()) })}</p>
      {estimate.scenarios.length > 1 && (
        <p class="print-scenario" data-print-scenario>
          {t.scenario({
            name: scenarioNames(bar, format, estimate.scenarios)[estimate.active]!,
            place: format.count(estimate.active + 1),
            count: format.count(estimate.scenarios.length),
          })}
        </p>
      )}
      <dl class="print-facts">
        <div><dt>{t.organisation.channel}</dt><dd>{c.channels[priced.channel]}</dd></div>
        <div><dt>{t.organisation.term}</dt><dd>{o.term.names[priced.term]}</dd></div>
        <div><dt>{t.organisation.priceDate}</dt><dd>{format.date(priced.priceDate)}</dd></div>
        <div><dt>{t.organisation.renewal}</dt><dd>{priced.renewal ? format.date(nextAnniversary(priced.asOf, priced.renewal)) : t.organisation.newPurchase}</dd></div>
      </dl>
      <PrintTables state={state} priced={priced} names={names} suiteName={suiteName} t={t} />
      {priced.totals.blockedSeats > 0 && <p>{o.caps.blockedTotal({ people: priced.totals.blockedSeats })}</p>}
      {priced.totals.unpricedSeats > 0 && <p>{c.totals.unpricedSeats({ count: format.count(priced.totals.unpricedSeats) })}</p>}
      <section aria-labelledby="print-totals">
        <h2 id="print-totals">{t.totals.heading}</h2>
        <dl class="print-totals">
          {totals.map(([key, value]) => (
            <div key={key} data-print-total={key}><dt>{c.totals[key]}</dt><dd>{value}</dd></div>
          ))}
        </dl>
        {state.rate && (
          <p data-print-total="converted">
            {t.totals.converted({
              currency: state.rate.currency, rate: new Intl.NumberFormat(intlTag(locale), { minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(state.rate.rate as Intl.StringNumericLiteral),
              monthly: indicativeAmount(locale, priced.totals.nonprofitMonthly, state.rate), annual: indicativeAmount(locale, priced.totals.nonprofitAnnual, state.rate),
            })}
          </p>
        )}
      </section>
      <section aria-labelledby="print-changes">
        <h2 id="print-changes">{t.changes.heading}</h2>
        <Changes changes={changes} t={t} />
      </section>
      <section aria-labelledby="print-sources">
        <h2 id="print-sources">{t.sources.heading}</h2>
        <Sources ids={sourcesUsed(priced)} t={t} locale={locale} />
      </section>
      <section aria-labelledby="print-link">
        <h2 id="print-link">{t.link.heading}</h2>
        <p>{t.link.intro} <span class="print-address" data-print-link>{link}</span></p>
      </section>
    </article>
  );
}

/**
 * Renders the summary of the estimate as it stands into `target`, at once (Preact's `render` is
 * synchronous), so a `beforeprint` listener can call it and the print sees it. `strings` are the
 * calculator island's, with the print and scenario bar parts loaded.
 */
export function renderSummary(target: Element, strings: Strings & { print: PrintStrings; scenarioBar: ScenarioBarStrings }): void {
  // The dated changes come through a late store: bring it up to the state printed.
  catchUpNow();
  const outcome = $organisation.get();
  const changes = $organisationChanges.get();
  if (!outcome.ok) {
    render(null, target);
    return;
  }
  const state = $state.get();
  const estimate = $estimate.get();
  const Summary = withStrings(PrintSummary, strings);
  const props = {
    state, estimate, priced: outcome.value, changes: changes.ok ? changes.value : [], t: strings.print, bar: strings.scenarioBar, locale: strings.locale,
    // Every scenario, in the page's language, as Copy link gives it.
    link: `${location.origin}${localePath(strings.locale)}?${encodeEstimate(estimate)}`,
  };
  render(<Summary {...props} />, target);
}
