import { describe, expect, test } from 'vitest';
import { chartGeometry } from '../../../src/components/chart-geometry';

describe('chartGeometry', () => {
  test('scales to a round top above the largest value and draws one step per slot', () => {
    const g = chartGeometry({ series: [['75.00', '82.50'], ['500.00', '550.00']], marks: [1] });
    expect(g.ticks.map((t) => t.value)).toEqual([0, 200, 400, 600]);
    expect(g.paths).toHaveLength(2);
    expect(g.paths[0]!.match(/M|L/g)).toHaveLength(2);
    expect(g.markX).toEqual([g.slotX[1]]);
  });

  test('survives an empty selection and ignores marks outside the slots', () => {
    const g = chartGeometry({ series: [['0.00']], marks: [-1, 0, 5] });
    expect(g.ticks.length).toBeGreaterThan(1);
    expect(g.paths[0]).not.toContain('NaN');
    expect(g.markX).toEqual([]);
  });
});

describe('chartGeometry on a narrow screen', () => {
  test('draws at the width it is given and labels only every third month when 12 labels would touch at 300 px', () => {
    const series = [Array.from({ length: 12 }, () => '100.00')];
    expect(chartGeometry({ series, marks: [] }).labelStep).toBe(1);
    const narrow = chartGeometry({ series, marks: [] }, 300);
    expect([narrow.width, narrow.plot.right, narrow.labelStep]).toEqual([300, 288, 3]);
  });
});
