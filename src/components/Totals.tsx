import { useStore } from './use-store';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $organisation } from '../stores/calculator';
import { isBlocking } from './blocking';
import { useLazy } from './use-lazy';
import { EngineError } from './EngineError';
import { useFormat, useLater, useLocale, useStrings } from './strings';
import { DATE_STYLES, intlTag } from '../i18n/locales';
import { $userRate } from '../stores/rate';

const ANNOUNCE_DELAY_MS = 800;

/** The totals, and a polite live region that announces them once the user pauses. */
export function Totals() {
  const t = useStrings('calculator');
  const format = useFormat();
  const locale = useLocale();
  const outcome = useStore($organisation);
  const rate = useStore($userRate);
  const loadRate = useLater('rate');
  // The figure in the user's currency and its words load only once they set a rate.
  const Converted = useLazy(rate !== null, () =>
    Promise.all([import('./Converted'), loadRate()]).then(([m, strings]) => (props: { usd: string }) => <m.Converted usd={props.usd} rate={$userRate.get()!} strings={strings} />),
  );
  const [announcement, setAnnouncement] = useState('');
  const totals = outcome.ok ? outcome.value.totals : undefined;
  // Caps and their proposals are rare: their code loads when one binds.
  const CapNotes = useLazy(outcome.ok && outcome.value.issues.some(isBlocking), () => import('./CapNotes').then((m) => m.CapNotes));
  const text = totals
    ? t.totals.announce({ monthly: format.money(totals.nonprofitMonthly), annual: format.money(totals.nonprofitAnnual), percent: format.percent(totals.savingsPercent) })
    : '';

  const mounted = useRef(false);
  useEffect(() => {
    // The first result is on screen already; announce only what the user's changes bring.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const timer = setTimeout(() => setAnnouncement(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  if (!outcome.ok) {
    return (
      <section data-section="totals" class="panel totals-panel" aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t.totals.heading}</h2>
        <EngineError error={outcome.error} />
      </section>
    );
  }
  const priced = outcome.value;
  const q = priced.totals;
  const rows = [
    ['nonprofitMonthly', format.money(q.nonprofitMonthly), 'big', q.nonprofitMonthly],
    ['nonprofitAnnual', format.money(q.nonprofitAnnual), '', q.nonprofitAnnual],
    ['commercialMonthly', format.money(q.commercialMonthly), '', q.commercialMonthly],
    ['commercialAnnual', format.money(q.commercialAnnual), '', q.commercialAnnual],
    ['savingsAnnual', format.money(q.savingsAnnual), 'good', q.savingsAnnual],
    ['savingsPercent', format.percent(q.savingsPercent), 'good', null],
    ['grantValueAnnual', format.money(q.grantValueAnnual), '', q.grantValueAnnual],
  ] as const;

  return (
    <section data-section="totals" class="panel totals-panel" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t.totals.heading}</h2>
      <dl class="totals">
        {rows.map(([key, value, tone, usd]) => (
          <div key={key} class={tone} data-total={key}>
            <dt>{t.totals[key]}</dt>
            <dd>{value}</dd>
            {Converted && rate && usd !== null && <dd class="converted-total">{<Converted usd={usd} />}</dd>}
          </div>
        ))}
      </dl>
      {CapNotes && <CapNotes priced={priced} />}
      <p class="hint" data-today-text={JSON.stringify([intlTag(locale), DATE_STYLES[locale]])}>{t.totals.pricesOf({ date: format.date(priced.priceDate) })}</p>
      {q.unpricedSeats > 0 && <p class="hint">{t.totals.unpricedSeats({ count: format.count(q.unpricedSeats) })}</p>}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}
