import { atom, computed } from 'nanostores';
import { availability, checkActiveUse, windowsGrant } from '../lib';
import { $quote, $state } from './calculator';

/** The active-use checker's inputs; `assigned: null` follows the granted seats of the estimate. */
export const $activeUseInput = atom<{ assigned: number | null; active: number | null }>({ assigned: null, active: null });

/** The Windows grant's inputs: licences needed and the fee per licence as typed (null until entered). */
export const $windowsInput = atom<{ licences: number; fee: string | null }>({ licences: 10, fee: null });

/** What is on offer in the organisation's country, or null until it is chosen. */
export const $availability = computed($state, (state) => (state.organisation.country ? availability(state.organisation.country) : null));

/** Granted licences assigned: the user's figure, or the granted seats of the current estimate. */
export const $assigned = computed([$activeUseInput, $quote], (input, quote) => input.assigned ?? (quote.ok ? quote.value.totals.grantedSeats : 0));

/** The rule checked, once the user has said how many are active; null when the figures conflict. */
export const $activeUse = computed([$assigned, $activeUseInput], (assigned, input) => {
  if (input.active === null) return undefined;
  return input.active > assigned ? null : checkActiveUse(assigned, input.active);
});

export const $windows = computed($windowsInput, (input) => windowsGrant(input.licences, input.fee));
