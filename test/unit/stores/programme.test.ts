import { beforeEach, describe, expect, test } from 'vitest';
import { $activeUse, $activeUseInput, $windows, $windowsInput, setActiveUseInput, setWindowsInput } from '../../../src/stores/programme';

beforeEach(() => {
  $activeUseInput.set({ assigned: null, active: null });
  $windowsInput.set({ licences: 10, fee: null });
});

describe('setActiveUseInput', () => {
  test('sets one figure and keeps the other, and the rule is checked from them', () => {
    setActiveUseInput('assigned', 40);
    setActiveUseInput('active', 20);
    expect($activeUseInput.get()).toEqual({ assigned: 40, active: 20 });
    expect($activeUse.get()).toMatchObject({ percent: '50.0', meets: false });
  });

  test('assigned back to null follows the estimate again', () => {
    setActiveUseInput('assigned', 40);
    setActiveUseInput('assigned', null);
    expect($activeUseInput.get().assigned).toBeNull();
  });
});

describe('setWindowsInput', () => {
  test('sets the licences and the fee one at a time, and the grant is worked out from both', () => {
    setWindowsInput('licences', 64);
    setWindowsInput('fee', '12.5');
    expect($windowsInput.get()).toEqual({ licences: 64, fee: '12.5' });
    expect($windows.get()).toMatchObject({ granted: 50, overLimit: 14, feeTotal: '625.00' });
  });
});
