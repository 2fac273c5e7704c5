import { DATE_STYLES, intlTag, type Locale } from './locales';

/** Prices are in US dollars on every page, whatever its language: Microsoft publishes them so. */
const CURRENCY = 'USD';

/** A noun by plural category (`{ one: 'seat', other: 'seats' }`); `other` is the fallback every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Money, counts, percentages, dates, plurals and country names in one locale, all through Intl. */
export interface Formatters {
  /** A decimal string from the engine (`'82.50'`), formatted exactly, never through a float. */
  money: (value: string) => string;
  /** A round amount without cents, for approximate figures: `$2,000`. */
  wholeMoney: (value: string) => string;
  count: (value: number) => string;
  /** A count and its noun in the right plural form: `1 seat`, `30 seats`. */
  plural: (value: number, forms: PluralForms) => string;
  /** A percentage string from the engine (`'85.0'`). */
  percent: (value: string) => string;
  /** A `YYYY-MM-DD` date, read as a calendar day (no time zone shift): `November 23, 2026`, `23.11.2026`. */
  date: (value: string) => string;
  /** A chart axis amount, short: `$1.5K`. */
  axisMoney: (value: number) => string;
  /** A month on a chart axis: `Nov`. */
  monthShort: (value: string) => string;
  /** A month in a label: `November 2026`. */
  monthLong: (value: string) => string;
  /** An amount in a currency the page does not know (the user's own): `625.00`, no symbol. */
  plainAmount: (value: string) => string;
  /** A country or territory's name from its ISO code. */
  region: (code: string) => string;
  /** Compares two names in the language's alphabetical order. */
  compare: (a: string, b: string) => number;
}

/** Makes a value the first time it is asked for, then keeps it: most pages use few of the formatters. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function build(tag: string, dateStyle: Intl.DateTimeFormatOptions): Formatters {
  // Each Intl object is made on its first use, not when the formatters are.
  const number = (options?: Intl.NumberFormatOptions) => {
    const format = once(() => new Intl.NumberFormat(tag, options));
    // A decimal string is formatted as written (exactly), never through a float.
    return (value: number | string) => format().format(value as Intl.StringNumericLiteral);
  };
  const day = (options: Intl.DateTimeFormatOptions) => {
    const format = once(() => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options }));
    return (value: string) => format().format(new Date(`${value}T00:00:00Z`));
  };
  const usd = { style: 'currency', currency: CURRENCY } as const;
  const count = number();
  const plurals = once(() => new Intl.PluralRules(tag));
  const regions = once(() => new Intl.DisplayNames([tag], { type: 'region' }));
  const collator = once(() => new Intl.Collator(tag));
  return {
    money: number(usd),
    wholeMoney: number({ ...usd, minimumFractionDigits: 0, maximumFractionDigits: 0 }),
    count,
    plural: (value, forms) => `${count(value)} ${forms[plurals().select(value)] ?? forms.other}`,
    percent: number({ style: 'unit', unit: 'percent', maximumFractionDigits: 1 }),
    date: day(dateStyle),
    axisMoney: number({ ...usd, notation: 'compact', maximumFractionDigits: 1 }),
    monthShort: day({ month: 'short' }),
    monthLong: day({ month: 'long', year: 'numeric' }),
    plainAmount: number({ minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    region: (code) => regions().of(code) ?? code,
    compare: (a, b) => collator().compare(a, b),
  };
}

const built: Partial<Record<Locale, Formatters>> = {};

/** The formatters of a locale, made once per page; each Intl object is built the first time it is used. */
export function formatters(locale: Locale): Formatters {
  return (built[locale] ??= build(intlTag(locale), DATE_STYLES[locale]));
}
