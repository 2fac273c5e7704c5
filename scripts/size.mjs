#!/usr/bin/env node
// Gzip size of the JavaScript and CSS each built page ships before anyone touches it, against a
// budget. Run after `npm run build`. Two counts, both held to the budget: what Debian's Chromium
// requests of every built page, fresh, without any input, until load and quiet (inline scripts
// added); and what the page's scripts and eagerly hydrated islands load through their static
// imports. Islands marked client:visible (hydrated when scrolled into view) or client:firstinput
// (hydrated on the first interaction, src/hydration/first-input.ts) and chunks reached only by
// dynamic import() load later: they are reported apart and not counted against the budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromeArgs, chromePath } from './preview.mjs';
import { requestedScripts, serveStatic } from './requested-scripts.mjs';

const DIST = 'dist';
const BUDGET = { js: 30 * 1024, css: 15 * 1024 };
const LATER = /\bclient="(visible|firstinput)"/;
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

const resolve = (from, spec) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(from), spec));

/** Every JS file a module loads with it through static imports (itself included); dynamic ones go to `lazy`. */
function moduleGraph(url, seen, lazy) {
  if (seen.has(url)) return;
  const file = join(DIST, url);
  if (!existsSync(file)) throw new Error(`missing module ${url}`);
  seen.add(url);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g)) {
    moduleGraph(resolve(url, match[1]), seen, lazy);
  }
  for (const match of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) lazy.add(resolve(url, match[1]));
}

const server = await serveStatic(DIST);
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
let over = 0;
for (const page of pages(DIST).sort()) {
  const html = readFileSync(page, 'utf8');
  const modules = new Set();
  const lazy = new Set();
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const onLoad = islands.filter((tag) => !LATER.test(tag)).join(' ');
  const entries = [...(html.replace(/<astro-island\b[^>]*>/g, '') + onLoad).matchAll(/(?:component-url|renderer-url|src)="(\/[^"]+\.js)"/g)].map((m) => m[1]);
  for (const url of entries) moduleGraph(url, modules, lazy);
  for (const tag of islands.filter((tag) => LATER.test(tag))) {
    for (const match of tag.matchAll(/(?:component-url|renderer-url)="(\/[^"]+\.js)"/g)) lazy.add(match[1]);
  }
  const onDemand = new Set();
  for (const url of lazy) if (!modules.has(url)) moduleGraph(url, onDemand, lazy);
  for (const url of modules) onDemand.delete(url);
  const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const inline = inlineJs.trim() ? gz(inlineJs) : 0;
  const followed = [...modules].reduce((sum, url) => sum + gz(readFileSync(join(DIST, url))), 0) + inline;
  const name = '/' + posix.relative(DIST, page.split('\\').join('/'));
  const { before } = await requestedScripts(browser, `${server.origin}${name.replace(/index\.html$/, '')}`);
  const requested = before.reduce((sum, url) => sum + gz(readFileSync(join(DIST, url))), 0) + inline;
  const js = Math.max(followed, requested);
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map((m) => m[1]);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const css = cssFiles.reduce((sum, url) => sum + gz(readFileSync(join(DIST, url))), 0) + (inlineCss ? gz(inlineCss) : 0);
  const verdict = (bytes, budget) => (bytes <= budget ? 'ok' : 'OVER');
  if (js > BUDGET.js) over++;
  if (css > BUDGET.css) over++;
  const lazyJs = [...onDemand].reduce((sum, url) => sum + gz(readFileSync(join(DIST, url))), 0);
  console.log(`size: ${name}: JS before any input ${kb(js)} gzip (requested by Chromium: ${kb(requested)} in ${before.length} files + inline; followed from the page: ${kb(followed)} in ${modules.size} files + inline; budget ${kb(BUDGET.js)}: ${verdict(js, BUDGET.js)}); CSS ${kb(css)} gzip (budget ${kb(BUDGET.css)}: ${verdict(css, BUDGET.css)})`);
  if (onDemand.size > 0) console.log(`size: ${name}: on first input, scroll or demand, not in the budget: ${[...onDemand].map((url) => `${posix.basename(url)} ${kb(gz(readFileSync(join(DIST, url))))}`).join(', ')} (${kb(lazyJs)})`);
}
await browser.close();
await server.stop();
process.exit(over === 0 ? 0 : 1);
