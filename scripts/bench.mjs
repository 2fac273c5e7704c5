#!/usr/bin/env node
// Runs the engine benchmarks and prints each median beside its target (issue 14). Timings are
// reported, never asserted: a loaded machine must not fail a run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { trimDecimalPlugin } from './trim-decimal.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const TARGET_MS = {
  'quote: every product at 300 seats': 0.05,
  'priceOrganisation: 10 groups, one over the tenant cap': 5,
  'advise: 10 groups, direct': 5,
  'advise: 10 groups, Enterprise Agreement': 5,
};

// The engine as the browser gets it: bundled by Vite with the site's trim of decimal.js into one
// module (test/bench/engine.ts). `--source` times the source through vitest's module runner instead.
const fromSource = process.argv.includes('--source');
const dir = mkdtempSync(join(tmpdir(), 'bench-'));
const results = [];
const env = { ...process.env };
if (!fromSource) {
  // Inside node_modules, so vitest leaves the bundle to Node rather than transforming it again.
  const outDir = join(ROOT, 'node_modules/.cache/bench-engine');
  await build({
    configFile: false, publicDir: false, logLevel: 'warn', plugins: [trimDecimalPlugin()],
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry: join(ROOT, 'test/bench/engine-entry.ts'), formats: ['es'], fileName: 'engine' } },
  });
  env.BENCH_ENGINE = pathToFileURL(join(outDir, 'engine.js')).href;
}
console.log(`bench: the engine ${fromSource ? 'from source, through vitest\'s module runner' : 'bundled as the site\'s build bundles it'}`);
// One process per file, one file at a time: two files at once would share the two cores, and in one
// process a benchmark would time code that the calls of the files before it had already shaped.
const files = readdirSync(join(ROOT, 'test/bench')).filter((name) => name.endsWith('.bench.ts')).sort();
for (const [i, name] of files.entries()) {
  const out = join(dir, `${i}.json`);
  execFileSync('npx', ['vitest', 'bench', '--run', '--no-color', '--project', 'shared', '--outputJson', out, `test/bench/${name}`], { stdio: 'inherit', env });
  for (const file of JSON.parse(readFileSync(out, 'utf8')).files) {
    for (const group of file.groups) {
      for (const b of group.benchmarks) {
        const target = TARGET_MS[b.name];
        const verdict = target === undefined ? '' : ` (target ${target} ms: ${b.median <= target ? 'met' : 'not met'})`;
        results.push(`bench: ${b.name}: median ${b.median.toFixed(4)} ms over ${b.sampleCount} runs${verdict}`);
      }
    }
  }
}
console.log(results.join('\n'));
