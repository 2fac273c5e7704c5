// Counts Preact component renders per interaction on the woken calculator: a measure of needless
// re-rendering that, unlike timings, does not depend on how loaded the machine is. For each scenario
// of perf-scenarios.mjs it performs the action a few times and prints the median number of component
// renders it caused, with the elements the busiest components render into.
// Usage: node scripts/render-count.mjs [--port=4396] [--path=/] (builds nothing: run `npm run build` first).
import { chromium } from '@playwright/test';
import { chromeArgs, chromePath, startPreview } from './preview.mjs';
import { scenarios } from './perf-scenarios.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const PORT = Number(arg('port', '4396'));
const PATH = arg('path', '/');
const SAMPLES = 5;

/** In the page: finds Preact's `options` among the loaded modules and counts each component render by the element it renders into. */
async function installCounter(page) {
  return page.evaluate(async () => {
    const urls = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/_astro\/.*\.js$/.test(n));
    for (const url of urls) {
      const mod = await import(url);
      const options = Object.values(mod).find((v) => v && typeof v === 'object' && typeof v.__e === 'function' && 'diffed' in v);
      if (!options) continue;
      const previous = options.__r;
      window.__renders = [];
      options.__r = (vnode) => {
        const el = vnode.__c?.base ?? vnode.__e;
        const where = !el ? '(new)' : el.nodeType !== 1 ? '(text)' : `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList[0] ? `.${el.classList[0]}` : ''}${el.dataset?.section ? `[${el.dataset.section}]` : ''}`;
        window.__renders.push(where);
        previous?.(vnode);
      };
      return true;
    }
    return false;
  });
}

const preview = await startPreview(PORT);
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
try {
  const page = await browser.newPage();
  await page.goto(`${preview.origin}${PATH}`);
  await page.locator('.calculator').dispatchEvent('pointerover');
  await page.locator('.calculator[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
  if (!(await installCounter(page))) throw new Error('Preact options not found among the loaded modules');
  for (const scenario of scenarios) {
    if (!(await scenario.prepare(page))) continue;
    const counts = [];
    let last = [];
    for (let i = 0; i < SAMPLES; i++) {
      await page.evaluate(() => { window.__renders = []; });
      const action = scenario.action(i);
      if (action.kind === 'input') {
        await page.evaluate(({ selector, value }) => {
          const el = document.querySelector(selector);
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        }, action);
      } else {
        await page.locator(action.selector).click();
      }
      // Renders settle within a few frames; wait for two animation frames and a task.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
      last = await page.evaluate(() => window.__renders);
      counts.push(last.length);
      await scenario.reset(page);
    }
    counts.sort((a, b) => a - b);
    const by = new Map();
    for (const where of last) by.set(where, (by.get(where) ?? 0) + 1);
    const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([w, n]) => `${w} ×${n}`).join(', ');
    console.log(`renders: ${PATH}: ${scenario.name}: median ${counts[counts.length >> 1]} component renders (${counts.join(', ')}); most: ${top}`);
  }
} finally {
  await browser.close();
  preview.stop();
}
