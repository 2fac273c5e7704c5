/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Tests that stub globals, fake timers or hold the stores' module state: each file in a fresh module graph. */
const STATEFUL = ['test/unit/stores/**/*.test.ts', 'test/unit/components/**/*.test.ts', 'test/unit/hydration/**/*.test.ts'];

export default getViteConfig({
  test: {
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is not enough, so every test gets a minute.
    testTimeout: 60_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    reporters: ['default', './test/support/count-reporter.ts'],
    projects: [
      // The engine, data, dictionaries and scripts keep no state between calls: their files share one
      // module graph per worker, which halves the run (each file no longer imports the engine afresh).
      { extends: true, test: { name: 'shared', include: ['test/unit/**/*.test.ts'], exclude: STATEFUL, isolate: false } },
      { extends: true, test: { name: 'isolated', include: STATEFUL } },
    ],
  },
});
