import type * as Engine from './engine-entry';

/**
 * The engine the benchmarks time. `npm run bench` first bundles it as the site's build does (Vite,
 * with the site's trim of decimal.js, into one module, so a call from one engine module to another
 * is a plain call) and names the bundle in BENCH_ENGINE. Without it (`npx vitest bench`) the source
 * runs through vitest's module runner, which turns each such call into a read of the other module's
 * exports object: in six alternated runs the quote's median was 0.045–0.098 ms that way and
 * 0.040–0.043 ms bundled.
 */
const engine: typeof Engine = process.env.BENCH_ENGINE ? await bundled(process.env.BENCH_ENGINE) : await import('./engine-entry');

/** The bundle at `url`, checked against the entry it was built from: an import by address is untyped. */
async function bundled(url: string): Promise<typeof Engine> {
  const module: Record<string, unknown> = await import(/* @vite-ignore */ url);
  const missing = Object.keys(await import('./engine-entry')).filter((name) => module[name] === undefined);
  if (missing.length > 0) throw new Error(`${url} does not export ${missing.join(', ')}; is it the bundle of test/bench/engine-entry.ts?`);
  return module as unknown as typeof Engine;
}

export const { advise, organisationChanges, planGrant, planOpen, priceBook, priceOrganisation, project, quote, suggestUnits } = engine;

/**
 * Each benchmark's options: a second of warm-up before timing. In five runs alternated with five
 * using tinybench's 100 ms, the quote's median was 0.045–0.048 ms in four (the fifth 0.095 ms)
 * against 0.048–0.098 ms, four of those over 0.076 ms.
 */
export const WARM = { warmupTime: 1_000 };
