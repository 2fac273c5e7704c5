// A Vite plugin for astro.config.mjs: decimal.js is the project's money library and the largest
// script the page loads (12.9 KB gzip), and most of it is arithmetic money never needs: the
// trigonometric and hyperbolic functions, logarithms, powers, roots, random numbers, fractions and
// other bases, with 2 KB of digits of pi and ln 10. This removes them from the browser's build only,
// so what remains (plus, minus, times, div, comparisons, rounding, toFixed) is decimal.js's own code,
// unchanged. The build fails if decimal.js changes shape or the site's code calls a removed method.

/** Prototype methods removed, by the long name that also assigns their short alias. */
const METHODS = [
  'cosine', 'cubeRoot', 'hyperbolicCosine', 'hyperbolicSine', 'hyperbolicTangent', 'inverseCosine',
  'inverseHyperbolicCosine', 'inverseHyperbolicSine', 'inverseHyperbolicTangent', 'inverseSine',
  'inverseTangent', 'logarithm', 'naturalExponential', 'naturalLogarithm', 'sine', 'squareRoot',
  'tangent', 'toBinary', 'toFraction', 'toHexadecimal', 'toNearest', 'toOctal', 'toPower',
];
/** Their short names, and the constructor's static functions removed. */
const ALIASES = ['cos', 'cbrt', 'cosh', 'sinh', 'tanh', 'acos', 'acosh', 'asinh', 'atanh', 'asin', 'atan', 'log', 'exp', 'ln', 'sin', 'sqrt', 'tan', 'toHex', 'pow'];
const STATICS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'atan2', 'cbrt', 'cos', 'cosh', 'exp', 'hypot', 'ln', 'log', 'log10', 'log2', 'pow', 'random', 'sin', 'sinh', 'sqrt', 'tan', 'tanh'];

const REMOVED_CALL = new RegExp(`(?<!\\bMath|\\bconsole)\\.(${[...new Set([...METHODS, ...ALIASES, ...STATICS])].join('|')})\\(`);

/** decimal.mjs without the removed methods; throws if one is not where decimal.js 10 keeps it. */
export function trimDecimal(code) {
  let out = code.replace(/\r\n/g, '\n');
  const cut = (pattern, what, by = '') => {
    const next = out.replace(pattern, by);
    if (next === out) throw new Error(`trim-decimal: ${what} not found; decimal.js has changed, review scripts/trim-decimal.mjs`);
    out = next;
  };
  for (const name of METHODS) cut(new RegExp(`^P\\.${name} = [^\\n]*function [^\\n]*\\n[\\s\\S]*?^\\};\\n`, 'm'), `P.${name}`);
  for (const name of STATICS) {
    cut(new RegExp(`^  Decimal\\.${name} = ${name};[^\\n]*\\n`, 'm'), `Decimal.${name}`);
    cut(new RegExp(`^function ${name}\\([^)]*\\) \\{\\n[\\s\\S]*?^\\}\\n`, 'm'), `function ${name}`);
  }
  // Binary, octal and hex strings with a binary exponent of 54 or more need pow; the site parses only
  // decimal strings it has checked, so such a string is rejected like any other invalid argument.
  cut(/Decimal\.pow\(2, p\)/, 'Decimal.pow in parseOther', 'invalidPower(str)');
  out += '\nfunction invalidPower(str) { throw Error(invalidArgument + str); }\n';
  // Only the removed functions read these digits; as '0', a call left would fail loudly (precision limit).
  cut(/(?<=^ {2}LN10 = )'[\d.]+'/m, 'LN10', "'0'");
  cut(/(?<=^ {2}PI = )'[\d.]+'/m, 'PI', "'0'");
  const left = out.match(REMOVED_CALL);
  if (left) throw new Error(`trim-decimal: decimal.js still calls .${left[1]}() after trimming`);
  return out;
}

/**
 * The Vite plugin: trims decimal.mjs in the build, and fails it when a module of the site calls a
 * removed method.
 * @returns {import('vite').Plugin}
 */
export function trimDecimalPlugin() {
  return {
    name: 'trim-decimal',
    apply: 'build',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (/[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/.test(id)) return { code: trimDecimal(code), map: null };
      if (/[\\/]src[\\/].*\.(ts|tsx)$/.test(id)) {
        const call = code.match(REMOVED_CALL);
        if (call) this.error(`calls .${call[1]}(), which scripts/trim-decimal.mjs removes from decimal.js for the browser`);
      }
    },
  };
}
