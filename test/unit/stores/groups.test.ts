import { beforeEach, describe, expect, test } from 'vitest';
import { defaultState, MAX_GROUPS } from '../../../src/lib';
import { $organisation, $pastEstimate, $state, setTerm, useTodaysPrices } from '../../../src/stores/calculator';
import { addGroup, applyProposal, removeGroup, setAddOn, setGroup, splitGroup } from '../../../src/stores/groups';
import { today } from '../../../src/stores/today';

const groups = () => $state.get().groups.map((g) => [g.id, g.people, g.grantEligible, g.suite, g.addOns]);
const totals = () => {
  const outcome = $organisation.get();
  if (!outcome.ok) throw outcome.error;
  return outcome.value.totals;
};

beforeEach(() => {
  $state.set(defaultState('2026-11-23'));
});

describe('the group actions', () => {
  test('addGroup adds an empty group without a suite and returns its id', () => {
    expect(addGroup()).toBe('g3');
    expect(groups()[2]).toEqual(['g3', 0, false, null, []]);
  });

  test('addGroup stops at MAX_GROUPS', () => {
    for (let i = 2; i < MAX_GROUPS; i++) addGroup();
    expect(addGroup()).toBeNull();
    expect($state.get().groups).toHaveLength(MAX_GROUPS);
  });

  test('splitGroup moves some people into a new group right after, with the same suite and add-ons', () => {
    setAddOn('g1', 'power-apps-per-app', true);
    expect(splitGroup('g1', 10)).toBe('g3');
    expect(groups()).toEqual([
      ['g1', 15, true, 'm365-business-premium', ['power-apps-per-app']],
      ['g3', 10, true, 'm365-business-premium', ['power-apps-per-app']],
      ['g2', 40, false, 'guest', []],
    ]);
  });

  test('splitGroup takes at most the whole group, and the people total stays the same', () => {
    splitGroup('g1', 1000);
    expect(groups().map((g) => g[1])).toEqual([0, 25, 40]);
  });

  test('setGroup and setAddOn change one group only; removeGroup drops it and its people', () => {
    setGroup('g2', { suite: 'm365-business-standard', name: 'Volunteers with a mailbox' });
    setAddOn('g2', 'power-apps-per-app', true);
    setAddOn('g2', 'power-apps-per-app', false);
    expect($state.get().groups[1]).toMatchObject({ name: 'Volunteers with a mailbox', suite: 'm365-business-standard', addOns: [] });
    removeGroup('g1');
    expect(groups()).toEqual([['g2', 40, false, 'm365-business-standard', []]]);
  });

  test('14 staff on Business Premium and 30 volunteers on Business Standard cost $167.00 a month, $2,004.00 a year, list $728.00', () => {
    setGroup('g1', { people: 14 });
    setGroup('g2', { people: 30, suite: 'm365-business-standard' });
    expect(totals()).toMatchObject({ nonprofitMonthly: '167.00', nonprofitAnnual: '2004.00', commercialMonthly: '728.00' });
  });

  test('applyProposal covers 400 staff on Business Premium in one action: no one is left out', () => {
    setGroup('g1', { people: 400 });
    removeGroup('g2');
    const outcome = $organisation.get();
    if (!outcome.ok) throw outcome.error;
    expect(outcome.value.totals.blockedSeats).toBe(100);
    applyProposal(outcome.value.proposals[0]!);
    expect(totals().blockedSeats).toBe(0);
    expect($state.get().groups.map((g) => [g.people, g.suite])).toEqual([[300, 'm365-business-premium'], [100, 'm365-e3']]);
  });
});

describe('the term and the estimate date', () => {
  test('setTerm to a monthly term makes 25 on Business Premium $165.00 a month', () => {
    removeGroup('g2');
    setTerm('monthly');
    expect(totals().nonprofitMonthly).toBe('165.00');
  });

  test("useTodaysPrices moves an old estimate to today and hides the notice", () => {
    $state.set(defaultState('2026-03-10'));
    $pastEstimate.set('2026-03-10');
    useTodaysPrices();
    expect([$state.get().organisation.asOf, $pastEstimate.get()]).toEqual([today(), null]);
  });
});
