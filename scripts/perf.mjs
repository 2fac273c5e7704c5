#!/usr/bin/env node
// What the built site costs a browser, reported, never asserted: per page, the JavaScript Chromium
// requests before any interaction and after scrolling the whole page, the longest main-thread task
// while loading at 4× CPU throttling, Lighthouse mobile medians of 3; per scenario in
// scripts/perf-scenarios.mjs, input-to-painted-total p50/p95 at 1× and 4×; the engine's medians.
// The first interaction on a first visit pays for loading and hydrating the calculator
// (client:firstinput): it is timed apart, each sample on a fresh page.
// Flags: --samples=N (30), --first=N (first-input samples, 10), --runs=N (Lighthouse runs, 3),
// --loads=N (loads per page for the longest task, 5), --port=N (4395), --pages=/,/nb/ (every built
// page), --no-lighthouse, --no-interactions, --no-bench. The floor (a page with nothing in it) is
// measured first, the same ways, so a figure can be read against what the host costs anyway.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runLighthouse } from './lighthouse.mjs';
import { chromeArgs, chromePath, startPreview } from './preview.mjs';
import { PEOPLE, scenarios, timeAction, TOTAL } from './perf-scenarios.mjs';
import { requestedScripts, settle } from './requested-scripts.mjs';

const flag = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SAMPLES = flag('samples', 30);
const FIRST = flag('first', 10);
const RUNS = flag('runs', 3);
const LOADS = flag('loads', 5);
const PORT = flag('port', 4395);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];
const median = (values) => quantile(values, 0.5);

function pagesIn(dir, prefix = '/') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory() && entry.name !== '_astro') return pagesIn(join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name === 'index.html' ? [prefix] : [];
  });
}

/** Gzip -9 bytes of the JavaScript files requested (as scripts/size.mjs counts them). */
function scriptBytes(paths) {
  return paths.reduce((sum, path) => sum + gzipSync(readFileSync(join('dist', path)), { level: 9 }).length, 0);
}

/** Scrolls the whole page 400 px at a time, as a reader would. */
async function scrollThrough(page) {
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
}

/** Wakes the calculator as a reader's pointer would, and waits until it has hydrated. */
async function wake(page) {
  await page.locator('.calculator').dispatchEvent('pointerover');
  await page.locator('.calculator[data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
}

/**
 * The longest main-thread task while `url` loads at 4× CPU, and, unless `waking` is false, while the
 * first interaction then loads and hydrates the calculator. `route` serves a page that is not in the
 * build (the floor below).
 */
async function longestLoadTask(browser, url, { waking = true, route } = {}) {
  const page = await browser.newPage();
  if (route) await page.route(url, route);
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await settle(page, requests);
  const loading = await page.evaluate(() => window.__longest);
  if (!waking) {
    await page.close();
    return { loading };
  }
  // Then the first interaction: the calculator loads and hydrates.
  await page.evaluate(() => (window.__longest = 0));
  await wake(page);
  await settle(page, requests);
  const woken = await page.evaluate(() => window.__longest);
  await page.close();
  return { loading, waking: woken };
}

/** `LOADS` loads of a page: the longest task of each while loading (and while waking, for the calculator). */
async function longestLoadTasks(browser, url, options) {
  const runs = [];
  for (let i = 0; i < LOADS; i++) runs.push(await longestLoadTask(browser, url, options));
  return { loading: runs.map((r) => r.loading), waking: runs.map((r) => r.waking) };
}

/** One load task figure over several loads: the median, the range, and how many loads had a task over 50 ms. */
const loadTasks = (values) => `median ${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))}), a task over 50 ms in ${values.filter((v) => v > 50).length} of ${values.length} loads`;

/**
 * The floor under every figure here: a page with a heading, a field and a line of text, served on
 * the same origin, whose only script copies the field into the line. Its longest load task is what
 * this browser on this host costs before any page of ours, and its input-to-paint time is the wait
 * for the next frame and the frame itself, with nothing to lay out.
 */
const FLOOR_PATH = '/__floor/';
const FLOOR_HTML = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Floor</title>
<h1>A page with nothing in it</h1><p>One heading, one field and one line of text.</p>
<label>Count <input id="field"></label><p id="out">0</p>
<script>field.addEventListener('input', () => { out.textContent = field.value; });</script></html>`;
const serveFloor = (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: FLOOR_HTML });

/** Typing into the floor's field until its line shows the number: the same timing as the pages' scenarios. */
const floorScenario = {
  name: 'input to painted text',
  page: 'floor',
  watch: { text: '#out' },
  async prepare() {
    return true;
  },
  action(i) {
    return { kind: 'input', selector: '#field', value: String(100 + i) };
  },
  async reset() {},
};

/**
 * A first visit's first input: on a fresh page, focus the first group's people and type a count;
 * the milliseconds until the frame that paints the new total (the calculator loads and hydrates
 * in between, and the typed count is replayed on it).
 */
async function timeFirstInput(browser, url, rate) {
  const times = [];
  for (let i = 0; i < FIRST; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    await settle(page, requests, 300);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const input = await page.locator(PEOPLE).evaluate((el) => `#${el.id}`);
    times.push(
      await page.evaluate(
        async ({ input, total, value }) => {
          const field = document.querySelector(input);
          const before = document.querySelector(total).textContent;
          const start = performance.now();
          field.focus();
          field.value = value;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => {
            const check = () => (document.querySelector(total).textContent !== before ? resolve() : requestAnimationFrame(check));
            check();
          });
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return performance.now() - start;
        },
        { input, total: TOTAL, value: String(30 + i) },
      ),
    );
    await context.close();
  }
  return times;
}

