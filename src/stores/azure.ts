import { computed } from 'nanostores';
import { planGrant, planOpen, suggestUnits, unitsValue, type AzureChoice, type OpenKey } from '../lib';
import { $state, attempt } from './calculator';

// Each plan reads only its own inputs, through stores that notify only when their value changes:
// typing a seat count or adding a line leaves both plans (and their engine runs) alone.
const $asOf = computed($state, ({ organisation }) => organisation.asOf);
const $country = computed($state, ({ organisation }) => organisation.country);
const $grantChoice = computed($state, ({ azure }) => azure.grant);
const $openChoice = computed($state, ({ azure }) => azure.open);

/** The grant subscription planned from the estimate date, or null when not planned. */
export const $grantPlan = computed([$asOf, $grantChoice], (asOf, grant) => (grant ? attempt(() => planGrant(asOf, grant)) : null));

/** The Azure in Open subscription planned as entered, and the keys to buy (with what they are worth) so nothing is suspended. */
export const $openPlan = computed([$asOf, $country, $openChoice], (asOf, country, open) => {
  if (!open) return null;
  const input = { ...open, country };
  return attempt(() => ({ plan: planOpen(asOf, input), suggestions: suggestUnits(asOf, input).suggestions.map((s) => ({ ...s, value: unitsValue(s.units) })) }));
});

function updateAzure(change: (azure: AzureChoice) => AzureChoice): void {
  const state = $state.get();
  $state.set({ ...state, azure: change(state.azure) });
}

/** Plans the grant subscription (from the estimate date, nothing used yet), or stops planning it. */
export function planGrantSubscription(on: boolean): void {
  const { asOf } = $state.get().organisation;
  updateAzure((azure) => ({ ...azure, grant: on ? { start: asOf, usedSoFar: '0', spend: ['0'] } : null }));
}

/** Changes some of the grant subscription's inputs; nothing when it is not planned. */
export function updateGrant(patch: Partial<NonNullable<AzureChoice['grant']>>): void {
  updateAzure((azure) => (azure.grant ? { ...azure, grant: { ...azure.grant, ...patch } } : azure));
}

/** Plans the Azure in Open subscription, or stops planning it. */
export function planOpenSubscription(on: boolean): void {
  updateAzure((azure) => ({ ...azure, open: on ? { spend: ['0'], keys: [], threshold: null } : null }));
}

/** Changes some of the Azure in Open inputs; nothing when it is not planned. */
export function updateOpen(patch: Partial<NonNullable<AzureChoice['open']>>): void {
  updateAzure((azure) => (azure.open ? { ...azure, open: { ...azure.open, ...patch } } : azure));
}

/** Adds a key of 10 units bought and activated on the estimate date. */
export function addKey(): void {
  const { asOf } = $state.get().organisation;
  const keys = $state.get().azure.open?.keys ?? [];
  updateOpen({ keys: [...keys, { units: 10, purchased: asOf, activated: asOf }] });
}

/** Changes some of one key's figures. */
export function updateKey(index: number, patch: Partial<OpenKey>): void {
  const keys = $state.get().azure.open?.keys ?? [];
  updateOpen({ keys: keys.map((key, i) => (i === index ? { ...key, ...patch } : key)) });
}

/** Removes one key. */
export function removeKey(index: number): void {
  const keys = $state.get().azure.open?.keys ?? [];
  updateOpen({ keys: keys.filter((_, i) => i !== index) });
}
