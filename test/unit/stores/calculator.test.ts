import { beforeEach, describe, expect, test } from 'vitest';
import { defaultState } from '../../../src/lib/state';
import { $state, setExistingSubscription, setOrganisation } from '../../../src/stores/calculator';

beforeEach(() => {
  $state.set(defaultState('2026-11-22'));
});

describe('setExistingSubscription', () => {
  test('an existing subscription renews on the estimate date\'s day of the year until the user changes it', () => {
    setOrganisation('asOf', '2027-03-15');
    setExistingSubscription(true);
    expect($state.get().organisation.renewal).toBe('03-15');
  });

  test('a new purchase has no renewal', () => {
    setExistingSubscription(true);
    setExistingSubscription(false);
    expect($state.get().organisation.renewal).toBeNull();
  });
});
