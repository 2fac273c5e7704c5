#!/usr/bin/env node
// Gzip size of the JavaScript and CSS each built page ships, against a budget. Run after `npm run build`.
// It follows the page's scripts, island components and renderers, and their static and dynamic imports.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET = { js: 40 * 1024, css: 15 * 1024 };
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

/** Every JS file a module pulls in, itself included. */
function moduleGraph(url, seen) {
  if (seen.has(url)) return;
  const file = join(DIST, url);
  if (!existsSync(file)) throw new Error(`missing module ${url}`);
  seen.add(url);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g)) {
    const spec = match[1] ?? match[2];
    moduleGraph(spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec), seen);
  }
}

let over = 0;
for (const page of pages(DIST)) {
  const html = readFileSync(page, 'utf8');
  const modules = new Set();
  const entries = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/[^"]+\.js)"/g)].map((m) => m[1]);
  for (const url of entries) moduleGraph(url, modules);
  const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const js = [...modules].reduce((sum, url) => sum + gz(readFileSync(join(DIST, url))), 0) + (inlineJs.trim() ? gz(inlineJs) : 0);
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map((m) => m[1]);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const css = cssFiles.reduce((sum, url) => sum + gz(readFileSync(join(DIST, url))), 0) + (inlineCss ? gz(inlineCss) : 0);
  const name = '/' + posix.relative(DIST, page.split('\\').join('/'));
  const verdict = (bytes, budget) => (bytes <= budget ? 'ok' : 'OVER');
  if (js > BUDGET.js) over++;
  if (css > BUDGET.css) over++;
  console.log(`size: ${name}: JS ${kb(js)} gzip in ${modules.size} files + inline (budget ${kb(BUDGET.js)}: ${verdict(js, BUDGET.js)}); CSS ${kb(css)} gzip (budget ${kb(BUDGET.css)}: ${verdict(css, BUDGET.css)})`);
}
process.exit(over === 0 ? 0 : 1);
