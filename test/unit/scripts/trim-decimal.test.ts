import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { trimDecimal } from '../../../scripts/trim-decimal.mjs';

const source = readFileSync('node_modules/decimal.js/decimal.mjs', 'utf8');
const file = join(mkdtempSync(join(tmpdir(), 'trim-decimal-')), 'decimal.mjs');
writeFileSync(file, trimDecimal(source));
const Trimmed = ((await import(pathToFileURL(file).href)) as { default: typeof Decimal }).default;

const settings = { precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 } as const;
const Full = Decimal.clone(settings);
const Trim = Trimmed.clone(settings);

/** Every operation the site performs on money, as strings. */
function money(D: typeof Decimal, a: string, b: string): string[] {
  const x = new D(a);
  const y = new D(b);
  return [
    x.plus(y), x.minus(y), x.times(y), y.isZero() ? 'zero' : x.div(y), x.toDecimalPlaces(2, D.ROUND_HALF_UP), x.toDecimalPlaces(1, D.ROUND_DOWN),
    x.ceil(), x.floor(), x.round(), x.comparedTo(y), x.greaterThan(y), x.lessThan(y), x.lte(y), x.isInteger(), D.max(x, y), D.min(x, y), x.toNumber(), x.toFixed(2),
  ].map(String);
}

const amount = fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 })).map(([units, cents]) => `${units}.${String(cents).padStart(2, '0')}`);

describe('trimDecimal', () => {
  test('gives the same result as decimal.js for every operation the site performs on money', () => {
    fc.assert(fc.property(amount, amount, (a, b) => {
      expect(money(Trim, a, b)).toEqual(money(Full, a, b));
    }), { numRuns: 2000 });
  });

  test('leaves out the functions money never needs', () => {
    expect([typeof Trim.prototype.sqrt, typeof Trim.prototype.ln, typeof Trim.pow, typeof Trim.random]).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  test('fails loudly when decimal.js no longer has the shape it trims', () => {
    expect(() => trimDecimal(source.replace('P.toPower = P.pow =', 'P.pow ='))).toThrow('trim-decimal: P.toPower not found; decimal.js has changed, review scripts/trim-decimal.mjs');
  });
});
