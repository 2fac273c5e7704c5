import { atom, computed } from 'nanostores';
import { availability, checkActiveUse, windowsGrant } from '../lib';
import { $organisationChoices } from './calculator';
import { $quote } from './lines';

/** The active-use checker's inputs; `assigned: null` follows the granted seats of the estimate. */
export interface ActiveUseInput {
  assigned: number | null;
  active: number | null;
}

/** The Windows grant's inputs: licences needed and the fee per licence as typed (null until entered). */
export interface WindowsInput {
  licences: number;
  fee: string | null;
}

/** What the user entered in the active-use checker. */
export const $activeUseInput = atom<ActiveUseInput>({ assigned: null, active: null });

/** What the user entered for the Windows grant. */
export const $windowsInput = atom<WindowsInput>({ licences: 10, fee: null });

/** The organisation's country: notifies only when it changes. */
const $country = computed($organisationChoices, (organisation) => organisation.country);

/** What is on offer in the organisation's country, or null until it is chosen. */
export const $availability = computed($country, (country) => (country ? availability(country) : null));

/** Granted licences assigned: the user's figure, or the granted seats of the current estimate. */
export const $assigned = computed([$activeUseInput, $quote], (input, quote) => input.assigned ?? (quote.ok ? quote.value.totals.grantedSeats : 0));

/** The rule checked, once the user has said how many are active; null when the figures conflict. */
export const $activeUse = computed([$assigned, $activeUseInput], (assigned, input) => {
  if (input.active === null) return undefined;
  return input.active > assigned ? null : checkActiveUse(assigned, input.active);
});

/** The Windows grant worked out from its inputs: licences granted, over the limit, and fees. */
export const $windows = computed($windowsInput, (input) => windowsGrant(input.licences, input.fee));

/** Sets one of the active-use checker's figures; `assigned: null` follows the estimate again. */
export function setActiveUseInput<K extends keyof ActiveUseInput>(key: K, value: ActiveUseInput[K]): void {
  $activeUseInput.set({ ...$activeUseInput.get(), [key]: value });
}

/** Sets one of the Windows grant's inputs. */
export function setWindowsInput<K extends keyof WindowsInput>(key: K, value: WindowsInput[K]): void {
  $windowsInput.set({ ...$windowsInput.get(), [key]: value });
}
