import { useStore } from './use-store';
import { timelineMarks } from '../lib';
import { $grantPlan, $openPlan } from '../stores/azure';
import { CHART_WIDTH, chartGeometry } from './chart-geometry';
import { useWidth } from './use-width';
import { ChartTicks } from './ChartTicks';
import { FiguresTable } from './FiguresTable';
import { useFormat, useStrings } from './strings';

/** Remaining credit of each planned subscription over 24 months, as a chart and as a table. */
export function AzureTimeline() {
  const tl = useStrings('azure').timeline;
  const format = useFormat();
  const [chartRef, width] = useWidth(CHART_WIDTH);
  const grantOutcome = useStore($grantPlan);
  const openOutcome = useStore($openPlan);
  const grant = grantOutcome?.ok ? grantOutcome.value : null;
  const open = openOutcome?.ok ? openOutcome.value.plan : null;
  const months = grant?.months ?? open?.months;
  if (!months) return null;

  const marks = timelineMarks(grant, open);
  const series = [...(grant ? [grant.months.map((m) => m.balance)] : []), ...(open ? [open.months.map((m) => m.balance)] : [])];
  const g = chartGeometry({ series, marks }, width);
  const classes = [...(grant ? ['grant'] : []), ...(open ? ['open'] : [])];

  return (
    <section class="panel" aria-labelledby="azure-timeline-heading">
      <h3 id="azure-timeline-heading">{tl.heading}</h3>
      <figure class="chart" ref={chartRef}>
        <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={tl.chartLabel}>
          <ChartTicks g={g} label={format.axisMoney} />
          {g.slotX.map((x, i) => (i % Math.max(3, g.labelStep) === 0 ? <text key={x} x={x + 2} y={g.height - 12} class="axis">{format.monthShort(months[i]!.start)}</text> : null))}
          {g.markX.map((x) => <line key={x} x1={x} x2={x} y1={g.plot.top} y2={g.plot.bottom} class="renewal" />)}
          {g.paths.map((d, i) => <path key={classes[i]} d={d} class={`series ${classes[i]}`} />)}
        </svg>
        <figcaption class="legend">
          {grant && <span class="key grant">{tl.grant}</span>}
          {open && <span class="key open">{tl.open}</span>}
          <span class="key mark">{tl.mark}</span>
        </figcaption>
      </figure>
      <FiguresTable
        toggle={tl.tableToggle}
        label={tl.chartLabel}
        columns={[tl.month, ...(grant ? [tl.grantUsed, tl.grantBilled, tl.grantBalance] : []), ...(open ? [tl.openUsed, tl.openExpired, tl.openUnmet, tl.openBalance] : [])]}
        rows={months.map((m, i) => {
          const g = grant?.months[i];
          const o = open?.months[i];
          const cells = [...(g ? [g.used, g.billed, g.balance] : []), ...(o ? [o.used, o.expired, o.unmet, o.balance] : [])];
          return { key: m.start, head: format.date(m.start), cells: cells.map(format.money) };
        })}
      />
    </section>
  );
}
