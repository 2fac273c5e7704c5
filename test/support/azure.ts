import type { OpenInput } from '../../src/lib/azure';

/** The day the Azure plans in the unit tests start: `asOf`. */
export const asOf = '2026-11-22';

/** A credit key of `units`, activated on a day and bought then (or earlier). */
export const key = (units: number, activated: string, purchased = activated) => ({ units, purchased, activated });

/** An Azure in Open input: spend and keys, no threshold unless `extra` sets one. */
export const open = (spend: string[], keys: OpenInput['keys'], extra: Partial<OpenInput> = {}): OpenInput => ({ spend, keys, threshold: null, ...extra });
