import { useStore } from '@nanostores/preact';
import { format } from '../i18n';
import { ta } from '../i18n/azure';
import { $grantPlan, $openPlan } from '../stores/azure';
import { chartGeometry } from './chart-geometry';
import { ChartTicks } from './ChartTicks';

const monthName = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
const axisMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const tl = ta.timeline;

/** Remaining credit of each planned subscription over 24 months, as a chart and as a table. */
export function AzureTimeline() {
  const grantOutcome = useStore($grantPlan);
  const openOutcome = useStore($openPlan);
  const grant = grantOutcome?.ok ? grantOutcome.value : null;
  const open = openOutcome?.ok ? openOutcome.value.plan : null;
  const months = grant?.months ?? open?.months;
  if (!months) return null;

  // Marked: a new grant year, a key's credit expiring, services suspended.
  const marks = months
    .map((_, i) => i)
    .filter((i) => grant?.months[i]?.newYear || (open && Number(open.months[i - 1]?.expired ?? 0) > 0) || open?.suspensions.some((s) => s.from >= months[i]!.start && (i + 1 >= months.length || s.from < months[i + 1]!.start)));
  const series = [...(grant ? [grant.months.map((m) => m.balance)] : []), ...(open ? [open.months.map((m) => m.balance)] : [])];
  const g = chartGeometry({ series, marks });
  const classes = [...(grant ? ['grant'] : []), ...(open ? ['open'] : [])];

  return (
    <section class="panel" aria-labelledby="azure-timeline-heading">
      <h3 id="azure-timeline-heading">{tl.heading}</h3>
      <figure class="chart">
        <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={tl.chartLabel}>
          <ChartTicks g={g} label={(value) => axisMoney.format(value)} />
          {g.slotX.map((x, i) => (i % 3 === 0 ? <text key={x} x={x + 2} y={g.height - 12} class="axis">{monthName.format(new Date(`${months[i]!.start}T00:00:00Z`))}</text> : null))}
          {g.markX.map((x) => <line key={x} x1={x} x2={x} y1={g.plot.top} y2={g.plot.bottom} class="renewal" />)}
          {g.paths.map((d, i) => <path key={classes[i]} d={d} class={`series ${classes[i]}`} />)}
        </svg>
        <figcaption class="legend">
          {grant && <span class="key grant">{tl.grant}</span>}
          {open && <span class="key open">{tl.open}</span>}
          <span class="key mark">{tl.mark}</span>
        </figcaption>
      </figure>
      <details>
        <summary>{tl.tableToggle}</summary>
        <div class="table-wrap" tabIndex={0} role="region" aria-label={tl.chartLabel}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tl.month}</th>
                {grant && <><th scope="col" class="num">{tl.grantUsed}</th><th scope="col" class="num">{tl.grantBilled}</th><th scope="col" class="num">{tl.grantBalance}</th></>}
                {open && <><th scope="col" class="num">{tl.openUsed}</th><th scope="col" class="num">{tl.openExpired}</th><th scope="col" class="num">{tl.openUnmet}</th><th scope="col" class="num">{tl.openBalance}</th></>}
              </tr>
            </thead>
            <tbody>
              {months.map((m, i) => (
                <tr key={m.start} data-month={m.start}>
                  <th scope="row">{format.date(m.start)}</th>
                  {grant && <><td class="num">{format.money(grant.months[i]!.used)}</td><td class="num">{format.money(grant.months[i]!.billed)}</td><td class="num">{format.money(grant.months[i]!.balance)}</td></>}
                  {open && <><td class="num">{format.money(open.months[i]!.used)}</td><td class="num">{format.money(open.months[i]!.expired)}</td><td class="num">{format.money(open.months[i]!.unmet)}</td><td class="num">{format.money(open.months[i]!.balance)}</td></>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
