/**
 * Geometry of the 12-month chart: pure, so it is tested without a browser. Amounts become numbers
 * here only to place pixels; every figure the user reads is the engine's exact string.
 */

export interface ChartSeries {
  months: readonly { start: string; nonprofit: string; commercial: string }[];
  switches: readonly { date: string }[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  nonprofitPath: string;
  commercialPath: string;
  /** Horizontal grid lines with the amount they stand for. */
  ticks: { y: number; value: number }[];
  /** Where each month starts, for its label. */
  monthX: number[];
  /** Where each renewal that switches prices falls. */
  switchX: number[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const WIDTH = 640;
const HEIGHT = 260;
const PLOT = { left: 64, right: WIDTH - 12, top: 12, bottom: HEIGHT - 32 };

/** A round step for the vertical axis: 1, 2 or 5 times a power of ten, about four ticks high. */
function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? power * 10;
}

/** Lays out monthly nonprofit and commercial cost as step lines, with the renewals marked. */
export function chartGeometry({ months, switches }: ChartSeries): ChartGeometry {
  const peak = Math.max(1, ...months.map((m) => Number(m.commercial)), ...months.map((m) => Number(m.nonprofit)));
  const step = niceStep(peak);
  const top = Math.ceil(peak / step) * step;
  const slot = (PLOT.right - PLOT.left) / Math.max(1, months.length);
  const x = (i: number) => PLOT.left + i * slot;
  const y = (value: number) => PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top);
  const path = (pick: (m: ChartSeries['months'][number]) => string) =>
    months.map((m, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(Number(pick(m))).toFixed(1)} H${x(i + 1).toFixed(1)}`).join(' ');
  const index = (date: string) => months.findIndex((m) => m.start >= date);

  return {
    width: WIDTH,
    height: HEIGHT,
    nonprofitPath: path((m) => m.nonprofit),
    commercialPath: path((m) => m.commercial),
    ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({ y: y(i * step), value: i * step })),
    monthX: months.map((_, i) => x(i)),
    switchX: switches.map((s) => index(s.date)).filter((i) => i > 0).map((i) => x(i)),
    plot: PLOT,
  };
}
