import type { NumberStyle } from '../lib/address/number-style';
import { intlTag, type Locale } from './locales';

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

const styles: Partial<Record<Locale, NumberStyle>> = {};

/** The number style of a page's locale, worked out once: what its seat and amount fields accept. */
export function localeNumberStyle(locale: Locale): NumberStyle {
  return (styles[locale] ??= numberStyle(intlTag(locale)));
}

/** A plain amount from the state ("12.50") as a field shows it for editing in a style ("12,50"): ungrouped, so it reads back unchanged. */
export function editableAmount(value: string, style: NumberStyle): string {
  return value.replace('.', style.decimal);
}
