import type { ChartGeometry } from './chart-geometry';

/** Horizontal grid lines of a chart, each labelled with the amount it stands for. */
export function ChartTicks({ g, label }: { g: ChartGeometry; label: (value: number) => string }) {
  return (
    <>
      {g.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} class="grid" />
          <text x={g.plot.left - 6} y={tick.y + 4} text-anchor="end" class="axis">
            {label(tick.value)}
          </text>
        </g>
      ))}
    </>
  );
}
