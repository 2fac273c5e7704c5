/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    reporters: ['default', './test/support/count-reporter.ts'],
  },
});
