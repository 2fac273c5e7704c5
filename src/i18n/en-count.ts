/** English numbers inside sentences, shared by the English dictionary files. */

const integer = new Intl.NumberFormat('en-US');

/** A whole number with thousands separators: `2,000`. */
export const count = (value: number): string => integer.format(value);

/** A count and its noun, singular for one: `1 unit`, `30 units`. */
export const plural = (value: number, one: string, other: string): string => `${count(value)} ${value === 1 ? one : other}`;
