import { beforeEach, describe, expect, test } from 'vitest';
import { NEEDS_PRESETS } from '../../../src/data/advisor-presets';
import { defaultState } from '../../../src/lib';
import { $advice, $hasNeeds, adviceAsScenario, applyAdvice, applyPreset, setNeeds, toggleNeed } from '../../../src/stores/advisor';
import { setGroup } from '../../../src/stores/groups';
import { $estimate, $organisation, $state } from '../../../src/stores/calculator';

const preset = (id: string) => NEEDS_PRESETS.find((p) => p.id === id)!;
const advice = () => {
  const outcome = $advice.get();
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
};

beforeEach(() => {
  $state.set(defaultState('2026-11-23'));
});

describe('the advisor actions', () => {
  test('groups start with no needs, and the advisor waits until one says some', () => {
    expect($state.get().groups.map((g) => g.needs)).toEqual([undefined, undefined]);
    expect($hasNeeds.get()).toBe(false);
    toggleNeed('g1', 'desktop-apps', true);
    expect($hasNeeds.get()).toBe(true);
  });

  test('needs are kept in the plan table\'s order, and a group with none loses the field', () => {
    setNeeds('g1', ['desktop-apps', 'mail-and-web-apps']);
    expect($state.get().groups[0]!.needs).toEqual(['mail-and-web-apps', 'desktop-apps']);
    toggleNeed('g1', 'desktop-apps', false);
    toggleNeed('g1', 'mail-and-web-apps', false);
    expect('needs' in $state.get().groups[0]!).toBe(false);
  });

  test('a preset fills the needs and whether the people may receive grants', () => {
    applyPreset('g2', preset('volunteers-mailbox'));
    applyPreset('g1', preset('board'));
    expect($state.get().groups.map((g) => [g.needs, g.grantEligible])).toEqual([
      [['mail-and-web-apps', 'desktop-apps', 'device-security'], true],
      [['mail-and-web-apps'], false],
    ]);
  });

  test('applying the advice puts every group on its advised suite, keeps the needs, and the totals follow', () => {
    applyPreset('g1', preset('office-staff'));
    applyPreset('g2', preset('volunteers-mailbox'));
    // 25 staff on Business Standard (3.00) and 40 volunteers on Office 365 E1 (2.50): 75.00 + 100.00.
    expect(advice().cost).toEqual({ monthly: '175.00', annual: '2100.00' });
    applyAdvice(advice(), $state.get());
    expect($state.get().groups.map((g) => [g.id, g.suite, g.people, g.needs])).toEqual([
      ['g1', 'm365-business-standard', 25, ['mail-and-web-apps', 'desktop-apps']],
      ['g2', 'o365-e1', 40, ['mail-and-web-apps']],
    ]);
    const priced = $organisation.get();
    expect(priced.ok && priced.value.totals.nonprofitMonthly).toBe('175.00');
    expect(advice().difference).toEqual({ monthly: '0.00', annual: '0.00' });
    // Applied again, the advice changes no group: each stays the same object, so no card is drawn again.
    const groups = $state.get().groups;
    applyAdvice(advice(), $state.get());
    expect($state.get().groups).not.toBe(groups);
    $state.get().groups.forEach((group, i) => expect(group).toBe(groups[i]));
  });

  test('applying advice that changes one group keeps the other group as the same object', () => {
    applyPreset('g1', preset('office-staff'));
    applyPreset('g2', preset('volunteers-mailbox'));
    applyAdvice(advice(), $state.get());
    setGroup('g1', { suite: 'm365-business-premium' });
    const [staff, volunteers] = $state.get().groups;
    applyAdvice(advice(), $state.get());
    const [staffAfter, volunteersAfter] = $state.get().groups;
    expect(staffAfter).not.toBe(staff);
    expect(staffAfter!.suite).toBe('m365-business-standard');
    expect(volunteersAfter).toBe(volunteers);
  });

  test('advice shown before an edit is worked out again when applied, so the edit stays', () => {
    applyPreset('g1', preset('office-staff'));
    applyPreset('g2', preset('volunteers-mailbox'));
    const shownFor = $state.get();
    const shown = advice();
    setGroup('g1', { people: 30 });
    applyAdvice(shown, shownFor);
    expect($state.get().groups.map((g) => [g.id, g.suite, g.people])).toEqual([
      ['g1', 'm365-business-standard', 30],
      ['g2', 'o365-e1', 40],
    ]);
    expect(adviceAsScenario(shown, shownFor, 'Advice')).toBe(true);
    expect($estimate.get().scenarios.at(-1)!.state.groups.map((g) => g.people)).toEqual([30, 40]);
  });
});