/** A scenario's samples on `url`; on the floor (`page: 'floor'`), served in place and with no calculator to wake. */
async function timeScenario(browser, url, scenario, rate) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  if (scenario.page === 'floor') await page.route(url, serveFloor);
  await page.goto(url);
  if (scenario.page !== 'floor') await wake(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (!(await scenario.prepare(page))) {
    await page.close();
    return null;
  }
  const times = [];
  for (let i = -2; i < SAMPLES; i++) {
    await scenario.before?.(page);
    // Each sample starts from a page at rest, as a reader's next edit does: two frames and a task
    // after the last, so it does not pay for the panels the one before left to catch up a frame
    // late. Then it waits 0–16 ms, spread over the samples, so inputs land anywhere between two
    // frames as a reader's do, not always just after one.
    await page.evaluate(
      (phase) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, phase)))),
      ((i + 2) * 7) % 17,
    );
    const time = await page.evaluate(timeAction, { watch: scenario.watch, action: scenario.action(i + 2) });
    if (i >= 0) times.push(time);
    await scenario.reset(page);
  }
  await page.close();
  return times;
}

const preview = await startPreview(PORT);
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
try {
  const only = process.argv.find((a) => a.startsWith('--pages='))?.slice('--pages='.length).split(',');
  const pages = pagesIn('dist').sort().filter((path) => !only || only.includes(path));
  console.log(`perf: ${new Date().toISOString()}, Chromium ${browser.version()}, ${pages.length} pages, ${SAMPLES} samples per timing, ${LOADS} loads per page`);
  const floor = `${preview.origin}${FLOOR_PATH}`;
  console.log(`perf: floor (a page with nothing in it): longest main-thread task at 4× CPU while loading: ${loadTasks((await longestLoadTasks(browser, floor, { waking: false, route: serveFloor })).loading)}`);
  for (const rate of process.argv.includes('--no-interactions') ? [] : [1, 4]) {
    const times = await timeScenario(browser, floor, floorScenario, rate);
    console.log(`perf: floor: ${floorScenario.name} at ${rate}× CPU: p50 ${ms(median(times))}, p95 ${ms(quantile(times, 0.95))} over ${times.length}`);
  }
  for (const path of pages) {
    const url = `${preview.origin}${path}`;
    const { before, after } = await requestedScripts(browser, url, scrollThrough);
    console.log(`perf: ${path}: JS requested before interaction ${kb(scriptBytes(before))} gzip in ${before.length} files; after scrolling the whole page ${kb(scriptBytes(after))} in ${after.length} files`);
    const longest = await longestLoadTasks(browser, url);
    console.log(`perf: ${path}: longest main-thread task at 4× CPU: while loading ${loadTasks(longest.loading)}; on the first interaction (loading and hydrating the calculator) median ${ms(median(longest.waking))}`);
    if (!process.argv.includes('--no-lighthouse')) {
      const reports = Array.from({ length: RUNS }, (_, i) => runLighthouse(url, `reports/lighthouse-${path.replaceAll('/', '_')}${i}.json`));
      const scores = reports.map((r) => Math.round(r.categories.performance.score * 100));
      const tbt = reports.map((r) => r.audits['total-blocking-time'].numericValue);
      const lcp = reports.map((r) => r.audits['largest-contentful-paint'].numericValue);
      console.log(`perf: ${path}: Lighthouse mobile, median of ${RUNS}: performance ${median(scores)} (${Math.min(...scores)}–${Math.max(...scores)}), TBT ${Math.round(median(tbt))} ms (${Math.round(Math.min(...tbt))}–${Math.round(Math.max(...tbt))}), LCP ${Math.round(median(lcp))} ms`);
    }
    if (!process.argv.includes('--no-interactions')) {
      for (const rate of [1, 4]) {
        const times = await timeFirstInput(browser, url, rate);
        console.log(`perf: ${path}: first input on a first visit (pays loading and hydrating) at ${rate}× CPU: p50 ${ms(median(times))}, p95 ${ms(quantile(times, 0.95))} over ${times.length}`);
      }
    }
    for (const scenario of process.argv.includes('--no-interactions') ? [] : scenarios) {
      for (const rate of [1, 4]) {
        const times = await timeScenario(browser, url, scenario, rate);
        if (times === null) {
          console.log(`perf: ${path}: ${scenario.name}: not on this page`);
          break;
        }
        console.log(`perf: ${path}: ${scenario.name} at ${rate}× CPU: p50 ${ms(median(times))}, p95 ${ms(quantile(times, 0.95))} over ${times.length}`);
      }
    }
  }
} finally {
  await browser.close();
  preview.stop();
}
if (!process.argv.includes('--no-bench')) {
  const output = execFileSync('node', ['scripts/bench.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  for (const line of output.split('\n').filter((l) => l.startsWith('bench:'))) console.log(line);
}
