import { beforeEach, describe, expect, test } from 'vitest';
import { defaultState, singleEstimate } from '../../../src/lib';
import { MAX_SCENARIOS } from '../../../src/lib/core';
import { $estimate, $state, setTerm } from '../../../src/stores/calculator';
import { setGroup } from '../../../src/stores/groups';
import { addScenario, deleteScenario, duplicateScenario, renameScenario, switchScenario } from '../../../src/stores/scenarios';

const today = defaultState('2026-11-23');
const names = () => $estimate.get().scenarios.map((s) => s.name);
const terms = () => $estimate.get().scenarios.map((s) => s.state.organisation.term);

beforeEach(() => {
  $estimate.set(singleEstimate(today));
  $state.set(today);
});

describe('the scenario actions', () => {
  test('an edit on the page changes the shown scenario only', () => {
    duplicateScenario('After our renewal');
    setTerm('monthly');
    expect(terms()).toEqual(['annual-yearly', 'monthly']);
  });

  test('switching puts the other scenario in every panel', () => {
    duplicateScenario();
    setGroup('g1', { suite: 'm365-business-basic' });
    switchScenario(0);
    expect($state.get().groups[0]?.suite).toBe('m365-business-premium');
    switchScenario(1);
    expect($state.get().groups[0]?.suite).toBe('m365-business-basic');
  });

  test('addScenario puts a given state beside the others, shown, and refuses a fifth', () => {
    const advised = { ...today, organisation: { ...today.organisation, channel: 'enterprise-agreement' as const } };
    expect(addScenario("Advisor's plan", advised)).toBe(true);
    expect([names(), $state.get()]).toEqual([['', "Advisor's plan"], advised]);
    for (let i = 2; i < MAX_SCENARIOS; i++) duplicateScenario();
    expect(addScenario('One too many')).toBe(false);
    expect(names()).toHaveLength(MAX_SCENARIOS);
  });

  test('renaming and deleting keep the shown scenario in the panels', () => {
    duplicateScenario();
    setTerm('monthly');
    renameScenario(0, 'Today');
    deleteScenario(0);
    expect([names(), $state.get().organisation.term]).toEqual([[''], 'monthly']);
    deleteScenario(0);
    expect(names()).toEqual(['']);
  });
});
