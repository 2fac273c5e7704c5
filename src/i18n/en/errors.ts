/** Why the engine refused an input, in English; loaded the first time a page has to say it. */
import type { BillingTerm } from '../../data/types';
import type { ErrorStrings } from '../messages';
import { either } from '../lists';
import { count, plural } from './count';

/** What each billing term code means, beside the code a caller must write. */
const termNames: Record<BillingTerm, string> = {
  'annual-yearly': 'annual commitment paid yearly',
  'annual-monthly': 'paid monthly',
  monthly: 'monthly term',
};

export const errors: ErrorStrings = {
  failed: 'This combination could not be priced:',

  /** `f` names the input at fault (`lines[0].staff`). */
  messages: {
    'invalid-lines': (f, p) => `${f} must be a list of product lines (at most ${count(p.max)}).`,
    'invalid-seats': (f, p) => `${f} must be a whole number of seats from ${count(p.min)} to ${count(p.max)}.`,
    'unknown-product': (f, p) => `${f}: there is no product "${p.value}" in the price book.`,
    'duplicate-product': (f, p) => `${f}: "${p.value}" is already on another line; put all its seats on one line so the grant is counted once.`,
    'invalid-channel': (f, p) => `${f} must be ${either('en', p.allowed.map((channel) => `"${channel}"`))}.`,
    'invalid-date': (f) => `${f} must be a real date written YYYY-MM-DD.`,
    'invalid-renewal': (f) => `${f} must be a day of the year written MM-DD, such as 11-01.`,
    // The dates stay as written in the input: this message names what the caller passed.
    'date-before-price-book': (f, p) => `${f}: prices apply from ${p.value}, but the price book starts on ${p.first}.`,
    'invalid-months': (f, p) => `${f} must be a whole number of months from ${count(p.min)} to ${count(p.max)}.`,
    'invalid-term': (f, p) => `${f} must be ${either('en', p.allowed.map((term) => `"${term}" (${termNames[term]})`))}.`,
    'invalid-groups': (f, p) => `${f} must be a list of groups of people (at most ${count(p.max)}).`,
    'invalid-group': (f) => `${f} must be a group with an id, a name and whether its people may receive grants.`,
    'duplicate-group': (f, p) => `${f}: the group id "${p.value}" is used by another group.`,
    'not-a-suite': (f, p) => `${f}: "${p.value}" is an add-on, not a suite; a group has one suite and add-ons on top.`,
    'not-an-add-on': (f, p) => `${f}: "${p.value}" is a suite, not an add-on; a group has one suite only.`,
    'duplicate-add-on': (f, p) => `${f}: "${p.value}" is already an add-on of this group.`,
    'invalid-count': (f, p) => `${f} must be a whole number from ${count(p.min)} to ${count(p.max)}.`,
    'active-above-assigned': (f) => `${f} cannot be more than the licences assigned.`,
    'invalid-amount': (f) => `${f} must be an amount such as 12.50: not negative, at most two decimals.`,
    'invalid-spend': (f, p) => `${f} must be one monthly amount, or one for each of the next ${count(p.months)} months, such as 150.00.`,
    'invalid-units': (f, p) => `${f} must be a whole number of units from ${count(p.min)} to ${count(p.max)}.`,
    'too-many-keys': (f, p) => `${f}: the planner takes at most ${count(p.max)} credit keys.`,
    'activation-before-purchase': (f) => `${f}: a key cannot be activated before it is bought.`,
    'activation-too-late': (f, p) => `${f}: a key must be activated within ${plural(p.years, { one: 'year', other: 'years' })} of purchase, so by ${p.last} at the latest.`,
  },
};
