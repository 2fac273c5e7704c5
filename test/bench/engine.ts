import type * as Engine from './engine-entry';

/**
 * The engine the benchmarks time. `npm run bench` first bundles it as the site's build does (Vite,
 * with the site's trim of decimal.js, into one module, so a call from one engine module to another
 * is a plain call) and names the bundle in BENCH_ENGINE. Without it (`npx vitest bench`) the source
 * runs through vitest's module runner, which turns each such call into a read of the other module's
 * exports object: the same quote measured about 1.6 times slower that way.
 */
const engine: typeof Engine = process.env.BENCH_ENGINE
  ? await import(/* @vite-ignore */ process.env.BENCH_ENGINE)
  : await import('./engine-entry');

export const { advise, organisationChanges, planGrant, planOpen, priceBook, priceOrganisation, project, quote, suggestUnits } = engine;

/**
 * Each benchmark's options: a second of warm-up before timing. With tinybench's 100 ms the quote
 * was timed at 0.048 to 0.098 ms in five runs (most of them before V8 had optimised it), and at 0.045
 * to 0.048 ms in four of five runs with a second.
 */
export const WARM = { warmupTime: 1_000 };
