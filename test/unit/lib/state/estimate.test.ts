import { describe, expect, test } from 'vitest';
import { MAX_SCENARIOS } from '../../../../src/lib/core';
import {
  activeState, addScenario, defaultState, deleteScenario, duplicateScenario, renameScenario, singleEstimate, switchScenario, withActiveState, type Estimate,
} from '../../../../src/lib/state';

const today = defaultState('2026-11-23');
const ea = { ...today, organisation: { ...today.organisation, channel: 'enterprise-agreement' as const } };
const names = (e: Estimate) => e.scenarios.map((s) => s.name);

describe('an estimate of scenarios', () => {
  test('starts as one unnamed scenario, shown', () => {
    expect(singleEstimate(today)).toEqual({ scenarios: [{ name: '', state: today }], active: 0 });
    expect(activeState(singleEstimate(today))).toBe(today);
  });

  test('duplicating copies the active scenario under a new name, at the end, and shows the copy', () => {
    const two = duplicateScenario(singleEstimate(today), 'After our renewal');
    expect(names(two)).toEqual(['', 'After our renewal']);
    expect(two.active).toBe(1);
    expect(activeState(two)).toEqual(today);
  });

  test('an edit changes only the active scenario', () => {
    const two = withActiveState(duplicateScenario(singleEstimate(today), ''), ea);
    expect(two.scenarios.map((s) => s.state.organisation.channel)).toEqual(['direct', 'enterprise-agreement']);
  });

  test(`holds at most ${MAX_SCENARIOS} scenarios: a fifth is not added`, () => {
    let e = singleEstimate(today);
    for (let i = 0; i < MAX_SCENARIOS + 2; i++) e = duplicateScenario(e, `Copy ${i}`, 0);
    expect(names(e)).toEqual(['', 'Copy 0', 'Copy 1', 'Copy 2']);
    expect(addScenario(e, 'More', ea)).toBe(e);
  });

  test('a name is cleaned like a group name; an empty one gives back the default', () => {
    const e = renameScenario(singleEstimate(today), 0, '  \u202eBoard\u0000 plan  ');
    expect(names(e)).toEqual(['Board plan']);
    expect(names(renameScenario(e, 0, '   '))).toEqual(['']);
    expect(renameScenario(e, 3, 'Nowhere')).toBe(e);
  });

  test('switching shows another scenario; an index that is not one changes nothing', () => {
    const two = addScenario(singleEstimate(today), 'Through an Enterprise Agreement', ea);
    expect(activeState(switchScenario(two, 0))).toBe(today);
    expect(switchScenario(two, 2)).toBe(two);
    expect(switchScenario(two, 0.5)).toBe(two);
  });

  test('deleting never removes the last scenario', () => {
    const one = singleEstimate(today);
    expect(deleteScenario(one, 0)).toBe(one);
  });

  test('deleting keeps the shown scenario shown, or shows the one before the deleted one', () => {
    let e = addScenario(addScenario(singleEstimate(today), 'B', ea), 'C', today);
    e = switchScenario(e, 2);
    expect([names(deleteScenario(e, 0)), deleteScenario(e, 0).active]).toEqual([['B', 'C'], 1]);
    expect([names(deleteScenario(e, 2)), deleteScenario(e, 2).active]).toEqual([['', 'B'], 1]);
    const first = switchScenario(e, 0);
    expect([names(deleteScenario(first, 0)), deleteScenario(first, 0).active]).toEqual([['B', 'C'], 0]);
  });
});
