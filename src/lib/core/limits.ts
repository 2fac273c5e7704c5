/**
 * The engine's limits in one module that imports nothing, so a dictionary can name them in a
 * sentence without pulling the engine into its bundle.
 */

/** The most seats a line, or the organisation, may have. */
export const MAX_SEATS = 1_000_000;

/** The most product lines a quote takes. */
export const MAX_LINES = 100;

/** The longest projection the engine makes. */
export const MAX_MONTHS = 120;

/** The page's outlook: the next 12 months. */
export const OUTLOOK_MONTHS = 12;

/** How far the Azure planner looks ahead. */
export const PLAN_MONTHS = 24;

/** A spend that varies gives one amount for each of this many months; later months repeat them. */
export const SPEND_MONTHS = 12;

/** The most Azure in Open credit keys the planner takes. */
export const MAX_KEYS = 50;

/** A credit key holds at least one unit and at most this many. */
export const MIN_UNITS = 1;
export const MAX_UNITS = 10_000;

/** The most scenarios an estimate holds side by side ("Today", "After our renewal", …). */
export const MAX_SCENARIOS = 4;
