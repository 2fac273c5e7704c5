/**
 * Geometry of the step charts (12-month cost, 24-month credit): pure, so it is tested without a
 * browser. Amounts become numbers here only to place pixels; every figure the user reads is the
 * engine's exact string.
 */

export interface ChartInput {
  /** One value per slot (month) for each line drawn. */
  series: readonly (readonly string[])[];
  /** Slots where a vertical marker goes (a renewal, a suspension). */
  marks: readonly number[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** An SVG path per series, as step lines. */
  paths: string[];
  /** Horizontal grid lines with the amount they stand for. */
  ticks: { y: number; value: number }[];
  /** Where each slot starts, for its label. */
  slotX: number[];
  markX: number[];
  plot: { left: number; right: number; top: number; bottom: number };
  /** Every how many slots a slot's label fits without touching the next one. */
  labelStep: number;
}

/** The width the server draws at, before the browser has measured the chart. */
export const CHART_WIDTH = 640;
const HEIGHT = 260;
/** Room a month's label needs (about "Sept" at 12 px), so labels never overlap on a narrow screen. */
const LABEL_ROOM = 40;

/** A round step for the vertical axis: 1, 2 or 5 times a power of ten, about four ticks high. */
function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? power * 10;
}

/**
 * Lays out each series as a step line on a shared scale, with the marks as vertical lines. `width`
 * is the chart's width on screen, so one unit is one pixel and the 12 px labels stay 12 px on a phone.
 */
export function chartGeometry({ series, marks }: ChartInput, width = CHART_WIDTH): ChartGeometry {
  const PLOT = { left: 64, right: width - 12, top: 12, bottom: HEIGHT - 32 };
  const slots = Math.max(1, ...series.map((s) => s.length));
  const peak = Math.max(1, ...series.flat().map(Number));
  const step = niceStep(peak);
  const top = Math.ceil(peak / step) * step;
  const slot = (PLOT.right - PLOT.left) / slots;
  const x = (i: number) => PLOT.left + i * slot;
  const y = (value: number) => PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top);
  const path = (values: readonly string[]) =>
    values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(Number(v)).toFixed(1)} H${x(i + 1).toFixed(1)}`).join(' ');

  return {
    width,
    height: HEIGHT,
    paths: series.map(path),
    ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({ y: y(i * step), value: i * step })),
    slotX: Array.from({ length: slots }, (_, i) => x(i)),
    markX: marks.filter((i) => i > 0 && i < slots).map(x),
    plot: PLOT,
    labelStep: Math.max(1, Math.ceil(LABEL_ROOM / slot)),
  };
}
