import { describe, expect, test } from 'vitest';
import { publicAccessOn } from '../../../../src/lib/programme';
import { techSoup } from '../../../../src/data/programme';

describe('publicAccessOn', () => {
  test('lists Publisher until 12 Oct 2026 and not from 13 Oct 2026, its end of support', () => {
    expect(publicAccessOn('2026-10-12')).toContain('Publisher');
    expect(publicAccessOn('2026-10-13')).toEqual(['Office Standard', 'Windows Professional', 'Project', 'Visio', 'Visual Studio']);
  });

  test('cites the two-year TechSoup cycle to TechSoup Sweden, not the Microsoft FAQ', () => {
    expect([techSoup.cycleYears.value, techSoup.cycleYears.source]).toEqual([2, 'techsoup-se-rules']);
  });
});
