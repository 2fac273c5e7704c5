import { computed } from 'nanostores';
import { quote, toQuoteInput } from '../lib';
import { $laterOrganisation, $laterState, attempt } from './calculator';

/**
 * The line engine's input for the panels below the calculator (outlook, projection, the 85 % rule):
 * the seats that can be bought, per product, one frame after an edit (see later.ts). Apart from calculator.ts so the calculator's own bundle
 * does not carry the line engine's entry points.
 */
export const $quoteInput = computed([$laterState, $laterOrganisation], (state, priced) => toQuoteInput(state, priced.ok ? priced.value : null));

/** The estimate of the current choices as lines, or the input error that stopped it. */
export const $quote = computed($quoteInput, (input) => attempt(() => quote(input)));
