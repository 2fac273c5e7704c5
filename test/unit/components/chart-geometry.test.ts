import { describe, expect, test } from 'vitest';
import { chartGeometry } from '../../../src/components/chart-geometry';

const months = (values: [string, string][]) => values.map(([nonprofit, commercial], i) => ({ start: `2023-${String(i + 1).padStart(2, '0')}-01`, nonprofit, commercial }));

describe('chartGeometry', () => {
  test('scales to a round top above the largest value and draws one step per month', () => {
    const g = chartGeometry({ months: months([['75.00', '500.00'], ['82.50', '550.00']]), switches: [{ date: '2023-02-01' }] });
    expect(g.ticks.map((t) => t.value)).toEqual([0, 200, 400, 600]);
    expect(g.nonprofitPath.match(/M|L/g)).toHaveLength(2);
    expect(g.switchX).toEqual([g.monthX[1]]);
  });

  test('survives an empty selection', () => {
    const g = chartGeometry({ months: months([['0.00', '0.00']]), switches: [] });
    expect(g.ticks.length).toBeGreaterThan(1);
    expect(g.nonprofitPath).not.toContain('NaN');
  });
});
