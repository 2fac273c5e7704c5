/**
 * How a locale writes numbers, as data: its decimal mark and the group separators people type.
 * The engine takes no locale names; the dictionaries' layer derives a style from a locale with Intl.
 */
export interface NumberStyle {
  decimal: string;
  /** Separators accepted between groups of three digits. */
  group: readonly string[];
}

/** The style the parsers assume unless given another: the English pages', "1,200.50". */
export const DEFAULT_NUMBER_STYLE: NumberStyle = { decimal: '.', group: [','] };

/** A number as typed, split by a style: sign, whole digits (groups removed) and decimal digits. */
export interface NumberParts {
  negative: boolean;
  whole: string;
  /** The digits after the decimal mark, or null when there is no mark. */
  fraction: string | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of a number as the style writes it; grouping is anchored: one to three digits first, then exactly three per group. */
function patternOf(style: NumberStyle): RegExp {
  const group = style.group.map(escape).join('|');
  const whole = group ? `\\d*|\\d{1,3}(?:(?:${group})\\d{3})+` : '\\d*';
  return new RegExp(`^(-?)(${whole})(?:${escape(style.decimal)}(\\d*))?$`);
}

/** Splits trimmed text into a number's parts as the style writes them, or null when it is not such a number. */
export function splitNumber(text: string, style: NumberStyle): NumberParts | null {
  const match = patternOf(style).exec(text);
  if (!match || !/\d/.test(text)) return null;
  const whole = style.group.reduce((digits, separator) => digits.replaceAll(separator, ''), match[2]!);
  return { negative: match[1] === '-', whole, fraction: match[3] ?? null };
}
