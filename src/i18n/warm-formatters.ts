import { formatters, type Formatters } from './format';
import type { Locale } from './locales';

/**
 * One use of each formatter, with a value of the kind it formats. Typed against `Formatters`, so a
 * formatter added there does not compile until it is used here too.
 */
const ONE_USE_EACH: { [Name in keyof Formatters]: (f: Formatters) => string | number } = {
  money: (f) => f.money('1234.50'),
  wholeMoney: (f) => f.wholeMoney('1234'),
  count: (f) => f.count(1234),
  plural: (f) => f.plural(2, { one: 'x', other: 'x' }),
  percent: (f) => f.percent('85.0'),
  date: (f) => f.date('2026-11-23'),
  axisMoney: (f) => f.axisMoney(1500),
  monthShort: (f) => f.monthShort('2026-11-01'),
  monthLong: (f) => f.monthLong('2026-11-01'),
  plainAmount: (f) => f.plainAmount('625.00'),
  region: (f) => f.region('NO'),
  compare: (f) => f.compare('a', 'b'),
};

/**
 * Builds every Intl object a locale's formatters use, by using each formatter once; returns what
 * each printed. Run in a worker (src/hydration/intl-worker.ts), it loads the ICU data the page will
 * need into the browser's process-wide caches, so the page's own first formatter is cheap.
 */
export function warmFormatters(locale: Locale): Record<keyof Formatters, string | number> {
  const f = formatters(locale);
  return Object.fromEntries(Object.entries(ONE_USE_EACH).map(([name, use]) => [name, use(f)])) as Record<keyof Formatters, string | number>;
}
