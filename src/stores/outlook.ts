import { computed } from 'nanostores';
import { featuredChange } from '../data/highlights';
import { OUTLOOK_MONTHS, acrossChange, changesAffecting, organisationChanges, project } from '../lib';
import { $organisationInput, attempt } from './calculator';
import { later } from './later';
import { $quoteInput } from './lines';

/** The selection the day before and the day of the 1 Sept 2022 change. */
export const $featuredChange = computed($quoteInput, (input) => attempt(() => acrossChange(input, featuredChange.date)));

/** Later dated changes that alter a price or grant of the selection. */
export const $laterChanges = computed($quoteInput, (input) => attempt(() => changesAffecting(input, featuredChange.date)));

/** The next 12 months, month by month. */
export const $projection = computed($quoteInput, (input) => attempt(() => project(input, OUTLOOK_MONTHS)));

/** Every dated change in the book that alters the organisation's money, with what it does a month and a year (one frame after an edit). */
export const $organisationChanges = computed(later($organisationInput), (input) => attempt(() => organisationChanges(input)));
