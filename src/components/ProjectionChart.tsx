import { useStore } from './use-store';
import { switchMonths } from '../lib';
import { $projection } from '../stores/outlook';
import { CHART_WIDTH, chartGeometry } from './chart-geometry';
import { useWidth } from './use-width';
import { ChartTicks } from './ChartTicks';
import { FiguresTable } from './FiguresTable';
import { useFormat, useStrings } from './strings';

/** Monthly cost against commercial cost over the next 12 months, as a chart and as a table. */
export function ProjectionChart() {
  const t = useStrings('outlook').projection;
  const format = useFormat();
  const [chartRef, width] = useWidth(CHART_WIDTH);
  const outcome = useStore($projection);
  if (!outcome.ok) return null;
  const projection = outcome.value;
  const g = chartGeometry({
    series: [projection.months.map((m) => m.commercial), projection.months.map((m) => m.nonprofit)],
    marks: switchMonths(projection),
  }, width);
  const [commercialPath, nonprofitPath] = g.paths;

  return (
    <section data-section="projection" class="panel" aria-labelledby="projection-heading">
      <h2 id="projection-heading">{t.heading}</h2>
      <p data-total="projection">{t.summary({ nonprofit: format.money(projection.totals.nonprofit), commercial: format.money(projection.totals.commercial) })}</p>
      {projection.switches.map((s) => (
        <p key={s.date} class="callout">
          {t.switchNote({ date: format.date(s.date), before: format.money(s.nonprofitBefore), after: format.money(s.nonprofitAfter) })}
        </p>
      ))}
      <figure class="chart" ref={chartRef}>
        <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={t.chartLabel}>
          <ChartTicks g={g} label={format.axisMoney} />
          {g.slotX.map((x, i) => (i % g.labelStep === 0 ? (
            <text key={x} x={x + 4} y={g.height - 12} class="axis">{format.monthShort(projection.months[i]!.start)}</text>
          ) : null))}
          {g.markX.map((x) => (
            <g key={x}>
              <line x1={x} x2={x} y1={g.plot.top} y2={g.plot.bottom} class="renewal" />
              <text x={x + 4} y={g.plot.top + 12} class="axis">{t.renewal}</text>
            </g>
          ))}
          <path d={commercialPath} class="series commercial" />
          <path d={nonprofitPath} class="series nonprofit" />
        </svg>
        <figcaption class="legend">
          <span class="key nonprofit">{t.nonprofit}</span>
          <span class="key commercial">{t.commercial}</span>
        </figcaption>
      </figure>
      <FiguresTable
        toggle={t.tableToggle}
        label={t.chartLabel}
        columns={[t.month, t.nonprofit, t.commercial]}
        rows={projection.months.map((m) => ({ key: m.start, head: format.date(m.start), cells: [format.money(m.nonprofit), format.money(m.commercial)] }))}
      />
    </section>
  );
}
