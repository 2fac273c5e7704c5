import { afterEach, describe, expect, test } from 'vitest';
import { defaultState, type CalculatorState } from '../../../src/lib';
import { $grantPlan, $openPlan } from '../../../src/stores/azure';
import { $state, setOrganisation, setTerm } from '../../../src/stores/calculator';
import { addGroup, setGroup } from '../../../src/stores/groups';

/** A state with both Azure plans and a large Azure in Open spend, as in issue 14. */
const withAzure = (): CalculatorState => ({
  ...defaultState('2026-11-22'),
  azure: {
    grant: { start: '2026-11-22', usedSoFar: '0', spend: ['250'] },
    open: { spend: ['90000'], keys: [{ units: 10, purchased: '2026-11-22', activated: '2026-11-22' }], threshold: null },
  },
});

/** Counts how often each plan store tells its listeners about a new plan. */
function countNotices(): { grant: number; open: number; stop: () => void } {
  const counts = { grant: 0, open: 0 };
  const stops = [$grantPlan.listen(() => counts.grant++), $openPlan.listen(() => counts.open++)];
  return Object.assign(counts, { stop: () => stops.forEach((stop) => stop()) });
}

describe('the Azure plans', () => {
  let stop = () => {};
  afterEach(() => stop());

  test('are not planned again when the groups, channel or term change', () => {
    $state.set(withAzure());
    const counts = countNotices();
    stop = counts.stop;
    const [grant, open] = [$grantPlan.get(), $openPlan.get()];
    expect(open?.ok).toBe(true);

    setGroup('g1', { people: 26 });
    setOrganisation('channel', 'enterprise-agreement');
    setTerm('monthly');
    setGroup(addGroup()!, { people: 3, suite: 'o365-e3' });

    expect(counts).toMatchObject({ grant: 0, open: 0 });
    expect($grantPlan.get()).toBe(grant);
    expect($openPlan.get()).toBe(open);
  });

  test('follow the estimate date, and each follows its own choices only', () => {
    $state.set(withAzure());
    const counts = countNotices();
    stop = counts.stop;

    setOrganisation('asOf', '2026-12-01');
    expect(counts).toMatchObject({ grant: 1, open: 1 });

    const state = $state.get();
    $state.set({ ...state, azure: { ...state.azure, grant: { ...state.azure.grant!, spend: ['300'] } } });
    expect(counts).toMatchObject({ grant: 2, open: 1 });

    setOrganisation('country', 'CA');
    expect(counts).toMatchObject({ grant: 2, open: 2 });
  });
});
