import type { NumberStyle } from '../lib/address/number-style';

/** Spaces a locale may group digits with: people type a plain space where the locale prints a no-break one. */
const SPACES = [' ', '\u00a0', '\u202f'];

/** How a locale writes numbers, as the field parsers take it: its decimal mark and the group separators people type. */
export function numberStyle(locale: string): NumberStyle {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const group = parts.find((part) => part.type === 'group')?.value;
  if (group === undefined) return { decimal, group: [] };
  return { decimal, group: /\s/.test(group) ? SPACES : [group] };
}
