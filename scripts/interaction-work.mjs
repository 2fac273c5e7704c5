#!/usr/bin/env node
// The browser's own work per interaction, compared across builds: for each checkout in --roots (each
// with a built dist/), the same edit is made ten times a round on a woken calculator under CDP
// tracing, and the main thread's busy time from the input to the end of the frame after it is summed,
// with the part spent in style, layout, pre-paint, paint, layerize and commit. Rounds alternate the
// builds, so a host that speeds up or slows down weighs on each alike. Unlike scripts/perf.mjs's
// input-to-paint times, the sums leave out the idle wait for the next frame, which on this machine
// moves more between runs than most changes do. Reported, never asserted.
// Usage: node scripts/interaction-work.mjs --roots=../before,. [--path=/] [--kind=suite|people|add]
//        [--rate=4] [--rounds=3] [--port=4420]
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromeArgs, chromePath, startPreview } from './preview.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROOTS = arg('roots', '.').split(',').map((root) => resolve(root));
const PATH = arg('path', '/');
const KIND = arg('kind', 'suite');
const RATE = Number(arg('rate', '4'));
const ROUNDS = Number(arg('rounds', '3'));
const PORT = Number(arg('port', '4420'));
const EDITS = 10;
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/** In the page: edit number `i` of the kind asked for, marked in the trace from the input to the frame after it. */
async function edit({ i, kind }) {
  const selector = { suite: 'li.group:first-of-type select[id$="-suite"]', people: 'li.group:first-of-type input[id$="-people"]', add: '#add-group' }[kind];
  const target = document.querySelector(selector);
  // A reader presses the button they see.
  if (kind === 'add') target.scrollIntoView({ block: 'center' });
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
  performance.mark(`input${i}`);
  if (kind === 'add') target.click();
  else {
    const value = kind === 'suite' ? (i % 2 ? 'm365-business-premium' : 'm365-business-standard') : String(20 + (i % 2) * 7 + (i % 5));
    const proto = target instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(target, value);
    target.dispatchEvent(new Event('input', { bubbles: true }));
    if (target instanceof HTMLSelectElement) target.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  performance.mark(`done${i}`);
  await new Promise((done) => setTimeout(done, 300));
  if (kind === 'add') {
    const groups = document.querySelectorAll('li.group');
    groups[groups.length - 1].querySelector('.group-actions > button.secondary').click();
    await new Promise((done) => setTimeout(done, 300));
  }
}

/** Per edit: the main thread's busy milliseconds between the marks, and the rendering part of them. */
function measure(traceEvents) {
  const mains = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const events = traceEvents.filter((e) => mains.has(`${e.pid}:${e.tid}`));
  const out = [];
  for (let i = 0; i < EDITS; i++) {
    const from = events.find((e) => e.name === `input${i}`)?.ts;
    const to = events.find((e) => e.name === `done${i}`)?.ts;
    if (from === undefined || to === undefined) continue;
    const within = (e) => e.ph === 'X' && e.ts + e.dur >= from && e.ts <= to;
    const busy = events.filter((e) => e.name === 'RunTask' && within(e)).reduce((sum, t) => sum + Math.min(t.ts + t.dur, to) - Math.max(t.ts, from), 0);
    const rendering = events.filter((e) => RENDERING.has(e.name) && within(e)).reduce((sum, e) => sum + e.dur, 0);
    out.push({ busy: busy / 1000, rendering: rendering / 1000 });
  }
  return out;
}

const servers = await Promise.all(ROOTS.map((root, i) => startPreview(PORT + i, root)));
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
const results = ROOTS.map(() => []);
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [r, server] of servers.entries()) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${server.origin}${PATH}`);
      await page.locator('.calculator').dispatchEvent('pointerover');
      await page.locator('.calculator[data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
      for (let i = 0; i < EDITS; i++) await page.evaluate(edit, { i, kind: KIND });
      results[r].push(...measure(JSON.parse((await browser.stopTracing()).toString()).traceEvents));
      await page.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.stop();
}
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)].toFixed(1);
for (const [r, rows] of results.entries()) {
  const busy = rows.map((row) => row.busy);
  const rendering = rows.map((row) => row.rendering);
  console.log(`work: ${ROOTS[r]} ${PATH} ${KIND} at ${RATE}× CPU, ${rows.length} edits: busy p50 ${quantile(busy, 0.5)} ms, p95 ${quantile(busy, 0.95)} ms; rendering p50 ${quantile(rendering, 0.5)} ms`);
}
