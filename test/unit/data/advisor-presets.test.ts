import { describe, expect, test } from 'vitest';
import { ADVISOR_NEEDS, NEEDS_PRESETS } from '../../../src/data/advisor-presets';

describe('NEEDS_PRESETS', () => {
  test('name only needs the advisor knows, and leave guests with none and no grant', () => {
    for (const preset of NEEDS_PRESETS) for (const need of preset.needs) expect(ADVISOR_NEEDS).toContain(need);
    expect(NEEDS_PRESETS.map((p) => p.id)).toEqual(['office-staff', 'frontline-staff', 'board', 'volunteers-mailbox', 'volunteers-guests']);
    expect(NEEDS_PRESETS.find((p) => p.id === 'volunteers-guests')).toEqual({ id: 'volunteers-guests', needs: [], grantEligible: false });
  });
});
