/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is not enough, so every test gets a minute.
    testTimeout: 60_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    reporters: ['default', './test/support/count-reporter.ts'],
  },
});
