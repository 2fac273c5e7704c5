import { computed } from 'nanostores';
import type { UserRate } from '../lib';
import { $state, update } from './calculator';

/** The user's own exchange rate, or null: only an indicative figure beside each US dollar total. */
export const $userRate = computed($state, (state) => state.rate ?? null);

/** Sets or clears the user's exchange rate (a checked rate only: the field parses it first). */
export function setUserRate(rate: UserRate | null): void {
  update(({ rate: _old, ...state }) => (rate ? { ...state, rate } : state));
}
