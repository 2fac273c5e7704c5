#!/usr/bin/env node
// What the built site costs a browser, reported, never asserted: per page, the JavaScript Chromium
// requests before any interaction and after scrolling the whole page, the longest main-thread task
// while loading at 4× CPU throttling, Lighthouse mobile medians of 3; per scenario in
// scripts/perf-scenarios.mjs, input-to-painted-total p50/p95 at 1× and 4×; the engine's medians.
// Flags: --samples=N (30), --runs=N (Lighthouse runs, 3), --no-lighthouse, --no-interactions, --no-bench.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runLighthouse } from './lighthouse.mjs';
import { chromeArgs, chromePath, startPreview } from './preview.mjs';
import { scenarios, timeAction, TOTAL } from './perf-scenarios.mjs';

const flag = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SAMPLES = flag('samples', 30);
const RUNS = flag('runs', 3);
const PORT = 4395;
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

/** Resolves once no request has started for `quietMs`. */
async function settle(page, requests, quietMs = 800) {
  let seen = -1;
  while (seen !== requests.length) {
    seen = requests.length;
    await page.waitForTimeout(quietMs);
  }
}

/** Gzip -9 bytes of the JavaScript files requested (as scripts/size.mjs counts them). */
function scriptBytes(urls) {
  return urls.reduce((sum, url) => sum + gzipSync(readFileSync(join('dist', new URL(url).pathname)), { level: 9 }).length, 0);
}

async function requestedScripts(browser, url) {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => request.resourceType() === 'script' && requests.push(request.url()));
  await page.goto(url);
  await settle(page, requests);
  const before = [...new Set(requests)];
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await settle(page, requests);
  const after = [...new Set(requests)];
  await page.close();
  return { before, after };
}

async function longestLoadTask(browser, url) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.locator('.calculator[data-ready]').waitFor({ state: 'attached', timeout: 60_000 }).catch(() => {});
  await settle(page, requests);
  const longest = await page.evaluate(() => window.__longest);
  await page.close();
  return longest;
}

async function timeScenario(browser, url, scenario, rate) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await page.locator('.calculator[data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await scenario.prepare(page);
  const times = [];
  for (let i = -2; i < SAMPLES; i++) {
    await scenario.before?.(page);
    const time = await page.evaluate(timeAction, { total: TOTAL, action: scenario.action(i + 2) });
    if (i >= 0) times.push(time);
    await scenario.reset(page);
  }
  await page.close();
  return times;
}

const preview = await startPreview(PORT);
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
try {
  const pages = pagesIn('dist').sort();
  console.log(`perf: ${new Date().toISOString()}, Chromium ${browser.version()}, ${pages.length} pages, ${SAMPLES} samples per timing`);
  for (const path of pages) {
    const url = `${preview.origin}${path}`;
    const { before, after } = await requestedScripts(browser, url);
    console.log(`perf: ${path}: JS requested before interaction ${kb(scriptBytes(before))} gzip in ${before.length} files; after scrolling the whole page ${kb(scriptBytes(after))} in ${after.length} files`);
    console.log(`perf: ${path}: longest main-thread task while loading at 4× CPU: ${ms(await longestLoadTask(browser, url))}`);
    if (!process.argv.includes('--no-lighthouse')) {
      const reports = Array.from({ length: RUNS }, (_, i) => runLighthouse(url, `reports/lighthouse-${path.replaceAll('/', '_')}${i}.json`));
      const scores = reports.map((r) => Math.round(r.categories.performance.score * 100));
      const tbt = reports.map((r) => r.audits['total-blocking-time'].numericValue);
      const lcp = reports.map((r) => r.audits['largest-contentful-paint'].numericValue);
      console.log(`perf: ${path}: Lighthouse mobile, median of ${RUNS}: performance ${median(scores)} (${Math.min(...scores)}–${Math.max(...scores)}), TBT ${Math.round(median(tbt))} ms (${Math.round(Math.min(...tbt))}–${Math.round(Math.max(...tbt))}), LCP ${Math.round(median(lcp))} ms`);
    }
    for (const scenario of process.argv.includes('--no-interactions') ? [] : scenarios) {
      for (const rate of [1, 4]) {
        const times = await timeScenario(browser, url, scenario, rate);
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
