import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CALCULATOR, CALCULATOR_PORT } from './test/support/origins';

// Debian's Chromium. Its headless shell first: the same Blink and V8 without the browser around
// them, as Playwright's own headless default, for about a sixth less of the suite's time (193–198 s
// against 229–243 s for the same 131 tests). Then the full browser; the binary behind the wrapper
// script avoids a harmless shell warning. Lighthouse, perf and the size budget use the full browser.
const chromium =
  process.env.CHROMIUM_PATH ??
  ['/usr/lib/chromium/chromium-headless-shell', '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Sized for a loaded 2-core machine: tests wait on state, never on the clock, so a longer
  // ceiling costs nothing when the machine is idle.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./test/support/e2e-count-reporter.ts']],
  use: {
    baseURL: CALCULATOR,
    // Recording a trace costs about a fifth of the suite's time on every test, passed or not, so it
    // is off unless asked for: `E2E_TRACE=1 npm run e2e -- <spec>` keeps one for each failure.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The built site, as a static host would serve it; `npm test` builds before this runs.
    // E2E_PORT gives each run its own port; astro preview would silently move to the next free port.
    command: `node node_modules/astro/astro.js preview --host 127.0.0.1 --port ${CALCULATOR_PORT}`,
    url: `${CALCULATOR}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
